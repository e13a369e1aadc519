"""Graded certainty on Pei & Jurgens (2021) sentence certainty ratings (1..6), val split.

Pearson r between each system's certainty and the mean rating, on the 136 val
sentences (the weights were learned on train by bench/learn_certainty.py; the test
rows are held back by the data's curator). Baselines in the same run: a count of
Hyland (2005) hedges, negated; mediadiff's hedge score (strongest hedge cue), negated; the model
before the published-list words (function-word bigrams), re-fitted on train as it was learned.

    MEDIADIFF_BENCH_DATA=/path/to/bench python bench/bench_certainty.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_hedging import hyland, write_section  # noqa: E402
from learn_certainty import BEFORE, base_features, fit, predict, read_split, sentence_words  # noqa: E402
from scipy.stats import pearsonr  # noqa: E402

from mediadiff.tone.certainty import sentence_certainty  # noqa: E402
from mediadiff.tone.lexicons import load_lexicon, tokenize  # noqa: E402

# The penalty grouped CV on train chose for the model before this pass (bench/try_certainty_families.py).
BEFORE_PENALTY = 30


def paired_bootstrap(new: list[float], old: list[float], gold: list[float], *,
                     rounds: int = 2000) -> tuple[float, float, float]:
    """2.5th, 50th and 97.5th percentiles of r(new) - r(old) over resamples of the same sentences."""
    import numpy as np

    a, b, y = np.array(new), np.array(old), np.array(gold)
    rng, diffs = np.random.default_rng(0), []
    for _ in range(rounds):
        i = rng.integers(0, len(y), len(y))
        diffs.append(np.corrcoef(a[i], y[i])[0, 1] - np.corrcoef(b[i], y[i])[0, 1])
    low, mid, high = np.percentile(diffs, [2.5, 50, 97.5])
    return float(low), float(mid), float(high)


def main() -> None:
    t0 = time.perf_counter()
    hyland_list, news = hyland(), load_lexicon()

    def hedge_score(text: str) -> float:
        tokens = tokenize(text)
        return news.hedge_score(tokens, news.find(text, tokens))

    train = read_split("train")
    before = fit(base_features([t for t, _ in train]), sentence_words([t for t, _ in train]),
                 [(y - 1) / 5 for _, y in train], BEFORE_PENALTY, families=BEFORE)

    def before_model(text: str) -> float:
        return predict(*before, base_features([text]), sentence_words([text]))[0]

    systems = {
        "Hyland 2005 hedge count, negated": lambda t: -len(hyland_list.find(t)),
        "mediadiff strongest hedge cue (`hedge_score`), negated": lambda t: -hedge_score(t),
        "mediadiff `certainty` before the list words (function-word bigrams; re-fitted on train)": before_model,
        "**mediadiff `certainty`** (learned on train)": lambda t: sentence_certainty(t).value,
    }
    splits = {"train (1,084; tuning)": train, "val (136; held out)": read_split("val")}
    lines = ["| system | " + " | ".join(splits) + " |", "|---|" + "---|" * len(splits)]
    for name, system in systems.items():
        cells = [f"{pearsonr([system(t) for t, _ in rows], [y for _, y in rows])[0]:.3f}" for rows in splits.values()]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    table = "\n".join(lines)
    val = splits["val (136; held out)"]
    low, mid, high = paired_bootstrap([sentence_certainty(t).value for t, _ in val],
                                      [before_model(t) for t, _ in val], [y for _, y in val])
    table += (f"\n\nOn val, r of the shipped model minus r of the model before the list words: {mid:+.3f} "
              f"(95% paired bootstrap interval {low:+.3f} to {high:+.3f}, 2,000 resamples of the 136 sentences).")
    print(table)
    write_section("certainty", f"""## Graded certainty (Pei & Jurgens 2021 sentence ratings, Pearson r)

Command: `python bench/bench_certainty.py` ({time.perf_counter() - t0:.0f} s). Weights re-learned with
`python bench/learn_certainty.py` (train split only; penalty by grouped 5-fold CV on train, 5 shuffles);
feature families compared by that CV in `python bench/try_certainty_families.py` (table below).

{table}

The model (`mediadiff/tone/certainty.py`) is a ridge regression over how a sentence is written: news-lexicon
hedges and boosters, attribution and evidentials, modal verbs, conditionals, negation and hedges/boosters
inside its scope, length, numbers, and presence of function and epistemic words, among them the words of
five published epistemic lists (Hyland 2005 hedges, sharing one weight besides their own; Hooper 1975
factives and assertives; Karttunen 1971 implicatives; Recasens et al. 2013 report verbs), each shown as a
cue when present (no content words, so topic cannot move certainty). Train r is in-sample and optimistic;
val is held out.
The data are science findings (papers and news), not general news.
""")


if __name__ == "__main__":
    main()
