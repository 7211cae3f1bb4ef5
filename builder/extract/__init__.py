"""extract: an article's text -> its attributions, actors and claims (DESIGN's contract).

The stages inside, each a module of its own:

    attributions.find_attributions(doc)   -> Found spans (source, cue, content)
    actors.resolve_actors(doc, found)     -> Actor records, and each source's actor id
    stance.stance_of(doc, found, ...)     -> the stance its reporting words give each attribution
    claims.group_claims(doc, ...)         -> Claim records, and each attribution's claim id
    stance.settle(...)                    -> "supports" made "asserts" for a claim's first voice
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from .. import nlp
from ..models import Article, Attribution, Extraction

if TYPE_CHECKING:  # spaCy and the rules are imported when an article is extracted: a build without one needs neither
    from spacy.tokens import Doc

    from .base import Found

#: Bumped whenever the rules change what they yield; an article extracted by an older
#: version is extracted again.
VERSION = "20"


#: No sentence of a news article is this long. Text that is (a word dump, a hostile file) is
#: not read for attributions, so that the rules' work stays bounded by the article's length.
MAX_SENTENCE_TOKENS = 250


def extract_doc(article_id: str, doc: Doc) -> Extraction:
    """The extraction of one parsed article."""
    from .attributions import find_attributions

    return from_found(article_id, doc, tuple(f for f in find_attributions(doc) if _in_a_sentence(doc, f)))


def _in_a_sentence(doc: Doc, found: Found) -> bool:
    """Whether the attribution's reporting words stand in a sentence of reasonable length."""
    at = found.cue or found.content
    span = doc.char_span(at.start, at.start + 1, alignment_mode="expand")
    return span is None or len(span.sent) <= MAX_SENTENCE_TOKENS


def from_found(article_id: str, doc: Doc, found: tuple[Found, ...]) -> Extraction:
    """The extraction of a parsed article whose attributions are found: actors, stances, claims."""
    from .actors import resolve_actors
    from .claims import group_claims
    from .stance import settle, stance_of

    actors, actor_of = resolve_actors(doc, found)
    cued = tuple(stance_of(doc, f, found) for f in found)
    names = {a.id: a.name for a in actors}
    claims, claim_of = group_claims(doc, found, actor_of, cued, names=names)
    stances = settle(found, cued, claim_of, actor_of)
    attributions = tuple(
        Attribution(
            content=f.content,
            stance=stances[i],
            source=f.source,
            cue=f.cue,
            actor=actor_of[i],
            claim=claim_of[i],
        )
        for i, f in enumerate(found)
    )
    return Extraction(article_id, attributions, actors, claims, extractor=VERSION)


def extract(article: Article) -> Extraction:
    """The extraction of one article."""
    return extract_doc(article.id, nlp.load()(article.text))


def extract_many(articles: Iterable[Article], *, n_process: int = 1) -> Iterator[Extraction]:
    """Extractions in the order of ``articles``; ``n_process`` > 1 extracts on several cores.

    The model is loaded once, before the worker processes fork, so they share it; each
    worker parses a few whole articles at a time (spaCy's networks run faster on a batch)
    and sends back only the small records.
    """
    items = list(articles)
    if not items:  # a build with no new article need not load the model (a second or more)
        return
    language = nlp.load()
    if n_process > 1 and len(items) > 1 and "fork" in multiprocessing.get_all_start_methods():
        batches = [items[i : i + BATCH] for i in range(0, len(items), BATCH)]
        with multiprocessing.get_context("fork").Pool(min(n_process, len(batches))) as pool:
            for extractions in pool.imap(_extract_batch, batches, chunksize=1):
                yield from extractions
        return
    docs = language.pipe((a.text for a in items), n_process=n_process if len(items) > 1 else 1, batch_size=BATCH)
    for article, doc in zip(items, docs, strict=True):
        yield extract_doc(article.id, doc)


#: Articles parsed together: over polnear-dev, batches of 4 take 15% less time than one by
#: one, and small batches keep the worker processes evenly loaded to the end.
BATCH = 4


def _extract_batch(articles: list[Article]) -> list[Extraction]:
    docs = nlp.load().pipe((a.text for a in articles), batch_size=len(articles))
    return [extract_doc(a.id, doc) for a, doc in zip(articles, docs, strict=True)]
