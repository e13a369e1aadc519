"""MSRP paraphrase benchmark for ``mediadiff.align.similarity.sentence_similarity``.

Chooses each method's decision threshold on MSRP *train* (best F1 of the
paraphrase class), then reports test accuracy and F1 beside baselines measured
in the same run: always "paraphrase", word-set Jaccard, tf-idf cosine (idf over
train and test sentences) and the previous score (``overlap_similarity``), each
with its own threshold from train. The chosen threshold of
``sentence_similarity`` is ``align.params.PARAPHRASE_THRESHOLD``.

Usage (from the repository root)::

    python bench/bench_msrp.py [--write bench/results/msrp.md]

Data: ``$MEDIADIFF_BENCH_DATA/msrp`` or ``<repo>/../shared/bench/msrp``.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from similarity_baselines import data_dir, jaccard, tfidf_cosine  # noqa: E402

from mediadiff.align import paraphrase, similarity, wordalign  # noqa: E402
from mediadiff.align.params import PARAPHRASE_MODEL  # noqa: E402
from mediadiff.align.paraphrase import paraphrase_probability  # noqa: E402
from mediadiff.align.similarity import overlap_similarity, sentence_similarity  # noqa: E402

Pair = tuple[int, str, str]


def load(split: str) -> list[Pair]:
    """Rows of MSRP ``split`` as (label, sentence 1, sentence 2); ``<QUOTE>`` -> ``"``."""
    rows = []
    with (data_dir("msrp") / f"msr_paraphrase_{split}.txt").open(encoding="utf-8-sig") as handle:
        next(handle)
        for line in handle:
            quality, _, _, a, b = line.rstrip("\n").split("\t")
            rows.append((int(quality), a.replace("<QUOTE>", '"'), b.replace("<QUOTE>", '"')))
    return rows


def metrics(scores: Sequence[float], labels: Sequence[int], threshold: float) -> tuple[float, float]:
    """(accuracy, F1 of the paraphrase class) of ``score >= threshold``."""
    predicted = np.asarray(scores) >= threshold
    gold = np.asarray(labels) == 1
    tp, fp, fn = int((predicted & gold).sum()), int((predicted & ~gold).sum()), int((~predicted & gold).sum())
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return float((predicted == gold).mean()), f1


def best_threshold(scores: Sequence[float], labels: Sequence[int]) -> float:
    """Threshold (scores rounded to 4 places) maximising F1; ties go to the higher threshold."""
    values = np.round(np.asarray(scores, dtype=float), 4)
    gold = np.asarray(labels) == 1
    order = np.argsort(-values, kind="stable")
    ranked, hits = values[order], gold[order]
    tp = np.cumsum(hits)
    fp = np.cumsum(~hits)
    f1 = 2 * tp / (tp + fp + gold.sum())
    last_of_value = np.r_[ranked[1:] != ranked[:-1], True]
    f1 = np.where(last_of_value, f1, -1.0)
    return float(ranked[int(np.flatnonzero(f1 == f1.max())[0])])


def evaluate(score: Callable[[str, str], float], train: list[Pair], test: list[Pair]) -> dict:
    tr_scores = [score(a, b) for _, a, b in train]
    threshold = best_threshold(tr_scores, [y for y, _, _ in train])
    # Test sentences not seen before (per-sentence and per-pair caches emptied, so no method reuses
    # another's work); word lists warmed by the train pass.
    for cached in (wordalign.analyse, wordalign._keyed, wordalign._align_ordered, similarity.features,
                   similarity.alignment_signals,
                   paraphrase.paraphrase_features):
        cached.cache_clear()
    started = time.process_time()
    te_scores = [score(a, b) for _, a, b in test]
    elapsed = time.process_time() - started
    return {"threshold": threshold, "train": metrics(tr_scores, [y for y, _, _ in train], threshold),
            "test": metrics(te_scores, [y for y, _, _ in test], threshold),
            "us_per_pair": 1e6 * elapsed / len(test)}


def main(argv: Sequence[str] | None = None) -> str:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", type=Path, help="also write the Markdown table to this file")
    args = parser.parse_args(argv)
    train, test = load("train"), load("test")
    always = metrics([1.0] * len(test), [y for y, _, _ in test], 0.5)
    results = {
        "**paraphrase_probability** (logistic regression: alignment + MT metrics)":
            evaluate(paraphrase_probability, train, test),
        "**sentence_similarity** (word alignment + surface, conflicts)": evaluate(sentence_similarity, train, test),
        "previous sentence_similarity (overlap_similarity)": evaluate(overlap_similarity, train, test),
        "tf-idf cosine": evaluate(tfidf_cosine([(0.0, a, b) for _, a, b in train + test]), train, test),
        "word-set Jaccard": evaluate(jaccard, train, test),
    }
    lines = [
        f"MSRP: train {len(train)} pairs, test {len(test)} pairs; thresholds chosen on train (best F1).",
        "",
        "| method | threshold (train) | train acc | train F1 | test acc | test F1 | µs per pair (CPU) |",
        "|---|---|---|---|---|---|---|",
        f"| always paraphrase | - | - | - | {always[0]:.3f} | {always[1]:.3f} | - |",
    ]
    for name, r in results.items():
        lines.append(
            f"| {name} | {r['threshold']:.4f} | {r['train'][0]:.3f} | {r['train'][1]:.3f} "
            f"| {r['test'][0]:.3f} | {r['test'][1]:.3f} | {r['us_per_pair']:.0f} |"
        )
    shipped = results["**paraphrase_probability** (logistic regression: alignment + MT metrics)"]["threshold"]
    lines.append(f"\nparaphrase_probability's threshold from train {shipped:.4f}; "
                 f"align.params.PARAPHRASE_MODEL.threshold {PARAPHRASE_MODEL.threshold:.4f}")
    text = "\n".join(lines)
    print(text)
    if args.write:
        args.write.parent.mkdir(parents=True, exist_ok=True)
        args.write.write_text(text + "\n", encoding="utf-8")
    return text


if __name__ == "__main__":
    main()
