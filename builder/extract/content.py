"""What a reporting verb reports: the span of its content, and the words that join its cue
("spoke out about | ...", "raised questions about | ...").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .cues import Cues
from .lexicon import anaphora, titles
from .quotes import find_quotes
from .sources import (
    COMPLEMENTS,
    DASHES,
    QUOTE_CHARS,
    SUBJECTS,
    Range,
    across_lines,
    detached_parts,
    detached_topic,
    in_other_paragraph,
    is_cue_verb,
    names_someone,
    subject_of,
    that_after,
    trim,
    verb_chain,
)


def content_of(verb: Token, lex: Cues) -> tuple[Range | None, list[Token]]:
    """What the verb reports, and the tokens (particles, prepositions) that join its cue."""
    lemma = lex.lemma(verb)
    much = _as_much(verb, lex)
    if much is not None:
        return much, []
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and not in_other_paragraph(verb, c)]
    if any(not across_lines(verb, c) for c in clauses):
        clauses = [c for c in clauses if not across_lines(verb, c)]  # one in the verb's own paragraph
    if any(c.i > verb.i for c in verb.children if c.dep_ in COMPLEMENTS):
        # "A set off fireworks: Republicans said B", "We have been here before: X declared war on
        # Y": a clause before a colon is not what they said
        clauses = [c for c in clauses if c.i > verb.i or not _colon_between(verb.doc, c.i, verb.i)]
    if any(c.i > verb.i for c in clauses):
        clauses = [c for c in clauses if c.i > verb.i or not _opener(verb, c)]
    if verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].text == ":":
        clauses = [c for c in clauses if c.i > verb.i]  # "A will happen, Lind said: “...”": what follows is said
    set_off = verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].text == ","  # "so bad, X noted, that ..."
    that = [c for c in clauses if c.i > verb.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    if that and not set_off:
        # "Writing for a panel that agreed X won, Smith noted that ...": a "that" clause after
        # the verb is what it reports, and a clause before it a misparse of the opener
        clauses = [c for c in clauses if c.i > verb.i]
    clauses = [c for c in clauses if that_after(c) is None]  # the report the parser hung from what it says
    clauses = _quoted_before(verb, clauses)
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
            if c.dep_ in COMPLEMENTS and c.i > verb.i and (c.dep_ != "prep" or says_what(lemma, c, lex))
            and not (c.dep_ == "ccomp" and _in_parentheses(c))
        ]
        clauses += _purpose_read_as_control(verb, clauses, lex)
        clauses += _object_preposition(verb, clauses)
        first = min(clauses, key=lambda c: c.i, default=None)
        asked = _addressed_preposition(verb, clauses, lex)
        topic = _topic_preposition(verb, first, lex)
        if asked is not None:
            extra += [first, asked] if first is not None else [asked]  # "asked him about" | ...
            clauses = [c for c in asked.children if c.dep_ in ("pobj", "pcomp")]
        elif topic is not None and first is not None:
            extra += [first, topic]  # "offered insights into" | ..., "raised questions about" | ...
            clauses = [c for c in (*topic.children, *first.children, *clauses) if c.i > topic.i]
        elif first is not None and first.dep_ == "prep" and _next_to(verb, first) and lemma not in lex.reply_verbs:
            objs = [c for c in first.children if c.dep_ in ("pobj", "pcomp")]
            if objs:
                extra.append(first)  # "pointed to the vote as a cause": "pointed to" is the cue
                clauses = objs + [c for c in clauses if c.i > first.i]
    first_i = -1
    detached = detached_parts(verb)
    if not clauses and detached is not None and detached[1].dep_ == "conj":
        clauses = [detached[1]]  # "These workers, Ruiz explained, were well paid"
    inverted = _inverted_that_clause(verb, lex) if not clauses else None
    if inverted is not None:
        clauses, first_i = [inverted.head], inverted.i  # "X continues to insist, ..., that ..."
    hidden = _that_clause_on_a_noun(verb, clauses, lex)
    if hidden is not None:
        clauses, first_i = [hidden.head], hidden.i
    if lemma in lex.telling_verbs and clauses and all(c.dep_ in ("dobj", "dative") for c in clauses):
        # whom they told: '“It is safe,” Ruiz told the BBC.', "Ruiz told reporters on Monday."
        clauses = [] if _after_a_quotation(verb) else [k for c in clauses for k in _told_not_whom(c)]
    if not clauses:
        clauses = _stray_that_clause(verb, lex) or _question_clause(verb, lex) or _fronted_what(verb)
        clauses = clauses or _said_so(verb, lex)
    if not clauses:
        clauses = _infinitive_read_as_purpose(verb)
    if not clauses:
        # "called for residents to leave": the parser makes "for" the mark of a clause
        marks = [m for c in verb.children if c.dep_ == "advcl" for m in c.children if m.dep_ == "mark"]
        mark = next((m for m in marks if m.lower_ == "for" and m.i == m.head.left_edge.i and _next_to(verb, m)), None)
        if mark is None or not says_what(lemma, mark, lex):
            return None, extra
        extra.append(mark)
        clauses = [mark.head]
        first_i = mark.i + 1
    first_i = max(first_i, min(c.left_edge.i for c in clauses))
    first_i = _listed_object(verb, clauses, first_i)
    first_i = _detached_subject(verb, clauses, first_i, lex)
    fronted = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in ("what", "which") and c.i < verb.i]
    if fronted and first_i > verb.i and not any(c.dep_ == "ccomp" for c in clauses):
        first_i = fronted[0].i  # "what the minister called | a “reckless” act": PolNeAR's content starts at "what"
    topic = detached_topic(verb)
    if topic is not None and any(c.dep_ in ("ccomp", "conj") for c in clauses):
        first_i = topic.left_edge.i  # "The plant, the company said, will close": from the plant on
    if first_i > verb.i:
        first_i = _skip_time(verb.doc, first_i)
        first_i = _report_noun_clause(verb, clauses, first_i, lex)
    first_i = _joined_clauses(verb, clauses, first_i)
    own = same_paragraph(verb, first_i, verb.i)[0]  # (the parser may run the paragraph before into it)
    if all(c.i < verb.i for c in clauses) and not any(t.text in QUOTE_CHARS for t in verb.doc[own : verb.i]):
        clauses += _going_on(verb, lex)  # (a quotation ends where its quote marks do)
    if all(c.dep_ == "xcomp" for c in clauses):
        clauses += _infinitive_conjuncts(verb, clauses)
    last_i = max(c.right_edge.i for c in clauses)
    quoted = _quoted_after_person(verb, clauses)
    if quoted is not None:
        first_i = last_i = quoted  # "scolded him: “...”": the quotation is what is said (widened to it later)
    if all(c.dep_ == "xcomp" for c in clauses):
        objects = [o for o in _controller(verb, lex) if verb.i < o.i < first_i]
        first_i = min([first_i, *(o.left_edge.i for o in objects)])
        extra += [o.head for o in objects if o.dep_ == "pobj" and o.head not in extra]
    last_i = _coordinated(verb, first_i, last_i, lex)
    last_i = _run_into(verb, first_i, last_i)
    last_i = _cut_side_reports(verb, first_i, last_i, lex)
    last_i = _cut_other_reporter(verb, first_i, last_i, lex)
    last_i = _run_on(verb, first_i, last_i, lex)
    last_i = _after_the_colon(verb, first_i, last_i)
    first_i, last_i = same_paragraph(verb, first_i, last_i)
    doc = verb.doc
    for t in doc[max(first_i, last_i - 2) : last_i + 1]:
        if t.text in DASHES and t.i > first_i and doc[t.i - 1].whitespace_ and t.whitespace_:
            last_i = t.i - 1  # an aside after a dash that the parser cut short: "... diesel ― probably"
            break
    if last_i < verb.i:
        first_i = skip_opener(verb.doc, first_i, last_i)
        first_i = _after_colon(verb.doc, first_i, last_i)
        first_i = _own_quotation(verb, first_i)
    last_i = _through_possessed(verb, _whole_word(verb.doc, last_i))
    last_i = _before_channel(verb, first_i, last_i, lex)
    return trim(verb.doc, first_i, last_i), extra


def _before_channel(verb: Token, first: int, last: int, lex: Cues) -> int:
    """Where a thing reported after the verb ends when the parser hung where it was said from
    its last noun: in "reported her arrival on Twitter" and "noted the mayor's remarks on its
    website" the channel is where they were reported (a clause keeps its own: "said he would
    answer on Twitter")."""
    doc = verb.doc
    if first <= verb.i or last >= len(doc):
        return last
    for prep in doc[first + 1 : last + 1]:
        if prep.dep_ != "prep" or prep.lower_ not in ("on", "via") or prep.right_edge.i != last:
            continue
        if prep.head.pos_ not in ("NOUN", "PROPN", "PRON") or prep.head.i < first:
            continue
        if any(t.pos_ in ("VERB", "AUX") and t.i != verb.i for t in doc[first:prep.i]):
            return last  # (a clause, or a noun with a clause of its own)
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if len(objects) == 1 and _channel(objects[0], lex):
            return prep.i - 1
    return last


