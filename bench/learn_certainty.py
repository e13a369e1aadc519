"""Learn the certainty weights (mediadiff/data/certainty_weights.tsv) on Pei & Jurgens TRAIN only.

Data: ``certainty_pei_jurgens/sentence-level-certainty.train_val.jsonl``, rows with
``split == "train"`` (the val rows are never read here; bench/bench_certainty.py
measures them). Target: the mean rating 1..6 rescaled to [0, 1].

Features: ``mediadiff.tone.certainty.certainty_features`` (lexicon hedges and boosters,
attribution, modal verbs, conditionals, negation and its scope, length, numbers) plus
presence of *function and epistemic* words and their bigrams: words of the shipped
stop-word list, of the cue lexicons and the modal/conditional/negation/evidential sets,
seen in at least MIN_DF train sentences. Content words are left out on purpose, so a
sentence's topic cannot move its certainty.

Model: ridge regression; the penalty is chosen by 5-fold cross-validation on train
(Pearson r), then refitted on all of train; weights under 1e-4 are dropped.

    MEDIADIFF_BENCH_DATA=/path/to/bench python bench/learn_certainty.py
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from importlib import resources
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from learn_hedge_weights import bench_dir  # noqa: E402

from mediadiff.tone import certainty as C  # noqa: E402
from mediadiff.tone.lexicons import load_lexicon, tokenize  # noqa: E402

OUT = REPO / "mediadiff" / "data" / "certainty_weights.tsv"
PENALTIES = (1, 3, 10, 30, 100)
MIN_DF = 2


def read_split(split: str) -> list[tuple[str, float]]:
    """(sentence, rating 1..6) rows of one split."""
    path = bench_dir() / "certainty_pei_jurgens" / "sentence-level-certainty.train_val.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(r["finding"], float(r["sentence-level-certainty"])) for r in rows if r["split"] == split]


def vocabulary() -> set[str]:
    """Function and epistemic words: the only words allowed to carry weight."""
    stop = resources.files("mediadiff").joinpath("data/stopwords.txt").read_text(encoding="utf-8")
    words = {w.strip() for w in stop.splitlines() if w.strip() and not w.startswith("#")}
    for entry in load_lexicon().entries:
        words.update(entry.words)
    return words | C.MODALS | C.CONDITIONALS | C.NEGATIONS | C.EVIDENTIALS


def featurise(texts: list[str], allowed: set[str]) -> list[dict[str, float]]:
    lexicon = load_lexicon()
    out = []
    for text in texts:
        tokens = tokenize(text)
        features = C.certainty_features(text, tokens, lexicon.find(text, tokens))
        out.append({k: v for k, v in features.items() if not k.startswith(("w:", "b:")) or k in allowed})
    return out


def allowed_terms(texts: list[str], vocab: set[str]) -> set[str]:
    df: Counter[str] = Counter()
    for text in texts:
        words = [t.norm for t in tokenize(text)]
        terms = {f"w:{w}" for w in words if w in vocab}
        terms |= {f"b:{a} {b}" for a, b in zip(words, words[1:]) if a in vocab and b in vocab}
        df.update(terms)
    return {t for t, n in df.items() if n >= MIN_DF}


def fit(texts: list[str], targets: list[float], penalty: float) -> tuple[float, dict[str, float]]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import Ridge

    allowed = allowed_terms(texts, vocabulary())
    vectorizer = DictVectorizer()
    model = Ridge(alpha=penalty).fit(vectorizer.fit_transform(featurise(texts, allowed)), targets)
    return float(model.intercept_), dict(zip(vectorizer.get_feature_names_out(), map(float, model.coef_)))


def predict(bias: float, weights: dict[str, float], texts: list[str]) -> list[float]:
    return [bias + sum(v * weights.get(k, 0.0) for k, v in f.items()) for f in featurise(texts, set(weights))]


def choose_penalty(texts: list[str], targets: list[float]) -> tuple[float, dict[float, float]]:
    from scipy.stats import pearsonr
    from sklearn.model_selection import KFold

    scores: dict[float, float] = {}
    for penalty in PENALTIES:
        rs = []
        for a, b in KFold(5, shuffle=True, random_state=0).split(texts):
            bias, weights = fit([texts[i] for i in a], [targets[i] for i in a], penalty)
            rs.append(pearsonr(predict(bias, weights, [texts[i] for i in b]), [targets[i] for i in b])[0])
        scores[penalty] = sum(rs) / len(rs)
    return max(scores, key=lambda p: scores[p]), scores


def main() -> None:
    train = read_split("train")
    texts, targets = [t for t, _ in train], [(y - 1) / 5 for _, y in train]
    penalty, scores = choose_penalty(texts, targets)
    bias, weights = fit(texts, targets, penalty)
    kept = sorted(((k, w) for k, w in weights.items() if abs(w) >= 1e-4), key=lambda kw: kw[0])
    grid = ", ".join(f"{p}: {r:.3f}" for p, r in scores.items())
    OUT.write_text(
        "# Certainty weights for mediadiff/tone/certainty.py. Written by bench/learn_certainty.py from the\n"
        f"# Pei & Jurgens (2021) train split only ({len(train)} sentences, rating 1..6 -> [0, 1]).\n"
        f"# Ridge regression, penalty {penalty} chosen by 5-fold CV on train (mean Pearson r: {grid}).\n"
        f"# bias: {bias:.6f}\nfeature\tweight\n" + "".join(f"{k}\t{w:.6f}\n" for k, w in kept),
        encoding="utf-8",
    )
    print(f"penalty {penalty} (CV r {scores[penalty]:.3f}); {len(kept)} weights -> {OUT.relative_to(REPO)}")


if __name__ == "__main__":
    main()
