"""render: the briefing's records -> Markdown pages for MkDocs (pure: returns path -> text).

Templates live in site_templates/pages/. Every value from an article or a record reaches a
page through Jinja's HTML autoescaping, inside raw HTML blocks that Markdown leaves alone,
so no article text is ever read as Markdown, HTML or a template.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from . import feeds, paging
from .highlight import article_html
from .links import Links, label, page_url, words
from .links import Words as Words  # re-exported: render.words() gives one
from .models import ACTOR_KINDS, STANCES, Article
from .network import mermaid, network
from .pagecache import Fingerprints, PageCache
from .records import ActorRecord, ClaimRecord
from .view import STATUSES, ActorRef, Briefing, Day, Refs, Shown, Stance

TEMPLATES = Path(__file__).resolve().parent.parent / "site_templates"
#: How many items the home page lists of each kind before linking to the index.
HOME_LIMIT = 25
_UNSAFE_META = str.maketrans({"<": "‹", ">": "›", "&": "＆", "\n": " ", "\r": " "})


def meta_text(value: str) -> Markup:
    """A page title for YAML front matter: JSON-quoted, with no character HTML treats as markup.

    MkDocs themes print the title in places that are not escaped, so ``<``, ``>`` and ``&``
    are replaced by look-alikes here rather than escaped.
    """
    return Markup(json.dumps(" ".join(value.translate(_UNSAFE_META).split()), ensure_ascii=False))


def plural(n: int, noun: str) -> str:
    """``3 attributions``, ``1 attribution``."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def page_title(title: str, pager: paging.Pager) -> str:
    """``Claims``, then ``Claims (page 2)`` on the pages after the first."""
    return title if pager.number == 1 else f"{title} (page {pager.number})"


