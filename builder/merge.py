"""merge: new extractions + content/ as a person left it -> the briefing's records.

A person's edits win. Each record is merged three ways, field by field: the base is what the
tool generated last time (content/.generated/), "ours" is the file as it is now, "theirs" is
what the tool generates now. A field the person changed keeps the person's value; a field
they left alone takes the new generated value; list items they removed stay removed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .models import Article, Extraction
from .records import ActorRecord, ArticleRecord, AttributionRecord, ClaimRecord, to_data
from .resolve import Pinned, is_name, name_key, resolve, similar, words
from .slug import unique
from .store import Data, referenced

_MISSING: Any = object()


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


def attribution_id(content_text: str, taken: set[str]) -> str:
    """Stable within an article: a hash of the content's words, made unique."""
    words = " ".join(content_text.split())
    return unique("a" + hashlib.sha256(words.encode("utf-8")).hexdigest()[:8], taken)


def _edited(rid: str, current: dict[str, Any], base: dict[str, Any]) -> bool:
    """Written or changed by a person: not what the tool generated last time."""
    return rid in current and current[rid] != base.get(rid, _MISSING)


#: Ids of the records a person has edited or written, by kind: they stay pinned while they exist.
Pins = dict[str, set[str]]


def pins_now(current: Data, base: Data, pins: Mapping[str, set[str]]) -> Pins:
    """Records edited now, and those edited before that still exist."""
    return {
        kind: {rid for rid in current[kind] if rid in pins.get(kind, set()) or _edited(rid, current[kind], base[kind])}
        for kind in ("actors", "claims")
    }


def _pinned_actors(current: Data, base: Data, pins: Pins) -> list[Pinned]:
    out = []
    for rid, record in sorted(current["actors"].items()):
        if rid in pins["actors"]:
            names = tuple(n for n in [record.get("name"), *record.get("aliases", [])] if isinstance(n, str))
            generated_name = base["actors"].get(rid, {}).get("name")
            out.append(Pinned(rid, names, (generated_name,) if generated_name else ()))
    return out


def _pinned_claims(current: Data, base: Data, pins: Pins) -> list[Pinned]:
    out = []
    for rid, record in sorted(current["claims"].items()):
        if rid in pins["claims"]:
            statements = [record.get("statement"), *record.get("variants", []),
                          base["claims"].get(rid, {}).get("statement")]
            out.append(Pinned(rid, tuple(s for s in statements if isinstance(s, str))))
    return out


def order_key(article: Article) -> tuple[str, ...]:
    """Articles by date, undated last, then by id: which reported a claim first."""
    return (article.published or "9999-99-99", article.id)


def generate(
    articles: Sequence[Article], extractions: Mapping[str, Extraction], current: Data, base: Data, pins: Pins
) -> Data:
    """Every record as the tool generates it now, from all articles' extractions."""
    present = [a for a in sorted(articles, key=lambda a: a.id) if a.id in extractions]
    res = resolve(
        [extractions[a.id] for a in present], {a.id: order_key(a) for a in present},
        _pinned_actors(current, base, pins), _pinned_claims(current, base, pins),
    )
    out: Data = {"articles": {}, "actors": {}, "claims": {}}
    for actor in res.actors.values():
        out["actors"][actor.id] = to_data(ActorRecord(
            actor.id, actor.name, actor.kind, actor.aliases, actor.roles, actor.affiliation))
    for claim in res.claims.values():
        out["claims"][claim.id] = to_data(ClaimRecord(claim.id, claim.statement))
    for article in present:
        extraction = extractions[article.id]
        taken: set[str] = set()
        attributions = tuple(
            AttributionRecord(
                id=attribution_id(a.content.text, taken), content=a.content, stance=a.stance,
                actor=res.actor_of.get((article.id, a.actor)) if a.actor else None,
                claim=res.claim_of.get((article.id, a.claim)) if a.claim else None,
                source=a.source, cue=a.cue,
            )
            for a in extraction.attributions
        )
        out["articles"][article.id] = to_data(ArticleRecord(
            id=article.id, title=article.title, seed=article.path, sha256=article.sha256,
            extractor=extraction.extractor, publisher=article.publisher, url=article.url,
            published=article.published, language=article.language, attributions=attributions,
        ))
    return out


