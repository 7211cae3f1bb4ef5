"""The reporting-cue lexicon, read once from builder/data/reporting.yaml."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from .lexicon import read


@dataclass(frozen=True, slots=True)
class Cues:
    """Word lists that mark a report; see the comments in reporting.yaml."""

    clause_verbs: frozenset[str]
    object_verbs: frozenset[str]
    quote_only_verbs: frozenset[str]
    as_verbs: frozenset[str]
    appearance_verbs: frozenset[str]
    appearance_verbs_with_it: frozenset[str]
    predicative: frozenset[str]
    predicative_infinitive: frozenset[str]
    stance_predicative: frozenset[str]
    light_verbs: frozenset[str]
    light_nouns: frozenset[str]
    light_exceptions: dict[str, frozenset[str]]
    light_adjectives: dict[str, frozenset[str]]
    light_pairs: dict[str, frozenset[str]]
    quoting_pairs: dict[str, frozenset[str]]
    report_nouns: frozenset[str]
    said_nouns: frozenset[str]
    receiving_verbs: frozenset[str]
    received_nouns: frozenset[str]
    measure_nouns: frozenset[str]
    enacting_verbs: frozenset[str]
    experiencer_verbs: frozenset[str]
    topic_nouns: frozenset[str]
    event_nouns: frozenset[str]
    event_verbs: frozenset[str]
    posting_verbs: frozenset[str]
    speaking_verbs: frozenset[str]
    relating_verbs: frozenset[str]
    document_nouns: frozenset[str]
    view_nouns: frozenset[str]
    hearsay_adverbs: frozenset[str]
    source_prepositions: tuple[tuple[str, ...], ...]
    object_control: frozenset[str]
    chain_verbs: frozenset[str]
    chain_adjectives: frozenset[str]
    purpose_verbs: frozenset[str]
    unnamed_verbs: frozenset[str]
    anonymity_words: frozenset[str]
    appointing_verbs: frozenset[str]
    content_prepositions: frozenset[str]
    not_speakers: frozenset[str]
    channels: frozenset[str]
    cue_settings: frozenset[str]
    lemma_fixes: dict[str, str]
    topic_participles: frozenset[str]
    addressee_prepositions: dict[str, frozenset[str]]
    own_prepositions: dict[str, frozenset[str]]
    idiom_objects: dict[str, frozenset[str]]
    reply_verbs: frozenset[str]
    telling_verbs: frozenset[str]
    rebutting_verbs: frozenset[str]

    def lemma(self, tok: Token) -> str:
        """The token's lemma, lower case, with the model's known slips mended."""
        return self.lemma_fixes.get(tok.lower_) or tok.lemma_.lower()

    def is_verb(self, lemma: str) -> bool:
        """Whether ``lemma`` reports what follows it as a clause or a noun phrase."""
        return lemma in self.clause_verbs or lemma in self.object_verbs


@functools.cache
def cues() -> Cues:
    """The lexicon; loaded once per process."""
    raw = read("reporting.yaml")

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in raw[key])

    def table(key: str) -> dict[str, frozenset[str]]:
        return {str(k).lower(): frozenset(str(w).lower() for w in ws) for k, ws in raw[key].items()}

    return Cues(
        clause_verbs=words("clause_verbs"),
        object_verbs=words("object_verbs"),
        quote_only_verbs=words("quote_only_verbs"),
        as_verbs=words("as_verbs"),
        appearance_verbs=words("appearance_verbs"),
        appearance_verbs_with_it=words("appearance_verbs_with_it"),
        predicative=words("predicative"),
        predicative_infinitive=words("predicative_infinitive"),
        stance_predicative=words("stance_predicative"),
        light_verbs=words("light_verbs"),
        light_nouns=words("light_nouns"),
        light_pairs=table("light_pairs"),
        quoting_pairs=table("quoting_pairs"),
        light_adjectives=table("light_adjectives"),
        light_exceptions=table("light_exceptions"),
        report_nouns=words("report_nouns"),
        said_nouns=words("said_nouns"),
        receiving_verbs=words("receiving_verbs"),
        received_nouns=words("received_nouns"),
        measure_nouns=words("measure_nouns"),
        enacting_verbs=words("enacting_verbs"),
        experiencer_verbs=words("experiencer_verbs"),
        topic_nouns=words("topic_nouns"),
        event_nouns=words("event_nouns"),
        event_verbs=words("event_verbs"),
        posting_verbs=words("posting_verbs"),
        speaking_verbs=words("speaking_verbs"),
        relating_verbs=words("relating_verbs"),
        topic_participles=words("topic_participles"),
        addressee_prepositions=table("addressee_prepositions"),
        own_prepositions=table("own_prepositions"),
        idiom_objects=table("idiom_objects"),
        reply_verbs=words("reply_verbs"),
        telling_verbs=words("telling_verbs"),
        rebutting_verbs=words("rebutting_verbs"),
        document_nouns=words("document_nouns"),
        view_nouns=words("view_nouns"),
        hearsay_adverbs=words("hearsay_adverbs"),
        object_control=words("object_control"),
        chain_verbs=words("chain_verbs"),
        chain_adjectives=words("chain_adjectives"),
        purpose_verbs=words("purpose_verbs"),
        unnamed_verbs=words("unnamed_verbs"),
        anonymity_words=words("anonymity_words"),
        appointing_verbs=words("appointing_verbs"),
        content_prepositions=words("content_prepositions"),
        not_speakers=words("not_speakers"),
        channels=words("channels"),
        cue_settings=words("cue_settings"),
        lemma_fixes={str(k).lower(): str(v).lower() for k, v in (raw.get("lemma_fixes") or {}).items()},
        source_prepositions=tuple(tuple(str(p).lower().split()) for p in raw["source_prepositions"]),
    )
