"""merge: new extractions + content/ as a person left it -> the briefing's records.

A person's edits win. Each record is merged three ways, field by field: the base is what the
tool generated last time (content/.generated/), "ours" is the file as it is now, "theirs" is
what the tool generates now. A field the person changed keeps the person's value; a field
they left alone takes the new generated value; list items they removed stay removed.
"""

from __future__ import annotations

import copy
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .models import Article, Extraction
from .records import ActorRecord, ArticleRecord, AttributionRecord, ClaimRecord, to_data
from .slug import slugify, unique
from .store import Content, Data

_MISSING: Any = object()
_SLUG = re.compile(r"\A[a-z0-9][a-z0-9-]{0,63}\Z")


def merge3(base: Any, ours: Any, theirs: Any) -> Any:
    """Three-way merge of YAML data; ``_MISSING`` stands for an absent key or record."""
    if ours == base:
        return theirs
    if theirs == base or ours is _MISSING or theirs is _MISSING:
        return ours
    if isinstance(ours, dict) and isinstance(theirs, dict):
        fields = base if isinstance(base, dict) else {}
        out = {}
        for key in [*ours, *(k for k in theirs if k not in ours)]:
            value = merge3(fields.get(key, _MISSING), ours.get(key, _MISSING), theirs.get(key, _MISSING))
            if value is not _MISSING:
                out[key] = value
        return out
    if isinstance(ours, list) and isinstance(theirs, list):
        items = base if isinstance(base, list) else []
        if all(isinstance(x, dict) and "id" in x for x in [*items, *ours, *theirs]):
            return _merge_by_id(items, ours, theirs)
        return ours + [x for x in theirs if x not in items and x not in ours]
    return ours


def _merge_by_id(base: list[Any], ours: list[Any], theirs: list[Any]) -> list[Any]:
    bi = {x["id"]: x for x in base}
    oi = {x["id"]: x for x in ours}
    ti = {x["id"]: x for x in theirs}
    out = []
    for key in [*oi, *(k for k in ti if k not in oi)]:
        value = merge3(bi.get(key, _MISSING), oi.get(key, _MISSING), ti.get(key, _MISSING))
        if value is not _MISSING:
            out.append(value)
    return sorted(out, key=lambda x: (x.get("content", {}).get("start", 0), x["id"]))


def name_key(name: str) -> str:
    """How names compare: case, punctuation, a leading 'the' and a possessive do not count."""
    text = re.sub(r"['’]s\b", "", name.casefold())
    text = re.sub(r"[^\w]+", " ", text).strip()
    return text.removeprefix("the ").strip()


def attribution_id(content_text: str, taken: set[str]) -> str:
    """Stable within an article: a hash of the content's words, made unique."""
    words = " ".join(content_text.split())
    return unique("a" + hashlib.sha256(words.encode("utf-8")).hexdigest()[:8], taken)


@dataclass
class _Index:
    """Name keys -> actor ids, claims' statements -> claim ids, and the ids taken."""

    actors: dict[str, str | None]
    claims: dict[str, str]
    actor_ids: set[str]
    claim_ids: set[str]

    def add_actor(self, actor_id: str, names: Iterable[str]) -> None:
        for name in names:
            if not name[:1].isupper():
                continue  # "the source", "a spokesman": descriptions, not names, across articles
            key = name_key(name)
            if key:
                # a key two actors share is ambiguous: it resolves to neither
                self.actors[key] = actor_id if self.actors.get(key, actor_id) == actor_id else None

    def find_actor(self, names: Iterable[str]) -> str | None:
        for name in names:
            if found := self.actors.get(name_key(name)):
                return found
        return None


def _index(content: Content, generated: Data) -> _Index:
    index = _Index({}, {}, set(generated["actors"]), set(generated["claims"]))
    for actor in content.actors.values():
        index.actor_ids.add(actor.id)
        index.add_actor(actor.id, [actor.name, *actor.aliases])
    for claim in content.claims.values():
        index.claim_ids.add(claim.id)
        index.claims.setdefault(name_key(claim.statement), claim.id)
    return index


