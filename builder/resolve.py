"""resolve: the actors and claims of every article -> the briefing's actors and claims.

Each article's extraction names its actors and claims with ids of its own. Here they are
joined across articles into one actor per person (organisation, country...) and one claim per
proposition, with ids that depend only on the set of articles, never on the order in which
they arrived. Records a person edited or wrote ("pinned") keep their ids and draw to them
every mention of their names.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from .models import Actor, Claim, Extraction
from .slug import slugify, unique

#: Share of content words two claims' statements must have in common to be one claim.
CLAIM_JOIN = 0.6
#: Statements of fewer content words than this join no other claim across articles.
MIN_CLAIM_WORDS = 2
_STOP = frozenset(
    word
    for line in (Path(__file__).with_name("data") / "stopwords.txt").read_text(encoding="utf-8").splitlines()
    if not line.startswith("#")
    for word in line.split()
)
_SLUG = re.compile(r"\A[a-z0-9][a-z0-9-]{0,63}\Z")
_POSSESSIVE = re.compile(r"['’]s\b")
_NOT_WORD = re.compile(r"[^\w]+")


@functools.lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """How names compare: case, punctuation, a leading 'the' and a possessive do not count.

    A briefing names its actors many thousands of times with a few thousand names: each is keyed once.
    """
    text = _NOT_WORD.sub(" ", _POSSESSIVE.sub("", name.casefold())).strip()
    return text.removeprefix("the ").strip()


def spelling_key(name: str) -> str:
    """A looser key for spelling variants of one name: Zelensky / Zelenskyy, Gaddafi / Gadafi."""
    return re.sub(r"(.)\1+", r"\1", name_key(name))


def is_name(text: str) -> bool:
    """A proper name rather than a description ("the source", "a spokesman"); "the Kremlin" is one."""
    text = text.removeprefix("the ").removeprefix("The ")
    return text[:1].isupper()


class _Sets:
    """Union-find over node indexes, the smaller index as the representative."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


@dataclass(frozen=True, slots=True)
class Pinned:
    """A record a person edited or wrote: its id and the names (or statements) that lead to it.

    ``weak`` names (the name the tool gave it before a person renamed it) lead to it only
    where no record has them as a name of its own.
    """

    id: str
    names: tuple[str, ...]
    weak: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Resolution:
    """Where each article's own ids land, and the briefing's generated records."""

    actor_of: Mapping[tuple[str, str], str]
    claim_of: Mapping[tuple[str, str], str]
    actors: Mapping[str, Actor]
    claims: Mapping[str, Claim]


def _keys_index(pinned: Iterable[Pinned]) -> dict[str, str | None]:
    """Name keys -> pinned id; a key two records share leads to neither."""
    index: dict[str, str | None] = {}
    pinned = list(pinned)
    for p in pinned:
        for name in p.names:
            if (k := name_key(name)):
                index[k] = p.id if index.get(k, p.id) == p.id else None
    for p in pinned:
        for name in p.weak:
            if (k := name_key(name)) and k not in index:
                index[k] = p.id
    return index


_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame"})


def fits(actor: Actor, alias: str) -> bool:
    """Whether an alias can name this actor: for a person, a part of the name ("Clinton",
    "Mr. Trump") or a spelling of it; "Bill Clinton" cannot be an alias of Hillary Clinton."""
    if actor.kind != "person" or alias == actor.name:
        return True
    words = set(name_key(alias).split()) - _HONORIFICS
    return words <= set(name_key(actor.name).split()) or spelling_key(alias) == spelling_key(actor.name)


def _linkable(actor: Actor, name: str) -> bool:
    """Whether a name may join actors of different articles."""
    if not is_name(name) or not fits(actor, name):
        return False
    words = name_key(name).split()
    if actor.kind == "anonymous-source":  # "a source" in two articles is two sources
        return len(words) >= 3
    if actor.kind == "person":  # a lone first name or surname joins through _link_surnames only
        return len(words) > 1
    return bool(words)


def _pin_of(actor: Actor, pins: Mapping[str, str | None]) -> str | None:
    """The pinned record one of the actor's names leads to, if any."""
    for name in (actor.name, *actor.aliases):
        if _linkable(actor, name) and (pin := pins.get(name_key(name))):
            return pin
    return None


