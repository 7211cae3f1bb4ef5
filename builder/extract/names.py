"""People's names as the parser cuts them: a family name written first that is also an English
word ("Go Min-jae", "Moon Jae-in"), given names joined by a hyphen ("Min-jae", "Frank-Walter"),
lower-case particles inside a name ("Ursula von der Leyen", "Mohammed bin Salman").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .lexicon import anaphora, titles

_HYPHENS = ("-", "‐", "‑")
_NOT_IN_NAMES = frozenset({"DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX", "PART", "NUM"})


def opens_a_name(tok: Token) -> bool:
    """Whether ``tok`` is a family name written first that opens a name, whatever the tagger made
    of it: "Go" of '"We will not retreat," Go Min-jae said' (a verb to the tagger), "Moon" of
    "Moon Jae-in" (see surnames in names.yaml)."""
    doc = tok.doc
    if not tok.is_title or tok.lower_ not in titles().surnames or tok.i + 1 >= len(doc) or not tok.whitespace_:
        return False
    nxt = doc[tok.i + 1]
    if not nxt.is_title or not nxt.is_alpha or nxt.ent_type_ in ("DATE", "TIME"):
        return False
    if tok.pos_ in ("ADP", "PRON", "PART", "SCONJ"):  # "To Lam said", not "To Putin, the war was ..."
        end = tok.i + 1
        while end + 1 < len(doc) and (doc[end + 1].is_title or _glued(doc, end + 1) or _glued(doc, end)):
            end += 1
        if end + 1 >= len(doc) or doc[end + 1].text in (";", ":"):
            return False
        return doc[end + 1].text != "," or any(c.dep_ == "appos" for c in doc[end].children)  # "To Lam, the chief,"
    return True


def _glued(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a hyphen inside a word ("Min-jae", "al-Sharaa")."""
    return (doc[i].text in _HYPHENS and 0 < i < len(doc) - 1 and not doc[i - 1].whitespace_
            and not doc[i].whitespace_ and doc[i - 1].is_alpha and doc[i + 1].is_alpha)


def name_piece(doc: Doc, i: int) -> bool:
    """Whether token ``i`` may be part of a name: a capitalised word, a hyphen inside one, the
    lower-case part after such a hyphen ("jae" of "Min-jae"), a particle ("von", "bin", "al")."""
    tok = doc[i]
    if opens_a_name(tok):
        return True  # "To" of "To Lam", "He" of "He Lifeng", whatever the tagger made of them
    if tok.pos_ in _NOT_IN_NAMES:
        return False  # "The" of "The Audit Office", "In" of "In Seoul"
    if tok.is_title or (tok.is_upper and tok.is_alpha):
        return True
    if _glued(doc, i):
        return True
    if i > 0 and _glued(doc, i - 1) and tok.is_alpha:
        return True
    k = i  # a particle, before the family name or another particle: "von der Leyen"
    while k + 1 < len(doc) and doc[k].lower_ in titles().particles and doc[k + 1].lower_ in titles().particles:
        k += 1
    return tok.lower_ in titles().particles and k + 1 < len(doc) and (doc[k + 1].is_title or _glued(doc, k + 1))


def name_bounds(root: Token, first: int, last: int) -> tuple[int, int]:
    """The tokens of the name around ``root`` within ``first..last``: "Go Min-jae" for the "jae"
    the parser made the subject, "Ursula von der Leyen" for "Leyen"; titles before it dropped
    ("Foreign Minister Wang Yi" -> "Wang Yi"), and particles after it."""
    doc = root.doc
    lo = hi = root.i
    while lo - 1 >= first and name_piece(doc, lo - 1) and "\n" not in doc[lo - 1].text_with_ws:
        lo -= 1
    while hi + 1 <= last and name_piece(doc, hi + 1) and "\n" not in doc[hi].text_with_ws:
        hi += 1
    while lo < root.i and (titles().is_title(doc[lo].text) or doc[lo].text in _HYPHENS):
        lo += 1  # (a particle that opens it stays: "Von der Leyen", "Al-Sharaa")
    while hi > root.i and (doc[hi].lower_ in titles().particles or doc[hi].text in _HYPHENS):
        hi -= 1
    return lo, hi


