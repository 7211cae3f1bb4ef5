"""render, view and highlight: claim status, derived relations, escaping, and the golden pages.

The golden pages are tests/golden/, rendered from tests/fixtures/ferry_collision_briefing/;
after a deliberate change, regenerate them with ``python3 tests/regen_golden.py`` and review
``git diff tests/golden/``.
"""

from __future__ import annotations

import dataclasses
import gzip
import json
import re
import shutil
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest
from markupsafe import Markup

from builder import feeds, ingest, network, render, store, view
from builder.highlight import article_html
from builder.models import Span
from builder.records import ActorRecord, ArticleRecord, AttributionRecord, ClaimRecord
from builder.render import Words, words

from .regen_golden import FIXTURE, GOLDEN, render_briefing
from .sites import HOSTILE, PAYLOADS, REPO, build_hand_made_site, write_hostile_briefing

# --- claim status -----------------------------------------------------------------------------


def _stances(*rows: tuple[str | None, str]) -> tuple[view.Stance, ...]:
    """Stances on one claim from (actor id or None, stance) rows."""
    article = ArticleRecord("a", "A", "seeds/a.txt", "0" * 64, "test")
    claim = ClaimRecord("c", "C")
    out = []
    for i, (actor, stance) in enumerate(rows):
        att = AttributionRecord(f"x{i}", Span("w", 0, 1), stance, actor, "c")
        out.append(view.Stance(att, article, ActorRecord(actor, actor, "person") if actor else None, claim))
    return tuple(out)


@pytest.mark.parametrize(
    ("rows", "status"),
    [
        ([("ann", "asserts")], "single-source"),
        ([("ann", "asserts"), ("ann", "supports")], "single-source"),
        ([("ann", "asserts"), ("bob", "supports")], "corroborated"),
        ([("ann", "asserts"), ("bob", "considers-plausible")], "corroborated"),
        ([("ann", "asserts"), ("bob", "denies")], "contested"),
        ([("ann", "considers-plausible"), ("bob", "doubts")], "contested"),
        ([("bob", "denies")], "denied"),
        ([("bob", "denies"), ("cy", "doubts")], "denied"),
        # one actor on both sides: no one else disputes it
        ([("ann", "asserts"), ("ann", "denies")], "single-source"),
        ([("ann", "asserts"), ("ann", "denies"), ("bob", "asserts")], "contested"),
        ([(None, "asserts"), (None, "denies")], "contested"),  # two unnamed sources may be two people
        ([], "single-source"),
    ],
)
def test_claim_status(rows: list[tuple[str | None, str]], status: str) -> None:
    assert view.claim_status(_stances(*rows)) == status


def test_the_sides_of_a_claim_name_its_unnamed_sources_once() -> None:
    """A claim contested only by unnamed sources shows who is against it: "unnamed source"."""
    stances = _stances(("ann", "asserts"), (None, "denies"), ("bob", "asserts"), (None, "doubts"), ("ann", "supports"))
    content = view.Content(articles={"a": dataclasses.replace(stances[0].article,
                                                              attributions=tuple(s.attribution for s in stances))},
                           actors={a: ActorRecord(a, a, "person") for a in ("ann", "bob")},
                           claims={"c": stances[0].claim})
    briefing = view.briefing(content)
    pro, con = briefing.sides("c")
    assert [a.id if a else None for a in pro] == ["ann", "bob"] and con == [None]
    page = render.render(briefing, {}, site_name="x")["claims/index.md"]
    assert '<span class="bf-side">against</span> <span class="bf-actor bf-unknown">unnamed source</span>' in page


@pytest.fixture(scope="module")
def ferry() -> view.Briefing:
    content, _, _ = store.load(FIXTURE)
    return view.briefing(content)


def test_claims_are_ordered_contested_denied_corroborated_single_source(ferry: view.Briefing) -> None:
    assert [c.id for c in ferry.claims_in_order()] == [
        "rudder-failed", "maintenance-cut", "no-one-hurt", "harbour-stays-open"]


