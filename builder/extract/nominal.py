"""Attributions cued by a noun, an adjective or a phrase rather than a verb: "the senator's
claim that ...", "X is critical of ...", "..., according to X", "In the poll, X leads Y".

Each rule looks at one token; the helpers for spans and speakers are sources.py's and content.py's.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Token

from .content import clause_without, same_paragraph, skip_opener, word_count
from .cues import Cues, cues
from .names import name_end
from .reported import for_to, inside_ranges
from .sources import (
    Hit,
    Range,
    across_lines,
    cue_range,
    is_cue_verb,
    phrase_range,
    relative_that,
    source_of,
    source_range,
    subject_of,
    trim,
    verb_chain,
)


def _from_noun(noun: Token, lex: Cues) -> Hit | None:
    """ "X's claim that ...", "her criticism of ...", "calls for ..."; with no owner ("Allegations
    of fraud ...", "amid concerns that ...") the text names no source, as for a passive report."""
    doc = noun.doc
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lex.light_verbs and noun.lemma_.lower() in lex.light_nouns:
        return None  # "voiced concern about ...": the light verb's own attribution
    content: Range | None = None
    extra: list[Token] = []
    clause_of: Token | None = None
    for child in noun.children:
        if child.i < noun.i:
            continue
        if relative_that(child, lex):
            return None  # "an assertion that Moscow rejected": the verb reports on the noun
        if child.dep_ in ("acl", "ccomp") and any(c.dep_ == "mark" or c.lower_ == "to" for c in child.children):
            content = trim(doc, *same_paragraph(noun, child.left_edge.i, child.right_edge.i))
            clause_of = child
        elif child.dep_ == "advcl" and for_to(child):  # "calls for the mayor to resign": "for" joins the cue
            content = trim(doc, *same_paragraph(noun, child.left_edge.i + 1, child.right_edge.i))
            extra = [doc[child.left_edge.i]] if child.left_edge.i == noun.i + 1 else []
        elif child.dep_ == "prep" and child.lower_ in lex.content_prepositions and child.lower_ != "to":
            objs = [c for c in child.children if c.dep_ in ("pobj", "pcomp") and not _only_when(c)
                    and c.lower_ not in lex.channels]  # (not "a message on Twitter": where it was said)
            if objs:
                end = objs[-1].right_edge.i
                for sib in noun.children:
                    if sib.dep_ == "prep" and sib.i == end + 1 and sib.lower_ in _ATTACHED and not _when(sib):
                        end = sib.right_edge.i  # "questions about practices at a foundation ..."
                content = trim(doc, *same_paragraph(noun, objs[0].left_edge.i, end))
                extra = [child] if child.i == noun.i + 1 else []
        if content is not None:
            break
    if content is None:
        clause_of = _that_clause_on_the_verb(noun, lex)
        if clause_of is not None:
            content = trim(doc, *same_paragraph(noun, clause_of.left_edge.i, clause_of.right_edge.i))
    if content is None:
        return None
    if clause_of is not None:
        content = _before_trailing_aside(noun, clause_of, content)
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "by":
                owner = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if owner is None:
        head = noun
        while head.dep_ in ("dobj", "pobj", "prep", "attr") and head.head.i != head.i:
            head = head.head
        if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in lex.receiving_verbs:
            owner = _from_whom(noun, head)  # "faced criticism (from X) over ...": the subject is its target
        elif head.pos_ in ("VERB", "AUX") and not lex.is_verb(head.lemma_.lower()):
            owner = subject_of(head)  # "they renewed their calls for ...", not "he rejected calls for ..."
    if owner is None and clause_of is not None and noun.dep_ == "ROOT":
        return None  # "The charges that the port faced were dropped": a sentence the parser lost its verb in
    source = source_range(owner) if owner is not None else None  # "concerns about the plan": nobody named
    first = min([noun, *extra], key=lambda t: t.i)
    last = max([noun, *extra], key=lambda t: t.i)
    return Hit(content, source, (first.idx, last.idx + len(last.text)), noun.i)


#: Words that open a circumstance set after a report noun's clause: ", after a push from ...".
_ASIDE_OPENERS = ("after", "while", "as", "amid")


def _before_trailing_aside(noun: Token, clause: Token, content: Range) -> Range:
    """What a noun's clause reports ends before a trailing aside set off by a comma: in "an
    agreement to cut fumes from ferries, known as the Clean Harbour pact" and "agreement that
    the ports should share pilots, after a push from the mayor" the name and the circumstance
    are the writer's ("which ...", "known as ...", "after ...")."""
    doc = noun.doc
    last = clause.right_edge.i
    for t in doc[clause.left_edge.i + 2 : last + 1]:
        if t.right_edge.i < last - 1 or doc[t.left_edge.i - 1].text != ",":
            continue
        first = doc[t.left_edge.i]
        relative = t.dep_ == "relcl" and first.lower_ in ("which", "who", "whose")
        named = t.dep_ == "acl" and t.tag_ == "VBN" and first.i == t.i
        timed = t.dep_ == "advcl" and first.dep_ in ("mark", "prep") and first.lower_ in _ASIDE_OPENERS
        if relative or named or timed:
            cut = trim(doc, clause.left_edge.i, t.left_edge.i - 2)
            return cut if cut is not None else content
    return content


def _that_clause_on_the_verb(noun: Token, lex: Cues) -> Token | None:
    """The "that" clause of a report noun that the parser hung from the noun's verb, after the
    noun's phrase: in "..., fueling worries from the harbour towns that the toll was unfair" and
    "suspicions run high that ..." it says what is feared or suspected (a reporting verb's own
    clause is the verb's: "told the crews that ...")."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubj") or verb.pos_ not in ("VERB", "AUX") or is_cue_verb(verb, lex):
        return None
    if any(c.dep_ in ("acl", "relcl", "ccomp") for c in noun.children):
        return None
    return next(
        (
            c for c in verb.rights
            if c.dep_ == "ccomp" and c.left_edge.lower_ == "that" and c.left_edge.i > noun.right_edge.i
        ),
        None,
    )


#: Prepositions whose phrase right after what a report noun is about is part of it, wherever
#: the parser hung it: "questions about the fees | at a harbour that bears her name" (the
#: parser may hang "at ..." from "questions").
_ATTACHED = (
    "at", "of", "in", "for", "with", "from", "on", "about", "over", "against", "to", "by", "between", "among", "into",
)


def _only_when(phrase: Token) -> bool:
    """Whether a phrase is a date or a time and nothing else: "his remarks on Saturday"."""
    return all(t.ent_type_ in ("DATE", "TIME") for t in phrase.subtree if not t.is_punct)


def _when(prep: Token) -> bool:
    """Whether the prepositional phrase says when: "on Monday", "in 2015"."""
    return any(t.ent_type_ in ("DATE", "TIME") for t in prep.subtree)


def _enacted(noun: Token, lex: Cues) -> Hit | None:
    """ "He enacted rules to cut emissions", "The paper filed a motion to unseal the records": a
    measure that its subject makes ("enacted", "filed", "signed") reports what it is for, the
    "to ..." clause after it."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.enacting_verbs:
        return None
    clause = next((c for c in noun.rights if c.dep_ in ("acl", "relcl") and (_infinitive(c) or _says_it_does(c))), None)
    if clause is None:  # (the parser may hang the purpose from the verb: "enacted rules | to limit ...")
        after = noun.right_edge.i + 1
        clause = next((c for c in verb.rights if c.dep_ == "advcl" and c.left_edge.i == after and _infinitive(c)), None)
    subject = source_of(verb, lex)
    if clause is None or subject is None or subject.i > verb.i:
        return None
    content = trim(noun.doc, *same_paragraph(noun, clause.left_edge.i, clause.right_edge.i))
    if content is None:
        return None
    return Hit(content, source_range(subject, verb), cue_range(verb, [noun]), noun.i)


def _says_it_does(clause: Token) -> bool:
    """Whether a relative clause says what its noun does: "sanctions that bar most trade"."""
    return any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") and c.i < clause.i for c in clause.children)


def _infinitive(clause: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" and c.i < clause.i for c in clause.children)


def _received(noun: Token, lex: Cues) -> Hit | None:
    """ "The toll plan has faced ridicule", "The mayor enjoyed strong support from ferry
    crews": a verb of receiving with a noun of judgment that says nothing of what is judged
    reports on its subject, by whoever the "from" phrase names."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in lex.receiving_verbs:
        return None
    if any(c.dep_ in ("nummod", "quantmod") or c.lower_ in ("percent", "%") for c in noun.subtree):
        return None  # "received 38 percent support": a poll's figure
    target = subject_of(verb)
    if target is not None and across_lines(target, verb):  # "9:40 a.m. / The mayor is drawing criticism"
        target = next((c for c in target.children if c.dep_ == "appos" and not across_lines(c, verb)), None)
    if target is None or target.i > verb.i or target.lower_ in ("who", "which", "that"):
        return None
    content = phrase_range(target)
    if content is None:
        return None
    owner = _from_whom(noun, verb)
    source = source_range(owner) if owner is not None else None
    return Hit(content, source, cue_range(verb, [noun]), noun.i)


def _from_whom(noun: Token, verb: Token) -> Token | None:
    """The object of "from" after a report noun or its verb: "faced criticism from X"."""
    for head in (noun, verb):
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "from" and prep.i > noun.i:
                return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


#: Words that open a clause of what is said right after a verb the tagger read as a noun.
_CLAUSE_OPENERS = ("that", "to", "how", "why", "whether", "what", "when")


def _from_verb_read_as_noun(noun: Token, lex: Cues) -> Hit | None:
    """ "Trump charges that ...", "House panel votes to ...", "Court rules against ...": a
    reporting verb in -s that the tagger read as a plural noun heading the sentence, with the
    name before it as a modifier and what is said after it. (A noun with a determiner or an
    owner is a noun: "the claims that ...", "Trump's plans to ...".)"""
    if noun.dep_ != "ROOT" or noun.tag_ not in ("NNS", "NNPS") or not noun.lower_.endswith("s"):
        return None
    if not lex.is_verb(lex.lemma(noun)) or noun.left_edge.i == noun.i:
        return None
    if any(c.dep_ in ("det", "poss", "nummod", "amod") for c in noun.children):
        return None
    doc = noun.doc
    first = noun.left_edge.i
    while first < noun.i and doc[first].pos_ in ("CCONJ", "SCONJ", "ADV"):
        first += 1  # "But Trump claims that ...": the link is no part of the name
    before = doc[first : noun.i]
    if not any(t.pos_ in ("PROPN", "NOUN") for t in before):
        return None
    if any(t.is_punct or "\n" in t.text_with_ws for t in before):
        return None
    nxt = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if nxt is None:
        return None
    extra: list[Token] = []
    content: Range | None = None
    clause = next((c for c in noun.rights if c.left_edge.i == noun.i + 1), None)
    if clause is not None and clause.dep_ in ("acl", "relcl", "ccomp", "xcomp") and nxt.lower_ in _CLAUSE_OPENERS:
        content = trim(doc, *same_paragraph(noun, clause.left_edge.i, clause.right_edge.i))
    elif nxt.dep_ == "prep" and nxt.head.i == noun.i and nxt.lower_ in lex.content_prepositions:
        objs = [c for c in nxt.children if c.dep_ in ("pobj", "pcomp") and c.lower_ not in lex.channels]
        if objs:
            content = trim(doc, *same_paragraph(noun, objs[0].left_edge.i, objs[-1].right_edge.i))
            extra = [nxt]
    source = trim(doc, before.start, before.end - 1)
    if content is None or source is None:
        return None
    return Hit(content, source, cue_range(noun, extra), noun.i)


def _from_predicative(word: Token, lex: Cues, lemma: str | None = None) -> Hit | None:
    """ "X is sure that ...", "X is critical of ...", "X is a staunch opponent of ...", "X is
    willing to ...", "It is clear that ..." (the writer's: nobody is named)."""
    lemma = lemma or word.lemma_.lower()
    verb = word.head
    if word.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in word.children):
        if any(c.dep_ == "agent" for c in word.children):
            return None  # "was concerned by the figures": the figures concern
        verb = word  # "Workers were concerned about ...", parsed as a passive
    elif word.dep_ not in ("acomp", "attr") or verb.pos_ not in ("VERB", "AUX"):
        return None
    extra = [word]
    clauses = [c for c in word.children if c.dep_ == "ccomp"]
    if lemma in lex.predicative_infinitive:
        clauses += [c for c in word.children if c.dep_ == "xcomp" and c.i > word.i]  # "willing to ..."
    subject = subject_of(verb)
    expletive = subject is not None and subject.lower_ == "it" and subject.i < word.i
    if expletive and not clauses and lemma in lex.predicative:
        clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > word.i]  # "it is clear (that) ..."
    if clauses:
        content = phrase_range(clauses[0])
    elif lemma not in lex.stance_predicative:
        return None
    else:
        preps = [c for c in word.children if c.dep_ == "prep" and c.i > word.i and c.lower_ in lex.content_prepositions]
        objs = [c for c in preps[0].children if c.dep_ in ("pobj", "pcomp")] if preps else []
        if not objs:
            return None
        extra.append(preps[0])
        content = trim(word.doc, *same_paragraph(word, objs[0].left_edge.i, objs[-1].right_edge.i))
    if expletive and subject is not None and content is not None:
        return Hit(content, None, cue_range(verb, [subject, *extra]), word.i)  # nobody is named
    if subject is None or content is None:
        return None
    return Hit(content, source_range(subject), cue_range(verb, extra), word.i)


