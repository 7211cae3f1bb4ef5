"""Reported speech from the dependency parse: "X said (that) ...", "X voiced concern about ...".

Each rule looks at one cue token and yields a :class:`Hit` of character ranges; the
attribution finder merges them with the quotations (attributions.py).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .cues import Cues, cues
from .lexicon import anaphora

Range = tuple[int, int]

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
COMPLEMENTS = ("dobj", "dative", "prep", "oprd", "xcomp", "ccomp", "attr", "pcomp", "acomp")
CLIMB = ("advcl", "conj", "xcomp", "acl", "dobj", "pobj", "pcomp", "prep", "ccomp", "relcl", "appos", "npadvmod")
EXPLETIVES = ("it", "there", "this")
DASHES = ("-", "--", "—", "–", "―")
QUOTE_CHARS = "\"'“”‘’«»„‹›"


@dataclass(frozen=True, slots=True)
class Hit:
    """One attribution as character ranges; ``cue_token`` is the index of its head token."""

    content: Range
    source: Range | None
    cue: Range | None
    cue_token: int


def _trim(doc: Doc, first: int, last: int) -> Range | None:
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


def _phrase(tok: Token) -> Range | None:
    """The token's whole phrase, on the token's own line (a headline is not part of it)."""
    return _trim(tok.doc, *_phrase_tokens(tok))


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
        # the parser split one subject into several: "Ban Ki-moon, the secretary general of
        # the UN, vowed", "The family, protesters and civic leaders have been demanding"
        topic = detached_topic(src.head)
        split = [c for c in src.head.children if c.dep_ == src.dep_ and c.i < src.head.i]
        split = [c for c in split if (topic is None or c.i != topic.i) and not _relative_word(c)]
        if len(split) > 1 and _joined(doc, split):
            first = min(first, *(c.left_edge.i for c in split))
            last = max(last, *(c.right_edge.i for c in split))
    if src.text in DASHES:
        first, last = _around_a_dash(src, first, last)
    for t in doc[first : src.i]:
        if t.text in DASHES and t.whitespace_ and doc[t.i - 1].whitespace_:
            first = t.i + 1  # a dateline or an aside before the name: "BRUSSELS - European leaders"
    for t in doc[first:last]:
        if t.text == ":":
            first = t.i + 1  # a label before the name: "The Latest: Trump says ..."
    while first < src.i and doc[first].head.i == src.i and _focus_word(doc[first]):
        first += 1  # "Both X and Y say", "Even China said": the speakers without the focus word
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
    return _closing_dash(doc, first, _trim(doc, first, last))


def _closing_dash(doc: Doc, first: int, r: Range | None) -> Range | None:
    """``r`` with the dash after it that closes an aside opened by a dash inside it: "Kall --
    co-editor of a book on debates -- said" (PolNeAR's source holds the dash that closes the
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


def _cue_range(verb: Token, extra: Iterable[Token] = ()) -> Range:
    """The verb with its auxiliaries, negation and adverbs next to it ("has also said", "is
    once again questioning"), plus ``extra`` tokens."""
    first = last = verb.i
    for child in reversed(list(verb.lefts)):
        if child.dep_ in ("aux", "auxpass", "neg", "advmod") and child.right_edge.i == first - 1:
            first = child.left_edge.i
    for t in extra:
        first, last = min(first, t.i), max(last, t.i)
    doc = verb.doc
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def _subject(verb: Token) -> Token | None:
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
    detached = _detached(verb)
    return detached[0] if detached is not None else None


def _detached(verb: Token) -> tuple[Token, Token] | None:
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
    own = _subject(verb)
    if own is not None or any(c.dep_ in SUBJECTS for c in verb.children):
        return own
    orphan = _orphaned_name(verb)
    if orphan is not None:
        return orphan
    if verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children):
        return None  # "X is a donor and has been mentioned as ...": by someone the text does not name
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lex.object_control:
        for child in verb.head.children:
            if child.dep_ in ("dobj", "dative"):
                return child  # "asked Stumpf to admit ...": Stumpf admits
    described = _described(verb)
    if described is not None:
        return described
    opening = _opening_participle_subject(verb)
    if opening is not None:
        return opening
    outer = _outer_reporter(verb, lex) or _second_report(verb, lex)
    if outer is not None:
        return outer
    fallback: Token | None = None
    tok = verb
    while tok.dep_ in CLIMB and tok.head.i != tok.i:
        if _across_lines(tok, tok.head) or _that_after(tok) is not None:
            break  # the parser ran one paragraph into the next, or hung the report from what it says
        tok = tok.head
        subj = _subject(tok)
        if subj is not None:
            if lex.is_verb(lex.lemma(tok)) or lex.lemma(tok) in lex.quote_only_verbs:
                return subj
            if fallback is None and tok.pos_ in ("VERB", "AUX"):
                fallback = subj
    if fallback is None and verb.dep_ == "ROOT":
        return _left_appositive(verb)
    return fallback


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
    if k < 0 or doc[k].pos_ != "PROPN" or doc[k].head.i == verb.i or "\n" in doc[k].text_with_ws:
        return None
    name = doc[k]
    while name.dep_ == "conj" and name.head.pos_ == "PROPN" and name.head.i < name.i:
        name = name.head  # "the United States, Britain and France support ..."
    hung = name.dep_ in ("pobj", "conj")  # (not "Police Chief Ana Ruiz said", an apposition)
    return name if hung and name.right_edge.i == k and name.i < verb.i else None


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


