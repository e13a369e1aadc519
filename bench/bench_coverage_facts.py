"""How well ``compare_many``'s facts keep what the two-article aligner links, per merge rule.

A fact is a group of sentences of several articles; ``coverage.fact_groups``
grows groups from the strongest links and merges two groups only when enough of
the pairs between them are linked. This script measures, for each merge rule
below, on links computed once (``coverage.pairwise_links``, the full aligner):

- seed gold (``tests/data/gold_alignment_*.json``, every split: they are all
  development pairs): coverage of the five seeds, and for each gold pair, the
  sentence pairs put in one fact against the gold links (precision, recall);
  and whether 003's communique (sentence 9) stays out of the fact of 000's
  "shared responsibility" quote (sentence 2) on seeds 000, 002, 003, 004;
- AllSides development pairs (``bench/gold/allsides_alignment.json`` "pairs";
  the held-out "pairs_second" is not read): coverage of each pair's whole
  story, the same precision and recall on the annotated pair;
- AllSides stories of 3+ articles (no gold): articles shown carrying no fact
  though ``compare`` aligns one of their sentences with a story-mate;
  sentences aligned with a story-mate but in no fact; and the share of a
  fact's cross-article sentence pairs that ``compare`` links directly (1.0: no
  member hangs on through others).

Usage (repository root)::

    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/bench_coverage_facts.py
"""

from __future__ import annotations

import csv
import json
import os
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mediadiff.align import coverage  # noqa: E402
from mediadiff.align.alignment import DEFAULT_THRESHOLD  # noqa: E402
from mediadiff.corpus.reading import load_corpus  # noqa: E402

Node = tuple[int, int]


def merge_rule(share_test):
    """``coverage.merged_groups`` with ``share_test(linked, cross)`` deciding the merge of two groups, lone
    sentences left alone (the rest as shipped)."""
    return lambda links: coverage.merged_groups(links, merges=share_test)


def lone_apart(links):
    """The shipped rule before reportapi13: each sentence left alone a fact of its own with its strongest
    partner, though several sentences of one article share that partner (a split shown as several rows)."""
    groups = coverage.merged_groups(links)
    alone = {g[0] for g in groups if len(g) == 1}
    best: dict[Node, tuple[float, Node]] = {}
    for pair, score in links.items():
        u, v = sorted(pair)
        for x, y in ((u, v), (v, u)):
            if x in alone and (x not in best or (-score, y) < best[x]):
                best[x] = (-score, y)
    return [g for g in groups if len(g) > 1] + [[x, y] for x, (_, y) in sorted(best.items())]


RULES = {
    "shipped (coverage.fact_groups)": coverage.fact_groups,
    "each lone sentence its own fact (before reportapi13)": lone_apart,
    "more than half, lone sentences dropped (before)": merge_rule(lambda linked, cross: 2 * linked > cross),
    "at least half": merge_rule(lambda linked, cross: 2 * linked >= cross),
    "member test only": merge_rule(lambda linked, cross: True),
}


def facts_of(groups, min_articles=2):
    """Groups of at least ``min_articles`` articles, as the coverage lists them."""
    return [g for g in groups if len({k for k, _ in g}) >= min_articles]


def same_fact_pairs(facts, ka: int, kb: int) -> set[tuple[int, int]]:
    out = set()
    for fact in facts:
        for k, i in fact:
            for m, j in fact:
                if (k, m) == (ka, kb):
                    out.add((i, j))
    return out


def bench_data() -> Path:
    env = os.environ.get("MEDIADIFF_BENCH_DATA")
    return Path(env) if env else ROOT.parent / "shared" / "bench"


def main() -> None:
    seeds = load_corpus(ROOT / "seeds")
    seed_ids = [a.id for a in seeds]
    seed_links = coverage.pairwise_links(list(seeds), DEFAULT_THRESHOLD)
    golds = [json.loads(p.read_text(encoding="utf-8"))
             for p in sorted((ROOT / "tests" / "data").glob("gold_alignment_*.json"))]
    four = [seeds[k] for k in ("000", "002", "003", "004")]
    four_links = coverage.pairwise_links(four, DEFAULT_THRESHOLD)

    data = bench_data() / "allsides_stories"
    corpus = load_corpus(data / "corpus")
    stories: dict[str, list[str]] = defaultdict(list)
    for row in csv.DictReader(open(data / "labels.tsv", encoding="utf-8"), delimiter="\t"):
        stories[row["story"]].append(row["article"])
    dev_pairs = json.loads((ROOT / "bench" / "gold" / "allsides_alignment.json").read_text(encoding="utf-8"))["pairs"]
    story_links = {}
    for story, ids in stories.items():
        if len(ids) >= 3 or any(p["story"] == story for p in dev_pairs):
            ids.sort()
            story_links[story] = coverage.pairwise_links([corpus[i] for i in ids], DEFAULT_THRESHOLD)

    print("| rule | seed gold same-fact P | R | communique apart | AllSides dev P | R "
          "| 3+ stories: articles 0 facts though aligned | aligned sentences in no fact | direct-link share "
          "| rows (facts) |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for name, rule in RULES.items():
        facts = facts_of(rule(seed_links))
        tp = pred = total = 0
        for gold in golds:
            got = same_fact_pairs(facts, seed_ids.index(gold["a"]), seed_ids.index(gold["b"]))
            want = {tuple(x) for x in gold["links"]}
            tp, pred, total = tp + len(got & want), pred + len(got), total + len(want)
        four_facts = facts_of(rule(four_links))
        quote = [f for f in four_facts if (0, 2) in f]
        apart = not any((2, 9) in f for f in quote)
        atp = apred = atotal = 0
        for pair in dev_pairs:
            ids = stories[pair["story"]]
            got = same_fact_pairs(facts_of(rule(story_links[pair["story"]])),
                                  ids.index(pair["a"]), ids.index(pair["b"]))
            want = {tuple(x) for x in pair["links"]}
            atp, apred, atotal = atp + len(got & want), apred + len(got), atotal + len(want)
        zero = no_fact = aligned_total = direct = cross = rows = 0
        for story, ids in stories.items():
            if len(ids) < 3:
                continue
            links = story_links[story]
            story_facts = facts_of(rule(links))
            rows += len(story_facts)
            in_fact = {node for f in story_facts for node in f}
            aligned = {node for pair in links for node in pair}
            aligned_total += len(aligned)
            no_fact += len(aligned - in_fact)
            zero += sum(1 for k in range(len(ids)) if any(n[0] == k for n in aligned)
                        and not any(n[0] == k for n in in_fact))
            for f in story_facts:
                for x in f:
                    for y in f:
                        if x < y and x[0] != y[0]:
                            cross += 1
                            direct += frozenset({x, y}) in links
        print(f"| {name} | {tp / pred:.3f} ({tp}/{pred}) | {tp / total:.3f} ({tp}/{total}) | {apart} "
              f"| {atp / apred:.3f} ({atp}/{apred}) | {atp / atotal:.3f} ({atp}/{atotal}) | {zero} "
              f"| {no_fact} of {aligned_total} | {direct / cross:.3f} ({direct}/{cross}) | {rows} |")


if __name__ == "__main__":
    main()