def resolve_actors(
    nodes: Sequence[tuple[str, Actor]], pinned: Sequence[Pinned]
) -> tuple[dict[int, str], dict[str, Actor]]:
    """Each node's briefing actor id, and the generated actors (pinned ones included).

    A node whose own name leads to a pinned record goes there; the others of its cluster go
    where most of the cluster's pinned nodes went, or to a new actor.
    """
    pins = _keys_index(pinned)
    node_pin = {i: pin for i, (_, actor) in enumerate(nodes) if (pin := _pin_of(actor, pins))}
    sets = _Sets(len(nodes))
    by_key: dict[str, int] = {}
    for i, (_, actor) in enumerate(nodes):
        for name in (actor.name, *actor.aliases):
            if not _linkable(actor, name):
                continue
            keys = [name_key(name)]
            if actor.kind == "person" and len(keys[0].split()) > 1:
                keys.append("~" + spelling_key(name))
            for k in keys:
                j = by_key.setdefault(k, i)
                if j != i and node_pin.get(i, node_pin.get(j)) == node_pin.get(j, node_pin.get(i)):
                    sets.union(j, i)
    _link_longer_names(nodes, sets)
    _link_surnames(nodes, sets)
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(nodes)):
        clusters[sets.find(i)].append(i)
    target: dict[int, str] = {}
    taken = {p.id for p in pinned}
    loose: list[tuple[str, int]] = []
    for root, members in clusters.items():
        votes = Counter(node_pin[i] for i in members if i in node_pin)
        if votes:
            target[root] = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        else:
            loose.append((_canonical(nodes, members).id, root))
    for preferred, root in sorted(loose):
        target[root] = unique(preferred, taken)
    actor_of = {i: node_pin.get(i, target[sets.find(i)]) for i in range(len(nodes))}
    grouped: dict[str, list[int]] = defaultdict(list)
    for i, actor_id in actor_of.items():
        grouped[actor_id].append(i)
    return actor_of, _actor_records(nodes, grouped, actor_of)


def _link_longer_names(nodes: Sequence[tuple[str, Actor]], sets: _Sets) -> None:
    """A person's longer name joins the person of a shorter full name it contains, where that
    name is one person's: "Paul D. Ryan" and "Hillary Rodham Clinton" join "Paul Ryan" and
    "Hillary Clinton"."""
    owners: dict[frozenset[str], set[int]] = defaultdict(set)
    for i, (_, actor) in enumerate(nodes):
        words = frozenset(name_key(actor.name).split()) - _HONORIFICS
        if actor.kind == "person" and len(words) > 1:
            owners[words].add(i)
    for words, members in owners.items():
        for shorter in {frozenset(c) for n in range(2, len(words)) for c in itertools.combinations(words, n)}:
            found = {sets.find(j) for j in owners.get(shorter, ())}
            if len(found) == 1:
                for i in members:
                    sets.union(next(iter(found)), i)


def _link_surnames(nodes: Sequence[tuple[str, Actor]], sets: _Sets) -> None:
    """A person named by surname alone joins the one person of the briefing with that surname.

    Where several share it (Hillary and Bill Clinton), it joins the one named far more often,
    or stays apart.
    """
    full: dict[str, Counter[int]] = defaultdict(Counter)
    local: dict[tuple[str, str], set[int]] = defaultdict(set)  # (article, surname) -> full names there
    for i, (article, actor) in enumerate(nodes):
        words = name_key(actor.name).split()
        if actor.kind == "person" and len(words) > 1:
            full[words[-1]][sets.find(i)] += 1
            local[(article, words[-1])].add(i)
    for i, (article, actor) in enumerate(nodes):
        words = name_key(actor.name).split()
        # a lone surname is often taken for an organisation or a place by the tagger ("Novak said")
        if actor.kind not in ("person", "organization", "country") or len(words) != 1 or words[0] not in full:
            continue
        here = {sets.find(j) for j in local.get((article, words[0]), set())}
        if len(here) == 1:  # the article itself names the person in full
            sets.union(here.pop(), i)
            continue
        if actor.kind == "country":
            continue
        counts = Counter({sets.find(r): n for r, n in full[words[0]].items()})
        ranked = counts.most_common()
        if len(ranked) == 1 or ranked[0][1] >= 3 * ranked[1][1]:
            sets.union(ranked[0][0], i)