def _past_participle_of_a_noun(verb: Token) -> bool:
    """Whether ``verb`` is a past participle that describes the noun before it ("a stream called
    Miracle Run", "the group, called the Harbour Fund,"): a passive whose doer is not named."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.i > verb.i:
        return False
    return not any(c.dep_ in ("agent", "auxpass", "aux") for c in verb.children)


def _across_lines(a: Token, b: Token) -> bool:
    """Whether a line break stands between tokens ``a`` and ``b``."""
    lo, hi = min(a.i, b.i), max(a.i, b.i)
    return any("\n" in t.text_with_ws for t in a.doc[lo:hi])


def _elsewhere(verb: Token, clause: Token) -> bool:
    """Whether all of ``clause`` stands in another paragraph than ``verb`` (the parser ran on;
    a clause whose head only stands there may still reach into the verb's paragraph)."""
    edge = clause.right_edge if clause.i < verb.i else clause.left_edge
    return _across_lines(verb, edge)


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
    if verb.dep_ == "acl" and head.i < verb.i and _someone(head):
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
            return tok if _someone(tok) or tok.tag_ == "PRP" else None
    return None


#: Verbs whose object does what a participle right after it says: "left many nations
#: feeling ...", "had artists writing songs about him", "caught the mayor saying ...".
_DEPICTING = frozenset(("leave", "have", "see", "hear", "catch", "find", "show", "watch", "keep", "depict", "feature"))


def _someone(tok: Token) -> bool:
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
    if not lex.is_verb(lex.lemma(head.head)) or _across_lines(head, head.head):
        return None
    return _subject(head.head)


def _second_report(verb: Token, lex: Cues) -> Token | None:
    """The reporter of a report joined with "and" to the clause it reports: in "Merrill says
    Machado promised X and said Y" the second report ends what Merrill says (see
    _cut_side_reports) and is Merrill's, as PolNeAR marks it."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "ccomp" or head.i > verb.i or verb.left_edge.i == 0:
        return None
    outer = head.head
    if outer.i > head.i or not lex.is_verb(lex.lemma(outer)) or _across_lines(verb, outer):
        return None
    if verb.doc[verb.left_edge.i - 1].dep_ != "cc" or any(t.text in "(;:" for t in verb.doc[outer.i : verb.i]):
        return None
    if not any(c.dep_ == "ccomp" for c in verb.children):
        return None  # ("They said he rated them and talked about ...": he talked)
    return _subject(outer)


def _left_appositive(verb: Token) -> Token | None:
    """A misparsed subject: "..., a source from X, who ..., reported that ..." hangs as an
    apposition that ends just before the verb."""
    doc = verb.doc
    end = verb.i - 1
    while end >= 0 and doc[end].is_punct:
        end -= 1
    for tok in doc[verb.sent.start : verb.i]:
        if tok.dep_ == "appos" and tok.pos_ in ("NOUN", "PROPN") and tok.right_edge.i == end:
            return tok
    return None


def _is_cue_verb(tok: Token, lex: Cues) -> bool:
    """A reporting verb that reports: an infinitive only under another verb ("refused to
    endorse ...", "went on to say ..."), not a purpose clause ("met them to discuss ..."); a
    verb of as_verbs only with "as" ("see the plan as a mistake", "as we saw")."""
    if tok.pos_ not in ("VERB", "AUX") and not _verb_read_as_noun(tok):
        return False
    if lex.lemma(tok) in lex.as_verbs:
        return any(c.lower_ == "as" and c.dep_ in ("prep", "mark") for c in tok.children)
    if not lex.is_verb(lex.lemma(tok)) and not _with_own_word(tok, lex) and lex.lemma(tok) not in lex.experiencer_verbs:
        return False
    if tok.dep_ == "prep":
        return False  # a participle as a preposition: "rose 5 percent, compared to last year"
    if tok.dep_ == "pcomp" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according":
        return False  # a noun read as a verb: "according to show insiders"
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return True
    return bool(_chain(tok, lex)) or _made_to_report(tok, lex)


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


def _chain(verb: Token, lex: Cues) -> list[Token]:
    """The verb an infinitive cue hangs from, with its auxiliaries, which join the cue:
    "continues to insist", "has refused to disclose" (see chain_verbs in reporting.yaml)."""
    if verb.dep_ not in ("xcomp", "advcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return []
    head = verb.head
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


def _content(verb: Token, lex: Cues) -> tuple[Range | None, list[Token]]:
    """What the verb reports, and the tokens (particles, prepositions) that join its cue."""
    lemma = lex.lemma(verb)
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and not _elsewhere(verb, c)]
    if any(not _across_lines(verb, c) for c in clauses):
        clauses = [c for c in clauses if not _across_lines(verb, c)]  # one in the verb's own paragraph
    if any(c.i > verb.i for c in verb.children if c.dep_ in COMPLEMENTS):
        # "A set off fireworks: Republicans said B", "We have been here before: X declared war on
        # Y": a clause before a colon is not what they said
        clauses = [c for c in clauses if c.i > verb.i or not _colon_between(verb.doc, c.i, verb.i)]
    if any(c.i > verb.i for c in clauses):
        clauses = [c for c in clauses if c.i > verb.i or not _opener(verb, c)]
    if verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].text == ":":
        clauses = [c for c in clauses if c.i > verb.i]  # "A will happen, Kall said: “...”": what follows is said
    set_off = verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].text == ","  # "so bad, X noted, that ..."
    that = [c for c in clauses if c.i > verb.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    if that and not set_off:
        # "Writing for a panel that agreed X won, Smith noted that ...": a "that" clause after
        # the verb is what it reports, and a clause before it a misparse of the opener
        clauses = [c for c in clauses if c.i > verb.i]
    clauses = [c for c in clauses if _that_after(c) is None]  # the report the parser hung from what it says
    if any(c.dep_ in COMPLEMENTS and c.dep_ != "ccomp" and c.i > verb.i for c in verb.children):
        clauses = [c for c in clauses if not _in_parentheses(c)]  # "want policies that ... (they want ...)"
    infinitives = [c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i]
    if lemma in lex.clause_verbs and infinitives and all(infinitives[0].i < c.i for c in clauses):
        clauses = infinitives[:1]  # "promising to lift ... ― probably not what X had in mind"
    extra: list[Token] = [c for c in verb.children if c.dep_ == "prt"]
    if not clauses:
        clauses = [
            c
            for c in verb.children
            if c.dep_ in COMPLEMENTS and c.i > verb.i and (c.dep_ != "prep" or _says_what(lemma, c, lex))
            and not (c.dep_ == "ccomp" and _in_parentheses(c))
        ]
        clauses += _purpose_read_as_control(verb, clauses, lex)
        first = min(clauses, key=lambda c: c.i, default=None)
        asked = _asked_about(verb, clauses, lex)
        topic = _topic_preposition(verb, first, lex)
        if asked is not None:
            extra += [first, asked] if first is not None else [asked]  # "asked him about" | ...
            clauses = [c for c in asked.children if c.dep_ in ("pobj", "pcomp")]
        elif topic is not None and first is not None:
            extra += [first, topic]  # "offered insights into" | ..., "raised questions about" | ...
            clauses = [c for c in (*topic.children, *first.children, *clauses) if c.i > topic.i]
        elif first is not None and first.dep_ == "prep" and _next_to(verb, first):
            objs = [c for c in first.children if c.dep_ in ("pobj", "pcomp")]
            if objs:
                extra.append(first)  # "pointed to the vote as a cause": "pointed to" is the cue
                clauses = objs + [c for c in clauses if c.i > first.i]
    first_i = -1
    detached = _detached(verb)
    if not clauses and detached is not None and detached[1].dep_ == "conj":
        clauses = [detached[1]]  # "These workers, Ruiz explained, were well paid"
    inverted = _inverted_that_clause(verb, lex) if not clauses else None
    if inverted is not None:
        clauses, first_i = [inverted.head], inverted.i  # "X continues to insist, ..., that ..."
    if not clauses:
        clauses = _stray_that_clause(verb, lex) or _question_clause(verb, lex) or _fronted_what(verb)
        clauses = clauses or _said_so(verb, lex)
    if not clauses:
        # "called for residents to leave": the parser makes "for" the mark of a clause
        marks = [m for c in verb.children if c.dep_ == "advcl" for m in c.children if m.dep_ == "mark"]
        mark = next((m for m in marks if m.lower_ == "for" and m.i == m.head.left_edge.i and _next_to(verb, m)), None)
        if mark is None or not _says_what(lemma, mark, lex):
            return None, extra
        extra.append(mark)
        clauses = [mark.head]
        first_i = mark.i + 1
    first_i = max(first_i, min(c.left_edge.i for c in clauses))
    first_i = _detached_subject(verb, clauses, first_i)
    fronted = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in ("what", "which") and c.i < verb.i]
    if fronted and first_i > verb.i and not any(c.dep_ == "ccomp" for c in clauses):
        first_i = fronted[0].i  # "what the minister called | a “reckless” act": PolNeAR's content starts at "what"
    topic = detached_topic(verb)
    if topic is not None and any(c.dep_ in ("ccomp", "conj") for c in clauses):
        first_i = topic.left_edge.i  # "The plant, the company said, will close": from the plant on
    if first_i > verb.i:
        first_i = _skip_time(verb.doc, first_i)
    own = _same_paragraph(verb, first_i, verb.i)[0]  # (the parser may run the paragraph before into it)
    if all(c.i < verb.i for c in clauses) and not any(t.text in QUOTE_CHARS for t in verb.doc[own : verb.i]):
        clauses += _going_on(verb, lex)  # (a quotation ends where its quote marks do)
    if all(c.dep_ == "xcomp" for c in clauses):
        clauses += _infinitive_conjuncts(verb, clauses)
    last_i = max(c.right_edge.i for c in clauses)
    if all(c.dep_ == "xcomp" for c in clauses):
        objects = [o for o in _controller(verb) if verb.i < o.i < first_i]
        first_i = min([first_i, *(o.left_edge.i for o in objects)])
        extra += [o.head for o in objects if o.dep_ == "pobj" and o.head not in extra]
    last_i = _coordinated(verb, first_i, last_i)
    last_i = _cut_side_reports(verb, first_i, last_i, lex)
    last_i = _run_on(verb, first_i, last_i, lex)
    last_i = _after_the_colon(verb, first_i, last_i)
    first_i, last_i = _same_paragraph(verb, first_i, last_i)
    doc = verb.doc
    for t in doc[max(first_i, last_i - 2) : last_i + 1]:
        if t.text in DASHES and t.i > first_i and doc[t.i - 1].whitespace_ and t.whitespace_:
            last_i = t.i - 1  # an aside after a dash that the parser cut short: "... diesel ― probably"
            break
    if last_i < verb.i:
        first_i = _skip_opener(verb.doc, first_i, last_i)
        first_i = _after_colon(verb.doc, first_i, last_i)
    return _trim(verb.doc, first_i, last_i), extra


def _colon_between(doc: Doc, first: int, verb: int) -> bool:
    """Whether a colon or a semicolon outside quotation marks stands between tokens ``first``
    and ``verb`` (in '“The aim is clear: to confuse,” X said' it belongs to the quotation)."""
    marks = [t.i for t in doc[first:verb] if t.text in (":", ";")]
    return any(not any(t.is_punct and t.text[0] in QUOTE_CHARS for t in doc[k:verb]) for k in marks)


def _opener(verb: Token, clause: Token) -> bool:
    """Whether a clause before the verb that the parser gave it as a second clause is the
    sentence's opener, not what is said: "While he conceded X, Ham noted Y", "Writing for
    the paper, Ruiz noted that ...", "X happened (the agency later said that Y)"."""
    doc = verb.doc
    first = doc[clause.left_edge.i]
    if any(t.text == "(" for t in doc[clause.right_edge.i + 1 : verb.i]):
        return True
    if first.pos_ == "SCONJ" and first.lower_ in OPENERS:
        return True
    before = doc[first.i - 1] if first.i > 0 else None
    return first.tag_ == "VBG" and (before is None or first.i == verb.sent.start or before.is_punct or before.is_space)


#: Words that open a clause set before a report as its circumstance: "While he conceded ...".
OPENERS = ("while", "although", "though", "whereas", "because", "since", "after", "before", "when", "once")


#: Sentence adverbs that link a sentence to the one before rather than say anything.
LINKS = ("however", "still", "meanwhile", "also", "indeed", "instead", "moreover", "yet", "so", "and",
         "furthermore", "nonetheless", "nevertheless", "besides", "then", "thus")
#: The words that make a short comma-set opener a link: "In addition,", "Details aside,", "As it
#: stands,", "After all,", "Of course,".
LINK_PHRASE_WORDS = ("addition", "aside", "stands", "all", "course")


def _skip_opener(doc: Doc, first: int, last: int) -> int:
    """Where what is said starts after a sentence opener that only links it to what came before
    ("However, debates are ...", "In addition, the campaign ...": a link word, or a short
    comma-set phrase that holds one), in a clause reported after it ("..., he noted")."""
    k = _link_end(doc, first, last)
    return k if k < last else first


def _link_end(doc: Doc, first: int, last: int) -> int:
    """Where the link words and short link phrases at ``first`` end (``last`` at most)."""
    k = first
    while k < last and (doc[k].lower_ in LINKS and doc[k].dep_ in ("cc", "advmod")):
        if doc[k].head.pos_ in ("ADJ", "ADV") and doc[k].head.i > k:
            break  # "However laudable the goal, ...": a degree, not a link
        k += 1
        if doc[k].text == ",":
            k += 1
    comma = next((t.i for t in doc[k : min(last, k + 4)] if t.text == ","), None)
    if comma is not None and any(t.lower_ in LINK_PHRASE_WORDS for t in doc[k:comma]):
        k = comma + 1
    return k


def _after_colon(doc: Doc, first: int, last: int) -> int:
    """Where a quotation reported after it starts when a colon introduces it: in "The statement
    cited her record: “...,” the union wrote." the union wrote the quotation, not the sentence."""
    closes = any(t.text in QUOTE_CHARS for t in doc[last : last + 3])
    for t in doc[first:last]:
        if closes and t.text == ":" and doc[t.i + 1].text in QUOTE_CHARS:
            return t.i + 1
    return first


def _after_the_colon(verb: Token, first: int, last: int) -> int:
    """Where what is said ends when a colon closes it within its line: in "noted that three
    things happen at once: prices rise, ..." and "will not learn basic facts: how much he
    makes, ..." what follows the colon spells out what is said (to the end of its sentence)."""
    doc = verb.doc
    colon = last + 1
    if first <= verb.i or colon + 1 >= len(doc) or doc[colon].text != ":" or "\n" in doc[colon].text_with_ws:
        return last
    end = doc[colon + 1].sent.end - 1
    while end > colon and (doc[end].is_punct or doc[end].is_space) and doc[end].text not in QUOTE_CHARS:
        end -= 1
    if end <= colon + 1 or any("\n" in t.text_with_ws for t in doc[colon:end]):
        return last
    marks = [t.i for t in doc[colon + 1 : end + 1] if t.text in QUOTE_CHARS]
    if marks and (marks[0] != colon + 1 or any(i < end - 1 for i in marks[1:])):
        return last  # '“...,” she said. “...”': a quotation with a report of its own
    return end


def _skip_time(doc: Doc, first: int) -> int:
    """Where a clause reported after its verb starts when a time phrase the parser gave it
    opens it: in "told voters this weekend he would ..." the weekend is when he told them."""
    t = doc[first]
    if t.dep_ != "npadvmod" and not (t.head.dep_ == "npadvmod" and t.head.i > t.i):
        return first
    phrase = t if t.dep_ == "npadvmod" else t.head
    if phrase.ent_type_ not in ("DATE", "TIME") or phrase.left_edge.i != first:
        return first
    after = phrase.right_edge.i + 1
    return after if after < len(doc) and doc[after].dep_ in (*SUBJECTS, "mark", "expl") else first


def _detached_subject(verb: Token, clauses: list[Token], first: int) -> int:
    """Where a reported clause starts when the parser took its subject for the verb's object:
    in "seemed to think the outreach to farmers was phony" the clause "was phony" has no
    subject and "the outreach to farmers" hangs from "think"."""
    clause = min(clauses, key=lambda c: c.i)
    if clause.dep_ != "ccomp" or clause.i < verb.i or any(c.dep_ in (*SUBJECTS, "expl") for c in clause.children):
        return first
    objects = [c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < clause.left_edge.i]
    return min(first, objects[0].left_edge.i) if objects else first


def _going_on(verb: Token, lex: Cues) -> list[Token]:
    """The clauses after a trailing "..., X said, ..." that go on with what is said: "The mill
    thrived, he said, until it went bankrupt", "A paid 9 percent, the agency said, and B paid
    1 percent" (a clause with a subject of its own, set off by a comma; not "..., adding ...")."""
    doc = verb.doc
    out = []
    for c in verb.rights:
        if c.dep_ not in ("advcl", "conj") or _is_cue_verb(c, lex):
            continue
        if any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children):
            continue  # "..., they said, as they bristled at ...": how they said it
        k = c.left_edge.i - 1
        if doc[k].dep_ == "cc" or doc[k].lower_ in ("and", "but"):
            k -= 1  # ", and those in the bottom fifth paid ..."
        if doc[k].text != "," or k <= verb.i:
            continue
        if any(k.dep_ in SUBJECTS for k in c.children):
            out.append(c)
    return out


def _run_on(verb: Token, first: int, last: int, lex: Cues) -> int:
    """Where what is said ends when the parser cut its sentence short after it: in "cited
    remarks | Smith had made about ..." the sentence breaks with no punctuation, inside the
    same line, and what follows goes on with what is cited."""
    doc = verb.doc
    sent = verb.sent
    if last != sent.end - 1 or first <= verb.i or sent.end >= len(doc) or doc[last].is_punct:
        return last
    if "\n" in doc[last].text_with_ws or not doc[last].whitespace_:
        return last
    nxt = doc[sent.end].sent
    stop = next((t.i - 1 for t in nxt if t.text in (".", "?", "!") and t.i > nxt.start), nxt.end - 1)
    for t in doc[nxt.start : stop + 1]:
        subjects = [c.i for c in t.children if c.dep_ in SUBJECTS]
        if subjects and t.pos_ == "VERB" and lex.is_verb(lex.lemma(t)):
            stop = min(t.i, *subjects) - 1  # '..., “...,” she said': a report of its own begins
            break
    while stop > nxt.start and (doc[stop].is_punct or doc[stop].is_space):
        stop -= 1
    if any("\n" in t.text_with_ws for t in doc[nxt.start : stop]):
        return last
    return stop


def _purpose_read_as_control(verb: Token, clauses: list[Token], lex: Cues) -> list[Token]:
    """The "to ..." clause right after the object of a verb of urging that the parser hung as a
    purpose: in "exhorted farmers to save water" the farmers are to save water (see object_control)."""
    if lex.lemma(verb) not in lex.object_control or not clauses or not all(c.dep_ == "dobj" for c in clauses):
        return []
    end = max(c.right_edge.i for c in clauses)
    return [c for c in verb.rights if c.dep_ == "advcl" and c.left_edge.i == end + 1 and c.left_edge.lower_ == "to"]


def _infinitive_conjuncts(verb: Token, clauses: list[Token]) -> list[Token]:
    """Bare verbs the parser coordinated with the cue instead of with its "to" clause: in
    "wants to widen the road, plant trees and build a park" or "declined to name them or even
    describe them" the bare "plant", "build" and "describe" go on with what is wanted or
    declined (a conjunct of the cue itself would share its form: "declined ... and left")."""
    if verb.tag_ in ("VB", "VBP"):
        return []
    end = max(c.right_edge.i for c in clauses)
    out = []
    for c in verb.rights:
        if c.dep_ != "conj" or c.i <= end or c.tag_ not in ("VB", "VBP"):
            continue
        if any(k.dep_ in (*SUBJECTS, "aux", "auxpass") for k in c.children):
            continue
        out.append(c)
        end = c.right_edge.i
    return out


def _coordinated(verb: Token, first: int, last: int) -> int:
    """Where what is said ends when the parser hung the rest of its list from the cue: in
    "stressed fairness, and a need to raise wages" the noun "need", in "see it as a way to fix
    problems, increase oversight and ..." the bare "increase", in "spoke of racism, and how the
    fight went on" the question, in "rated 32% as false, compared to 11% ..." the comparison go
    on with what is said (the cue cannot take a noun or a bare verb as its conjunct; a clause
    with a subject of its own is a report of its own)."""
    doc = verb.doc
    heads = [t for t in doc[first : last + 1] if t.head.i == verb.i or not first <= t.head.i <= last]
    nominal = bool(heads) and all(t.pos_ in ("NOUN", "PROPN", "PRON", "ADP") for t in heads if not t.is_punct)
    infinitive = any(t.dep_ == "aux" and t.lower_ == "to" for t in doc[first : last + 1])
    clausal = any(t.dep_ == "ccomp" and t.head.i == verb.i for t in doc[first : last + 1])
    holders = [verb]
    while holders[-1].dep_ in ("pcomp", "prep", "xcomp") and holders[-1].head.i < holders[-1].i:
        holders.append(holders[-1].head)  # "started off by emphasizing X, and ...": hung from "started"
    for c in sorted((c for h in holders for c in h.rights), key=lambda t: t.i):
        compared = c.dep_ in ("prep", "advcl") and c.lower_ == "compared"  # ", compared to 11% of ..."
        if c.i <= last or not (c.dep_ in ("conj", "advcl", "dep") or compared):
            continue
        between = doc[last + 1 : c.left_edge.i]
        if not between or any(not (t.is_punct or t.dep_ in ("cc", "advmod")) or t.text in QUOTE_CHARS for t in between):
            break
        if "\n" in doc[last].text_with_ws or not any(t.text == "," or t.dep_ == "cc" for t in between):
            break
        question = c.left_edge.lower_ in WH_WORDS and nominal
        subject = any(k.dep_ in (*SUBJECTS, "aux") for k in c.children)
        listed = nominal and c.pos_ in ("NOUN", "PROPN")  # (a verb is not coordinated with a noun)
        bare = infinitive and c.tag_ == "VB" and verb.tag_ != "VB"  # (a verb in its own form would be)
        modal = clausal and _modal(c) and not _modal(verb)  # "said it would X, but would Y"
        own = any(k.dep_ in SUBJECTS for k in c.children)
        if not (compared or question or ((listed or bare) and not subject) or (modal and not own)):
            break
        last = c.right_edge.i
    return last


def _modal(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


#: Words that open an indirect question: "have not said when ...", "asked whether ...".
WH_WORDS = ("when", "where", "why", "how", "whether")


def _question_clause(verb: Token, lex: Cues) -> list[Token]:
    """An indirect question the parser hung as an adverbial: in "Lawmakers have not said when
    they would vote" the question is what is (not) said; a verb with an object of its own
    ("said nothing when ...", "what she said when ...") is told a time instead."""
    if lex.lemma(verb) not in lex.clause_verbs or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return []
    for c in verb.rights:
        subject = any(k.dep_ in SUBJECTS for k in c.children)
        if c.dep_ == "advcl" and c.left_edge.lower_ in WH_WORDS and c.left_edge.i == verb.i + 1 and subject:
            return [c]
    return []


def _said_so(verb: Token, lex: Cues) -> list[Token]:
    """ "said so", "does not think so": "so" stands for what is said."""
    if lex.lemma(verb) not in lex.clause_verbs or verb.i + 1 >= len(verb.doc):
        return []
    so = verb.doc[verb.i + 1]
    return [so] if so.lower_ == "so" and so.dep_ == "advmod" and so.head.i == verb.i and not list(so.children) else []


def _fronted_what(verb: Token) -> list[Token]:
    """ "That was what the mayor said", "what X now hopes": the fronted "what" is what is said."""
    return [c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "what" and c.i < verb.i]


def _asked_about(verb: Token, clauses: list[Token], lex: Cues) -> Token | None:
    """The "about" after the person a clause verb addresses: in "asked him about his taxes" and
    "told Smith about the plan" the person is asked or told, the taxes and the plan are what is
    spoken of (PolNeAR's cue is "asked him about")."""
    if lex.lemma(verb) not in lex.clause_verbs or len(clauses) != 2:
        return None
    person, prep = sorted(clauses, key=lambda c: c.i)
    if person.dep_ not in ("dobj", "dative") or prep.dep_ != "prep" or prep.lower_ != "about":
        return None
    if person.right_edge.i != prep.i - 1 or person.left_edge.i != verb.i + 1:
        return None
    someone = person.tag_ == "PRP" or person.ent_type_ == "PERSON"
    has_object = any(c.dep_ in ("pobj", "pcomp") for c in prep.children)
    return prep if someone and has_object else None


#: Prepositions after a topic noun that introduce what the noun is about.
TOPIC_PREPOSITIONS = ("about", "of", "for", "on", "into", "over", "against")


def _topic_preposition(verb: Token, noun: Token | None, lex: Cues) -> Token | None:
    """The preposition after a noun of speech or thought that the verb takes as its object: in
    "raised questions about the deal" and "embraced the idea of a joint force" the noun and its
    preposition join the cue (see topic_nouns); what follows is what is spoken of. A noun with
    an owner ("her plans for ...") stays in what is reported."""
    if noun is None or noun.dep_ != "dobj" or noun.pos_ != "NOUN" or lex.lemma(noun) not in lex.topic_nouns:
        return None
    if noun.left_edge.i != verb.i + 1 or any(c.dep_ == "poss" for c in noun.children):
        return None
    doc = verb.doc
    if noun.i + 1 >= len(doc):
        return None
    prep = doc[noun.i + 1]  # the parser may hang it from the verb: "offered insights | into ..."
    if prep.head.i not in (noun.i, verb.i) or prep.dep_ != "prep" or prep.lower_ not in TOPIC_PREPOSITIONS:
        return None
    return prep if any(c.dep_ in ("pobj", "pcomp") for c in prep.children) else None


def _in_parentheses(clause: Token) -> bool:
    """Whether a clause stands in parentheses of its own (the parser may take the mark as its own)."""
    doc = clause.doc
    first = clause.left_edge.i
    return doc[first].text == "(" or (first > 0 and doc[first - 1].text == "(")


def _that_after(clause: Token) -> Token | None:
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


def _inverted_that_clause(verb: Token, lex: Cues) -> Token | None:
    """The "that" of a clause the parser made the head of the report of it (see _that_after)."""
    if lex.lemma(verb) not in lex.clause_verbs:
        return None
    chain = _chain(verb, lex)
    return _that_after(chain[0] if chain else verb)


def _stray_that_clause(verb: Token, lex: Cues) -> list[Token]:
    """A "that" clause the parser hung elsewhere after an aside: in "X continues to insist,
    most recently in an interview, that he ..." it hangs from "continues" as an adverbial."""
    if lex.lemma(verb) not in lex.clause_verbs:
        return []
    heads = [verb, *_chain(verb, lex)[:1]]
    for head in heads:
        for c in head.children:
            mark = next((m for m in c.children if m.dep_ == "mark"), None)
            if c.dep_ == "advcl" and c.i > verb.i and mark is not None and mark.lower_ == "that" and mark.i < c.i:
                return [c]
    return []


def _says_what(lemma: str, prep: Token, lex: Cues) -> bool:
    """Whether the verb's preposition introduces what is said ("spoke of ..."), not whom it is
    said to ("spoke to reporters"; see addressee_prepositions), when ("on Friday") or where
    ("on Twitter"; see channels)."""
    if any(c.dep_ == "pobj" and (c.ent_type_ in ("DATE", "TIME") or c.lower_ in lex.channels) for c in prep.children):
        return False
    if prep.lower_ == "by" and any(c.dep_ == "pcomp" and _is_cue_verb(c, lex) for c in prep.children):
        return False  # "responded by saying that ...": the saying reports on its own
    if prep.lower_ in lex.own_prepositions.get(lemma, ()):
        return True  # "bristled at ...", "balked at ..." (see own_prepositions)
    if prep.lower_ == "to" and lemma not in lex.relating_verbs and _to_someone_after_an_object(prep):
        return False  # "disclosed them to the AP", "pitched himself to voters": whom it is told
    return prep.lower_ in lex.content_prepositions and prep.lower_ not in lex.addressee_prepositions.get(lemma, ())


def _to_someone_after_an_object(prep: Token) -> bool:
    objects = [c for c in prep.head.children if c.dep_ in ("dobj", "dative") and c.i < prep.i]
    people = [c for c in prep.children if c.dep_ == "pobj" and (c.pos_ == "PRON" or _someone(c))]
    return bool(objects) and bool(people)


def _next_to(verb: Token, prep: Token) -> bool:
    """Whether only particles and adverbs stand between the verb and its preposition:
    "spoke of", "spoke out about", "spoke emotionally of", "knew all about" (the preposition
    joins the cue)."""
    between = verb.doc[verb.i + 1 : prep.i]
    return all(t.dep_ in ("prt", "advmod", "neg") and t.head.i in (verb.i, prep.i) for t in between)


def _controller(verb: Token) -> list[Token]:
    """The verb's object, which does what its "to ..." clause says: "urged voters to ...",
    "called on members to ..." (what is urged is "voters to ...")."""
    out = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    for prt in verb.children:
        if prt.dep_ in ("prt", "prep") and prt.i == verb.i + 1:
            out += [c for c in prt.children if c.dep_ == "pobj"]
    return out


def _same_paragraph(tok: Token, first: int, last: int) -> tuple[int, int]:
    """Tokens ``first..last`` narrowed to the paragraph of ``tok`` (the parser may run on)."""
    doc = tok.doc
    for t in doc[first : tok.i]:
        if "\n" in t.text_with_ws:
            first = t.i + 1
    for t in doc[tok.i : last + 1]:
        if "\n" in t.text_with_ws:
            return first, t.i
    return first, last


def _cut_side_reports(verb: Token, first: int, last: int, lex: Cues) -> int:
    """End the content before a subjectless ", stating ..." clause that reports on its own, a
    subjectless "and ..." report with a clause or in the cue's own form (the reporter's second
    report: "said A and praised B"), a trailing comma-set participle clause that holds a report
    of its own (", contradicting what X said") or a concession (", although ...")."""
    doc = verb.doc
    clausal = verb.dep_ in ("ccomp", "parataxis") or any(
        c.dep_ == "ccomp" and first <= c.i <= last for c in verb.children
    )
    for t in doc[first + 2 : last + 1]:
        if clausal and t.dep_ == "relcl" and t.left_edge.lower_ in ("which", "where", "whose"):
            continue  # a comment on a reported clause's noun is part of what is reported
        if t.dep_ == "appos" and t.pos_ == "PROPN" and doc[t.left_edge.i - 2].text not in QUOTE_CHARS:
            continue  # a name for the last noun ("the museum's director, Lonnie Bunch") is part of it
        if (
            t.dep_ in ("relcl", "appos")
            and t.right_edge.i >= last - 1
            and doc[t.left_edge.i - 1].text == ","
            and t.left_edge.i - 1 > first
        ):
            return t.left_edge.i - 1  # a trailing ", who ..." aside about the last noun
    for t in doc[first + 1 : last + 1]:
        if not _is_cue_verb(t, lex) or any(c.dep_ in SUBJECTS for c in t.children):
            continue
        before = doc[t.left_edge.i - 1]
        if t.tag_ == "VBG" and t.dep_ in ("advcl", "conj", "xcomp") and before.text in (",", ";", "—", "–"):
            return t.left_edge.i - 1  # ", stating ..."
        second = any(c.dep_ == "ccomp" for c in t.children) or t.tag_ == verb.tag_
        if t.dep_ == "conj" and before.dep_ == "cc" and second:
            return before.i - 1  # "... and added that ...", "... and praised ...": the reporter's second report
    for t in doc[first + 2 : last + 1]:
        trailing = t.dep_ == "advcl" and t.right_edge.i >= last - 1 and doc[t.left_edge.i - 1].text in (",", *DASHES)
        if trailing and t.tag_ == "VBG" and t.left_edge.i == t.i and _reports_inside(t, lex):
            return t.i - 1  # a trailing ", contradicting what X said": a report of its own
        if trailing and doc[t.left_edge.i].lower_ in ("although", "though"):
            return t.left_edge.i - 1  # ", although he again refused to ...": the writer's concession
    return last


def _reports_inside(tok: Token, lex: Cues) -> bool:
    """Whether a reporting verb other than ``tok`` stands in its phrase."""
    return any(t.i != tok.i and _is_cue_verb(t, lex) for t in tok.subtree)


def _clause_without(head: Token, part: Token) -> Range | None:
    """The clause of ``head`` on the far side of ``part`` (an "according to X" phrase)."""
    doc = head.doc
    left, right = _same_paragraph(part, head.left_edge.i, head.right_edge.i)  # the parser may run on
    p_left, p_right = part.left_edge.i, part.right_edge.i
    for c in part.lefts:
        if c.dep_ in ("advcl", "ccomp", "csubj") and any(k.dep_ == "mark" for k in c.children):
            p_left = max(p_left, c.right_edge.i + 1)  # "Though it was smooth, he said, ...": said
    while left < p_left and doc[left].dep_ == "cc" and doc[left].head.i == head.i:
        left += 1  # "But prices, she said, will rise": the link to the sentence before is not said
    if left < p_left and _link_end(doc, left, p_left) >= p_left:
        left = p_left  # "After all, as we saw in 2009, banks ...": only a link stands before
    for c in head.rights:
        if c.i > p_right and c.dep_ == "advcl" and doc[c.left_edge.i - 1].text == "," and c.left_edge.lower_ == "as":
            right = min(right, c.left_edge.i - 2)  # "..., they said, as they gathered ...": how they said it
            break
    before = _trim(doc, left, p_left - 1)
    after = _trim(doc, p_right + 1, right)
    if before is None or after is None:
        return before or after
    if _words(doc, after) <= 1:
        return before
    if _words(doc, before) <= 1 and doc[left].pos_ in ("SCONJ", "CCONJ", "ADP"):
        return after  # "If, as I have said, the plan fails": the link word is not said
    return _trim(doc, left, right)  # a parenthetical "X said" inside what is said ("Perhaps, he said, ...")


def _words(doc: Doc, r: Range) -> int:
    """The words in ``r``, a range of whole tokens (doc.text would join every token anew)."""
    span = doc.char_span(*r)
    return 0 if span is None else len(span.text.split())


def _from_experiencer(verb: Token, lex: Cues) -> Hit | None:
    """ "The plan worries farmers", "..., which angered the mayor": with a verb of feeling whose
    object feels it, the object is the source and the subject what the feeling is about."""
    if lex.lemma(verb) not in lex.experiencer_verbs:
        return None
    feeler = next((c for c in verb.lefts if c.dep_ == "nsubjpass"), None)
    if feeler is not None:  # "Farmers were unsettled by the plan", "... were frustrated that ..."
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        cause = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        clause = next((c for c in verb.rights if c.dep_ == "ccomp"), None)
        what, extra = (cause, [agent]) if cause is not None and agent is not None else (clause, [])
        content, source = (_phrase(what) if what is not None else None), source_range(feeler)
        if content is None or source is None:
            return None
        return Hit(content, source, _cue_range(verb, extra), verb.i)
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return None
    felt = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    subject = next((c for c in verb.lefts if c.dep_ in ("nsubj", "csubj")), None)
    if felt is None or subject is None or felt.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    content, source = _phrase(subject), source_range(felt)
    if content is None or source is None:
        return None
    return Hit(content, source, _cue_range(verb), verb.i)


def _as_aside(verb: Token) -> Hit | None:
    """ "The harbour, as one of the mayor's advisers pointed out, seldom freezes": the parser
    may read "as" as a preposition whose object is the reporter and the topic before it as the
    verb's subject. The reporter says the whole sentence, the aside included."""
    doc = verb.doc
    as_ = next((c for c in verb.lefts if c.lower_ == "as" and c.dep_ == "prep"), None)
    if as_ is None or as_.i == 0 or doc[as_.i - 1].text != ",":
        return None
    reporter = next((c for c in as_.children if c.dep_ == "pobj"), None)
    topic = next((c for c in verb.lefts if c.dep_ == "nsubj" and c.i < as_.i), None)
    between = doc[as_.right_edge.i + 1 : verb.i]
    if reporter is None or topic is None or any(t.head.i != verb.i or t.is_punct for t in between):
        return None  # (not "Ruiz, as chair of the board, warned ...": a role, then the verb)
    after = [c for c in verb.rights if c.dep_ in ("advcl", "ccomp", "conj") and doc[c.left_edge.i - 1].text == ","]
    if not after:
        return None
    content = _trim(doc, *_same_paragraph(verb, topic.left_edge.i, after[-1].right_edge.i))
    source = source_range(reporter)
    if content is None or source is None:
        return None
    return Hit(content, source, _cue_range(verb, [c for c in verb.children if c.dep_ == "prt"]), verb.i)


def _from_verb(verb: Token, lex: Cues) -> Hit | None:
    aside = _as_aside(verb)
    if aside is not None:
        return aside
    felt = _from_experiencer(verb, lex)
    if felt is not None or (lex.lemma(verb) in lex.experiencer_verbs and not lex.is_verb(lex.lemma(verb))):
        return felt
    content, extra = _content(verb, lex)
    mark = [c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as"]
    it = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "it" and c.i == verb.i + 1]
    if mark and content is not None and not it:
        mark = []  # "as China supports the rebels": a time ("while"), and China's own report
    if mark and verb.dep_ == "advcl" and verb.head.i != verb.i:
        content = _clause_without(verb.head, verb)
        by = any(c.dep_ == "agent" for c in verb.children)  # "as confirmed by X": "as" joins the cue
        extra = [*extra, *([mark[0]] if by else []), *it]  # "As Smith put it, ...": "put it"
    elif (content is None or _told_aside(verb, lex)) and verb.dep_ in ("parataxis", "ccomp") and verb.head.i != verb.i:
        if _subject(verb) is not None and _set_off(verb):
            head = verb.head
            if head.dep_ in ("aux", "auxpass", *SUBJECTS) and head.head.i != head.i and head.head.i > verb.i:
                head = head.head  # "The crews, he said, were paid": the parser hung it from "were" or "crews"
            content = _clause_without(head, verb)
    elif content is None and verb.dep_ == "ROOT":
        left = [c for c in verb.lefts if c.dep_ == "dep"]
        if left and _subject(verb) is not None:
            content = _trim(verb.doc, left[0].left_edge.i, left[-1].right_edge.i)
    named = _named_by(verb)
    if named is not None and content is not None:
        called, by_word = named
        whole = _trim(verb.doc, *_same_paragraph(verb, called.left_edge.i, by_word.i - 1))
        caller = source_range(next(c for c in by_word.children if c.dep_ == "pobj"))
        if whole is not None and caller is not None:
            return Hit(whole, caller, _cue_range(verb, extra), verb.i)
    topic = _passive_topic(verb)
    if topic is not None and content is not None and content[0] > verb.idx:
        start = _trim(verb.doc, *_same_paragraph(verb, topic.left_edge.i, verb.i))
        if start is not None:
            return Hit((start[0], content[1]), None, _cue_range(verb, extra), verb.i)
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.lower_ not in EXPLETIVES), None)
    if content is None and agent is not None and subject is not None and subject.i < verb.i:
        content = _phrase(subject)  # "The plan was criticised by the union": the union criticises it
        extra = [*extra, agent]
    elif content is None and subject is not None and subject.i < verb.i and _plain_subject(subject):
        content = _phrase(subject)  # "The merits of the plan are being debated": by someone not named
        if content is not None and not _stranded(verb.doc, content):
            return Hit(content, None, _cue_range(verb, extra), verb.i)
    if content is None or _stranded(verb.doc, content) or _topic_participle(verb, lex):
        return None
    bare = not any(c.dep_ in ("aux", "auxpass", "agent", *SUBJECTS) for c in verb.children)
    if verb.dep_ == "advcl" and verb.tag_ == "VBN" and bare:
        # "Asked about the plan, Smith said ...": Smith was asked, by someone the text does not name
        return Hit(content, None, _cue_range(verb, [*extra, *_chain(verb, lex)]), verb.i)
    src = source_of(verb, lex)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if src is None and not passive and not mark and not _telegraphic(verb):
        return None  # (a subjectless list line reports with no source: "Repeats false claims ...")
    if src is not None and (_owned_words(src) or _asks_the_reader(verb, src)):
        return None
    if _past_participle_of_a_noun(verb):
        src = None  # "a stream called Miracle Run": named by someone the text does not name
    source = source_range(src, verb) if src is not None else None
    if src is not None and any("\n" in t.text_with_ws for t in verb.doc[min(src.i, verb.i) : max(src.i, verb.i)]):
        source = _line_subject(verb)  # the parser ran the line before ("12:15 p.m.") into it
    inside = content[0] <= verb.idx < content[1]
    if source is not None and content[0] < source[0] and verb.idx < content[1] <= verb.idx + len(verb.text):
        first = verb.doc.char_span(content[0], content[0] + 1, alignment_mode="expand")
        last = src.left_edge.i - 1 if src is not None else -1
        while first is not None and last > first.start and verb.doc[last].is_punct:
            last -= 1  # the comma and the closing quote mark before the speaker
        cut = _trim(verb.doc, first.start, last) if first is not None and src is not None else None
        if cut is None:
            return None
        content, inside = cut, False  # '... people do not agree," Sanders said': what is said ends before its speaker
    if source is not None and source[0] < content[1] and content[0] < source[1] and not inside:
        return None  # the subject lies inside what is said: a misparse
    setting = _setting(verb, content, lex)
    return Hit(content, source, _cue_range(verb, [*extra, *_chain(verb, lex), *setting]), verb.i)


