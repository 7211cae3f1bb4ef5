"""The store: content/ on disk <-> records in memory. Only this module and the CLI touch content/.

    content/articles/<id>.yaml   content/actors/<id>.yaml   content/claims/<id>.yaml
    content/.generated/...       the same records as the tool last wrote them: the base of the
                                 three-way merge that keeps a person's edits (see merge.py)
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import journal
from .cache import RecordCache, digest
from .errors import Problem, ValidationError
from .journal import Changes
from .records import KINDS, ActorRecord, ArticleRecord, ClaimRecord, History, Update, to_data
from .schema import validate
from .yamlio import YamlError, dump_yaml, load_yaml_file

GENERATED = ".generated"
_ID = re.compile(r"\A[A-Za-z0-9][A-Za-z0-9_.-]{0,127}\Z")
HEADER = {
    "articles": "# An article and who says what in it. Edit freely: the next build keeps your changes.\n",
    "actors": "# An actor of the briefing. Edit freely: the next build keeps your changes.\n",
    "claims": "# A claim of the briefing. Edit freely: the next build keeps your changes.\n",
}


@dataclass(frozen=True)
class Content:
    """Every record of a briefing, by kind and id."""

    articles: dict[str, ArticleRecord] = field(default_factory=dict)
    actors: dict[str, ActorRecord] = field(default_factory=dict)
    claims: dict[str, ClaimRecord] = field(default_factory=dict)
    updates: tuple[Update, ...] = ()  # content/updates.yaml: what each build changed, newest first

    def of(self, kind: str) -> dict[str, Any]:
        return dict(getattr(self, kind))


#: Records in their YAML form, by kind and id: what the merge compares.
Data = dict[str, dict[str, dict[str, Any]]]


def _files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.yaml")) if folder.is_dir() else []


def read_data(
    root: Path, *, generated: bool = False, cache: RecordCache | None = None
) -> tuple[Data, dict[str, dict[str, Any]], list[Problem]]:
    """Every record's YAML data and line map, and the problems met while reading.

    With a ``cache``, a file read before is not parsed again, and has no line map.
    """
    base = root / "content" / GENERATED if generated else root / "content"
    data: Data = {kind: {} for kind in KINDS}
    lines: dict[str, dict[str, Any]] = {kind: {} for kind in KINDS}
    problems: list[Problem] = []
    for kind in KINDS:
        for path in _files(base / kind):
            label = path.relative_to(root).as_posix()
            if not _ID.match(path.stem):
                problems.append(
                    Problem(label, None, "", "file name is not a record id; expected letters, digits, '-', '_'")
                )
                continue
            if cache is not None:
                key = digest(path.read_bytes())
                value = cache.value(key)
                if value is not None:
                    data[kind][path.stem] = value
                    continue
            try:
                value, where = load_yaml_file(path, label)
            except YamlError as e:
                problems.append(_yaml_problem(label, e))
                continue
            if cache is not None:
                cache.put(key, value)
            data[kind][path.stem] = value
            lines[kind][path.stem] = where
    return data, lines, problems


def to_content(
    data: Data, lines: dict[str, dict[str, Any]], root_label: str = "content",
    known: tuple[Data, Content] | None = None,
) -> tuple[Content, list[Problem]]:
    """Validated records, and every problem found.

    ``known`` holds data validated before and its records: a record whose data is equal to
    it there is taken from there instead of being validated again.
    """
    problems: list[Problem] = []
    out: dict[str, dict[str, Any]] = {kind: {} for kind in KINDS}
    for kind, cls in KINDS.items():
        seen, records = (known[0][kind], known[1].of(kind)) if known else ({}, {})
        for rid, value in sorted(data[kind].items()):
            if rid in records and seen.get(rid) == value:
                out[kind][rid] = records[rid]
                continue
            path = f"{root_label}/{kind}/{rid}.yaml"
            record, found = validate(cls, value, lines.get(kind, {}).get(rid, {}), path, rid)
            problems += found
            if record is not None:
                out[kind][rid] = record
    return Content(out["articles"], out["actors"], out["claims"]), problems


def reference_problems(data: Data, lines: dict[str, dict[str, Any]], removed: Data | None = None) -> list[Problem]:
    """Every reference (actor, claim, affiliation) that names no record file.

    References to records in ``removed`` (generated records a person deleted, as when merging
    two actors) are not problems: the build moves them to where the names went.
    Works on the YAML data, so that a record with other problems is still checked.
    """
    problems: list[Problem] = []
    gone = removed or {}

    def check(kind: str, rid: str, path: tuple[Any, ...], ref: Any, target: str, label: str) -> None:
        if isinstance(ref, str) and ref not in data[target] and ref not in gone.get(target, {}):
            where = lines.get(kind, {}).get(rid, {})
            problems.append(Problem(
                f"content/{kind}/{rid}.yaml", where.get(path), label,
                f"got {ref!r}, expected the id of a record in content/{target}/",
            ))

    for aid, actor in data["actors"].items():
        if isinstance(actor, dict):
            check("actors", aid, ("affiliation",), actor.get("affiliation"), "actors", "affiliation")
    for art_id, article in data["articles"].items():
        attributions = article.get("attributions") if isinstance(article, dict) else None
        for i, att in enumerate(attributions if isinstance(attributions, list) else []):
            if isinstance(att, dict):
                for name in ("actor", "claim"):
                    check("articles", art_id, ("attributions", i, name), att.get(name), f"{name}s",
                          f"attributions[{i}].{name}")
    return problems


def load(root: Path, cache: RecordCache | None = None) -> tuple[Content, Data, Data]:
    """content/ as validated records, their YAML data, and the last generated data.

    ValidationError lists every problem found, in every file. A load from the ``cache`` that
    finds a problem is made again without it, so that each problem has its line.
    """
    recover(root)
    if cache is not None:
        try:
            return _load(root, cache)
        except ValidationError:
            pass
    return _load(root, None)


def _load(root: Path, cache: RecordCache | None) -> tuple[Content, Data, Data]:
    data, lines, problems = read_data(root, cache=cache)
    content, found = to_content(data, lines)
    problems += found
    history, found = read_history(root)
    problems += found
    content = dataclasses.replace(content, updates=history.updates)
    generated, _, gproblems = read_data(root, generated=True, cache=cache)
    problems += gproblems
    problems += reference_problems(data, lines, generated)
    if problems:
        raise ValidationError(problems)
    return content, data, generated


UPDATES = "updates.yaml"
PUBLISHED = "published.json"


def read_published(root: Path) -> dict[str, Any]:
    """What the last build published (content/.generated/published.json), or nothing."""
    try:
        data = json.loads((root / "content" / GENERATED / PUBLISHED).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def read_history(root: Path) -> tuple[History, list[Problem]]:
    """content/updates.yaml, or no updates where it does not exist yet."""
    path = root / "content" / UPDATES
    if not path.is_file():
        return History(), []
    label = f"content/{UPDATES}"
    try:
        value, where = load_yaml_file(path, label)
    except YamlError as e:
        return History(), [_yaml_problem(label, e)]
    record, problems = validate(History, value or {}, where, label, None)
    return record or History(), problems


def _yaml_problem(label: str, e: YamlError) -> Problem:
    if (m := re.match(rf"{re.escape(label)}:(\d+): (.*)", str(e), re.S)):
        return Problem(label, int(m.group(1)), "", m.group(2))
    return Problem(label, None, "", str(e).removeprefix(label + ":").lstrip(": "))


def referenced(
    pairs: Iterable[tuple[str | None, str | None]], affiliation: Callable[[str], str | None]
) -> tuple[set[str], set[str]]:
    """The actor and claim ids that (actor, claim) pairs name, and the actors those belong to."""
    actors: set[str] = set()
    claims: set[str] = set()
    for actor, claim in pairs:
        if actor:
            actors.add(actor)
        if claim:
            claims.add(claim)
    todo = list(actors)
    while todo:
        parent = affiliation(todo.pop())
        if parent and parent not in actors:
            actors.add(parent)
            todo.append(parent)
    return actors, claims


def orphans(content: Content) -> list[str]:
    """Actors and claims no attribution refers to (kept because a person edited them)."""
    actors, claims = referenced(
        ((a.actor, a.claim) for r in content.articles.values() for a in r.attributions if not a.wrong),
        lambda rid: (actor.affiliation if (actor := content.actors.get(rid)) else None),
    )
    unused: list[tuple[str, str, dict[str, Any], set[str]]] = [
        ("actors", "actor", content.actors, actors), ("claims", "claim", content.claims, claims)]
    return [f"content/{kind}/{rid}.yaml: no attribution refers to this {noun}"
            for kind, noun, records, used in unused for rid in records if rid not in used]


EXTRACTIONS = "extractions"


def read_extractions(root: Path) -> dict[str, dict[str, Any]]:
    """The cached extraction of each article (content/.generated/extractions/<id>.json).

    An unreadable cache file only means that its article is extracted again.
    """
    out: dict[str, dict[str, Any]] = {}
    folder = root / "content" / GENERATED / EXTRACTIONS
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(data, dict) and isinstance(data.get("sha256"), str):
            out[path.stem] = data
    return out


def render_record(kind: str, record: Any) -> str:
    return HEADER[kind] + dump_yaml(to_data(record))


PINS = "pinned.json"


def read_pins(root: Path) -> dict[str, set[str]]:
    """Ids of the records a person edited (content/.generated/pinned.json)."""
    try:
        data = json.loads((root / "content" / GENERATED / PINS).read_text(encoding="utf-8"))
        return {kind: set(ids) for kind, ids in data.items() if isinstance(ids, list)}
    except (OSError, ValueError, AttributeError):
        return {}


def changes(
    root: Path, content: Content, generated: Data, extractions: dict[str, dict[str, Any]],
    pins: dict[str, set[str]], published: dict[str, Any], cache: RecordCache | None = None,
    read: tuple[Data, Content, dict[str, dict[str, Any]]] | None = None,
) -> Changes:
    """The files of content/ to write (new text) or remove (None), paths relative to ``root``.

    With a ``cache``, a record whose file holds the canonical text of its value is left alone
    without writing its YAML out again. ``read``: what this build read of content/ (the data,
    its records, the extraction files): a record that is still the one read from its file is
    compared as that data, and an extraction equal to its file's is not written out again.
    """
    data_read, records_read, extractions_read = read if read else ({}, Content(), {})
    wanted: dict[str, str] = {}
    out: Changes = {}
    kept: set[str] = set()

    def record(rel: str, header: str, value: Any, item: Any = None) -> None:
        """``value``: the record's data; or, with ``item``, the data its file held when ``item`` was read from it."""
        try:
            now = (root / rel).read_bytes()
        except OSError:
            now = None
        marked = header.encode("utf-8") + b"\0"  # canonical for this kind of file: its header and all
        canonical = cache.canonical(digest(marked + now)) if cache is not None and now is not None else None
        if item is not None and canonical != value:  # the file is not canonical text of what was read from it
            value = to_data(item)
        if cache is not None and now is not None and canonical is not None and canonical == value:
            cache.keep(digest(now))  # for the next load
            kept.add(rel)
            return
        text = header + dump_yaml(value)
        data = text.encode("utf-8")
        if cache is not None:
            cache.put(digest(marked + data), value, canonical=True)
            cache.put(digest(data), value)  # what the next load parses
        if data != now:
            out[rel] = text
        else:
            kept.add(rel)
    wanted[f"content/{GENERATED}/{PUBLISHED}"] = json.dumps(published, ensure_ascii=False, sort_keys=True) + "\n"
    pinned = {kind: sorted(ids) for kind, ids in sorted(pins.items())}
    wanted[f"content/{GENERATED}/{PINS}"] = json.dumps(pinned, indent=1) + "\n"
    for rid, data in extractions.items():
        rel = f"content/{GENERATED}/{EXTRACTIONS}/{rid}.json"
        if extractions_read.get(rid) == data:
            kept.add(rel)
            continue
        wanted[rel] = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"
    if content.updates:
        wanted[f"content/{UPDATES}"] = (
            "# What each build changed, newest first: the site's \"What changed\" page and feed.\n"
            + dump_yaml(to_data(History(content.updates)))
        )
    for kind in KINDS:
        same = records_read.of(kind) if read else {}
        for rid, item in content.of(kind).items():
            rel = f"content/{kind}/{rid}.yaml"
            if same.get(rid) is item:  # read from its file this build: if the file is canonical, it holds the record
                record(rel, HEADER[kind], data_read[kind][rid], item)
            else:
                record(rel, HEADER[kind], to_data(item))
        for rid, value in generated[kind].items():
            record(f"content/{GENERATED}/{kind}/{rid}.yaml", "", value)
    for rel, text in wanted.items():
        try:
            if (root / rel).read_bytes() == text.encode("utf-8"):
                continue
        except OSError:
            pass
        out[rel] = text
    existing = [*(root / "content").glob("*/*.yaml"), *(root / "content" / GENERATED).glob("*/*.yaml"),
                *(root / "content" / GENERATED / EXTRACTIONS).glob("*.json")]
    for path in existing:
        rel = path.relative_to(root).as_posix()
        if rel not in wanted and rel not in kept and rel not in out:
            out[rel] = None
    return out


def save(root: Path, planned: Changes) -> int:
    """Apply the changes to content/ all at once (see journal.py); returns the files changed."""
    return journal.apply(root, root / ".build" / "journal", planned)


def recover(root: Path) -> None:
    """Finish or drop the writes of a build that was stopped while saving."""
    journal.recover(root, root / ".build" / "journal")
