"""How much should a topic noun's valence count in news tone? (tone/params.py TOPIC_NOUN_WEIGHT)

Issue 14: tone measures how an outlet writes, not what the story is about. A lexicon word that is mostly a noun in
WordNet 3.0 (``newsrules.is_topic_noun``: "cancer", "war", "safety", "fraud", "prison", "credit") already carries no
tone where it classifies the next noun or heads a clause's subject; elsewhere (objects, predicates: "reduce the risk
of heart disease", "a fund-raising drive for the poor", "protecting workers who blow the whistle on fraud") it
counted at full valence. The error analysis of the odd ids (bench/analyse_nyt_errors.py) found topic words counted
as tone, and bad things a sentence reduces or ends read as bad news, behind about a third of the 100 largest errors.
Here every topic noun's news valence is multiplied by beta (after the news valences are fitted, as the negative
weight k is), and Pattern's weight w is re-chosen with it (Pattern's member reads no nouns).

Same data and folds as bench/learn_tone_blend.py: 5-fold CV grouped by article on the NYT editorial snippets with
ODD ids, two shufflings, news valences re-fitted without the held-out fold, negative valences x NEGATIVE_WEIGHT;
paired per-fold differences of Pearson r to the tone before (beta 1, w 0.3). One-standard-error rule towards the
tone before (the largest beta, then the w nearest 0.3). Nothing from the even ids is read.

    MEDIADIFF_BENCH_DATA=/path/to/bench python bench/learn_topic_noun_weight.py   # needs: pip install textblob
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import learn_news_valence as L  # noqa: E402
import learn_tone_blend as B  # noqa: E402

from mediadiff.tone.newsrules import topic_words  # noqa: E402
from mediadiff.tone.params import NEGATIVE_WEIGHT  # noqa: E402

BEFORE = (1.0, 0.3)  # (beta, Pattern's weight w) of the tone before this
BETAS = (1.0, 0.9, 0.85, 0.8, 0.75, 0.7, 0.6, 0.5, 0.25, 0.0)
WEIGHTS = (0.2, 0.25, 0.3, 0.35, 0.4)


def held_out(factor: Callable[[str], float] | None = None) -> dict:
    """The odd-id snippets with each one's VADER-member sum fitted without its fold (two shufflings), every
    news valence x ``factor(word)`` and negative ones x NEGATIVE_WEIGHT, and Pattern's member as shipped. Reads
    the training data afresh, so a caller may patch the rules (bench/try_nyt_error_fixes.py) before calling."""
    import numpy as np
    from sklearn.model_selection import GroupKFold
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    base, _, nyt, _, texts, candidates, data = L.training_data()
    n, k = len(nyt), NEGATIVE_WEIGHT
    f = factor or (lambda word: 1.0)
    analyzer = SentimentIntensityAnalyzer()
    analyzer.lexicon = {w: f(w) * (k * v if v < 0 else v) for w, v in base.items()}
    sums = np.array([sum(L.token_sentiments(analyzer, text)[1]) for text in texts[:n]])
    per_word = np.array([f(w) for w in candidates])
    groups, folds = np.array([a for a, _, _ in nyt]), []
    for seed in range(L.REPEATS):
        total, fold = np.zeros(n), np.zeros(n, dtype=int)
        splits = GroupKFold(5, shuffle=True, random_state=seed).split(np.arange(n), groups=groups)
        for j, (train, test) in enumerate(splits):
            rows = np.concatenate([train, np.arange(n, len(data["y"]))])
            evidence = np.asarray(data["present"][rows].sum(axis=0)).ravel()
            valence = L.valences(data, rows, B.SHIPPED, evidence)
            change = per_word * (B.scaled(valence, k) - B.scaled(data["vader"], k))
            total[test] = sums[test] + data["M"][test] @ change
            fold[test] = j
        folds.append((fold, total))
    return {"nyt": nyt, "y": data["y"][:n], "n_words": data["n_words"][:n], "folds": folds,
            "pattern": np.array([B.pattern_polarity(t) or 0.0 for _, _, t in nyt])}


def cv_r(run: dict, w: float, *, alpha: float = 15.0):
    """Pearson r on each of the 10 held-out folds of (1 - w) x VADER member + w x Pattern's member; ``alpha``:
    VADER's normalisation constant (15 in VADER)."""
    import numpy as np
    from scipy.stats import pearsonr

    out = []
    for fold, total in run["folds"]:
        vader = L.compound(total, run["n_words"])
        if alpha != 15.0:
            adjusted = vader * 15.0 ** 0.5 / np.sqrt(1 - vader * vader)  # the length-adjusted sum, back from alpha 15
            vader = adjusted / np.sqrt(adjusted * adjusted + alpha)
        blended = (1 - w) * vader + w * run["pattern"]
        out += [float(pearsonr(blended[fold == j], run["y"][fold == j])[0]) for j in range(5)]
    return np.array(out)


def paired(r, reference) -> str:
    import numpy as np

    d = r - reference
    return f"{r.mean():.4f} ({d.mean():+.4f} ± {d.std(ddof=1) / np.sqrt(len(d)):.4f})"


def main() -> None:
    import numpy as np

    topic = topic_words()
    rs = {}
    for beta in BETAS:
        run = held_out(None if beta == 1.0 else lambda word, b=beta: b if word in topic else 1.0)
        rs.update({(beta, w): cv_r(run, w) for w in WEIGHTS})
    reference = rs[BEFORE]
    print(f"CV r of the tone before (beta 1, w 0.3): {reference.mean():.4f} ± "
          f"{reference.std(ddof=1) / np.sqrt(len(reference)):.4f}")
    print("| topic-noun weight beta | " + " | ".join(f"w {w}" for w in WEIGHTS) + " |")
    print("|---" * (len(WEIGHTS) + 1) + "|")
    for beta in BETAS:
        print(f"| {beta} | " + " | ".join(paired(rs[beta, w], reference) for w in WEIGHTS) + " |")
    best = max(rs, key=lambda key: rs[key].mean())
    within = [key for key, r in rs.items() if (r - rs[best]).mean() >= -(r - rs[best]).std(ddof=1) / np.sqrt(len(r))]
    chosen = min(within, key=lambda key: (-key[0], abs(key[1] - BEFORE[1])))
    print(f"CV-best beta {best[0]}, w {best[1]}: {paired(rs[best], reference)}; one-standard-error choice beta "
          f"{chosen[0]}, w {chosen[1]}: {paired(rs[chosen], reference)}; {len(within)} of {len(rs)} within one SE")


if __name__ == "__main__":
    main()
