"""The records the stages exchange: small, frozen, typed.

Offsets are Python string indices into ``Article.text`` (end exclusive), so that
``article.text[span.start:span.end] == span.text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

STANCES: tuple[str, ...] = ("asserts", "supports", "denies", "doubts", "considers-plausible")
ACTOR_KINDS: tuple[str, ...] = ("person", "organization", "country", "group", "anonymous-source")


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of an article's text: ``text == article.text[start:end]``."""

    text: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Article:
    """One ingested article: its text exactly as read, and what is known about it."""

    id: str  # the file's stem
    path: str  # the seed file, relative to the briefing's root
    text: str
    sha256: str  # of the file's bytes
    title: str
    publisher: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD
    language: str = "en"


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who (source, resolved to actor) says what (content), how (cue), with which stance."""

    content: Span
    stance: str
    source: Span | None = None
    cue: Span | None = None
    actor: str | None = None
    claim: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source.to_json() if self.source else None,
            "cue": self.cue.to_json() if self.cue else None,
            "content": self.content.to_json(),
            "actor": self.actor,
            "stance": self.stance,
            "claim": self.claim,
        }


@dataclass(frozen=True, slots=True)
class Actor:
    """A person, organisation, country, group or anonymous source."""

    id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    affiliation: str | None = None  # another actor's id

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "kind": self.kind, "aliases": list(self.aliases)}


@dataclass(frozen=True, slots=True)
class Claim:
    """A proposition that attributions argue about."""

    id: str
    statement: str

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "statement": self.statement}


@dataclass(frozen=True, slots=True)
class Extraction:
    """What one article yields: the extraction contract of DESIGN.md."""

    article: str
    attributions: tuple[Attribution, ...] = ()
    actors: tuple[Actor, ...] = ()
    claims: tuple[Claim, ...] = ()
    extractor: str = field(default="", compare=False)  # version tag of the rules that made it

    def to_json(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "attributions": [a.to_json() for a in self.attributions],
            "actors": [a.to_json() for a in self.actors],
            "claims": [c.to_json() for c in self.claims],
        }


def _span(data: dict[str, Any] | None) -> Span | None:
    return Span(data["text"], data["start"], data["end"]) if data else None


def extraction_to_data(e: Extraction) -> dict[str, Any]:
    """Everything an Extraction holds, as JSON data (the contract, plus actors' roles and affiliation)."""
    data = e.to_json()
    data["extractor"] = e.extractor
    for actor, out in zip(e.actors, data["actors"], strict=True):
        out["roles"] = list(actor.roles)
        out["affiliation"] = actor.affiliation
    return data


def extraction_from_data(data: dict[str, Any]) -> Extraction:
    """The inverse of ``extraction_to_data``."""
    return Extraction(
        article=data["article"],
        attributions=tuple(
            Attribution(
                content=Span(a["content"]["text"], a["content"]["start"], a["content"]["end"]),
                stance=a["stance"], source=_span(a["source"]), cue=_span(a["cue"]),
                actor=a["actor"], claim=a["claim"],
            )
            for a in data["attributions"]
        ),
        actors=tuple(
            Actor(a["id"], a["name"], a["kind"], tuple(a["aliases"]), tuple(a.get("roles", ())), a.get("affiliation"))
            for a in data["actors"]
        ),
        claims=tuple(Claim(c["id"], c["statement"]) for c in data["claims"]),
        extractor=data.get("extractor", ""),
    )
