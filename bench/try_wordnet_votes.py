"""Tried, not shipped: fewer WordNet words in Pattern's member (single-link words left out).

Some words of ``data/wordnet_adjectives.tsv`` rest on one synonym or similar-to link, and a few of those are topic
words that took an evaluative neighbour's polarity through a rare sense ("nationwide" from "comprehensive",
"undercover" from "secret", "awed" from "awful"). This scores, in the CV of bench/learn_tone_blend.py (NYT odd ids,
5 folds grouped by article, two shufflings, news valences re-fitted out of fold), the shipped tone against the
same tone with (a) the words whose only link is one synonym or similar-to link left out, (b) every single-link word
left out, (c) no WordNet words at all; paired per-fold differences. Nothing from the even ids is read.

    MEDIADIFF_BENCH_DATA=/path/to/bench python bench/try_wordnet_votes.py
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import learn_news_valence as L  # noqa: E402
import learn_tone_blend as B  # noqa: E402
import learn_wordnet_tone as T  # noqa: E402

from mediadiff.tone import pattern as P  # noqa: E402
from mediadiff.tone.params import NEGATIVE_WEIGHT, PATTERN_WEIGHT  # noqa: E402


def main() -> None:
    import numpy as np
    from scipy.stats import pearsonr

    base, _, nyt, _, texts, _, data = L.training_data()
    n_nyt, y, n_words = len(nyt), data["y"][: len(nyt)], data["n_words"][: len(nyt)]
    k = NEGATIVE_WEIGHT
    folds = T.held_out_totals(data, np.array([a for a, _, _ in nyt]), n_nyt, B.vader_sums(texts[:n_nyt], base, k), k)
    shipped = dict(P.load_pattern_lexicon())

    def cv_r(lexicon: dict, w: float) -> tuple[np.ndarray, np.ndarray]:
        T.with_lexicon(lexicon)
        pattern = np.array([B.pattern_polarity(t) or 0.0 for _, _, t in nyt])
        scores = []
        for fold, total in folds:
            blended = (1 - w) * L.compound(total, n_words) + w * pattern
            scores += [float(pearsonr(blended[fold == j], y[fold == j])[0]) for j in range(5)]
        return np.array(scores), pattern

    reference, plain = cv_r(shipped, PATTERN_WEIGHT)
    rows = P._rows("wordnet_adjectives.tsv")
    single = {r[0] for r in rows if int(r[3]) < 2}
    lexical = {"synonym", "similar"}
    one_link = {r[0] for r in rows if r[0] in single and {x.split(":")[0] for x in r[4].split()} <= lexical}
    variants = {f"(a) {len(one_link)} words with one synonym or similar-to link only left out": one_link,
                f"(b) {len(single)} single-link words left out": single,
                f"(c) no WordNet words ({len(rows)} left out)": {r[0] for r in rows}}
    print(f"shipped (k {k}, w {PATTERN_WEIGHT}): CV r {reference.mean():.4f}")
    for name, left_out in variants.items():
        for w in (0.25, 0.3, 0.35):
            r, pattern = cv_r({x: row for x, row in shipped.items() if x not in left_out}, w)
            d = r - reference
            print(f"{name}, w {w}: {int((pattern != plain).sum())} odd-id snippets change, CV r {r.mean():.4f}, "
                  f"paired {d.mean():+.4f} ± {d.std(ddof=1) / np.sqrt(len(d)):.4f}")
    T.with_lexicon(shipped)


if __name__ == "__main__":
    main()
