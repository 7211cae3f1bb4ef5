"""Reported speech from the dependency parse: "X said (that) ...", "X voiced concern about ...".

Each rule looks at one cue token and yields a :class:`Hit` of character ranges; the
attribution finder merges them with the quotations (attributions.py). Who reports is
sources.py's; what is reported, content.py's.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Token

from .content import clause_without, content_of, same_paragraph, says_what
from .cues import Cues, cues
from .lexicon import anaphora
from .names import name_start, stands_for_a_name
from .sources import (
    COMPLEMENTS,
    EXPLETIVES,
    QUOTE_CHARS,
    SUBJECTS,
    Hit,
    Range,
    cue_range,
    is_cue_verb,
    past_participle_of_a_noun,
    phrase_range,
    relative_that,
    source_of,
    source_range,
    subject_of,
    trim,
    verb_chain,
)


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
        content, source = (phrase_range(what) if what is not None else None), source_range(feeler)
        if content is None or source is None:
            return None
        return Hit(content, source, cue_range(verb, extra), verb.i)
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return None
    felt = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    subject = next((c for c in verb.lefts if c.dep_ in ("nsubj", "csubj")), None)
    if felt is None or subject is None or felt.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    content, source = phrase_range(subject), source_range(felt)
    if content is None or source is None:
        return None
    return Hit(content, source, cue_range(verb), verb.i)


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
    content = trim(doc, *same_paragraph(verb, topic.left_edge.i, after[-1].right_edge.i))
    source = source_range(reporter)
    if content is None or source is None:
        return None
    return Hit(content, source, cue_range(verb, [c for c in verb.children if c.dep_ == "prt"]), verb.i)


def _from_verb(verb: Token, lex: Cues) -> Hit | None:
    aside = _as_aside(verb)
    if aside is not None:
        return aside
    felt = _from_experiencer(verb, lex)
    if felt is not None or (lex.lemma(verb) in lex.experiencer_verbs and not lex.is_verb(lex.lemma(verb))):
        return felt
    content, extra = content_of(verb, lex)
    mark = [c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as"]
    it = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "it" and c.i == verb.i + 1]
    if mark and content is not None and not it:
        mark = []  # "as China supports the rebels": a time ("while"), and China's own report
    lemma = lex.lemma(verb)
    if mark and not (lemma in lex.clause_verbs or lemma in lex.quote_only_verbs or lemma in lex.as_verbs):
        mark = []  # "as Oslo rejects the offer": an act at that time, no report of the sentence
    if mark and verb.dep_ == "advcl" and verb.head.i != verb.i:
        content = clause_without(verb.head, verb)
        by = any(c.dep_ == "agent" for c in verb.children)  # "as confirmed by X": "as" joins the cue
        extra = [*extra, *([mark[0]] if by else []), *it]  # "As Smith put it, ...": "put it"
    elif (content is None or _told_aside(verb, lex)) and verb.dep_ in ("parataxis", "ccomp") and verb.head.i != verb.i:
        if subject_of(verb) is not None and _set_off(verb):
            head = verb.head
            if head.dep_ in ("aux", "auxpass", *SUBJECTS) and head.head.i != head.i and head.head.i > verb.i:
                head = head.head  # "The crews, he said, were paid": the parser hung it from "were" or "crews"
            elif head.dep_ == "advcl" and head.i < verb.i < head.head.i:
                head = head.head  # "Though it was smooth, he said, X would be hard": hung from the opener
            content = clause_without(head, verb)
    elif content is None and (speaker_at := _trailing_conjunct(verb)) is not None:
        content = trim(verb.doc, verb.head.left_edge.i, speaker_at - 1)  # "The drills will go on, Go Min-jae said"
    elif content is None and verb.dep_ == "ROOT":
        left = [c for c in verb.lefts if c.dep_ == "dep"]
        if left and subject_of(verb) is not None:
            content = trim(verb.doc, left[0].left_edge.i, left[-1].right_edge.i)
    named = _named_by(verb)
    if named is not None and content is not None:
        called, by_word = named
        whole = trim(verb.doc, *same_paragraph(verb, called.left_edge.i, by_word.i - 1))
        caller = source_range(next(c for c in by_word.children if c.dep_ == "pobj"))
        if whole is not None and caller is not None:
            return Hit(whole, caller, cue_range(verb, extra), verb.i)
    topic = _passive_topic(verb)
    if topic is not None and content is not None and content[0] > verb.idx:
        start = trim(verb.doc, *same_paragraph(verb, topic.left_edge.i, verb.i))
        if start is not None:
            return Hit((start[0], content[1]), None, cue_range(verb, extra), verb.i)
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.lower_ not in EXPLETIVES), None)
    if content is None and agent is not None and subject is not None and subject.i < verb.i:
        content = phrase_range(subject)  # "The plan was criticised by the union": the union criticises it
        extra = [*extra, agent]
    elif content is None and subject is not None and subject.i < verb.i and _plain_subject(subject):
        content = phrase_range(subject)  # "The merits of the plan are being debated": by someone not named
        if content is not None and not _stranded(verb.doc, content):
            return Hit(content, None, cue_range(verb, extra), verb.i)
    if content is None and agent is not None and subject is None:
        content = _described_by_agent(verb)  # "the levels desired by the board": the board desires them
    if content is None or _stranded(verb.doc, content) or _topic_participle(verb, lex):
        return None
    bare = not any(c.dep_ in ("aux", "auxpass", "agent", *SUBJECTS) for c in verb.children)
    if verb.dep_ == "advcl" and verb.tag_ == "VBN" and bare:
        # "Asked about the plan, Smith said ...": Smith was asked, by someone the text does not name
        return Hit(content, None, cue_range(verb, [*extra, *verb_chain(verb, lex)]), verb.i)
    src = source_of(verb, lex)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if src is None and not passive and not mark and not _telegraphic(verb):
        return None  # (a subjectless list line reports with no source: "Repeats false claims ...")
    if src is not None and (_owned_words(src) or _asks_the_reader(verb, src)):
        return None
    if past_participle_of_a_noun(verb):
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
        cut = trim(verb.doc, first.start, last) if first is not None and src is not None else None
        if cut is None:
            return None
        content, inside = cut, False  # '... people do not agree," Sanders said': what is said ends before its speaker
    if source is not None and content[0] < source[0] < content[1] and not inside:
        content = _before_a_name(verb.doc, content, source) or content  # "..., Go Min-jae said": "Go" a verb
    if source is not None and source[0] < content[1] and content[0] < source[1] and not inside:
        return None  # the subject lies inside what is said: a misparse
    setting = _setting(verb, content, lex)
    return Hit(content, source, cue_range(verb, [*extra, *verb_chain(verb, lex), *setting]), verb.i)


def _before_a_name(doc: Doc, content: Range, source: Range) -> Range | None:
    """What is said up to the speaker's name, where the parser ran it into the name's first word,
    taken for a verb: "The drills will continue, Go Min-jae said" (see stands_for_a_name)."""
    span = doc.char_span(source[0], source[1], alignment_mode="expand")
    first = doc.char_span(content[0], content[0] + 1, alignment_mode="expand")
    if span is None or first is None or not stands_for_a_name(span[0]) or span.start == 0:
        return None
    return trim(doc, first.start, span.start - 1)


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


def _trailing_conjunct(verb: Token) -> int | None:
    """Where the speaker starts when a report after a comma that the parser joined to the clause
    before as a second verb, with no "and" between, reports that clause: "The drills will go on,
    Go Min-jae said" (the parser took "Go" for a verb and the report for a conjunct of "go on")."""
    head, doc = verb.head, verb.doc
    if verb.dep_ != "conj" or head.i > verb.i or subject_of(verb) is None or verb.left_edge.i == 0:
        return None
    start = name_start(doc, verb.left_edge.i, verb.sent.start)
    if start == 0 or doc[start - 1].text != "," or any(c.dep_ == "cc" for c in head.children):
        return None
    return None if any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children) else start


