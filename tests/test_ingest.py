"""ingest: seed files -> Articles, and a clear reason for every file that is not one."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.errors import InputError
from builder.ingest import Skipped, date_in_name, first_sentence, ingest, read_article

ARTICLES = Path(__file__).parent / "articles"


def test_plain_text_title_is_the_first_sentence() -> None:
    article = read_article(ARTICLES / "invented_harbour_dispute.txt")
    assert article.id == "invented_harbour_dispute"
    assert article.title == "Harbour authority says the new pier is safe, according to port director Anna Berg."
    assert article.publisher is None and article.published is None
    assert len(article.sha256) == 64


def test_offsets_match_python_text_reading_with_crlf() -> None:
    path = ARTICLES / "article_with_crlf.txt"
    article = read_article(path)
    assert article.text == path.open(encoding="utf-8").read()
    assert "\r" not in article.text


def test_markdown_front_matter() -> None:
    article = read_article(ARTICLES / "article_with_front_matter.md")
    assert article.title == "Pier opens despite union warnings"
    assert article.publisher == "The Harbour Gazette"
    assert article.url == "https://example.org/pier"
    assert article.published == "2026-11-20"
    assert article.text == "Port director Anna Berg said the pier was safe.\n"


def test_html_main_text_without_navigation() -> None:
    article = read_article(ARTICLES / "article_with_markup.html")
    assert "Anna Berg said on Friday" in article.text
    assert "Tomas Holm" in article.text
    assert "Home | World" not in article.text
    assert article.title.startswith("Pier dispute deepens")


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n", "empty file"),
        ("binary.txt", b"\x00\x01\x02abc", "binary file"),
        ("latin1.txt", "Caf\u00e9 said".encode("latin-1"), "not UTF-8"),
        ("utf16.txt", "He said hi".encode("utf-16"), "UTF-16"),
        ("front_matter_unknown_key.md", b"---\nauthor: X\n---\nText said.\n", "unknown key 'author'"),
        ("front_matter_bad_date.md", b"---\npublished: soon\n---\nText said.\n", "expected a date"),
        ("front_matter_bad_url.md", b"---\nurl: javascript:alert(1)\n---\nText.\n", "expected an http"),
        ("front_matter_only.md", b"---\ntitle: T\n---\n", "no article text"),
        ("bad name!.txt", b"Text.", "not an article id"),
        ("...txt", b"Text.", "not an article id"),
        ("ten_megabytes.txt", b"He said so. " * 900_000, "expected at most 200,000"),
        ("one_long_line.txt", b"x" * 1_000_000, "expected at most 200,000"),
    ],
)
def test_bad_files_are_refused_with_their_name_and_reason(tmp_path: Path, name: str, data: bytes, expected: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as info:
        read_article(path)
    assert str(path) in str(info.value)
    assert expected in str(info.value)


def test_one_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    (tmp_path / "a_good.txt").write_text("Anna said the pier is safe.", encoding="utf-8")
    (tmp_path / "b_empty.txt").write_bytes(b"")
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    items = list(ingest(tmp_path))
    assert [type(i).__name__ for i in items] == ["Article", "Skipped"]
    skipped = items[1]
    assert isinstance(skipped, Skipped) and skipped.path.name == "b_empty.txt"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("One. Two.", "One."),
        ("\n\nNo end mark here", "No end mark here"),
        ("x" * 300, "x" * 240),
    ],
)
def test_first_sentence(text: str, title: str) -> None:
    assert first_sentence(text).rstrip("…") == title


@pytest.mark.parametrize(
    ("name", "date"),
    [
        ("ap_2016-09-12_harbour-debate", "2016-09-12"),
        ("2026-11-20-pier", "2026-11-20"),
        ("pier_2016-13-40_then_2016-02-29", "2016-02-29"),  # no 13th month; 2016 is a leap year
        ("pier_2015-02-29", None),
        ("pier_12016-09-12", None),  # five digits are no year
        ("000_53f53170f8303fd2", None),
    ],
)
def test_a_date_in_the_file_name(name: str, date: str | None) -> None:
    assert date_in_name(name) == date


def test_a_plain_text_seed_takes_the_date_of_its_name_and_front_matter_goes_first(tmp_path: Path) -> None:
    (tmp_path / "gazette_2016-09-12_pier.txt").write_text("The pier opened.\n", encoding="utf-8")
    (tmp_path / "gazette_2016-09-12_quay.md").write_text(
        "---\npublished: 2016-09-30\n---\nThe quay opened.\n", encoding="utf-8"
    )
    assert read_article(tmp_path / "gazette_2016-09-12_pier.txt").published == "2016-09-12"
    assert read_article(tmp_path / "gazette_2016-09-12_quay.md").published == "2016-09-30"
