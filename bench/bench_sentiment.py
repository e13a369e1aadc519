"""Sentence sentiment on the VADER NYT editorial ground truth (Hutto & Gilbert 2014).

Pearson r of compound vs the mean human rating, and 3-class F1 (support-weighted;
gold class from mean/4 with ±0.05, predicted from compound with ±0.05), for plain
vaderSentiment and for mediadiff's default scorer, in the same run. Also split
by article id parity (odd / even) so any future news-specific change can be tuned
on one half and reported on the other.

    python bench/bench_sentiment.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_hedging import write_section  # noqa: E402
from learn_hedge_weights import bench_dir  # noqa: E402
from scipy.stats import pearsonr  # noqa: E402
from sklearn.metrics import f1_score  # noqa: E402

from mediadiff.scoring import label_of, sentence_sentiment  # noqa: E402


def read_nyt() -> list[tuple[str, float, str]]:
    """(id, mean rating in -4..4, text) rows; CRLF and stray BOM handled."""
    path = bench_dir() / "vader_groundtruth" / "nytEditorialSnippets_GroundTruth.txt"
    rows = []
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        parts = line.split("\t", 2)
        if len(parts) == 3:
            rows.append((parts[0], float(parts[1]), parts[2]))
    return rows


def evaluate(pred: list[float], gold: list[float]) -> tuple[float, float]:
    r = float(pearsonr(pred, gold)[0])
    f1 = f1_score([label_of(g / 4) for g in gold], [label_of(p) for p in pred], average="weighted")
    return r, float(f1)


def main() -> None:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    t0 = time.perf_counter()
    rows = read_nyt()
    plain = SentimentIntensityAnalyzer()
    systems = {
        "vaderSentiment, plain `polarity_scores`": [plain.polarity_scores(t)["compound"] for _, _, t in rows],
        "mediadiff default (`sentence_sentiment`)": [sentence_sentiment(t)[0] for _, _, t in rows],
    }
    gold = [g for _, g, _ in rows]
    odd = [int(i.split("_")[0]) % 2 == 1 for i, _, _ in rows]
    subsets = {
        f"all ({len(rows):,})": [True] * len(rows),
        f"odd article ids ({sum(odd):,})": odd,
        f"even article ids ({len(rows) - sum(odd):,})": [not o for o in odd],
    }
    lines = ["| system | " + " | ".join(f"{s} r / F1" for s in subsets) + " |", "|---|" + "---|" * len(subsets),
             "| Hutto & Gilbert 2014, Table 4 (VADER) | 0.492 / 0.55 | – | – |"]
    for name, pred in systems.items():
        cells = []
        for mask in subsets.values():
            r, f1 = evaluate([p for p, m in zip(pred, mask) if m], [g for g, m in zip(gold, mask) if m])
            cells.append(f"{r:.3f} / {f1:.3f}")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    table = "\n".join(lines)
    print(table)
    write_section("sentiment", f"""## Sentiment (NYT editorial snippets, Hutto & Gilbert 2014)

Command: `python bench/bench_sentiment.py` ({time.perf_counter() - t0:.0f} s). Pearson r of compound vs mean
rating; 3-class F1 support-weighted (gold = mean/4 with ±0.05, predicted = compound with ±0.05).

{table}

mediadiff's default is plain VADER (vaderSentiment 3.3.2 lexicon and rules, one cached analyzer), so the two
rows are identical by construction; `sentence_sentiment` adds only the explanation (lexicon words and valences).
No news-specific change was adopted: none was validated on a held-out half yet (the odd/even split is there for that).
""")


if __name__ == "__main__":
    main()
