"""Who reports, and where the words of a report stand: a reporting verb's source and the
spans of sources, with the parse facts the other finders share (reported.py, content.py,
nominal.py).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .cues import Cues, cues
from .names import modal_given_name, name_after, name_before, name_end, name_start, stands_for_a_name

Range = tuple[int, int]

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
COMPLEMENTS = ("dobj", "dative", "prep", "oprd", "xcomp", "ccomp", "attr", "pcomp", "acomp")
CLIMB = ("advcl", "conj", "xcomp", "acl", "dobj", "pobj", "pcomp", "prep", "ccomp", "relcl", "appos", "npadvmod")
EXPLETIVES = ("it", "there", "this")
DASHES = ("-", "--", "—", "–", "―")
QUOTE_CHARS = "\"'“”‘’«»„‚‹›"


@dataclass(frozen=True, slots=True)
class Hit:
    """One attribution as character ranges; ``cue_token`` is the index of its head token."""

    content: Range
    source: Range | None
    cue: Range | None
    cue_token: int


def trim(doc: Doc, first: int, last: int) -> Range | None:
    """The characters of tokens ``first..last``, edge punctuation (not quote marks or a leading
    ellipsis) dropped."""
    while first <= last and doc[first].is_punct and doc[first].text not in (*QUOTE_CHARS, "…", "..."):
        first += 1  # (an ellipsis that opens a quotation's words is part of them)
    while last >= first and (doc[last].is_punct or doc[last].is_space or doc[last].pos_ == "CCONJ"):
        if doc[last].text in QUOTE_CHARS or (doc[last].text == ")" and any(t.text == "(" for t in doc[first:last])):
            break
        last -= 1  # edge punctuation, and a conjunction left dangling: "... were not complete, and"
    if first > last:
        return None
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def phrase_range(tok: Token) -> Range | None:
    """The token's whole phrase, on the token's own line (a headline is not part of it)."""
    return trim(tok.doc, *_phrase_tokens(tok))


def _phrase_tokens(tok: Token) -> tuple[int, int]:
    doc = tok.doc
    first, last = tok.left_edge.i, tok.right_edge.i
    for t in doc[first : last + 1]:
        if "\n" in t.text_with_ws:
            if t.i < tok.i:
                first = t.i + 1
            else:
                last = t.i
                break
    return first, last


def source_range(src: Token, cue: Token | None = None) -> Range | None:
    """The source's phrase as written (a relative "who", "which" or "that" itself), ending
    before the ``cue`` when it hangs inside that phrase ("a statement announcing ...")."""
    doc = src.doc
    first, last = _phrase_tokens(src)
    if cue is not None and first <= cue.i <= last and cue.i > src.i:
        if cue.is_ancestor(src):
            last = cue.i - 1  # the parser hung more of the subject after the verb: "X expect ..., the first of ..."
            while last > src.i and doc[last].head.i == cue.i and doc[last].dep_ in ("aux", "auxpass", "neg", "advmod"):
                last -= 1
        else:
            last = cue.left_edge.i - 1
    if src.dep_ in SUBJECTS and src.i < src.head.i:
        # the parser split one subject into several: "Ana Ruiz, the head of the harbour
        # board, vowed", "The crews, traders and local leaders have been demanding"
        topic = detached_topic(src.head)
        split = [c for c in src.head.children if c.dep_ == src.dep_ and c.i < src.head.i]
        split = [c for c in split if (topic is None or c.i != topic.i) and not _relative_word(c)]
        if len(split) > 1 and _joined(doc, split):
            first = min(first, *(c.left_edge.i for c in split))
            last = max(last, *(c.right_edge.i for c in split))
    if src.text in DASHES:
        first, last = _around_a_dash(src, first, last)
    first = _past_an_opening_phrase(src, first)
    first = name_start(doc, first, src.sent.start)  # '"...," Go Min-jae said': "Go" a verb to the parser
    if first > src.sent.start and modal_given_name(doc[first - 1]):
        first -= 1  # "Will Hart said": "Will" a modal to the tagger
    while first < src.i and doc[first].tag_ == "''":
        first += 1  # the quote mark that closes the quotation before: '"...," Ukraine's commander ... said'
    for t in doc[first : src.i]:
        if t.text in DASHES and t.whitespace_ and doc[t.i - 1].whitespace_:
            first = t.i + 1  # a dateline or an aside before the name: "BRUSSELS - European leaders"
    for t in doc[first:last]:
        if t.text == ":":
            first = t.i + 1  # a label before the name: "The Latest: Trump says ..."
    while first < src.i and doc[first].head.i == src.i and _focus_word(doc[first]):
        first += 1  # "Both X and Y say", "Even China said": the speakers without the focus word
    last = name_end(doc, last, src.sent.end)  # "According to Ursula von der Leyen": "Leyen" hung elsewhere
    last = _before_a_time(src, last)
    last = _before_a_place_aside(src, last)
    for t in doc[src.i + 1 : last + 1]:
        if t.dep_ in ("acl", "advcl") and t.tag_ == "VBG" and doc[t.left_edge.i - 1].text == ",":
            last = t.left_edge.i - 1  # "Trump, speaking to veterans, said"
            break
        if _aside(src, t):
            last = t.left_edge.i - 1  # "X, head of Y, which ...": the aside is not about X
            break
        if t.text == "(" and _comment(_parenthesis(doc, t.i, last)):
            last = t.i - 1  # "said Ms. Ruiz (a view shared by ...)": the writer's aside, not the name
            break
    return _closing_dash(doc, first, trim(doc, first, last))


def _before_a_time(src: Token, last: int) -> int:
    """Where the speaker ends when the parser hung the verb's time on the speaker: "A panel of
    judges in 2001 found ...", "Ruiz this week said ..." (the time of the report, no part of who
    reports). A made thing keeps its time, which tells which one it is: "His show on Monday",
    "a Ruiz ad in 2008", "a poll in May"."""
    doc = src.doc
    lex = cues()
    lemma = src.lemma_.lower()
    if src.pos_ not in ("NOUN", "PROPN") or any(lemma in words for words in (lex.document_nouns, lex.report_nouns,
                                                                           lex.channels)):
        return last
    made = (c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN") for c in src.children)
    if src.pos_ == "NOUN" and any(made):
        return last
    for t in src.children:
        if t.i < src.i or t.right_edge.i != last:
            continue
        timed = t.dep_ == "npadvmod" or (t.dep_ == "prep" and any(c.dep_ == "pobj" for c in t.children))
        words = [w for w in doc[t.i : t.right_edge.i + 1] if w.dep_ != "prep" or w.i != t.i]
        if timed and words and all(w.ent_type_ in ("DATE", "TIME") or w.is_punct for w in words):
            return t.left_edge.i - 1
    return last


def _before_a_place_aside(src: Token, last: int) -> int:
    """Where the speaker ends when an apposition that names the speaker's post ends in a place
    and a second apposition follows: in "Ruiz, the harbour master of Lisbon, a port of two
    million people, said" the second tells of the place, not of the speaker."""
    doc = src.doc
    post = next((c for c in src.children if c.dep_ == "appos" and c.i > src.i), None)
    if post is None or post.pos_ != "NOUN":
        return last
    for after in (*src.children, *post.children):
        if after.dep_ != "appos" or after.i <= post.i or after.right_edge.i > last or after.left_edge.i < 2:
            continue
        end = doc[after.left_edge.i - 2]
        place = end.ent_type_ == "GPE" and end.dep_ == "pobj" and post.is_ancestor(end)
        if place and doc[after.left_edge.i - 1].text == ",":
            return end.i
    return last