def _setting(verb: Token, content: Range, lex: Cues) -> list[Token]:
    """The end of an "in an interview" phrase right after the verb, which joins its cue ("said in
    an interview with CNN"; see cue_settings), unless what is said stands inside it."""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is None or nxt.dep_ != "prep" or nxt.head.i != verb.i or nxt.lower_ != "in":
        return []
    if not any(c.dep_ == "pobj" and c.lemma_.lower() in lex.cue_settings for c in nxt.children):
        return []
    end = nxt.right_edge
    return [] if content[0] <= end.idx < content[1] else [end]


def _telegraphic(verb: Token) -> bool:
    """Whether ``verb`` heads a subjectless line of a list, in the third person ("Repeats false
    claims about ..., and calls people “losers.”"): it reports, with no source named (an
    imperative, "Call your senator", is in the base form)."""
    head = verb
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ != "ROOT" or verb.tag_ != "VBZ":
        return False
    return not any(c.dep_ in (*SUBJECTS, "expl") for c in head.children)


def _plain_subject(subject: Token) -> bool:
    """Whether a passive report's subject is a noun phrase of its own, not a pronoun or a relative
    ("whose findings were disputed")."""
    return subject.pos_ != "PRON" and subject.left_edge.tag_ not in ("WDT", "WP", "WP$", "WRB")