def test_a_claim_more_articles_report_outranks_one_a_single_article_repeats() -> None:
    """Both claims are contested; "loud" has four attributions from one article, "wide" two from two."""
    def article(aid: str, rows: list[tuple[str, str, str]]) -> ArticleRecord:
        atts = tuple(AttributionRecord(f"{aid}{i}", Span("w", 0, 1), stance, actor, claim)
                     for i, (actor, stance, claim) in enumerate(rows))
        return ArticleRecord(aid, aid, f"seeds/{aid}.txt", "0" * 64, "test", attributions=atts)
    content = view.Content(
        articles={"a": article("a", [("ann", "asserts", "loud"), ("bob", "denies", "loud"), ("ann", "supports", "loud"),
                                     ("bob", "doubts", "loud"), ("ann", "asserts", "wide")]),
                  "b": article("b", [("cy", "denies", "wide")])},
        actors={a: ActorRecord(a, a, "person") for a in ("ann", "bob", "cy")},
        claims={c: ClaimRecord(c, c) for c in ("loud", "wide")})
    assert [c.id for c in view.briefing(content).claims_in_order()] == ["wide", "loud"]


def test_sides_list_each_actor_once_in_order_of_appearance(ferry: view.Briefing) -> None:
    pro, con = ferry.sides("rudder-failed")
    assert [a.id for a in pro] == ["ines-varga", "shipyard-engineer"]
    assert [a.id for a in con] == ["bluewave-lines", "tomas-reyes"]


def test_co_actors_count_shared_articles(ferry: view.Briefing) -> None:
    assert [(a.id, n) for a, n in ferry.co_actors("lena-okafor")] == [
        ("bluewave-lines", 1), ("calderra-coast-guard", 1), ("ines-varga", 1), ("shipyard-engineer", 1),
        ("tomas-reyes", 1)]


def test_first_article_is_the_earliest_dated_and_articles_go_newest_first(ferry: view.Briefing) -> None:
    first = ferry.first_article("harbour-stays-open")
    assert first is not None and first.id == "calderra-ferry"
    assert [a.id for a in ferry.articles_in_order()] == ["calderra-ferry", "calderra-inquiry"]


def test_an_attribution_marked_wrong_is_left_out(ferry: view.Briefing) -> None:
    article = ferry.content.articles["calderra-ferry"]
    atts = tuple(dataclasses.replace(a, wrong=a.id == "a3") for a in article.attributions)
    content = dataclasses.replace(
        ferry.content, articles={**ferry.content.articles, article.id: dataclasses.replace(article, attributions=atts)})
    again = view.briefing(content)
    assert "a3" not in {s.attribution.id for s in again.stances}
    assert [a.id for a in again.sides("rudder-failed")[1]] == ["tomas-reyes"]


# --- words: verbatim quotes and reported speech -----------------------------------------------


@pytest.mark.parametrize(
    ("content", "shown"),
    [
        ("“The rudder stopped answering,”", Words("The rudder stopped answering", True)),
        ("“It is over.”", Words("It is over.", True)),
        ("“new level”.", Words("new level.", True)),
        ("'It's fine.'", Words("It's fine.", True)),
        ("that the rudder was at fault", Words("that the rudder was at fault", False)),
        ("these allegations as “another hoax.”", Words("these allegations as “another hoax.”", False)),
        ("“one” and “two”", Words("“one” and “two”", False)),
        ("reported, ", Words("reported", False)),
    ],
)
def test_words_put_quote_marks_only_around_verbatim_quotes(content: str, shown: Words) -> None:
    assert words(content) == shown


# --- highlight --------------------------------------------------------------------------------


def _stance_at(text: str, words_: str, att_id: str, stance: str = "asserts", after: int = 0) -> view.Stance:
    start = text.index(words_, after)
    att = AttributionRecord(att_id, Span(words_, start, start + len(words_)), stance)
    return view.Stance(att, ArticleRecord("a", "A", "s", "0" * 64, "t"), None, None)


def _link(s: view.Stance) -> Markup:
    return Markup("<sup>{}</sup>").format(s.attribution.id)