def _past_an_opening_phrase(src: Token, first: int) -> int:
    """Where the speaker starts when the parser took the end of an opening phrase for the subject
    and the speaker for its apposition: in "With 50 days until the vote, Ana Ruiz, the mayor,
    called ..." and "To see the old harbour, Ana Ruiz said, ..." the word before the subject is a
    preposition or a verb left without its object, and the speaker is the apposition."""
    doc = src.doc
    if first == 0 or first < src.sent.start + 1:
        return first
    before = doc[first - 1]
    hanging = (before.dep_ == "prep" and not any(c.dep_ in ("pobj", "pcomp") for c in before.children)) or (
        before.tag_ in ("VB", "VBG") and before.dep_ in ("advcl", "xcomp", "acl")
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in before.children)
    )
    if not hanging or before.is_ancestor(src):
        return first
    appos = next((c for c in src.children if c.dep_ == "appos" and c.i > src.i and doc[c.left_edge.i - 1].text == ","),
                 None)
    if appos is None or not names_someone(appos):
        return first
    return appos.left_edge.i


def _closing_dash(doc: Doc, first: int, r: Range | None) -> Range | None:
    """``r`` with the dash after it that closes an aside opened by a dash inside it: "Lind --
    author of a book on ferries -- said" (PolNeAR's source holds the dash that closes the
    aside, as it holds a closing comma)."""
    if r is None:
        return r
    end = doc.char_span(r[0], r[1], alignment_mode="expand")
    if end is None or end.end >= len(doc):
        return r
    after = doc[end.end]
    if after.text not in DASHES or not any(t.text == after.text for t in doc[first : end.end]):
        return r
    return r[0], after.idx + len(after.text)


