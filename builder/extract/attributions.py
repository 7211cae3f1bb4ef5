"""The attribution finder: reported speech and quotations -> source, cue and content spans.

Reported speech comes from the dependency parse (reported.py: verbs; nominal.py: nouns,
adjectives and phrases such as "according to"); quotations from quote-mark pairing
(quotes.py). A quotation inside a reported content widens it to the whole quote; a
quotation with a cue in its own sentence (or a colon before it) becomes an attribution of
its own; one with neither continues the quoted attribution just before it. A report whose
cue stands inside what another says is part of that content, not an attribution of its own.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..models import Span
from .base import Found
from .cues import cues
from .names import name_piece, stands_for_a_name
from .nominal import before_colon, find_nominal
from .quotes import find_quotes
from .reported import find_reported
from .sources import QUOTE_CHARS, Hit, Range, says_nothing, source_of, source_range
from .titlecase import SMALL_WORDS, lend_lemmas, recased_lines

MIN_QUOTE_WORDS = 2
#: The most characters between a quotation's first half and the second half's content when
#: a report interrupts it: '," said the city's former harbour master, ' and the like.
MAX_INTERRUPTION = 120
#: "“...” ― Name" (a quotation signed after a dash, to the end of its line)
#: "Name: words" at the start of a line (headlines, transcripts)
#: (after a live report's time stamp: "14:20 GMT - Name: words")
_LABELLED = re.compile(
    r"^(?:\d{1,2}[:.]\d{2}(?:[ \t]*(?:[ap]\.?m\.?|[A-Z]{2,4}))?[ \t]+[-–—][ \t]+)?"
    r"[\"“]?((?:[A-Z][\w.’'-]*|of|the|and)(?:[ \t](?:[A-Z][\w.’'-]*|of|the|and)){0,3})(:)[ \t]+(\S[^\n]*)$",
    re.M,
)
_ABBREVIATION = re.compile(r"\b[A-Z][a-z]{0,3}\.")
_LINE_COLON = re.compile(r":[ \t]*\n\s*(?=\S)")
#: "Editor's note: ..." opening a paragraph, to the next blank line or the end of the text.
_EDITORS_NOTE = re.compile(
    r"^[^\S\n]*editor[’'`]?s[’']?[^\S\n]+note[^\S\n]*:.*?(?=\n[^\S\n]*\n|\Z)", re.I | re.M | re.S
)
_SIGNED = re.compile(r"[^\S\n]*(―|—|–|--)[^\S\n]*([A-Z][^\n“”\"/()]{1,60}?)(?:[^\S\n]|[.,])*(?=\n|/|$|“|\")")


def find_attributions(doc: Doc) -> Iterator[Found]:
    """Attributions in ``doc``, in text order of their content.

    A line in Title Case (a headline) is read from a parse of its sentence-case copy
    (titlecase.py); spans and texts are the original's. The words lower-cased in the copy
    take the copy's lemmas in ``doc`` ("Denies" -> "deny"), for the stages after this one."""
    found = list(_find(doc))
    recased = recased_lines(doc)
    if not recased:
        yield from found
        return
    from .. import nlp

    text = doc.text
    copies = nlp.load().pipe(copy for _, copy in recased)
    for ((start, end), _), copy in zip(recased, copies, strict=True):
        again = [_to_line_end(text, _shifted(text, f, start), end) for f in _find(copy)]
        found = [f for f in found if not _within_line(f, start, end) and not _read_again(f, again, start, end)]
        kept = [f for f in found if _touches_line(f, start, end)]  # what reaches past the line
        found += [f for f in again if not any(_clash(f, k) for k in kept)]
        lend_lemmas(doc, copy, start)
    yield from sorted(found, key=lambda f: (f.content.start, f.content.end))


def _to_line_end(text: str, found: Found, end: int) -> Found:
    """What a headline's cue reports, to the end of its line (``end``): in "Mayor Seeks More Ferry
    Funds As He Opens New Pier" the clause the parser hung from the cue goes on with what is
    sought, as headlines have no room for narration. Not past a comma ("Railing Against X, Y
    Vows ...": a second clause) or a quote mark that closes what is said ("Speaks ‘...’ After ...")."""
    if found.cue is None or found.content.start < found.cue.end or found.content.end >= end:
        return found
    stop = end
    while stop > found.content.end and (text[stop - 1].isspace() or text[stop - 1] in ".!?"):
        stop -= 1
    edge = text[found.content.end - 1 : found.content.end + 1]
    if "," in text[found.content.end : stop] or any(ch in QUOTE_CHARS + "’" for ch in edge):
        return found
    return Found(content=_span(text, (found.content.start, stop)), source=found.source, cue=found.cue)


def _within_line(found: Found, start: int, end: int) -> bool:
    """Whether all of ``found`` stands in the line [start, end)."""
    return all(start <= s.start and s.end <= end for s in (found.content, found.source, found.cue) if s)


def _read_again(found: Found, again: list[Found], start: int, end: int) -> bool:
    """Whether ``found`` reports the line [start, end) from outside it (a cue in the next
    paragraph whose parse ran the headline into its sentence) and the line's own reading
    finds another attribution of the same words."""
    inside = start <= found.content.start and found.content.end <= end
    return inside and any(_clash(found, f) for f in again)


def _touches_line(found: Found, start: int, end: int) -> bool:
    return any(s.start < end and start < s.end for s in (found.content, found.source, found.cue) if s)


def _clash(a: Found, b: Found) -> bool:
    """Whether two attributions share reporting words or what is said."""
    if a.cue and b.cue and _overlaps((a.cue.start, a.cue.end), (b.cue.start, b.cue.end)):
        return True
    return _overlaps((a.content.start, a.content.end), (b.content.start, b.content.end))