def merge(
    articles: Sequence[Article],
    extractions: Mapping[str, Extraction],
    current: Data,
    base: Data,
    *,
    pins: Mapping[str, set[str]] | None = None,
    keep: Iterable[str] = (),
) -> tuple[Data, Data, Pins, list[str]]:
    """The records to write, the new generated base, the pinned ids and warnings for a person.

    ``extractions`` holds one for every readable article (fresh or from the cache). Records of
    articles in ``keep`` (seeds that could not be read this time) stay as they are.
    """
    pinned = pins_now(current, base, pins or {})
    theirs = generate(articles, extractions, current, base, pinned)
    for rid in keep:
        if rid in base["articles"]:
            theirs["articles"][rid] = base["articles"][rid]
    out: Data = {}
    for kind in ("articles", "actors", "claims"):
        out[kind] = {}
        for rid in sorted(set(current[kind]) | set(base[kind]) | set(theirs[kind])):
            if kind == "articles" and rid not in theirs["articles"]:
                continue  # the seed is gone: so is its record, edited or not
            value = merge3(base[kind].get(rid, _MISSING), current[kind].get(rid, _MISSING),
                           theirs[kind].get(rid, _MISSING))
            if value is not _MISSING:
                out[kind][rid] = value
    warnings = _redirect(out, base)  # copies what it changes: ``out`` shares values with current, base and theirs
    # records that no attribution needs any more go, unless a person edited them
    actor_ids, claim_ids = referenced(
        ((att.get("actor"), att.get("claim")) for r in out["articles"].values() for att in r.get("attributions", [])),
        lambda rid: out["actors"].get(rid, {}).get("affiliation"),
    )
    for kind, needed in (("actors", actor_ids), ("claims", claim_ids)):
        for rid in [r for r in out[kind] if r not in needed]:
            if _edited(rid, current[kind], base[kind]):
                warnings.append(f"content/{kind}/{rid}.yaml: no attribution refers to it; kept: a person edited it")
            else:
                del out[kind][rid]
    return out, theirs, pinned, warnings


def _redirect(out: Data, base: Data) -> list[str]:
    """Attributions naming an actor or claim that is gone go where its names went, or nowhere."""
    fresh = _keys(out["actors"])
    warnings = []
    for article_id, shared in out["articles"].items():
        atts = shared.get("attributions", [])
        if not any((att.get("actor") and att["actor"] not in out["actors"])
                   or (att.get("claim") and att["claim"] not in out["claims"]) for att in atts):
            continue
        record = out["articles"][article_id] = {**shared, "attributions": [dict(att) for att in atts]}
        for att in record["attributions"]:
            ref = att.get("actor")
            if ref and ref not in out["actors"]:
                gone = base["actors"].get(ref, {})
                names = [gone.get("name", ""), *gone.get("aliases", [])]
                target = next((fresh[k] for n in names if (k := name_key(n)) in fresh and fresh[k]), None)
                att["actor"] = target
                if target is None:
                    warnings.append(f"content/articles/{article_id}.yaml: attribution {att['id']}: "
                                    f"actor {ref!r} was removed; the attribution has no actor now")
            ref = att.get("claim")
            if ref and ref not in out["claims"]:
                gone_statement = words(base["claims"].get(ref, {}).get("statement", ""))
                att["claim"] = next((rid for rid, claim in sorted(out["claims"].items())
                                     if any(similar(gone_statement, words(s)) for s in
                                            [claim.get("statement", ""), *claim.get("variants", [])])), None)
                if att["claim"] is None:
                    warnings.append(f"content/articles/{article_id}.yaml: attribution {att['id']}: "
                                    f"claim {ref!r} was removed; the attribution has no claim now")
    return warnings


def _keys(actors: dict[str, dict[str, Any]]) -> dict[str, str | None]:
    index: dict[str, str | None] = {}
    for rid, actor in sorted(actors.items()):
        for name in [actor.get("name", ""), *actor.get("aliases", [])]:
            if isinstance(name, str) and is_name(name):
                k = name_key(name)
                index[k] = rid if index.get(k, rid) == rid else None
    return index
