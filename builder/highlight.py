"""An article's text as escaped HTML paragraphs, each attribution's words marked and linked.

The text is untrusted: every character of it goes through ``html.escape``; only the tags
written here reach the page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape

from markupsafe import Markup

from .view import Shown


@dataclass(frozen=True, slots=True)
class _Mark:
    start: int
    end: int
    stance: Shown
    also: tuple[str, ...] = ()  # ids of attributions that start inside this one and are not marked


def _fits(text: str, s: Shown) -> bool:
    c = s.attribution.content
    return 0 <= c.start < c.end <= len(text) and text[c.start:c.end] == c.text


def _marks(text: str, stances: Sequence[Shown]) -> tuple[list[_Mark], list[str]]:
    """Content spans that fit the text, without overlaps (the earlier, then longer, wins).

    An overlapped attribution keeps its anchor inside the mark it starts in; one whose span
    does not fit the text keeps its anchor before the text (the second list), so that every
    link to an attribution lands somewhere on the page.
    """
    spans = sorted(
        (_Mark(s.attribution.content.start, s.attribution.content.end, s) for s in stances if _fits(text, s)),
        key=lambda m: (m.start, -m.end, m.stance.attribution.id),
    )
    out: list[_Mark] = []
    for m in spans:
        if not out or m.start >= out[-1].end:
            out.append(m)
        else:
            last = out[-1]
            out[-1] = _Mark(last.start, last.end, last.stance, (*last.also, m.stance.attribution.id))
    unplaced = [s.attribution.id for s in stances if not _fits(text, s)]
    return out, unplaced


def article_html(text: str, stances: Sequence[Shown], link: Callable[[Shown], Markup]) -> Markup:
    """Paragraphs of escaped text; each attribution's content in a <mark> with an anchor.

    ``link(stance)`` gives the (already safe) HTML placed after a mark: who said it, on what claim.
    """
    marks, unplaced = _marks(text, stances)
    parts: list[str] = [f'<span class="att-anchor" id="att-{escape(i)}"></span>' for i in unplaced]
    opened: _Mark | None = None
    mark_iter = iter(marks)
    nxt = next(mark_iter, None)

    def open_tag(m: _Mark, first_piece: bool) -> str:
        if not first_piece:
            return f'<mark class="att stance-{escape(m.stance.stance)}">'
        also = "".join(f'<span class="att-anchor" id="att-{escape(i)}"></span>' for i in m.also)
        return f'<mark class="att stance-{escape(m.stance.stance)}" id="att-{escape(m.stance.attribution.id)}">{also}'

    paragraphs = text.split("\n")
    offset = 0
    for para in paragraphs:
        pend = offset + len(para)
        if para.strip():
            parts.append("<p>")
            pos = offset
            if opened is not None:
                parts.append(open_tag(opened, False))
            while True:
                if opened is not None:
                    stop = min(opened.end, pend)
                    parts.append(escape(text[pos:stop]))
                    pos = stop
                    if opened.end <= pend:
                        parts.append("</mark>" + str(link(opened.stance)))
                        opened = None
                        continue
                    parts.append("</mark>")
                    break
                if nxt is not None and nxt.start < pend:
                    start = max(nxt.start, pos)
                    parts.append(escape(text[pos:start]))
                    pos = start
                    opened = nxt
                    parts.append(open_tag(nxt, True))
                    nxt = next(mark_iter, None)
                    continue
                parts.append(escape(text[pos:pend]))
                break
            parts.append("</p>\n")
        offset = pend + 1
    return Markup("".join(parts))
