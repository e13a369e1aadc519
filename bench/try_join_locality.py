"""Would a locality requirement on split and merge parts remove wrong joins without losing gold links?

QA on PolNeAR dev story pairs found merged/split rows whose parts lie far apart
("A1 -> B2,10,19,26", pulling in another victim). A locality requirement would
cut a part lying more than ``K`` sentences from the nearest other part of its
row. This script measures, for the shipped aligner, every part of every split
and merge: its distance (in sentences) to the nearest other part on its side,
and whether its link is gold, on

- the seed gold (``tests/data/gold_alignment_*.json``, both splits: development figures),
- the AllSides development pairs (``bench/gold/allsides_alignment.json`` "pairs"; held-out not read),

and, without gold, on every pair of articles in one story of PolNeAR dev
(``group_stories``), the parts each cap would cut. Nothing is changed in the
aligner; for each cap K it prints the gold parts lost and wrong parts removed.

Usage (repository root)::

    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/try_join_locality.py
"""

from __future__ import annotations

import itertools
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_align_allsides import data_dir  # noqa: E402
from bench_seed_alignment import load_gold  # noqa: E402

from mediadiff.align.alignment import align_sentences  # noqa: E402
from mediadiff.corpus.reading import load_corpus  # noqa: E402
from mediadiff.events.grouping import group_stories  # noqa: E402

CAPS = (3, 4, 5, 6, 7, 8, 10)


def parts(a, b, links=None):
    """(distance to the nearest other part, gold or None) for every part of every split or merge row."""
    out = []
    for row in align_sentences(a, b):
        a_side = len(row.a_indices) > 1
        if not a_side and len(row.b_indices) < 2:
            continue
        side, other = (row.a_indices, row.b_indices) if a_side else (row.b_indices, row.a_indices)
        for k in side:
            distance = min(abs(k - m) for m in side if m != k)
            link = (k, other[0]) if a_side else (other[0], k)
            out.append((distance, None if links is None else link in links))
    return out


def main() -> None:
    seeds = load_corpus(ROOT / "seeds")
    gold_parts = []
    for gold in load_gold():
        gold_parts += parts(seeds[gold["a"]].sentences, seeds[gold["b"]].sentences, {tuple(x) for x in gold["links"]})
    allsides = load_corpus(data_dir() / "corpus")
    for pair in json.loads((ROOT / "bench" / "gold" / "allsides_alignment.json").read_text(encoding="utf-8"))["pairs"]:
        gold_parts += parts(allsides[pair["a"]].sentences, allsides[pair["b"]].sentences,
                            {tuple(x) for x in pair["links"]})
    bench = Path(os.environ.get("MEDIADIFF_BENCH_DATA", ROOT.parent / "shared" / "bench"))
    polnear = load_corpus(bench / "polnear" / "dev" / "text")
    free_parts = []
    for story in group_stories(list(polnear)):
        for a, b in itertools.combinations(story.article_ids, 2):
            free_parts += parts(polnear[a].sentences, polnear[b].sentences)
    print(f"gold sets: {len(gold_parts)} parts ({sum(g for _, g in gold_parts)} gold); "
          f"PolNeAR dev story pairs: {len(free_parts)} parts\n")
    print("| cut parts farther than K sentences from the nearest other part | gold parts lost | wrong parts removed "
          "| PolNeAR dev parts cut |")
    print("|---|---|---|---|")
    for cap in CAPS:
        cut = [g for d, g in gold_parts if d > cap]
        print(f"| K = {cap} | {sum(cut)} | {len(cut) - sum(cut)} | {sum(d > cap for d, _ in free_parts)} |")
    print("\nGold-set parts by distance (gold / wrong):",
          {d: (sum(g for x, g in gold_parts if x == d), sum(not g for x, g in gold_parts if x == d))
           for d in sorted({d for d, _ in gold_parts})})


if __name__ == "__main__":
    main()
