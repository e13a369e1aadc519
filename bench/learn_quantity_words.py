"""Are quantity and order words tone? (issue 14; tone/newsrules.py QUANTITY_WORDS)

A QA pass on AllSides news found sentence tone moved by words that say how many and which, not how good: "first"
(+0.6 news valence, 116 sentences), "new" (+0.3, 164), "many", "other", "least" ("at least 32"), "more", "most"
(Pattern +0.25). The rule (Quirk et al. 1985, 5.10-5.25): quantifiers, numerals and ordinals are determiners and
postdeterminers, never tone; both members of news tone leave them out (VADER's news lexicon with the news valences
and SentiWordNet priors, and Pattern's adjectives). Whether "new" and the other adjectives of time (TIME_WORDS:
"latest", "former", "recent" ...) go with them is measured (variants below): shipped when neither train figure
falls by more than one standard error of the paired difference to the rule without them.

Each variant's word set replaces QUANTITY_WORDS in a fresh process (``--worker``), which scores:
* the NYT editorial snippets with ODD ids: 5-fold CV grouped by article, two shufflings, news valences re-fitted
  without the held-out fold (bench/learn_topic_noun_weight.py's folds) with the variant's words given no valence
  (their columns have no evidence, so they keep VADER's rating: none), and Pattern's member as the variant's run-time
  scorer computes it; paired per-fold differences of Pearson r to the tone without the rule. The texts are prepared
  (names, rules) as for the shipped tone: a quantity word no longer in the lexicon that made a rule set another word
  aside is not re-read (an approximation; the run-time figures below read everything);
* the same snippets with the run-time scorer as is (in-sample: the shipped news valences were fitted on them);
* NewsMTSC TRAIN, whole-sentence news tone against each mention's polarity: macro-F1 over 3 classes and Pearson r,
  paired bootstrap over sentences (300 resamples) of the difference to the tone without the rule.
Nothing from the NYT even ids or NewsMTSC devtest is read.

    MEDIADIFF_BENCH_DATA=/path/to/bench python bench/learn_quantity_words.py   # needs: pip install textblob
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from mediadiff.tone import newsrules  # noqa: E402

TIME = newsrules.TIME_WORDS
RULE = newsrules.QUANTITY_WORDS - TIME  # quantifiers, numerals, ordinals
VARIANTS = {
    "no rule (main 24b61b0)": frozenset(),
    "quantifiers, numerals, ordinals": RULE,
    "... + time words (shipped: QUANTITY_WORDS)": RULE | TIME,
    "... + new": RULE | {"new"},
    "... + time words + new": RULE | TIME | {"new"},
}


def worker(name: str, out: str) -> None:
    """Score with ``VARIANTS[name]`` as QUANTITY_WORDS (set before any lexicon is read) into ``out`` (JSON)."""
    newsrules.QUANTITY_WORDS = VARIANTS[name]
    import learn_tone_blend as B
    from bench_sentiment import read_nyt
    from learn_target_tone import read_mentions

    from mediadiff.tone.sentiment import sentence_tone

    nyt = [t for i, _, t in read_nyt() if int(i.split("_")[0]) % 2 == 1]
    sentences = list(dict.fromkeys(r[0] for r in read_mentions("train")))
    Path(out).write_text(json.dumps({
        "nyt": [sentence_tone(t).compound for t in nyt],
        "pattern": [B.pattern_polarity(t) or 0.0 for t in nyt],
        "newsmtsc": dict(zip(sentences, (sentence_tone(s).compound for s in sentences), strict=True)),
    }), encoding="utf-8")


def held_out(data: dict, nyt: list, sums, words: frozenset[str], candidates: list[str]):
    """learn_topic_noun_weight.held_out's folds with the columns of ``words`` given no evidence (no news valence)."""
    import learn_news_valence as L
    import learn_tone_blend as B
    import numpy as np
    from sklearn.model_selection import GroupKFold

    from mediadiff.tone.params import NEGATIVE_WEIGHT

    n, k = len(nyt), NEGATIVE_WEIGHT
    dropped = np.array([w in words for w in candidates])
    groups, folds = np.array([a for a, _, _ in nyt]), []
    for seed in range(L.REPEATS):
        total, fold = np.zeros(n), np.zeros(n, dtype=int)
        for j, (train, test) in enumerate(GroupKFold(5, shuffle=True, random_state=seed).split(np.arange(n),
                                                                                             groups=groups)):
            rows = np.concatenate([train, np.arange(n, len(data["y"]))])
            evidence = np.where(dropped, 0, np.asarray(data["present"][rows].sum(axis=0)).ravel())
            valence = L.valences(data, rows, B.SHIPPED, evidence)
            change = np.where(dropped, 0.0, B.scaled(valence, k) - B.scaled(data["vader"], k))
            total[test] = sums[test] + data["M"][test] @ change
            fold[test] = j
        folds.append((fold, total))
    return folds