def _told_aside(verb: Token, lex: Cues) -> bool:
    """ "The vote, Smith told reporters, was delayed": a clause verb set inside a clause with
    only the person it is said to after it reports the clause around it."""
    lemma = lex.lemma(verb)
    if verb.dep_ != "parataxis" or lemma not in lex.clause_verbs:
        return False
    objects = [c for c in verb.children if c.dep_ in COMPLEMENTS and c.i > verb.i]
    objects = [c for c in objects if c.dep_ != "prep" or _says_what(lemma, c, lex)]  # not "on Friday"
    return bool(objects) and all(c.dep_ in ("dobj", "dative") for c in objects)


def _set_off(verb: Token) -> bool:
    """Whether a report inside another clause stands apart from it ("..., she said", "“...” she
    said", "Perhaps, she said, ..."), not embedded in it ("It has shown it knows how")."""
    doc = verb.doc
    first, last = verb.left_edge.i, verb.right_edge.i
    while first < verb.i and doc[first].is_punct:
        first += 1  # the comma the parser gave the verb: "The museum, he said, ..."
    while last > verb.i and doc[last].is_punct:
        last -= 1
    before = doc[first - 1] if first > 0 else None
    after = doc[last + 1] if last + 1 < len(doc) else None
    if before is None or before.is_punct or "\n" in before.text_with_ws:
        return True
    return verb.i < verb.head.i and after is not None and after.is_punct


