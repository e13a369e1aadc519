"""Tone toward a named target on NewsMTSC devtest_mt (Hamborg & Donnay 2021): macro-F1, 3 classes.

Systems, all in the same run: VADER on the whole sentence (ignoring the target; the data
curator's anchor, 0.496), mediadiff's news tone of the whole sentence, mediadiff's news tone
of the mention's clause only (no learning), and ``mediadiff.tone_toward`` (weights learned on
train by bench/learn_target_tone.py). devtest_mt holds sentences with two or more targets,
so a sentence-level score cannot tell them apart.

    MEDIADIFF_BENCH_DATA=/path/to/bench python bench/bench_newsmtsc.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_hedging import write_section  # noqa: E402
from learn_target_tone import read_mentions  # noqa: E402
from sklearn.metrics import f1_score  # noqa: E402

from mediadiff.tone.sentiment import label_of, sentence_tone  # noqa: E402
from mediadiff.tone.toward import clause_around, target_tone  # noqa: E402


def main() -> None:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    t0 = time.perf_counter()
    vader = SentimentIntensityAnalyzer()

    def clause(s: str, a: int, b: int) -> str:
        left, right = clause_around(s, a, b)
        return label_of(sentence_tone(s[left:right]).compound)

    systems = {
        "VADER, whole sentence": lambda s, a, b: label_of(vader.polarity_scores(s)["compound"]),
        "mediadiff news tone, whole sentence": lambda s, a, b: label_of(sentence_tone(s).compound),
        "mediadiff news tone of the mention's clause (no learning)": clause,
        "**`mediadiff.tone_toward`** (learned on train)": lambda s, a, b: target_tone(s, a, b).label,
    }
    splits = {"train (tuning, in-sample)": read_mentions("train"), "devtest_mt (held out)": read_mentions("devtest_mt")}
    lines = ["| system | " + " | ".join(f"{name} macro-F1" for name in splits) + " |",
             "|---|" + "---|" * len(splits)]
    for name, system in systems.items():
        cells = []
        for rows in splits.values():
            predicted = [system(s, a, b) for s, a, b, _, _ in rows]
            cells.append(f"{f1_score([r[3] for r in rows], predicted, average='macro'):.3f}")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    table = "\n".join(lines)
    print(table)
    n_train, n_test = (len(rows) for rows in splits.values())
    write_section("newsmtsc", f"""## Tone toward a target (NewsMTSC, Hamborg & Donnay 2021; macro-F1 over 3 classes)

Command: `python bench/bench_newsmtsc.py` ({time.perf_counter() - t0:.0f} s). Weights re-learned with
`python bench/learn_target_tone.py` (train only; C by 5-fold CV grouped by sentence). {n_train:,} train and
{n_test:,} devtest_mt mentions (devtest_rw is held back by the data's curator).

{table}

`tone_toward(sentence, start, end)` is a multinomial logistic regression over the news tone of the
sentence, of the mention's clause (out to the nearest , ; : — ( or quote mark) and a distance-weighted
sum of news valences, plus the words around the mention and in its clause; it returns P(positive) -
P(negative) and, for this table, the most probable class. Published anchor: the paper's fine-tuned
RoBERTa model (GRU-TSC) reaches about 0.83 on devtest_rw.
""")


if __name__ == "__main__":
    main()