def test_highlight_marks_each_attribution_and_escapes_the_rest() -> None:
    text = "Ann said <b>x</b> & “yes.”\n\nBob denied it."
    stances = (_stance_at(text, "“yes.”", "q1"), _stance_at(text, "it", "d1", "denies", after=text.index("Bob")))
    assert article_html(text, stances, _link) == (
        '<p>Ann said &lt;b&gt;x&lt;/b&gt; &amp; <mark class="att stance-asserts" id="att-q1">“yes.”</mark>'
        "<sup>q1</sup></p>\n"
        '<p>Bob denied <mark class="att stance-denies" id="att-d1">it</mark><sup>d1</sup>.</p>\n'
    )


def test_highlight_across_paragraphs_keeps_one_anchor() -> None:
    text = "He said “one\ntwo” then."
    html = article_html(text, (_stance_at(text, "“one\ntwo”", "m"),), _link)
    assert html == ('<p>He said <mark class="att stance-asserts" id="att-m">“one</mark></p>\n'
                    '<p><mark class="att stance-asserts">two”</mark><sup>m</sup> then.</p>\n')


def test_highlight_marks_no_overlap_but_keeps_every_anchor() -> None:
    """Links go to #att-<id>: an overlapped span anchors inside its mark, a misplaced one before the text."""
    text = "Alpha beta gamma."
    wrong = view.Stance(AttributionRecord("w", Span("zzz", 0, 3), "asserts"), _stance_at(text, "A", "x").article,
                        None, None)
    outer, inner = _stance_at(text, "Alpha beta", "o"), _stance_at(text, "beta", "i")
    assert article_html(text, (wrong, inner, outer), _link) == (
        '<span class="att-anchor" id="att-w"></span><p><mark class="att stance-asserts" id="att-o">'
        '<span class="att-anchor" id="att-i"></span>Alpha beta</mark><sup>o</sup> gamma.</p>\n'
    )


# --- escaping: the built HTML of a briefing with markup in every field --------------------------


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    fixture = write_hostile_briefing(tmp_path_factory.mktemp("hostile-fixture"))
    return build_hand_made_site(fixture, tmp_path_factory.mktemp("hostile"))


@pytest.mark.slow
def test_markup_in_every_field_reaches_the_reader_as_text(hostile_site: Path) -> None:
    _shows_markup_as_text(hostile_site)


@pytest.mark.slow
def test_markup_reaches_the_later_pages_of_a_claim_actor_and_article_as_text(tmp_path: Path) -> None:
    from builder import paging

    fixture = write_hostile_briefing(tmp_path / "fixture")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(paging, "STANCES_SIZE", 2)
        site = build_hand_made_site(fixture, tmp_path / "site")
    later = {p.stem.rsplit("-", 1)[0] for p in (site / "pages").glob("*.html")}
    assert {"claim-hostile-claim", "actor-ann-smith", "article-article_with_markup_in_every_field"} <= later
    _shows_markup_as_text(site)


def _shows_markup_as_text(hostile_site: Path) -> None:
    pages = sorted(hostile_site.rglob("*.html"))
    assert len(pages) >= 8
    for page in pages:
        parsed = _Elements()
        parsed.feed(page.read_text(encoding="utf-8"))
        where = page.relative_to(hostile_site).as_posix()
        for tag, attrs in parsed.tags:
            assert not [k for k in attrs if k.startswith("on")], f"{where}: <{tag}> has an event handler {attrs}"
            for key in ("href", "src", "action", "formaction"):
                value = (attrs.get(key) or "").strip().lower()
                assert not value.startswith(("javascript:", "data:", "vbscript:")), f"{where}: <{tag} {key}={value}>"
            if tag == "script":  # Material's own: its bundles, or its inline JSON/config; our JSON-LD
                src = attrs.get("src")
                ours = ("assets/briefing.js", "assets/vendor/mermaid/mermaid.min.js")
                assert src is None or "assets/javascripts/" in src or src.endswith(ours), f"{where}: {src}"
            assert tag not in ("iframe", "object", "embed", "img", "base"), f"{where}: <{tag}>"
        text = "".join(parsed.text)
        if where in ("articles/article_with_markup_in_every_field.html", "claims/hostile-claim.html",
                     "actors/ann-smith.html", "timeline.html", "index.html"):
            for payload in PAYLOADS:
                assert payload in text, f"{where}: {payload!r} is not shown as text"
        assert "49" not in text.replace("2026", ""), f"{where}: a template was evaluated"
        html = page.read_text(encoding="utf-8")
        scripts = html.count("<script") - html.count('<script type="application/ld+json">')
        scripts -= html.count('<script src="assets/vendor/mermaid/mermaid.min.js">')  # the network page's
        assert "alert(1)</script>" not in html.replace("&lt;/script&gt;", "")
        assert scripts == _script_count(hostile_site), f"{where}: {scripts} <script> tags"


