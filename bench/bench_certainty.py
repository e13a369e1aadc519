"""Graded certainty on Pei & Jurgens (2021) sentence certainty ratings (1..6), val split.

Pearson r between each system's certainty and the mean rating, on the 136 val
sentences (the weights were learned on train by bench/learn_certainty.py; the test
rows are held back by the data's curator). Baselines in the same run: a count of
Hyland (2005) hedges, negated; mediadiff's hedge score (strongest hedge cue), negated.

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
from learn_certainty import read_split  # noqa: E402
from scipy.stats import pearsonr  # noqa: E402

from mediadiff.tone.certainty import sentence_certainty  # noqa: E402
from mediadiff.tone.lexicons import load_lexicon, tokenize  # noqa: E402


def main() -> None:
    t0 = time.perf_counter()
    hyland_list, news = hyland(), load_lexicon()

    def hedge_score(text: str) -> float:
        tokens = tokenize(text)
        return news.hedge_score(tokens, news.find(text, tokens))

    systems = {
        "Hyland 2005 hedge count, negated": lambda t: -len(hyland_list.find(t)),
        "mediadiff strongest hedge cue (`hedge_score`), negated": lambda t: -hedge_score(t),
        "**mediadiff `certainty`** (learned on train)": lambda t: sentence_certainty(t).value,
    }
    splits = {"train (1,084; tuning)": read_split("train"), "val (136; held out)": read_split("val")}
    lines = ["| system | " + " | ".join(splits) + " |", "|---|" + "---|" * len(splits)]
    for name, system in systems.items():
        cells = [f"{pearsonr([system(t) for t, _ in rows], [y for _, y in rows])[0]:.3f}" for rows in splits.values()]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    table = "\n".join(lines)
    print(table)
    write_section("certainty", f"""## Graded certainty (Pei & Jurgens 2021 sentence ratings, Pearson r)

Command: `python bench/bench_certainty.py` ({time.perf_counter() - t0:.0f} s). Weights re-learned with
`python bench/learn_certainty.py` (train split only; penalty by 5-fold CV on train).

{table}

The model (`mediadiff/tone/certainty.py`) is a ridge regression over how a sentence is written: news-lexicon
hedges and boosters, attribution and evidentials, modal verbs, conditionals, negation and hedges/boosters
inside its scope, length, numbers, and presence of function and epistemic words and their bigrams (no
content words, so topic cannot move certainty). Train r is in-sample and optimistic; val is held out.
The data are science findings (papers and news), not general news.
""")


if __name__ == "__main__":
    main()
