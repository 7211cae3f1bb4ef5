"""Quotations in plain text: pair quote marks within and across paragraphs.

Straight, curly, low-high („…“), guillemet and single quote marks are understood; a mark that finds no
partner is skipped, so an unbalanced quote never spoils the rest of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‹‚"
SINGLE_CLOSE = "’›"
MARKS = DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE + "\"'"
_BEFORE_OPEN = "([{—–-/"
_PARAGRAPH = re.compile(r"[^\n]+")


def _role(text: str, i: int, width: int = 1) -> str:
    """'open', 'close' or '' (neither) for the quote mark ``text[i:i + width]``."""
    c = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + width] if i + width < len(text) else " "
    if c in DOUBLE_OPEN or c in SINGLE_OPEN:
        if c in "“‘«‹" and not (prev.isspace() or prev in _BEFORE_OPEN) and (nxt.isspace() or nxt in ".,;:!?"):
            return "close"  # it closes „German“, ‚German‘ and »Danish« quotations (or was typed where one closes)
        return "open"
    if c in DOUBLE_CLOSE:
        if (prev.isspace() or prev in _BEFORE_OPEN) and not nxt.isspace():
            return "open"  # a closing mark typed where one opens: ”We ...”
        return "close"
    if width == 1 and c in SINGLE_CLOSE + "'":
        if prev.isalnum() and nxt.isalnum():
            return ""  # an apostrophe: don't, O'Brien
        if (prev.isspace() or prev in _BEFORE_OPEN) and c == "'" and not nxt.isspace():
            return "open"
        return "close" if not prev.isspace() and not nxt.isalnum() else ""
    # a straight double quote, or two straight single quotes standing for one
    if prev.isspace() or prev in _BEFORE_OPEN or prev in DOUBLE_OPEN + SINGLE_OPEN:
        if not nxt.isspace():
            return "open"
        # set apart by a space from a single mark it closes after: 'the term 'ferry tax,' "'
        return "close" if prev == " " and i > 1 and text[i - 2] in SINGLE_CLOSE + "'" else ""
    return "close"


def _marks(text: str, start: int, end: int, double: bool) -> Iterator[tuple[int, int, str]]:
    """(position, width, role) of the quote marks in ``text[start:end]``."""
    kinds = DOUBLE_OPEN + DOUBLE_CLOSE + '"' if double else SINGLE_OPEN + SINGLE_CLOSE + "'"
    i = start
    while i < end:
        width = 2 if double and text.startswith("''", i) else 1
        if width == 2 or text[i] in kinds:
            role = _role(text, i, width)
            if role:
                yield i, width, role
        i += width


def _pair(text: str, start: int, end: int, double: bool) -> list[tuple[int, int, bool]]:
    """(open, close + 1, closed) for each quotation inside one paragraph."""
    spans: list[tuple[int, int, bool]] = []
    opened: int | None = None
    for i, width, role in _marks(text, start, end, double):
        if opened is None:
            if role == "open":
                opened = i
        elif role == "close":
            if i > opened + 2:
                spans.append((opened, i + width, True))
            opened = None
        elif role == "open":
            opened = i  # the earlier mark found no partner
    if opened is not None:
        spans.append((opened, end, False))
    return spans


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Character spans ``[start, end)`` of quotations, quote marks included, in text order.

    A paragraph that leaves a quotation open continues it when the next paragraph opens
    with a quote mark (the newspaper convention); otherwise the quotation runs to the end
    of its paragraph only if it opened the paragraph or followed a colon or comma.
    """
    paragraphs = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]
    found: list[tuple[int, int]] = []
    carry: int | None = None  # start of a quotation continued from an earlier paragraph
    for n, (p_start, p_end) in enumerate(paragraphs):
        spans = _pair(text, p_start, p_end, double=True)
        singles = _pair(text, p_start, p_end, double=False)
        spans = sorted(spans + [s for s in singles if s[2] and not any(_inside(s, d) for d in spans)])
        for k, (s, e, closed) in enumerate(spans):
            if carry is not None and k == 0 and s == _first_visible(text, p_start, p_end):
                s = carry
            carry = None
            if closed:
                found.append((s, e))
                continue
            nxt = paragraphs[n + 1] if n + 1 < len(paragraphs) else None
            opens = text[_first_visible(text, *nxt)] if nxt is not None else ""
            if opens and _same_style(text[s], opens):
                carry = s
            elif opens and opens in DOUBLE_OPEN + '"':
                continue  # a stray mark: the next paragraph opens a quotation in another style
            elif s == _first_visible(text, p_start, p_end) or text[:s].rstrip()[-1:] in (":", ","):
                found.append((s, _last_visible(text, p_start, p_end)))
    return found


def _same_style(mark: str, other: str) -> bool:
    """Whether ``other`` opens a paragraph that goes on with the quotation ``mark`` opened: a
    straight mark goes on only with a straight one (in a text of curly quotations a straight
    mark that never closes is a stray, as of a quoted block); a curly one with either."""
    return other == '"' if mark == '"' else other in DOUBLE_OPEN + '"'


def _inside(a: tuple[int, int, bool], b: tuple[int, int, bool]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _first_visible(text: str, start: int, end: int) -> int:
    while start < end - 1 and text[start].isspace():
        start += 1
    return start


def _last_visible(text: str, start: int, end: int) -> int:
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    return end
