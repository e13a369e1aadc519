"""STS headlines benchmark for ``mediadiff.align.similarity.sentence_similarity``.

Pearson r (and Spearman rho) between each method's score and the 0-5 gold
similarity of the SemEval STS headline pairs (2013 and 2014, 750 pairs each),
beside baselines measured in the same run: tf-idf cosine (idf over that year's
sentences), word-set Jaccard and the previous score (``overlap_similarity``).
No method is fitted here. Protocol (cross-tuning, ``bench/learn_similarity.py``):
the shipped blend of ``sentence_similarity`` (``align.params.BLEND``) was
chosen with MSRP train + STS *2013* as objective, so its 2014 column is the
held-out figure and its 2013 column a development figure; the row "weights
tuned with 2014" runs the reverse protocol's choice (``REVERSE`` below, MSRP
train + STS 2014), whose 2013 column is the held-out figure for 2013. Caveat:
the word aligner's design (tokenisation rules, WordNet pertainyms, the
spelling rule) came from reading STS 2014 errors, before this protocol.

Usage (from the repository root)::

    python bench/bench_sts.py [--write bench/results/sts.md]

Data: ``$MEDIADIFF_BENCH_DATA/sts_headlines`` or ``<repo>/../shared/bench/sts_headlines``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from similarity_baselines import data_dir, jaccard, pearson, tfidf_cosine  # noqa: E402

from mediadiff.align.params import BlendWeights  # noqa: E402
from mediadiff.align.paraphrase import paraphrase_probability  # noqa: E402
from mediadiff.align.similarity import (  # noqa: E402
    alignment_signals,
    blend,
    overlap_similarity,
    sentence_similarity,
)

YEARS = (2013, 2014)
# The reverse cross-tuning protocol's choice (bench/learn_similarity.py, objective MSRP train F1 + STS 2014 r).
REVERSE = BlendWeights(surface_share=0.2, least_covered=0.0, number_conflict=0.1, antonym=0.15,
                       negation_conflict=0.05, name_conflict_share=0.25, name_conflict=0.0)


def reverse_similarity(a: str, b: str) -> float:
    if a == b:
        return 1.0 if a.strip() else 0.0
    return blend(alignment_signals(a, b), overlap_similarity(a, b), REVERSE)


def load(year: int) -> list[tuple[float, str, str]]:
    """Scored rows of one year as (gold 0-5, headline 1, headline 2); rows without a score are skipped."""
    rows = []
    for line in (data_dir("sts_headlines") / f"headlines{year}.tsv").read_text(encoding="utf-8").splitlines():
        score, a, b = line.split("\t")
        if score.strip():
            rows.append((float(score), a, b))
    return rows


def spearman(x: Sequence[float], y: Sequence[float]) -> float:
    from scipy.stats import spearmanr

    return float(spearmanr(x, y).statistic)


def main(argv: Sequence[str] | None = None) -> str:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", type=Path, help="also write the Markdown table to this file")
    args = parser.parse_args(argv)
    data = {year: load(year) for year in YEARS}
    methods = {
        "**sentence_similarity** (shipped weights, tuned with 2013)": lambda rows: sentence_similarity,
        "sentence_similarity, weights tuned with 2014 (reverse protocol)": lambda rows: reverse_similarity,
        "previous sentence_similarity (overlap_similarity)": lambda rows: overlap_similarity,
        "paraphrase_probability (MSRP paraphrase decision; not the graded score)": lambda rows: paraphrase_probability,
        "tf-idf cosine (idf over the year's headlines)": tfidf_cosine,
        "word-set Jaccard": lambda rows: jaccard,
    }
    header = " | ".join(f"{year} r | {year} rho" for year in YEARS)
    lines = [
        "STS headlines: " + ", ".join(f"{year} {len(rows)} pairs" for year, rows in data.items())
        + "; Pearson r and Spearman rho against the 0-5 gold.",
        "",
        f"| method | {header} |",
        "|---|" + "---|" * (2 * len(YEARS)),
    ]
    for name, make in methods.items():
        cells = []
        for rows in data.values():
            score = make(rows)
            predicted = [score(a, b) for _, a, b in rows]
            gold = [g for g, _, _ in rows]
            cells.append(f"{pearson(predicted, gold):.3f} | {spearman(predicted, gold):.3f}")
        lines.append(f"| {name} | {' | '.join(cells)} |")
    text = "\n".join(lines)
    print(text)
    if args.write:
        args.write.parent.mkdir(parents=True, exist_ok=True)
        args.write.write_text(text + "\n", encoding="utf-8")
    return text


if __name__ == "__main__":
    main()