def _canonical(nodes: Sequence[tuple[str, Actor]], members: list[int]) -> Actor:
    """The cluster's name (the most used full name), kind and id."""
    names = Counter(nodes[i][1].name for i in members)
    last = {n: name_key(n).split()[-1:] for n in names}
    # a spelling the other names share counts for it: "Zelensky" backs "Volodymyr Zelensky"
    support = {n: names[n] + sum(c for m, c in names.items() if m != n and last[m] == last[n]) for n in names}
    name = sorted(names, key=lambda n: (-(len(n.split()) > 1), -names[n], -support[n], -len(n), n))[0]
    kinds = Counter(nodes[i][1].kind for i in members if nodes[i][1].name == name)  # the full name knows best
    kind = sorted(kinds, key=lambda k: (-kinds[k], k))[0]
    ids = Counter(nodes[i][1].id for i in members if nodes[i][1].name == name)
    preferred = sorted(ids, key=lambda k: (-ids[k], k))[0]
    return Actor(preferred if _SLUG.match(preferred) else slugify(name), name, kind)


def _actor_records(
    nodes: Sequence[tuple[str, Actor]], grouped: Mapping[str, list[int]], actor_of: Mapping[int, str]
) -> dict[str, Actor]:
    local = {(article, actor.id): actor_of[i] for i, (article, actor) in enumerate(nodes)}
    out: dict[str, Actor] = {}
    for actor_id, members in sorted(grouped.items()):
        members.sort()
        base = _canonical(nodes, members)
        aliases = Counter(n for i in members for n in (nodes[i][1].name, *nodes[i][1].aliases)
                          if n != base.name and fits(nodes[i][1], n))
        roles = Counter(r for i in members for r in nodes[i][1].roles)
        affiliations = Counter(
            local[(nodes[i][0], aff)] for i in members
            if (aff := nodes[i][1].affiliation) and (nodes[i][0], aff) in local
        )
        affiliations.pop(actor_id, None)
        out[actor_id] = Actor(
            actor_id, base.name, base.kind,
            aliases=tuple(sorted(aliases, key=lambda a: (-aliases[a], a))),
            roles=tuple(sorted(roles, key=lambda r: (-roles[r], r))[:5]),
            affiliation=sorted(affiliations, key=lambda a: (-affiliations[a], a))[0] if affiliations else None,
        )
    return out


def words(statement: str) -> frozenset[str]:
    """The content words of a statement, plural 's' dropped."""
    tokens = re.findall(r"[a-z0-9]+", statement.casefold())
    return frozenset(t[:-1] if len(t) > 3 and t.endswith("s") and not t.endswith("ss") else t
                     for t in tokens if t not in _STOP)


def likeness(a: frozenset[str], b: frozenset[str]) -> float:
    """The share of two statements' words that both have; 0 where their sizes alone rule out
    CLAIM_JOIN (no set operation then: this is merging's innermost comparison)."""
    if not CLAIM_JOIN * len(a) <= len(b) <= len(a) / CLAIM_JOIN:
        return 0.0
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)