def _quote_after_object(doc: Doc, text: str, hit: Hit, quotes: list[tuple[int, int]]) -> Hit:
    """A report whose content is the noun phrase after its verb, set off from a quotation that
    opens a sentence and ends it by a comma or a colon, says the quotation: in 'she scolded
    him: “You were warned.”' or 'before asking her, “Where do we go now?”' he and she are spoken to,
    and in 'joked of the pier, “It floats.”' the pier is spoken of."""
    start, end = hit.content
    if hit.cue is None or hit.cue[1] > start or hit.cue_token < 0:
        return hit
    m = re.match(r"[^\S\n]*[,:][^\S\n]*", text[end : end + 8])
    if m is None:
        return hit
    q = next(((s, e) for s, e in quotes if s == end + m.end()), None)
    if q is None or not re.match(r"[^\w]*[A-Z]", text[q[0] : q[1]]):
        return hit
    if not re.match(r"[^\w]*[.?!]", text[q[0] : q[1]][::-1]) and not re.match(r"\s*(?:[.?!]|$)", text[q[1] :]):
        return hit  # 'praised his work: “...,” the guild wrote': the quotation has its own report
    span = doc.char_span(start, end, alignment_mode="expand")
    verb = doc[hit.cue_token]
    if span is None or span.root.pos_ not in ("NOUN", "PROPN", "PRON") or not verb.is_ancestor(span.root):
        return hit
    return dataclasses.replace(hit, content=q)


def _through_conjoined_preposition(doc: Doc, hit: Hit) -> Hit:
    """What is reported goes on through a second preposition like the one it ends in, joined by
    "and" or "or": "a supporter of the ferry and of the new pier", "spoke of the pier, and of
    the crews" (the parser hangs the second from the first, or from the verb, and the content
    was cut at the first one's object)."""
    start, end = hit.content
    if hit.cue is None or hit.cue[0] >= start:
        return hit
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.end + 2 >= len(doc):
        return hit
    last = doc[span.end - 1]
    prep = last.head if last.dep_ in ("pobj", "pcomp") else None
    while prep is not None and prep.dep_ == "conj" and prep.head.pos_ == "ADP":
        prep = prep.head
    if prep is None or prep.pos_ != "ADP":
        return hit
    k = span.end + (doc[span.end].text == ",")
    joint, second = doc[k], doc[k + 1] if k + 1 < len(doc) else None
    if joint.lower_ not in ("and", "or") or second is None or second.lower_ != prep.lower_:
        return hit
    if any("\n" in t.text_with_ws for t in doc[span.end - 1 : second.i]):
        return hit
    joined = second.dep_ == "conj" and second.head.i == prep.i
    parallel = second.dep_ == "prep" and (second.head.i == hit.cue_token or span.start <= second.head.i < span.end)
    if not (joined or parallel) or not any(c.dep_ in ("pobj", "pcomp") for c in second.children):
        return hit
    tail = second.right_edge
    return dataclasses.replace(hit, content=(start, tail.idx + len(tail.text)))


def _shifted(text: str, found: Found, by: int) -> Found:
    """``found`` (in a copy of the line at ``by``) as spans of ``text``."""

    def move(span: Span) -> Span:
        return _span(text, (span.start + by, span.end + by))

    return Found(content=move(found.content), source=None if found.source is None else move(found.source),
                 cue=None if found.cue is None else move(found.cue))


def _find(doc: Doc) -> Iterator[Found]:
    text = doc.text
    quotes = find_quotes(text)
    hits = [_widen(_quote_after_object(doc, text, h, quotes), quotes, text) for h in find_reported(doc, skip=quotes)]
    cues_of = [h.cue for h in hits if h.cue is not None]
    nominal = (_widen(h, quotes, text) for h in find_nominal(doc, skip=quotes))
    hits += [h for h in nominal if not _cue_inside(h, cues_of)]
    hits = [_through_conjoined_preposition(doc, h) for h in hits]
    hits = _without_covered_hearsay(doc, hits)
    hits += _labelled(doc, text, hits)
    hits += [_widen(h, quotes, text) for h in _colon_paragraphs(doc, text, hits)]  # (a quotation may go on)
    hits = [_outside_quotes(doc, _one_paragraph(text, h, quotes), quotes) for h in _quoted(doc, text, quotes, hits)]
    hits = _lead_in_quotes(text, hits, quotes)
    hits = [_past_quote_close(doc, text, h, quotes) for h in hits]
    every = _join_split_quotes(text, hits)
    hits = _outermost(every, quotes)
    hits = [_without_summing_aside(text, h) for h in _outside_editors_notes(text, hits)]
    hits += _asides_that_report(text, every, hits)
    hits = [_without_trailing_as_clause(doc, _before_open_parenthesis(text, h)) for h in hits]
    hits = [_noun_after_a_set_off_report(doc, h) for h in hits]
    seen: set[Range] = set()
    for hit in sorted(hits, key=lambda h: (h.content, _cue_within(h), h.cue_token)):
        if hit.content in seen:
            continue
        seen.add(hit.content)
        yield Found(
            content=_span(text, hit.content),
            source=_span(text, hit.source) if hit.source else None,
            cue=_span(text, hit.cue) if hit.cue else None,
        )


#: A noun phrase after a comma that sums up the clause before it and comments on it: ", a
#: figure that could not be confirmed", ", a claim the port denies" (see _without_summing_aside).
_SUMMING_ASIDE = re.compile(
    r",(?P<closing>[\"”’]?)[^\S\n]+(?:a|an)[^\S\n]+(?:\w+[^\S\n]+)?(?:claim|figure|number|estimate|charge|"
    r"allegation|assertion|move|step|decision|account|view|sign|signal|indication|line|remark|comment|swipe|jab|"
    r"dig|refrain|boast|pledge|promise|prediction)[^\S\n]+(?:that|which|the|he|she|it|they|officials|[A-Z]\w*)\b"
)


def _asides_that_report(text: str, every: list[Hit], kept: list[Hit]) -> list[Hit]:
    """Reports on a claim in the summing aside that a report's content no longer holds: in
    "Russia said it took the village, a claim Kyiv denied" Kyiv denies the claim (the aside's
    noun phrase is what is reported; not "..., a sign that the board expects no strike")."""
    out = []
    for h in every:
        if h in kept or h.cue is None or h.cue[0] < h.content[1] or not text[: h.content[0]].endswith(", "):
            continue
        if not any(k.content[0] <= h.cue[0] < k.content[1] for k in kept):
            out.append(h)
    return out