def _around_a_dash(dash: Token, first: int, last: int) -> tuple[int, int]:
    """The subject's tokens when the parser took a dash for it: the words before a dash that
    opens an aside ("The film ― which weaves ... ― explains"), the words after one that closes
    it ("... were made public ― Trump boasted")."""
    doc = dash.doc
    stop = dash.head.i if dash.head.i > dash.i else dash.sent.end
    closes = any(t.text == dash.text for t in doc[dash.i + 1 : stop + 1])
    if closes and dash.i > first:
        return first, dash.i - 1
    if dash.i < last:
        return dash.i + 1, last
    return first, last


def _focus_word(tok: Token) -> bool:
    """Whether ``tok`` is a focus word before the speakers ("Both X and Y say", "Even China
    said"), which the parser may also read as a determiner of the first of them ("both" of "both
    candidates" is a determiner, and part of the source)."""
    if tok.dep_ == "det" and tok.lower_ == "both":
        return any(c.dep_ == "conj" for c in tok.head.children)
    return tok.dep_ in ("preconj", "advmod")


def _parenthesis(doc: Doc, opening: int, last: int) -> list[Token]:
    """The tokens after the "(" at ``opening`` up to its ")", or up to ``last`` when none comes."""
    inside = []
    for t in doc[opening + 1 : last + 1]:
        if t.text == ")":
            break
        inside.append(t)
    return inside


def _comment(inside: list[Token]) -> bool:
    """Whether the words of a parenthesis comment on what is said ("a view shared by many"): a
    verb, and no relative word or party label that describes the speaker ("which runs the port",
    "D-Ohio")."""
    if not inside or inside[0].tag_ in ("WDT", "WP", "WP$"):
        return False
    return any(t.pos_ == "VERB" for t in inside)


def _joined(doc: Doc, parts: list[Token]) -> bool:
    """Whether the phrases of ``parts`` follow one another with at most commas or dashes
    between (a quote mark between means a quotation the parser took for a subject)."""
    ordered = sorted(parts, key=lambda t: t.i)
    for a, b in itertools.pairwise(ordered):
        if any(not t.is_punct or t.text in QUOTE_CHARS for t in doc[a.right_edge.i + 1 : b.left_edge.i]):
            return False
    return True


def _aside(src: Token, tok: Token) -> bool:
    """Whether ``tok`` opens a comma-set aside in the source that is not about the speaker: a
    "which" clause on a noun further in ("X, president of the union, which represents ...,
    said"), a "who" clause that reports a clause of its own, or a comparison ("X, like Obama, has said";
    after a plural, "like" names members of the group: "Critics, like Senator X, say")."""
    doc = src.doc
    if tok.left_edge.i == 0 or doc[tok.left_edge.i - 1].text != ",":
        return False
    if tok.dep_ == "relcl" and tok.head.i > src.i and tok.head.dep_ == "pobj":
        return tok.left_edge.lower_ == "which"
    if tok.dep_ == "relcl" and tok.head.i == src.i and _reports_a_clause(tok):
        return True  # "Mr. Kamin, who stressed that ..., said": that clause is a report of its own
    return tok.dep_ == "prep" and tok.head.i == src.i and tok.lower_ == "like" and src.tag_ != "NNS"


def _reports_a_clause(verb: Token) -> bool:
    lex = cues()
    return lex.lemma(verb) in lex.clause_verbs and any(c.dep_ == "ccomp" for c in verb.children)


def cue_range(verb: Token, extra: Iterable[Token] = ()) -> Range:
    """The verb with its auxiliaries, negation and adverbs next to it ("has also said", "is
    once again questioning"), plus ``extra`` tokens."""
    first = last = verb.i
    named = name_before(verb)  # "May said": "May" (a modal to the tagger) is who says
    for child in reversed(list(verb.lefts)):
        if child.dep_ in ("aux", "auxpass", "neg", "advmod") and child.right_edge.i == first - 1:
            if named is not None and named.i == child.i:
                break
            first = child.left_edge.i
    for t in extra:
        first, last = min(first, t.i), max(last, t.i)
    doc = verb.doc
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def subject_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    topic = detached_topic(verb)
    for child in verb.children:
        if child.dep_ in SUBJECTS and (topic is None or child.i != topic.i):
            if child.lower_ in EXPLETIVES and child.dep_ == "nsubjpass":
                return None
            return _after_relative(child)
    return None


