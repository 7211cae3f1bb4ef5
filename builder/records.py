"""The schema of content/: one frozen dataclass per record kind, one line per field.

Each field's ``meaning`` is what a person editing the YAML reads in the README; the same
declaration drives validation (``schema.validate``) and writing (``to_data``). A record's
id is its file's stem and is not repeated inside the file.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Hashable
from dataclasses import dataclass
from typing import Any, cast

from .models import ACTOR_KINDS, STANCES, Span


def spec(meaning: str, *, choices: tuple[str, ...] = (), ref: str = "", pattern: str = "") -> Any:
    """A field's documentation and constraints, kept beside its type."""
    return dataclasses.field(metadata={"meaning": meaning, "choices": choices, "ref": ref, "pattern": pattern})


def opt(meaning: str, default: Any = None, **kw: Any) -> Any:
    """An optional field, with the value it takes when left out."""
    f = spec(meaning, **kw)
    if isinstance(default, tuple | list):
        f.default_factory = lambda: tuple(default)
    else:
        f.default = default
    return f


DATE = r"\d{4}-\d{2}-\d{2}"
URL = r"https?://\S+"
HEX64 = r"[0-9a-f]{64}"
WIKIDATA = r"Q[1-9][0-9]*"


@dataclass(frozen=True, slots=True)
class AttributionRecord:
    """One "who says what" inside an article record."""

    id: str = spec("stable within the article: a hash of the content's words", pattern=r"[A-Za-z0-9_-]{1,64}")
    content: Span = spec("what is said: {text, start, end}, offsets into the article's text")
    stance: str = spec("how the actor stands on the claim", choices=STANCES)
    actor: str | None = opt("who says it: an actor id", ref="actors")
    claim: str | None = opt("the proposition it is about: a claim id", ref="claims")
    source: Span | None = opt("the mention of the actor as written: {text, start, end}")
    cue: Span | None = opt("the reporting words (said, denied, according to): {text, start, end}")
    wrong: bool = opt("true: a person marked this attribution as wrong; it is kept but not shown", False)


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    """content/articles/<id>.yaml: an article's metadata and its attributions."""

    id: str = spec("the seed file's stem")
    title: str = spec("the headline")
    seed: str = spec("the seed file, relative to the briefing's folder")
    sha256: str = spec("of the seed file's bytes; an unchanged article is not extracted again", pattern=HEX64)
    extractor: str = spec("version of the extraction rules that produced the attributions")
    publisher: str | None = opt("who published it")
    url: str | None = opt("the original's address (http or https)", pattern=URL)
    published: str | None = opt("publication date, YYYY-MM-DD", pattern=DATE)
    language: str = opt("language code", "en")
    attributions: tuple[AttributionRecord, ...] = opt("who says what in it, in text order", ())


@dataclass(frozen=True, slots=True)
class ActorRecord:
    """content/actors/<id>.yaml: a person, organisation, country, group or anonymous source."""

    id: str = spec("the file's stem")
    name: str = spec("the name readers see")
    kind: str = spec("what the actor is", choices=ACTOR_KINDS)
    aliases: tuple[str, ...] = opt("other names in articles; a mention of one lands on this actor", ())
    roles: tuple[str, ...] = opt("titles and functions (Kremlin spokesman)", ())
    affiliation: str | None = opt("the actor this one belongs to: an actor id", ref="actors")
    wikidata: str | None = opt("Wikidata item id (Q…)", pattern=WIKIDATA)
    notes: str | None = opt("free text from an editor, shown on the actor's page")


@dataclass(frozen=True, slots=True)
class ClaimRecord:
    """content/claims/<id>.yaml: a proposition; stances come from the attributions."""

    id: str = spec("the file's stem")
    statement: str = spec("the proposition, as one declarative sentence")
    variants: tuple[str, ...] = opt("other wordings of it; a claim that reads like one of them lands here", ())
    topics: tuple[str, ...] = opt("subject keywords", ())
    notes: str | None = opt("free text from an editor, shown on the claim's page")


@dataclass(frozen=True, slots=True)
class StanceChange:
    """An attribution whose stance, actor or claim changed in a build."""

    article: str = spec("the article's id")
    attribution: str = spec("the attribution's id in the article", pattern=r"[A-Za-z0-9_-]{1,64}")
    actor: str | None = opt("who says it now: an actor id")
    claim: str | None = opt("what it is about now: a claim id")
    stance: str = opt("the stance now", "asserts", choices=STANCES)
    was: str | None = opt("the stance before", choices=STANCES)


@dataclass(frozen=True, slots=True)
class Update:
    """One build that changed the briefing: what a returning reader has not seen yet."""

    number: int = spec("1 for the first update, then one more each time")
    date: str = spec("the day of the build, YYYY-MM-DD (SOURCE_DATE_EPOCH, where set)", pattern=DATE)
    articles: tuple[str, ...] = opt("ids of the articles added", ())
    actors: tuple[str, ...] = opt("ids of the actors added", ())
    claims: tuple[str, ...] = opt("ids of the claims added", ())
    stances: tuple[StanceChange, ...] = opt("attributions whose stance, actor or claim changed", ())


@dataclass(frozen=True, slots=True)
class History:
    """content/updates.yaml: what each build changed, newest first."""

    updates: tuple[Update, ...] = opt("the updates, newest first", ())


Record = ArticleRecord | ActorRecord | ClaimRecord
KINDS: dict[str, type[Any]] = {"articles": ArticleRecord, "actors": ActorRecord, "claims": ClaimRecord}


def _value(value: Any) -> Any:
    if isinstance(value, Span):
        return {"text": value.text, "start": value.start, "end": value.end}
    if isinstance(value, tuple):
        return [_value(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return to_data(value)
    return value


def to_data(record: Any) -> dict[str, Any]:
    """The YAML form: declared order, id left out, optional fields left out at their default."""
    out: dict[str, Any] = {}
    for name, default in _written(cast(Hashable, type(record))):
        value = getattr(record, name)
        if default is not dataclasses.MISSING and value == default:
            continue
        out[name] = _value(value)
    return out


@functools.cache
def _written(cls: type[Any]) -> tuple[tuple[str, Any], ...]:
    """The fields ``to_data`` writes, in order, each with the default at which it is left out (or MISSING)."""
    fields = []
    for f in dataclasses.fields(cls):
        if f.name == "id" and issubclass(cls, ArticleRecord | ActorRecord | ClaimRecord):
            continue
        default = f.default if f.default is not dataclasses.MISSING else (
            f.default_factory() if f.default_factory is not dataclasses.MISSING else dataclasses.MISSING
        )
        fields.append((f.name, dataclasses.MISSING if f.name == "attributions" else default))
    return tuple(fields)