def _script_count(site: Path) -> int:
    return (site / "index.html").read_text(encoding="utf-8").count("<script")


_JSONLD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


@pytest.mark.slow
def test_json_ld_holds_markup_as_json_escapes_and_reads_back(hostile_site: Path) -> None:
    html = (hostile_site / "claims" / "hostile-claim.html").read_text(encoding="utf-8")
    [raw] = _JSONLD.findall(html)
    assert not set("<>&") & set(raw), raw
    data = json.loads(raw)
    assert data["@type"] == "Claim" and data["text"] == f"Statement {HOSTILE}"
    assert data["author"] == [{"@type": "Person", "name": f"Ann {HOSTILE} Smith"}]
    assert data["appearance"][0]["headline"] == f"Title {HOSTILE}" and data["datePublished"] == "2026-01-02"


@pytest.mark.slow
def test_briefing_json_and_the_feed_hold_markup_as_data(hostile_site: Path) -> None:
    records = json.loads((hostile_site / "briefing.json").read_text(encoding="utf-8"))
    assert records["actors"]["ann-smith"]["name"] == f"Ann {HOSTILE} Smith"
    assert records["claims"]["hostile-claim"]["status"] == "single-source"  # Ann alone asserts and denies it
    feed = ET.parse(hostile_site / "feed.xml").getroot()
    atom = "{http://www.w3.org/2005/Atom}"
    titles = [e.findtext(f"{atom}title") for e in feed.iter(f"{atom}entry")]
    assert f"Claim (single-source): Statement {HOSTILE}" in titles
    assert f"Article: Title {HOSTILE}" in titles
    assert "<script>" not in (hostile_site / "feed.xml").read_text(encoding="utf-8")


@pytest.mark.slow
def test_the_search_index_holds_markup_as_plain_text_of_the_entity_pages(hostile_site: Path) -> None:
    """Pagefind keeps the words as text (its UI escapes them: test_browser's search test); only the
    claim, actor and article pages are indexed, never the overview pages that repeat them."""
    fragments = sorted((hostile_site / "pagefind" / "fragment").glob("*.pf_fragment"))
    docs = [json.loads(gzip.decompress(f.read_bytes()).removeprefix(b"pagefind_dcd")) for f in fragments]
    assert sorted(d["url"] for d in docs) == [
        "/actors/ann-smith.html", "/articles/article_with_markup_in_every_field.html", "/claims/hostile-claim.html"]
    for d in docs:
        assert "<script>alert(1)</script>" in d["meta"]["title"] and "<script>alert(1)</script>" in d["content"]
        assert "&lt;script" not in d["content"], "escaped twice: the results would show &lt;"


def test_every_page_is_one_raw_html_block_that_markdown_leaves_as_it_is(tmp_path: Path) -> None:
    """site.py hands such pages to the theme without Python-Markdown: that must change no byte."""
    import markdown
    from mkdocs.utils import meta

    from builder import site

    hostile = write_hostile_briefing(tmp_path / "hostile")
    shutil.copy(REPO / "mkdocs.yml", hostile / "mkdocs.yml")
    (tmp_path / "docs").mkdir()
    config = site.load_config(hostile, docs_dir=str(tmp_path / "docs"))
    md = markdown.Markdown(extensions=config.markdown_extensions, extension_configs=config.mdx_configs)
    pages = {**render_briefing(FIXTURE), **render_briefing(hostile)}
    checked = 0
    for path, text in pages.items():
        if path.endswith(".md"):
            body = meta.get_data(text)[0].strip()
            assert site.is_raw_html(body), path
            assert md.reset().convert(body) == body, path
            checked += 1
    assert checked > 30


