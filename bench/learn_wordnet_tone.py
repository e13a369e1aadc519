"""Does the WordNet-propagated tone of adjectives and adverbs (bench/make_wordnet_tone.py) help news tone?

Issue 14, NYT item, directions (a) and (b): words neither VADER nor Pattern rates ("unwise", "sensible",
"clearer") given the polarity of the rated words WordNet links them to. Two places they could go:

* Pattern's member (``mediadiff/tone/pattern.py``): the words join Pattern's adjectives, read with Pattern's
  rules (mean polarity of the sentence's rated adjectives and adverbs); this is where adjectives belong;
* VADER's member: the words join the news lexicon with valence c x 4 x polarity (not learned).

Same data and folds as bench/learn_tone_blend.py: 5-fold CV grouped by article on the NYT editorial snippets
with ODD ids, two shufflings, the news valences re-fitted without the held-out fold; each variant is scored
against the shipped news tone (k 1.3, w 0.2) by the paired per-fold difference of Pearson r. The settings of
the propagation (minimum votes, minimum |polarity|) are a small grid; the sign agreement is 1.0 (every signed
vote agrees). Nothing from the even ids is read.

    MEDIADIFF_BENCH_DATA=/path/to/bench python bench/learn_wordnet_tone.py
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import learn_news_valence as L  # noqa: E402
import learn_tone_blend as B  # noqa: E402
import make_wordnet_tone as W  # noqa: E402

from mediadiff.tone import pattern as P  # noqa: E402
from mediadiff.tone.params import NEGATIVE_WEIGHT  # noqa: E402

# Pattern's weight when the words were chosen (main 1ea351e); Pattern's member then read raw polarities. The
# subjectivity weighting and w 0.3 came after (bench/learn_pattern_subjectivity.py), so this script reads the raw
# lexicon files and keeps that weight: its table is reproducible on later code.
PATTERN_WEIGHT = 0.2

# (minimum votes, minimum |polarity|, minimum subjectivity of the rated neighbours)
SETTINGS = [(v, m, s) for v in (1, 2, 3) for m in (0.1, 0.2) for s in (0.0, 0.5)]
WEIGHTS = (0.15, 0.2, 0.25, 0.3)
VADER_SCALES = (0.5, 1.0)  # tried for one lexicon setting


def with_lexicon(lexicon: dict) -> None:
    """Make Pattern's member read ``lexicon`` (its caches cleared)."""
    P.load_pattern_lexicon = B.load_pattern_lexicon = lambda: lexicon
    for cached in (P._polarities, P._modifiers, P._triggers):
        cached.cache_clear()


def extended(shipped: dict, derived: dict) -> dict:
    rows = {w: P.PatternWord(p, s, 1.0, False) for w, (p, s, _, _) in derived.items()}
    return {**rows, **shipped}


def held_out_totals(data: dict, groups, n_nyt: int, sums, k: float) -> list:
    """Per shuffling: (fold of each odd sentence, VADER member's summed sentiment with the valences fitted
    without that sentence's fold, negative valences x k), as ``learn_tone_blend.held_out_vader`` before
    its normalisation (so words can be added to the sums)."""
    import numpy as np
    from sklearn.model_selection import GroupKFold

    out = []
    for seed in range(L.REPEATS):
        total, fold = np.zeros(n_nyt), np.zeros(n_nyt, dtype=int)
        splits = GroupKFold(5, shuffle=True, random_state=seed).split(np.arange(n_nyt), groups=groups)
        for j, (train, test) in enumerate(splits):
            rows = np.concatenate([train, np.arange(n_nyt, len(data["y"]))])
            evidence = np.asarray(data["present"][rows].sum(axis=0)).ravel()
            valence = L.valences(data, rows, B.SHIPPED, evidence)
            total[test] = sums[test] + data["M"][test] @ (B.scaled(valence, k) - B.scaled(data["vader"], k))
            fold[test] = j
        out.append((fold, total))
    return out