def _relative_word(tok: Token) -> bool:
    """Whether ``tok`` is a relative "which", "who" or "that" (a pronoun, not a determiner)."""
    return tok.tag_ in ("WDT", "WP") and tok.dep_ in SUBJECTS


def _after_relative(subject: Token) -> Token:
    """The subject after a relative word that the parser made a second subject of the same verb:
    in "the funding system, which advocates say hurts schools" the advocates say it, and in
    "the reasons that Trump refuses ..." Trump refuses."""
    if not _relative_word(subject):
        return subject
    verb = subject.head
    nxt = next((c for c in verb.children if c.dep_ in SUBJECTS and c.left_edge.i == subject.i + 1), None)
    return subject if nxt is None or nxt.i > verb.i else nxt


def detached_topic(verb: Token) -> Token | None:
    """The subject of a reported clause the parser gave to the cue set inside it: in "The
    plant, the company said in a statement, will close" the plant closes and the company
    says so (the verb has two subjects before it and a subjectless clause after a comma)."""
    detached = detached_parts(verb)
    return detached[0] if detached is not None else None


def detached_parts(verb: Token) -> tuple[Token, Token] | None:
    """The topic and the clause of ``detached_topic``; the parser may also hang the topic as a
    loose noun and the clause as a conjunct ("These workers, Ruiz explained, were well paid")."""
    doc = verb.doc
    subjects = [
        c for c in verb.children
        if c.i < verb.i and (c.dep_ == "nsubj" or (c.dep_ in ("dep", "npadvmod") and c.pos_ in ("NOUN", "PROPN")))
    ]
    if len(subjects) != 2 or subjects[1].dep_ != "nsubj" or doc[subjects[0].right_edge.i + 1].text != ",":
        return None
    for c in verb.children:
        subjectless = not any(k.dep_ in (*SUBJECTS, "expl") for k in c.children)
        loose = c.dep_ == "conj" and subjects[0].dep_ != "nsubj"  # (a conjunct only with a loose noun)
        if (c.dep_ == "ccomp" or loose) and c.i > verb.i and subjectless and doc[c.left_edge.i - 1].text == ",":
            return subjects[0], c
    return None
    for c in verb.children:
        subjectless = not any(k.dep_ in (*SUBJECTS, "expl") for k in c.children)
        if c.dep_ == "ccomp" and c.i > verb.i and subjectless and verb.doc[c.left_edge.i - 1].text == ",":
            return subjects[0]
    return None


def source_of(verb: Token, lex: Cues) -> Token | None:
    """Who reports: the verb's subject or agent, else that of the clause it hangs from."""
    own = subject_of(verb)
    if own is not None or any(c.dep_ in SUBJECTS for c in verb.children):
        return own
    orphan = _orphaned_name(verb) or name_before(verb) or name_after(verb) or _name_read_as_a_clause(verb)
    if orphan is not None:
        return orphan
    if verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children):
        return None  # "X is a donor and has been mentioned as ...": by someone the text does not name
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lex.object_control:
        for child in verb.head.children:
            if child.dep_ in ("dobj", "dative"):
                return child  # "asked Stumpf to admit ...": Stumpf admits
    quoted = _quoted_as_saying(verb)
    if quoted is not None:
        return quoted
    chain = verb_chain(verb, lex)
    if chain and chain[0].pos_ == "ADJ":
        return subject_of(chain[1])  # "the board was slow to embrace ...": the board's subject
    described = _described(verb)
    if described is not None:
        return described
    opening = _opening_participle_subject(verb)
    if opening is not None:
        return opening
    outer = _outer_reporter(verb, lex) or _second_report(verb, lex) or _sentence_subject(verb)
    if outer is not None:
        return outer
    fallback: Token | None = None
    tok = verb
    while tok.dep_ in CLIMB and tok.head.i != tok.i:
        if across_lines(tok, tok.head) or that_after(tok) is not None:
            break  # the parser ran one paragraph into the next, or hung the report from what it says
        controlled = tok.dep_ == "xcomp"  # the subject of the verb it completes does it: "they could not resist ..."
        conjunct = tok.dep_ == "conj"
        tok = tok.head
        subj = subject_of(tok)
        if subj is None and conjunct and not any(c.dep_ in SUBJECTS for c in tok.children):
            subj = _orphaned_name(tok)  # "..., Obama and Clinton call them X and describe ...": the name hung before
        if subj is not None:
            if _anticipatory_it(subj):
                break  # "It is hard to judge the plan without knowing ...": nobody knows
            if controlled or lex.is_verb(lex.lemma(tok)) or lex.lemma(tok) in lex.quote_only_verbs:
                return subj
            if fallback is None and tok.pos_ in ("VERB", "AUX"):
                fallback = subj
    if fallback is None and verb.dep_ == "ROOT":
        return _left_appositive(verb)
    return fallback


