"""The built site in a real browser (Debian's chromium through Playwright), and its links.

    pytest -m browser            the browser tests only; screenshots land in tests/artifacts/

One browser per session; each site is built once (session fixtures in conftest.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urldefrag, urlsplit

import pytest

from .sites import Served, build_hand_made_site, write_hostile_briefing

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync"]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
#: The ferry briefing's pages of each kind (tests/fixtures/ferry_collision_briefing).
FERRY_PAGES = {
    "home": "index.html",
    "claim": "claims/rudder-failed.html",
    "actor": "actors/ines-varga.html",
    "article": "articles/calderra-ferry.html",
    "claims-index": "claims/index.html",
    "changes": "changes.html",
    "timeline": "timeline.html",
    "network": "network.html",
    "matrix": "matrix.html",
    "facets": "facets.html",
}
#: Pages every briefing has besides its entities and index pages.
OVERVIEWS = {"changes": "changes.html", "timeline": "timeline.html", "network": "network.html",
             "matrix": "matrix.html", "facets": "facets.html"}


def seed_pages(site: Path) -> dict[str, str]:
    """The seed site's index pages, and the first claim, actor and article the home page lists."""
    pages = {"home": "index.html", "actors-index": "actors/index.html",
             "articles-index": "articles/index.html", **OVERVIEWS}
    home = (site / "index.html").read_text(encoding="utf-8")
    for kind in ("claim", "actor", "article"):
        found = re.search(rf'<a class="bf-{kind}" href="({kind}s/[^"]+\.html)"', home)
        if found:
            pages[kind] = found.group(1)
    return pages


# --- the browser ----------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium package to run the browser tests")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


class Visit:
    """A page that records console errors and every request, and blocks requests to other hosts."""

    def __init__(self, browser: Any, served: Served, **context: Any) -> None:
        self.context = browser.new_context(**context)
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.foreign: list[str] = []
        self.host = urlsplit(served.url).netloc
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.route("**/*", self._route)

    def _console(self, message: Any) -> None:
        if message.type == "error":
            self.errors.append(message.text)

    def _route(self, route: Any) -> None:
        url = route.request.url
        if urlsplit(url).netloc == self.host or url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            self.foreign.append(url)
            route.abort()

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def visit(browser: Any) -> Iterator[Any]:
    opened: list[Visit] = []

    def open_(served: Served, **context: Any) -> Visit:
        opened.append(Visit(browser, served, **context))
        return opened[-1]

    yield open_
    for v in opened:
        v.close()


@pytest.mark.browser
def test_search_for_peskov_reaches_his_actor_page(visit: Any, seed_server: Served) -> None:
    v = visit(seed_server, viewport=DESKTOP)
    v.page.goto(seed_server.url + "index.html")
    result = search(v, "Peskov").filter(has_text="Peskov").first
    ARTIFACTS.mkdir(exist_ok=True)
    v.page.screenshot(path=str(ARTIFACTS / "seed-search-peskov-desktop-light.png"))
    result.click()
    v.page.wait_for_load_state()
    assert "/actors/" in v.page.url
    assert "Peskov" in v.page.locator("h1").first.inner_text()
    assert v.errors == [] and v.foreign == []


def search(v: Visit, words: str) -> Any:
    """Type ``words`` into the search box in the header and press Enter; the result links on the
    search page (Pagefind's UI) once they are shown."""
    v.page.click("input.bf-search-input")
    v.page.keyboard.type(words, delay=20)
    v.page.keyboard.press("Enter")
    v.page.wait_for_url("**/search.html?q=*")
    results = v.page.locator("a.pagefind-ui__result-link")
    results.first.wait_for(timeout=10_000)
    # the UI shows each result as its fragment arrives: wait for the last placeholder to fill
    v.page.wait_for_function("!document.querySelector('.pagefind-ui__results .pagefind-ui__loading')",
                             timeout=10_000)
    return results