def _from_preposition(tok: Token, lex: Cues) -> Hit | None:
    """ "..., according to X": the rest of the sentence, on the far side of the phrase."""
    doc = tok.doc
    for words in lex.source_prepositions:
        if tok.lower_ != words[0] or tok.i + len(words) > len(doc):
            continue
        tail = doc[tok.i : tok.i + len(words)]
        if [t.lower_ for t in tail] != list(words):
            continue
        objs = [t for t in tail[-1].children if t.dep_ == "pobj"]
        objs = objs or [t for t in tail[-1].children if t.dep_ == "pcomp" and t.tag_ in ("VB", "VBP", "NN", "NNS")]
        objs = objs or [t for t in tail[-1].children if _reduced_relative(t)]  # "to diplomats interviewed ..."
        if not objs:  # (a noun read as a verb: "according to show insiders")
            continue
        obj = objs[0]
        last = phrase_end = name_end(doc, obj.right_edge.i, obj.sent.end)  # "to Ursula" + "von der Leyen"
        swallowed = tok.i == tok.sent.start and all(t.is_punct or t.is_space for t in doc[last + 1 : tok.sent.end])
        for t in reversed(doc[obj.i : last]):
            if t.text == "," and swallowed:
                last = phrase_end = t.i - 1  # the parser ran on: "According to X, the move ..."
                break
            if t.text == "," and doc[t.i + 1].lower_ in ("who", "whose", "which"):
                last = t.i - 1  # "According to X, who ..., the move ...": the aside is about X
                break
        source = trim(doc, obj.left_edge.i, last)
        content = _beside(tok, max(tail[-1].i, phrase_end)) or _beside(tok, max(tail[-1].i, last))
        if content is None or source is None:
            continue
        return Hit(content, source, (tail[0].idx, tail[-1].idx + len(tail[-1].text)), tok.i)
    return None


