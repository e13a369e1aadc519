"""MSRP paraphrase benchmark for ``mediadiff.align.similarity.sentence_similarity``.

Chooses the decision threshold on MSRP *train* (best F1 of the paraphrase
class), then reports test accuracy and F1 beside two baselines measured in the
same run: always "paraphrase", and word-set Jaccard with its own threshold
chosen on train. The chosen threshold is ``align.DEFAULT_THRESHOLD``.

Usage (from the repository root)::

    python bench/bench_msrp.py [--write bench/results/align.md]

Data: ``$MEDIADIFF_BENCH_DATA/msrp`` or ``<repo>/../shared/bench/msrp``.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mediadiff.align.similarity import sentence_similarity  # noqa: E402

Pair = tuple[int, str, str]


def data_dir() -> Path:
    env = os.environ.get("MEDIADIFF_BENCH_DATA")
    base = Path(env) if env else Path(__file__).resolve().parents[2] / "shared" / "bench"
    return base / "msrp"


def load(split: str) -> list[Pair]:
    """Rows of MSRP ``split`` as (label, sentence 1, sentence 2); ``<QUOTE>`` -> ``"``."""
    rows = []
    path = data_dir() / f"msr_paraphrase_{split}.txt"
    with path.open(encoding="utf-8-sig") as handle:
        next(handle)
        for line in handle:
            quality, _, _, a, b = line.rstrip("\n").split("\t")
            rows.append((int(quality), a.replace("<QUOTE>", '"'), b.replace("<QUOTE>", '"')))
    return rows


def jaccard(a: str, b: str) -> float:
    sa, sb = set(a.lower().split()), set(b.lower().split())
    return len(sa & sb) / len(sa | sb) if sa | sb else 0.0


def metrics(scores: Sequence[float], labels: Sequence[int], threshold: float) -> tuple[float, float]:
    """(accuracy, F1 of the paraphrase class) of ``score >= threshold``."""
    tp = fp = fn = tn = 0
    for score, label in zip(scores, labels):
        predicted = score >= threshold
        tp += predicted and label == 1
        fp += predicted and label == 0
        fn += not predicted and label == 1
        tn += not predicted and label == 0
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return (tp + tn) / len(labels), f1


def best_threshold(scores: Sequence[float], labels: Sequence[int]) -> float:
    """Threshold maximising F1 on these scores (ties: the higher threshold)."""
    best, best_f1 = 1.0, -1.0
    for threshold in sorted(set(round(s, 4) for s in scores)):
        f1 = metrics(scores, labels, threshold)[1]
        if f1 >= best_f1:
            best, best_f1 = threshold, f1
    return best


def evaluate(score: Callable[[str, str], float], train: list[Pair], test: list[Pair]) -> dict:
    tr_scores = [score(a, b) for _, a, b in train]
    threshold = best_threshold(tr_scores, [y for y, _, _ in train])
    started = time.perf_counter()
    te_scores = [score(a, b) for _, a, b in test]
    elapsed = time.perf_counter() - started
    te_acc, te_f1 = metrics(te_scores, [y for y, _, _ in test], threshold)
    tr_acc, tr_f1 = metrics(tr_scores, [y for y, _, _ in train], threshold)
    return {"threshold": threshold, "train": (tr_acc, tr_f1), "test": (te_acc, te_f1),
            "us_per_pair": 1e6 * elapsed / len(test)}


def main(argv: Sequence[str] | None = None) -> str:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", type=Path, help="also write the Markdown table to this file")
    args = parser.parse_args(argv)
    train, test = load("train"), load("test")
    labels = [y for y, _, _ in test]
    always = metrics([1.0] * len(test), labels, 0.5)
    results = {
        "sentence_similarity": evaluate(sentence_similarity, train, test),
        "word-set Jaccard": evaluate(jaccard, train, test),
    }
    lines = [
        f"MSRP: train {len(train)} pairs, test {len(test)} pairs; thresholds chosen on train (best F1).",
        "",
        "| method | threshold (train) | train acc | train F1 | test acc | test F1 |",
        "|---|---|---|---|---|---|",
        f"| always paraphrase | - | - | - | {always[0]:.3f} | {always[1]:.3f} |",
    ]
    for name, r in results.items():
        lines.append(
            f"| {name} | {r['threshold']:.4f} | {r['train'][0]:.3f} | {r['train'][1]:.3f} "
            f"| {r['test'][0]:.3f} | {r['test'][1]:.3f} |"
        )
    lines.append("")
    lines.append(f"sentence_similarity: {results['sentence_similarity']['us_per_pair']:.0f} µs per pair "
                 "(test, warm stem cache).")
    text = "\n".join(lines)
    print(text)
    if args.write:
        args.write.parent.mkdir(parents=True, exist_ok=True)
        args.write.write_text(text + "\n", encoding="utf-8")
    return text


if __name__ == "__main__":
    main()
