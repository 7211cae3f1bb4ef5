"""The tuned spaCy pipeline (builder/nlp.py: NumPy's BLAS, the attribute ruler's matches
remembered per token signature, a set for the lemma index) annotates every token exactly as
the stock pipeline does; the sentence starts it is told in advance (paragraphs, datelines)
change only the sentences they mean to."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
import yaml
from spacy.language import Language
from spacy.tokens import Doc

from builder import nlp

HERE = Path(__file__).resolve().parent
TEXTS = sorted(HERE.glob("articles/*.txt")) + sorted(HERE.parent.glob("seeds/*.txt"))
#: Contractions and the like that the attribute ruler's two-token patterns are for, and
#: whitespace tokens, which its space patterns handle.
ODD = "Y'all ain't gonna believe it, let's go!\n\n  C'mon, there's    nothin' I'd do.\t\"I\" said it.\r\n"


def _model() -> Language:
    """The installed English model, loaded afresh (not through nlp.load())."""
    for package in nlp.MODEL_PACKAGES:
        folder = nlp.model_dir(package)
        if folder is not None:
            return spacy.load(folder)
    pytest.skip("no spaCy English model installed")


@pytest.fixture(scope="module")
def stock() -> Language:
    return _model()


@pytest.fixture(scope="module")
def tuned() -> Language:
    """The pipeline as nlp.load() tunes it, without the sentence starts it adds."""
    return nlp.tune(_model())


def annotations(doc: Doc) -> list[tuple[object, ...]]:
    return [
        (
            t.i,
            t.text,
            t.tag_,
            t.pos_,
            str(t.morph),
            t.lemma_,
            t.dep_,
            t.head.i,
            t.ent_iob_,
            t.ent_type_,
            t.is_sent_start,
        )
        for t in doc
    ]


def test_tuned_pipeline_is_not_the_stock_one(stock: Language) -> None:
    tuned = nlp.load()
    assert tuned is not stock
    trained = [p for _, p in tuned.pipeline if getattr(p, "is_trainable", False)]
    assert all(not node.ops.use_blis for p in trained for node in p.model.walk())
    assert isinstance(tuned.get_pipe("attribute_ruler").match, nlp.SignatureMatch)
    index = tuned.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(isinstance(words, frozenset) for words in index.values())


@pytest.mark.parametrize("path", TEXTS, ids=[p.name for p in TEXTS])
def test_tuned_pipeline_annotates_as_the_stock_one(stock: Language, tuned: Language, path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert annotations(tuned(text)) == annotations(stock(text))


def test_tuned_pipeline_annotates_odd_words_as_the_stock_one(stock: Language, tuned: Language) -> None:
    for text in (ODD, ODD * 3, ODD.upper()):
        assert annotations(tuned(text)) == annotations(stock(text))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("LISBON -- The pier will reopen in May, the mayor said on Friday.", "The"),
        ("The ferry left.\nWASHINGTON (AP) — President Ruiz said the town had waited long enough.", "President"),
        ("HEMPSTEAD, N.Y. ― The ferry firm denied that it had cut safety checks.", "The"),
    ],
)
def test_a_dateline_is_parsed_apart_from_its_sentence(stock: Language, text: str, body: str) -> None:
    doc = nlp.load()(text)
    first = next(t for t in doc if t.text == body)
    assert first.is_sent_start and all(t.i >= first.i for t in first.sent)
    assert not next(t for t in stock(text) if t.text == body).is_sent_start  # the stock parser runs them together


@pytest.mark.parametrize("text", ["The vote - a close one - went to Ruiz.", "NATO - the alliance - met.", "A -- B said."])
def test_a_dash_that_is_no_dateline_is_left_to_the_parser(stock: Language, text: str) -> None:
    assert annotations(nlp.load()(text)) == annotations(stock(text))


def test_a_paragraph_after_a_quotation_is_a_sentence_of_its_own(stock: Language) -> None:
    text = ('"We are not ready," the harbour master told a news conference. "The crews need more time."\n\n'
            "A union official, speaking on condition of anonymity, blamed the council for the delay.")
    doc = nlp.load()(text)
    official = next(t for t in doc if t.text == "A")
    assert official.is_sent_start and next(t for t in doc if t.text == "blamed").dep_ == "ROOT"
    assert not next(t for t in stock(text) if t.text == "A").is_sent_start  # the stock parser runs them together


@pytest.mark.parametrize(
    ("text", "word", "starts"),
    [
        ("The pier is shut.\nThe ferry runs.", "The", True),  # a line break after a full stop
        ('He said: "It is shut."\nThe ferry runs.', "The", True),  # ... and a closing mark
        ("Ferry strike ends\n\nthe crews went back on Monday.", "the", True),  # a blank line
        ("The crews, who had been on strike\nsince May, went back.", "since", False),  # a wrapped line
    ],
)
def test_paragraph_starts(text: str, word: str, starts: bool) -> None:
    doc = nlp.load()(text)
    token = [t for t in doc if t.text == word][-1]
    assert bool(token.is_sent_start) is starts


def test_word_lists_read_bare_yes_no_on_off_as_words() -> None:
    """YAML 1.1 reads a bare `on` or `no` as a boolean; in a word list it is the word."""
    from builder.extract.lexicon import load_words

    assert load_words("words: [on, off, yes, no, false, True, 'y']\nn: 3") == {
        "words": ["on", "off", "yes", "no", "false", "True", "y"], "n": 3}
    assert yaml.safe_load("[on, no]") == [True, False]  # what the stock loader would have made of them