def similar(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two statements' words say the same: a single shared word ("hoax") is chance."""
    return len(a) >= MIN_CLAIM_WORDS and len(b) >= MIN_CLAIM_WORDS and likeness(a, b) >= CLAIM_JOIN


def _join_similar(nodes: Sequence[tuple[str, Claim]], bags: Sequence[frozenset[str]],
                  order: Mapping[str, tuple[str, ...]], sets: _Sets) -> None:
    """Join claims of different articles whose statements are similar.

    The claims are read first report first; each joins the claim it is most like among those
    that began a group (from another article), or begins a group of its own. Claims join through
    the first wording of a proposition, never through one another: "the new dam at Calderra is
    safe" is like "the old dam at Calderra is safe", which is like "the old dam at Vesmark is
    safe"; the first and the last stay apart, as they would not if likeness were followed from
    claim to claim (a thousand articles on a story would join most of its claims so).
    """
    rarity = Counter(w for bag in bags for w in bag)
    rank: dict[int, int] = {}  # the claims that began a group: which began first
    postings: dict[str, list[int]] = defaultdict(list)
    for i in sorted(range(len(nodes)), key=lambda i: (order[nodes[i][0]], i)):
        bag = bags[i]
        best: tuple[float, int, int] | None = None  # likeness, earlier first, the claim
        if len(bag) >= MIN_CLAIM_WORDS:
            # A similar statement has all but (1 - CLAIM_JOIN) of this one's words, so it has
            # one of its rarest few; only the groups holding one of those are compared.
            size, article = len(bag), nodes[i][0]
            few = int(size * (1 - CLAIM_JOIN)) + 1
            seen: set[int] = set()
            for w in sorted(bag, key=lambda w: (rarity[w], w))[:few]:
                for g in postings.get(w, ()):
                    if g in seen:
                        continue
                    seen.add(g)
                    if nodes[g][0] == article:
                        continue
                    like = likeness(bag, bags[g])
                    if like >= CLAIM_JOIN and (best is None or (like, -rank[g]) > best[:2]):
                        best = (like, -rank[g], g)
        if best is not None:
            sets.union(i, best[2])
        elif len(bag) >= MIN_CLAIM_WORDS:  # it begins a group (a shorter statement joins none)
            rank[i] = len(rank)
            for w in bag:
                postings[w].append(i)


def resolve_claims(
    nodes: Sequence[tuple[str, Claim]], order: Mapping[str, tuple[str, ...]], pinned: Sequence[Pinned]
) -> tuple[dict[int, str], dict[str, Claim]]:
    """Each claim node's briefing claim id, and the generated claims.

    ``order`` gives each article's sort key (its date first), so that a claim's statement is
    the one of the article that reported it first.
    """
    sets = _Sets(len(nodes))
    bags = [words(c.statement) for _, c in nodes]
    _join_similar(nodes, bags, order, sets)
    pin_bags = [(p.id, [words(n) for n in p.names]) for p in pinned]
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(nodes)):
        clusters[sets.find(i)].append(i)
    target: dict[int, str] = {}
    taken = {p.id for p in pinned}
    loose: list[tuple[tuple[str, ...], str, int]] = []
    for root, members in clusters.items():
        hit = next((pid for pid, pbags in pin_bags for i in members
                    if any((pb and pb == bags[i]) or similar(pb, bags[i]) for pb in pbags)), None)
        first = min(members, key=lambda i: (order[nodes[i][0]], i))
        if hit is not None:
            target[root] = hit
        else:
            claim = nodes[first][1]
            preferred = claim.id if _SLUG.match(claim.id) else slugify(claim.statement)
            loose.append((order[nodes[first][0]], preferred, root))
    for _, preferred, root in sorted(loose):
        target[root] = unique(preferred, taken)
    claim_of = {i: target[sets.find(i)] for i in range(len(nodes))}
    claims: dict[str, Claim] = {}
    for root, members in sorted(clusters.items(), key=lambda kv: target[kv[0]]):
        first = min(members, key=lambda i: (order[nodes[i][0]], i))
        claims.setdefault(target[root], Claim(target[root], nodes[first][1].statement))
    return claim_of, claims


def resolve(
    extractions: Sequence[Extraction], order: Mapping[str, tuple[str, ...]],
    pinned_actors: Sequence[Pinned] = (), pinned_claims: Sequence[Pinned] = (),
) -> Resolution:
    """Join the articles' actors and claims; ``extractions`` in any order give the same result."""
    ordered = sorted(extractions, key=lambda e: e.article)
    actor_nodes = [(e.article, a) for e in ordered for a in e.actors]
    claim_nodes = [(e.article, c) for e in ordered for c in e.claims]
    actor_ix, actors = resolve_actors(actor_nodes, pinned_actors)
    claim_ix, claims = resolve_claims(claim_nodes, order, pinned_claims)
    return Resolution(
        actor_of={(actor_nodes[i][0], actor_nodes[i][1].id): a for i, a in actor_ix.items()},
        claim_of={(claim_nodes[i][0], claim_nodes[i][1].id): c for i, c in claim_ix.items()},
        actors=actors,
        claims=claims,
    )