def cut_name(doc: Doc, lo: int, hi: int) -> bool:
    """Whether tokens ``lo..hi`` are a name the parser may have cut: a word joined by hyphens, a
    particle inside or a family name written first ("Go Min-jae", "Ursula von der Leyen"), not
    words that a headline capitalises ("Crooked Hillary Clinton")."""
    inner = range(lo, hi + 1)
    if opens_a_name(doc[lo]) or modal_given_name(doc[lo]):
        return True
    return any(_glued(doc, k) or doc[k].lower_ in titles().particles for k in inner)


def name_start(doc: Doc, first: int, floor: int) -> int:
    """Where a name that the parser cut starts, from its token ``first`` back to ``floor`` at
    most: over the parts of a word joined by hyphens ("Min-jae" for "jae") and a family name
    written first ("Go" of "Go Min-jae")."""
    while first - 2 >= floor and _glued(doc, first - 1) and doc[first].is_alpha:
        first -= 2
    if first > floor and opens_a_name(doc[first - 1]) and doc[first].is_title:
        first -= 1
    return first


def name_end(doc: Doc, last: int, ceiling: int) -> int:
    """Where a name that the parser cut ends, from its token ``last`` on to ``ceiling`` at most:
    over the parts of a word joined by hyphens ("Min" + "-jae"), particles and the family name
    after them ("Ursula" + "von der Leyen")."""
    while last + 2 < ceiling and _glued(doc, last + 1):
        last += 2  # "Kim Min" + "-jae"
    k = last
    while k + 1 < ceiling and doc[k + 1].is_lower and doc[k + 1].lower_ in _PERSONAL_PARTICLES:
        k += 1
    if k > last and doc[k + 1].is_title and doc[last].is_title:
        return k + 1
    return last


def hyphenated(tok: Token) -> bool:
    """Whether ``tok`` stands in a capitalised word joined by a hyphen, as given names of Korea
    are ("Jae-in", "Min-jae") and some of Europe ("Frank-Walter", "Jean-Noël")."""
    doc = tok.doc
    i = tok.i
    while i > 0 and (_glued(doc, i - 1) or _glued(doc, i)):
        i -= 1
    j = tok.i
    while j + 1 < len(doc) and (_glued(doc, j + 1) or _glued(doc, j)):
        j += 1
    return j > i and doc[i].is_title


#: Particles that only names of people hold ("de", "la", "di" also name banks and universities:
#: "Banco de Portugal").
_PERSONAL_PARTICLES = frozenset({"von", "van", "der", "den", "bin", "bint", "ibn", "al"})


def whole_name(ent: Span) -> Span:
    """A person's name the entity recogniser cut or mislabelled, whole and labelled PERSON: "Ursula
    von der" + "Leyen" (a place to it), "Yulia" + "Tymoshenko-Kovalenko", "Oleksandr" (an
    organisation to it) + "Syrskyi", "Von der Leyen" and "Frank-Walter Steinmeier" (organisations
    to it); other entities as they are."""
    doc = ent.doc
    start, end = ent.start, ent.end
    if doc[end - 1].lower_ in _PERSONAL_PARTICLES and doc[end - 1].is_lower and ent.label_ in ("PERSON", "ORG"):
        while end < len(doc) and name_piece(doc, end):
            end += 1  # "Ursula von der" + "Leyen"
    elif len(ent) == 1 and _given(ent[0]) and end < len(doc) and _family_name(doc[end]):
        end += 1  # "Oleksandr" + "Syrskyi"
    elif ent[0].lower_ in titles().surnames and end < len(doc) and _family_name(doc[end]) \
            and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end:
        end += 1  # "Choe Son" + "Hui": a name of three syllables, family name first
    while end + 1 < len(doc) and _glued(doc, end) and doc[end + 1].is_alpha:
        end += 2  # "Kim Min" + "-jae"
    if start > 1 and doc[start - 1].is_lower and doc[start - 1].lower_ in _PERSONAL_PARTICLES:
        lo = start - 1
        while lo > 0 and doc[lo - 1].is_lower and doc[lo - 1].lower_ in _PERSONAL_PARTICLES:
            lo -= 1
        while lo > 0 and _name_word(doc[lo - 1]):
            lo -= 1  # "Ursula von der" + "Leyen" (a place to the recogniser, no entity before it)
        start = lo if lo < start - 1 or doc[lo].is_title else start
    if start > 0 and modal_given_name(doc[start - 1]):
        start -= 1  # "Will" + "Hart" in "Will Hart said"
    elif start > 0 and _given(doc[start - 1]) and doc[start - 1].whitespace_ == " " and not _given(doc[start]):
        start -= 1  # "Yulia" + "Tymoshenko-Kovalenko", "Volodymyr" + "Oleksandrovych Zelensky"
    elif start > 0 and opens_a_name(doc[start - 1]) and ent.label_ == "PERSON":
        start -= 1  # "To" + "Lam", "He" + "Lifeng": a family name first that is an English word
    whole = Span(doc, start, end, label=ent.label_)
    if (start, end) != (ent.start, ent.end) or _personal(whole):
        return Span(doc, start, end, label="PERSON")
    return ent


