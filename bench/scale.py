"""How the build grows: synthetic briefings of N articles, built from nothing, then one more.

    python3 bench/scale.py                 # N = 100 and 1,000 (about 3 minutes here)
    python3 bench/scale.py 50 200 --jobs 2 --keep /tmp/scale

For each N it prints the seconds and peak memory of each stage (load, ingest, extract, merge,
render, site, save), the counts of articles, actors, claims and pages, the size of the site,
the median and largest HTML page, and the bytes a browser downloads for its first search
(Pagefind's script, WebAssembly and metadata, the largest index chunk, five fragments);
then the time of a build after adding one article (in this process, and again with another
article by `python3 -m builder build` in a new process, as CI runs it, Python, MkDocs and spaCy
loaded afresh), the ratio of the full builds' times, and the largest page of each kind at each N.

The articles are made up from word lists here: varied actors (people, organisations,
countries, anonymous sources) who speak across articles, direct quotes, reported speech,
denials and doubts. By default each article argues three of 100 claims, so that claims gather
stances from many articles; with --varied, eight of some 30,000, as in a story whose claims
seldom repeat (many more claim pages, and more for claims to be compared across articles).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from builder.build import Summary, build  # noqa: E402

FIRST = ["Anna", "Tomas", "Lina", "Pavel", "Sofia", "Omar", "Mei", "Jonas", "Aiko", "Rafael", "Ines", "Kofi",
         "Nadia", "Viktor", "Elena", "Samir", "Hana", "Lucas", "Maya", "Dmitri", "Priya", "Erik", "Zara", "Felix"]
LAST = ["Berg", "Holm", "Ek", "Novak", "Marin", "Haddad", "Chen", "Lind", "Sato", "Costa", "Varga", "Mensah",
        "Kaya", "Petrov", "Rossi", "Nasser", "Kim", "Silva", "Okafor", "Ivanov", "Rao", "Dahl", "Ali", "Weber"]
ROLES = ["Minister", "spokesman", "mayor", "senator", "union leader", "analyst", "general", "ambassador"]
ORGS = ["the Port Authority", "the Water Ministry", "the Farmers' Union", "the Coast Guard", "the Energy Agency",
        "the Transport Board", "the Health Council", "the Defence Ministry", "the Rail Company", "the Audit Office"]
PLACES = ["Calderra", "Vesmark", "Norland", "Ostrava Bay", "Kelvin", "Aramis", "Portavel", "Bruneck"]
TOPICS = ["the new dam", "the harbour bridge", "the rail tunnel", "the wind farm", "the grain deal",
          "the border crossing", "the power plant", "the ferry line", "the water plan", "the airport"]
CLAIMS = ["{t} is safe", "{t} will open on time", "{t} cost more than planned", "cracks were found in {t}",
          "{t} was approved without a vote", "{t} will create thousands of jobs", "{t} harms the river",
          "the contract for {t} was rigged", "{t} is behind schedule", "inspectors ignored warnings about {t}"]


def person(rng: random.Random) -> tuple[str, str]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    return f"{first} {last}", last


def article(rng: random.Random, n: int) -> str:
    """An article of about 250 words in which several actors assert, deny and doubt claims."""
    topic = rng.choice(TOPICS)
    place = rng.choice(PLACES)
    claims = [c.format(t=topic) for c in rng.sample(CLAIMS, 3)]
    lines = [f"{place} officials faced new questions this week over {topic}, article {n}."]
    for claim in claims:
        (name, last), role, org = person(rng), rng.choice(ROLES), rng.choice(ORGS)
        form = rng.randrange(5)
        if form == 0:
            lines.append(f"{role.capitalize()} {name} said that {claim}.")
        elif form == 1:
            lines.append(f"“We are certain that {claim},” {name}, the {role}, told reporters.")
        elif form == 2:
            lines.append(f"According to {org}, {claim}.")
        elif form == 3:
            lines.append(f"A source close to {org}, who asked not to be named, said that {claim}.")
        else:
            lines.append(f"{name} said on Monday that {claim}, and {last} repeated it later in the day.")
        other = person(rng)[0]
        verdict = rng.choice(["denied", "dismissed the claim as “nonsense” and denied", "doubted", "rejected"])
        lines.append(f"However, {other} {verdict} that {claim}.")
        lines.append(f"The debate over {topic} in {place} is expected to continue into next month.")
    return "\n".join(lines) + "\n"


ADJECTIVES = ["new", "old", "northern", "southern", "rural", "coastal", "private", "public", "regional", "municipal",
              "national", "local", "eastern", "western", "central", "upper", "lower", "historic", "main", "second"]
WORKS = ["dam", "bridge", "tunnel", "farm", "plant", "line", "port", "school", "hospital", "clinic", "market",
         "prison", "stadium", "museum", "road", "canal", "reservoir", "mine", "refinery", "depot"]


def varied_article(rng: random.Random, n: int) -> str:
    """An article of about 300 words with eight claims drawn from some 30,000 (a story's claims
    seldom repeat), each asserted and, half the time, denied."""
    place = rng.choice(PLACES)
    lines = [f"{place} officials faced new questions this week, article {n}."]
    for _ in range(8):
        topic = f"the {rng.choice(ADJECTIVES)} {rng.choice(WORKS)} at {rng.choice(PLACES)}"
        claim = rng.choice(CLAIMS).format(t=topic)
        (name, _), role = person(rng), rng.choice(ROLES)
        if rng.randrange(2):
            lines.append(f"{role.capitalize()} {name} said that {claim}.")
        else:
            lines.append(f"“We are certain that {claim},” {name}, the {role}, told reporters.")
        if rng.randrange(2):
            lines.append(f"However, {person(rng)[0]} denied that {claim}.")
    return "\n".join(lines) + "\n"


def make(folder: Path, n: int, write: Callable[[random.Random, int], str] = article, seed: int = 7) -> None:
    rng = random.Random(seed)
    folder.mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    (folder / "seeds").mkdir()
    for i in range(n):
        (folder / "seeds" / f"a{i:05d}.txt").write_text(write(rng, i), encoding="utf-8")


def first_search_bytes(site: Path) -> int:
    """What a browser fetches for its first search with Pagefind, at most: the UI's script and style,
    Pagefind's script, worker, entry, WebAssembly and metadata, the largest index chunk (a word's
    chunk), and the five largest fragments (the results shown first)."""
    bundle = site / "pagefind"
    if not bundle.is_dir():
        return 0
    fixed = ["pagefind-ui.js", "pagefind-ui.css", "pagefind.js", "pagefind-worker.js", "pagefind-entry.json",
             "wasm.en.pagefind"]
    size = sum((bundle / name).stat().st_size for name in fixed if (bundle / name).exists())
    size += sum(p.stat().st_size for p in bundle.glob("*.pf_meta"))
    chunks = sorted((p.stat().st_size for p in (bundle / "index").glob("*.pf_index")), reverse=True)
    fragments = sorted((p.stat().st_size for p in (bundle / "fragment").glob("*.pf_fragment")), reverse=True)
    return size + sum(chunks[:1]) + sum(fragments[:5])


def largest_by_kind(site: Path) -> dict[str, int]:
    """The largest HTML page of each kind: a claim, an actor, an article, a list's later page (pages/claims-3)
    by its list, and each page of its own (home, timeline, ...)."""
    out: dict[str, int] = {}
    for path in site.rglob("*.html"):
        rel = path.relative_to(site).as_posix()
        if rel.startswith("pages/"):
            name = path.stem.rsplit("-", 1)[0]
            kind = next((f"{k} (later pages)" for k in ("claim", "actor", "article", "facet")
                         if name.startswith(f"{k}-")), f"{name} (later pages)")
        elif rel.startswith(("claims/", "actors/", "articles/")) and path.stem != "index":
            kind = rel.split("/")[0][:-1] + " page"
        else:
            kind = rel
        out[kind] = max(out.get(kind, 0), path.stat().st_size)
    return out


def report(label: str, folder: Path, summary: Summary) -> float:
    pages = [p.stat().st_size for p in (folder / "site").rglob("*.html")]
    size = sum(p.stat().st_size for p in (folder / "site").rglob("*") if p.is_file())
    search = first_search_bytes(folder / "site")
    print(f"\n== {label}: {summary.seconds:.1f} s")
    for stage, (seconds, peak) in summary.stages.items():
        print(f"   {stage:8} {seconds:8.1f} s   peak {peak:7.0f} MB   cpu {summary.cpu.get(stage, 0):6.1f} s")
    print(f"   processor seconds in all: {sum(summary.cpu.values()):.1f}")
    extract = summary.stages.get("extract", (0.0, 0.0))[0]
    print(f"   all but extraction {summary.seconds - extract:.1f} s (bench/extraction.py measures extraction)")
    print(f"   articles {summary.extracted + summary.unchanged}, actors {summary.actors}, "
          f"claims {summary.claims}, pages {summary.pages}")
    print(f"   site {size / 1e6:.1f} MB; HTML pages: median {statistics.median(pages) / 1e3:.1f} KB, "
          f"largest {max(pages) / 1e3:.1f} KB; first search downloads {search / 1e6:.2f} MB")
    return summary.seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sizes", nargs="*", type=int, default=[100, 1000], help="numbers of articles")
    parser.add_argument("--jobs", type=int, default=2, help="parsing processes (default 2)")
    parser.add_argument("--keep", type=Path, help="build here and keep the briefings (default: a temporary folder)")
    parser.add_argument("--varied", action="store_true",
                        help="articles of eight claims each that seldom repeat across articles (default: three claims "
                             "each of 100 that every article draws on)")
    args = parser.parse_args()
    write = varied_article if args.varied else article
    base = args.keep or Path(tempfile.mkdtemp(prefix="briefing-scale-"))
    times: dict[int, float] = {}
    largest: dict[int, dict[str, int]] = {}
    for n in args.sizes:
        folder = base / f"n{n}"
        if folder.exists():
            shutil.rmtree(folder)
        make(folder, n, write)
        times[n] = report(f"N = {n:,}, from nothing", folder, build(folder, jobs=args.jobs))
        largest[n] = largest_by_kind(folder / "site")
        rng = random.Random(n)
        (folder / "seeds" / "zz-one-more.txt").write_text(write(rng, n), encoding="utf-8")
        t = time.perf_counter()
        again = build(folder, jobs=args.jobs)
        one = report(f"N = {n:,}, one article added", folder, again)
        print(f"   one more article took {one:.1f} s = {100 * one / times[n]:.1f}% of the full build "
              f"({time.perf_counter() - t:.1f} s wall)")
        (folder / "seeds" / "zz-one-more-2.txt").write_text(write(rng, n + 1), encoding="utf-8")
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "builder", "build", "--jobs", str(args.jobs)], cwd=folder, check=True,
                       stdout=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": str(ROOT)})
        fresh = time.perf_counter() - t
        print(f"   and another, by `python3 -m builder build` in a new process (Python, MkDocs and spaCy "
              f"loaded afresh, as in CI): {fresh:.1f} s = {100 * fresh / times[n]:.1f}%")
    if len(times) > 1:
        small, large = min(times), max(times)
        print(f"\ntime({large:,}) / time({small:,}) = {times[large] / times[small]:.1f} "
              f"(linear would be {large / small:.0f})")
        print("\nlargest HTML page of each kind, KB (built from nothing):")
        print("   " + "".join(f"{f'N = {n:,}':>12}" for n in times) + "   kind")
        for kind in sorted({k for sizes in largest.values() for k in sizes}):
            print("   " + "".join(f"{largest[n].get(kind, 0) / 1e3:12.1f}" for n in times) + f"   {kind}")
    if not args.keep:
        shutil.rmtree(base)
    return 0


if __name__ == "__main__":
    sys.exit(main())