def _topic_participle(verb: Token, lex: Cues) -> bool:
    """ "..., emphasizing the growing partnership": a comma-set participle of emphasis with a
    noun-phrase object after another clause elaborates that clause (see topic_participles)."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp", "acl") or lex.lemma(verb) not in lex.topic_participles:
        return False
    before = verb.i - 1
    while before > 0 and verb.doc[before].text in QUOTE_CHARS:
        before -= 1  # 'reaching a "new level," emphasizing ...'
    if before < 0 or verb.doc[before].text != "," or verb.head.i > verb.i:
        return False
    return not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)


def _asks_the_reader(verb: Token, src: Token) -> bool:
    """Whether the verb asks the reader a question ("Would you vote for her?", "What do you
    expect?": an auxiliary before "you" and a question mark at the end of the sentence) or
    invites the reader along ("Let's say ...", "let's focus on understanding ..."): what the
    reader thinks or does, which nobody reports."""
    if src.lower_ in ("'s", "’s", "us") and src.i > 0 and src.doc[src.i - 1].lower_ == "let":
        return True
    if src.lower_ != "you" or src.head.i != verb.i:
        return False
    if not any(c.dep_ in ("aux", "auxpass") and c.i < src.i for c in verb.children):
        return False
    end = verb.sent.end - 1
    while end > verb.i and verb.doc[end].text in QUOTE_CHARS:
        end -= 1
    return verb.doc[end].text == "?"


def _owned_words(src: Token) -> bool:
    """Whether the source is someone's words ("His comments highlight ...", "her remarks show
    ..."): what follows is the writer's reading of those words, not something their owner says."""
    if src.pos_ != "NOUN" or src.lemma_.lower() not in anaphora().speech_nouns:
        return False
    return any(c.dep_ == "poss" for c in src.children)


def _stranded(doc: Doc, r: Range) -> bool:
    """Whether what is said is a lone function word: "the things I know of", "never asked for"."""
    span = doc.char_span(*r)
    return span is not None and len(span) == 1 and span[0].pos_ in ("ADP", "PART", "DET", "CCONJ", "SCONJ")


def _line_subject(verb: Token) -> Range | None:
    """The words that open the verb's line before it, when they are a name or a noun phrase:
    "Donald Trump says ..." under a headline or a time stamp the parser took as the subject."""
    doc = verb.doc
    first = verb.i
    while first > 0 and "\n" not in doc[first - 1].text_with_ws:
        first -= 1
    while first < verb.i and doc[first].pos_ in ("CCONJ", "SCONJ", "ADV", "ADP"):
        first += 1  # "But environmentalists ..."
    words = []
    for t in doc[first : verb.i]:
        if t.pos_ in ("VERB", "AUX", "PUNCT") or t.dep_ in ("advmod", "neg"):
            break  # "Donald Trump is once again questioning ..., encouraging ..."
        words.append(t)
    if not words or len(words) > 12:
        return None
    if not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in words):
        return None
    return _trim(doc, words[0].i, words[-1].i)


