"""The cache of parsed records (.build/records.cache): same results as without it, less work."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from builder import store, yamlio
from builder.build import build
from builder.cache import NAME, RecordCache
from builder.errors import ValidationError

from .briefings import make_briefing, snapshot

pytestmark = pytest.mark.usefixtures("fake_extractor")


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return make_briefing(tmp_path / "briefing", "invented_harbour_dispute.txt")


def test_a_build_with_nothing_new_parses_and_writes_out_no_record(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build(root)
    before = snapshot(root / "content")
    parsed: list[str] = []
    dumped: list[object] = []
    monkeypatch.setattr(store, "load_yaml_file", lambda path, label: parsed.append(label) or yamlio.load_yaml_file(path, label))
    monkeypatch.setattr(store, "dump_yaml", lambda data: dumped.append(data) or yamlio.dump_yaml(data))
    build(root)
    assert [p for p in parsed if "/actors/" in p or "/claims/" in p or "/articles/" in p] == []
    assert len(dumped) <= 1  # content/updates.yaml, which is not a record
    assert snapshot(root / "content") == before


def test_a_hand_edit_that_keeps_the_value_is_not_undone_by_the_cache(root: Path) -> None:
    """A comment added by hand changes the bytes: the file is parsed again and written canonical as before."""
    build(root)
    path = root / "content/actors/lina-ek.yaml"
    canonical = path.read_text(encoding="utf-8")
    path.write_text(canonical + "# checked by hand\n", encoding="utf-8")
    build(root)
    assert path.read_text(encoding="utf-8") == canonical


def test_a_problem_in_a_cached_file_is_still_reported_with_its_line(root: Path) -> None:
    build(root)
    path = root / "content/actors/lina-ek.yaml"
    path.write_text("name: Lina Ek\nkind: persn\n", encoding="utf-8")
    cache = RecordCache.at(root)
    store.read_data(root, cache=cache)  # the bad file's value is cached now, without lines
    with pytest.raises(ValidationError) as info:
        store.load(root, cache)
    assert "content/actors/lina-ek.yaml:2: kind: got 'persn'" in str(info.value)


class Planted:
    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (print, ("ran code from the cache",))


def test_a_cache_holding_anything_but_plain_data_is_dropped(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (root / ".build").mkdir(exist_ok=True)
    (root / ".build" / NAME).write_bytes(pickle.dumps({"x": (pickle.dumps(Planted()), True)}))
    cache = RecordCache.at(root)
    assert cache.value("x") is None
    (root / ".build" / NAME).write_bytes(pickle.dumps(Planted()))
    assert RecordCache.at(root).value("x") is None
    assert "ran code" not in capsys.readouterr().out