def environment(templates: Path = TEMPLATES, *, compiled: Path | None = None) -> jinja2.Environment:
    """The templates' environment; with ``compiled``, a folder where compiled templates are kept between builds."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates / "pages"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # a build renders thousands of pages from templates that do not change meanwhile
        bytecode_cache=compiled_templates(compiled) if compiled else None,
    )
    env.filters["meta"] = meta_text
    env.filters["words"] = words
    env.filters["plural"] = plural
    env.filters["label"] = label
    env.filters["update_summary"] = feeds.update_summary
    env.filters["page_title"] = page_title
    return env


def compiled_templates(folder: Path) -> jinja2.BytecodeCache:
    """Jinja's cache of compiled templates in ``folder`` (compiling Material's and ours took about a
    second of every build). An entry is used only for the template source it was compiled from."""
    folder.mkdir(parents=True, exist_ok=True)
    return jinja2.FileSystemBytecodeCache(str(folder))


def relative(target: str, page: str) -> str:
    """The link from ``page`` to ``target``, both paths of Markdown pages under docs/.

    What ``posixpath.relpath`` gives, without its calls to the file system's working folder
    (a large briefing makes hundreds of thousands of links).
    """
    to = page_url(target).split("/")
    here = page_url(page).split("/")[:-1]
    common = 0
    while common < min(len(here), len(to) - 1) and here[common] == to[common]:
        common += 1
    return "/".join([".."] * (len(here) - common) + to[common:])


def _urler(page: str) -> Callable[[str], str]:
    links: dict[str, str] = {}

    def url(target: str) -> str:
        found = links.get(target)
        if found is None:
            found = links[target] = relative(target, page)
        return found

    return url


def render(
    briefing: Briefing, texts: dict[str, Article], *, site_name: str, env: jinja2.Environment | None = None,
    cache: PageCache | None = None, searchable: Callable[[dict[str, str]], None] | None = None,
) -> dict[str, str]:
    """Every page of the site: its path under docs/ and its Markdown.

    Claim, actor and article pages whose inputs are as in ``cache`` keep the Markdown they had
    (see pagecache.py); their templates get their inputs and the link helpers, nothing more.
    Those are the pages search indexes: they are made first, and handed to ``searchable``
    before the overview pages are made.
    """
    env = env or environment()
    cache = cache if cache is not None else PageCache()
    prints = Fingerprints()
    refs = Refs()  # what cached pages get of the records they only link to
    content = briefing.content
    pages: dict[str, str] = {}

    numbers = [u.number for u in content.updates]
    update_pages = {n: u.pager.path for u in paging.split("changes.md", "changes", numbers, paging.UPDATES_SIZE)
                    for n in u.items}

    def put(path: str, template: str, **context: Any) -> None:
        url = _urler(path)
        pages[path] = env.get_template(template).render(
            url=url, briefing=briefing, update_page=lambda n: update_pages.get(n, "changes.md"),
            **Links(url, path).context(), **context)

    def put_kept(path: str, template: str, inputs: dict[str, Any],
                 more: Callable[[Callable[[str], str], dict[str, Any]], dict[str, Any]] | None = None) -> None:
        """A page made from ``inputs`` alone (and ``more(url, inputs)``, made only when it is rendered)."""
        key = prints.key(path, template, inputs)
        text = cache.get(path, key)
        if text is None:
            url = _urler(path)
            text = env.get_template(template).render(url=url, **Links(url, path).context(), **inputs,
                                                     **(more(url, inputs) if more else {}))
            cache.put(path, key, text)
        pages[path] = text

    claims = briefing.claims_in_order()
    actors = briefing.actors_in_order()
    articles = briefing.articles_in_order()
    counts = {
        "articles": len(content.articles), "actors": len(content.actors),
        "claims": len(content.claims), "attributions": len(briefing.stances),
    }
    for claim in claims:
        status = briefing.status(claim.id)
        related = briefing.related(claim.id)
        first = briefing.first_article(claim.id)
        pro, con = briefing.sides(claim.id)
        once = {"first": refs.article(first) if first else None, "pro_con": (_actors(refs, pro), _actors(refs, con)),
                "related": [(refs.claim(r.claim), r.shared) for r in related],
                "status_of": {r.claim.id: briefing.status(r.claim.id) for r in related},
                "jsonld": feeds.claim_jsonld(briefing, claim), "tags": [_tag(f"status: {status}")]}
        for said in paging.split(f"claims/{claim.id}.md", f"claim-{claim.id}", briefing.by_claim.get(claim.id, ()),
                                 paging.STANCES_SIZE):
            put_kept(said.pager.path, "claim.md.j2", {"claim": claim, "stances": refs.all_said(said.items),
                                                      "status": status, "pager": said.pager, **once})
    status_rank = {c.id: STATUSES.index(briefing.status(c.id)) for c in claims}
    members_of: dict[str, list[Any]] = {}
    for actor in actors:
        if actor.affiliation:
            members_of.setdefault(actor.affiliation, []).append(actor)
    for actor in actors:
        flat = [(c, s) for c, items in _by_claim(briefing.by_actor.get(actor.id, ()), status_rank) for s in items]
        tags = [_tag(f"kind: {label(actor.kind)}"), *map(_tag, _stance_tags(briefing.by_actor.get(actor.id, ())))]
        members, co_actors, in_articles = (members_of.get(actor.id, []), briefing.co_actors(actor.id),
                                           briefing.articles_of(actor.id))
        # the page shows the first LONG of each list and how many there are: those are its inputs
        about = {"affiliation": refs.actor(content.actors.get(actor.affiliation or "")), "tags": tags,
                 "members": _actors(refs, members[:paging.LONG]), "members_total": len(members),
                 "co_actors": [(refs.actor(a), n) for a, n in co_actors[:paging.LONG]], "co_total": len(co_actors),
                 "articles": [refs.article(a) for a in in_articles[:paging.LONG]], "articles_total": len(in_articles)}
        for part in paging.split(f"actors/{actor.id}.md", f"actor-{actor.id}", flat, paging.STANCES_SIZE):
            by_claim = [(refs.claim(group[0][0]), refs.all_said(s for _, s in group))
                        for _, group in paging.grouped(part.items, lambda x: x[0].id if x[0] else "")]
            status_of = {c.id: briefing.status(c.id) for c, _ in by_claim if c is not None}
            put_kept(part.pager.path, "actor.md.j2", {"actor": actor, "pager": part.pager, "cap": paging.LONG,
                                                      "by_claim": by_claim, "status_of": status_of, **about})
    for article in articles:
        source = texts.get(article.id)
        attributed = briefing.by_article.get(article.id, ())
        # The text highlights every attribution; the table under it lists a page's share, and
        # the rest go on later pages, which show the table alone.
        for share in paging.split(f"articles/{article.id}.md", f"article-{article.id}", attributed,
                                   paging.STANCES_SIZE):
            inputs = {"article": article, "rows": refs.all_said(share.items), "pager": share.pager}
            if share.pager.number == 1:
                inputs |= {"stances": refs.all_said(attributed), "stance_names": STANCES,
                           "text": source.text if source is not None else None}
            put_kept(share.pager.path, "article.md.j2", inputs, _article_parts)
    if searchable is not None:
        searchable(pages)
    put("index.md", "home.md.j2", site_name=site_name, claims=claims, actors=actors,
        articles=articles, counts=counts, limit=HOME_LIMIT, latest=content.updates[0] if content.updates else None)
    put("matrix.md", "matrix.md.j2", matrix=briefing.matrix())
    size = paging.INDEX_SIZE
    for name, items in (("claims", claims), ("actors", actors), ("articles", articles)):
        for listed in paging.split(f"{name}/index.md", name, items, paging.CLAIMS_SIZE if name == "claims" else size):
            put(listed.pager.path, f"{name}_index.md.j2", pager=listed.pager, **{name: listed.items})
    events = [(day.date, e) for day in briefing.timeline() for e in day.events]
    for period in paging.split("timeline.md", "timeline", events, paging.TIMELINE_SIZE):
        days = [Day(date, [e for _, e in group]) for date, group in paging.grouped(period.items, lambda x: x[0])]
        put(period.pager.path, "timeline.md.j2", days=days, pager=period.pager)
    net = network(briefing)
    put("network.md", "network.md.j2", net=net, diagram=mermaid(net))
    rank = {c.id: i for i, c in enumerate(claims)}
    for batch in paging.split("changes.md", "changes", content.updates, paging.UPDATES_SIZE):
        put(batch.pager.path, "changes.md.j2", updates=batch.items, pager=batch.pager, cap=paging.LONG,
            in_claim_order=lambda ids: sorted(ids, key=lambda i: (rank.get(i, len(rank)), i)))
    groups = facets(briefing, claims, actors)
    put("facets.md", "facets.md.j2", groups=groups)
    for _, values in groups:
        for facet in values:
            for having in paging.split(facet.path, f"facet-{facet.slug}", facet.items, size):
                put(having.pager.path, "facet.md.j2", facet=facet, items=having.items, pager=having.pager)
    put("search.md", "search.md.j2")
    pages["briefing.json"] = feeds.briefing_json(briefing)
    pages["feed.xml"] = feeds.atom_feed(briefing, site_name=site_name)
    return pages


def _actors(refs: Refs, actors: list[ActorRecord | None] | list[ActorRecord]) -> list[ActorRef | None]:
    return [refs.actor(a) for a in actors]


def _article_parts(url: Callable[[str], str], inputs: dict[str, Any]) -> dict[str, Any]:
    """What an article page shows besides its inputs: the text with each attribution highlighted."""
    parts: dict[str, Any] = {"fragment": _fragmenter(inputs["article"].url)}
    if inputs["pager"].number == 1:
        text = inputs["text"]
        parts["text_html"] = (article_html(text, inputs["stances"], lambda s: _mark_links(s, url)) if text is not None
                              else Markup("<p><em>The seed file of this article is missing.</em></p>"))
    return parts


@dataclass(frozen=True, slots=True)
class Facet:
    """One value of a facet (a claim status, an actor kind, a stance taken) and the claims or actors with it."""

    name: str  # "status: contested"
    kind: str  # what items are: claims or actors
    items: list[Any]

    @property
    def slug(self) -> str:
        return self.name.replace(": ", "-").replace(" ", "-")

    @property
    def path(self) -> str:
        return f"pages/facet-{self.slug}.md"


def _tag(name: str) -> tuple[str, str]:
    """A facet tag on a claim or actor page: its name and its facet's page."""
    return name, Facet(name, "", []).path


