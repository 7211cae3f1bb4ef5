"""add: an article from a file or a web address -> seeds/<name>.md with front matter.

HTML goes through trafilatura for its main text and metadata; Markdown keeps its front
matter; plain text gets a title from its first sentence. An article whose text is already in
seeds/ is refused, naming the file that holds it.
"""

from __future__ import annotations

import hashlib
import os
import re
import urllib.request
from pathlib import Path
from typing import Any

from .errors import BriefingError, InputError
from .ingest import MAX_BYTES, SUFFIXES, parse, read_bytes, seed_files
from .models import Article
from .slug import slugify
from .yamlio import dump_yaml

FETCH_TIMEOUT = 30


def fetch(url: str) -> bytes:
    """A web page's bytes (http or https only, at most MAX_BYTES)."""
    request = urllib.request.Request(url, headers={"User-Agent": "briefing (+https://github.com)"})
    try:
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT) as response:
            data: bytes = response.read(MAX_BYTES + 1)
    except OSError as e:
        raise BriefingError(f"{url}: cannot fetch: {e}") from None
    if len(data) > MAX_BYTES:
        raise BriefingError(f"{url}: more than {MAX_BYTES:,} bytes; expected an article's page")
    return data


def fingerprint(text: str) -> str:
    """What makes two articles the same text: their words, whatever the spacing."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def markdown(article: Article) -> str:
    """The seed file: front matter with what is known, then the text."""
    meta: dict[str, Any] = {"title": article.title}
    for key in ("publisher", "url", "published", "language"):
        if (value := getattr(article, key)) is not None:
            meta[key] = value
    return "---\n" + dump_yaml(meta) + "---\n" + article.text.rstrip("\n") + "\n"


def add(root: Path, source: str, *, get: Any = fetch) -> Path:
    """Put the article at ``source`` (a path or an http(s) address) into seeds/; returns its file."""
    if re.match(r"[a-z][a-z0-9+.-]*://", source, re.I):
        if not re.match(r"https?://", source, re.I):
            raise BriefingError(f"{source}: expected an http:// or https:// address, or a file")
        article = parse(Path("page.html"), get(source), article_id="new", seed="", url=source)
    else:
        path = Path(source)
        if path.suffix.lower() not in SUFFIXES:
            raise InputError(f"{path}: expected a .txt, .md or .html article")
        article = parse(path, read_bytes(path), article_id="new", seed="")
    seeds = root / "seeds"
    mine = fingerprint(article.text)
    for existing in seed_files(seeds):
        try:
            other = parse(existing, read_bytes(existing), article_id=existing.stem, seed="")
        except InputError:
            continue
        if fingerprint(other.text) == mine:
            raise BriefingError(f"{source}: already in the briefing as {existing.relative_to(root)}")
    name = f"{article.published + '-' if article.published else ''}{slugify(article.title, max_len=48)}-{mine[:8]}"
    target = seeds / f"{name}.md"
    seeds.mkdir(parents=True, exist_ok=True)
    staged = seeds / f".{name}.md.new"  # not an article file until it is whole
    staged.write_text(markdown(article), encoding="utf-8")
    os.replace(staged, target)
    return target