def test_front_matter_titles_cannot_close_the_title_or_start_a_tag() -> None:
    assert render.meta_text('a "b"\n<i>&') == '"a \\"b\\" ‹i›＆"'


# --- links into the original, the feed ---------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "quoted", "link"),
    [
        ("https://example.org/a", "another hoax", "https://example.org/a#:~:text=another%20hoax"),
        ("https://example.org/a#top", "“self-defence, & more,”", "https://example.org/a#:~:text=self%2Ddefence%2C%20%26%20more"),
        ("https://example.org/a", "one two three four five six seven eight nine ten",
         "https://example.org/a#:~:text=one%20two%20three%20four,seven%20eight%20nine%20ten"),
        ("https://example.org/a", "…", None),
        ("javascript:alert(1)", "words", None),
    ],
)
def test_text_fragments_encode_the_quoted_words(url: str, quoted: str, link: str | None) -> None:
    assert feeds.text_fragment(url, quoted) == link


def test_the_feed_is_atom_with_ids_dates_titles_and_links(ferry: view.Briefing) -> None:
    atom = "{http://www.w3.org/2005/Atom}"
    feed = ET.fromstring(feeds.atom_feed(ferry, site_name="x"))
    assert feed.tag == f"{atom}feed"
    assert feed.findtext(f"{atom}updated") == "2026-03-16T00:00:00Z"  # the newest update's date, not the clock
    entries = list(feed.iter(f"{atom}entry"))
    assert len(entries) == 2 + 2 + 4
    ids = [e.findtext(f"{atom}id") for e in entries]
    assert len(set(ids)) == len(ids) and all(i and i.startswith("urn:uuid:") for i in ids)
    for e in entries:
        assert e.findtext(f"{atom}title") and re.fullmatch(r"\d{4}-\d\d-\d\dT00:00:00Z", e.findtext(f"{atom}updated") or "")
        assert e.find(f"{atom}link").get("href")  # type: ignore[union-attr]
    assert entries[0].findtext(f"{atom}title") == "Update 2: 1 new article, 1 stance changed"


def test_xml_refuses_no_character_of_an_article() -> None:
    content = store.Content(claims={"c": ClaimRecord("c", "Bell \x07 and \x00 nul")})
    feed = feeds.atom_feed(view.briefing(content), site_name="s\x0b")
    assert "Bell  and  nul" in ET.fromstring(feed).find("{http://www.w3.org/2005/Atom}entry/{http://www.w3.org/2005/Atom}title").text  # type: ignore[union-attr,operator]


def test_an_actor_with_a_wikidata_id_links_to_its_item(ferry: view.Briefing) -> None:
    actor = dataclasses.replace(ferry.content.actors["ines-varga"], wikidata="Q42")
    content = dataclasses.replace(ferry.content, actors={**ferry.content.actors, "ines-varga": actor})
    pages = render.render(view.briefing(content), {}, site_name="x")
    assert '<a href="https://www.wikidata.org/wiki/Q42" rel="noopener noreferrer">Q42</a>' in pages["actors/ines-varga.md"]
    assert "wikidata.org" not in pages["actors/tomas-reyes.md"]


def test_the_original_link_jumps_to_the_quoted_words(ferry: view.Briefing) -> None:
    texts = {a.id: a for a in ingest.ingest(FIXTURE / "seeds", FIXTURE) if not isinstance(a, ingest.Skipped)}
    page = render.render(ferry, texts, site_name="x")["articles/calderra-ferry.md"]
    assert ('href="https://example.org/news/calderra-ferry#:~:text=Our%20inspection%20found%20the%20steering'
            '%20in%20perfect%20order"') in page
    assert "#:~:text=" not in render.render(ferry, texts, site_name="x")["articles/calderra-inquiry.md"]  # no url


