"""What the pages show, derived from the records: claim status, stance rows, co-occurrence.

Pure functions of the records; nothing here is stored.
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from itertools import chain
from typing import Any

from .records import ActorRecord, ArticleRecord, AttributionRecord, ClaimRecord, Update
from .store import Content

FOR = ("asserts", "supports", "considers-plausible")
AGAINST = ("denies", "doubts")
#: Claim status, in the order the home page lists them.
STATUSES = ("contested", "denied", "corroborated", "single-source")


@dataclass(frozen=True, slots=True)
class Stance:
    """One attribution, with what a page needs to show it."""

    attribution: AttributionRecord
    article: ArticleRecord
    actor: ActorRecord | None
    claim: ClaimRecord | None

    @property
    def stance(self) -> str:
        return self.attribution.stance


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor as a link shows it."""

    id: str
    name: str


@dataclass(frozen=True, slots=True)
class ClaimRef:
    """A claim as a link shows it."""

    id: str
    statement: str


@dataclass(frozen=True, slots=True)
class ArticleRef:
    """An article as a link and its date line show it."""

    id: str
    title: str
    published: str | None
    publisher: str | None
    url: str | None


@dataclass(frozen=True, slots=True)
class Said:
    """A stance as a page that links to its article, actor and claim shows it: with only what those links
    show of them, so that such a page's inputs (pagecache.py) do not change when their other fields do,
    as a claim's variants or an article's other attributions."""

    attribution: AttributionRecord
    article: ArticleRef
    actor: ActorRef | None
    claim: ClaimRef | None

    @property
    def stance(self) -> str:
        return self.attribution.stance


#: A stance as a page shows it: in full, or as links.
Shown = Stance | Said


class Refs:
    """Records cut down to what links show, each made once per render (records are unique by id there),
    so that a page cache fingerprints each once."""

    def __init__(self) -> None:
        self._made: dict[tuple[str, str], Any] = {}
        self._said: dict[int, tuple[Stance, Said]] = {}

    def actor(self, a: ActorRecord | None) -> ActorRef | None:
        if a is None:
            return None
        found = self._made.get(("actor", a.id))
        if found is None:
            found = self._made["actor", a.id] = ActorRef(a.id, a.name)
        return found

    def claim(self, c: ClaimRecord | None) -> ClaimRef | None:
        if c is None:
            return None
        found = self._made.get(("claim", c.id))
        if found is None:
            found = self._made["claim", c.id] = ClaimRef(c.id, c.statement)
        return found

    def article(self, a: ArticleRecord) -> ArticleRef:
        found = self._made.get(("article", a.id))
        if found is None:
            found = self._made["article", a.id] = ArticleRef(a.id, a.title, a.published, a.publisher, a.url)
        return found

    def said(self, s: Stance) -> Said:
        found = self._said.get(id(s))
        if found is None:
            found = self._said[id(s)] = (s, Said(s.attribution, self.article(s.article), self.actor(s.actor),
                                                 self.claim(s.claim)))
        return found[1]

    def all_said(self, stances: Iterable[Stance]) -> tuple[Said, ...]:
        return tuple(self.said(s) for s in stances)


@dataclass(frozen=True, slots=True)
class Related:
    """A claim related to another, and what they share."""

    claim: ClaimRecord
    actors: int
    articles: int
    topics: int

    @property
    def shared(self) -> str:
        """``2 actors, 1 article in common``."""
        parts = [f"{n} {noun}{'' if n == 1 else 's'}" for n, noun in
                 ((self.actors, "actor"), (self.articles, "article"), (self.topics, "topic")) if n]
        return ", ".join(parts) + " in common"


@dataclass(frozen=True, slots=True)
class Matrix:
    """The stance matrix: actors (rows) by claims (columns); a cell is the actor's stances on the claim."""

    actors: list[ActorRecord]
    claims: list[ClaimRecord]
    cells: dict[tuple[str, str], tuple[Stance, ...]]
    total_actors: int
    total_claims: int

    def cell(self, actor_id: str, claim_id: str) -> list[tuple[Stance, int]]:
        """Each stance the actor takes on the claim once: its first attribution, and how many there are."""
        seen: dict[str, list[Stance]] = {}
        for s in self.cells.get((actor_id, claim_id), ()):
            seen.setdefault(s.stance, []).append(s)
        return [(items[0], len(items)) for items in seen.values()]

    def summary(self, actor_id: str, claim_id: str) -> Cell | None:
        """What a cell shows: the actor's one stance on the claim, or "mixed" where they take several."""
        taken = self.cell(actor_id, claim_id)
        if not taken:
            return None
        first, _ = taken[0]
        return Cell(first, taken[0][0].stance if len(taken) == 1 else "mixed",
                    sum(n for _, n in taken), tuple((s.stance, n) for s, n in taken))


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell of the stance matrix: a link to the actor's first words on the claim."""

    first: Stance
    stance: str  # a stance, or "mixed"
    count: int  # the actor's attributions on the claim
    stances: tuple[tuple[str, int], ...]  # each stance taken, and how often