def _channel(noun: Token, lex: Cues) -> bool:
    """Whether a noun names where something is said: Twitter, its website, social media."""
    lower = noun.lower_
    social = lower == "media" and any(c.lower_ == "social" for c in noun.children)
    return lower in lex.channels or lower in ("website", "blog") or social


def _through_possessed(verb: Token, last: int) -> int:
    """Where what is said ends when it stops at a possessive "’s" the parser hung apart from the
    noun it owns: "welcomed the council’s | plans to widen the pier", "cited them as signs of the
    mayor’s | contempt for crews" go on through the plans and the contempt."""
    doc = verb.doc
    if last + 1 >= len(doc) or doc[last].lower_ not in ("'s", "’s") or "\n" in doc[last].text_with_ws:
        return last
    owned = doc[last + 1]
    if owned.pos_ not in ("NOUN", "PROPN", "ADJ") or owned.is_sent_start:
        return last
    while owned.dep_ in ("amod", "compound", "nmod", "nummod") and owned.head.i > owned.i:
        owned = owned.head
    return same_paragraph(verb, last, owned.right_edge.i)[1] if owned.right_edge.i > last else last


def _told_not_whom(obj: Token) -> list[Token]:
    """What a telling verb's object gives of what is told: itself ("told a different story"), or
    for someone told, what they are told of ("warned the nation | of hard times"), if anything."""
    if not _addressed(obj):
        return [obj]
    return [c for c in obj.children if c.dep_ == "prep" and c.lower_ in ("of", "about") and c.i > obj.i][:1]


