"""Briefing folders for tests, and a stand-in extractor that needs no model.

The stand-in finds the words of tests/articles/invented_harbour_dispute.txt by search, so
pipeline tests are fast and independent of the real extractor's rules.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path

from builder import extract
from builder.models import Actor, Article, Attribution, Claim, Extraction, Span
from builder.slug import slugify

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = Path(__file__).resolve().parent / "articles"

# (source, cue, content, actor, stance, claim) as words of the article
HARBOUR = [
    ("port director Anna Berg", "according to", "Harbour authority says the new pier is safe", "anna-berg", "asserts", "pier-safe"),
    ("Berg", "said", "“The pier passed every inspection and will open next week.”", "anna-berg", "asserts", "pier-safe"),
    ("The dockworkers' union", "dismissed", "the claim as “a dangerous fiction.”", "dockworkers-union", "denies", "pier-safe"),
    ("Union leader Tomas Holm", "said", "cracks had been found in the foundations", "tomas-holm", "asserts", "cracks"),
    ("Mayor Lina Ek", "said", "she believes the inspection was thorough", "lina-ek", "considers-plausible", "pier-safe"),
]
ACTORS = [
    Actor("anna-berg", "Anna Berg", "person", ("Berg",), ("port director",)),
    Actor("dockworkers-union", "Dockworkers' union", "organization"),
    Actor("tomas-holm", "Tomas Holm", "person", (), ("Union leader",), "dockworkers-union"),
    Actor("lina-ek", "Lina Ek", "person", (), ("Mayor",)),
]
CLAIMS = [Claim("pier-safe", "The new pier is safe"), Claim("cracks", "Cracks were found in the pier's foundations")]


def _span(text: str, needle: str, after: int = 0) -> Span:
    start = text.index(needle, after)
    return Span(needle, start, start + len(needle))


_SENTENCE = re.compile(r"(?P<source>[A-Z][\w.'’ -]*?) (?P<cue>said|denied|doubted) that (?P<content>[^.]+)\.")
_STANCE = {"said": "asserts", "denied": "denies", "doubted": "doubts"}


def sentence_extraction(article: Article) -> Extraction:
    """'<Name> said|denied|doubted that <claim>.' sentences: one attribution each."""
    atts, actors, claims = [], {}, {}
    for m in _SENTENCE.finditer(article.text):
        name, content = m.group("source"), m.group("content")
        actor = actors.setdefault(name, Actor(slugify(name), name, "person" if " " in name else "organization"))
        claim = claims.setdefault(content, Claim(slugify(content), content[0].upper() + content[1:]))
        atts.append(Attribution(
            Span(content, m.start("content"), m.end("content")), _STANCE[m.group("cue")],
            Span(name, m.start("source"), m.end("source")), Span(m.group("cue"), m.start("cue"), m.end("cue")),
            actor.id, claim.id,
        ))
    return Extraction(article.id, tuple(atts), tuple(actors.values()), tuple(claims.values()), extractor=extract.VERSION)


def fake_extraction(article: Article) -> Extraction:
    text = article.text
    if HARBOUR[0][2] not in text:
        return sentence_extraction(article)
    atts = []
    for source, cue, content, actor, stance, claim in HARBOUR:
        if content not in text:
            continue
        c = _span(text, content)
        line_start = text.rfind("\n", 0, c.start) + 1
        atts.append(Attribution(c, stance, _span(text, source, line_start), _span(text, cue, line_start), actor, claim))
    used = {a.actor for a in atts} | {"dockworkers-union"} if atts else set()
    return Extraction(
        article.id, tuple(atts), tuple(a for a in ACTORS if a.id in used),
        tuple(c for c in CLAIMS if any(a.claim == c.id for a in atts)), extractor=extract.VERSION,
    )


def fake_extract_many(articles: Iterable[Article], *, n_process: int = 1) -> Iterator[Extraction]:
    for article in articles:
        yield fake_extraction(article)


def make_briefing(folder: Path, *articles: str) -> Path:
    """A briefing folder with the project's mkdocs.yml and the named test articles as seeds."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    (folder / "seeds").mkdir(exist_ok=True)
    for name in articles:
        shutil.copy(ARTICLES / name, folder / "seeds" / name)
    return folder


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` and its bytes."""
    if not folder.exists():
        return {}
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