@pytest.mark.browser
def test_search_for_hoax_finds_peskovs_denial(visit: Any, seed_server: Served) -> None:
    v = visit(seed_server, viewport=DESKTOP)
    v.page.goto(seed_server.url + "index.html")
    search(v, "hoax")
    items = v.page.locator("li.pagefind-ui__result")  # a result: its link, and the words around the match
    found = [(items.nth(i).locator("a").first.get_attribute("href") or "", items.nth(i).inner_text())
             for i in range(items.count())]
    assert any("actors/dmitry-peskov.html" in href and "hoax" in text.lower() for href, text in found), found


@pytest.mark.browser
def test_search_for_zelensky_lists_his_actor_page_first(visit: Any, seed_server: Served) -> None:
    v = visit(seed_server, viewport=DESKTOP)
    v.page.goto(seed_server.url + "index.html")
    results = search(v, "Zelensky")
    first = results.first.get_attribute("href") or ""
    assert "actors/volodymyr-zelensky.html" in first, first


@pytest.mark.browser
def test_peskovs_words_are_two_clicks_from_home_and_highlighted(visit: Any, seed_server: Served) -> None:
    """Home -> the contested personnel claim (one click) -> Peskov's quote in the article (two)."""
    v = visit(seed_server, viewport=DESKTOP)
    v.page.goto(seed_server.url + "index.html")
    contested = v.page.locator("ul.bf-claims li", has=v.page.locator(".bf-status-contested")).first
    claim = contested.locator("a.bf-claim")
    assert "North Korea" in claim.inner_text() and "Russia" in claim.inner_text()
    claim.click()
    v.page.wait_for_load_state()
    assert "/claims/" in v.page.url
    row = v.page.locator("table.bf-stances tr", has=v.page.get_by_role("link", name="Dmitry Peskov"))
    row.locator("a.bf-quote").click()
    v.page.wait_for_load_state()
    target = v.page.locator("mark:target")
    assert target.count() == 1 and "hoax" in target.inner_text()
    assert target.is_visible() and target.evaluate("e => getComputedStyle(e).outlineStyle") == "solid"
    box = target.bounding_box()
    assert box is not None and 0 <= box["y"] < DESKTOP["height"]
    ARTIFACTS.mkdir(exist_ok=True)
    v.page.screenshot(path=str(ARTIFACTS / "seed-peskov-quote-desktop-light.png"))
    assert v.errors == [] and v.foreign == []


@pytest.mark.browser
@pytest.mark.parametrize("kind", ["home", "claim", "actor", "article"])
def test_no_serious_or_critical_accessibility_violation(visit: Any, kind: str, seed_site: Path,
                                                        seed_server: Served) -> None:
    from axe_playwright_python.sync_playwright import Axe

    for scheme in ("light", "dark"):
        v = visit(seed_server, viewport=DESKTOP, color_scheme=scheme)
        v.page.goto(seed_server.url + seed_pages(seed_site)[kind])
        results = Axe().run(v.page)
        bad = [(x["id"], x["impact"], [n["target"] for n in x["nodes"]][:5])
               for x in results.response["violations"] if x["impact"] in ("serious", "critical")]
        assert bad == [], f"{kind} ({scheme}): {bad}"


@pytest.mark.browser
def test_search_finds_quoted_words(visit: Any, ferry_server: Served) -> None:
    v = visit(ferry_server, viewport=DESKTOP)
    v.page.goto(ferry_server.url + "index.html")
    results = search(v, "perfect order")
    hrefs = [results.nth(i).get_attribute("href") or "" for i in range(results.count())]
    assert any("claims/rudder-failed.html" in h for h in hrefs), hrefs
    assert any("actors/tomas-reyes.html" in h for h in hrefs), hrefs


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    fixture = write_hostile_briefing(tmp_path_factory.mktemp("hostile-fixture"))
    served = Served(build_hand_made_site(fixture, tmp_path_factory.mktemp("hostile")))
    yield served
    served.close()


@pytest.mark.browser
def test_markup_in_search_results_stays_text(visit: Any, hostile_server: Served) -> None:
    v = visit(hostile_server, viewport=DESKTOP)
    dialogs: list[str] = []
    v.page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    v.page.goto(hostile_server.url + "index.html")
    results = search(v, "paragraph")
    assert "<script>alert(1)</script>" in v.page.locator(".pagefind-ui__results").inner_text()
    assert v.page.locator(".pagefind-ui__results script, .pagefind-ui__results [onmouseover]").count() == 0
    results.first.click()
    v.page.wait_for_load_state()
    v.page.mouse.move(300, 300)
    assert dialogs == [] and v.errors == [] and v.foreign == []