#: The writer's note at the end of what is reported that the reporter gave no grounds for it:
#: "..., without providing evidence", "..., without giving details".
_NO_GROUNDS = re.compile(
    r",[^\S\n]+without[^\S\n]+(?:providing|offering|giving|citing|presenting|producing|showing|elaborating|"
    r"explaining|specifying|saying|naming|detailing)\b[^,.;:!?\n]*$"
)


#: The writer's placing of what is reported in a series: "..., in the latest of a series of
#: court decisions", "..., the latest sign that ...".
_LATEST = re.compile(r",[^\S\n]+(?:in[^\S\n]+)?the[^\S\n]+latest\b")


def _without_summing_aside(text: str, hit: Hit) -> Hit:
    """What is reported ends before an aside of the writer's that sums it up: in "Sources said
    costs had tripled, a figure that could not be confirmed" the sources did not doubt
    their own figure; or that notes it has no grounds (", without providing evidence") or places
    it in a series (", in the latest of ..."). A quotation keeps its words."""
    start, end = hit.content
    if text[start] in QUOTE_CHARS or hit.cue is None:
        return hit
    if hit.cue[0] > start:
        return _aside_after_a_set_off_report(text, hit)
    m = next((m for r in (_SUMMING_ASIDE, _NO_GROUNDS, _LATEST) if (m := r.search(text, start, end))), None)
    if m is None:
        return hit
    closing = m.groupdict().get("closing")  # 'said she "should be in jail," a line that ...': the quote closes
    return dataclasses.replace(hit, content=(start, m.start() + 1 + len(closing) if closing else m.start()))


#: The writer's concession after a report: ", though the claim could not be verified".
_CONCESSION = re.compile(r",[^\S\n]+(?:though|although)\b")


def _aside_after_a_set_off_report(text: str, hit: Hit) -> Hit:
    """What is reported ends before its source when a summing aside or the writer's concession
    follows the report set off inside it: in "Russia ordered three shifts, two officials said,
    a sign that the Kremlin expects no deal" (or "..., though the report could not be
    verified") the officials said the clause before them; the sign is the writer's."""
    start, end = hit.content
    if hit.source is None or hit.cue is None or not start < hit.source[0] < hit.cue[1] < end:
        return hit
    m = _SUMMING_ASIDE.search(text, hit.cue[1], end) or _CONCESSION.match(text, hit.cue[1], end)
    if m is None or text[hit.cue[1] : m.start()].strip():
        return hit  # (the aside right after the cue: ", two officials said, a sign ...")
    stop = hit.source[0]
    while stop > start and (text[stop - 1].isspace() or text[stop - 1] == ","):
        stop -= 1
    return dataclasses.replace(hit, content=(start, stop)) if stop > start else hit


def _without_trailing_as_clause(doc: Doc, hit: Hit) -> Hit:
    """What is reported after its cue ends before a closing ", as ..." clause with a subject of
    its own: in "Clinton accused Trump of selling out workers, as the two candidates fought
    over trade" the fight is the writer's scene, not what she said (not a comparison: ", as
    are nine of 10 limes", ", as his plan would"). A quotation keeps its words."""
    start, end = hit.content
    if hit.cue is None or hit.cue[0] > start or doc.text[start] in QUOTE_CHARS:
        return hit
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return hit
    for tok in span:
        clause, prev = tok.head, doc[tok.i - 1]
        closed = prev.text in QUOTE_CHARS and doc[tok.i - 2].text == ","  # '"... champion," as ...'
        if not (tok.lower_ == "as" and tok.dep_ == "mark" and clause.dep_ == "advcl" and tok.i > span.start + 1
                and (prev.text == "," or closed) and clause.right_edge.i >= span.end - 1 and clause.head.i < tok.i):
            continue
        if clause.pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i for c in clause.children):
            return dataclasses.replace(hit, content=(start, prev.idx + len(prev) if closed else prev.idx))
    return hit


def _noun_after_a_set_off_report(doc: Doc, hit: Hit) -> Hit:
    """What is reported ends before its source when only a noun phrase of the writer's follows
    the report set off inside it: in "Manufacturers cut 13,000 jobs, the report showed, the
    second monthly decline in a row" the decline's count is the writer's (not ", and wages fell")."""
    start, end = hit.content
    text = doc.text
    if hit.source is None or hit.cue is None or not start < hit.source[0] < hit.cue[1] < end:
        return hit
    if text[start] in QUOTE_CHARS or not text[hit.cue[1] : end].startswith(", "):
        return hit
    after = doc.char_span(hit.cue[1] + 2, end, alignment_mode="contract")
    if after is None or not len(after) or after[0].lower_ not in ("the", "a", "an"):
        return hit
    if after.root.pos_ != "NOUN" or any(t.pos_ in ("VERB", "AUX") for t in after):
        return hit
    stop = hit.source[0]
    while stop > start and (text[stop - 1].isspace() or text[stop - 1] == ","):
        stop -= 1
    return dataclasses.replace(hit, content=(start, stop)) if stop > start else hit


def _before_open_parenthesis(text: str, hit: Hit) -> Hit:
    """What is reported after its cue ends before a parenthesis it opens but does not close: the
    parser ran it into the writer's aside ("... the norms of the party (which lets the rest of
    it off the hook)")."""
    start, end = hit.content
    if hit.cue is None or hit.cue[0] > start:
        return hit
    opened = text.rfind("(", start, end)
    if opened <= start or text.find(")", opened, end) != -1 or not text[opened - 1].isspace():
        return hit
    cut = opened
    while cut > start and text[cut - 1] in " \t,;:":
        cut -= 1
    return hit if cut <= start else dataclasses.replace(hit, content=(start, cut))


