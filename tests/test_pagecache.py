"""pagecache: a page kept from the last build is the page a full render makes, and kept pages are kept."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest

from builder import ingest, render, store, view
from builder.pagecache import Fingerprints, PageCache
from builder.store import Content

from .regen_golden import FIXTURE


def _render(content: Content, cache: PageCache | None = None) -> dict[str, str]:
    articles = [a for a in ingest.ingest(FIXTURE / "seeds", FIXTURE) if not isinstance(a, ingest.Skipped)]
    return render.render(view.briefing(content), {a.id: a for a in articles}, site_name="Ferry", cache=cache)


def _rename_actor(c: Content) -> Content:
    actor = sorted(c.actors.values(), key=lambda a: a.id)[0]
    return dataclasses.replace(c, actors={**c.actors, actor.id: dataclasses.replace(actor, name="Renamed <Actor>")})


def _flip_stance(c: Content) -> Content:
    """One attribution turns into a denial: its claim's status, and every page showing either, change."""
    article = sorted(c.articles.values(), key=lambda a: a.id)[0]
    first, *rest = article.attributions
    flipped = dataclasses.replace(first, stance="denies" if first.stance != "denies" else "asserts")
    return dataclasses.replace(c, articles={**c.articles, article.id: dataclasses.replace(
        article, attributions=(flipped, *rest))})


def _drop_article(c: Content) -> Content:
    gone = sorted(c.articles)[-1]
    return dataclasses.replace(c, articles={k: v for k, v in c.articles.items() if k != gone})


def _reword_claim(c: Content) -> Content:
    claim = sorted(c.claims.values(), key=lambda x: x.id)[0]
    return dataclasses.replace(c, claims={**c.claims, claim.id: dataclasses.replace(claim, statement="Reworded.")})


@pytest.mark.parametrize("change", [_rename_actor, _flip_stance, _drop_article, _reword_claim])
def test_kept_pages_are_what_a_full_render_makes(tmp_path: Path, change: Callable[[Content], Content]) -> None:
    before, _, _ = store.load(FIXTURE)
    cache = PageCache(tmp_path / "pages.cache")
    first = _render(before, cache)
    cache.save()
    after = change(before)
    warm = PageCache(tmp_path / "pages.cache")
    again = _render(after, warm)
    assert again == _render(after)
    assert again != first  # the change shows
    unchanged = [p for p in again if p.startswith(("claims/", "actors/", "articles/")) and again[p] == first.get(p)]
    assert 0 < warm.hits <= len(unchanged)  # pages the change does not touch were kept, not rendered again


def test_an_unchanged_briefing_renders_nothing_again(tmp_path: Path) -> None:
    content, _, _ = store.load(FIXTURE)
    cache = PageCache(tmp_path / "pages.cache")
    first = _render(content, cache)
    cache.save()
    warm = PageCache(tmp_path / "pages.cache")
    assert _render(content, warm) == first
    entity_pages = [p for p in first if p.startswith(("claims/", "actors/", "articles/")) and p[-8:] != "index.md"]
    assert warm.hits == len(entity_pages) > 10


def test_a_planted_cache_is_not_loaded(tmp_path: Path) -> None:
    """The cache file holds plain strings; anything else (here, a pickled call) makes it an empty cache."""
    path = tmp_path / "pages.cache"
    path.write_bytes(b"cos\nsystem\n(S'touch " + str(tmp_path / "owned").encode() + b"'\ntR.")
    cache = PageCache(path)
    assert cache.get("index.md", "x") is None
    assert not (tmp_path / "owned").exists()


def test_fingerprints_tell_values_apart_and_refuse_functions() -> None:
    prints = Fingerprints()
    assert prints.of(("a,b",)) != prints.of(("a", "b"))
    assert prints.of("1") != prints.of(1)
    with pytest.raises(TypeError, match="cannot be function"):
        prints.of({"f": lambda: 1})


def test_every_field_of_a_record_counts_in_its_fingerprint() -> None:
    """Records are fingerprinted by their repr: a field left out of it would let a page go stale."""
    import inspect

    from builder import models, records

    classes = [c for m in (records, models) for _, c in inspect.getmembers(m, inspect.isclass)
               if dataclasses.is_dataclass(c) and c.__module__ == m.__name__]
    assert len(classes) > 5
    for cls in classes:
        assert all(f.repr for f in dataclasses.fields(cls)), cls.__name__
    content, _, _ = store.load(FIXTURE)
    claim = sorted(content.claims.values(), key=lambda c: c.id)[0]
    assert Fingerprints().of(claim) != Fingerprints().of(dataclasses.replace(claim, notes="checked"))
