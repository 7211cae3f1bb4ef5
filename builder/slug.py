"""Ids for records and pages: lowercase ASCII words joined by '-', safe as file names."""

from __future__ import annotations

import hashlib
import re
import unicodedata

MAX_LEN = 64
_NON_WORD = re.compile(r"[^a-z0-9]+")


def slugify(text: str, *, max_len: int = MAX_LEN) -> str:
    """'Kim Yong-hyun' -> 'kim-yong-hyun'. Text with no letters or digits gets 'x-' and a hash."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NON_WORD.sub("-", ascii_text.lower()).strip("-")
    if len(slug) > max_len:
        slug = slug[:max_len].rsplit("-", 1)[0] or slug[:max_len]
    if not slug:
        slug = "x-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
    return slug


def unique(slug: str, taken: set[str]) -> str:
    """``slug``, or ``slug-2``, ``slug-3``... whichever is not in ``taken``; adds it to ``taken``."""
    candidate, n = slug, 2
    while candidate in taken:
        candidate, n = f"{slug}-{n}", n + 1
    taken.add(candidate)
    return candidate