def _told_aside(verb: Token, lex: Cues) -> bool:
    """ "The vote, Smith told reporters, was delayed": a clause verb set inside a clause with
    only the person it is said to after it reports the clause around it."""
    lemma = lex.lemma(verb)
    if verb.dep_ != "parataxis" or lemma not in lex.clause_verbs:
        return False
    objects = [c for c in verb.children if c.dep_ in COMPLEMENTS and c.i > verb.i]
    objects = [c for c in objects if c.dep_ != "prep" or says_what(lemma, c, lex)]  # not "on Friday"
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
    while end > verb.i and (verb.doc[end].text in QUOTE_CHARS or verb.doc[end].is_space):
        end -= 1  # (and the paragraph break the parser may give the sentence)
    return verb.doc[end].text == "?"


#: Verbs by which a document says what its owner says: "The Audit Office's report said ...".
_SAYING = frozenset({"say", "state", "conclude", "find", "write", "warn", "claim", "argue", "allege", "assert",
                     "recommend", "predict", "estimate", "read"})


def _owned_words(src: Token) -> bool:
    """Whether the source is someone's words ("His comments highlight ...", "her remarks show
    ..."): what follows is the writer's reading of those words, not something their owner says.
    What the words themselves say, they say for their owner ("the office's report said ...")."""
    if src.pos_ != "NOUN" or src.lemma_.lower() not in anaphora().speech_nouns or src.head.lemma_.lower() in _SAYING:
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
    return trim(doc, words[0].i, words[-1].i)


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


