"""Shared fixtures. Append new fixtures; other test modules rely on the ones here."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from .sites import FIXTURES, REPO, Served, build_hand_made_site


@pytest.fixture(scope="session")
def ferry_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """tests/fixtures/ferry_collision_briefing built into a site: every claim status, two articles."""
    return build_hand_made_site(FIXTURES / "ferry_collision_briefing", tmp_path_factory.mktemp("ferry"))


@pytest.fixture(scope="session")
def seed_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's seed articles through the whole pipeline (extract included), strict."""
    from builder.build import build

    root = tmp_path_factory.mktemp("seed")
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    for folder in ("seeds", "site_templates"):
        shutil.copytree(REPO / folder, root / folder)
    summary = build(root, strict=True)
    assert summary.warnings == (), summary.warnings
    return root / "site"


@pytest.fixture(scope="session")
def seed_server(seed_site: Path) -> Iterator[Served]:
    served = Served(seed_site)
    yield served
    served.close()


@pytest.fixture(scope="session")
def ferry_server(ferry_site: Path) -> Iterator[Served]:
    served = Served(ferry_site)
    yield served
    served.close()


@pytest.fixture
def fake_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    """The stand-in extractor of tests/briefings.py instead of spaCy, under an extractor version of its own."""
    from builder import extract

    from .briefings import fake_extract_many

    monkeypatch.setattr(extract, "extract_many", fake_extract_many)
    monkeypatch.setattr(extract, "VERSION", "test")