def facets(briefing: Briefing, claims: list[ClaimRecord], actors: list[Any]) -> list[tuple[str, list[Facet]]]:
    """Claims by status, actors by kind and by the stances they take; the facets page's groups."""
    taken = {a.id: {s.stance for s in briefing.by_actor.get(a.id, ())} for a in actors}
    return [
        ("Claim status", [Facet(f"status: {s}", "claims", [c for c in claims if briefing.status(c.id) == s])
                          for s in STATUSES]),
        ("Actor kind", [Facet(f"kind: {label(k)}", "actors", [a for a in actors if a.kind == k])
                        for k in ACTOR_KINDS]),
        ("Actors by stance", [Facet(f"stance: {label(s)}", "actors", [a for a in actors if s in taken[a.id]])
                              for s in STANCES]),
    ]


def _stance_tags(stances: tuple[Stance, ...]) -> list[str]:
    """Facet tags for the stances taken, in the order of STANCES."""
    taken = {s.stance for s in stances}
    return [f"stance: {label(name)}" for name in STANCES if name in taken]


def _fragmenter(url: str | None) -> Callable[[Shown], str | None]:
    """The link to the original article that jumps to an attribution's words, where there is an original."""
    return lambda s: feeds.text_fragment(url, words(s.attribution.content.text).text) if url else None


def _by_claim(
    stances: tuple[Stance, ...], status_rank: dict[str, int]
) -> list[tuple[ClaimRecord | None, list[Stance]]]:
    """An actor's stances grouped by claim: contested claims first (the order of STATUSES), then
    those the actor spoke to most, words without a claim last.

    The order depends on the actor's own words and the claims' status only, so that another
    voice on one of its claims does not reorder (and change) the actor's page.
    """
    groups: dict[str, tuple[ClaimRecord | None, list[Stance]]] = {}
    for s in stances:
        key = s.claim.id if s.claim else ""
        groups.setdefault(key, (s.claim, []))[1].append(s)
    last = len(STATUSES)
    return [groups[k] for k in sorted(groups, key=lambda k: (k == "", status_rank.get(k, last), -len(groups[k][1]), k))]


def _mark_links(s: Shown, url: Callable[[str], str]) -> Markup:
    parts = []
    if s.actor is not None:
        actor_url = url(f"actors/{s.actor.id}.md")
        parts.append(Markup('<a class="bf-actor" href="{}">{}</a>').format(actor_url, s.actor.name))
    parts.append(Markup('<span class="bf-stance bf-stance-{}">{}</span>').format(s.stance, label(s.stance)))
    if s.claim is not None:
        parts.append(Markup('<a class="bf-claim" href="{}" title="{}">claim</a>').format(
            url(f"claims/{s.claim.id}.md"), s.claim.statement))
    # Left out of the search index: a result shows the article's words, not who-labels between them.
    return Markup('<sup class="bf-who" data-search-exclude>') + Markup(" ").join(parts) + Markup("</sup>")