def _described_by_agent(verb: Token) -> Range | None:
    """What a past participle with a doer describes, which is what the doer reports: the noun
    before it ("the levels desired by the board", "a view echoed by everyone"), or the subject of
    the clause it is set off from ("Ferries remain popular, promoted by the mayor")."""
    if verb.tag_ != "VBN" or verb.head.i > verb.i:
        return None
    doc = verb.doc
    aside = verb.head.left_edge.i > 0 and doc[verb.head.left_edge.i - 1].text == "("
    if not aside and any(t.dep_ in SUBJECTS for t in verb.ancestors):
        return None  # in a subject it tells which one: "The report – published by the board – shows ..."
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return trim(doc, *same_paragraph(verb, verb.head.left_edge.i, verb.left_edge.i - 1))
    if verb.dep_ == "advcl" and doc[verb.left_edge.i - 1].text == ",":
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
        if subject is not None and subject.lower_ not in EXPLETIVES and subject.pos_ in ("NOUN", "PROPN"):
            return phrase_range(subject)
    return None


def _posted(verb: Token, lex: Cues) -> bool:
    """Whether a verb of posting is passive with nobody who posted: "(which was) posted on the
    ministry's website", "the video was posted online", "in a video posted on Telegram" say where
    words went, not what they say."""
    children = {c.dep_ for c in verb.children}
    passive = "auxpass" in children or (verb.dep_ == "acl" and verb.tag_ == "VBN")  # ("a video posted on X")
    return lex.lemma(verb) in lex.posting_verbs and passive and "agent" not in children


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
            parts += [c for c in noun.children if c.dep_ == "advcl" and c.i > noun.i and for_to(c)]  # "call for X to"
            told = lex.addressee_prepositions.get(lemma, frozenset())  # "sent a message to Moscow"
            parts = [
                c for c in parts
                if c.dep_ != "prep" or (verb.doc[c.i - 1].text != "," and c.lower_ not in told)  # not ", including ..."
            ]
            if not parts and noun.lemma_.lower() in lex.light_pairs.get(lemma, ()):
                # "made the case (to X) that ...", else "threw its support | behind ..."
                clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > noun.i]
                nxt = noun.right_edge.i + 1
                after = [c for c in verb.children if c.dep_ == "prep" and c.i == nxt and c.lower_ not in told]
                parts = clauses[:1] or after
            src = source_of(verb, lex)
            if parts and src is not None:
                first, joined = parts[0].left_edge.i, [t for t in noun.subtree if t.i <= noun.i]
                objs = [c for c in parts[0].children if c.dep_ in ("pobj", "pcomp")]
                if parts[0].dep_ == "prep" and parts[0].i == noun.i + 1 and parts[0].whitespace_ and objs:
                    first, joined = objs[0].left_edge.i, [*joined, parts[0]]  # "voiced concern about" | ...
                elif parts[0].dep_ == "advcl" and first == noun.i + 1:
                    first, joined = first + 1, [*joined, verb.doc[first]]  # "sounded a call for" | X to ...
                content = trim(verb.doc, first, parts[-1].right_edge.i)
                if content is not None:
                    cue = cue_range(verb, joined)
                    return Hit(content, source_range(src), cue, verb.i)
    return None


def for_to(clause: Token) -> bool:
    """Whether ``clause`` is "for X to ...": a subject, then an infinitive."""
    marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ == "for"]
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    return bool(marks) and marks[0].i == clause.left_edge.i and infinitive


def _from_quoting_verb(verb: Token, lex: Cues) -> Hit | None:
    """ "The mayor has used the phrase “harbour tax”": a verb and a noun for words that name the
    words, in quote marks right after the noun (see quoting_pairs)."""
    nouns = lex.quoting_pairs.get(lex.lemma(verb), frozenset())
    for noun in verb.children:
        if noun.dep_ != "dobj" or noun.lemma_.lower() not in nouns:
            continue
        words = next((c for c in noun.children if c.dep_ == "appos" and c.i > noun.i), None)
        src = source_of(verb, lex)
        if words is None or src is None or not _quoted(words):
            continue
        content = trim(verb.doc, words.left_edge.i, words.right_edge.i)
        if content is not None:
            return Hit(content, source_range(src, verb), cue_range(verb, [noun]), verb.i)
    return None


def _quoted(tok: Token) -> bool:
    """Whether ``tok``'s phrase opens with a quote mark or right after one: words as written."""
    first = tok.left_edge.i
    return tok.doc[first].text in QUOTE_CHARS or (first > 0 and tok.doc[first - 1].text in QUOTE_CHARS)


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
    content = trim(verb.doc, *same_paragraph(verb, clause.left_edge.i, clause.right_edge.i))
    if src is None or content is None:
        return None
    return Hit(content, source_range(src, verb), cue_range(verb, [adjective]), verb.i)


