"""The pipeline end to end, with a stand-in extractor: incremental runs, edits kept, failures safe."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from builder import build as build_module
from builder import extract, site
from builder.build import build
from builder.errors import BriefingError, ValidationError
from builder.yamlio import load_yaml_text

from .briefings import ARTICLES, make_briefing, snapshot

HARBOUR = "invented_harbour_dispute.txt"


pytestmark = pytest.mark.usefixtures("fake_extractor")


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return make_briefing(tmp_path / "briefing", HARBOUR)


def read(root: Path, rel: str) -> dict:  # type: ignore[type-arg]
    return load_yaml_text((root / rel).read_text(encoding="utf-8"), rel)  # type: ignore[no-any-return]


def test_first_build_writes_records_and_site(root: Path) -> None:
    summary = build(root)
    assert (summary.extracted, summary.unchanged, summary.skipped) == (1, 0, ())
    assert (summary.actors, summary.claims) == (4, 2)
    assert read(root, "content/actors/tomas-holm.yaml") == {
        "name": "Tomas Holm", "kind": "person", "roles": ["Union leader"], "affiliation": "dockworkers-union",
    }
    article = read(root, "content/articles/invented_harbour_dispute.yaml")
    assert [a["actor"] for a in article["attributions"]] == [
        "anna-berg", "anna-berg", "dockworkers-union", "tomas-holm", "lina-ek"]
    for page in ("index", "claims/index", "actors/index", "articles/index", "claims/pier-safe",
                 "actors/anna-berg", "articles/invented_harbour_dispute"):
        assert (root / "site" / f"{page}.html").is_file(), page
    assert "a dangerous fiction" in (root / "site/claims/pier-safe.html").read_text(encoding="utf-8")


def test_second_build_extracts_nothing_and_changes_no_byte(root: Path) -> None:
    build(root)
    before = snapshot(root / "content"), snapshot(root / "docs"), snapshot(root / "site")
    summary = build(root)
    assert (summary.extracted, summary.unchanged) == (0, 1)
    assert (snapshot(root / "content"), snapshot(root / "docs"), snapshot(root / "site")) == before


def test_hand_edits_survive_a_rebuild_and_a_new_extractor(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build(root)
    actor = root / "content/actors/anna-berg.yaml"
    actor.write_text(actor.read_text(encoding="utf-8").replace("name: Anna Berg", "name: Anna K. Berg"), encoding="utf-8")
    record = root / "content/articles/invented_harbour_dispute.yaml"
    text = record.read_text(encoding="utf-8")
    assert "stance: considers-plausible" in text
    record.write_text(text.replace("stance: considers-plausible", "stance: supports"), encoding="utf-8")
    monkeypatch.setattr(extract, "VERSION", "test-2")  # new rules: every article is extracted again
    summary = build(root)
    assert summary.extracted == 1
    assert read(root, "content/actors/anna-berg.yaml")["name"] == "Anna K. Berg"
    stances = [a["stance"] for a in read(root, "content/articles/invented_harbour_dispute.yaml")["attributions"]]
    assert stances == ["asserts", "asserts", "denies", "asserts", "supports"]
    assert read(root, "content/articles/invented_harbour_dispute.yaml")["extractor"] == "test-2"
    assert "Anna K. Berg" in (root / "site/actors/anna-berg.html").read_text(encoding="utf-8")


def test_attribution_marked_wrong_is_kept_but_not_shown(root: Path) -> None:
    build(root)
    record = root / "content/articles/invented_harbour_dispute.yaml"
    text = record.read_text(encoding="utf-8")
    record.write_text(text.replace("stance: considers-plausible", "stance: considers-plausible\n  wrong: true"),
                      encoding="utf-8")
    build(root)
    assert "wrong: true" in record.read_text(encoding="utf-8")
    assert "inspection was thorough" not in (root / "site/claims/pier-safe.html").read_text(encoding="utf-8")


def test_removed_article_takes_its_records_along_but_not_edited_ones(root: Path) -> None:
    build(root)
    claim = root / "content/claims/cracks.yaml"
    claim.write_text(claim.read_text(encoding="utf-8").replace("statement: Cracks", "statement: Large cracks"),
                     encoding="utf-8")
    (root / "seeds" / HARBOUR).unlink()
    summary = build(root)
    assert summary.actors == 0 and summary.claims == 1
    assert not (root / "content/articles/invented_harbour_dispute.yaml").exists()
    assert read(root, "content/claims/cracks.yaml")["statement"].startswith("Large cracks")


def test_malformed_yaml_stops_the_build_and_leaves_everything_as_it_was(root: Path) -> None:
    build(root)
    (root / "content/actors/lina-ek.yaml").write_text("name: Lina Ek\nkind: [oops\n", encoding="utf-8")
    (root / "seeds" / "new_article.txt").write_text("Anna Berg said the pier is safe.", encoding="utf-8")
    before = snapshot(root / "content"), snapshot(root / "site")
    with pytest.raises(ValidationError) as info:
        build(root)
    assert "content/actors/lina-ek.yaml:3: invalid YAML" in str(info.value)
    assert (snapshot(root / "content"), snapshot(root / "site")) == before


def test_every_problem_is_reported_at_once(root: Path) -> None:
    build(root)
    (root / "content/actors/lina-ek.yaml").write_text("name: Lina Ek\nkind: persn\nrank: 3\n", encoding="utf-8")
    (root / "content/actors/anna-berg.yaml").write_text("name: Anna\nkind: person\naffiliation: nobody\n",
                                                        encoding="utf-8")
    with pytest.raises(ValidationError) as info:
        build(root)
    assert str(info.value).splitlines() == [
        "content/actors/anna-berg.yaml:3: affiliation: got 'nobody', expected the id of a record in content/actors/",
        "content/actors/lina-ek.yaml:2: kind: got 'persn', expected one of person, organization, country, group, "
        "anonymous-source",
        "content/actors/lina-ek.yaml:3: rank: unknown key; expected one of name, kind, aliases, roles, affiliation, "
        "wikidata, notes",
    ]


@pytest.mark.parametrize(
    ("module", "function"),
    [("extract", "extract_many"), ("merge", "merge"), ("render", "render"), ("site", "build_site"),
     ("store", "save"), ("site", "publish")],
)
def test_a_failing_stage_leaves_content_and_site_as_they_were(
    root: Path, monkeypatch: pytest.MonkeyPatch, module: str, function: str
) -> None:
    build(root)
    (root / "seeds" / "second.txt").write_text("Anna Berg said that the pier is safe.", encoding="utf-8")
    before = snapshot(root / "content"), snapshot(root / "site")

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError(f"{function} exploded")

    monkeypatch.setattr(getattr(build_module, module), function, broken)
    with pytest.raises(RuntimeError):
        build(root)
    if function != "publish":  # stopped after content/ was saved: content/ is new, site/ old
        assert snapshot(root / "content") == before[0]
    assert snapshot(root / "site") == before[1]


def test_an_extraction_error_is_raised_by_the_build_even_when_it_cannot_be_pickled(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Extraction runs in a child process; what stops it is raised again in the build, or told in a BriefingError."""
    from builder.errors import BriefingError

    class Odd(Exception):
        def __init__(self, a: int, b: int) -> None:
            super().__init__(f"{a}/{b}")

    def broken(articles: object, *, n_process: int = 1) -> Iterator[object]:
        raise Odd(1, 2)
        yield

    monkeypatch.setattr(extract, "extract_many", broken)
    before = snapshot(root / "content")
    with pytest.raises(BriefingError, match="extraction failed: 1/2"):
        build(root)
    assert snapshot(root / "content") == before