def _name_word(tok: Token) -> bool:
    """A capitalised proper noun that is no title: "Ursula"."""
    return tok.is_title and tok.pos_ == "PROPN" and not titles().is_title(tok.text)


def modal_given_name(tok: Token) -> bool:
    """Whether a capitalised modal is a given name: "Will" of "Will Hart said", "May" of "May Chen
    said" (a modal governs no past tense; the tagger read it as the verb's auxiliary)."""
    doc = tok.doc
    if not tok.is_title or tok.tag_ != "MD" or tok.i + 2 >= len(doc) or not doc[tok.i + 1].is_title:
        return False
    verb = tok.head
    return verb.tag_ == "VBD" and verb.i > tok.i + 1 and all(t.is_title for t in doc[tok.i + 1 : verb.i])


def _given(tok: Token) -> bool:
    """A capitalised given name of names.yaml, no title ("Yulia", "Oleksandr")."""
    return tok.is_title and tok.lower_ in titles().given_names and not titles().is_title(tok.text)


def _family_name(tok: Token) -> bool:
    """A capitalised word after a given name that names no entity of another kind: "Syrskyi"."""
    return tok.is_title and tok.pos_ == "PROPN" and tok.ent_type_ in ("", "PERSON", "ORG") \
        and not titles().is_title(tok.text) and tok.ent_iob_ != "B"


def _personal(ent: Span) -> bool:
    """Whether an entity's words tell a person: a particle of people's names inside ("Mohammed bin
    Salman", "Von der Leyen"), a given name joined by a hyphen first ("Frank-Walter Steinmeier",
    "Kim Yong-hyun" has it last), a given name and one more word of an organisation ("Nadia Said";
    not "Victoria Police", a body)."""
    words = [t.lower_ for t in ent]
    if any(w in _PERSONAL_PARTICLES and t.is_lower for w, t in zip(words[1:-1], ent[1:-1], strict=True)):
        return True
    if len(ent) > 2 and words[0] in ("von", "van") and words[1] in ("der", "den"):
        return True
    if ent.label_ == "ORG" and len(ent) > 1 and words[0] in titles().kunyas and ent[1].is_title:
        return True  # "Abu Obeida"
    if ent.label_ == "ORG" and len(ent) == 2 and _given(ent[0]) and ent[0].lower_ not in titles().particles:
        return ent[1].is_title and ent[1].lower_ not in anaphora().body_nouns | titles().body_words  # "Nadia Said"
    if len(ent) > 3 and _glued(ent.doc, ent.start + 1) and ent[3].is_title:
        return ent[0].lower_ in titles().given_names or ent[2].is_lower  # "Frank-Walter X", "Min-jae X"
    return False


