"""Fit ``align.params.PARAPHRASE_MODEL`` (``paraphrase_probability``) on MSRP *train* only.

A logistic regression (L2 penalty, Newton's method, numpy) over
``mediadiff.align.paraphrase.paraphrase_features``: the word aligner's signals,
the information it leaves unaligned, and offline machine-translation metrics
(BLEU-like n-gram overlaps, METEOR-like F-mean with fragmentation, TER-like
edit rates; Madnani et al. 2012). The penalty is chosen by 10-fold
cross-validation on train (three shuffles; in each fold the threshold is
chosen on the fold's training part, best F1), then the model is fitted on all
of train and its threshold is the best-F1 threshold on train, the same rule
``bench/bench_msrp.py`` applies to every method. MSRP test is not read here.

Also printed, for the record (10-fold CV on train, same folds): the feature
groups left out one at a time, and TF-KLD word weights (Ji and Eisenstein
2013: KL divergence of a word being shared by paraphrases vs non-paraphrases,
learned inside each fold, stacked out of fold) as extra features; the latter
was not shipped (see bench/results/align.md).

The printed coefficients are copied by hand into ``mediadiff/align/params.py``.

Usage (repository root)::

    python bench/learn_paraphrase.py [--tfkld]

Data: ``$MEDIADIFF_BENCH_DATA/msrp`` or ``../shared/bench/msrp``.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import bench_msrp  # noqa: E402

from mediadiff.align.paraphrase import FEATURE_NAMES, paraphrase_features  # noqa: E402
from mediadiff.align.wordalign import analyse  # noqa: E402

PENALTIES = (0.3, 1.0, 3.0, 10.0, 30.0)
SHUFFLES = (0, 1, 2)
GROUPS = {
    "alignment signals": FEATURE_NAMES[:8],
    "unaligned information and words": FEATURE_NAMES[8:14],
    "n-gram overlaps (BLEU-like)": FEATURE_NAMES[14:26],
    "METEOR-like": FEATURE_NAMES[26:28],
    "edit rates (TER-like)": FEATURE_NAMES[28:30],
    "longest unaligned run": FEATURE_NAMES[30:32],
    "lengths": FEATURE_NAMES[32:],
}


def fit(x: np.ndarray, y: np.ndarray, penalty: float) -> tuple[np.ndarray, float]:
    """L2-penalised logistic regression on standardised features; coefficients in the features' own units."""
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-9
    z = (x - mean) / scale
    k = z.shape[1]
    theta = np.zeros(k + 1)
    design = np.hstack([z, np.ones((len(z), 1))])
    ridge = np.diag(np.r_[np.full(k, penalty), 0.0])
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-(design @ theta)))
        gradient = design.T @ (p - y) + ridge @ theta
        hessian = design.T @ (design * (p * (1 - p))[:, None]) + ridge
        step = np.linalg.solve(hessian, gradient)
        theta -= step
        if np.abs(step).max() < 1e-10:
            break
    weights = theta[:k] / scale
    return weights, float(theta[k] - weights @ mean)


def probability(x: np.ndarray, weights: np.ndarray, intercept: float) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(x @ weights + intercept)))


def folds(n: int, seed: int, k: int = 10) -> list[tuple[np.ndarray, np.ndarray]]:
    order = np.random.default_rng(seed).permutation(n)
    parts = np.array_split(order, k)
    return [(np.setdiff1d(order, part), part) for part in parts]


def cv_f1(x: np.ndarray, y: np.ndarray, penalty: float, extra=None) -> float:
    """Mean F1 over 10 folds x SHUFFLES; ``extra(train_idx, test_idx)`` adds fold-made columns."""
    scores = []
    for seed in SHUFFLES:
        for train, test in folds(len(y), seed):
            xs = x if extra is None else np.hstack([x, extra(train, test)])
            weights, intercept = fit(xs[train], y[train], penalty)
            threshold = bench_msrp.best_threshold(probability(xs[train], weights, intercept), y[train])
            scores.append(bench_msrp.metrics(probability(xs[test], weights, intercept), y[test], threshold)[1])
    return float(np.mean(scores))


