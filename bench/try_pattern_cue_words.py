"""Should Pattern's member leave out certainty cue words ("clearly") and words the news valences set to 0?

A booster such as "clearly" is zeroed in the VADER news member but still counted (+0.04) by Pattern's member,
so `score` lists it twice. Same data, folds and reference as bench/learn_pattern_subjectivity.py (5-fold CV
grouped by article on the NYT ODD ids, two shufflings; the shipped member: polarity x subjectivity, w 0.3);
nothing from the even ids is read. Result in bench/results/scoring.md (not shipped: no difference in CV).

    MEDIADIFF_BENCH_DATA=/path/to/bench python bench/try_pattern_cue_words.py   # needs: pip install textblob
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import learn_news_valence as L  # noqa: E402
import learn_pattern_subjectivity as S  # noqa: E402
import learn_tone_blend as B  # noqa: E402
import learn_wordnet_tone as T  # noqa: E402

from mediadiff.tone import pattern as P  # noqa: E402
from mediadiff.tone.lexicons import load_lexicon  # noqa: E402
from mediadiff.tone.params import NEGATIVE_WEIGHT  # noqa: E402
from mediadiff.tone.sentiment import news_lexicon  # noqa: E402

SHIPPED_WEIGHT = 0.3


def main() -> None:
    import numpy as np
    from scipy.stats import pearsonr
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    base, _, nyt, _, texts, _, data = L.training_data()
    y, n_words = data["y"][: len(nyt)], data["n_words"][: len(nyt)]
    k = NEGATIVE_WEIGHT
    sums = B.vader_sums(texts[: len(nyt)], base, k)
    folds = T.held_out_totals(data, np.array([a for a, _, _ in nyt]), len(nyt), sums, k)
    weighted = {w: P.PatternWord(max(-1.0, min(1.0, r.polarity * r.subjectivity)), r.subjectivity, r.intensity,
                                 r.modifier) for w, r in S.raw_lexicon().items()}
    cue_words = {e.words[0] for e in load_lexicon("news").entries
                 if len(e.words) == 1 and e.kind in ("hedge", "booster")}
    news = news_lexicon()
    zeroed = {w for w, v in SentimentIntensityAnalyzer().lexicon.items() if v and news.get(w, v) == 0}

    def pattern_scores(lexicon: dict) -> np.ndarray:
        T.with_lexicon(lexicon)
        return np.array([B.pattern_polarity(t) or 0.0 for _, _, t in nyt])

    def cv_r(pattern: np.ndarray, w: float) -> np.ndarray:
        out = []
        for fold, total in folds:
            blended = (1 - w) * L.compound(total, n_words) + w * pattern
            out += [float(pearsonr(blended[fold == j], y[fold == j])[0]) for j in range(5)]
        return np.array(out)

    reference = cv_r(pattern_scores(weighted), SHIPPED_WEIGHT)
    print(f"shipped Pattern member, w {SHIPPED_WEIGHT}: CV r {reference.mean():.4f}")
    for name, drop in (("hedge and booster words", cue_words), ("words the news valences zero", zeroed),
                       ("both", cue_words | zeroed)):
        scores = pattern_scores({w: r for w, r in weighted.items() if w not in drop or r.modifier})
        dropped = sorted(set(weighted) & drop)
        for w in (0.25, 0.3, 0.35):
            r = cv_r(scores, w)
            d = r - reference
            print(f"without {name} ({len(dropped)}: {', '.join(dropped[:8])}...), w {w}: CV r {r.mean():.4f}, "
                  f"paired {d.mean():+.4f} ± {d.std(ddof=1) / np.sqrt(len(d)):.4f}")


if __name__ == "__main__":
    main()