def _quoted_as_saying(verb: Token) -> Token | None:
    """The one quoted in "Reuters quoted the harbour master as saying ..." (and "cited officials
    as saying"): the object of the verb that "as saying" completes says it, not its subject."""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or verb.head.lower_ != "as":
        return None
    return next((c for c in verb.head.head.children if c.dep_ == "dobj" and c.i < verb.head.i), None)


def _anticipatory_it(subject: Token) -> bool:
    """Whether ``subject`` is an "it" that stands for a clause later in the sentence ("It is hard
    to judge ... without knowing ..."), no one who could say or know anything."""
    head = subject.head
    if subject.lower_ != "it" or head.lemma_ != "be" or not any(c.dep_ in ("acomp", "attr") for c in head.children):
        return False
    return any(c.dep_ in ("ccomp", "xcomp") and c.i > head.i for c in head.children)


#: The forms of a verb that has a subject of its own when it reports ("said", "says", "call").
FINITE = ("VBD", "VBZ", "VBP")


def _orphaned_name(verb: Token) -> Token | None:
    """A name right before a finite verb without a subject, which the parser hung inside the
    phrase before it: in "In a meeting with the board of the Post Trump said ..." and "...
    of the war, Obama and Clinton call them ..." the name reports. The first of a row of
    joined names stands for them all; the name's phrase must end just before the verb."""
    if verb.tag_ not in FINITE or verb.dep_ not in ("ROOT", "conj", "ccomp", "advcl"):
        return None
    if any(c.dep_ in ("expl", "agent") for c in verb.children):
        return None
    doc = verb.doc
    k = verb.i - 1
    while k >= 0 and doc[k].head.i == verb.i and doc[k].dep_ in ("aux", "neg", "advmod"):
        k -= 1  # "Trump has also said"
    if k > 0 and doc[k].text == ",":
        aside = next((t for t in doc[verb.sent.start : k] if t.dep_ == "prep" and t.right_edge.i == k - 1), None)
        if aside is not None and aside.i >= 2 and doc[aside.i - 1].text == ",":
            k = aside.i - 2  # "... since Ruiz, at the hearing, cited ...": an aside between the name and its verb
    if k < 0 or doc[k].pos_ != "PROPN" or doc[k].head.i == verb.i or "\n" in doc[k].text_with_ws:
        return None
    name = doc[k]
    while name.dep_ == "conj" and name.head.pos_ == "PROPN" and name.head.i < name.i:
        name = name.head  # "the United States, Britain and France support ..."
    hung = name.dep_ in ("pobj", "conj")  # (not "Police Chief Ana Ruiz said", an apposition)
    return name if hung and name.right_edge.i == k and name.i < verb.i else None


def _name_read_as_a_clause(verb: Token) -> Token | None:
    """A name before the verb that the parser read as a clause of its own, its subject the words
    before it: "South Korea's defence minister, Go Min-jae, said ..." ("Go" a verb to it)."""
    return next((c for c in verb.lefts if c.dep_ in ("ccomp", "xcomp", "advcl") and stands_for_a_name(c)), None)