def _reduced_relative(tok: Token) -> bool:
    """Whether the parser read a noun and the participle after it ("diplomats interviewed over
    the past month") as a clause, the noun its subject: a past participle with no auxiliary."""
    if tok.dep_ != "pcomp" or tok.tag_ not in ("VBN", "VBD"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False
    subject = [c for c in tok.children if c.dep_ == "nsubj"]
    return bool(subject) and subject[0].right_edge.i == tok.i - 1 and subject[0].pos_ in ("NOUN", "PROPN")


def _beside(first: Token, last: int) -> Range | None:
    """The sentence around tokens ``first.i..last`` (a phrase set off by commas): what comes
    before it when the sentence's verb does, what follows when the phrase opens the sentence,
    else the whole sentence."""
    doc = first.doc
    sent = first.sent
    start, end = same_paragraph(first, sent.start, sent.end - 1)
    while start < first.i and doc[start].dep_ == "cc" and doc[start].head.i == sent.root.i:
        start += 1  # "But prices will rise, according to X": the link is not what X says
    if start < first.i - 1:
        start = skip_opener(doc, start, first.i - 1)  # "As it stands, prices ..., according to X"
    before = trim(doc, start, first.i - 1) if first.i > start else None
    after = trim(doc, last + 1, end) if last < end else None
    if before is None or word_count(doc, before) <= 1:
        return after
    goes_on = (
        last + 2 < len(doc)
        and doc[last + 1].text == ","
        and doc[last + 2].dep_ == "cc"
        and doc[last + 2].head.i == sent.root.i
    )
    if after is None or word_count(doc, after) <= 1 or (start <= sent.root.i < first.i and not goes_on):
        return before  # (", and the top tenth paid ...": what X says goes on after the phrase)
    return trim(doc, start, end)  # "The bridge, according to X, will open": the whole sentence


def _from_in(tok: Token, lex: Cues) -> Hit | None:
    """ "In the poll, X leads Y", "By one estimate, ...": a finding named after "in" or "by" says
    the clause around it; so does a view or an account: "In her view, ...", "By his own
    admission, ..." (the owner is the source, the noun the cue)."""
    head = tok.head
    if head.i == tok.i or head.pos_ not in ("VERB", "AUX") or lex.is_verb(head.lemma_.lower()):
        return None  # "In a statement, the union said ...": the union is the source
    nouns = lex.document_nouns | lex.view_nouns
    objs = [c for c in tok.children if c.dep_ == "pobj" and c.lemma_.lower() in nouns]
    if not objs or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children):
        return None
    doc = tok.doc
    set_off = tok.i == tok.sent.start or doc[tok.i - 1].text == ","
    if (tok.lower_ == "by" or objs[0].lemma_.lower() not in lex.document_nouns) and not set_off:
        return None  # "hit by a wave in his view of the harbour": no comma-set phrase, no report
    content = clause_without(head, tok)
    owner = next((c for c in objs[0].children if c.dep_ == "poss"), None)
    if owner is not None and objs[0].lemma_.lower() in lex.view_nouns:
        source, cue = source_range(owner), (owner.right_edge.i + 1, objs[0].i)
    else:
        source, cue = phrase_range(objs[0]), (tok.i, tok.i)
    if content is None or source is None or content[0] <= tok.idx < content[1]:
        return None
    return Hit(content, source, (doc[cue[0]].idx, doc[cue[1]].idx + len(doc[cue[1]].text)), tok.i)