def _named_by(verb: Token) -> tuple[Token, Token] | None:
    """The subject of a passive report with a complement, and the "by" right after that
    complement: in "Ruiz has been called a fraud by fellow captains" (or "... a liar by her
    rivals", where the parser may hang "by" from the complement) the captains call Ruiz a
    fraud; what is said is the clause up to "by", the report included."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    subject = next((c for c in verb.lefts if c.dep_ == "nsubjpass" and c.lower_ not in EXPLETIVES), None)
    comps = [c for c in verb.rights if c.dep_ in ("oprd", "attr", "acomp") or (c.dep_ == "prep" and c.lower_ == "as")]
    comp = comps[0] if comps else None
    if subject is None or comp is None or not _plain_subject(subject):
        return None
    doc = verb.doc
    by = next((t for t in doc[comp.i + 1 : verb.right_edge.i + 1] if t.lower_ == "by"), None)
    if by is None or by.dep_ not in ("agent", "prep") or not (by.head.i == verb.i or comp.is_ancestor(by)):
        return None
    if any(t.is_punct or not (comp.is_ancestor(t) or t == comp) for t in doc[comp.i : by.i]):
        return None  # the complement runs straight into "by"
    pobj = next((c for c in by.children if c.dep_ == "pobj"), None)
    return (subject, by) if pobj is not None and pobj.pos_ in ("NOUN", "PROPN", "PRON") else None


def _passive_topic(verb: Token) -> Token | None:
    """The subject of a passive report that names no reporter: in "The vote is expected to
    pass" nobody is said to expect; what is expected is the whole clause, subject included."""
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    clausal = any(c.dep_ in ("ccomp", "xcomp", "csubj") for c in verb.children)
    for child in verb.children:
        expletive = child.lower_ in EXPLETIVES and (clausal or child.lower_ == "there")
        if child.dep_ == "nsubjpass" and child.i < verb.i and not expletive:
            return child  # ("it is expected that ..." says nothing of "it"; "it was labeled false" does)
    return None


