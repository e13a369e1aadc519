"""Should Pattern's member weigh each word's polarity by its subjectivity? (tone/params.py
PATTERN_SUBJECTIVITY_WEIGHTED, PATTERN_WEIGHT)

Pattern rates every adjective for polarity and for subjectivity (0 objective .. 1 subjective: "first" +0.25 at
0.33, "new" +0.14 at 0.45, "shoddy" -0.30 at 0.9). Its own scorer averages the polarities and reports the
subjectivity beside them; a word used mostly in a factual sense then moves tone as much as an opinion word of
the same polarity. Weighing each word's polarity by its subjectivity (the word's polarity x subjectivity, before
Pattern's rules and mean) makes the member read how much opinion the adjectives express (issue 14: tone is how
an outlet writes, not what the story is about). Pattern's weight in the blend is re-chosen with it.

Same data and folds as bench/learn_tone_blend.py and bench/learn_wordnet_tone.py: 5-fold CV grouped by article
on the NYT editorial snippets with ODD ids, two shufflings, news valences re-fitted without the held-out fold,
negative valences x NEGATIVE_WEIGHT; paired per-fold differences to the tone before (raw polarity, w 0.2, the
WordNet words in). One-standard-error rule towards the tone before (unweighted first, then the smallest change
of w). Nothing from the even ids is read.

    MEDIADIFF_BENCH_DATA=/path/to/bench python bench/learn_pattern_subjectivity.py
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
from mediadiff.tone.params import NEGATIVE_WEIGHT  # noqa: E402

BEFORE_WEIGHT = 0.2  # Pattern's weight before this (learn_tone_blend.py, re-checked by learn_wordnet_tone.py)
WEIGHTS = (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)
SCALES = (1.0, 1.5, 2.0)  # polarity x subjectivity x scale (1: the product itself; scored for the record)


def raw_lexicon() -> dict[str, P.PatternWord]:
    """Pattern's adjectives and the WordNet words with their raw polarity, read from the files directly (the
    shipped loader may weigh them)."""
    derived = {r[0]: P.PatternWord(float(r[1]), float(r[2]), 1.0, False) for r in P._rows("wordnet_adjectives.tsv")}
    rated = {r[0]: P.PatternWord(float(r[1]), float(r[2]), float(r[3]), r[4] == "1")
             for r in P._rows("pattern_adjectives.tsv")}
    return {**derived, **rated}


def vader_adjectives(raw: dict) -> dict[str, P.PatternWord]:
    """VADER's words Pattern's member lacks that WordNet knows mostly as adjectives or adverbs, at VADER's
    valence / 4 (tried: they already count in VADER's member)."""
    from make_noun_words import wordnet_senses

    from mediadiff.tone.sentiment import base_news_lexicon, reporting_verbs, vader_rule_words

    senses, skip = wordnet_senses(), vader_rule_words() | reporting_verbs() | P.NEGATIONS
    return {w: P.PatternWord(v / 4, 1.0, 1.0, False) for w, v in base_news_lexicon().items()
            if w.isalpha() and w not in raw and w not in skip and w in senses and L.mostly_adjective(w, senses)}


def main() -> None:  # long because: the data as learn_tone_blend.py builds it, then one table
    import numpy as np
    from scipy.stats import pearsonr

    base, _, nyt, _, texts, _, data = L.training_data()
    n_nyt, y, n_words = len(nyt), data["y"][: len(nyt)], data["n_words"][: len(nyt)]
    k = NEGATIVE_WEIGHT
    folds = T.held_out_totals(data, np.array([a for a, _, _ in nyt]), n_nyt, B.vader_sums(texts[:n_nyt], base, k), k)
    raw = raw_lexicon()

    def pattern_scores(lexicon: dict) -> np.ndarray:
        T.with_lexicon(lexicon)
        return np.array([B.pattern_polarity(t) or 0.0 for _, _, t in nyt])

    def cv_r(pattern: np.ndarray, w: float) -> np.ndarray:
        scores = []
        for fold, total in folds:
            blended = (1 - w) * L.compound(total, n_words) + w * pattern
            scores += [float(pearsonr(blended[fold == j], y[fold == j])[0]) for j in range(5)]
        return np.array(scores)

    unweighted = pattern_scores(raw)
    reference = cv_r(unweighted, BEFORE_WEIGHT)
    rs = {(0.0, w): cv_r(unweighted, w) for w in WEIGHTS}
    changed = {0.0: 0}
    for scale in SCALES:
        weighted = pattern_scores({w: P.PatternWord(max(-1.0, min(1.0, scale * r.polarity * r.subjectivity)),
                                                    r.subjectivity, r.intensity, r.modifier) for w, r in raw.items()})
        changed[scale] = int((weighted != unweighted).sum())
        rs.update({(scale, w): cv_r(weighted, w) for w in WEIGHTS})
    tried = {f"polarity, without its words rated 0 (not modifiers), w {w}":
             cv_r(pattern_scores({x: r for x, r in raw.items() if r.polarity or r.modifier}), w) for w in WEIGHTS[:4]}
    extra = vader_adjectives(raw)
    tried.update({f"polarity, + {len(extra)} VADER adjectives and adverbs Pattern lacks (valence / 4), w {w}":
                  cv_r(pattern_scores({**extra, **raw}), w) for w in WEIGHTS[:4]})
    T.with_lexicon(raw)
    for name, r in tried.items():
        d = r - reference
        se = d.std(ddof=1) / np.sqrt(len(d))
        print(f"also tried: {name}: CV r {r.mean():.4f}, paired {d.mean():+.4f} ± {se:.4f}")
    print("| Pattern's member | w | odd-id snippets it changes | CV r ± SE | paired difference to before ± SE |"
          "\n|---|---|---|---|---|")
    for (scale, w), r in rs.items():
        d = r - reference
        name = "polarity (before)" if not scale else f"polarity x subjectivity x{scale}"
        print(f"| {name} | {w} | {changed[scale]} | {r.mean():.4f} ± {r.std(ddof=1) / np.sqrt(len(r)):.4f} | "
              f"{d.mean():+.4f} ± {d.std(ddof=1) / np.sqrt(len(d)):.4f} |")
    best = max(rs, key=lambda key: rs[key].mean())
    within = [key for key, r in rs.items() if (r - rs[best]).mean() >= -(r - rs[best]).std(ddof=1) / np.sqrt(len(r))]
    chosen = min(within, key=lambda key: (key[0] != 0.0, key[0], abs(key[1] - BEFORE_WEIGHT)))
    print(f"CV-best {best} (CV r {rs[best].mean():.4f}); one-standard-error choice {chosen} (CV r "
          f"{rs[chosen].mean():.4f}); before {reference.mean():.4f}; {len(within)} of {len(rs)} within one SE")


if __name__ == "__main__":
    main()