def _opening_participle_subject(verb: Token) -> Token | None:
    """The subject of the clause after a participle that opens a sentence, when the parser hung
    the participle from the sentence before: in '... are." Bemoaning the system, Ruiz accused
    ...' Ruiz bemoans."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp") or verb.head.i > verb.i:
        return None
    doc = verb.doc
    between = doc[verb.head.i + 1 : verb.left_edge.i]
    if not any(t.text in (".", "?", "!") for t in between):
        return None
    after = verb.right_edge.i + 1
    while after < len(doc) and doc[after].is_punct:
        after += 1  # '... the "rigged tolls," Ruiz'
    if after >= len(doc) or not any(t.text == "," for t in doc[verb.right_edge.i : after]):
        return None
    subject = next((t for t in doc[after : after + 12] if t.dep_ == "nsubj" and t.left_edge.i == after), None)
    return subject if subject is not None and subject.head.i > subject.i else None


def past_participle_of_a_noun(verb: Token) -> bool:
    """Whether ``verb`` is a past participle that describes the noun before it ("a stream called
    Miracle Run", "the group, called the Harbour Fund,"): a passive whose doer is not named."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.i > verb.i:
        return False
    return not any(c.dep_ in ("agent", "auxpass", "aux") for c in verb.children)


def across_lines(a: Token, b: Token) -> bool:
    """Whether a line break stands between tokens ``a`` and ``b``."""
    lo, hi = min(a.i, b.i), max(a.i, b.i)
    return any("\n" in t.text_with_ws for t in a.doc[lo:hi])


def in_other_paragraph(verb: Token, clause: Token) -> bool:
    """Whether all of ``clause`` stands in another paragraph than ``verb`` (the parser ran on;
    a clause whose head only stands there may still reach into the verb's paragraph)."""
    edge = clause.right_edge if clause.i < verb.i else clause.left_edge
    return across_lines(verb, edge)


def _described(verb: Token) -> Token | None:
    """The noun a participle right after it describes: in "a statement announcing ...",
    "footage of the senator saying ..." and "the war left many nations feeling ..." the
    statement announces, the senator says, the nations feel (not the clause's subject)."""
    if verb.tag_ != "VBG" or verb.i == 0:
        return None
    doc = verb.doc
    before = doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
    if before is None or before.is_punct:
        return None  # ", saying ...": a comma-set participle belongs to the clause's subject
    head = verb.head
    if verb.dep_ == "acl" and head.i < verb.i and names_someone(head):
        return head
    if verb.dep_ in ("xcomp", "ccomp") and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in _DEPICTING:
        for obj in head.children:
            if obj.dep_ == "dobj" and obj.right_edge.i == verb.left_edge.i - 1 and obj.pos_ in ("NOUN", "PROPN"):
                return obj
    return _shown(verb)


def _shown(verb: Token) -> Token | None:
    """The person an "of" phrase right before the participle names, wherever the parser hung the
    participle: in "uses footage of Ms. Ruiz asking ..." and "ends with a clip of the mayor saying
    ..." Ms. Ruiz asks and the mayor says."""
    doc = verb.doc
    for tok in doc[verb.sent.start : verb.left_edge.i]:
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.right_edge.i == verb.left_edge.i - 1:
            return tok if names_someone(tok) or tok.tag_ == "PRP" else None
    return None


#: Verbs whose object does what a participle right after it says: "left many nations
#: feeling ...", "had artists writing songs about him", "caught the mayor saying ...".
_DEPICTING = frozenset(("leave", "have", "see", "hear", "catch", "find", "show", "watch", "keep", "depict", "feature"))


def names_someone(tok: Token) -> bool:
    """Whether ``tok`` names a person or a body of people (a name, not "tweets" or "papers",
    which speak for whoever wrote them)."""
    return tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")


def _outer_reporter(verb: Token, lex: Cues) -> Token | None:
    """A participle set off by a comma after a reported clause belongs to the reporter, not to
    the clause's subject: in "X said he doubted it, arguing that ..." X argues."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or head.dep_ != "ccomp" or head.i > verb.i:
        return None
    if verb.left_edge.i == 0 or verb.doc[verb.left_edge.i - 1].text != ",":
        return None
    if not lex.is_verb(lex.lemma(head.head)) or across_lines(head, head.head):
        return None
    return subject_of(head.head)


def _sentence_subject(verb: Token) -> Token | None:
    """The subject of the sentence for a participle set off by a comma that the parser hung from a
    clause inside it: in "Vale was angry when forced to pay a builder who said he was cheated,
    saying ..." Vale says, not the builder (see _outer_reporter for a report's own clause)."""
    doc = verb.doc
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.left_edge.i == 0 or doc[verb.left_edge.i - 1].text != ",":
        return None
    root = verb.sent.root
    if root.i == verb.head.i or root.i > verb.i or across_lines(root, verb):
        return None
    return subject_of(root)


def _second_report(verb: Token, lex: Cues) -> Token | None:
    """The reporter of a report joined with "and" to the clause it reports: in "Merrill says
    Machado promised X and said Y" the second report ends what Merrill says (see
    _cut_side_reports) and is Merrill's, as PolNeAR marks it."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "ccomp" or head.i > verb.i or verb.left_edge.i == 0:
        return None
    outer = head.head
    if outer.i > head.i or not lex.is_verb(lex.lemma(outer)) or across_lines(verb, outer):
        return None
    if verb.doc[verb.left_edge.i - 1].dep_ != "cc" or any(t.text in "(;:" for t in verb.doc[outer.i : verb.i]):
        return None
    if not any(c.dep_ == "ccomp" for c in verb.children):
        return None  # ("They said he rated them and talked about ...": he talked)
    return subject_of(outer)


def _left_appositive(verb: Token) -> Token | None:
    """A misparsed subject: "..., a source from X, who ..., reported that ..." hangs as an
    apposition that ends just before the verb."""
    doc = verb.doc
    end = verb.i - 1
    while end >= 0 and doc[end].is_punct:
        end -= 1
    for tok in doc[verb.sent.start : verb.i]:
        if tok.dep_ == "appos" and tok.pos_ in ("NOUN", "PROPN") and tok.right_edge.i == end:
            named = tok.head
            joined = named.dep_ == "conj" and named.ent_type_ == "PERSON"
            opened = named.dep_ == "pobj" and stands_for_a_name(named.head)  # "To Lam, the party chief, said"
            if named.i < tok.i and named.pos_ == "PROPN" and (joined or opened):
                return named  # "In Kyiv, Andriy Sybiha, Ukraine's foreign minister, said": joined to Kyiv
            return tok
    return None


def is_cue_verb(tok: Token, lex: Cues) -> bool:
    """A reporting verb that reports: an infinitive only under another verb ("refused to
    endorse ...", "went on to say ..."), not a purpose clause ("met them to discuss ..."); a
    verb of as_verbs only with "as" ("see the plan as a mistake", "as we saw")."""
    if tok.pos_ not in ("VERB", "AUX") and not _verb_read_as_noun(tok):
        return False
    if stands_for_a_name(tok):
        return False  # a family name the tagger read as a verb: "Go Min-jae said"
    if lex.lemma(tok) in lex.as_verbs:
        return any(c.lower_ == "as" and c.dep_ in ("prep", "mark") for c in tok.children)
    if not lex.is_verb(lex.lemma(tok)) and not _with_own_word(tok, lex) and lex.lemma(tok) not in lex.experiencer_verbs:
        return False
    if tok.dep_ == "prep":
        return False  # a participle as a preposition: "rose 5 percent, compared to last year"
    idiom = lex.idiom_objects.get(lex.lemma(tok), frozenset())
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    clauses = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp", "oprd")]
    objects += [k for c in clauses for k in c.children if k.dep_ == "nsubj"]
    if any(c.lower_ in idiom for c in objects):
        return False  # "found a way to ...", "found themselves in court", "find themselves stranded"
    if tok.dep_ == "pcomp" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according":
        return False  # a noun read as a verb: "according to show insiders"
    if says_nothing(tok, lex):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return True
    purpose = tok.dep_ == "advcl" and lex.lemma(tok) in lex.purpose_verbs and tok.head.i < tok.i
    purpose = purpose and not any(c.dep_ in ("dobj", "dative") for c in tok.head.children)  # "met the press to discuss"
    purpose = purpose and not _anonymous(tok.head, lex)  # "spoke on condition of anonymity to discuss ..."
    return purpose or bool(verb_chain(tok, lex)) or _made_to_report(tok, lex)


def relative_that(clause: Token, lex: Cues) -> bool:
    """Whether a "that" clause the parser hung from a noun as its content is a relative clause
    whose "that" is the object of a verb that takes one: "an assertion that Moscow rejected",
    "the claim that the council had denied" (not "the claim that prices rose", "a report that
    the mayor denied the deal")."""
    if clause.dep_ != "acl" or clause.head.i > clause.i or lex.lemma(clause) not in lex.object_verbs:
        return False
    marks = [c for c in clause.children if c.dep_ == "mark"]
    if not marks or marks[0].lower_ != "that" or marks[0].i != clause.left_edge.i:
        return False
    taken = ("dobj", "ccomp", "xcomp", "nsubjpass", "auxpass", "dative", "oprd", "attr")
    if any(c.dep_ in taken for c in clause.children):
        return False
    if any(c.dep_ == "advmod" and c.i > clause.i for c in clause.children):
        return False  # used without an object: "the claim that millions of people voted illegally"
    return any(c.dep_ == "nsubj" for c in clause.children)


def says_nothing(verb: Token, lex: Cues) -> bool:
    """Whether a reporting verb is used to say that nothing was said: "without offering
    evidence", "it goes without saying"; or asks only for its subject's anonymity ("who asked
    not to be named", "asked for anonymity"); or puts someone in an office ("confirm Garland")."""
    without = verb.dep_ == "pcomp" and verb.head.lower_ == "without"
    return without or asks_anonymity(verb, lex) or appoints(verb, lex)


def appoints(verb: Token, lex: Cues) -> bool:
    """Whether the verb puts a person in an office rather than reporting: "Republicans might
    confirm Garland", "Garland was confirmed" (see appointing_verbs)."""
    if lex.lemma(verb) not in lex.appointing_verbs:
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "PROPN" and c.is_title and not list(c.rights)
               for c in verb.children)  # (a bare name, whatever the recogniser calls it: "Garland")


def asks_anonymity(verb: Token, lex: Cues) -> bool:
    """Whether the verb asks for, or keeps, its subject's anonymity: "asked not to be named",
    "declined to be identified", "did not want to be quoted" (a verb of naming in the passive as
    its infinitive), "asked for anonymity" (see unnamed_verbs and anonymity_words)."""
    for c in verb.children:
        if c.dep_ == "xcomp" and lex.lemma(c) in lex.unnamed_verbs and any(k.dep_ == "auxpass" for k in c.children):
            return True
    return _anonymous(verb, lex, deep=False)


def _anonymous(verb: Token, lex: Cues, *, deep: bool = True) -> bool:
    """Whether the verb is said with anonymity: "spoke anonymously", "spoke on condition of
    anonymity" (``deep``: anywhere in a prepositional phrase of its own), "asked for anonymity",
    "requested anonymity" (only its object, or the object of a preposition right on it)."""
    for c in verb.children:
        if c.dep_ in ("advmod", "dobj") and c.lower_ in lex.anonymity_words:
            return True
        if c.dep_ == "prep":
            words = list(c.subtree) if deep else [k for k in c.children if k.dep_ == "pobj"]
            if any(k.lower_ in lex.anonymity_words for k in words):
                return True
    return False


def _with_own_word(verb: Token, lex: Cues) -> bool:
    """Whether a verb of own_prepositions has one of its words right after it: "goes after"."""
    words = lex.own_prepositions.get(lex.lemma(verb))
    if not words or verb.i + 1 >= len(verb.doc):
        return False
    nxt = verb.doc[verb.i + 1]
    return nxt.lower_ in words and nxt.head.i == verb.i and nxt.dep_ in ("prt", "prep", "advmod")


def _made_to_report(verb: Token, lex: Cues) -> bool:
    """An infinitive cue whose speaker is the object of the verb above it: "forced the banker
    to admit that ...", "asked the minister to explain why ..." (see object_control); it
    reports only with a clause of its own ("urged voters to support him" urges, nobody supports)."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() not in lex.object_control or head.i > verb.i:
        return False
    if not any(c.dep_ in ("dobj", "dative") for c in head.children):
        return False
    return any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)


def _verb_read_as_noun(tok: Token) -> bool:
    """A verb the tagger read as a noun but the parser gave a subject and a clause: "Data from
    the agency show that prices rose" ("show" as a noun)."""
    return tok.pos_ == "NOUN" and {"nsubj", "ccomp"} <= {c.dep_ for c in tok.children}


def verb_chain(verb: Token, lex: Cues) -> list[Token]:
    """The verb an infinitive cue hangs from, with its auxiliaries, which join the cue:
    "continues to insist", "has refused to disclose" (see chain_verbs in reporting.yaml)."""
    if verb.dep_ not in ("xcomp", "advcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return []
    head = verb.head
    adjective = head.dep_ == "acomp" and head.lower_ in lex.chain_adjectives
    if verb.dep_ == "xcomp" and adjective and head.head.i < head.i < verb.i:
        be = head.head  # "was able to tout", "has been slow to embrace": the adjective and its verb join the cue
        return [head, be, *(c for c in be.lefts if c.dep_ in ("aux", "auxpass", "neg") and c.i >= be.i - 2)]
    if head.lemma_.lower() not in lex.chain_verbs or head.i > verb.i or head.pos_ not in ("VERB", "AUX"):
        return []
    between = head.doc[head.i + 1 : verb.left_edge.i]
    if verb.dep_ == "advcl" and not (between and all(t.dep_ == "prt" and t.head.i == head.i for t in between)):
        return []  # "went on to explain" (parsed as an adverbial), not "went to Ohio to explain"
    return [
        head,
        *(c for c in head.lefts if c.dep_ in ("aux", "auxpass", "neg") and c.i >= head.i - 2),
        *(c for c in between if verb.dep_ == "advcl"),
    ]


def that_after(clause: Token) -> Token | None:
    """The "that" opening the clause ``clause`` hangs from, after it and a comma: in "X continues
    to insist, most recently in an interview, that he wants ..." the parser may make the "that"
    clause the sentence's root and the report its complement."""
    if clause.dep_ != "ccomp" or clause.head.i < clause.i:
        return None
    doc = clause.doc
    for m in clause.head.lefts:
        if m.dep_ == "mark" and m.lower_ == "that" and m.i > clause.right_edge.i and doc[m.i - 1].text == ",":
            return m
    return None
