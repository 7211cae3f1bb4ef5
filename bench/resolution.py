#!/usr/bin/env python3
"""Figures on a built briefing's cross-article records: actors, likely duplicates, largest claims.

    python3 bench/resolution.py BRIEFING_FOLDER [--top 10]

Build the briefing first (for PolNeAR: write each text of polnear-dev.jsonl to
BRIEFING/seeds/<article_id>.txt after `python3 -m builder init BRIEFING`, then
`python3 -m builder build -j 2` inside it). Prints the number of actor and claim records, the
actors attributions refer to, the person records that share a surname (the candidates for "one
real person, two records", to be read by a person), the records of the names given with
--name, and the claims with the most stances.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from builder import store


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--top", type=int, default=10)
    ap.add_argument("--name", action="append", default=["Hillary Clinton", "Donald Trump"])
    args = ap.parse_args()
    content, _, _ = store.load(args.folder)
    stances: defaultdict[str, set[tuple[str, str]]] = defaultdict(set)
    referenced: Counter[str] = Counter()
    for article in content.articles.values():
        for att in article.attributions:
            if att.wrong:
                continue
            if att.actor:
                referenced[att.actor] += 1
            if att.claim and att.actor:
                stances[att.claim].add((att.actor, att.stance))
    persons = [a for a in content.actors.values() if a.kind == "person" and a.id in referenced]
    print(f"actor records           {len(content.actors)}")
    print(f"actors with attributions {len(referenced)}")
    print(f"persons with attributions {len(persons)}")
    print(f"claim records           {len(content.claims)}")
    by_surname: defaultdict[str, list[str]] = defaultdict(list)
    for a in persons:
        parts = a.name.split()
        if len(parts) > 1:
            by_surname[parts[-1].lower()].append(a.name)
    shared = {k: sorted(v) for k, v in sorted(by_surname.items()) if len(v) > 1}
    print(f"surnames with more than one person record: {len(shared)}")
    for surname, names in shared.items():
        print(f"  {surname}: {'; '.join(names)}")
    for name in args.name:
        last = name.split()[-1].lower()
        records = [a for a in content.actors.values() if a.name == name or name in a.aliases]
        near = [a.name for a in persons if last in a.name.lower().split() and a.name != name]
        print(f"records named {name!r}: {len(records)} ({', '.join(a.id for a in records)}); "
              f"other persons with {last!r}: {', '.join(sorted(near)) or '-'}")
    print(f"largest claims (by distinct actor-stance pairs), top {args.top}:")
    top = sorted(stances, key=lambda c: (-len(stances[c]), c))[: args.top]
    for c in top:
        articles = {a.id for a in content.articles.values() for att in a.attributions if att.claim == c}
        print(f"  {len(stances[c])} stances, {len(articles)} article(s): {content.claims[c].statement[:100]}")


if __name__ == "__main__":
    main()
