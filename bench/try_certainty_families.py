"""Which feature families of the certainty model generalise: grouped 5-fold CV on Pei & Jurgens TRAIN.

Every row is re-fitted by ``bench/learn_certainty.py``'s ``fit`` on the same folds (5 shuffles x 5
grouped folds, near-restatements of one finding kept in one fold), each at its best penalty of
``PENALTIES``; ``diff`` is its mean fold-by-fold difference from the model before this pass (bigrams of
function words, no published-list words), ``sd`` the standard deviation of that difference's mean over
the 5 shuffles, ``better`` how many of the 25 folds it wins. Val is not read here.

    MEDIADIFF_BENCH_DATA=/path/to/bench python bench/try_certainty_families.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_certainty import paired_bootstrap  # noqa: E402
from bench_hedging import write_section  # noqa: E402
from learn_certainty import (  # noqa: E402
    BEFORE,
    SHIPPED,
    base_features,
    choose_penalty,
    fit,
    near_duplicate_groups,
    predict,
    read_split,
    sentence_words,
)

ROWS = {
    "before this pass: cues, function, shape, words, bigrams": BEFORE,
    "before, no bigrams": BEFORE - {"bigrams"},
    "before, no words, no bigrams": BEFORE - {"words", "bigrams"},
    "before, no cues": BEFORE - {"cues"},
    "before, no function": BEFORE - {"function"},
    "before, no shape": BEFORE - {"shape"},
    "before, no bigrams, + list words": BEFORE - {"bigrams"} | {"list_words"},
    "**shipped**: no bigrams, + list words, + Hyland count": SHIPPED,
    "shipped + bigrams": SHIPPED | {"bigrams"},
    "shipped, no cues": SHIPPED - {"cues"},
    "shipped, no function": SHIPPED - {"function"},
    "shipped, no shape": SHIPPED - {"shape"},
}


def out_of_fold_gain(texts: list[str], targets: list[float], penalties: dict[frozenset[str], float]) -> str:
    """The shipped model's gain over the model before this pass in out-of-fold r (first shuffle), with a
    paired bootstrap interval over the train sentences: sampling noise, which the shuffles' sd leaves out."""
    from sklearn.model_selection import GroupKFold

    base, words = base_features(texts), sentence_words(texts)
    folds = GroupKFold(5, shuffle=True, random_state=0).split(texts, groups=near_duplicate_groups(texts))
    predicted: dict[frozenset[str], list[float]] = {BEFORE: [0.0] * len(texts), SHIPPED: [0.0] * len(texts)}
    for a, b in folds:
        for families, out in predicted.items():
            model = fit([base[i] for i in a], [words[i] for i in a], [targets[i] for i in a],
                        penalties[families], families=families)
            for i, value in zip(b, predict(*model, [base[i] for i in b], [words[i] for i in b])):
                out[i] = value
    low, mid, high = paired_bootstrap(predicted[SHIPPED], predicted[BEFORE], targets)
    return (f"Out-of-fold r on train (first shuffle), shipped minus before: {mid:+.4f} (95% paired bootstrap "
            f"interval {low:+.4f} to {high:+.4f}, 2,000 resamples of the 1,084 sentences).")


def main() -> None:
    t0 = time.process_time()
    train = read_split("train")
    texts, targets = [t for t, _ in train], [(y - 1) / 5 for _, y in train]
    lines = ["| features | penalty | grouped CV r | diff | sd | better |", "|---|---|---|---|---|---|"]
    print("\n".join(lines))
    reference: list[float] = []
    penalties = {}
    for name, families in ROWS.items():
        penalty, scores = choose_penalty(texts, targets, families=families)
        penalties[families] = penalty
        folds = scores[penalty]
        reference = reference or folds
        diffs = [a - b for a, b in zip(folds, reference)]
        shuffles = [statistics.mean(diffs[i:i + 5]) for i in range(0, len(diffs), 5)]
        lines.append(f"| {name} | {penalty} | {statistics.mean(folds):.4f} | {statistics.mean(diffs):+.4f} | "
                     f"{statistics.stdev(shuffles):.4f} | {sum(d > 0 for d in diffs)}/{len(diffs)} |")
        print(lines[-1], flush=True)
    table = "\n".join(lines) + "\n\n" + out_of_fold_gain(texts, targets, penalties)
    print(table.rsplit("\n", 1)[-1])
    write_section("certainty-families", f"""### Certainty feature families by grouped CV on train (issue 14)

Command: `python bench/try_certainty_families.py` ({time.process_time() - t0:.0f} s CPU). Pei & Jurgens train
only (1,084 sentences); every row re-fitted by `bench/learn_certainty.py`'s `fit` on the same 25 folds (5
shuffles x grouped 5-fold; groups: sentences sharing a quarter of their content words, 5 pairs), each at its
best penalty of 1, 3, 10, 30, 100 (the same choice `learn_certainty.py` makes). `diff`: mean fold-by-fold
difference from the first row (the model before this pass); `sd`: standard deviation over the 5 shuffles of
that difference's mean (fold-assignment noise only); `better`: folds won of 25. Val is not read here.

{table}
""")

if __name__ == "__main__":
    main()