def _outside_editors_notes(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits whose cue (or, with none, content) stands outside an editor's note: a paragraph
    opening "Editor's note:" is the publisher's word on the article or its subject ("Editor's
    note: the mayor, who has pledged to close the ferry, ..."), not a report in the news."""
    notes = [m.span() for m in _EDITORS_NOTE.finditer(text)]
    if not notes:
        return hits
    return [h for h in hits if not any(s <= (h.cue or h.content)[0] < e for s, e in notes)]


#: Words that after a quoted phrase open a new clause of their own rather than go on with it:
#: 'is “depleted” and says he will ...', 'called it a “disgrace” after she ...'.
_CLAUSE_JOINERS = frozenset(
    {"and", "but", "after", "before", "when", "while", "because", "as", "since", "though", "although", "if"}
    | {"unless", "until", "once", "whereas"}
)


def _past_quote_close(doc: Doc, text: str, hit: Hit, quotes: list[tuple[int, int]]) -> Hit:
    """A reported content the parser cut at the close of a phrase it quotes goes on to the end of
    the sentence, or its next comma, when the sentence runs on after the mark without a comma:
    'says the harbour is “too shallow for” the new ferries', 'called it a “use it or lose it”
    approach'. A quoted phrase joined to it by 'and', 'but' or 'or' goes with it."""
    start, end = hit.content
    if hit.cue is None or hit.cue[0] >= end:
        return hit
    q = next(((s, e) for s, e in quotes if e == end and start < s), None)
    if q is None or not text[q[0] : q[1]].rstrip(QUOTE_CHARS + " ")[-1:].isalnum():
        return hit
    if re.match(r"(?:what|which|who|whom)\b", text[start:end], re.I):
        return hit  # a free relative ends with the phrase it quotes: 'what he calls “a toll”'
    starts = {s: e for s, e in quotes}
    joined = end
    while (n := re.match(r"[ \t]+(?:and|but|or)[ \t]+", text[joined : joined + 12])) and joined + n.end() in starts:
        joined = starts[joined + n.end()]  # 'is “a big problem” but “nobody will say so”'
    if joined > end:
        return dataclasses.replace(hit, content=(start, joined))
    m = re.match(r"[ \t]+([a-z]+)\b", text[end : end + 40])
    if m is None or m.group(1) in _CLAUSE_JOINERS:
        return hit
    after = doc.char_span(m.start(1) + end, m.end(1) + end, alignment_mode="expand")
    if after is None:
        return hit
    stop = after[0].sent.end_char  # (the parser may end a sentence at the mark)
    comma = text.find(",", end, stop)
    stop = comma if comma >= 0 else stop
    while stop > end and (text[stop - 1] in QUOTE_CHARS + ".,;:!?" or text[stop - 1].isspace()):
        stop -= 1
    if stop <= end or "\n" in text[end:stop]:
        return hit
    return dataclasses.replace(hit, content=(start, stop))


#: The most words after a quotation that ends its paragraph for it to lead into the next one.
LEAD_IN_TAIL_WORDS = 3


def _lead_in_quotes(text: str, hits: list[Hit], quotes: list[tuple[int, int]]) -> list[Hit]:
    """A quotation that no report covers and that ends its paragraph but for a few words ('“We
    were never told about” the closure.') leads into the quotation opening the next paragraph
    whose speaker is named after it ('“It was a disgrace,” Ruiz said.'): both are what she says."""
    out = list(hits)
    for k, hit in enumerate(out):
        start = hit.content[0]
        if hit.cue is None or hit.cue[0] < hit.content[1] or start not in {s for s, _ in quotes}:
            continue
        para = text.rfind("\n", 0, start)
        if para < 0 or text[para + 1 : start].strip() or "\n" in text[hit.content[1] : hit.cue[0]]:
            continue
        before = [q for q in quotes if q[1] <= para and "\n" not in text[q[1] : para].rstrip("\n")]
        if not before:
            continue
        q = before[-1]
        tail = text[q[1] : para].strip()
        if len(tail.split()) > LEAD_IN_TAIL_WORDS or not tail.endswith(".") or "\n" in text[q[0] : q[1]]:
            continue
        if len(text[q[0] : q[1]].split()) < 3 or any(_overlaps(h.content, q) for h in out):
            continue
        out[k] = dataclasses.replace(hit, content=(q[0], hit.content[1]))
    return out


def _cue_inside(hit: Hit, cues_of: list[Range]) -> bool:
    """Whether the hit's cue stands inside a wider cue of another report: in "France unveiled a
    proposal for | ..." the verb reports what the noun would."""
    return hit.cue is not None and any(_within(hit.cue, c) and hit.cue != c for c in cues_of)


def _without_covered_hearsay(doc: Doc, hits: list[Hit]) -> list[Hit]:
    """The hits, less those of a hearsay adverb whose clause another report names a source for:
    in "X is reportedly sending troops, according to Y" (or "... as Y confirmed") Y reports it."""
    hearsay = cues().hearsay_adverbs
    said = [h for h in hits if h.cue_token < 0 or doc[h.cue_token].lower_ not in hearsay]
    if len(said) == len(hits):
        return hits
    out = []
    for h in hits:
        if h.cue_token >= 0 and doc[h.cue_token].lower_ in hearsay:
            inside = any(k.cue is not None and h.content[0] <= k.cue[0] < h.content[1] for k in said)
            if inside or any(_overlaps(h.content, k.content) for k in said):
                continue
        out.append(h)
    return out


def _cue_within(hit: Hit) -> bool:
    """Whether the hit's cue stands inside its own content: of two reports of the same words,
    "The bill is expected to pass, officials said" is the officials' report, not the passive one."""
    return hit.cue is not None and hit.content[0] <= hit.cue[0] < hit.content[1]


def _join_split_quotes(text: str, hits: list[Hit]) -> list[Hit]:
    """One attribution for a quotation split by its cue: "“We had no warning,” she said,
    “none at all.”" is found once for each half (other hits may stand between them in text
    order); the content runs from the first to the last."""
    out: list[Hit] = []
    for hit in sorted(hits, key=lambda h: h.content):
        cue = hit.cue
        k = next((k for k in range(len(out) - 1, -1, -1) if cue is not None and out[k].cue == cue), None)
        if k is not None and cue is not None:
            prev = out[k]
            if prev.content[1] <= cue[0] < hit.content[0] and "\n" not in text[prev.content[1] : hit.content[0]]:
                out[k] = dataclasses.replace(prev, content=(prev.content[0], hit.content[1]))
                continue
        out.append(hit)
    return out


def _outermost(hits: list[Hit], quotes: list[tuple[int, int]]) -> list[Hit]:
    """The hits whose cue stands outside what another says: in "X said that Y claimed ..."
    Y's claim is part of what X says, not an attribution of its own (PolNeAR's annotators
    mark such nested reports in under 1% of cases). The widest contents are kept first. The
    narration between the halves of a quotation is not said, though: in '“...,” X said,
    calling it ... “...”' X's calling reports on its own."""
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.content[0] - h.content[1], h.content)):
        at = hit.cue[0] if hit.cue else hit.content[0]
        narrated = not any(s <= at < e for s, e in quotes)
        if not any(k.content[0] <= at < k.content[1] and not (narrated and _quoted_halves(k, quotes)) for k in kept):
            kept.append(hit)
    return kept