def _from_relative(verb: Token) -> Hit | None:
    """ "..., a claim that both deny": the verb reports on the claim noun its clause hangs from."""
    noun = verb.head
    if noun.i > verb.i or noun.pos_ != "NOUN" or noun.lemma_.lower() not in anaphora().claim_nouns:
        return None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "ccomp", "xcomp")]
    if any(c.i > verb.i for c in objects) or any(c.lower_ not in ("that", "which") for c in objects):
        return None  # the verb reports something of its own: "a report that says ..."
    pronouns = anaphora().pronouns
    src = subject_of(verb) or next((c for c in verb.children if c.lower_ in pronouns and c.i < verb.i), None)
    content = trim(verb.doc, noun.left_edge.i, noun.i)
    if src is None or content is None or src.i < noun.i:
        return None
    return Hit(content, source_range(src), cue_range(verb), verb.i)


#: Relative words that stand for the noun a relative clause hangs from.
_RELATIVES = ("that", "which", "who", "whom")


def _from_object_gap(verb: Token, lex: Cues) -> Hit | None:
    """ "the plans that the council backs", "some ferries the mayor has praised", "the harbour
    strategy, which the board detailed in its filings": a relative clause whose reporting verb
    lacks its object reports on the noun it hangs from. What is reported is the relative word,
    as PolNeAR marks it, else the noun phrase up to its noun; the clause's subject reports."""
    noun, doc = verb.head, verb.doc
    if noun.i > verb.i or noun.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
        return None
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i > verb.i for c in verb.children):
        return None  # the verb has an object of its own: "the plans that say ..."
    if any(c.tag_ == "WRB" and c.i < verb.i for c in verb.children):
        return None  # "a time when some calls ...": a relative of time or place
    src = subject_of(verb)
    if src is None or src.dep_ != "nsubj" or not noun.i < src.i < verb.i or src.lower_ in _RELATIVES:
        return None  # ("donors who pitch in ...": the noun itself does it; "whose findings were disputed")
    relative = next((t for t in doc[noun.i + 1 : src.i] if t.lower_ in _RELATIVES), None)
    if relative is not None and not (relative.dep_ == "dobj" and relative.head.i == verb.i):
        return None  # "a day during which ...": the relative is no object of the verb
    first, last = (relative.i, relative.i) if relative is not None else (noun.left_edge.i, noun.i)
    content = trim(doc, *same_paragraph(verb, first, last))
    source = source_range(src)
    if content is None or source is None:
        return None
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    stranded = [nxt] if nxt is not None and nxt.dep_ == "prep" and not list(nxt.children) else []  # "the one I know of"
    return Hit(content, source, cue_range(verb, [*stranded, *verb_chain(verb, lex)]), verb.i)


def _from_appearance(verb: Token, lex: Cues) -> Hit | None:
    """ "The plan seems doomed", "Turnout seems to have slipped", "It appears that ...": a verb of
    appearance reports an impression, the writer's, or that of the one it seems so "to". What
    seems so is the whole clause; a reporting verb after it is a chain instead ("seemed to think")."""
    lemma = lex.lemma(verb)
    comps = [c for c in verb.children if c.i > verb.i and c.dep_ in ("xcomp", "oprd", "acomp", "ccomp", "attr")]
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if not comps or subject is None or subject.i > verb.i or any(is_cue_verb(c, lex) for c in comps):
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
    content = trim(verb.doc, *same_paragraph(verb, first, last))
    if content is None:
        return None
    return Hit(content, source_range(seer) if seer is not None else None, cue_range(verb), verb.i)


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
        if hit is None and tok.pos_ == "VERB" and lemma in lex.quoting_pairs:
            hit = _from_quoting_verb(tok, lex)
        appearance = lemma in lex.appearance_verbs or lemma in lex.appearance_verbs_with_it
        if hit is None and appearance and tok.pos_ in ("VERB", "AUX"):
            hit = _from_appearance(tok, lex)
        if hit is None and is_cue_verb(tok, lex) and not _posted(tok, lex):
            hit = _from_relative(tok) if relative_that(tok, lex) else None  # "an assertion that Moscow rejected"
            hit = hit or _from_verb(tok, lex)
            if hit is None and tok.dep_ == "relcl":
                hit = _from_relative(tok) or _from_object_gap(tok, lex)
        if hit is not None:
            hits.append(hit)
    chained = {t.i for h in hits if h.cue_token >= 0 for t in verb_chain(doc[h.cue_token], lex)}
    yield from (h for h in hits if h.cue_token not in chained)
