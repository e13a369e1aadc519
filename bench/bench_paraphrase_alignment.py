"""Is MSRP's paraphrase decision a good *link* decision between two outlets' sentences? Development data only.

``paraphrase_probability`` (fitted on MSRP train) describes reworded rows
("restates it" or "one side says more"). This script shows why it is not
used to decide reworded vs dropped, nor for a row's confidence, on the
development gold only: the seed dev pairs (``tests/data/gold_alignment_*.json``
marked dev) and the AllSides development set (``bench/gold/allsides_alignment.json``,
``pairs``). The AllSides held-out set and the seed test pairs are not read.

Prints:

1. each gold link the aligner misses, with its paraphrase probability and link score;
2. candidate pairs (the aligner's candidate graph) that are *not* gold links
   and reach the paraphrase threshold: what pairing by the decision would add;
3. for the aligner's reworded rows, how well each signal separates right rows
   (a gold link) from wrong ones: the area under the ROC curve of the row's
   ``confidence`` (link score), ``paraphrase`` and ``similarity``.

Usage (repository root)::

    python bench/bench_paraphrase_alignment.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import bench_align_allsides  # noqa: E402

from mediadiff.align.alignment import align_sentences, link_scores  # noqa: E402
from mediadiff.align.params import PARAPHRASE_MODEL  # noqa: E402
from mediadiff.align.paraphrase import paraphrase_probability  # noqa: E402
from mediadiff.corpus.reading import load_corpus  # noqa: E402


def dev_pairs() -> list[tuple[str, object, dict]]:
    seeds = load_corpus(ROOT / "seeds")
    out = []
    for path in sorted((ROOT / "tests" / "data").glob("gold_alignment_*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if gold["split"] == "dev":
            out.append(("seed dev", seeds, gold))
    allsides = json.loads((ROOT / "bench" / "gold" / "allsides_alignment.json").read_text(encoding="utf-8"))
    corpus = load_corpus(bench_align_allsides.data_dir() / "corpus")
    out.extend(("AllSides dev", corpus, gold) for gold in allsides["pairs"])
    return out


def auc(scores: list[float], right: list[bool]) -> float:
    pos = [s for s, ok in zip(scores, right) if ok]
    neg = [s for s, ok in zip(scores, right) if not ok]
    pairs = [(p > n) + 0.5 * (p == n) for p in pos for n in neg]
    return sum(pairs) / len(pairs) if pairs else float("nan")


def main() -> None:
    threshold = PARAPHRASE_MODEL.threshold
    missed, extra, rows = [], [], []
    for name, corpus, gold in dev_pairs():
        a, b = corpus[gold["a"]].sentences, corpus[gold["b"]].sentences
        links = {tuple(link) for link in gold["links"]}
        aligned = align_sentences(a, b)
        predicted = {(i, j) for row in aligned for i in row.a_indices for j in row.b_indices}
        scores = link_scores(a, b)[0]
        for i, j in sorted(links - predicted):
            missed.append((paraphrase_probability(a[i].text, b[j].text), scores.get((i, j), 0.0), name))
        for (i, j), score in scores.items():
            if (i, j) not in links:
                p = paraphrase_probability(a[i].text, b[j].text)
                if p >= threshold:
                    extra.append((p, score, name, (i, j) in predicted))
        for row in aligned:
            if row.status == "reworded":
                right = any((i, j) in links for i in row.a_indices for j in row.b_indices)
                rows.append((right, row.confidence, row.paraphrase, row.similarity))
    print(f"Development gold: seed dev pairs and AllSides dev pairs; paraphrase threshold {threshold}.\n")
    print(f"1. Gold links the aligner misses: {len(missed)}; paraphrase probability >= threshold: "
          f"{sum(p >= threshold for p, _, _ in missed)}; highest {max(p for p, _, _ in missed):.2f}\n")
    print("| paraphrase probability | link score | set |\n|---|---|---|")
    for p, score, name in sorted(missed, reverse=True):
        print(f"| {p:.2f} | {score:.2f} | {name} |")
    print(f"\n2. Candidate pairs that are not gold links with probability >= threshold: {len(extra)} "
          f"({sum(taken for *_, taken in extra)} of them already aligned)\n")
    print("| paraphrase probability | link score | set | aligned today |\n|---|---|---|---|")
    for p, score, name, taken in sorted(extra, reverse=True):
        print(f"| {p:.2f} | {score:.2f} | {name} | {taken} |")
    right = [r[0] for r in rows]
    print(f"\n3. Reworded rows: {len(rows)} ({sum(right)} a gold link). Area under the ROC curve, right vs wrong:\n")
    print("| signal | AUC |\n|---|---|")
    for k, label in ((1, "row confidence (link score)"), (2, "paraphrase probability"), (3, "sentence_similarity")):
        print(f"| {label} | {auc([r[k] for r in rows], right):.3f} |")


if __name__ == "__main__":
    main()