def _addressed(tok: Token) -> bool:
    """Whether a telling verb's object is someone told rather than what they were told: "told
    him", "assured reporters", "warned the council" (not "told a different story")."""
    if (tok.tag_ == "PRP" and tok.lower_ not in ("it", "this", "that")) or names_someone(tok):
        return True
    nouns = anaphora()
    return tok.lemma_.lower() in nouns.anonymous_nouns | nouns.person_nouns | nouns.audience_nouns


_STOPS = (".", "!", "?", "a.m.", "p.m.")


def _own_quotation(verb: Token, first: int) -> int:
    """Where what is said starts when the speaker comes right after a quotation and a sentence
    the parser ran into it comes before its opening mark: in 'Ruiz said the quay shook after 3
    a.m. "We waited," she said.' she said only the quotation (Ruiz's report is his own)."""
    if not _after_a_quotation(verb):
        return first
    doc = verb.doc
    subject = subject_of(verb)
    if subject is None:
        return first
    close = doc[subject.left_edge.i - 1]
    for start, end in find_quotes(doc.text):
        if not start <= close.idx < end or start <= doc[first].idx:
            continue
        opening = doc.char_span(start, start + 1, alignment_mode="expand")
        if opening is None or not any(t.text in _STOPS for t in doc[first : opening.start]):
            return first  # ("The plan, he said, “will fail,” she said": one sentence)
        return opening.start
    return first


def _after_a_quotation(verb: Token) -> bool:
    """Whether the verb's subject comes right after a quotation closes: '“...,” Ruiz told'."""
    subject = subject_of(verb)
    if subject is None or subject.i > verb.i or subject.left_edge.i == 0:
        return False
    before = verb.doc[subject.left_edge.i - 1]
    return before.text in QUOTE_CHARS and before.i > 0 and not before.doc[before.i - 1].whitespace_  # (a closing mark)


def _whole_word(doc: Doc, last: int) -> int:
    """Where what is said ends when the parser hung the clitic of its last word elsewhere: "as
    safe as those who don't" (not "... who do")."""
    while last + 1 < len(doc) and not doc[last].whitespace_ and _clitic(doc[last + 1]):
        last += 1
    return last


def _clitic(tok: Token) -> bool:
    return tok.lower_.replace("’", "'") in ("n't", "'s", "'re", "'ve", "'ll", "'d", "'m")


def _quoted_before(verb: Token, clauses: list[Token]) -> list[Token]:
    """The clauses before the verb when they end in a quotation and those after it are not
    quoted: in '“You should resign,” Ruiz told him, after he admitted he had not ...' the words
    after the cue are narration ('“...,” he said, “and ...”' goes on with the quotation)."""
    doc = verb.doc
    before = [c for c in clauses if c.i < verb.i]
    after = [c for c in clauses if c.i > verb.i]
    if not before or not after:
        return clauses
    end = max(c.right_edge.i for c in before)
    closed = any(t.text in QUOTE_CHARS for t in doc[end - 1 : verb.i])
    quoted = any(t.text in QUOTE_CHARS for t in doc[verb.i : max(c.right_edge.i for c in after) + 1])
    return before if closed and not quoted else clauses


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


def skip_opener(doc: Doc, first: int, last: int) -> int:
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
    opens it: in "told voters this weekend he would ..." and "said on Monday it had ..." the
    weekend and Monday are when it was said."""
    t = doc[first]
    if t.dep_ == "prep" and t.head.i > t.i:  # "said on Monday it had ...": the day it was said
        objects = [c for c in t.children if c.dep_ == "pobj"]
        phrase, timed = t, len(objects) == 1 and objects[0].ent_type_ in ("DATE", "TIME")
    elif t.dep_ == "npadvmod" or (t.head.dep_ == "npadvmod" and t.head.i > t.i):
        phrase = t if t.dep_ == "npadvmod" else t.head
        timed = phrase.ent_type_ in ("DATE", "TIME")
    else:
        return first
    if not timed or phrase.left_edge.i != first:
        return first
    after = phrase.right_edge.i + 1
    return after if after < len(doc) and doc[after].dep_ in (*SUBJECTS, "mark", "expl") else first


def _joined_clauses(verb: Token, clauses: list[Token], first: int) -> int:
    """Where what is said starts when a trailing "..., X said" follows two clauses joined by
    "but" or "and" that the parser split: in "The ferry was due at six, but the crew left
    early, a clerk said" the clerk says both (the parser hangs "said" from the first clause
    and takes only the second as what is said)."""
    doc = verb.doc
    head = verb.head
    if verb.dep_ != "conj" or head.i >= verb.i or not clauses:
        return first
    if any(c.dep_ != "ccomp" or c.i > verb.i for c in clauses):
        return first
    start = min(c.left_edge.i for c in clauses)
    joint = doc[start - 1]
    if first != start or joint.dep_ != "cc" or joint.head.i != head.i or doc[start - 2].text != ",":
        return first
    if any(t.text in QUOTE_CHARS for t in doc[head.left_edge.i : verb.i]):
        return first
    return head.left_edge.i


def _quoted_after_person(verb: Token, clauses: list[Token]) -> int | None:
    """The opening quote mark of a quotation that follows the person a verb addresses, named by
    a pronoun and set off by a comma or colon: in "scolded him: “...”" and "before asking her,
    “...”" the quotation is what is said, not the person."""
    doc = verb.doc
    if len(clauses) != 1 or clauses[0].dep_ not in ("dobj", "dative") or clauses[0].tag_ != "PRP":
        return None
    k = clauses[0].i
    if k != verb.i + 1 or k + 2 >= len(doc) or doc[k + 1].text not in (",", ":"):
        return None
    return k + 2 if doc[k + 2].text in QUOTE_CHARS and doc[k + 2].whitespace_ == "" else None