def _from_hearsay(adverb: Token) -> Hit | None:
    """ "The mayor reportedly resigned", "he allegedly took bribes": an adverb of hearsay reports
    the clause it qualifies, adverb and all (unless it opens the clause), from a source the text
    does not name."""
    head = adverb.head
    if adverb.dep_ != "advmod" or head.i == adverb.i:
        return None
    doc = adverb.doc
    first = head.left_edge.i
    while first < adverb.i and doc[first].dep_ in ("mark", "cc") and doc[first].head.i == head.i:
        first += 1  # "after he allegedly took ...": the link is not reported
    if first == adverb.i:
        first += 1  # "presumably with their consent": an adverb that opens the clause is the cue alone
        while first < head.right_edge.i and doc[first].is_punct:
            first += 1
    content = trim(doc, *same_paragraph(adverb, first, head.right_edge.i))
    if content is None:
        return None
    return Hit(content, None, (adverb.idx, adverb.idx + len(adverb.text)), adverb.i)


def before_colon(colon: Token, content: Range) -> Hit | None:
    """ "The mayor is rolling out a new campaign message: “...”", "Ruiz made the following
    comment:": a noun of words said right before a colon reports what follows the colon, with
    the subject of the verb the noun hangs from as the source and the words from that verb to
    the noun as the cue (PolNeAR marks them so)."""
    lex = cues()
    doc = colon.doc
    if colon.text != ":" or colon.i == 0:
        return None
    noun = doc[colon.i - 1]
    sender = _from_sender(noun, lex)
    if sender is not None:
        source, cue = sender
        return Hit(content, source, cue, noun.i) if source is not None else None  # "A lesson from Ruiz: “...”"
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.said_nouns:
        return None
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("dobj", "pobj", "prep", "attr") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i > noun.i:
        return None
    subject = source_of(verb, lex)
    source = source_range(subject, verb) if subject is not None and subject.i < verb.i else None
    if source is None:
        return None
    first = cue_range(verb, verb_chain(verb, lex))[0]
    return Hit(content, source, (first, noun.idx + len(noun.text)), verb.i)


