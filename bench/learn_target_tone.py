"""Learn the tone-toward-a-mention weights (mediadiff/data/target_tone_weights.tsv) on NewsMTSC TRAIN only.

Data: ``newsmtsc/train.jsonl`` (Hamborg & Donnay 2021): news sentences with target mentions labelled
negative / neutral / positive as the sentence treats them. devtest_mt is never read here
(bench/bench_newsmtsc.py measures it).

Features: ``mediadiff.tone.toward.target_features`` (sentence, clause and distance-weighted news tone;
words before, after and in the clause of the mention). Terms seen in fewer than MIN_DF training
mentions are dropped. Model: multinomial logistic regression with balanced class weights; C chosen by
5-fold cross-validation on train grouped by sentence (macro-F1), then refitted on all of train.
Weights under 1e-3 in every class are dropped.

    MEDIADIFF_BENCH_DATA=/path/to/bench python bench/learn_target_tone.py
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from learn_hedge_weights import bench_dir  # noqa: E402

from mediadiff.tone.toward import CLASSES, target_features  # noqa: E402

OUT = REPO / "mediadiff" / "data" / "target_tone_weights.tsv"
C_GRID = (0.03, 0.1, 0.3, 1.0)
MIN_DF = 3
POLARITY = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}


def read_mentions(split: str) -> list[tuple[str, int, int, str, str]]:
    """(sentence, start, end, label, sentence id) per target mention of ``train`` or ``devtest_mt``."""
    out = []
    for line in (bench_dir() / "newsmtsc" / f"{split}.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        for target in row["targets"]:
            out.append((row["sentence_normalized"], target["from"], target["to"], POLARITY[target["polarity"]],
                        row["primary_gid"]))
    return out


def featurise(rows: list[tuple[str, int, int, str, str]]) -> list[dict[str, float]]:
    return [target_features(s, a, b) for s, a, b, _, _ in rows]


def fit(features: list[dict[str, float]], labels: list[str], c: float):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    df = Counter(k for f in features for k in f if ":" in k)
    kept = [{k: v for k, v in f.items() if ":" not in k or df[k] >= MIN_DF} for f in features]
    vectorizer = DictVectorizer()
    model = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
    model.fit(vectorizer.fit_transform(kept), labels)
    return vectorizer, model


def main() -> None:
    import numpy as np
    from sklearn.metrics import f1_score
    from sklearn.model_selection import GroupKFold

    rows = read_mentions("train")
    features, labels = featurise(rows), [r[3] for r in rows]
    groups = [r[4].rsplit("_", 3)[0] for r in rows]
    scores = {}
    for c in C_GRID:
        f1s = []
        for train, test in GroupKFold(5).split(features, groups=groups):
            vectorizer, model = fit([features[i] for i in train], [labels[i] for i in train], c)
            predicted = model.predict(vectorizer.transform([features[i] for i in test]))
            f1s.append(f1_score([labels[i] for i in test], predicted, average="macro"))
        scores[c] = float(np.mean(f1s))
        print(f"C {c}: CV macro-F1 {scores[c]:.4f}")
    best = max(scores, key=lambda k: scores[k])
    vectorizer, model = fit(features, labels, best)
    order = [list(model.classes_).index(k) for k in CLASSES]
    coef = model.coef_[order]
    names = vectorizer.get_feature_names_out()
    lines = ["(bias)\t" + "\t".join(f"{model.intercept_[k]:.5f}" for k in order)]
    lines += [f"{name}\t" + "\t".join(f"{coef[k, j]:.5f}" for k in range(3))
              for j, name in enumerate(names) if np.abs(coef[:, j]).max() >= 1e-3]
    OUT.write_text(
        "# Tone-toward-a-mention weights for mediadiff/tone/toward.py. Written by bench/learn_target_tone.py\n"
        f"# from NewsMTSC train only ({len(rows)} mentions). Multinomial logistic regression, balanced classes,\n"
        f"# C {best} chosen by 5-fold CV grouped by sentence (macro-F1 "
        + ", ".join(f"{c}: {s:.3f}" for c, s in scores.items()) + ").\n"
        "feature\tnegative\tneutral\tpositive\n" + "\n".join(lines) + "\n",
        encoding="utf-8",
    )
    print(f"C {best}; {len(lines) - 1} features -> {OUT.relative_to(REPO)}")


if __name__ == "__main__":
    main()