def _quoted_halves(hit: Hit, quotes: list[tuple[int, int]]) -> bool:
    """Whether ``hit`` says a quotation in halves: its content opens one quotation and closes
    another."""
    return any(s == hit.content[0] for s, _ in quotes) and any(e == hit.content[1] for _, e in quotes) and not any(
        s == hit.content[0] and e == hit.content[1] for s, e in quotes
    )


def _span(text: str, r: Range) -> Span:
    return Span(text[r[0] : r[1]], r[0], r[1])


def _within(a: Range, b: Range) -> bool:
    return b[0] <= a[0] and a[1] <= b[1]


def _overlaps(a: Range, b: Range) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _widen(hit: Hit, quotes: list[tuple[int, int]], text: str) -> Hit:
    """Stretch the content over every quotation it touches, and over one that follows it with
    only a space between when its cue stands before it ("..., the mayor said, wore shirts with
    the words ''Save our ferry''": the parser may hang the quoted words elsewhere)."""
    start, end = hit.content
    for q in quotes:
        if _overlaps((start, end), q):
            start, end = min(start, q[0]), max(end, q[1])
        elif q[0] > end and not text[end : q[0]].strip(" ") and hit.cue is not None and hit.cue[1] <= q[0]:
            if text[end - 1 : end] in ".!?" and re.match(r"\W*[A-Z]", text[q[0] : q[1]]):
                continue  # '... after 3 a.m. “We waited,” she said': a sentence of its own
            end = q[1]
    if (start, end) == hit.content:
        return hit
    return dataclasses.replace(hit, content=(start, end))


def _quoted(doc: Doc, text: str, quotes: list[tuple[int, int]], hits: list[Hit]) -> list[Hit]:
    """``hits`` plus attributions for the quotations that no hit covers yet (``text`` is
    ``doc.text``, which spaCy joins anew from the tokens on every access)."""
    out = list(hits)
    sents = list(doc.sents)
    used = {h.cue_token for h in hits}
    for q in quotes:
        if any(_overlaps(h.content, q) for h in out):
            continue
        k = _interrupted(doc, text, q, out)
        if k is not None:
            out[k] = dataclasses.replace(out[k], content=(q[0], out[k].content[1]))
            continue
        words = text[q[0] : q[1]].split()
        hit = _dashed_quote(text, q) or _cued_quote(doc, text, q, quotes, sents, used)
        if hit is None:
            _continue_quote(text, q, out, quotes)
            if not any(_overlaps(h.content, q) for h in out):
                hit = _speaker_of_the_paragraph_before(doc, text, q)
        if hit is not None and len(words) >= MIN_QUOTE_WORDS:
            out.append(hit)
    return out


def _interrupted(doc: Doc, text: str, q: Range, hits: list[Hit]) -> int | None:
    """The hit whose cue interrupts a quotation just after ``q`` ("“Now that it is over,” he
    told the host, “it was a hard year.”"): its content is the second half; both halves are
    what is said. None if no hit's cue and quoted content follow ``q`` in the same sentence,
    or if another verb comes first ('“...,” she sang before asking him, “...”': two sayings)."""
    for k, h in enumerate(hits):
        if h.cue is None or not q[1] <= h.cue[0] < h.content[0] or text[h.content[0]] not in QUOTE_CHARS:
            continue
        gap = text[q[1] : h.content[0]]
        if not (text[q[0] : q[1]].rstrip(QUOTE_CHARS).endswith(",") or gap.lstrip().startswith(",")):
            continue  # the first half breaks off at a comma: "“Now that it is over,” he told"
        if len(gap) <= MAX_INTERRUPTION and "\n" not in gap and not any(c in _ABBREVIATION.sub("", gap) for c in ".?!"):
            between = doc.char_span(q[1], h.cue[0], alignment_mode="contract")
            said = doc[h.cue_token] if h.cue_token >= 0 else None
            if between is None or said is None or not any(t.pos_ == "VERB" and t.is_ancestor(said) for t in between):
                return k
    return None