def _from_sender(last: Token, lex: Cues) -> tuple[Range | None, Range] | None:
    """The source and cue of "<noun of words said> from X" ending at ``last``: "A lesson from
    Loretta Lynch:", "a message from the mayor:"."""
    prep = next((t for t in last.ancestors if t.dep_ == "prep"), None)
    if prep is None or prep.lower_ != "from" or prep.right_edge.i != last.i:
        return None
    noun = prep.head
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.said_nouns or obj is None:
        return None
    return source_range(obj), (noun.idx, prep.idx + len(prep.text))


def _said_is(colon: Token, lex: Cues) -> Hit | None:
    """ "The implication is clear: ...", "the advice is simple: ...": a noun of words said (or a
    report noun) as the subject of "be", whose complement runs up to a colon, reports the rest of
    the sentence after the colon, with the noun's owner, if any, as the source."""
    doc = colon.doc
    comp = next((t for t in colon.sent if t.dep_ in ("acomp", "attr") and t.right_edge.i == colon.i - 1), None)
    if comp is None or comp.head.lemma_ != "be" or colon.i + 1 >= colon.sent.end:
        return None
    noun = next((c for c in comp.head.children if c.dep_ == "nsubj" and c.i < comp.head.i), None)
    if noun is None or noun.pos_ != "NOUN":
        return None
    lemma = noun.lemma_.lower()
    if lemma not in lex.said_nouns and lemma not in lex.report_nouns:
        return None
    content = trim(doc, *same_paragraph(colon, colon.i + 1, colon.sent.end - 1))
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if content is None:
        return None
    source = source_range(owner) if owner is not None else None
    return Hit(content, source, (noun.idx, noun.idx + len(noun.text)), noun.i)