def _report_noun_clause(verb: Token, clauses: list[Token], first: int, lex: Cues) -> int:
    """Where what is said starts when the verb's object is a report with its "that" clause:
    in "seized on the mayor's claim that fares would fall" what is said is that fares would
    fall (the claim is the mayor's report); a verb that rejects it takes the report itself
    ("dismissed the mayor's claim that ...", see rebutting_verbs)."""
    if len(clauses) != 1 or clauses[0].dep_ not in ("dobj", "pobj") or clauses[0].left_edge.i != first:
        return first
    if lex.lemma(verb) in lex.rebutting_verbs:
        return first
    noun = clauses[0]
    if noun.pos_ != "NOUN" or lex.lemma(noun) not in lex.report_nouns:
        return first
    for c in noun.children:
        mark = verb.doc[c.left_edge.i]
        if c.dep_ in ("acl", "ccomp", "relcl") and mark.i == noun.i + 1 and mark.dep_ == "mark":
            return mark.i if mark.lower_ == "that" else first
    return first


def _listed_object(verb: Token, clauses: list[Token], first: int) -> int:
    """Where what is said starts when the parser read the last item of a list of objects as a
    clause: in "documents the boom in prisons and the profits firms have earned" the boom is
    listed with the profits (its "and" stands right before the clause)."""
    clause = min(clauses, key=lambda c: c.i)
    if clause.dep_ != "ccomp" or clause.i < verb.i or any(m.dep_ == "mark" for m in clause.children):
        return first
    objects = [c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < clause.left_edge.i]
    if not objects:
        return first
    obj = objects[0]
    joint = [c for c in obj.children if c.dep_ == "cc" and c.i == clause.left_edge.i - 1]
    return min(first, obj.left_edge.i) if joint and obj.right_edge.i == clause.left_edge.i - 1 else first


def _detached_subject(verb: Token, clauses: list[Token], first: int, lex: Cues) -> int:
    """Where a reported clause starts when the parser took its subject for the verb's object:
    in "seemed to think the outreach to farmers was phony" the clause "was phony" has no
    subject and "the outreach to farmers" hangs from "think"."""
    clause = min(clauses, key=lambda c: c.i)
    if clause.dep_ != "ccomp" or clause.i < verb.i or any(c.dep_ in (*SUBJECTS, "expl") for c in clause.children):
        return first
    objects = [c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < clause.left_edge.i]
    if not objects or (lex.lemma(verb) in lex.telling_verbs and verb.doc[objects[0].right_edge.i + 1].text == ":"):
        return first  # "told reporters: “The pier is gone”": whom it was told ("suggested a plan: ..." says it)
    return min(first, objects[0].left_edge.i)


def _going_on(verb: Token, lex: Cues) -> list[Token]:
    """The clauses after a trailing "..., X said, ..." that go on with what is said: "The mill
    thrived, he said, until it went bankrupt", "A paid 9 percent, the agency said, and B paid
    1 percent" (a clause with a subject of its own, set off by a comma; not "..., adding ...")."""
    doc = verb.doc
    out = []
    for c in verb.rights:
        if c.dep_ not in ("advcl", "conj") or is_cue_verb(c, lex):
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


def _object_preposition(verb: Token, clauses: list[Token]) -> list[Token]:
    """A "with" or "from" phrase, or a "by" phrase naming someone, right after the verb's object
    that the parser hung from the verb: in "showed the mayor with a lead", "cited endorsements
    from ten captains" and "described conduct by the crew" it goes with the object (what is
    shown is the mayor with a lead)."""
    ends = {c.right_edge.i for c in clauses if c.dep_ == "dobj"}
    return [
        c for c in verb.rights
        if c.dep_ == "prep" and c.lower_ in ("with", "from", "by") and c.i - 1 in ends and c not in clauses
        and verb.doc[c.i - 1].dep_ != "cc"  # (not "praised the crew, but with a warning")
        and any(k.dep_ in ("pobj", "pcomp") for k in c.children)
        and (c.lower_ != "by" or _by_someone(c))
    ]


def _by_someone(prep: Token) -> bool:
    """Whether a "by" phrase names who did something ("conduct by a captain", "a post by
    Ruiz"), not how, how much or how sent ("by a wide margin", "by 5 percent", "by email")."""
    objects = [k for k in prep.children if k.dep_ == "pobj"]
    if len(objects) != 1:
        return False
    word = objects[0].lemma_.lower()
    people = anaphora().person_nouns | anaphora().anonymous_nouns | titles().offices
    return names_someone(objects[0]) or word in people


def _infinitive_read_as_purpose(verb: Token) -> list[Token]:
    """An infinitive right after the cue that the parser hung as a purpose clause: in "the board
    could reverse the fares or decline to appeal" the appeal is what is declined ("met the
    crews to discuss ..." has an object between, and is a purpose)."""
    return [
        c for c in verb.rights
        if c.dep_ == "advcl" and c.left_edge.i == verb.i + 1
        and any(a.dep_ == "aux" and a.lower_ == "to" and a.i == c.left_edge.i for a in c.children)
    ][:1]


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


