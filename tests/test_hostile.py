"""A corpus of hostile seeds, each named for its case, through the whole build: every bad file is
explained and skipped, the others build, and nothing in them reaches a page as markup."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from builder import extract
from builder.build import Summary, build
from builder.yamlio import load_yaml_text

from .briefings import fake_extract_many, make_briefing

MARKUP = '<script>alert(1)</script> [x](javascript:alert(1)) {{ 7*7 }} {% raw %} --8<-- "/etc/passwd" " onmouseover="alert(1)'

SKIPPED = {
    "zero_bytes.txt": (b"", "empty file"),
    "binary_file.txt": (b"\x7fELF\x00\x01\x02", "binary file"),
    "invalid_utf8.txt": (b"Caf\xe9 said that it is open.", "not UTF-8"),
    "utf16_with_bom.txt": ("Anna Berg said that the pier is safe.".encode("utf-16"), "UTF-16"),
    "ten_megabytes.txt": (b"Anna Berg said that the pier is safe. " * 270_000, "expected at most 200,000"),
    "one_megabyte_line.txt": (b"x" * 1_000_000, "expected at most 200,000"),
    "front_matter_javascript_url.md": (b"---\nurl: javascript:alert(1)\n---\nAnna said that it is open.\n",
                                       "expected an http:// or https:// address"),
    "front_matter_alias_bomb.md": (b"---\ntitle: &a x\npublisher: *a\n---\nAnna said so.\n", "aliases are not allowed"),
    "front_matter_unknown_key.md": (b"---\nauthor: X\n---\nAnna said so.\n", "unknown key 'author'"),
    "...txt": (b"Anna Berg said that the pier is safe.", "not an article id"),
}
BUILT = {
    "crlf_line_ends.txt": b"Anna Berg said that the pier is safe.\r\nTomas Holm denied that the pier is safe.\r\n",
    "markup_in_text.txt": f"Anna Berg said that {MARKUP}.\n".encode(),
    "markup_in_front_matter.md": (
        f"---\ntitle: 'Title {MARKUP.replace(chr(39), chr(39) * 2)}'\npublisher: '<b>Gazette</b>'\n"
        "url: https://example.org/a?x=\"><script>alert(1)</script>\n---\n"
        f"Lina Ek said that {MARKUP}.\n"
    ).encode(),
}


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[str] = []
        self.bad: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name.startswith("on") or (name in ("href", "src") and (value or "").strip().lower().startswith(
                    ("javascript:", "data:"))):
                self.bad.append(f"<{tag} {name}={value!r}>")
        # JSON-LD holds article text as data; any other script with it came from an article
        self._in_script = tag == "script" and dict(attrs).get("type") != "application/ld+json"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script and "alert(1)" in data:
            self.scripts.append(data[:80])


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Summary]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(extract, "extract_many", fake_extract_many)
        root = make_briefing(tmp_path_factory.mktemp("hostile"))
        for name, (data, _) in SKIPPED.items():
            (root / "seeds" / name).write_bytes(data)
        for name, data in BUILT.items():
            (root / "seeds" / name).write_bytes(data)
        return root, build(root)


@pytest.mark.parametrize("name", sorted(SKIPPED))
def test_bad_file_is_skipped_with_its_name_and_reason(hostile: tuple[Path, Summary], name: str) -> None:
    _, summary = hostile
    reasons = {s.path.name: s.reason for s in summary.skipped}
    assert name in reasons
    assert SKIPPED[name][1] in reasons[name]
    assert name in reasons[name]


def test_the_other_articles_build(hostile: tuple[Path, Summary]) -> None:
    root, summary = hostile
    assert summary.extracted == len(BUILT)
    for name in BUILT:
        assert (root / "site" / "articles" / f"{Path(name).stem}.html").is_file()


def test_crlf_offsets_point_at_the_words(hostile: tuple[Path, Summary]) -> None:
    root, _ = hostile
    text = (root / "seeds/crlf_line_ends.txt").open(encoding="utf-8").read()
    record: Any = load_yaml_text((root / "content/articles/crlf_line_ends.yaml").read_text(encoding="utf-8"), "r")
    assert len(record["attributions"]) == 2
    for att in record["attributions"]:
        for role in ("source", "cue", "content"):
            span = att[role]
            assert text[span["start"]:span["end"]] == span["text"]


def test_no_markup_from_the_articles_reaches_any_page(hostile: tuple[Path, Summary]) -> None:
    root, _ = hostile
    pages = sorted((root / "site").rglob("*.html"))
    assert pages
    for page in pages:
        html = page.read_text(encoding="utf-8")
        parser = _Tags()
        parser.feed(html)
        assert parser.bad == [], page
        assert parser.scripts == [], page
        assert "root:x:0" not in html  # no snippet include read /etc/passwd
    article = html_text(root / "site/articles/markup_in_text.html")
    assert MARKUP.strip(' "') in article  # shown as the article has it, as text


def html_text(page: Path) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", page.read_text(encoding="utf-8")))