def name_before(verb: Token) -> Token | None:
    """A name right before a verb without a subject, which the tagger read as another word:
    "May said" (a modal to it), "Long said" (an adverb), '"...," Go said' (a verb), where the
    article writes the word in a name elsewhere ("Theresa May", "Long Zhiming", "Go Min-jae")."""
    doc = verb.doc
    if verb.i == 0 or verb.i - 1 < verb.sent.start:
        return None
    word = doc[verb.i - 1]
    if not word.is_title or word.pos_ in ("PRON", "DET") or word.dep_ in ("nsubj", "nsubjpass") or verb.pos_ != "VERB":
        return None
    if word.pos_ in ("NOUN", "PROPN") and word.dep_ not in ("advmod", "aux"):
        return None  # a name that has a part of its own: "demanding Obama make a pledge"
    if word.ent_type_ in ("DATE", "TIME") and word.tag_ != "MD":
        return None  # a day that tells when ("Friday saying"); a modal "May" is no month
    return word if any(_in_a_name(t) for t in doc if t.text == word.text and t.i != word.i) else None


def name_after(verb: Token) -> Token | None:
    """A name right after a report without a subject, which the tagger read as another word:
    '"...," said Said.' (a participle to it), where the recogniser takes it for a person or the
    article writes it in a name elsewhere ("Nadia Said")."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBZ") or verb.i + 2 >= len(doc) or verb.i + 1 >= verb.sent.end:
        return None
    word, after = doc[verb.i + 1], doc[verb.i + 2]
    if not word.is_title or word.pos_ in ("PRON", "DET", "PROPN", "NOUN") or after.text not in (".", ",", ";"):
        return None
    named = word.ent_type_ == "PERSON" or any(_in_a_name(t) for t in doc if t.text == word.text and t.i != word.i)
    return word if named else None


def _in_a_name(tok: Token) -> bool:
    """Whether ``tok`` stands in a person's name: after a capitalised word in mid-sentence
    ("Theresa May"), or as a family name written first ("Long Zhiming")."""
    doc = tok.doc
    if opens_a_name(tok) or (tok.ent_type_ == "PERSON" and tok.ent_iob_ == "I"):
        return True
    before = doc[tok.i - 1] if tok.i > 0 else None
    return before is not None and before.is_title and before.pos_ == "PROPN" and not titles().is_title(before.text)


def stands_for_a_name(tok: Token) -> bool:
    """Whether ``tok`` is no verb but a name: "Go" of "Go Min-jae", and of '"...," Go said' where
    the article names "Go Min-jae" (see name_before)."""
    doc = tok.doc
    if opens_a_name(tok):
        return True
    named = name_before(doc[tok.i + 1]) if tok.is_title and tok.i + 1 < len(doc) else None
    return named is not None and named.i == tok.i


def name_around(tok: Token) -> tuple[int, int] | None:
    """The tokens of the full name that ``tok`` stands in, where it stands in one ("Theresa May"
    for its "May", "Go Min-jae" for its "Go"), titles dropped."""
    if not _in_a_name(tok) and not (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].is_title and tok.pos_ == "PROPN"):
        return None
    lo, hi = name_bounds(tok, tok.sent.start, tok.sent.end - 1)
    return (lo, hi) if hi > lo else None


#: Endings that transliterations of one Slavic name write differently: "Zelensky", "Zelenskyy",
#: "Zelenskiy", "Zelenskii"; "Syrsky", "Syrskyi".
_SLAVIC_ENDING = re.compile(r"(?:yy|iy|ii|yi|ij|y)$")


def family_key(word: str) -> str:
    """A family name as compared with another spelling of it: "zelensky" for "Zelenskyy"."""
    word = word.lower().replace("’", "'")
    return _SLAVIC_ENDING.sub("y", word) if len(word) > 4 else word  # (not "Yi" of "Wang Yi")


def missed_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """People's names the entity recogniser missed that open with a family name and go on with a
    given name joined by a hyphen ("Go Min-jae", its "Go" a verb to the tagger), as PERSON spans."""
    taken = {t.i for e in ents for t in e}
    out = []
    for tok in doc:
        if tok.i in taken or not opens_a_name(tok):
            continue
        lo, hi = name_bounds(tok, tok.sent.start, tok.sent.end - 1)
        inner = range(lo, hi + 1)
        if lo == tok.i and hi > tok.i + 1 and any(_glued(doc, k) for k in inner) and not taken.intersection(inner):
            out.append(Span(doc, lo, hi + 1, label="PERSON"))
            taken.update(inner)
    return out
