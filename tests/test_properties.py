"""Properties that hold for any input: slugs are safe and unique, records round-trip through
YAML unchanged, and ingest never fails on a file except to explain why it is not an article."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from builder.errors import InputError
from builder.ingest import parse
from builder.models import ACTOR_KINDS, STANCES, Span
from builder.records import ActorRecord, ArticleRecord, AttributionRecord, ClaimRecord, to_data
from builder.schema import validate
from builder.slug import slugify, unique
from builder.yamlio import dump_yaml, load_yaml_located

SAFE = set("abcdefghijklmnopqrstuvwxyz0123456789-")
text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)
line = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\ufeff\x85"),
               min_size=1, max_size=40).filter(lambda s: s.strip() == s and s)


@given(text)
def test_slugs_are_safe_file_names(name: str) -> None:
    slug = slugify(name)
    assert slug and set(slug) <= SAFE
    assert slug not in (".", "..") and not slug.startswith("-") and len(slug) <= 64


@given(st.lists(text, max_size=30))
def test_unique_slugs_never_collide(names: list[str]) -> None:
    taken: set[str] = set()
    slugs = [unique(slugify(n), taken) for n in names]
    assert len(set(slugs)) == len(slugs)


spans = st.builds(lambda t, s: Span(t, s, s + len(t)), line, st.integers(0, 10_000))
ids = st.from_regex(r"[a-z0-9][a-z0-9-]{0,20}", fullmatch=True)
attributions = st.builds(
    AttributionRecord, id=ids, content=spans, stance=st.sampled_from(STANCES),
    actor=st.none() | ids, claim=st.none() | ids, source=st.none() | spans, cue=st.none() | spans, wrong=st.booleans(),
)
records = st.one_of(
    st.builds(ActorRecord, id=ids, name=line, kind=st.sampled_from(ACTOR_KINDS), aliases=st.lists(line, max_size=3).map(tuple),
              roles=st.lists(line, max_size=2).map(tuple), affiliation=st.none() | ids,
              wikidata=st.none() | st.from_regex(r"Q[1-9][0-9]{0,6}", fullmatch=True), notes=st.none() | line),
    st.builds(ClaimRecord, id=ids, statement=line, variants=st.lists(line, max_size=2).map(tuple),
              topics=st.lists(line, max_size=2).map(tuple), notes=st.none() | line),
    st.builds(ArticleRecord, id=ids, title=line, seed=line, sha256=st.from_regex(r"[0-9a-f]{64}", fullmatch=True),
              extractor=line, publisher=st.none() | line, url=st.none() | st.from_regex(r"https://[a-z]{1,10}\.org/[a-z]{0,8}", fullmatch=True),
              published=st.none() | st.dates().map(lambda d: d.isoformat()), language=st.sampled_from(["en", "de"]),
              attributions=st.lists(attributions, max_size=3).map(tuple)),
)


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None, max_examples=60)
@given(records)
def test_records_round_trip_through_yaml(record: ActorRecord | ClaimRecord | ArticleRecord) -> None:
    data, lines = load_yaml_located(dump_yaml(to_data(record)), "r.yaml")
    back, problems = validate(type(record), data, lines, "r.yaml", record.id)
    assert problems == []
    assert back == record


@settings(deadline=None, max_examples=80)
@given(st.binary(max_size=400), st.sampled_from([".txt", ".md", ".html"]))
def test_ingest_never_raises_except_to_explain(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"article{suffix}"
        try:
            article = parse(path, data, article_id="article", seed="seeds/article")
        except InputError as e:
            assert str(path) in str(e)
        else:
            assert article.text.strip() and article.title


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None, max_examples=40)
@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=300) | st.lists(
    st.sampled_from(["He said", "“", "”", "that", "Peskov", "denied", "the claims", ".", "\n", "«", "'", "according to"]),
    max_size=40).map(" ".join))
def test_extract_never_raises_and_keeps_its_offsets(body: str) -> None:
    from builder import nlp
    from builder.extract import extract_doc

    extraction = extract_doc("a", nlp.load()(body))
    for att in extraction.attributions:
        for span in (att.content, att.source, att.cue):
            if span is not None:
                assert body[span.start:span.end] == span.text