@dataclass(frozen=True, slots=True)
class Event:
    """Something that happened on a day: an article published, a claim first reported, a site update."""

    kind: str  # article, claim, update
    article: ArticleRecord | None = None
    claim: ClaimRecord | None = None
    update: Update | None = None


@dataclass(frozen=True, slots=True)
class Day:
    date: str | None
    events: list[Event]


@dataclass(frozen=True)
class Briefing:
    """The records and the relations the pages show."""

    content: Content
    stances: tuple[Stance, ...]
    by_claim: dict[str, tuple[Stance, ...]]
    by_actor: dict[str, tuple[Stance, ...]]
    by_article: dict[str, tuple[Stance, ...]]

    @cached_property
    def _statuses(self) -> dict[str, str]:
        return {c: claim_status(self.by_claim.get(c, ())) for c in self.content.claims}

    @cached_property
    def _by_topic(self) -> dict[str, list[str]]:
        topics: defaultdict[str, list[str]] = defaultdict(list)
        for c in sorted(self.content.claims.values(), key=lambda c: c.id):
            for t in set(c.topics):
                topics[t].append(c.id)
        return topics

    def status(self, claim_id: str) -> str:
        found = self._statuses.get(claim_id)
        return found if found is not None else claim_status(self.by_claim.get(claim_id, ()))

    def sides(self, claim_id: str) -> tuple[list[ActorRecord | None], list[ActorRecord | None]]:
        """The actors for and against a claim, each once, in order of first appearance; None
        stands, once, for the unnamed sources on a side."""
        pro: dict[str, ActorRecord | None] = {}
        con: dict[str, ActorRecord | None] = {}
        for s in self.by_claim.get(claim_id, ()):
            (con if s.stance in AGAINST else pro).setdefault(s.actor.id if s.actor else "", s.actor)
        return list(pro.values()), list(con.values())

    def claims_in_order(self) -> list[ClaimRecord]:
        """Contested first, then denied, corroborated, single-source; within each, the claims
        reported by more articles first, then by more actors, then with more attributions: a claim
        that a story keeps returning to outranks one that a single article repeats."""
        def key(c: ClaimRecord) -> tuple[int, int, int, int, str]:
            said = self.by_claim.get(c.id, ())
            articles = len({s.article.id for s in said})
            actors = len({s.actor.id if s.actor else f"?{s.article.id}" for s in said})
            return (STATUSES.index(self.status(c.id)), -articles, -actors, -len(said), c.id)

        return sorted(self.content.claims.values(), key=key)

    def actors_in_order(self) -> list[ActorRecord]:
        """Most quoted first."""
        return sorted(self.content.actors.values(), key=lambda a: (-len(self.by_actor.get(a.id, ())), a.name, a.id))

    def articles_in_order(self) -> list[ArticleRecord]:
        """Newest first; undated articles last, by id."""
        return sorted(
            self.content.articles.values(),
            key=lambda a: (a.published is None, "" if a.published is None else _neg(a.published), a.id),
        )

    def co_actors(self, actor_id: str) -> list[tuple[ActorRecord, int]]:
        """Actors quoted in the same articles, with the number of shared articles."""
        mine = {s.article.id for s in self.by_actor.get(actor_id, ())}
        counts: Counter[str] = Counter()
        for article_id in mine:
            counts.update({s.actor.id for s in self.by_article.get(article_id, ()) if s.actor} - {actor_id})
        actors = self.content.actors
        return [(actors[a], n) for a, n in sorted(counts.items(), key=lambda x: (-x[1], x[0]))]

    def articles_of(self, actor_id: str) -> list[ArticleRecord]:
        ids = sorted({s.article.id for s in self.by_actor.get(actor_id, ())})
        return [self.content.articles[i] for i in ids]

    @cached_property
    def _claims_of(self) -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
        """The claims each actor takes a stance on, and the claims each article states."""
        def index(groups: dict[str, tuple[Stance, ...]]) -> dict[str, frozenset[str]]:
            return {k: frozenset(s.claim.id for s in v if s.claim is not None) for k, v in groups.items()}

        return index(self.by_actor), index(self.by_article)

    def related(self, claim_id: str, limit: int = 6) -> list[Related]:
        """Claims that share actors, articles or topics with this one, the most shared first."""
        mine = self.by_claim.get(claim_id, ())
        of_actor, of_article = self._claims_of
        shared_actors = Counter(chain.from_iterable(of_actor.get(a, ()) for a in {s.actor.id for s in mine if s.actor}))
        shared_articles = Counter(chain.from_iterable(of_article.get(a, ()) for a in {s.article.id for s in mine}))
        claim = self.content.claims.get(claim_id)
        shared_topics: Counter[str] = Counter()
        for t in set(claim.topics) if claim else ():
            shared_topics.update(self._by_topic.get(t, ()))
        score = Counter(shared_articles)
        score.update(shared_topics)
        for other_id, n in shared_actors.items():
            score[other_id] += 2 * n
        claims = self.content.claims
        best = heapq.nsmallest(limit, ((-n, other_id) for other_id, n in score.items()
                                       if other_id != claim_id and other_id in claims))
        return [Related(claims[other_id], shared_actors[other_id], shared_articles[other_id], shared_topics[other_id])
                for _, other_id in best]

    def matrix(self, *, actors: int = 12, claims: int = 10) -> Matrix:
        """Actors by claims, each cell the stances an actor takes on a claim: the busiest of each."""
        chosen = [c for c in self.claims_in_order() if c.id in self.by_claim][:claims]
        cells: dict[tuple[str, str], list[Stance]] = {}
        weight: Counter[str] = Counter()
        for c in chosen:
            for s in self.by_claim[c.id]:
                if s.actor is not None:
                    cells.setdefault((s.actor.id, c.id), []).append(s)
                    weight[s.actor.id] += 1
        rows = sorted(weight, key=lambda a: (-weight[a], self.content.actors[a].name, a))[:actors]
        return Matrix(
            [self.content.actors[a] for a in rows], chosen,
            {k: tuple(v) for k, v in cells.items() if k[0] in set(rows)},
            total_actors=len(weight), total_claims=sum(1 for c in self.content.claims if c in self.by_claim),
        )

    def timeline(self) -> list[Day]:
        """Articles, first reports of claims and the site's updates by day, newest first; undated last."""
        days: defaultdict[str | None, list[Event]] = defaultdict(list)
        for article in self.articles_in_order():
            days[article.published].append(Event("article", article=article))
        for claim in self.claims_in_order():
            first = self.first_article(claim.id)
            if first is not None and first.published is not None:
                days[first.published].append(Event("claim", article=first, claim=claim))
        for update in self.content.updates:
            days[update.date].append(Event("update", update=update))
        order = {"update": 0, "article": 1, "claim": 2}
        dated = sorted((d for d in days if d is not None), reverse=True)
        out = [Day(d, sorted(days[d], key=lambda e: order[e.kind])) for d in dated]
        if None in days:
            out.append(Day(None, days[None]))
        return out

    def first_article(self, claim_id: str) -> ArticleRecord | None:
        articles = [s.article for s in self.by_claim.get(claim_id, ())]
        dated = sorted(articles, key=lambda a: (a.published is None, a.published or "", a.id))
        return dated[0] if dated else None