def _from_light_verb(verb: Token, lex: Cues) -> Hit | None:
    """ "X expressed belief in ...", "X voiced concern that ...", "X has doubts about ...", "X
    took aim at ..." (the preposition may hang from the verb)."""
    lemma = lex.lemma(verb)
    received = lex.light_exceptions.get(lemma, frozenset())
    nouns = (lex.light_nouns if lemma in lex.light_verbs else frozenset()) | lex.light_pairs.get(lemma, frozenset())
    for noun in verb.children:
        if noun.dep_ == "dobj" and noun.lemma_.lower() in nouns and noun.lemma_.lower() not in received:
            parts = [c for c in noun.children if c.dep_ in ("prep", "acl", "ccomp") and c.i > noun.i]
            if not parts and noun.lemma_.lower() in lex.light_pairs.get(lemma, ()):
                parts = [c for c in verb.children if c.dep_ == "prep" and c.i == noun.right_edge.i + 1]
            src = source_of(verb, lex)
            if parts and src is not None:
                first, joined = parts[0].left_edge.i, [t for t in noun.subtree if t.i <= noun.i]
                objs = [c for c in parts[0].children if c.dep_ in ("pobj", "pcomp")]
                if parts[0].dep_ == "prep" and parts[0].i == noun.i + 1 and parts[0].whitespace_ and objs:
                    first, joined = objs[0].left_edge.i, [*joined, parts[0]]  # "voiced concern about" | ...
                content = _trim(verb.doc, first, parts[-1].right_edge.i)
                if content is not None:
                    cue = _cue_range(verb, joined)
                    return Hit(content, source_range(src), cue, verb.i)
    return None