def test_related_claims_share_actors_or_articles(ferry: view.Briefing) -> None:
    assert [(r.claim.id, r.shared) for r in ferry.related("rudder-failed")] == [
        ("maintenance-cut", "1 actor, 1 article in common"), ("no-one-hurt", "1 actor, 1 article in common"),
        ("harbour-stays-open", "1 article in common")]


def test_the_matrix_shows_each_stance_of_an_actor_on_a_claim_once(ferry: view.Briefing) -> None:
    m = ferry.matrix()
    assert [c.id for c in m.claims] == [c.id for c in ferry.claims_in_order()]
    assert [(s.stance, n) for s, n in m.cell("ines-varga", "rudder-failed")] == [("asserts", 2)]
    assert m.cell("lena-okafor", "rudder-failed") == []
    cell = m.summary("ines-varga", "rudder-failed")
    assert cell is not None and (cell.stance, cell.count, cell.first.stance) == ("asserts", 2, "asserts")
    assert m.summary("lena-okafor", "rudder-failed") is None


def test_a_matrix_cell_of_several_stances_is_one_mixed_link() -> None:
    rows = _stances(("ann", "asserts"), ("ann", "denies"), ("ann", "asserts"))
    m = view.Matrix([rows[0].actor], [rows[0].claim], {("ann", "c"): rows}, total_actors=1, total_claims=1)  # type: ignore[list-item]
    cell = m.summary("ann", "c")
    assert cell is not None
    assert (cell.stance, cell.count, cell.stances, cell.first) == ("mixed", 3, (("asserts", 2), ("denies", 1)), rows[0])


@pytest.mark.parametrize(("actors", "claims"), [(1, 4), (2, 4), (3, 2)])
def test_every_claim_of_the_network_has_a_line_to_a_shown_actor(actors: int, claims: int) -> None:
    content, _, _ = store.load(FIXTURE)
    net = network.network(view.briefing(content), actors=actors, claims=claims)
    assert len(net.actors) == actors and net.claims
    assert {c.id for c in net.claims} == {e.claim.id for e in net.edges}
    assert {a.id for a in net.actors} == {e.actor.id for e in net.edges}


def test_the_network_keeps_the_most_connected_nodes() -> None:
    content, _, _ = store.load(FIXTURE)
    net = network.network(view.briefing(content), actors=2, claims=1)
    assert [c.id for c in net.claims] == ["rudder-failed"] and len(net.actors) == 2
    assert (net.total_actors, net.total_claims) == (6, 4)
    assert {e.claim.id for e in net.edges} == {"rudder-failed"}


@pytest.mark.parametrize("text", ['Kim"] --> x; click a0 "javascript:alert(1)"', "A|B<b>{c}</b>\nend\n%%", "#quot; &amp;"])
def test_mermaid_labels_hold_no_mermaid_syntax(text: str) -> None:
    got = network.label(text)
    assert got.startswith('"') and got.endswith('"')
    inner = got[1:-1]
    assert re.fullmatch(r"(?:[A-Za-z0-9 .,'-]|#\d+;)*", inner), inner
    decoded = re.sub(r"#(\d+);", lambda m: chr(int(m.group(1))), inner)
    assert decoded == " ".join(text.split())  # nothing lost but runs of spaces


def test_mermaid_labels_are_shortened_at_a_word() -> None:
    got = network.label("Kim Jong Un stands with the Russian government and people in their fight", limit=30)
    assert got == '"Kim Jong Un stands with the#8230;"'


# --- whole pages: golden files and determinism ------------------------------------------------


def test_pages_match_the_golden_files() -> None:
    """If this fails after a deliberate change: python3 tests/regen_golden.py; git diff tests/golden/"""
    pages = render_briefing(FIXTURE)
    golden = {p.relative_to(GOLDEN).as_posix(): p.read_text(encoding="utf-8")
              for p in sorted(GOLDEN.rglob("*")) if p.is_file()}
    assert sorted(pages) == sorted(golden)
    for path, text in pages.items():
        assert text == golden[path], f"{path} differs from tests/golden/{path}"