def _coordinated(verb: Token, first: int, last: int, lex: Cues) -> int:
    """Where what is said ends when the parser hung the rest of its list from the cue: in
    "stressed fairness, and a need to raise wages" the noun "need", in "see it as a way to fix
    problems, increase oversight and ..." the bare "increase", in "mentioned refinancing loans and
    forcing ..." the gerund after "and" (when what is said starts with one), in "spoke of racism, and how the
    fight went on" the question, in "rated 32% as false, compared to 11% ..." the comparison go
    on with what is said (the cue cannot take a noun or a bare verb as its conjunct; a clause
    with a subject of its own is a report of its own, but for a clause on "it" or "there" after
    ", and" that follows a reported clause: "said it was hard to know, and there was no sign
    of a leak")."""
    doc = verb.doc
    given = last
    while last > first and doc[last].text == ",":
        last -= 1  # a comma the parser hung inside what is said: "to end the delay,| stop ..."
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
        if compared and all(t.is_punct and "\n" not in t.text_with_ws for t in between):
            last = c.right_edge.i  # '... as “false,” compared to 11% ...' (a closing quote mark, or no comma)
            continue
        if not between or any(not (t.is_punct or t.dep_ in ("cc", "advmod")) or t.text in QUOTE_CHARS for t in between):
            break
        if "\n" in doc[last].text_with_ws or not any(t.text == "," or t.dep_ == "cc" for t in between):
            break
        question = c.left_edge.lower_ in WH_WORDS and nominal
        if c.left_edge.lower_ in ("when", "where") and not any(t.dep_ == "cc" for t in between):
            question = False  # "cited the storm of 2009, when the pier ...": a time, not a second thing cited
        subject = any(k.dep_ in (*SUBJECTS, "aux") for k in c.children)
        listed = nominal and c.pos_ in ("NOUN", "PROPN")  # (a verb is not coordinated with a noun)
        bare = infinitive and c.tag_ == "VB" and verb.tag_ != "VB"  # (a verb in its own form would be)
        gerund = doc[first].tag_ == "VBG" and c.tag_ == "VBG" and verb.tag_ != "VBG"
        bare = bare or (gerund and any(t.dep_ == "cc" for t in between))
        modal = clausal and _modal(c) and not _modal(verb)  # "said it would X, but would Y"
        own = any(k.dep_ in SUBJECTS for k in c.children)
        anded = clausal and c.dep_ == "conj" and any(t.lower_ == "and" for t in between) and _goes_on(c, lex)
        that = clausal and c.dep_ == "conj" and _second_that(doc, first, c)
        if not (compared or question or ((listed or bare) and not subject) or (modal and not own) or anded or that):
            break
        last = c.right_edge.i
    return last if last > given else given


def _second_that(doc: Doc, first: int, clause: Token) -> bool:
    """Whether a clause hung from the cue after ", but" or ", and" opens with "that" as a second
    "that" clause of the cue: "said that X, but that Y", "said it could not tell, but that Y"
    (the parser may read "that" before a noun as its determiner: then only after a first "that"
    clause, "said that X, but that debris had fallen")."""
    opener = doc[clause.left_edge.i]
    if opener.lower_ != "that" or opener.i >= clause.i:
        return False
    if opener.dep_ == "mark" and opener.head.i == clause.i:
        return True
    return opener.dep_ == "det" and doc[first].lower_ == "that" and doc[first].dep_ == "mark"


def _goes_on(clause: Token, lex: Cues) -> bool:
    """Whether a clause hung from the cue after "and" goes on with a reported clause: its subject
    is "it" or "there" (a person may be the reporter doing something else), it reports nothing
    itself and asks nothing ("and what it would cost" is a second thing reported)."""
    if clause.left_edge.tag_ in ("WP", "WRB", "WDT") or is_cue_verb(clause, lex):
        return False
    return any(k.dep_ in (*SUBJECTS, "expl") and k.lower_ in ("it", "there") for k in clause.children)


