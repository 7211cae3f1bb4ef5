"""The project's texts are its own: no test sentence, comment or word list repeats the evaluation articles.

The extractor is scored on other articles of the same kinds, so a rule tuned to a sentence of
../shared/eval and tested with that sentence would prove nothing; the articles' owners have not
licensed them to this repository either. Skipped where ../shared/eval is not beside the clone.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from .briefings import ROOT

EVAL = ROOT.parent / "shared" / "eval" / "polnear-dev.jsonl"
#: A run of this many words in a row shared with an evaluation article is a copy. Eight-word
#: runs are stock phrases of news ("did not immediately respond to requests for comment").
RUN = 9
FOLDERS = ("builder", "tests", "bench", "site_templates", ".ci")
SUFFIXES = {".py", ".yaml", ".yml", ".md", ".j2", ".txt", ".html", ".json", ".jsonl", ""}
_WORD = re.compile(r"[\w’']+")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def runs(found: list[str]) -> set[tuple[str, ...]]:
    return {tuple(found[i : i + RUN]) for i in range(len(found) - RUN + 1)}


def project_files() -> list[Path]:
    files = [p for p in sorted(ROOT.glob("*.md")) if p.is_file()]
    for folder in FOLDERS:
        files += [p for p in sorted((ROOT / folder).rglob("*")) if p.is_file() and p.suffix in SUFFIXES
                  and "__pycache__" not in p.parts]
    return files


@pytest.mark.skipif(not EVAL.is_file(), reason=f"{EVAL} is not here (it is beside the clone where the project is developed)")
def test_no_project_text_repeats_an_evaluation_article() -> None:
    evaluation: set[tuple[str, ...]] = set()
    with EVAL.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                evaluation |= runs(words(json.loads(line)["text"]))
    copied = []
    for path in project_files():
        text = path.read_text(encoding="utf-8", errors="replace")
        found = words(text)
        shared = [i for i in range(len(found) - RUN + 1) if tuple(found[i : i + RUN]) in evaluation]
        if shared:
            copied.append(f"{path.relative_to(ROOT)}: “{' '.join(found[shared[0] : shared[0] + RUN])}”"
                          f" and {len(shared) - 1} more runs of {RUN} words")
    assert not copied, "text shared with ../shared/eval (write sentences of the project's own):\n" + "\n".join(copied)


def test_a_copied_sentence_is_found() -> None:
    """The check itself: a sentence taken over word for word, punctuation and case aside, is caught."""
    article = runs(words("The harbour master said on Tuesday that the new pier would open in May, weeks late."))
    copy = words("CASES = [('Harbour master said on Tuesday that the new pier would open in May', ...)]")
    own = words("The harbour master said on Monday that a pier would open in June.")
    assert runs(copy) & article
    assert not runs(own) & article
