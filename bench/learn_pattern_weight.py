"""Choose the weight of Pattern's adjective tone in mediadiff's news tone (tone/params.py PATTERN_WEIGHT).

News tone is an ensemble of two lexicon scorers: VADER's news compound (a sum of word valences, names,
reporting verbs, evaluated subjects and topic nouns set aside, news valences, long sentences
de-saturated) and Pattern's mean adjective polarity with Pattern's own rules (``mediadiff/tone/pattern.py``),
blended as (1 - w) x VADER + w x Pattern (Pattern says 0 for a sentence with no word it rates, as Pattern
itself does; blending only where it rates a word is the other variant scored).

Data (train only): the NYT editorial snippets with ODD article ids (the even ids are held out for
bench/bench_sentiment.py) and NewsMTSC train (only inside the news-valence fit, as in
bench/learn_news_valence.py). Method: 5-fold CV grouped by article on the odd ids, two shufflings (the folds of
learn_news_valence.py); in each fold the news valences are re-fitted on the training folds with the shipped
setting (so the VADER member's held-out score is honest), Pattern's polarity needs no fitting (its lexicon
is fixed), and each weight is scored on the held-out fold. The weight shipped is the smallest within one
standard error (of the paired per-fold difference) of the CV-best, in the CV-best's variant: the
one-standard-error rule towards VADER alone, as for the valences. Prints the table for bench/results/scoring.md.

    MEDIADIFF_BENCH_DATA=/path/to/bench python bench/learn_pattern_weight.py
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
WEIGHTS = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4)


def pattern_polarity(text: str) -> float | None:
    """Pattern's member of news tone for one sentence, exactly as ``sentence_tone`` computes it."""
    text = S.straighten_quotes(text)
    mask = S.mask_names(text, lexicon=S.news_lexicon(), keep=S.vader_rule_words(), rules=True)
    tokens, starts, lowered = _tokens(text)
    names = S.mask_names(text, lexicon=load_pattern_lexicon(), keep=S.vader_rule_words())
    return pattern_tone(tokens, starts, lowered, core_offset=lambda t: _CORES[t][1],
                        set_aside={begin for _, begin, _ in mask.masked},
                        names_at=lambda: [begin for _, begin, _ in names.masked]).polarity


def held_out_vader(data: dict, groups, n_nyt: int) -> list:
    """Per shuffling: (fold of each odd sentence, VADER member's compound with valences fitted without it)."""
    import numpy as np
    from sklearn.model_selection import GroupKFold

    out = []
    for seed in range(L.REPEATS):
        total, fold = np.zeros(n_nyt), np.zeros(n_nyt, dtype=int)
        splits = GroupKFold(5, shuffle=True, random_state=seed).split(np.arange(n_nyt), groups=groups)
        for k, (train, test) in enumerate(splits):
            rows = np.concatenate([train, np.arange(n_nyt, len(data["y"]))])
            evidence = np.asarray(data["present"][rows].sum(axis=0)).ravel()
            valence = L.valences(data, rows, SHIPPED, evidence)
            total[test] = data["S0"][test] + data["M"][test] @ (valence - data["vader"])
            fold[test] = k
        out.append((fold, L.compound(total, data["n_words"][:n_nyt], LENGTH_EXPONENT)))
    return out


def main() -> None:  # long because: the data as learn_news_valence.py builds it, then the weight table
    import numpy as np
    from scipy.stats import pearsonr

    base, pattern = S.base_news_lexicon(), L.subjective_words()
    nyt = [(int(i.split("_")[0]), g, t) for i, g, t in L.read_nyt() if int(i.split("_")[0]) % 2 == 1]
    mt = L.read_newsmtsc_sentences()
    raw = [S.straighten_quotes(t) for _, _, t in nyt] + [t for t, _ in mt]
    old, new = L.candidate_words(raw, base, pattern)
    texts = L.prepared(raw, {**base, **dict.fromkeys(new, 1.0)})
    candidates = old + new
    M, S0 = L.design(texts, base, candidates)
    data = {"M": M, "S0": S0, "n_nyt": len(nyt), "present": (M != 0).astype(float).tocsr(),
            "y": np.array([g for _, g, _ in nyt] + [g for _, g in mt]),
            "n_words": np.array([len(t.split()) for t in texts]),
            "is_new": np.array([w not in base for w in candidates]),
            "vader": np.array([base.get(w, 0.0) for w in candidates]),
            "polarity": np.array([4 * pattern.get(w, (0.0, 0.0))[0] for w in candidates]),
            "subjectivity": np.array([pattern.get(w, (0.0, 0.0))[1] for w in candidates])}
    n_nyt, y = len(nyt), data["y"][: len(nyt)]
    folds = held_out_vader(data, np.array([a for a, _, _ in nyt]), n_nyt)
    polarity = [pattern_polarity(t) for _, _, t in nyt]
    rated = np.array([p is not None for p in polarity])
    pat = np.array([p or 0.0 for p in polarity])
    print(f"{rated.sum()} of {n_nyt} odd-id snippets have a word Pattern rates")
    variants = {"blend everywhere (Pattern's 0 where it rates nothing)": False,
                "blend only where Pattern rates a word (else VADER alone)": True}
    rs: dict[tuple, np.ndarray] = {}
    for name, only_rated in variants.items():
        for w in WEIGHTS:
            scores = []
            for fold, vader in folds:
                blended = np.where(rated | (not only_rated), (1 - w) * vader + w * pat, vader)
                scores += [float(pearsonr(blended[fold == k], y[fold == k])[0]) for k in range(5)]
            rs[name, w] = np.array(scores)
    alone = rs[next(iter(variants)), 0.0]
    print("| variant | weight | CV r (mean of 10 held-out folds) ± SE | paired difference to VADER alone ± SE |")
    print("|---|---|---|---|")
    for (name, w), r in rs.items():
        d = r - alone
        print(f"| {name} | {w} | {r.mean():.4f} ± {r.std(ddof=1) / np.sqrt(len(r)):.4f} | "
              f"{d.mean():+.4f} ± {d.std(ddof=1) / np.sqrt(len(d)):.4f} |")
    best = max(rs, key=lambda k: rs[k].mean())  # the variant of the CV-best, then its weight by the rule
    within = [k for k in rs if k[0] == best[0]
              and (rs[k] - rs[best]).mean() >= -(rs[k] - rs[best]).std(ddof=1) / np.sqrt(len(rs[best]))]
    chosen = min(within, key=lambda k: k[1])
    print(f"CV-best: {best[0]}, weight {best[1]} (CV r {rs[best].mean():.4f}); one-standard-error choice {chosen[1]} "
          f"(CV r {rs[chosen].mean():.4f}); VADER alone {alone.mean():.4f}")


if __name__ == "__main__":
    main()