def _sentences_near(text: str, q: Range, sents: list[SpacySpan]) -> list[SpacySpan]:
    """The sentences the quotation touches, the one before when it ends in a colon, and the
    one after when it follows the quotation in the same paragraph ("“...,” X said.")."""
    k = bisect.bisect_right([s.end_char for s in sents], q[0])
    if k < len(sents) - 1 and not text[q[0] : sents[k].end_char].strip(QUOTE_CHARS + " "):
        k += 1  # the parser gave the opening quote mark to the sentence before
    near: list[SpacySpan] = []
    while k < len(sents) and sents[k].start_char < q[1]:
        if near and not text[sents[k].start_char : q[1]].strip(QUOTE_CHARS + " "):
            # the parser gave the closing quote mark to the next sentence: that sentence
            # follows the quotation, and only counts if it stays in the paragraph
            if not text[q[1] : sents[k].end_char].lstrip(" \t").startswith("\n"):
                near.append(sents[k])
            k += 1
            break
        near.append(sents[k])
        k += 1
    if not near:
        return near
    first = sents.index(near[0])
    if first > 0 and text[sents[first - 1].start_char : q[0]].rstrip().endswith(":"):
        near.insert(0, sents[first - 1])
    if k < len(sents) and "\n" not in text[q[1] : sents[k].start_char] and not sents[k].text[:1].isspace():
        near.append(sents[k])  # (a sentence that opens with the paragraph break is in the next paragraph)
    return near


def _cued_quote(
    doc: Doc, text: str, q: Range, quotes: list[tuple[int, int]], sents: list[SpacySpan], used: set[int]
) -> Hit | None:
    """The quotation's speaker and cue, looked for outside quotes in its own sentences."""
    lex = cues()
    colon = _colon_before(doc, text, q)
    if colon is not None and colon.cue_token not in used:
        return colon  # "... rolled out a new message: “...”": the noun before the colon says whose
    best: tuple[int, Hit] | None = None
    for sent in _sentences_near(text, q, sents):
        for tok in sent:
            if tok.i in used or tok.pos_ not in ("VERB", "AUX") or tok.dep_ == "prep" or stands_for_a_name(tok):
                continue  # a participle as a preposition: ', compared to “...”'; "Go" of "Go Min-jae"
            if any(s <= tok.idx < e for s, e in quotes):
                continue
            if tok.idx >= q[1] and "\n" in text[q[1] : tok.idx]:
                continue  # the parser ran the next paragraph into the quotation's sentence
            lemma = tok.lemma_.lower()
            if not (lex.is_verb(lemma) or lemma in lex.quote_only_verbs):
                continue
            if _phase_of_doing(tok, quotes) or says_nothing(tok, lex):
                continue
            src = source_of(tok, lex)
            source = source_range(src, tok) if src is not None else _name_between(doc, q, tok)
            if source is None:
                continue
            dist = min(abs(tok.idx - q[0]), abs(tok.idx - q[1]))
            cue = (tok.idx, tok.idx + len(tok.text))
            hit = Hit(_with_determiner(doc, q), _strip_comma(text, source) if source else None, cue, tok.i)
            if best is None or dist < best[0]:
                best = (dist, hit)
    return best[1] if best else None


def _with_determiner(doc: Doc, q: Range) -> Range:
    """A quoted name or phrase with the article that opens its noun phrase outside the quote
    marks: 'led the clerk to fear a “harbour tax.”' fears a harbour tax, article and all."""
    span = doc.char_span(q[0], q[1], alignment_mode="expand")
    if span is None or span.start == 0:
        return q
    det = doc[span.start - 1]
    if det.dep_ in ("det", "poss") and span.start <= det.head.i < span.end and det.whitespace_:
        return det.idx, q[1]
    return q


def _colon_before(doc: Doc, text: str, q: Range) -> Hit | None:
    """The report of a quotation after "...<noun of words said>:" (nominal.before_colon)."""
    k = q[0]
    while k > 0 and text[k - 1].isspace():
        k -= 1
    if k == 0 or text[k - 1] != ":":
        return None
    colon = doc.char_span(k - 1, k)
    return before_colon(colon[0], q) if colon is not None else None


def _phase_of_doing(verb: Token, quotes: list[tuple[int, int]]) -> bool:
    """Whether a verb that reports only a quotation ("began: “...”") says instead when something
    else is done, with an infinitive or a participle outside quote marks: "began taking calls
    on his “Straight Talk” show", "it began to rain as “...”"."""
    lex = cues()
    if lex.is_verb(verb.lemma_.lower()):
        return False
    return any(c.dep_ == "xcomp" and not any(s <= c.idx < e for s, e in quotes) for c in verb.children)


def _name_between(doc: Doc, q: Range, verb: Token) -> Range | None:
    """A name between a quotation and its cue that the parser did not take for the subject:
    in '“...,” Trump told supporters' it may read "Trump told supporters" as a noun phrase, in
    'Said Ellis: “...”' the name after the cue as a noun the cue describes."""
    if verb.idx < q[0]:
        words = [t for t in doc[verb.i + 1 :] if t.idx < q[0] and not t.is_punct]
    else:
        words = [t for t in doc[: verb.i] if t.idx >= q[1] and not t.is_punct]
    if verb.idx > q[0] and (described := _name_and_post(doc, words)) is not None:
        return described
    if not words or len(words) > 4 or any(t.pos_ != "PROPN" for t in words):
        return None
    return words[0].idx, words[-1].idx + len(words[-1].text)


def _name_and_post(doc: Doc, words: list[Token]) -> Range | None:
    """A name and a comma-set description of it between a quotation and its cue, which the parser
    hung elsewhere: '“...,” Go Min-jae, the party leader, said' (its "Go" read as a verb)."""
    if not words or not name_piece(doc, words[0].i):
        return None
    comma = next((t.i for t in doc[words[0].i : words[-1].i] if t.text == ","), None)
    if comma is None or comma - words[0].i > 5 or words[-1].i - comma > 8:
        return None
    if not all(name_piece(doc, k) for k in range(words[0].i, comma)):
        return None
    post = [t for t in words if t.i > comma]
    if not post or any(t.pos_ in ("VERB", "AUX") or t.tag_ in ("WP", "WDT") for t in post):
        return None
    return words[0].idx, words[-1].idx + len(words[-1].text)


def _strip_comma(text: str, r: Range) -> Range:
    start, end = r
    while end > start and text[end - 1] in ",;:":
        end -= 1
    return start, end


