"""Choose the two blend parameters of mediadiff's news tone (tone/params.py PATTERN_WEIGHT, NEGATIVE_WEIGHT).

News tone is an ensemble of two lexicon scorers: VADER's news compound (a sum of word valences, names,
reporting verbs, evaluated subjects and topic nouns set aside, news valences, long sentences
de-saturated) and Pattern's mean adjective polarity with Pattern's own rules (``mediadiff/tone/pattern.py``),
blended as (1 - w) x VADER + w x Pattern (Pattern says 0 for a sentence with no word it rates, as Pattern
itself does; blending only where it rates a word is the other variant scored). In the VADER member,
negative valences are multiplied by k (negativity bias: readers weigh bad more than good, Rozin & Royzman
2001; Baumeister et al. 2001): the news lexicon's negative words count k times their valence.

Data (train only): the NYT editorial snippets with ODD article ids (the even ids are held out for
bench/bench_sentiment.py) and NewsMTSC train (only inside the news-valence fit, as in
bench/learn_news_valence.py). Method: 5-fold CV grouped by article on the odd ids, two shufflings (the folds of
learn_news_valence.py); in each fold the news valences are re-fitted on the training folds with the shipped
setting (so the VADER member's held-out score is honest), then negative valences are scaled by k (words the
learner does not re-rate too: the held-out sums are VADER's with the scaled lexicon), Pattern's polarity needs
no fitting (its lexicon is fixed), and each (k, w) is scored on the held-out fold. Shipped: of the settings
within one standard error (of the paired per-fold difference) of the CV-best, the one nearest the VADER member
alone (smallest k, then smallest w): the one-standard-error rule, as for the valences. Prints the tables for
bench/results/scoring.md.

    MEDIADIFF_BENCH_DATA=/path/to/bench python bench/learn_tone_blend.py
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import learn_news_valence as L  # noqa: E402

from mediadiff.tone import sentiment as S  # noqa: E402
from mediadiff.tone.names import _CORES, _tokens  # noqa: E402
from mediadiff.tone.params import LENGTH_EXPONENT  # noqa: E402
from mediadiff.tone.pattern import load_pattern_lexicon, pattern_tone  # noqa: E402

# the setting of mediadiff/data/news_valence.tsv (its header): penalty, NewsMTSC weight, minimum evidence,
# new-word penalty, prior scale, minimum subjectivity, subjectivity as width
SHIPPED = (3, 0.5, 5, 1, 0.0, 0.3, True)
WEIGHTS = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4)  # Pattern's weight w
NEGATIVE_WEIGHTS = (1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.7)  # k


def pattern_polarity(text: str) -> float | None:
    """Pattern's member of news tone for one sentence, exactly as ``sentence_tone`` computes it."""
    text = S.straighten_quotes(text)
    mask = S.mask_names(text, lexicon=S.news_lexicon(), keep=S.vader_rule_words(), rules=True)
    tokens, starts, lowered = _tokens(text)
    names = S.mask_names(text, lexicon=load_pattern_lexicon(), keep=S.vader_rule_words())
    return pattern_tone(tokens, starts, lowered, core_offset=lambda t: _CORES[t][1],
                        set_aside={begin for _, begin, _ in mask.masked},
                        names_at=lambda: [begin for _, begin, _ in names.masked]).polarity


def scaled(valences, k: float):
    import numpy as np

    return np.where(valences < 0, k * valences, valences)


def vader_sums(texts: list[str], base: dict[str, float], k: float):
    """VADER's summed word sentiments of ``texts`` (already masked) with ``base``'s negative valences x k."""
    import numpy as np
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    analyzer.lexicon = {w: k * v if v < 0 else v for w, v in base.items()}
    return np.array([sum(L.token_sentiments(analyzer, text)[1]) for text in texts])


