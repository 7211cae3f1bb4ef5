"""An article's text as escaped HTML paragraphs, each attribution's words marked and linked.

The text is untrusted: every character of it goes through ``html.escape``; only the tags
written here reach the page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from markupsafe import Markup

from .view import Stance


@dataclass(frozen=True, slots=True)
class _Mark:
    start: int
    end: int
    stance: Stance


def _marks(text: str, stances: tuple[Stance, ...]) -> list[_Mark]:
    """Content spans that fit the text, without overlaps (the earlier, then longer, wins)."""
    spans = []
    for s in stances:
        c = s.attribution.content
        if 0 <= c.start < c.end <= len(text) and text[c.start:c.end] == c.text:
            spans.append(_Mark(c.start, c.end, s))
    spans.sort(key=lambda m: (m.start, -m.end))
    out: list[_Mark] = []
    for m in spans:
        if not out or m.start >= out[-1].end:
            out.append(m)
    return out


def article_html(text: str, stances: tuple[Stance, ...], link: Callable[[Stance], Markup]) -> Markup:
    """Paragraphs of escaped text; each attribution's content in a <mark> with an anchor.

    ``link(stance)`` gives the (already safe) HTML placed after a mark: who said it, on what claim.
    """
    marks = _marks(text, stances)
    parts: list[str] = []
    opened: _Mark | None = None
    mark_iter = iter(marks)
    nxt = next(mark_iter, None)

    def open_tag(m: _Mark, first_piece: bool) -> str:
        anchor = f' id="att-{escape(m.stance.attribution.id)}"' if first_piece else ""
        return f'<mark class="att stance-{escape(m.stance.stance)}"{anchor}>'

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
