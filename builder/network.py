"""The network view: actors and the claims they take a stance on, as a Mermaid diagram.

Actors stand on the left, claims on the right, and a line in the stance's colour (dashed for
a denial, dotted for a doubt) joins an actor to each claim it speaks on. A large briefing keeps only the
most connected actors and claims, so the drawing stays readable. Labels come from articles:
every character that Mermaid could read as syntax is written as an entity code, and the page
escapes the whole source again as HTML. Mermaid itself is served from the site
(site_templates/assets/vendor/mermaid), never from a CDN.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from .records import ActorRecord, ClaimRecord
from .view import Briefing


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
    linked = {c for a, c in stances if a in kept_actors}
    claim_ids = [c for c in claim_ids if c in linked]  # no claim stands alone, without its actors
    kept_claims = set(claim_ids)
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


#: Characters a Mermaid label may hold as they are; every other one is written as "#code;".
_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,'-")
#: The stance colours, in tones between briefing.css's light and dark ones: Mermaid takes no
#: CSS variables, and the diagram is drawn where the page's styles do not reach.
_COLOUR = {
    "asserts": "#1e88e5", "supports": "#43a047", "denies": "#e53935",
    "doubts": "#ef8f00", "considers-plausible": "#8e24aa",
}
#: Denials dashed and doubts dotted, as in the legend, so the stance does not rest on colour alone.
_DASHES = {"denies": ",stroke-dasharray:6 3", "doubts": ",stroke-dasharray:2 3"}


def label(text: str, limit: int = 90) -> str:
    """``text`` as a quoted Mermaid label: shortened, and nothing in it read as Mermaid syntax."""
    text = " ".join(text.split())
    if len(text) > limit:
        cut = text.rfind(" ", 0, limit)
        text = text[: cut if cut > limit // 2 else limit - 1].rstrip(" ,;:") + "…"
    return '"' + "".join(ch if ch in _PLAIN else f"#{ord(ch)};" for ch in text) + '"'


def mermaid(net: Network) -> str:
    """The network as a Mermaid flowchart: actors on the left, claims on the right, one line per stance."""
    actor_node = {a.id: f"a{i}" for i, a in enumerate(net.actors)}
    claim_node = {c.id: f"c{i}" for i, c in enumerate(net.claims)}
    out = ["flowchart LR"]
    out += [f"  {actor_node[a.id]}[{label(a.name, 48)}]:::actor" for a in net.actors]
    out += [f"  {claim_node[c.id]}([{label(c.statement)}]):::claim" for c in net.claims]
    # No words on the lines: they overlap where lines meet. Colour and dashes say the stance,
    # and the list under the diagram says it in words.
    out += [f"  {actor_node[e.actor.id]} --> {claim_node[e.claim.id]}" for e in net.edges]
    for i, e in enumerate(net.edges):
        width = min(1 + e.count, 4)
        out.append(f"  linkStyle {i} stroke:{_COLOUR[e.stance]},stroke-width:{width}px{_DASHES.get(e.stance, '')}")
    out.append("  classDef actor font-weight:bold")
    return "\n".join(out)
