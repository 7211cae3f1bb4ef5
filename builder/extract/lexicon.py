"""The word lists of actor, stance and claim rules, read once from builder/data/*.yaml."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

_DATA = Path(__file__).resolve().parent.parent / "data"


class _WordLoader(yaml.SafeLoader):
    """YAML as the word lists need it: a bare on, off, yes, no or false is a word, not a boolean."""


_WordLoader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_words(text: str) -> Any:
    return yaml.load(text, Loader=_WordLoader)  # a SafeLoader, less the booleans


def read(name: str) -> dict[str, Any]:
    """builder/data/``name``, a mapping of word lists."""
    raw = load_words((_DATA / name).read_text(encoding="utf-8"))
    if not isinstance(raw, dict):
        raise ValueError(f"builder/data/{name}: expected a mapping at the top")
    return raw


def _words(values: Any) -> frozenset[str]:
    return frozenset(str(v).lower() for v in values or ())


def norm(name: str) -> str:
    """A name as looked up: lower case, possessive, dots and 'the' dropped, spaces single."""
    text = name.replace("’", "'").strip().lower()
    if text.endswith("'s"):
        text = text[:-2]
    text = text.replace(".", "").replace("-", " ")
    words = text.split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


@dataclass(frozen=True, slots=True)
class Places:
    """States, the names that stand for them, and institutions affiliated to them."""

    country_of: dict[str, str]  # norm(name, demonym or seat) -> canonical country name
    seats: frozenset[str]  # norm(seat): "moscow"
    demonyms: frozenset[str]  # norm(demonym): "ukrainian"
    institution_of: dict[str, str]  # norm(institution) -> canonical country name
    group_of: dict[str, str]  # norm(collective name) -> canonical group name


@dataclass(frozen=True, slots=True)
class Anaphora:
    """Words that refer back to an actor or a claim."""

    pronouns: dict[str, tuple[frozenset[str], str]]  # word -> (kinds it may stand for, gender)
    anonymous_nouns: frozenset[str]
    person_nouns: frozenset[str]
    audience_nouns: frozenset[str]
    body_nouns: frozenset[str]
    definite: frozenset[str]
    vague: frozenset[str]
    claim_nouns: frozenset[str]
    continuation: frozenset[str]
    speech_nouns: frozenset[str]
    speakers_for: frozenset[str]


@dataclass(frozen=True, slots=True)
class Titles:
    honorifics: dict[str, str]  # word -> gender ("" = any)
    offices: frozenset[str]
    given_names: dict[str, str]  # given name -> gender
    body_words: frozenset[str]  # words that end a body's name: "Foundation", "Times"
    surnames: frozenset[str]  # family names written first: "Go" of "Go Min-jae"
    particles: frozenset[str]  # lower-case words inside a name: "von der", "bin", "al"
    kunyas: frozenset[str]  # words that open a name by a child's name: "Abu" of "Abu Obeida"

    def is_title(self, word: str) -> bool:
        w = word.lower().rstrip(".")
        return w in self.honorifics or w in self.offices


@dataclass(frozen=True, slots=True)
class StanceCues:
    cues: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]  # (stance, cue patterns) in order
    negated: dict[str, str]


@dataclass(frozen=True, slots=True)
class ClaimWords:
    ignore: frozenset[str]
    synonym: dict[str, str]  # lemma -> the first word of its synonym list


@functools.cache
def places() -> Places:
    raw = read("places.yaml")
    country_of: dict[str, str] = {}
    seats: set[str] = set()
    demonyms: set[str] = set()
    for country, forms in raw["countries"].items():
        country_of[norm(country)] = country
        for key in ("demonyms", "seats", "names"):
            for form in (forms or {}).get(key, ()):
                country_of.setdefault(norm(form), country)
                if key == "seats":
                    seats.add(norm(form))
                if key == "demonyms":
                    demonyms.add(norm(form))
    group_of = {norm(alias): name for name, aliases in raw["groups"].items() for alias in [name, *aliases]}
    return Places(
        country_of=country_of,
        seats=frozenset(seats),
        demonyms=frozenset(demonyms),
        institution_of={norm(k): str(v) for k, v in raw["institutions"].items()},
        group_of=group_of,
    )


@functools.cache
def anaphora() -> Anaphora:
    raw = read("anaphora.yaml")
    pronouns = {
        str(word).lower(): (_words(spec["kinds"]), str(spec.get("gender") or ""))
        for word, spec in raw["pronouns"].items()
    }
    return Anaphora(
        pronouns=pronouns,
        anonymous_nouns=_words(raw["anonymous_nouns"]),
        person_nouns=_words(raw["person_nouns"]),
        audience_nouns=_words(raw["audience_nouns"]),
        body_nouns=_words(raw["body_nouns"]),
        definite=_words(raw["definite"]),
        vague=_words(raw["vague"]),
        claim_nouns=_words(raw["claim_nouns"]),
        continuation=_words(raw["continuation"]),
        speech_nouns=_words(raw["speech_nouns"]),
        speakers_for=_words(raw["speakers_for"]),
    )


@functools.cache
def titles() -> Titles:
    raw = read("titles.yaml")
    names = read("names.yaml")
    return Titles(
        honorifics={str(k).lower(): str(v or "") for k, v in raw["honorifics"].items()},
        offices=_words(raw["offices"]),
        given_names={str(n).lower(): gender for gender in ("male", "female") for n in names[gender]},
        body_words=_words(names["body_words"]),
        surnames=_words(names["surnames"]),
        particles=_words(names["particles"]),
        kunyas=_words(names["kunyas"]),
    )


@functools.cache
def stance_cues() -> StanceCues:
    raw = read("stance.yaml")
    cues = tuple(
        (str(stance), tuple(tuple(str(p).lower().split()) for p in patterns))
        for key in ("first", "cues")
        for stance, patterns in (raw.get(key) or {}).items()
    )
    return StanceCues(cues=cues, negated={str(k): str(v) for k, v in raw["negated"].items()})


@functools.cache
def claim_words() -> ClaimWords:
    raw = read("claims.yaml")
    synonym = {str(w).lower(): str(group[0]).lower() for group in raw["synonyms"] for w in group}
    return ClaimWords(ignore=_words(raw["ignore"]), synonym=synonym)