def main() -> None:  # long because: the data as learn_tone_blend.py builds it, then one table
    import numpy as np
    from scipy.stats import pearsonr

    base, _, nyt, _, texts, _, data = L.training_data()
    n_nyt, y, n_words = len(nyt), data["y"][: len(nyt)], data["n_words"][: len(nyt)]
    k = NEGATIVE_WEIGHT
    sums = B.vader_sums(texts[:n_nyt], base, k)
    folds = held_out_totals(data, np.array([a for a, _, _ in nyt]), n_nyt, sums, k)
    # the reference: Pattern's adjectives alone, as before the WordNet words (now part of the shipped lexicon)
    shipped = {w: P.PatternWord(float(r[1]), float(r[2]), float(r[3]), r[4] == "1")
               for r in P._rows("pattern_adjectives.tsv") for w in (r[0],)}
    wordnet = W.load()

    def pattern_scores(lexicon: dict) -> np.ndarray:
        with_lexicon(lexicon)
        return np.array([B.pattern_polarity(t) or 0.0 for _, _, t in nyt])

    def cv_r(pattern: np.ndarray, w: float, added=0.0) -> np.ndarray:
        scores = []
        for fold, total in folds:
            blended = (1 - w) * L.compound(total + added, n_words) + w * pattern
            scores += [float(pearsonr(blended[fold == j], y[fold == j])[0]) for j in range(5)]
        return np.array(scores)

    plain_pattern = pattern_scores(shipped)
    reference = cv_r(plain_pattern, PATTERN_WEIGHT)

    def row(name: str, r: np.ndarray, touched: int) -> None:
        d = r - reference
        print(f"| {name} | {touched} | {r.mean():.4f} ± {r.std(ddof=1) / np.sqrt(len(r)):.4f} | "
              f"{d.mean():+.4f} ± {d.std(ddof=1) / np.sqrt(len(d)):.4f} |", flush=True)

    print("| variant | odd-id snippets it changes | CV r ± SE | paired difference to the tone before ± SE |\n"
          "|---|---|---|---|")  # the shipped tone before the WordNet words is the reference
    row(f"before (Pattern's adjectives only): k {k}, Pattern w {PATTERN_WEIGHT}", reference, 0)
    for w in WEIGHTS:
        if w != PATTERN_WEIGHT:
            row(f"Pattern's adjectives only, Pattern w {w}", cv_r(plain_pattern, w), 0)
    rs, sizes = {}, {}
    for setting in SETTINGS:
        derived = W.derive(setting[0], W.AGREEMENT, setting[1], setting[2], data=wordnet)
        pattern = pattern_scores(extended(shipped, derived))
        touched = int((pattern != plain_pattern).sum())
        sizes[setting] = len(derived)
        for w in WEIGHTS:
            rs[setting, w] = cv_r(pattern, w)
            row(f"Pattern's member + {len(derived)} WordNet words (votes >= {setting[0]}, |polarity| >= "
                f"{setting[1]}, subjectivity >= {setting[2]}), w {w}", rs[setting, w], touched)
        with_lexicon(shipped)
        if setting[1:] != (0.1, 0.5):
            continue
        for scale in VADER_SCALES:  # the words in VADER's member instead: valence scale x 4 x polarity, not learned
            lexicon = {**{w: 4 * scale * p for w, (p, *_) in derived.items()}, **base}
            added = B.vader_sums(texts[:n_nyt], lexicon, k) - sums
            row(f"VADER's member + the same words, valence x{scale} x 4 x polarity, w {PATTERN_WEIGHT}",
                cv_r(plain_pattern, PATTERN_WEIGHT, added), int((added != 0).sum()))
    choose(rs, sizes)


def choose(rs: dict, sizes: dict) -> None:
    """The one-standard-error rule, as for the blend: of the (setting, w) whose paired per-fold difference to
    the CV-best is above minus one standard error, the one nearest the shipped tone (the shipped Pattern
    weight first, then the fewest added words)."""
    import numpy as np

    best = max(rs, key=lambda key: rs[key].mean())
    within = [key for key, r in rs.items() if (r - rs[best]).mean() >= -(r - rs[best]).std(ddof=1) / np.sqrt(len(r))]
    chosen = min(within, key=lambda key: (abs(key[1] - PATTERN_WEIGHT), sizes[key[0]]))
    print(f"CV-best {best} (CV r {rs[best].mean():.4f}); one-standard-error choice {chosen} "
          f"(CV r {rs[chosen].mean():.4f}, {sizes[chosen[0]]} words); {len(within)} of {len(rs)} within one SE")


if __name__ == "__main__":
    main()
