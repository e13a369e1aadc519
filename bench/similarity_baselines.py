"""Baselines shared by bench_msrp.py and bench_sts.py, measured in the same run as mediadiff.

- word-set Jaccard of the lower-cased whitespace tokens;
- tf-idf cosine (scikit-learn ``TfidfVectorizer`` defaults), idf fitted on all
  sentences of the data set being scored (no labels used), as in
  ``../shared/bench/sts_headlines/SOURCE.md``;
- the previous ``sentence_similarity`` (``overlap_similarity``: content stems,
  names, numbers, all-word and bigram overlap), kept in the package as the
  surface part of today's score.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

Pair = tuple[float, str, str]


def data_dir(name: str) -> Path:
    env = os.environ.get("MEDIADIFF_BENCH_DATA")
    base = Path(env) if env else Path(__file__).resolve().parents[2] / "shared" / "bench"
    return base / name


def jaccard(a: str, b: str) -> float:
    sa, sb = set(a.lower().split()), set(b.lower().split())
    return len(sa & sb) / len(sa | sb) if sa | sb else 0.0


def tfidf_cosine(pairs: Sequence[Pair]) -> Callable[[str, str], float]:
    """A scorer: cosine of tf-idf vectors with idf fitted on every sentence of ``pairs``."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectorizer = TfidfVectorizer().fit([a for _, a, _ in pairs] + [b for _, _, b in pairs])

    def score(a: str, b: str) -> float:
        va, vb = vectorizer.transform([a, b])
        return float(va.multiply(vb).sum())

    return score


def pearson(x: Sequence[float], y: Sequence[float]) -> float:
    return float(np.corrcoef(x, y)[0, 1])
