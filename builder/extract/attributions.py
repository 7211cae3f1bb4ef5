"""The attribution finder: reported speech and quotations -> source, cue and content spans.

Reported speech comes from the dependency parse (reported.py); quotations from quote-mark
pairing (quotes.py). A quotation inside a reported content widens it to the whole quote; a
quotation with a cue in its own sentence (or a colon before it) becomes an attribution of
its own; one with neither continues the quoted attribution just before it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from ..models import Span
from .base import Found
from .cues import cues
from .quotes import find_quotes
from .reported import Hit, Range, find_reported, source_of

MIN_QUOTE_WORDS = 3


def find_attributions(doc: Doc) -> Iterator[Found]:
    """Attributions in ``doc``, in text order of their content."""
    text = doc.text
    quotes = find_quotes(text)
    hits = [_widen(h, quotes) for h in find_reported(doc, skip=quotes)]
    hits = _quoted(doc, quotes, hits)
    seen: set[Range] = set()
    for hit in sorted(hits, key=lambda h: (h.content, h.cue_token)):
        if hit.content in seen:
            continue
        seen.add(hit.content)
        yield Found(
            content=_span(text, hit.content),
            source=_span(text, hit.source) if hit.source else None,
            cue=_span(text, hit.cue) if hit.cue else None,
        )


def _span(text: str, r: Range) -> Span:
    return Span(text[r[0] : r[1]], r[0], r[1])


def _overlaps(a: Range, b: Range) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _widen(hit: Hit, quotes: list[tuple[int, int]]) -> Hit:
    """Stretch the content over every quotation it touches."""
    start, end = hit.content
    for q in quotes:
        if _overlaps((start, end), q):
            start, end = min(start, q[0]), max(end, q[1])
    if (start, end) == hit.content:
        return hit
    return dataclasses.replace(hit, content=(start, end))


def _quoted(doc: Doc, quotes: list[tuple[int, int]], hits: list[Hit]) -> list[Hit]:
    """``hits`` plus attributions for the quotations that no hit covers yet."""
    out = list(hits)
    for q in quotes:
        if any(_overlaps(h.content, q) for h in out):
            continue
        words = doc.text[q[0] : q[1]].split()
        hit = _cued_quote(doc, q, quotes)
        if hit is None:
            _continue_quote(doc.text, q, out, quotes)
        elif len(words) >= MIN_QUOTE_WORDS:
            out.append(hit)
    return out


def _sentences_near(doc: Doc, q: Range) -> list[SpacySpan]:
    """The sentences the quotation touches, and the one before when it ends in a colon."""
    sents = list(doc.sents)
    near = [s for s in sents if _overlaps((s.start_char, s.end_char), q)]
    if near:
        i = near[0].start
        before = [s for s in sents if s.end <= i]
        if before and doc.text[before[-1].start_char : q[0]].rstrip().endswith(":"):
            near.insert(0, before[-1])
    return near


def _cued_quote(doc: Doc, q: Range, quotes: list[tuple[int, int]]) -> Hit | None:
    """The quotation's speaker and cue, looked for outside quotes in its own sentences."""
    lex = cues()
    best: tuple[int, Hit] | None = None
    for sent in _sentences_near(doc, q):
        for tok in sent:
            if any(s <= tok.idx < e for s, e in quotes) or tok.pos_ not in ("VERB", "AUX"):
                continue
            lemma = tok.lemma_.lower()
            if not (lex.is_verb(lemma) or lemma in lex.quote_only_verbs):
                continue
            src = source_of(tok, lex)
            if src is None:
                continue
            dist = min(abs(tok.idx - q[0]), abs(tok.idx - q[1]))
            source = (src.left_edge.idx, src.right_edge.idx + len(src.right_edge.text))
            cue = (tok.idx, tok.idx + len(tok.text))
            hit = Hit(q, _strip_comma(doc.text, source), cue, tok.i)
            if best is None or dist < best[0]:
                best = (dist, hit)
    return best[1] if best else None


def _strip_comma(text: str, r: Range) -> Range:
    start, end = r
    while end > start and text[end - 1] in ",;:":
        end -= 1
    return start, end


def _continue_quote(text: str, q: Range, hits: list[Hit], quotes: list[tuple[int, int]]) -> None:
    """Extend the quoted attribution just before ``q`` over it (in place), if there is one."""
    before = [i for i, h in enumerate(hits) if h.content[1] <= q[0]]
    if not before:
        return
    i = max(before, key=lambda k: hits[k].content[1])
    prev = hits[i]
    if not any(s <= prev.content[0] and prev.content[1] <= e + 1 for s, e in quotes) and not any(
        prev.content[1] == e for s, e in quotes
    ):
        return
    gap = text[prev.content[1] : q[0]]
    if gap.count("\n") > 2 or any(prev.content[1] <= s < q[0] for s, _ in quotes):
        return
    hits[i] = dataclasses.replace(prev, content=(prev.content[0], q[1]))
