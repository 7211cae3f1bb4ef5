"""links: the small pieces every page repeats (links to actors, claims, articles and quotes,
status badges, stance labels), as Python functions the templates call.

As Jinja macros they were a third of the render stage of a large briefing (hundreds of
thousands of calls at some 40 µs each). Every value goes through markupsafe's escape, as with
Jinja's autoescape; the golden pages hold the same bytes as the macros made.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup
from markupsafe import escape as _e

from . import paging

_OPEN = "\"'“‘«„‚"
_CLOSE = "\"'”’»“‘"
_QUOTES = set(_OPEN + _CLOSE) - {"'"}  # an apostrophe inside words is not a quote mark


@dataclass(frozen=True, slots=True)
class Words:
    """An attribution's words as a page shows them."""

    text: str
    direct: bool  # a verbatim quote: shown inside “…”; otherwise reported speech, shown as written


def words(value: str) -> Words:
    """Direct quotes lose their outer quote marks and trailing comma; reported speech is kept as written.

    A quote is direct when the words open and close with quote marks and hold none in between,
    so that “…” is never put around words the actor did not say in one piece.
    """
    text = value.strip()
    body = text.rstrip(".,;:!? ")
    tail = text[len(body):].strip()
    if len(body) > 2 and body[0] in _OPEN and body[-1] in _CLOSE:
        inner = body[1:-1].strip()
        if inner and not _QUOTES & set(inner):
            return Words(inner.rstrip(",;:") + tail.rstrip(",;: "), True)
    return Words(text.rstrip(",;: ") or value, False)


def label(value: str) -> str:
    """A stance or kind as words: ``considers-plausible`` -> ``considers plausible``."""
    return value.replace("-", " ")



def page_url(page: str) -> str:
    """The built page's path for a Markdown page (use_directory_urls is off)."""
    return page[:-3] + ".html" if page.endswith(".md") else page


_NO_ACTOR = Markup('<span class="bf-actor bf-unknown">unnamed source</span>')
_NO_CLAIM = Markup('<span class="bf-unknown">no claim</span>')
_REPORTED = "title=\"reported speech: the article's words\""


class Links:
    """The pieces for one page, ``here``: ``url`` makes a link from that page to another."""

    def __init__(self, url: Callable[[str], str], here: str = "") -> None:
        self.url = url
        self.here = here

    def context(self) -> dict[str, Any]:
        return {"badge": badge, "stance": stance, "actor_link": self.actor_link, "claim_link": self.claim_link,
                "article_link": self.article_link, "quote_link": self.quote_link, "actor_list": self.actor_list,
                "more": more}

    def actor_link(self, actor: Any) -> Markup:
        if not actor:
            return _NO_ACTOR
        return Markup(f'<a class="bf-actor" href="{_e(self.url(f"actors/{actor.id}.md"))}">{_e(actor.name)}</a>')

    def claim_link(self, claim: Any) -> Markup:
        if not claim:
            return _NO_CLAIM
        return Markup(f'<a class="bf-claim" href="{_e(self.url(f"claims/{claim.id}.md"))}">{_e(claim.statement)}</a>')

    def article_link(self, article: Any) -> Markup:
        title, href = _e(article.title), _e(self.url(f"articles/{article.id}.md"))
        return Markup(f'<a class="bf-article" href="{href}" title="{title}">{title}</a>')

    def quote_link(self, s: Any) -> Markup:
        """The attribution's words, linked to their highlighted place in the article page: a verbatim
        quote inside “…”, reported speech as the article words it, without quote marks."""
        w = words(s.attribution.content.text)
        page = f"articles/{s.article.id}.md"
        href = f'{_e(self.url(page)) if page != self.here else ""}#att-{_e(s.attribution.id)}'
        if w.direct:
            return Markup(f'<a class="bf-quote" href="{href}">“{_e(w.text)}”</a>')
        return Markup(f'<a class="bf-quote bf-reported" href="{href}" {_REPORTED}>{_e(w.text)}</a>')

    def actor_list(self, actors: Sequence[Any], limit: int = paging.SHORT) -> Markup:
        return Markup(", ").join(self.actor_link(a) for a in actors[:limit]) + more(len(actors), limit)


def badge(status: str) -> Markup:
    status = _e(status)
    return Markup(f'<span class="bf-badge bf-status-{status}">{status}</span>')


def stance(name: str) -> Markup:
    return Markup(f'<span class="bf-stance bf-stance-{_e(name)}">{_e(label(name))}</span>')


def more(total: int, limit: int) -> Markup:
    """`` and 12 more`` after a list cut at ``limit`` items."""
    return Markup(f' <span class="bf-more">and {total - limit} more</span>') if total > limit else Markup("")