def _speaker_of_the_paragraph_before(doc: Doc, text: str, q: Range) -> Hit | None:
    """A paragraph that is all quotation, with nobody said to say it, after a paragraph whose
    last sentence has someone speak: theirs ("The captain spoke to reporters. || “We ran.”";
    see speaking_verbs)."""
    start = text.rfind("\n", 0, q[0]) + 1
    end = text.find("\n", q[1])
    if text[start : q[0]].strip() or text[q[1] : len(text) if end < 0 else end].strip() or start < 2:
        return None
    last = doc.char_span(start - 2, start - 1, alignment_mode="expand")
    if last is None or "\n\n" not in text[max(0, start - 3) : start]:
        return None
    verb = last.sent.root
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.lemma_.lower() not in cues().speaking_verbs or subject is None:
        return None
    source = source_range(subject)
    return None if source is None else Hit(q, source, None, -1)


def _continue_quote(text: str, q: Range, hits: list[Hit], quotes: list[tuple[int, int]]) -> None:
    """Extend the quoted attribution just before ``q`` over it (in place), if there is one."""
    before = [i for i, h in enumerate(hits) if h.content[1] <= q[0]]
    if not before:
        return
    # of hits that end together, the one whose cue stands last: '... “...,” she said. “...”'
    i = max(before, key=lambda k: (hits[k].content[1], _cue_start(hits[k])))
    speaker = _speaker_before(text, q, hits, before, quotes)
    said, latest = (hits[speaker].cue, hits[i].cue) if speaker is not None else (None, None)
    if speaker is not None and said is not None and latest is not None and said[0] < latest[0] < q[0]:
        last = hits[i].content
        if not any(s < last[1] and last[0] < e for s, e in quotes):  # (a quoted report goes on itself)
            i = speaker  # '“...,” said X, who has been fighting the port. “...”': X goes on, not the aside
    prev = hits[i]
    quoted = any(prev.content[0] <= e and s <= prev.content[1] for s, e in quotes)
    gap = text[prev.content[1] : q[0]]
    titles = [(s, e) for s, e in quotes if prev.content[1] <= s < q[0]]
    if gap.count("\n") > 2 or any(len(text[s:e].split()) > TITLE_WORDS or "\n" in text[s:e] for s, e in titles):
        return  # (a short title quoted in the narration between them does not part them: 'on “Fox and Friends.”')
    trailing_cue = prev.cue is not None and prev.content[1] <= prev.cue[0] < q[0] and "\n" not in gap
    if quoted and trailing_cue and _split_by_cue(text, prev, q):
        hits[i] = dataclasses.replace(prev, content=(prev.content[0], q[1]))
        return  # '“What we owe them is honesty,” he said, “and to say that ...”': one quotation
    if not _starts_sentence(text, q[0]) or len(text[q[0] : q[1]].split()) < MIN_QUOTE_WORDS:
        return  # a word or phrase quoted in narration: '... he said, calling it “reckless”.'
    if quoted or trailing_cue:  # "..., Schiff said. “The other factor ...”": he goes on
        hits[i] = dataclasses.replace(prev, content=(prev.content[0], q[1]))
    elif gap.endswith("\n") and (q[1] >= len(text) or text[q[1]] == "\n") and len(text[q[0] : q[1]].split()) > 3:
        hits.append(Hit(q, prev.source, None, -1))  # a quoted paragraph after "X said ...:"


#: The most words of a quoted title in the narration between two halves of a quotation.
TITLE_WORDS = 4


def _cue_start(hit: Hit) -> int:
    return hit.cue[0] if hit.cue is not None else -1


def _speaker_before(
    text: str, q: Range, hits: list[Hit], before: list[int], quotes: list[tuple[int, int]]
) -> int | None:
    """The hit of the quotation just before ``q`` whose cue follows it in the same paragraph
    ('“...,” said X, ...'), if there is one."""
    quoted = [k for k in before if any(s == hits[k].content[0] and e == hits[k].content[1] for s, e in quotes)]
    if not quoted:
        return None
    k = max(quoted, key=lambda j: hits[j].content[1])
    cue = hits[k].cue
    if cue is None or not hits[k].content[1] <= cue[0] < q[0] or "\n" in text[hits[k].content[1] : q[0]]:
        return None
    return k


def _split_by_cue(text: str, prev: Hit, q: Range) -> bool:
    """Whether quotation ``q`` goes on with the quotation of ``prev`` after its cue: the first
    half breaks off at a comma, the report after it ends in a comma, and ``q`` opens in lower
    case ('“..., ” he said, “and ...”')."""
    first = text[prev.content[0] : prev.content[1]].rstrip(QUOTE_CHARS + " ")
    gap = text[prev.content[1] : q[0]].rstrip(QUOTE_CHARS + " ")
    opening = text[q[0] : q[1]].lstrip(QUOTE_CHARS + " ")
    if any(c in _ABBREVIATION.sub("", gap) for c in ".?!") or len(gap) > MAX_INTERRUPTION:
        return False  # a sentence ends between them ("Mr." does not)
    return first.endswith(",") and gap.endswith(",") and opening[:1].islower()


def _starts_sentence(text: str, i: int) -> bool:
    """Whether position ``i`` opens a paragraph or follows the end of a sentence."""
    k = i
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    return k == 0 or text[k - 1] in "\n.?!”\"’'"


def _dashed_quote(text: str, q: Range) -> Hit | None:
    """A quotation signed after a dash: "“...” ― Sonya Herridge"."""
    m = _SIGNED.match(text, q[1])
    if m is None:
        return None
    return Hit(q, (m.start(2), m.end(2)), (m.start(1), m.end(1)), -1)