def held_out_vader(data: dict, groups, n_nyt: int, sums: dict) -> list:
    """Per shuffling: (fold of each odd sentence, {k: VADER member's compound with valences fitted without
    that sentence's fold and negative valences x k}); ``sums[k]``: VADER's sums with the scaled base lexicon."""
    import numpy as np
    from sklearn.model_selection import GroupKFold

    out = []
    for seed in range(L.REPEATS):
        totals = {k: np.zeros(n_nyt) for k in sums}
        fold = np.zeros(n_nyt, dtype=int)
        splits = GroupKFold(5, shuffle=True, random_state=seed).split(np.arange(n_nyt), groups=groups)
        for j, (train, test) in enumerate(splits):
            rows = np.concatenate([train, np.arange(n_nyt, len(data["y"]))])
            evidence = np.asarray(data["present"][rows].sum(axis=0)).ravel()
            valence = L.valences(data, rows, SHIPPED, evidence)
            for k, total in totals.items():
                total[test] = sums[k][test] + data["M"][test] @ (scaled(valence, k) - scaled(data["vader"], k))
            fold[test] = j
        out.append((fold, {k: L.compound(t, data["n_words"][:n_nyt], LENGTH_EXPONENT) for k, t in totals.items()}))
    return out


def main() -> None:  # long because: the data as learn_news_valence.py builds it, then the weight table
    import numpy as np
    from scipy.stats import pearsonr

    base, pattern, nyt, mt, texts, candidates, data = L.training_data()
    n_nyt, y = len(nyt), data["y"][: len(nyt)]
    sums = {k: vader_sums(texts[:n_nyt], base, k) for k in NEGATIVE_WEIGHTS}
    folds = held_out_vader(data, np.array([a for a, _, _ in nyt]), n_nyt, sums)
    polarity = [pattern_polarity(t) for _, _, t in nyt]
    rated = np.array([p is not None for p in polarity])
    pat = np.array([p or 0.0 for p in polarity])
    print(f"{rated.sum()} of {n_nyt} odd-id snippets have a word Pattern rates")

    def cv_r(k: float, w: float, only_rated: bool = False) -> np.ndarray:
        scores = []
        for fold, vader in folds:
            blended = np.where(rated | (not only_rated), (1 - w) * vader[k] + w * pat, vader[k])
            scores += [float(pearsonr(blended[fold == j], y[fold == j])[0]) for j in range(5)]
        return np.array(scores)

    rs = {(k, w): cv_r(k, w) for k in NEGATIVE_WEIGHTS for w in WEIGHTS}
    alone = rs[1.0, 0.0]

    def row(name: str, r: np.ndarray) -> str:
        d = r - alone
        return (f"| {name} | {r.mean():.4f} ± {r.std(ddof=1) / np.sqrt(len(r)):.4f} | "
                f"{d.mean():+.4f} ± {d.std(ddof=1) / np.sqrt(len(d)):.4f} |")

    print("| negative weight k, Pattern weight w | CV r (mean of 10 held-out folds) ± SE | paired difference to "
          "k 1, w 0 ± SE |\n|---|---|---|")
    for (k, w), r in rs.items():
        print(row(f"k {k}, w {w}", r))
    for w in WEIGHTS[1:]:
        print(row(f"k 1.0, w {w}, blended only where Pattern rates a word", cv_r(1.0, w, True)))
    best = max(rs, key=lambda key: rs[key].mean())
    within = [key for key, r in rs.items() if (r - rs[best]).mean() >= -(r - rs[best]).std(ddof=1) / np.sqrt(len(r))]
    chosen = min(within)  # smallest k, then smallest w: nearest the VADER member alone
    print(f"CV-best k {best[0]}, w {best[1]} (CV r {rs[best].mean():.4f}); one-standard-error choice k {chosen[0]}, "
          f"w {chosen[1]} (CV r {rs[chosen].mean():.4f}); VADER member alone {alone.mean():.4f}")


if __name__ == "__main__":
    main()
