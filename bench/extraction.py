#!/usr/bin/env python3
"""Benchmark the attribution finder against a gold file: figures and articles per second.

    python3 bench/extraction.py GOLD.jsonl [--jobs N] [--pred OUT.jsonl] [--spacy]

The gold texts are written to a temporary folder and read back as the CLI reads them; the
timing starts before the spaCy model is loaded. The metrics are those of the shared
eval/score.py (content overlap, content+source, CofeNet-style exact spans), reimplemented
here so the benchmark runs without it. With --spacy it also times spaCy's pipeline alone
on the same texts, the floor under the extractor's speed on this machine.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

STRIP = "\"“”‘’'«» \n\t,.;:"
Pair = tuple[int, int]


def strip(text: str, s: int, e: int) -> Pair:
    """The span without quote marks, spaces and edge punctuation (as score.py)."""
    while s < e and text[s] in STRIP:
        s += 1
    while e > s and text[e - 1] in STRIP:
        e -= 1
    return s, e


def frags(g: dict[str, Any], key: str) -> list[Pair]:
    if g.get(f"{key}_fragments"):
        return [(int(a), int(b)) for a, b in g[f"{key}_fragments"]]
    return [(int(g[f"{key}_span"][0]), int(g[f"{key}_span"][1]))] if g.get(f"{key}_span") else []


def pred_span(p: dict[str, Any], key: str, text: str) -> Pair | None:
    v = p.get(key)
    if not v or v.get("start") is None:
        return None
    return strip(text, int(v["start"]), int(v["end"]))


def overlap(a: Pair, b: Pair) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def prf(tp: int, npred: int, ngold: int) -> dict[str, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"P": round(100 * p, 1), "R": round(100 * r, 1), "F1": round(100 * f, 1), "tp": tp}


def _match(pc: Pair, text: str, golds: list[dict[str, Any]], used: set[int]) -> int | None:
    for gi, x in enumerate(golds):
        if gi in used:
            continue
        for f in frags(x, "content"):
            fs = strip(text, *f)
            short = max(1, min(pc[1] - pc[0], fs[1] - fs[0]))
            if overlap(pc, fs) / short >= 0.5:
                return gi
    return None


def _spans(text: str, xs: Iterable[dict[str, Any]], role: str) -> set[Pair]:
    return {strip(text, *x[f"{role}_span"]) for x in xs if x.get(f"{role}_span")}


def score(gold: dict[str, dict[str, Any]], pred: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The figures of score.py for ``pred`` against ``gold`` (both keyed by article id)."""
    n_pred = n_gold = tp_c = tp_cs = 0
    ex = {"source": [0, 0, 0], "cue": [0, 0, 0], "content": [0, 0, 0]}
    for aid, g in gold.items():
        text = g["text"]
        golds = [x for x in g["attributions"] if not x.get("optional")]
        optional = [x for x in g["attributions"] if x.get("optional")]
        n_gold += len(golds)
        preds = pred.get(aid, {}).get("attributions", [])
        for role, counts in ex.items():
            gs = _spans(text, golds, role)
            ps = {s for p in preds if (s := pred_span(p, role, text))} - (_spans(text, optional, role) - gs)
            counts[0] += len(gs & ps)
            counts[1] += len(ps)
            counts[2] += len(gs)
        used: set[int] = set()
        for p in preds:
            pc = pred_span(p, "content", text)
            hit = None if pc is None or pc[1] <= pc[0] else _match(pc, text, golds + optional, used)
            if hit is not None and hit >= len(golds):
                used.add(hit)
                continue
            n_pred += 1
            if hit is None:
                continue
            used.add(hit)
            tp_c += 1
            psrc = pred_span(p, "source", text)
            gsrc = frags(golds[hit], "source")
            if (psrc is None and not gsrc) or (psrc is not None and any(overlap(psrc, f) > 0 for f in gsrc)):
                tp_cs += 1
    return {
        "articles": len(gold),
        "predicted": n_pred,
        "gold": n_gold,
        "content": prf(tp_c, n_pred, n_gold),
        "content+source": prf(tp_cs, n_pred, n_gold),
        "exact_source": prf(*ex["source"]),
        "exact_cue": prf(*ex["cue"]),
        "exact_content": prf(*ex["content"]),
    }


def _cpu_seconds() -> float:
    """Processor time of this process and of its finished children (the worker processes)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", help="gold JSONL: {article_id, text, attributions}")
    ap.add_argument("--jobs", type=int, default=2, help="processes that parse (default 2)")
    ap.add_argument("--pred", help="also write the predictions here (JSONL)")
    ap.add_argument("--spacy", action="store_true",
                    help="also time spaCy's pipeline alone on the same texts, in one process, as the speed reference")
    args = ap.parse_args(argv)
    with open(args.gold, encoding="utf-8") as f:
        gold = {r["article_id"]: r for r in map(json.loads, f)}
    with tempfile.TemporaryDirectory() as tmp:
        for aid, g in gold.items():
            Path(tmp, f"{aid}.txt").write_text(g["text"], encoding="utf-8")
        start, cpu_start = time.perf_counter(), _cpu_seconds()
        from builder.extract import extract_many
        from builder.ingest import read_article

        articles = [read_article(Path(tmp, f"{aid}.txt")) for aid in gold]
        pred = {x.article: x.to_json() for x in extract_many(articles, n_process=args.jobs)}
        seconds, cpu = time.perf_counter() - start, _cpu_seconds() - cpu_start
    if args.pred:
        with open(args.pred, "w", encoding="utf-8") as out:
            out.writelines(json.dumps(p, ensure_ascii=False) + "\n" for p in pred.values())
    for key, value in score(gold, pred).items():
        print(f"{key:28} {value}")
    print(f"{'seconds':28} {seconds:.1f} (model load included, {args.jobs} processes)")
    print(f"{'articles/s':28} {len(gold) / seconds:.1f}")
    # Wall time depends on what else the machine runs; the processor time it took does not.
    print(f"{'cpu seconds':28} {cpu:.1f} (this process and its workers, user + system)")
    if args.spacy:
        _spacy_alone([g["text"] for g in gold.values()])
    return 0


def _spacy_alone(texts: list[str]) -> None:
    """The pipeline's own speed here (the issue's reference: about 9,400 words a second per core)."""
    from builder import nlp

    language = nlp.load()
    words = sum(len(t.split()) for t in texts)
    start = time.process_time()
    for _ in language.pipe(texts):
        pass
    cpu = time.process_time() - start
    print(f"{'spaCy alone':28} {words:,} words in {cpu:.1f} cpu seconds: {words / cpu:,.0f} words/s per core")


if __name__ == "__main__":
    sys.exit(main())