def _from_light_adjective(verb: Token, lex: Cues) -> Hit | None:
    """ "X made (it) clear that ...", "X has made it known that ...": a verb and an adjective
    that together say the clause after them (see light_adjectives)."""
    words = lex.light_adjectives.get(lex.lemma(verb), frozenset())
    adjective = next((c for c in verb.rights if c.lower_ in words and c.dep_ in ("oprd", "ccomp", "acomp")), None)
    if adjective is None:
        return None
    after = [c for k in (adjective, verb) for c in k.rights if c.i > adjective.i]
    clause = next((c for c in after if c.dep_ in ("ccomp", "advcl")), None)
    if clause is None or any(c.dep_ == "mark" and c.lower_ != "that" for c in clause.children):
        return None  # "made it clear, because ...": no clause of what is said
    src = source_of(verb, lex)
    content = _trim(verb.doc, *_same_paragraph(verb, clause.left_edge.i, clause.right_edge.i))
    if src is None or content is None:
        return None
    return Hit(content, source_range(src, verb), _cue_range(verb, [adjective]), verb.i)


def _from_relative(verb: Token) -> Hit | None:
    """ "..., a claim that both deny": the verb reports on the claim noun its clause hangs from."""
    noun = verb.head
    if noun.i > verb.i or noun.pos_ != "NOUN" or noun.lemma_.lower() not in anaphora().claim_nouns:
        return None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "ccomp", "xcomp")]
    if any(c.i > verb.i for c in objects) or any(c.lower_ not in ("that", "which") for c in objects):
        return None  # the verb reports something of its own: "a report that says ..."
    pronouns = anaphora().pronouns
    src = _subject(verb) or next((c for c in verb.children if c.lower_ in pronouns and c.i < verb.i), None)
    content = _trim(verb.doc, noun.left_edge.i, noun.i)
    if src is None or content is None or src.i < noun.i:
        return None
    return Hit(content, source_range(src), _cue_range(verb), verb.i)


def _from_appearance(verb: Token, lex: Cues) -> Hit | None:
    """ "The plan seems doomed", "Turnout seems to have slipped", "It appears that ...": a verb of
    appearance reports an impression, the writer's, or that of the one it seems so "to". What
    seems so is the whole clause; a reporting verb after it is a chain instead ("seemed to think")."""
    lemma = lex.lemma(verb)
    comps = [c for c in verb.children if c.i > verb.i and c.dep_ in ("xcomp", "oprd", "acomp", "ccomp", "attr")]
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if not comps or subject is None or subject.i > verb.i or any(_is_cue_verb(c, lex) for c in comps):
        return None
    expletive = subject.lower_ == "it" and any(c.dep_ == "ccomp" for c in comps)
    if lemma not in lex.appearance_verbs and not (expletive and lemma in lex.appearance_verbs_with_it):
        return None
    comp = next(c for c in comps if c.dep_ == "ccomp") if expletive else comps[0]  # (not a parenthesis after it)
    to = [c for k in (verb, comp) for c in k.children if c.dep_ == "prep" and c.lower_ == "to" and c.i > verb.i]
    seer = next((c for c in to[0].children if c.dep_ == "pobj"), None) if to else None
    first = comp.left_edge.i if expletive else subject.left_edge.i
    last = comp.right_edge.i
    if seer is not None and to[0].right_edge.i == last:
        last = to[0].i - 1  # "seems credible to me": whom it seems so to is not what seems so
    content = _trim(verb.doc, *_same_paragraph(verb, first, last))
    if content is None:
        return None
    return Hit(content, source_range(seer) if seer is not None else None, _cue_range(verb), verb.i)


def inside_ranges(ranges: Iterable[Range]) -> bytearray:
    """A byte per character: 1 where it stands strictly inside one of ``ranges``."""
    spans = list(ranges)
    blocked = bytearray(max((e for _, e in spans), default=0))
    for s, e in spans:
        blocked[s + 1 : e] = b"\x01" * max(0, e - s - 1)
    return blocked


def find_reported(doc: Doc, *, skip: Iterable[Range] = ()) -> Iterator[Hit]:
    """Hits for every reporting cue in ``doc`` outside the ``skip`` ranges (quotations)."""
    lex = cues()
    blocked = inside_ranges(skip)
    hits: list[Hit] = []
    for tok in doc:
        if tok.idx < len(blocked) and blocked[tok.idx]:
            continue
        lemma = lex.lemma(tok)
        hit: Hit | None = None
        if tok.pos_ == "VERB" and (lemma in lex.light_verbs or lemma in lex.light_pairs):
            hit = _from_light_verb(tok, lex) or _from_light_adjective(tok, lex)
        if tok.pos_ in ("VERB", "AUX") and (lemma in lex.appearance_verbs or lemma in lex.appearance_verbs_with_it):
            hit = _from_appearance(tok, lex)
        if hit is None and _is_cue_verb(tok, lex):
            hit = _from_verb(tok, lex)
            if hit is None and tok.dep_ == "relcl":
                hit = _from_relative(tok)
        if hit is not None:
            hits.append(hit)
    chained = {t.i for h in hits if h.cue_token >= 0 for t in _chain(doc[h.cue_token], lex)}
    yield from (h for h in hits if h.cue_token not in chained)