@pytest.mark.browser
@pytest.mark.parametrize("site", ["seed", "ferry"])
def test_pages_make_no_foreign_request_and_no_console_error(
    visit: Any, site: str, seed_site: Path, seed_server: Served, ferry_server: Served
) -> None:
    served, pages = (seed_server, seed_pages(seed_site)) if site == "seed" else (ferry_server, FERRY_PAGES)
    ARTIFACTS.mkdir(exist_ok=True)
    for scheme in ("light", "dark"):
        for width, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
            v = visit(served, viewport=viewport, color_scheme=scheme, is_mobile=width == "phone")
            for name, page in pages.items():
                response = v.page.goto(served.url + page, wait_until="load")
                assert response is not None and response.ok, page
                if scheme == "light" or name in ("home", "article"):
                    shot = ARTIFACTS / f"{site}-{name}-{width}-{scheme}.png"
                    v.page.screenshot(path=str(shot), full_page=True, animations="disabled")
            assert v.foreign == [], f"requests to other hosts: {v.foreign}"
            assert v.errors == [], f"console errors: {v.errors}"
            v.close()


@pytest.mark.browser
def test_network_diagram_is_drawn_by_the_sites_own_mermaid(visit: Any, seed_server: Served) -> None:
    v = visit(seed_server, viewport=DESKTOP)
    v.page.goto(seed_server.url + "network.html", wait_until="load")
    drawn = v.page.wait_for_selector(".bf-network-wrap div.mermaid", timeout=15_000)
    box = drawn.bounding_box()
    assert box is not None and box["height"] > 300, box  # nine claims and their actors, not an error line
    assert v.page.locator("pre.mermaid").count() == 0  # the source was replaced by the drawing
    assert v.foreign == [] and v.errors == [], (v.foreign, v.errors)


@pytest.mark.browser
def test_phone_page_does_not_scroll_sideways(visit: Any, ferry_server: Served) -> None:
    v = visit(ferry_server, viewport=PHONE, is_mobile=True)
    for page in FERRY_PAGES.values():
        v.page.goto(ferry_server.url + page)
        overflow = v.page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{page} is {overflow}px wider than the phone"


@pytest.mark.browser
def test_phone_drawer_lists_only_the_index_pages(visit: Any, ferry_server: Served) -> None:
    v = visit(ferry_server, viewport=PHONE, is_mobile=True)
    v.page.goto(ferry_server.url + FERRY_PAGES["claim"])
    v.page.click("label.md-header__button[for=__drawer]")
    links = v.page.locator(".md-nav--primary .md-nav__link")
    links.first.wait_for()
    assert links.all_inner_texts() == [
        "Briefing", "What changed", "Claims", "Actors", "Articles", "Timeline", "Network", "Who stands where", "Facets"]


@pytest.mark.browser
def test_printed_pages_leave_out_the_navigation_and_show_addresses(visit: Any, ferry_server: Served) -> None:
    v = visit(ferry_server, viewport=DESKTOP)
    v.page.emulate_media(media="print")
    v.page.goto(ferry_server.url + FERRY_PAGES["article"])
    for furniture in (".md-header", ".md-tabs", ".md-footer", "a.bf-original-quote"):
        assert not v.page.locator(furniture).first.is_visible(), furniture
    assert v.page.locator("mark.att").first.is_visible()
    ARTIFACTS.mkdir(exist_ok=True)
    v.page.screenshot(path=str(ARTIFACTS / "ferry-article-print.png"), full_page=True)


@pytest.mark.browser
def test_quote_link_lands_on_its_highlight(visit: Any, ferry_server: Served) -> None:
    v = visit(ferry_server, viewport=DESKTOP)
    v.page.goto(ferry_server.url + FERRY_PAGES["claim"])
    v.page.locator("a.bf-quote").first.click()
    v.page.wait_for_load_state()
    target = v.page.locator("mark:target")
    assert target.count() == 1
    assert "rudder" in target.inner_text()
    assert target.is_visible()