def test_pages_do_not_depend_on_the_order_records_were_read(ferry: view.Briefing) -> None:
    content = ferry.content
    reversed_content = dataclasses.replace(
        content, **{kind: dict(reversed(list(content.of(kind).items()))) for kind in ("articles", "actors", "claims")})
    texts = {a.id: a for a in ingest.ingest(FIXTURE / "seeds", FIXTURE) if not isinstance(a, ingest.Skipped)}
    first = render.render(view.briefing(content), texts, site_name="x")
    second = render.render(view.briefing(reversed_content), texts, site_name="x")
    assert first == second


def test_the_ferry_site_builds_strict(ferry_site: Path) -> None:
    assert (ferry_site / "index.html").is_file() and (ferry_site / "claims" / "rudder-failed.html").is_file()


@pytest.mark.slow
def test_the_same_briefing_builds_byte_identical_pages(ferry_site: Path, tmp_path: Path) -> None:
    again = build_hand_made_site(FIXTURE, tmp_path / "again")

    def pages(site: Path) -> dict[str, bytes]:
        return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*"))
                if p.suffix in (".html", ".json", ".xml", ".css", ".js")}

    first, second = pages(ferry_site), pages(again)
    assert sorted(first) == sorted(second)
    assert [name for name in first if first[name] != second[name]] == []


def test_search_indexes_the_pages_marked_for_it_and_nothing_else(tmp_path: Path) -> None:
    from builder import site

    pages = {
        "claims/a.md": '---\ntitle: "A"\n---\n\n<div class="bf-page" data-pagefind-body>\n<h1>A</h1>\n</div>\n',
        "index.md": '---\ntitle: "Home"\n---\n\n<div class="bf-page">\n<p>data-pagefind-body, in words</p>\n</div>\n',
        "briefing.json": '{"x": "data-pagefind-body"}',
    }
    assert site.search_pages(tmp_path / "s", pages) == 1
    assert [p.relative_to(tmp_path / "s").as_posix() for p in (tmp_path / "s").rglob("*.html")] == ["claims/a.html"]
    text = (tmp_path / "s" / "claims" / "a.html").read_text(encoding="utf-8")
    assert '<div class="bf-page" data-pagefind-body>\n<h1>A</h1>\n</div>' in text and "title:" not in text
    assert site.search_pages(tmp_path / "s", {"index.md": pages["index.md"]}) == 0  # nothing to search yet:
    assert [p.name for p in (tmp_path / "s").rglob("*.html")] == ["index.html"]  # a stub, so that search loads


def test_an_actors_claims_go_by_status_then_by_the_actors_own_words() -> None:
    """Only the actor's stances and the claims' status order its page, so another voice on one of
    its claims leaves the page as it was."""
    from builder.render import _by_claim

    article = ArticleRecord("a", "A", "seeds/a.txt", "0" * 64, "test")
    ann = ActorRecord("ann", "Ann", "person")

    def said(claim: str | None, i: int) -> view.Stance:
        att = AttributionRecord(f"x{i}", Span("w", 0, 1), "asserts", "ann", claim)
        return view.Stance(att, article, ann, ClaimRecord(claim, claim.upper()) if claim else None)

    stances = (said("c1", 0), said(None, 1), said("c2", 2), said("c3", 3), said("c2", 4))
    rank = {c: view.STATUSES.index(s) for c, s in (("c1", "single-source"), ("c2", "single-source"),
                                                   ("c3", "contested"))}
    groups = _by_claim(stances, rank)
    assert [(c.id if c else None, [s.attribution.id for s in items]) for c, items in groups] == [
        ("c3", ["x3"]), ("c2", ["x2", "x4"]), ("c1", ["x0"]), (None, ["x1"])]


