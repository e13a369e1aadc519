"""Is a mention's own stance verb tone toward it? (issue 14; tone/toward.py STANCE_SCOPE, data/stance_verbs.txt)

"Janet Holloway condemned the attack on the mosque" scored -0.62 toward Holloway: the verb and its object are what
Holloway says or feels about the attack (her stance), not how the writer treats her. The rule: a mention that is the
subject of a verb of judgement, emotion or support (Levin 1993, 31.2, 31.3, 33) has that verb and the rest of its
clause blanked before the features are read. Does it hold in annotated news? Each variant re-reads NewsMTSC TRAIN's
features and runs bench/learn_target_tone.py's model (5-fold CV grouped by sentence, same folds, its C grid); the
per-fold macro-F1 at each variant's best C is paired with the rule off. Shipped only if CV is not worse. devtest_mt is
never read here (bench/bench_newsmtsc.py measures it once, after the choice).

    MEDIADIFF_BENCH_DATA=/path/to/bench python bench/learn_stance_verbs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import learn_target_tone as T  # noqa: E402

from mediadiff.tone import toward  # noqa: E402

VARIANTS = {  # name -> (STANCE_SCOPE, STANCE_REPORTING)
    "no rule": (None, False),
    "stance verb and its clause blanked": ("predicate", False),
    "only what follows the verb blanked (shipped)": ("object", False),
}


def cross_validate(features, labels, groups) -> dict[float, list[float]]:
    from sklearn.metrics import f1_score
    from sklearn.model_selection import GroupKFold

    out = {}
    for c in T.C_GRID:
        out[c] = []
        for train, test in GroupKFold(5).split(features, groups=groups):
            vectorizer, model = T.fit([features[i] for i in train], [labels[i] for i in train], c)
            predicted = model.predict(vectorizer.transform([features[i] for i in test]))
            out[c].append(float(f1_score([labels[i] for i in test], predicted, average="macro")))
    return out


def main() -> None:
    import numpy as np

    rows = T.read_mentions("train")
    labels, groups = [r[3] for r in rows], [r[4].rsplit("_", 3)[0] for r in rows]
    results, touched = {}, {}
    for name, (scope, reporting) in VARIANTS.items():
        toward.STANCE_SCOPE, toward.STANCE_REPORTING = scope, reporting
        touched[name] = [i for i, (s, a, b, _, _) in enumerate(rows) if scope and toward.stance_predicate(s, a, b)]
        results[name] = cross_validate(T.featurise(rows), labels, groups)
    base = results["no rule"]
    base_c = max(base, key=lambda c: np.mean(base[c]))
    print(f"NewsMTSC train: {len(rows)} mentions; CV macro-F1 by C ({', '.join(map(str, T.C_GRID))}), best C paired "
          f"with the rule off at its best C {base_c}\n| variant | mentions blanked | CV macro-F1 by C | best: Δ ± SE |"
          "\n|---|---|---|---|")
    for name, by_c in results.items():
        best = max(by_c, key=lambda c: np.mean(by_c[c]))
        d = np.array(by_c[best]) - np.array(base[base_c])
        grid = " / ".join(f"{np.mean(v):.4f}" for v in by_c.values())
        print(f"| {name} | {len(touched[name])} | {grid} | C {best}: {np.mean(by_c[best]):.4f} "
              f"({d.mean():+.4f} ± {d.std(ddof=1) / np.sqrt(len(d)):.4f}) |")
    labels_of = {}
    for i in touched["only what follows the verb blanked (shipped)"]:
        labels_of[labels[i]] = labels_of.get(labels[i], 0) + 1
    print(f"gold labels of the mentions the shipped rule blanks: {labels_of}")


if __name__ == "__main__":
    main()