def _one_paragraph(text: str, hit: Hit, quotes: list[tuple[int, int]]) -> Hit:
    """Keep a content that is not a quotation within the paragraph of its cue."""
    start, end = hit.content
    if "\n" not in text[start:end] or any(s <= start and end <= e for s, e in quotes) or hit.cue is None:
        return hit
    cue = hit.cue[0]
    quoted = any(s == start for s, _ in quotes)  # a quotation, which may go on in the next paragraphs
    if cue < start:
        cut = text.find("\n", start)
        goes_on = quoted and _quotes_only(text, cut, end, quotes)
        if cut > start and not any(s < cut < e for s, e in quotes) and not goes_on:
            end = cut
    elif cue >= end:
        cut = text.rfind("\n", start, end)
        if cut >= start and not any(s < cut < e for s, e in quotes):
            start = cut + 1
    else:  # a cue set inside what is said: "Climate change, Mr. Obama often says, is ..."
        before, after = text.rfind("\n", start, cue), text.find("\n", cue, end)
        if before >= start and not any(s < before < e for s, e in quotes):
            start = before + 1
        goes_on = quoted and after >= 0 and _quotes_only(text, after, end, quotes)
        if after >= 0 and not any(s < after < e for s, e in quotes) and not goes_on:
            end = after
    if (start, end) == hit.content or start >= end:
        return hit
    return dataclasses.replace(hit, content=(start, end))


def _quotes_only(text: str, start: int, end: int, quotes: list[tuple[int, int]]) -> bool:
    """Whether [start, end) holds nothing but whole quotations and the space between them: the
    quoted paragraphs after '“...,” he said.' that go on with what he says (a quoted line in
    Title Case is a subhead, not more of it)."""
    ends = {s: e for s, e in quotes}
    k = start
    while k < end:
        if text[k].isspace():
            k += 1
        elif k in ends and ends[k] <= end and not _headline(text[k : ends[k]]):
            k = ends[k]
        else:
            return False
    return k > start


def _headline(line: str) -> bool:
    words = re.findall(r"[^\W\d_][\w’'-]*", line)
    return all(w[:1].isupper() or w.lower() in SMALL_WORDS for w in words[1:])


def _outside_quotes(doc: Doc, hit: Hit, quotes: list[tuple[int, int]]) -> Hit:
    """A source found inside a quotation is a misparse: take the words between the
    quotation and the cue instead ("“...,” Police Chief Ana Ruiz said"), or none."""
    if hit.source is None or hit.cue_token < 0 or not any(_overlaps(hit.source, q) for q in quotes):
        return hit
    verb = doc[hit.cue_token]
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and not any(s <= child.idx < e for s, e in quotes):
            r = source_range(child)
            if r is not None:
                return dataclasses.replace(hit, source=r)
    words = [t for t in verb.sent if not t.is_punct and t.i != verb.i]
    closed = max((e for _, e in quotes if e <= verb.idx), default=hit.content[1])  # the quotation before the cue
    before = [t for t in words if t.i < verb.i and t.idx >= closed]
    after = []
    for t in words:
        if t.i > verb.i and t.idx < _next_quote(verb.idx, quotes):
            if t.pos_ in ("ADP", "VERB", "SCONJ", "CCONJ"):
                break
            after.append(t)
    side = before or (after if hit.content[0] < verb.idx else [])
    side = [t for t in side if not any(s <= t.idx < e for s, e in quotes)]
    while side and side[0].pos_ in ("CCONJ", "SCONJ", "ADV", "ADP"):
        side = side[1:]  # "..., and when questioned ..." is no name
    verbs = [k for k, t in enumerate(side) if t.pos_ in ("VERB", "AUX") and t.text.islower()]
    if verbs:
        side = side[: verbs[0]]  # "...,” Sanders said, suggesting ...": the one who said it
    if not side or len(side) > 12:
        return dataclasses.replace(hit, source=None)
    return dataclasses.replace(hit, source=(side[0].idx, side[-1].idx + len(side[-1].text)))


def _next_quote(i: int, quotes: list[tuple[int, int]]) -> int:
    return min((s for s, _ in quotes if s > i), default=1 << 62)


def _labelled(doc: Doc, text: str, hits: list[Hit]) -> list[Hit]:
    """Lines "Name: words" (transcripts, headlines): Name says the words, and what they
    report inside is part of it; a hit that runs across the line's edge keeps the line. A
    label with a verb or a preposition in it is a heading ("The Gap Goes On: ..."), no name."""
    lex = cues()
    out = []
    for m in _LABELLED.finditer(text):
        name = m.group(1)
        if name.lower() in lex.not_speakers or name[-1:] == "." or len(m.group(3).split()) < 3:
            continue
        label = doc.char_span(m.start(1), m.end(1), alignment_mode="expand") or ()
        if any(t.pos_ in ("VERB", "AUX") or (t.pos_ == "ADP" and t.lower_ != "of") for t in label):
            continue
        end = len(m.group(3).rstrip())
        content = (m.start(3), m.start(3) + end)
        if any(_overlaps(h.content, content) and not _within(h.content, content) for h in hits):
            continue
        out.append(Hit(content, (m.start(1), m.end(1)), (m.start(2), m.end(2)), -1))
    return out


def _colon_paragraphs(doc: Doc, text: str, hits: list[Hit]) -> list[Hit]:
    """ "Limbaugh added:" at the end of a line reports the next paragraph."""
    lex = cues()
    used = {h.cue_token for h in hits}
    out: list[Hit] = []
    for m in _LINE_COLON.finditer(text):
        stop = text.find("\n", m.end())
        content = (m.end(), len(text) if stop < 0 else stop)
        if any(_overlaps(h.content, content) for h in hits + out):
            continue
        line = doc.char_span(text.rfind("\n", 0, m.start()) + 1, m.start(), alignment_mode="contract")
        for tok in line or ():
            lemma = tok.lemma_.lower()
            if tok.i in used or tok.pos_ not in ("VERB", "AUX"):
                continue
            if lex.is_verb(lemma) or lemma in lex.quote_only_verbs:
                src = source_of(tok, lex)
                if src is not None:
                    out.append(Hit(content, source_range(src, tok), (tok.idx, tok.idx + len(tok.text)), tok.i))
                    break
        else:
            colon = doc.char_span(m.start(), m.start() + 1)
            hit = before_colon(colon[0], content) if colon is not None else None
            if hit is not None and hit.cue_token not in used:
                out.append(hit)
    return out