def test_compiled_templates_are_kept_and_used_only_for_the_source_they_came_from(tmp_path: Path) -> None:
    from builder.render import environment

    (tmp_path / "pages").mkdir()
    template, compiled = tmp_path / "pages" / "t.md.j2", tmp_path / "compiled"
    template.write_text("one {{ x }}", encoding="utf-8")
    assert environment(tmp_path, compiled=compiled).get_template("t.md.j2").render(x="<b>") == "one &lt;b&gt;"
    assert len(list(compiled.iterdir())) == 1
    template.write_text("two {{ x }}", encoding="utf-8")  # a later build, an edited template
    assert environment(tmp_path, compiled=compiled).get_template("t.md.j2").render(x=1) == "two 1"


def test_only_the_first_page_of_a_long_claim_actor_or_article_is_searched(
    ferry: view.Briefing, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Later pages list more of the words that the articles' own pages hold: one search result each is enough."""
    from builder import paging, site

    monkeypatch.setattr(paging, "STANCES_SIZE", 1)
    pages = render.render(ferry, {}, site_name="x")
    later = sorted(p for p in pages if p.startswith(("pages/claim-", "pages/actor-", "pages/article-")))
    assert {p.split("-")[0] for p in later} == {"pages/claim", "pages/actor", "pages/article"}
    assert all(site.SEARCH_BODY not in pages[p] for p in later)
    firsts = [p for p in pages if p.startswith(("claims/", "actors/", "articles/")) and not p.endswith("index.md")]
    assert all(site.SEARCH_BODY in pages[p] for p in firsts)
    assert site.search_pages(tmp_path / "s", pages) == len(firsts)


def test_a_long_article_highlights_every_attribution_and_lists_the_rest_on_later_pages(
    ferry: view.Briefing, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The text keeps all its marks; the table under it is cut like any list, so a page does not
    grow with an article's attributions; its own quotes link to the marks on the same page."""
    from builder import paging

    texts = {a.id: a for a in ingest.ingest(FIXTURE / "seeds", FIXTURE) if not isinstance(a, ingest.Skipped)}
    said = ferry.by_article["calderra-ferry"]
    assert len(said) > 2
    monkeypatch.setattr(paging, "STANCES_SIZE", 2)
    pages = render.render(ferry, texts, site_name="x")
    first = pages["articles/calderra-ferry.md"]
    later = [pages[f"pages/article-calderra-ferry-{n}.md"] for n in range(2, (len(said) + 1) // 2 + 1)]
    assert f"pages/article-calderra-ferry-{len(later) + 2}.md" not in pages
    ids = [s.attribution.id for s in said]
    assert all(f'<mark class="att stance-{s.stance}" id="att-{s.attribution.id}"' in first for s in said)
    assert [i for i in ids if f'href="#att-{i}"' in first] == ids[:2]  # its own rows, on the same page
    for n, page in enumerate(later):
        assert "<mark" not in page and 'id="att-' not in page
        assert [i for i in ids if f'href="../articles/calderra-ferry.html#att-{i}"' in page] == ids[2 + 2 * n:4 + 2 * n]
        assert 'rel="prev"' in page and "Continued from the article" in page
    assert "Page 1 of" in first and 'rel="next"' in first


def test_related_claims_are_those_sharing_most_by_comparing_every_pair(ferry: view.Briefing) -> None:
    def shared(a: str, b: str) -> tuple[int, int, int]:
        sa, sb = ferry.by_claim.get(a, ()), ferry.by_claim.get(b, ())
        actors = {s.actor.id for s in sa if s.actor} & {s.actor.id for s in sb if s.actor}
        articles = {s.article.id for s in sa} & {s.article.id for s in sb}
        topics = set(ferry.content.claims[a].topics) & set(ferry.content.claims[b].topics)
        return len(actors), len(articles), len(topics)

    for claim in ferry.content.claims:
        pairs = [(shared(claim, other), other) for other in ferry.content.claims if other != claim]
        pairs = [(n, other) for n, other in pairs if any(n)]
        pairs.sort(key=lambda p: (-(2 * p[0][0] + p[0][1] + p[0][2]), p[1]))
        got = [(r.claim.id, (r.actors, r.articles, r.topics)) for r in ferry.related(claim, limit=3)]
        assert got == [(other, n) for n, other in pairs[:3]]