def test_a_failed_build_leaves_no_search_indexer_running(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Pagefind starts once the claim, actor and article pages are rendered; a later failure ends it."""
    started, stopped = [], []
    real_start, real_stop = site.SearchIndex.start, site.SearchIndex.stop

    def start(self: site.SearchIndex, pages: dict[str, str]) -> None:
        real_start(self, pages)
        started.append(self.process)

    def stop(self: site.SearchIndex) -> None:
        stopped.append(self.process)
        real_stop(self)

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("mkdocs exploded")

    monkeypatch.setattr(site.SearchIndex, "start", start)
    monkeypatch.setattr(site.SearchIndex, "stop", stop)
    monkeypatch.setattr(site, "build_site", broken)
    with pytest.raises(RuntimeError):
        build(root)
    assert len(started) == 1 and started[0] is not None
    assert stopped == started and started[0].poll() is not None  # stopped, and no longer running


def test_a_briefing_with_no_articles_builds_a_site_whose_search_loads(tmp_path: Path) -> None:
    root = make_briefing(tmp_path / "empty")
    summary = build(root)
    assert (summary.extracted, summary.actors, summary.claims) == (0, 0, 0)
    assert (root / "site" / "index.html").is_file()
    assert (root / "site" / "pagefind" / "pagefind-entry.json").is_file()


def test_unreadable_seed_is_skipped_and_its_record_kept(root: Path) -> None:
    build(root)
    (root / "seeds" / HARBOUR).write_bytes(b"\xff\xfe\x00b\x00a\x00d")
    summary = build(root)
    assert [s.path.name for s in summary.skipped] == [HARBOUR]
    assert "UTF-16" in summary.skipped[0].reason
    assert (root / "content/articles/invented_harbour_dispute.yaml").exists()


def test_second_build_at_once_is_refused(root: Path) -> None:
    from builder.build import locked
    from builder.errors import LockedError

    with locked(root), pytest.raises(LockedError, match="another build of this briefing is running"):
        build(root)


def test_a_build_after_a_change_rebuilds_only_changed_pages_and_equals_a_full_build(root: Path) -> None:
    build(root)
    unchanged = root / "site" / "actors" / "tomas-holm.html"
    was = unchanged.stat().st_mtime_ns
    published = snapshot(root / "site")
    shutil.copy(ARTICLES / "article_with_front_matter.md", root / "seeds")
    build(root)  # dirty: starts from the last site/, its pages hard-linked
    assert unchanged.stat().st_mtime_ns == was, "a page whose Markdown did not change was built again"
    [old] = (root / ".build" / "trash").glob("site-*")
    assert snapshot(old) == published, "the new build wrote through a link into the site it replaced"
    assert (root / "site" / "articles" / "article_with_front_matter.html").is_file()
    dirty = snapshot(root / "site")
    (root / "docs" / ".stamp").unlink()  # no stamp: a full build from nothing
    build(root)
    assert snapshot(root / "site") == dirty
    assert unchanged.stat().st_mtime_ns != was


def test_a_removed_article_takes_its_built_page_along_in_a_dirty_build(root: Path) -> None:
    shutil.copy(ARTICLES / "article_with_front_matter.md", root / "seeds")
    build(root)
    assert (root / "site" / "articles" / "article_with_front_matter.html").is_file()
    (root / "seeds" / "article_with_front_matter.md").unlink()
    build(root)
    assert not (root / "site" / "articles" / "article_with_front_matter.html").exists()
    assert (root / "site" / "pagefind" / "pagefind-entry.json").is_file()


def test_a_briefing_that_still_lists_materials_search_and_tags_gets_one_search_box(root: Path) -> None:
    """mkdocs.yml of a briefing made before Pagefind: Material's search would add a second box."""
    config = root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "plugins: []" in text
    config.write_text(text.replace("plugins: []", "plugins:\n  - search\n  - tags"), encoding="utf-8")
    build(root)
    home = (root / "site" / "index.html").read_text(encoding="utf-8")
    assert "md-search" not in home and not (root / "site" / "search" / "search_index.json").exists()
    assert (root / "site" / "pagefind" / "pagefind.js").is_file()


def test_without_fork_the_build_extracts_in_its_own_process(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import multiprocessing

    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    summary = build(root)
    assert (summary.extracted, summary.actors, summary.claims) == (1, 4, 2)


def test_a_model_that_cannot_load_stops_the_build_that_needs_it(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The extraction child loads the model before it knows whether it is needed: a failure
    there is told only to a build with articles to extract."""
    from builder import nlp
    from builder.errors import ModelError

    def missing() -> object:
        raise ModelError("no spaCy English model: expected en_core_web_sm")

    def extract_many(articles: object, *, n_process: int = 1) -> Iterator[object]:
        nlp.load()  # as the real one starts
        yield from ()

    monkeypatch.setattr(nlp, "load", missing)
    monkeypatch.setattr(extract, "extract_many", extract_many)
    with pytest.raises(ModelError, match="no spaCy English model"):
        build(root)
    assert not (root / "content").exists()


def test_the_extraction_child_is_stopped_when_there_is_nothing_to_extract(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build(root)
    from builder import nlp
    from builder.errors import ModelError

    def missing() -> object:
        raise ModelError("not needed, so not reported")

    monkeypatch.setattr(nlp, "load", missing)
    extracting = build_module.Extracting(1)
    assert extracting.process is not None and extracting.process.is_alive()
    extracting.give([])
    assert extracting.process is None
    assert list(extracting.results()) == []
    summary = build(root)  # nothing new: the model is not needed, and its failure not reported
    assert summary.extracted == 0 and summary.unchanged == 1


def test_the_site_name_is_read_as_mkdocs_reads_it(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    monkeypatch.setenv("BRIEFING_TEST_TITLE", "The <pier> dispute")
    config.write_text(re.sub(r"(?m)^site_name: .*$", "site_name: !ENV [BRIEFING_TEST_TITLE, x]", text), encoding="utf-8")
    assert site.site_name(root) == "The <pier> dispute" == site.load_config(root, docs_dir=str(root / "seeds"))["site_name"]
    config.write_text(re.sub(r"(?m)^site_name: .*$", "site_name: 12", text), encoding="utf-8")
    with pytest.raises(BriefingError, match="site_name"):  # not text: MkDocs' own message
        site.site_name(root)