def _neg(date: str) -> str:
    """A sort key that puts later ISO dates first."""
    return "".join(chr(ord("9") - ord(c) + ord("0")) if c.isdigit() else c for c in date)


def claim_status(stances: tuple[Stance, ...]) -> str:
    pro = {s.actor.id if s.actor else f"?{i}" for i, s in enumerate(stances) if s.stance in FOR}
    con = {s.actor.id if s.actor else f"?{i}" for i, s in enumerate(stances) if s.stance in AGAINST}
    if pro and con:  # one actor on both sides is not others denying it
        return "contested" if len(pro | con) > 1 else "single-source"
    if con:
        return "denied"
    if len(pro) > 1:
        return "corroborated"
    return "single-source"


def briefing(content: Content) -> Briefing:
    """The relations between records that pages show; attributions marked wrong are left out."""
    stances: list[Stance] = []
    for article in sorted(content.articles.values(), key=lambda a: a.id):
        for att in article.attributions:
            if att.wrong:
                continue
            stances.append(Stance(
                att, article,
                content.actors.get(att.actor) if att.actor else None,
                content.claims.get(att.claim) if att.claim else None,
            ))
    by_claim: defaultdict[str, list[Stance]] = defaultdict(list)
    by_actor: defaultdict[str, list[Stance]] = defaultdict(list)
    by_article: defaultdict[str, list[Stance]] = defaultdict(list)
    for s in stances:
        by_article[s.article.id].append(s)
        if s.claim is not None:
            by_claim[s.claim.id].append(s)
        if s.actor is not None:
            by_actor[s.actor.id].append(s)
    return Briefing(
        content,
        tuple(stances),
        {k: tuple(v) for k, v in by_claim.items()},
        {k: tuple(v) for k, v in by_actor.items()},
        {k: tuple(v) for k, v in by_article.items()},
    )
