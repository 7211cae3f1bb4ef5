"""The network view: actors and the claims they take a stance on, drawn as an inline SVG.

Actors stand in a column on the left, claims on the right, and a line in the stance's colour
joins an actor to each claim it speaks on. A large briefing keeps only the most connected
actors and claims, so the drawing stays readable. No script draws it: the page loads nothing
and works in print. Every label is escaped (``Markup.format``); labels come from articles.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from markupsafe import Markup

from .records import ActorRecord, ClaimRecord
from .view import Briefing

WIDTH = 960
ROW = 44
TOP = 24
ACTOR_X = 300  # right edge of the actor labels
CLAIM_X = 620  # left edge of the claim labels


@dataclass(frozen=True, slots=True)
class Edge:
    actor: ActorRecord
    claim: ClaimRecord
    stance: str  # the actor's most frequent stance on the claim
    count: int


@dataclass(frozen=True, slots=True)
class Network:
    actors: list[ActorRecord]
    claims: list[ClaimRecord]
    edges: list[Edge]
    total_actors: int
    total_claims: int


def network(briefing: Briefing, *, actors: int = 14, claims: int = 12) -> Network:
    """The most connected actors and claims (by how many of the other kind they link to) and their links."""
    stances: defaultdict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for s in briefing.stances:
        if s.actor is not None and s.claim is not None:
            stances[(s.actor.id, s.claim.id)][s.stance] += 1
    actor_degree: Counter[str] = Counter(a for a, _ in stances)
    claim_degree: Counter[str] = Counter(c for _, c in stances)
    claim_ids = sorted(claim_degree, key=lambda c: (-claim_degree[c], c))[:claims]
    kept_claims = set(claim_ids)
    reach: Counter[str] = Counter(a for a, c in stances if c in kept_claims)
    actor_ids = sorted(reach, key=lambda a: (-reach[a], -actor_degree[a], a))[:actors]
    kept_actors = set(actor_ids)
    # Claims in the briefing's order (contested first); actors by the mean row of their claims,
    # which keeps most lines short and few of them crossing.
    order = {c.id: i for i, c in enumerate(briefing.claims_in_order())}
    claim_ids.sort(key=lambda c: (order.get(c, len(order)), c))
    row = {c: i for i, c in enumerate(claim_ids)}
    mean: dict[str, float] = {}
    for a in actor_ids:
        rows = [row[c] for (x, c) in stances if x == a and c in kept_claims]
        mean[a] = sum(rows) / len(rows)
    actor_ids.sort(key=lambda a: (mean[a], a))
    edges = [
        Edge(briefing.content.actors[a], briefing.content.claims[c], _top(counts), sum(counts.values()))
        for (a, c), counts in sorted(stances.items())
        if a in kept_actors and c in kept_claims
    ]
    return Network(
        [briefing.content.actors[a] for a in actor_ids], [briefing.content.claims[c] for c in claim_ids],
        edges, len(actor_degree), len(claim_degree),
    )


def _top(counts: Counter[str]) -> str:
    return sorted(counts.items(), key=lambda x: (-x[1], x[0]))[0][0]


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _lines(text: str, width: int = 44) -> list[str]:
    """A statement in at most two lines of about ``width`` characters; the second one shortened."""
    words = " ".join(text.split()).split(" ")
    first: list[str] = []
    while words and len(" ".join([*first, words[0]])) <= width:
        first.append(words.pop(0))
    if not first:
        return [_short(" ".join(words), width)]
    return [" ".join(first), _short(" ".join(words), width)] if words else [" ".join(first)]


def _ys(n: int, height: int) -> list[float]:
    if n == 0:
        return []
    step = (height - 2 * TOP) / n
    return [TOP + step * (i + 0.5) for i in range(n)]


def svg(net: Network, url: Callable[[str], str]) -> Markup:
    """The network as an inline SVG; ``url`` links a Markdown page from the page that shows it."""
    height = max(len(net.actors), len(net.claims), 1) * ROW + 2 * TOP
    ya = dict(zip((a.id for a in net.actors), _ys(len(net.actors), height), strict=True))
    yc = dict(zip((c.id for c in net.claims), _ys(len(net.claims), height), strict=True))
    out = [Markup(
        '<svg class="bf-network" viewBox="0 0 {} {}" width="100%" role="group" '
        'aria-label="Actors (left) linked to the claims they take a stance on (right)">'
    ).format(WIDTH, height)]
    for e in net.edges:
        y1, y2 = ya[e.actor.id], yc[e.claim.id]
        mid = (ACTOR_X + CLAIM_X) / 2
        out.append(Markup(
            '<path class="bf-edge bf-edge-{}" d="M{} {:.1f} C{} {:.1f} {} {:.1f} {} {:.1f}" stroke-width="{}">'
            "<title>{} {}: {}</title></path>"
        ).format(e.stance, ACTOR_X + 8, y1, mid, y1, mid, y2, CLAIM_X - 8, y2, min(1.5 + e.count, 5),
                 e.actor.name, e.stance.replace("-", " "), e.claim.statement))
    for a in net.actors:
        out.append(Markup(
            '<a href="{}"><text class="bf-node bf-node-actor" x="{}" y="{:.1f}" text-anchor="end">'
            "<title>{}</title>{}</text></a>"
        ).format(url(f"actors/{a.id}.md"), ACTOR_X, ya[a.id] + 5, a.name, _short(a.name, 40)))
    for c in net.claims:
        lines = _lines(c.statement)
        top = yc[c.id] + 5 - 8 * (len(lines) - 1)
        spans = Markup("").join(
            Markup('<tspan x="{}" y="{:.1f}">{}</tspan>').format(CLAIM_X, top + 16 * i, line)
            for i, line in enumerate(lines))
        out.append(Markup(
            '<a href="{}"><text class="bf-node bf-node-claim"><title>{}</title>{}</text></a>'
        ).format(url(f"claims/{c.id}.md"), c.statement, spans))
    out.append(Markup("</svg>"))
    return Markup("\n").join(out)