def _run_into(verb: Token, first: int, last: int) -> int:
    """Where what is said ends when the parser hung its last words from the cue as a conjunct
    with no "and" or comma before it: in "cited improving services as a priority if he | makes
    it to office" and "showed the company and its owners | lost $9 million" the words after
    the break go on with what is said."""
    if first <= verb.i:
        return last
    doc = verb.doc
    for c in verb.rights:
        if c.i <= last:
            continue
        start = doc[c.left_edge.i]
        if start.i != last + 1 or any(t.is_punct or t.pos_ == "CCONJ" for t in (start, doc[last])):
            break  # (a conjunct after "and" or a comma is one)
        if "\n" in doc[last].text_with_ws:
            break
        if c.dep_ != "conj":
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
    ("said nothing when ...", "what she said when ...") is told a time instead, and so is one
    that says a quotation before it ('“I never said that,” he said when she noted ...')."""
    if lex.lemma(verb) not in lex.clause_verbs or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return []
    if _after_a_quotation(verb):
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


def _as_much(verb: Token, lex: Cues) -> Range | None:
    """ "said as much", "indicated as much": like "so", "as much" stands for what is said (not
    the time or place after it: "said as much in an interview")."""
    doc = verb.doc
    if lex.lemma(verb) not in lex.clause_verbs or verb.i + 2 >= len(doc):
        return None
    as_, much = doc[verb.i + 1], doc[verb.i + 2]
    if as_.lower_ != "as" or much.lower_ != "much" or much.head.i != verb.i or as_.head.i != much.i:
        return None
    if much.i + 1 < len(doc) and doc[much.i + 1].lower_ == "as":
        return None  # "said as much as it could": an amount
    return trim(doc, as_.i, much.i)


def _fronted_what(verb: Token) -> list[Token]:
    """ "That was what the mayor said", "what X now hopes": the fronted "what" is what is said."""
    return [c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "what" and c.i < verb.i]


def _addressed_preposition(verb: Token, clauses: list[Token], lex: Cues) -> Token | None:
    """The preposition after the person (or thing) a verb addresses, named in a word or a name:
    in "asked him about his fares", "accused Vale of lying", "pressed her on the deal" and
    "blame this on the storm" the person is asked, accused or pressed, the fares, the lying and
    the deal are what is spoken of (PolNeAR's cue is "asked him about", "accused Vale of"); a
    longer object stays in what is said ("accused the harbour board of ...")."""
    if len(clauses) != 2:
        return None
    person, prep = sorted(clauses, key=lambda c: c.i)
    if person.dep_ not in ("dobj", "dative") or prep.dep_ != "prep" or prep.lower_ not in ADDRESS_PREPOSITIONS:
        return None
    if person.right_edge.i != prep.i - 1 or person.left_edge.i != verb.i + 1:
        return None
    short = person.right_edge.i - person.left_edge.i <= 2 and verb.doc[verb.i + 1].pos_ != "DET"  # (not "the board")
    someone = person.pos_ in ("PRON", "PROPN") or person.ent_type_ == "PERSON"
    if prep.lower_ != "about" and not short:
        return None
    if prep.lower_ == "about" and not short and lex.lemma(verb) not in lex.clause_verbs:
        return None
    has_object = any(c.dep_ in ("pobj", "pcomp") for c in prep.children)
    return prep if someone and has_object else None


#: Prepositions after the person a verb addresses that introduce what is spoken of.
ADDRESS_PREPOSITIONS = ("about", "of", "on")


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
    if lex.lemma(verb) in lex.rebutting_verbs:
        return None  # "dismissed a proposal for a truce": the proposal, another's, is what is dismissed
    if lex.lemma(verb) in lex.event_verbs and lex.lemma(noun) in lex.event_nouns:
        return None  # "reported an attack on the base": the attack is what is reported
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


def _inverted_that_clause(verb: Token, lex: Cues) -> Token | None:
    """The "that" of a clause the parser made the head of the report of it (see that_after)."""
    if lex.lemma(verb) not in lex.clause_verbs:
        return None
    chain = verb_chain(verb, lex)
    return that_after(chain[0] if chain else verb)


def _that_clause_on_a_noun(verb: Token, clauses: list[Token], lex: Cues) -> Token | None:
    """The "that" of a clause the parser hung from a noun after the verb: in "told a meeting of
    harbour leaders that few people understood the risk" and "told his crews on a regular basis
    that the storm was near" what is told is the clause ("that" joins it; a clause of its own
    with a subject), not the meeting or the basis; for verbs that tell someone something only (see
    telling_verbs: "noted the fact that ..." notes the fact). A noun of saying keeps its clause."""
    if lex.lemma(verb) not in lex.telling_verbs or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return None
    if not clauses or not all(c.dep_ in ("dobj", "dative", "prep") for c in clauses):
        return None
    for t in verb.doc[verb.i + 1 : verb.sent.end]:
        if t.dep_ != "mark" or t.lower_ != "that" or t.head.dep_ not in ("relcl", "acl"):
            continue
        clause, noun = t.head, t.head.head
        subject = any(c.dep_ in SUBJECTS for c in clause.children)
        said = lex.lemma(noun) in lex.report_nouns or lex.lemma(noun) in lex.topic_nouns
        channel = noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i == verb.i
        said = said and not channel  # "told reporters on a conference call that ...": the call is where
        if subject and not said and t.i == clause.left_edge.i and verb in noun.ancestors:
            return t
        return None
    return None


def _stray_that_clause(verb: Token, lex: Cues) -> list[Token]:
    """A "that" clause the parser hung elsewhere after an aside: in "X continues to insist,
    most recently in an interview, that he ..." it hangs from "continues" as an adverbial; in
    "X said in an editorial that Y was ..." it hangs from "editorial" as a relative clause."""
    if lex.lemma(verb) not in lex.clause_verbs:
        return []
    heads = [verb, *verb_chain(verb, lex)[:1]]
    for head in heads:
        for c in head.children:
            mark = next((m for m in c.children if m.dep_ == "mark"), None)
            if c.dep_ == "advcl" and c.i > verb.i and mark is not None and mark.lower_ == "that" and mark.i < c.i:
                return [c]
    return _that_clause_on_a_channel(verb)


def _that_clause_on_a_channel(verb: Token) -> list[Token]:
    """ "said in an editorial that Trump was ...": the parser hung the "that" clause from the
    noun of the phrase that says where, as a relative clause or a clause of the noun marked by
    "that" ("said in a statement that Clinton \"has taken ...\"")."""
    for prep in verb.rights:
        if prep.dep_ != "prep":
            continue
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            for c in noun.rights:
                first = c.doc[c.left_edge.i]
                marked = first.lower_ == "that" and first.dep_ == "mark" and first.i == noun.i + 1
                if c.dep_ in ("relcl", "acl") and marked:
                    return [c]
    return []


def says_what(lemma: str, prep: Token, lex: Cues) -> bool:
    """Whether the verb's preposition introduces what is said ("spoke of ..."), not whom it is
    said to ("spoke to reporters"; see addressee_prepositions), when ("on Friday") or where
    ("on Twitter"; see channels)."""
    if any(c.dep_ == "pobj" and (c.ent_type_ in ("DATE", "TIME") or c.lower_ in lex.channels) for c in prep.children):
        return False
    if prep.lower_ == "by" and any(c.dep_ == "pcomp" and is_cue_verb(c, lex) for c in prep.children):
        return False  # "responded by saying that ...": the saying reports on its own
    if prep.lower_ in lex.own_prepositions.get(lemma, ()):
        return True  # "bristled at ...", "balked at ..." (see own_prepositions)
    if prep.lower_ == "to" and lemma not in lex.relating_verbs and _to_someone_after_an_object(prep):
        return False  # "disclosed them to the AP", "pitched himself to voters": whom it is told
    return prep.lower_ in lex.content_prepositions and prep.lower_ not in lex.addressee_prepositions.get(lemma, ())


def _to_someone_after_an_object(prep: Token) -> bool:
    objects = [c for c in prep.head.children if c.dep_ in ("dobj", "dative") and c.i < prep.i]
    people = [c for c in prep.children if c.dep_ == "pobj" and (c.pos_ == "PRON" or names_someone(c))]
    return bool(objects) and bool(people)


def _next_to(verb: Token, prep: Token) -> bool:
    """Whether only particles and adverbs stand between the verb and its preposition:
    "spoke of", "spoke out about", "spoke emotionally of", "knew all about" (the preposition
    joins the cue); before a preposition of topic a day may stand too: "spoke out Tuesday
    about" (not "ruled Friday | against ...")."""
    between = verb.doc[verb.i + 1 : prep.i]
    topic = prep.lower_ in ADDRESS_PREPOSITIONS
    return all(_adverb_of(t, verb, prep) or (topic and _when(t, verb)) for t in between)