def newsmtsc(scores: dict[str, dict[str, float]], resamples: int = 300) -> None:
    import numpy as np
    from learn_target_tone import read_mentions
    from scipy.stats import pearsonr

    rows = read_mentions("train")
    gold = np.array([{"negative": -1, "neutral": 0, "positive": 1}[r[3]] for r in rows])
    ids = {g: i for i, g in enumerate(dict.fromkeys(r[4] for r in rows))}
    group = np.array([ids[r[4]] for r in rows])
    members = [np.flatnonzero(group == g) for g in range(len(ids))]
    rng = np.random.default_rng(14)
    draws = [np.concatenate([members[g] for g in rng.integers(0, len(ids), len(ids))]) for _ in range(resamples)]

    def f1(x, i) -> float:
        predicted, truth = np.where(x[i] > 0.05, 1, np.where(x[i] < -0.05, -1, 0)), gold[i]
        return float(np.mean([2 * np.sum((predicted == c) & (truth == c))
                              / max(np.sum(predicted == c) + np.sum(truth == c), 1) for c in (-1, 0, 1)]))
    x = {name: np.array([s[r[0]] for r in rows]) for name, s in scores.items()}
    base, every = next(iter(x.values())), np.arange(len(rows))
    print(f"\nNewsMTSC train: {len(rows)} mentions, {len(ids)} sentences; whole-sentence news tone")
    print("| variant | macro-F1 | Δ (bootstrap SE) | Pearson r | Δ r (SE) |\n|---|---|---|---|---|")
    for name, v in x.items():
        df = [f1(v, i) - f1(base, i) for i in draws]
        dr = [pearsonr(v[i], gold[i])[0] - pearsonr(base[i], gold[i])[0] for i in draws]
        r, r0 = pearsonr(v, gold)[0], pearsonr(base, gold)[0]
        print(f"| {name} | {f1(v, every):.4f} | {f1(v, every) - f1(base, every):+.4f} ({np.std(df):.4f}) | "
              f"{r:.4f} | {r - r0:+.4f} ({np.std(dr):.4f}) |")


def main() -> None:
    import learn_news_valence as L
    import learn_topic_noun_weight as W
    import numpy as np
    from scipy.stats import pearsonr
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    from variant_workers import run_variants

    from mediadiff.tone.params import NEGATIVE_WEIGHT, PATTERN_WEIGHT

    scores = run_variants(__file__, VARIANTS)
    base, _, nyt, _, texts, candidates, data = L.training_data()
    analyzer = SentimentIntensityAnalyzer()
    analyzer.lexicon = {w: (NEGATIVE_WEIGHT * v if v < 0 else v) for w, v in base.items()}
    sums = np.array([sum(L.token_sentiments(analyzer, text)[1]) for text in texts[:len(nyt)]])
    n = len(nyt)
    rs = {}
    for name, words in VARIANTS.items():
        run = {"y": data["y"][:n], "n_words": data["n_words"][:n], "pattern": np.array(scores[name]["pattern"]),
               "folds": held_out(data, nyt, sums, words, candidates)}
        rs[name] = W.cv_r(run, PATTERN_WEIGHT)
    reference = rs["no rule (main 24b61b0)"]
    print(f"NYT odd ids ({n} snippets): words of the rule in the training data: "
          + ", ".join(w for w in candidates if w in newsrules.QUANTITY_WORDS | {"new"}))
    rule = rs["quantifiers, numerals, ordinals"]
    print("| variant | CV r (Δ ± SE, paired over 10 folds) | Δ to quantifiers, numerals, ordinals | run-time r, "
          "in-sample |\n|---|---|---|---|")
    for name in VARIANTS:
        r = pearsonr(scores[name]["nyt"], data["y"][:n])[0]
        print(f"| {name} | {W.paired(rs[name], reference)} | {W.paired(rs[name], rule).split(' ', 1)[1]} | {r:.4f} |")
    newsmtsc({name: s["newsmtsc"] for name, s in scores.items()})


if __name__ == "__main__":
    if sys.argv[1:2] == ["--worker"]:
        worker(sys.argv[2], sys.argv[3])
    else:
        main()