def find_nominal(doc: Doc, *, skip: Iterable[Range] = ()) -> Iterator[Hit]:
    """Hits for every noun, adjective and phrase cue in ``doc`` outside the ``skip`` ranges."""
    lex = cues()
    blocked = inside_ranges(skip)
    prepositions = {w[0] for w in lex.source_prepositions}
    predicative = lex.predicative | lex.stance_predicative
    for tok in doc:
        if tok.idx < len(blocked) and blocked[tok.idx]:
            continue
        lemma = tok.lemma_.lower()
        hit: Hit | None = None
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "ROOT":
            hit = _from_verb_read_as_noun(tok, lex)
        if hit is None and tok.pos_ == "NOUN" and lemma in lex.measure_nouns:
            hit = _enacted(tok, lex)
        if hit is None and tok.pos_ == "NOUN" and lemma in lex.report_nouns:
            hit = _from_noun(tok, lex)
        if hit is None and tok.pos_ == "NOUN" and lemma in lex.received_nouns:
            hit = _received(tok, lex)
        if hit is None and tok.pos_ in ("ADJ", "NOUN") and lemma in predicative:
            hit = _from_predicative(tok, lex)
        if hit is None and tok.tag_ == "VBN" and tok.lower_ in predicative:
            hit = _from_predicative(tok, lex, tok.lower_)  # "is opposed to ...", tagged as a participle
        if hit is None and tok.lower_ in prepositions:
            hit = _from_preposition(tok, lex)
        if hit is None and tok.lower_ in lex.hearsay_adverbs:
            hit = _from_hearsay(tok)
        if hit is None and tok.text == ":":
            hit = _said_is(tok, lex)
        if hit is None and tok.lower_ in ("in", "by") and tok.dep_ == "prep":
            hit = _from_in(tok, lex)
        if hit is not None:
            yield hit