# --- links, without a browser ---------------------------------------------------------------


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"] or "")
        if a.get("name") and tag == "a":
            self.ids.add(a["name"] or "")
        for key in ("href", "src"):
            if a.get(key) and not (tag == "link" and key == "href" and "canonical" in (a.get("rel") or "")):
                self.links.append(a[key] or "")


def _parse(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def broken_links(site: Path) -> list[str]:
    """Every internal link or anchor of the built site that leads nowhere."""
    parsed = {p: _parse(p) for p in sorted(site.rglob("*.html"))}
    broken = []
    for page, found in parsed.items():
        for link in found.links:
            if re.match(r"[a-z][a-z0-9+.-]*:", link, re.I) or link.startswith("//"):
                continue  # another scheme: checked by the privacy test, not here
            path, fragment = urldefrag(link)
            base = site if path.startswith("/") else page.parent  # 404.html links from the root
            target = (base / unquote(path).lstrip("/")).resolve() if path else page
            if target.is_dir():
                target = target / "index.html"
            where = f"{page.relative_to(site)}: {link}"
            if not target.is_file():
                broken.append(f"{where}: no such file")
            elif fragment and target.suffix == ".html" and unquote(fragment) not in parsed[target].ids:
                broken.append(f"{where}: no element with id {fragment!r}")
    return broken


@pytest.mark.slow
def test_no_broken_internal_links_in_the_seed_site(seed_site: Path) -> None:
    assert broken_links(seed_site) == []


@pytest.mark.slow
def test_no_broken_internal_links_in_the_ferry_site(ferry_site: Path) -> None:
    assert broken_links(ferry_site) == []


@pytest.mark.slow
def test_every_page_names_the_feed_in_its_head(ferry_site: Path) -> None:
    """Feed readers find the Atom feed from any page: one <link rel="alternate"> in the head, to feed.xml."""
    found = re.compile(r'<link rel="alternate" type="application/atom\+xml" title="[^"<>]+" href="([^"]+)">')
    pages = sorted(p for p in ferry_site.rglob("*.html") if p.name != "404.html")  # served at any address
    assert len(pages) > 10
    for page in pages:
        head = page.read_text(encoding="utf-8").split("</head>", 1)[0]
        hrefs = found.findall(head)
        assert len(hrefs) == 1, page
        assert (page.parent / hrefs[0]).resolve() == (ferry_site / "feed.xml").resolve(), page


@pytest.mark.slow
@pytest.mark.parametrize("which", ["seed", "ferry"])
def test_feed_entries_link_to_pages_of_the_site(which: str, seed_site: Path, ferry_site: Path) -> None:
    import xml.etree.ElementTree as ET

    site = seed_site if which == "seed" else ferry_site
    atom = "{http://www.w3.org/2005/Atom}"
    feed = ET.parse(site / "feed.xml").getroot()
    links = [link.get("href") or "" for link in feed.iter(f"{atom}link")]
    assert len(links) > 2
    for link in links:
        path, fragment = urldefrag(link)
        assert (site / path).is_file(), link
        if fragment:
            assert fragment in _parse(site / path).ids, link


@pytest.mark.slow
@pytest.mark.parametrize("which", ["seed", "ferry"])
def test_built_pages_name_no_other_host_for_assets(which: str, seed_site: Path, ferry_site: Path) -> None:
    """Scripts, styles, fonts and images come from the site itself."""
    site = seed_site if which == "seed" else ferry_site
    foreign = []
    for page in sorted(site.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        for m in re.finditer(r"<(script|link|img|iframe|source)\b[^>]*?\b(?:src|href)=\"([^\"]*)\"", text):
            if re.match(r"(https?:)?//", m.group(2)) and "canonical" not in m.group(0):
                foreign.append(f"{page.relative_to(site)}: <{m.group(1)}> {m.group(2)}")
    for css in sorted(site.rglob("*.css")):
        for m in re.finditer(r"@import\s+url\(\s*['\"]?(https?:)?//", css.read_text(encoding="utf-8")):
            foreign.append(f"{css.relative_to(site)}: {m.group(0)}")
    assert foreign == []
