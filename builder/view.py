"""What the pages show, derived from the records: claim status, stance rows, co-occurrence.

Pure functions of the records; nothing here is stored.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from .records import ActorRecord, ArticleRecord, AttributionRecord, ClaimRecord
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


@dataclass(frozen=True)
class Briefing:
    """The records and the relations the pages show."""

    content: Content
    stances: tuple[Stance, ...]
    by_claim: dict[str, tuple[Stance, ...]]
    by_actor: dict[str, tuple[Stance, ...]]
    by_article: dict[str, tuple[Stance, ...]]

    def status(self, claim_id: str) -> str:
        return claim_status(self.by_claim.get(claim_id, ()))

    def sides(self, claim_id: str) -> tuple[list[ActorRecord], list[ActorRecord]]:
        """The actors for and against a claim, each once, in order of first appearance."""
        pro: dict[str, ActorRecord] = {}
        con: dict[str, ActorRecord] = {}
        for s in self.by_claim.get(claim_id, ()):
            if s.actor is not None:
                (con if s.stance in AGAINST else pro).setdefault(s.actor.id, s.actor)
        return list(pro.values()), list(con.values())

    def claims_in_order(self) -> list[ClaimRecord]:
        """Contested first, then denied, corroborated, single-source; busier claims first."""
        def key(c: ClaimRecord) -> tuple[int, int, str]:
            return (STATUSES.index(self.status(c.id)), -len(self.by_claim.get(c.id, ())), c.id)

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
    if pro and con:
        return "contested"
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