def _adverb_of(tok: Token, verb: Token, prep: Token) -> bool:
    return tok.dep_ in ("prt", "advmod", "neg") and tok.head.i in (verb.i, prep.i)


def _when(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` is a one-word day or time of the verb: "spoke out Tuesday about"."""
    alone = tok.n_lefts + tok.n_rights == 0
    return alone and tok.dep_ == "npadvmod" and tok.head.i == verb.i and tok.ent_type_ in ("DATE", "TIME")


def _controller(verb: Token, lex: Cues) -> list[Token]:
    """The verb's object, which does what its "to ..." clause says: "urged voters to ...",
    "called on members to ..." (what is urged is "voters to ..."; not "decided after a long
    inquiry not to ...", where the inquiry is a time)."""
    out = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    for prt in verb.children:
        if prt.dep_ == "prep" and lex.lemma(verb) not in lex.object_control:
            continue
        if prt.dep_ in ("prt", "prep") and prt.i == verb.i + 1:
            out += [c for c in prt.children if c.dep_ == "pobj"]
    return out


def same_paragraph(tok: Token, first: int, last: int) -> tuple[int, int]:
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
        if not is_cue_verb(t, lex) or any(c.dep_ in SUBJECTS for c in t.children):
            continue
        before = doc[t.left_edge.i - 1]
        if t.tag_ == "VBG" and t.dep_ in ("advcl", "conj", "xcomp") and before.text in (",", ";", "—", "–"):
            return t.left_edge.i - 1  # ", stating ..."
        second = any(c.dep_ == "ccomp" for c in t.children) or t.tag_ == verb.tag_
        if t.dep_ == "conj" and before.dep_ == "cc" and second and _beside_the_report(verb, t):
            return before.i - 1  # "... and added that ...", "... and praised ...": the reporter's second report
    for t in doc[first + 2 : last + 1]:
        if _reporters_deed(verb, t):
            before = doc[t.left_edge.i - 1]
            return before.i - 1 - (doc[before.i - 1].text == ",")  # "... had broken out but gave no details"
    for t in doc[first + 2 : last + 1]:
        trailing = t.dep_ == "advcl" and t.right_edge.i >= last - 1 and doc[t.left_edge.i - 1].text in (",", *DASHES)
        if trailing and t.tag_ == "VBG" and t.left_edge.i == t.i and _reports_inside(t, lex):
            return t.i - 1  # a trailing ", contradicting what X said": a report of its own
        if trailing and doc[t.left_edge.i].lower_ in ("although", "though"):
            return t.left_edge.i - 1  # ", although he again refused to ...": the writer's concession
    return last


def _cut_other_reporter(verb: Token, first: int, last: int, lex: Cues) -> int:
    """End the content before an "and" that joins a report by someone named: "said the pier was
    safe, and engineers warned that ..." (a second reporter's report; a pronoun may be the first
    reporter again, and "and that ..." goes on with what was said)."""
    doc = verb.doc
    for t in doc[first + 2 : last + 1]:
        if t.dep_ != "conj" or not is_cue_verb(t, lex) or not _beside_the_report(verb, t):
            continue
        subj = [c for c in t.children if c.dep_ in SUBJECTS]
        before = doc[t.left_edge.i - 1]
        marked = any(c.dep_ == "mark" for c in t.children)
        if subj and not marked and subj[0].pos_ in ("NOUN", "PROPN") and before.dep_ == "cc" and before.i - 1 > first:
            return before.i - 1 - (doc[before.i - 1].text == ",")
    return last


def _reporters_deed(verb: Token, conj: Token) -> bool:
    """Whether ``conj``, a subjectless verb joined by "and" or "but" to the clause the cue
    reports, is something the reporter did, in the cue's own simple tense, after a reported
    clause in another form: "acknowledged that a fire had broken out but gave no details", "said
    the pier would close and left" (not "said prices rose and fell": both in one tense)."""
    clause = conj.head
    if conj.dep_ != "conj" or clause.dep_ != "ccomp" or clause.head.i != verb.i or conj.i < clause.i:
        return False
    if verb.tag_ not in ("VBD", "VBZ") or conj.tag_ != verb.tag_ or clause.tag_ == verb.tag_:
        return False
    if conj.pos_ != "VERB" or verb.dep_ != "ROOT":  # (not "was documenting it and was concerned")
        return False  # ("the third time the union said it had struck and made its case": a relative clause)
    before = conj.doc[conj.left_edge.i - 1]
    if before.dep_ != "cc" or before.lower_ not in ("and", "but") or conj.left_edge.i != conj.i:
        return False
    if any(c.dep_ in (*SUBJECTS, "aux", "auxpass") for c in conj.children):
        return False
    return any(c.dep_ in ("aux", "auxpass") for c in clause.children)


def _beside_the_report(verb: Token, conj: Token) -> bool:
    """Whether ``conj``, a verb joined by "and" inside the content, may be the reporter's own
    second report: it is joined to the cue or to the top of what the cue reports, and has no
    modal of its own ("said the ferry would not sail but would first be inspected": both are
    what was said; "said the pier was closed and warned drivers": the second is the reporter's)."""
    if any(c.tag_ == "MD" for c in conj.children):
        return False
    if _shares_perfect(verb, conj):
        return False
    return conj.head.i == verb.i or conj.head.head.i == verb.i or conj.head.i == verb.head.i


def _shares_perfect(verb: Token, conj: Token) -> bool:
    """Whether ``conj`` is a bare participle that shares the "had" or "has" of the reported verb
    it joins, which the cue does not have: in "said Trump had melted down and shown he was
    unfit" Trump has shown it (the reporter's own second report would be "and showed")."""
    if conj.tag_ != "VBN" or verb.tag_ == "VBN" or any(c.dep_ in ("aux", "auxpass", *SUBJECTS) for c in conj.children):
        return False
    return conj.head.i != verb.i and any(c.dep_ == "aux" and c.lemma_ == "have" for c in conj.head.children)


def _reports_inside(tok: Token, lex: Cues) -> bool:
    """Whether a reporting verb other than ``tok`` stands in its phrase."""
    return any(t.i != tok.i and is_cue_verb(t, lex) for t in tok.subtree)


def clause_without(head: Token, part: Token) -> Range | None:
    """The clause of ``head`` on the far side of ``part`` (an "according to X" phrase)."""
    doc = head.doc
    left, right = same_paragraph(part, head.left_edge.i, head.right_edge.i)  # the parser may run on
    p_left, p_right = part.left_edge.i, _set_off_end(part)
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
    right = _before_concession(head, p_right, right)
    before = trim(doc, left, p_left - 1)
    after = trim(doc, p_right + 1, right)
    if before is None or after is None:
        return before or after
    if word_count(doc, after) <= 1:
        return before
    closed = any(t.text in QUOTE_CHARS for t in doc[p_left - 1 : part.i])
    if closed and not any(t.text in QUOTE_CHARS for t in doc[part.i : right + 1]):
        return before  # '“We will act,” they said, under a rule that ...': narration after the cue
    if word_count(doc, before) <= 1 and doc[left].pos_ in ("SCONJ", "CCONJ", "ADP"):
        return after  # "If, as I have said, the plan fails": the link word is not said
    return trim(doc, left, right)  # a parenthetical "X said" inside what is said ("Perhaps, he said, ...")


def _before_concession(head: Token, after: int, right: int) -> int:
    """Where a sentence with a "he said" inside it ends before a trailing ", although ..." on its
    main verb: "The pier, the mayor said, is safe, although it may need repairs" (the writer's
    concession, as after a plain report)."""
    doc = head.doc
    for c in head.rights:
        first = c.left_edge.i
        conceded = doc[first].lower_ in ("although", "though") and doc[first - 1].text == ","
        if c.dep_ == "advcl" and first > after and conceded:
            return min(right, first - 2)
    return right


def _set_off_end(part: Token) -> int:
    """Where a report set off inside what is said ends: at the comma right after its verb when
    the parser hung the words after that comma from it ("Still, as Ruiz noted, in the first
    weeks of the ferry ...": the first weeks are in what is noted)."""
    doc = part.doc
    comma = part.i + 1
    if part.pos_ == "VERB" and comma < part.right_edge.i and doc[comma].text == ",":
        return comma
    return part.right_edge.i


def word_count(doc: Doc, r: Range) -> int:
    """The words in ``r``, a range of whole tokens (doc.text would join every token anew)."""
    span = doc.char_span(*r)
    return 0 if span is None else len(span.text.split())
