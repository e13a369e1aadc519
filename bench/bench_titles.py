"""How many known headlines the corpus stage reads as the title, and how many dates it reads under them.

Corpora with known titles, each article written as a plain text file the way a scraped page is pasted:
* PolNeAR train and dev (``text/*.txt`` open with the headline; ``metadata.tsv`` gives the title; the test
  split is left out);
* AllSides (975 JSON records): written as ``title``, a blank line, then the text (``plain``), and the same with a
  date line under the headline (``dated``: "Oct. 18, 2021", from the record's date), where the title must be
  read and the date too;
* the seeds (002 and 004 open with a headline, 003 has one under its lede; 000 and 001 have none).
A title is right when its letters and digits equal the known title's (``cleaning.normalise``). Prints per
corpus: right, wrong (another line taken), none, and the wrong/none ones by title length (words), then
``--show`` examples. Run on two trees to compare (``PYTHONPATH=tree``)::

    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/bench_titles.py [--show 10]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
from collections import Counter
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from learn_hedge_weights import bench_dir  # noqa: E402

SEED_TITLES = {"003_817ab28e293d6a82": "US demands Mexico for results against drug trafficking",
               "002_43ebc112e8ca7426": "Sheinbaum Defends Cooperation with US, Points to Need for Their Action",
               "004_dbd1863a8ab09b87": "US Issues Firm Demand for Tangible Results"}


def _polnear() -> list[tuple[str, str, str, str | None]]:
    root = bench_dir() / "polnear"
    titles = {row["filename"]: row["title"] for row in csv.DictReader(
        (root / "metadata.tsv").open(encoding="utf-8"), delimiter="\t") if row["compartment"] in ("train", "dev")}
    found = []
    for split in ("train", "dev"):
        for path in sorted((root / split / "text").glob("*.txt")):
            if titles.get(path.stem):
                found.append((f"polnear-{split}", path.name, path.read_text(encoding="utf-8"), titles[path.stem]))
    return [(corpus, name, text, title) for corpus, name, text, title in found]


def _allsides(dated: bool) -> list[tuple[str, str, str, str | None]]:
    found = []
    for path in sorted((bench_dir() / "allsides_stories" / "corpus").glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        head = record["title"].strip() + "\n\n"
        if dated:
            day = date.fromisoformat(record["date"][:10])
            head += f"{day.strftime('%b')}. {day.day}, {day.year}\n\n"
        found.append(("allsides-dated" if dated else "allsides", path.stem + ".txt", head + record["text"],
                      record["title"]))
    return found


def _seeds() -> list[tuple[str, str, str, str | None]]:
    return [("seeds", path.name, path.read_text(encoding="utf-8"), SEED_TITLES.get(path.stem))
            for path in sorted((REPO / "seeds").glob("*.txt"))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show", type=int, default=10)
    args = parser.parse_args()
    from mediadiff.corpus.cleaning import normalise
    from mediadiff.corpus.reading import load_article

    items = [*_seeds(), *_polnear(), *_allsides(False), *_allsides(True)]
    counts: dict[str, Counter] = {}
    misses: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for corpus, name, text, title in items:
            path = Path(tmp) / name
            path.write_text(text, encoding="utf-8")
            article = load_article(path)
            count = counts.setdefault(corpus, Counter())
            if title is None:
                outcome = "right" if article.title is None else "wrong"
            elif article.title is None:
                outcome = "none"
            else:
                # an archive's "Headline; deck" title: the headline alone is read (the deck is set aside)
                known = {normalise(title), normalise(title.split(";")[0])}
                outcome = "right" if normalise(article.title) in known else "wrong"
            count[outcome] += 1
            if corpus == "allsides-dated":
                count["dated"] += bool(article.published)
            if outcome != "right":
                count[f"{outcome} {'>16' if title and len(title.split()) > 16 else '<=16'} words"] += 1
                misses.setdefault(corpus, []).append(f"{outcome:5} {name[:36]:36} read {article.title!r:.70} "
                                                     f"known {title!r:.70}")
    for corpus, count in counts.items():
        print(f"{corpus}: {sum(count[k] for k in ('right', 'wrong', 'none'))} articles, " + ", ".join(
            f"{k} {v}" for k, v in sorted(count.items())))
        for line in sorted(misses.get(corpus, []))[:args.show]:
            print("   ", line)


if __name__ == "__main__":
    main()
