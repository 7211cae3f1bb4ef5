"""ingest: a file in seeds/ -> an Article.

Plain text (title: the first sentence; date: one in the file name, "ap_2016-09-12_dam.txt"),
Markdown with YAML front matter (title, publisher, url, published, language) and HTML (main
text and metadata by trafilatura). The text is the file's UTF-8 text with universal newlines,
exactly as ``open(path, encoding="utf-8").read()`` gives it, so that offsets agree with any
reader of the file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import InputError
from .models import Article
from .yamlio import YamlError, load_yaml_text

SUFFIXES = (".txt", ".md", ".html", ".htm")
#: Articles larger than this are refused: news articles are far smaller (a long one is 50 KB),
#: a 200 KB text with no sentence in it takes a minute and 1 GB to parse,
#: and the parser's time and memory grow with the text.
MAX_BYTES = 200_000
FRONT_MATTER_KEYS = ("title", "publisher", "url", "published", "language")
_FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", re.S)
_ID = re.compile(r"\A[A-Za-z0-9][A-Za-z0-9_.-]{0,127}\Z")
_SENTENCE_END = re.compile(r"[.!?](?=[\s\"'”’)]|$)")
_NAME_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")


def seed_files(folder: Path) -> list[Path]:
    """The article files in ``folder``, sorted by name; other files are not articles."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES)


def decode(path: Path, data: bytes) -> str:
    """The file's text, or InputError saying why it is not an article."""
    if not data.strip():
        raise InputError(f"{path}: empty file; expected an article's text")
    if len(data) > MAX_BYTES:
        raise InputError(f"{path}: {len(data):,} bytes; expected at most {MAX_BYTES:,}")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{path}: UTF-16 text; expected UTF-8 (re-save the file as UTF-8)")
    if b"\x00" in data:
        raise InputError(f"{path}: binary file (NUL bytes); expected UTF-8 text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(
            f"{path}: byte {e.start}: not UTF-8 ({data[e.start:e.start + 1]!r}); expected UTF-8 text"
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def first_sentence(text: str, limit: int = 240) -> str:
    """A title for a plain-text article: its first sentence, shortened at a word."""
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    m = _SENTENCE_END.search(line)
    title = line[: m.end()] if m else line
    title = title.lstrip("\ufeff")
    if len(title) > limit:
        title = title[:limit].rsplit(" ", 1)[0] + "…"
    return title


def _date(value: Any, path: Path) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        raise InputError(f"{path}: published: got {value!r}, expected a date YYYY-MM-DD") from None


def _front_matter(path: Path, text: str) -> tuple[dict[str, Any], str]:
    m = _FRONT.match(text)
    if not m:
        return {}, text
    try:
        meta = load_yaml_text(m.group(1), str(path), line_offset=1)
    except YamlError as e:
        raise InputError(str(e)) from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise InputError(f"{path}:2: front matter: got {type(meta).__name__}, expected a mapping")
    unknown = sorted(set(map(str, meta)) - set(FRONT_MATTER_KEYS))
    if unknown:
        raise InputError(
            f"{path}: front matter: unknown key {unknown[0]!r}; expected one of "
            + ", ".join(FRONT_MATTER_KEYS)
        )
    return meta, text[m.end():]


def _html(path: Path, html: str) -> tuple[dict[str, Any], str]:
    import trafilatura

    doc: Any = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    body = getattr(doc, "text", None) or ""
    if not body.strip():
        raise InputError(f"{path}: no article text found in the HTML")
    meta = {key: getattr(doc, attr, None) for key, attr in (
        ("title", "title"), ("publisher", "sitename"), ("url", "url"), ("published", "date"), ("language", "language"),
    )}
    return meta, body


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return " ".join(str(value).split()) or None


def date_in_name(name: str) -> str | None:
    """The first real date written YYYY-MM-DD in a file name ("ap_2016-09-12_debate"), which is
    how people who save articles by hand date them; a file's own metadata goes first."""
    for m in _NAME_DATE.finditer(name):
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            continue
    return None


def read_article(path: Path, root: Path | None = None) -> Article:
    """One seed file as an Article; InputError names the file and what was wrong."""
    stem = path.stem
    if not _ID.match(stem):
        raise InputError(
            f"{path}: file name {stem!r} is not an article id; expected letters, digits, '-', '_' or '.'"
        )
    rel = path.relative_to(root).as_posix() if root is not None else path.as_posix()
    return parse(path, read_bytes(path), article_id=stem, seed=rel)


def read_bytes(path: Path) -> bytes:
    """A file's bytes, refusing one larger than an article can be before reading it."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:  # refused before it is read
            raise InputError(f"{path}: {size:,} bytes; expected at most {MAX_BYTES:,} (an article's text)")
        return path.read_bytes()
    except OSError as e:
        raise InputError(f"{path}: cannot read: {e.strerror}") from None


def parse(path: Path, data: bytes, *, article_id: str, seed: str, url: str | None = None) -> Article:
    """An article from a file's bytes; the name's suffix says how to read them (.txt, .md, .html)."""
    text = decode(path, data)
    suffix = path.suffix.lower()
    meta: dict[str, Any] = {}
    if suffix == ".md":
        meta, text = _front_matter(path, text)
    elif suffix in (".html", ".htm"):
        meta, text = _html(path, text)
    if not text.strip():
        raise InputError(f"{path}: no article text after the front matter")
    url = _text(meta.get("url")) or url
    if url is not None and not re.match(r"https?://", url, re.I):
        raise InputError(f"{path}: url: got {url!r}, expected an http:// or https:// address")
    return Article(
        id=article_id,
        path=seed,
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        title=_text(meta.get("title")) or first_sentence(text) or article_id,
        publisher=_text(meta.get("publisher")),
        url=url,
        published=_date(meta.get("published"), path) or date_in_name(article_id),
        language=_text(meta.get("language")) or "en",
    )


@dataclass(frozen=True, slots=True)
class Skipped:
    """A seed file that is not an article, and why."""

    path: Path
    reason: str


def ingest(folder: Path, root: Path | None = None) -> Iterator[Article | Skipped]:
    """Every article in ``folder``, or why a file was skipped."""
    for path in seed_files(folder):
        try:
            yield read_article(path, root)
        except InputError as e:
            yield Skipped(path, str(e))
