"""Event grouping on GoogleNews-TS (11,109 short texts, 152 stories): accuracy and NMI.

    python bench/bench_googlenews.py           # defaults, all items and the test half
    python bench/bench_googlenews.py --tune    # threshold grid on the dev half only

The story threshold is the one for full articles; ``group_texts`` lowers it for a corpus
whose texts share little by chance (``events/calibration.py``): each row prints the
threshold actually used. The calibration was chosen on the dev half.

mediadiff is not told k. Accuracy uses Hungarian matching (one cluster per story),
so over-splitting costs accuracy; the number of clusters found is reported beside it.
Dev half = stories with an odd label, test half = even labels (split by story id).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mediadiff.events.calibration import story_threshold_for  # noqa: E402
from mediadiff.events.grouping import DEFAULT_THRESHOLD, group_texts  # noqa: E402
from mediadiff.events.params import NAME_WEIGHT, NUMBER_WEIGHT  # noqa: E402
from mediadiff.events.vectors import vectorize  # noqa: E402

DATA = Path(os.environ.get("MEDIADIFF_BENCH_DATA", Path(__file__).resolve().parents[2] / "shared" / "bench"))


def load() -> tuple[list[int], list[str]]:
    labels, texts = [], []
    for line in (DATA / "googlenews_ts" / "GoogleNews-TS.txt").read_text(encoding="utf-8").splitlines():
        label, _, text = line.partition("\t")
        labels.append(int(label))
        texts.append(text)
    return labels, texts


def accuracy(gold: list, pred: list) -> float:
    """Clustering accuracy: best one-to-one matching of clusters to classes (Hungarian)."""
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    g_ids = {g: i for i, g in enumerate(sorted(set(gold)))}
    p_ids = {p: i for i, p in enumerate(sorted(set(pred)))}
    counts = np.zeros((len(p_ids), len(g_ids)), dtype=int)
    for g, p in zip(gold, pred, strict=False):
        counts[p_ids[p], g_ids[g]] += 1
    rows, cols = linear_sum_assignment(counts, maximize=True)
    return counts[rows, cols].sum() / len(gold)


def kmeans(texts: list[str], k: int, seeds: int = 5) -> tuple[list[list[int]], float]:
    """tf-idf (sublinear) + k-means with the gold k, one run per seed; mean seconds per run."""
    from sklearn.cluster import KMeans
    from sklearn.feature_extraction.text import TfidfVectorizer

    runs = []
    start = time.perf_counter()
    for seed in range(seeds):
        x = TfidfVectorizer(sublinear_tf=True).fit_transform(texts)
        runs.append(KMeans(n_clusters=k, random_state=seed, n_init=1).fit_predict(x).tolist())
    return runs, (time.perf_counter() - start) / seeds


def row(name: str, method: str, gold: list, preds: list[list[int]], seconds: float) -> str:
    from sklearn.metrics import normalized_mutual_info_score

    acc = sum(accuracy(gold, p) for p in preds) / len(preds)
    nmi = sum(normalized_mutual_info_score(gold, p) for p in preds) / len(preds)
    found = sum(len(set(p)) for p in preds) / len(preds)
    return f"| {name} | {method} | {len(set(gold))} | {found:.0f} | {acc:.3f} | {nmi:.3f} | {seconds:.1f} |"


def used(texts: list[str], threshold: float) -> float:
    """The story threshold ``group_texts`` uses on ``texts`` after chance calibration."""
    return story_threshold_for(vectorize(texts, name_weight=NAME_WEIGHT, number_weight=NUMBER_WEIGHT).matrix, threshold)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tune", action="store_true", help="threshold grid on the dev half")
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    args = parser.parse_args()
    labels, texts = load()
    halves = {
        "dev half (odd stories)": [i for i, g in enumerate(labels) if g % 2],
        "test half (even stories)": [i for i, g in enumerate(labels) if not g % 2],
        "all": list(range(len(labels))),
    }
    header = "| items | method | stories | k found | ACC | NMI | seconds |\n|---|---|---|---|---|---|---|"
    if args.tune:
        dev = halves["dev half (odd stories)"]
        gold = [labels[i] for i in dev]
        print(header)
        for t in (0.15, 0.20, 0.25, 0.30, 0.35):
            start = time.perf_counter()
            pred = group_texts([texts[i] for i in dev], threshold=t).tolist()
            method = f"mediadiff t={t:.2f} (used {used([texts[i] for i in dev], t):.3f})"
            print(row("dev", method, gold, [pred], time.perf_counter() - start))
        return
    print(f"mediadiff threshold={args.threshold}\n")
    print(header)
    for name, items in halves.items():
        gold = [labels[i] for i in items]
        subset = [texts[i] for i in items]
        runs, seconds = kmeans(subset, len(set(gold)))
        print(row(name, "tf-idf + k-means, k given (mean of 5 seeds)", gold, runs, seconds))
        start = time.perf_counter()
        pred = group_texts(subset, threshold=args.threshold).tolist()
        method = f"mediadiff group_texts, k not given (threshold used {used(subset, args.threshold):.3f})"
        print(row(name, method, gold, [pred], time.perf_counter() - start))
    print("| all | SCCL (Zhang et al. 2021, published) | 152 | 152 | 0.898 | - | - |")


if __name__ == "__main__":
    main()