def _generate(article: Article, extraction: Extraction, index: _Index, gen: Data) -> dict[str, Any]:
    """The article's record as the tool generates it, updating the generated actors and claims."""
    actor_map: dict[str, str] = {}
    for actor in extraction.actors:
        names = [actor.name, *actor.aliases]
        found = index.find_actor(names)
        target = found or unique(actor.id if _SLUG.match(actor.id) else slugify(actor.name), index.actor_ids)
        actor_map[actor.id] = target
        if not found:
            index.add_actor(target, names)
        record = gen["actors"].get(target) or to_data(ActorRecord(target, actor.name, actor.kind))
        aliases = [a for a in [*record.get("aliases", []), *actor.aliases] if a != record["name"]]
        record["aliases"] = sorted(set(aliases), key=aliases.index)
        roles = [*record.get("roles", []), *actor.roles]
        record["roles"] = sorted(set(roles), key=roles.index)
        for key in ("aliases", "roles"):
            if not record[key]:
                del record[key]
        gen["actors"][target] = record
    for actor in extraction.actors:  # affiliations once every actor of the article has its id
        record = gen["actors"][actor_map[actor.id]]
        if actor.affiliation and "affiliation" not in record:
            record["affiliation"] = actor_map.get(actor.affiliation, actor.affiliation)
    claim_map: dict[str, str] = {}
    for claim in extraction.claims:
        key = name_key(claim.statement)
        preferred = claim.id if _SLUG.match(claim.id) else slugify(claim.statement)
        target = index.claims.get(key) or unique(preferred, index.claim_ids)
        index.claims[key] = target
        claim_map[claim.id] = target
        gen["claims"].setdefault(target, to_data(ClaimRecord(target, claim.statement)))
    taken: set[str] = set()
    attributions = tuple(
        AttributionRecord(
            id=attribution_id(a.content.text, taken),
            content=a.content,
            stance=a.stance,
            actor=actor_map.get(a.actor, a.actor) if a.actor else None,
            claim=claim_map.get(a.claim, a.claim) if a.claim else None,
            source=a.source,
            cue=a.cue,
        )
        for a in extraction.attributions
    )
    return to_data(ArticleRecord(
        id=article.id, title=article.title, seed=article.path, sha256=article.sha256,
        extractor=extraction.extractor, publisher=article.publisher, url=article.url,
        published=article.published, language=article.language, attributions=attributions,
    ))


def _referenced(articles: dict[str, dict[str, Any]], actors: dict[str, dict[str, Any]]) -> tuple[set[str], set[str]]:
    actor_ids: set[str] = set()
    claim_ids: set[str] = set()
    for record in articles.values():
        for att in record.get("attributions", []):
            if att.get("actor"):
                actor_ids.add(att["actor"])
            if att.get("claim"):
                claim_ids.add(att["claim"])
    todo = list(actor_ids)
    while todo:  # affiliations of referenced actors are referenced too
        affiliation = actors.get(todo.pop(), {}).get("affiliation")
        if affiliation and affiliation not in actor_ids:
            actor_ids.add(affiliation)
            todo.append(affiliation)
    return actor_ids, claim_ids


def merge(
    articles: Iterable[Article],
    extractions: dict[str, Extraction],
    current: Data,
    generated: Data,
    content: Content,
    keep: Iterable[str] = (),
) -> tuple[Data, Data]:
    """The records to write and the new generated base, as YAML data.

    ``articles`` are the seeds read now; those in ``extractions`` were extracted again.
    Records of articles in ``keep`` (seeds that could not be read this time) stay as they are.
    """
    gen: Data = {kind: {k: dict(v) for k, v in generated[kind].items()} for kind in generated}
    index = _index(content, generated)
    present = set(keep)
    for article in sorted(articles, key=lambda a: a.id):
        present.add(article.id)
        if article.id in extractions:
            gen["articles"][article.id] = _generate(article, extractions[article.id], index, gen)
    for kind in ("articles",):
        for rid in [r for r in gen[kind] if r not in present]:
            del gen[kind][rid]
    out: Data = {}
    for kind in ("articles", "actors", "claims"):
        ids = sorted(set(current[kind]) | set(gen[kind]))
        out[kind] = {}
        for rid in ids:
            if rid not in present and kind == "articles":
                continue
            value = merge3(generated[kind].get(rid, _MISSING), current[kind].get(rid, _MISSING),
                           gen[kind].get(rid, _MISSING))
            if value is not _MISSING:
                out[kind][rid] = value
    out = copy.deepcopy(out)
    _redirect(out, generated)
    # records that no attribution needs any more go, unless a person edited them
    actor_ids, claim_ids = _referenced(out["articles"], out["actors"])
    for kind, needed in (("actors", actor_ids), ("claims", claim_ids)):
        for rid in [r for r in out[kind] if r not in needed]:
            if current[kind].get(rid, _MISSING) in (generated[kind].get(rid, _MISSING), _MISSING):
                del out[kind][rid]
                gen[kind].pop(rid, None)
    return out, gen


def _redirect(out: Data, generated: Data) -> None:
    """Attributions naming an actor a person removed go to the actor that now holds its names."""
    fresh = _Index({}, {}, set(), set())
    for rid, actor in out["actors"].items():
        fresh.add_actor(rid, [actor.get("name", ""), *actor.get("aliases", [])])
    for record in out["articles"].values():
        for att in record.get("attributions", []):
            ref = att.get("actor")
            if ref and ref not in out["actors"]:
                gone = generated["actors"].get(ref, {})
                target = fresh.find_actor([gone.get("name", ""), *gone.get("aliases", [])])
                if target:
                    att["actor"] = target