def tfkld_columns(pairs: list, y: np.ndarray):
    """TF-KLD features made inside each fold (weights from the fold's train part, stacked out of fold)."""
    def units(text: str) -> set[str]:
        stems = [min(t.stems) if t.stems else t.norm for t in analyse(text)]
        return set(stems) | {f"{p} {q}" for p, q in zip(stems, stems[1:])}

    sides = [(units(a), units(b)) for _, a, b in pairs]

    def learn(idx: np.ndarray) -> tuple[dict[str, float], float]:
        one, both = (Counter(), Counter()), (Counter(), Counter())
        for i in idx:
            ua, ub = sides[i]
            one[y[i]].update(ua | ub)
            both[y[i]].update(ua & ub)
        weights = {}
        for unit in set(one[0]) | set(one[1]):
            p = (both[1][unit] + 0.05) / (one[1][unit] + 0.1)
            q = (both[0][unit] + 0.05) / (one[0][unit] + 0.1)
            weights[unit] = p * np.log(p / q) + (1 - p) * np.log((1 - p) / (1 - q))
        return weights, float(np.median(list(weights.values())))

    def columns(idx: np.ndarray, weights: dict[str, float], default: float) -> np.ndarray:
        out = []
        for i in idx:
            ua, ub = sides[i]
            wa, wb = (sum(weights.get(u, default) for u in s) for s in (ua, ub))
            shared = sum(weights.get(u, default) for u in ua & ub)
            left = sorted((wa - shared, wb - shared))
            out.append([2 * shared / (wa + wb + 1e-9), *left, *np.log1p(left)])
        return np.array(out)

    def extra(train: np.ndarray, test: np.ndarray) -> np.ndarray:
        out = np.zeros((len(y), 5))
        out[test] = columns(test, *learn(train))
        for part in np.array_split(train, 5):
            out[part] = columns(part, *learn(np.setdiff1d(train, part)))
        return out

    return extra


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tfkld", action="store_true", help="also cross-validate TF-KLD features (slow)")
    args = parser.parse_args(argv)
    train = bench_msrp.load("train")
    x = np.array([paraphrase_features(a, b) for _, a, b in train])
    y = np.array([label for label, _, _ in train], dtype=float)
    print(f"MSRP train: {len(train)} pairs, {x.shape[1]} features; 10-fold CV x {len(SHUFFLES)} shuffles\n")
    print("| L2 penalty (standardised features) | CV F1 |\n|---|---|")
    cv = {penalty: cv_f1(x, y, penalty) for penalty in PENALTIES}
    for penalty, f1 in cv.items():
        print(f"| {penalty} | {f1:.4f} |")
    penalty = max(cv, key=lambda p: (round(cv[p], 4), p))
    print(f"\nchosen penalty {penalty}\n\n| left out | CV F1 | change |\n|---|---|---|")
    for group, names in GROUPS.items():
        keep = [k for k, name in enumerate(FEATURE_NAMES) if name not in names]
        f1 = cv_f1(x[:, keep], y, penalty)
        print(f"| {group} | {f1:.4f} | {f1 - cv[penalty]:+.4f} |")
    if args.tfkld:
        f1 = cv_f1(x, y, penalty, tfkld_columns(train, y.astype(int)))
        print(f"| (added) TF-KLD weighted overlap and unshared weight | {f1:.4f} | {f1 - cv[penalty]:+.4f} |")
    weights, intercept = fit(x, y, penalty)
    threshold = bench_msrp.best_threshold(probability(x, weights, intercept), y)
    print(f"\ntrain F1 at threshold {threshold}: "
          f"{bench_msrp.metrics(probability(x, weights, intercept), y, threshold)[1]:.4f}\n")
    print(f"PARAPHRASE_MODEL = ParaphraseModel(\n    intercept={intercept:.6g},\n    weights=(")
    for name, weight in zip(FEATURE_NAMES, weights):
        print(f"        {weight:.6g},  # {name}")
    print(f"    ),\n    threshold={threshold},\n)")


if __name__ == "__main__":
    main()
