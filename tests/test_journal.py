"""All-or-nothing writes: a build stopped while saving leaves content/ as before or as after."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from builder import journal

from .briefings import snapshot


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "keep.yaml").write_text("old\n", encoding="utf-8")
    (tmp_path / "content" / "gone.yaml").write_text("bye\n", encoding="utf-8")
    return tmp_path


CHANGES: journal.Changes = {"content/keep.yaml": "new\n", "content/gone.yaml": None, "content/sub/added.yaml": "hi\n"}
AFTER = {"content/keep.yaml": b"new\n", "content/sub/added.yaml": b"hi\n"}


def test_apply_makes_every_change(folder: Path) -> None:
    assert journal.apply(folder, folder / ".build/journal", CHANGES) == 3
    assert snapshot(folder / "content") == {k.removeprefix("content/"): v for k, v in AFTER.items()}
    assert not (folder / ".build/journal").exists()


def test_stopped_before_the_commit_changes_nothing(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(folder / "content")
    real_replace = os.replace

    def stop_at_commit(src: object, dst: object) -> None:
        if str(dst).endswith("manifest.json"):
            raise KeyboardInterrupt  # the process is stopped here
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(journal.os, "replace", stop_at_commit)
    with pytest.raises(KeyboardInterrupt):
        journal.apply(folder, folder / ".build/journal", CHANGES)
    monkeypatch.undo()
    journal.recover(folder, folder / ".build/journal")
    assert snapshot(folder / "content") == before


def test_stopped_after_the_commit_is_rolled_forward(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_replace = os.replace
    moved: list[str] = []

    def stop_after_first_file(src: object, dst: object) -> None:
        if moved and not str(dst).endswith("manifest.json"):
            raise KeyboardInterrupt
        real_replace(src, dst)  # type: ignore[arg-type]
        if not str(dst).endswith("manifest.json"):
            moved.append(str(dst))

    monkeypatch.setattr(journal.os, "replace", stop_after_first_file)
    with pytest.raises(KeyboardInterrupt):
        journal.apply(folder, folder / ".build/journal", CHANGES)
    monkeypatch.undo()
    assert len(moved) == 1  # half applied now
    journal.recover(folder, folder / ".build/journal")
    assert snapshot(folder / "content") == {k.removeprefix("content/"): v for k, v in AFTER.items()}
