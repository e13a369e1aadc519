"""Learn hedge-cue weights on the CoNLL-2010 Wikipedia TRAIN set and write them
into mediadiff/data/hedges.tsv (test.csv is never read here).

Method: every word unigram/bigram seen in >= 2 train sentences is a candidate
cue; an L1-regularised logistic regression on their presence gives each a
log-odds weight (most are zero and dropped). C and the probability threshold
are chosen by 5-fold cross-validation on train; the shipped weights are then
fitted on all of train. (The simpler Tjong Kim Sang 2010 baseline, cue weight =
precision on train and max rule, is kept in ``choose`` for comparison: CV F1 ~0.58.)

Output: curated ``news`` rows get ``train_n``/``train_precision`` (precision of
the cue on train) filled in as diagnostics; learned cues are written as
``scope=wiki`` rows (used only by ``load_lexicon("wikipedia")``, never by the
default news lexicon).

    python bench/learn_hedge_weights.py
"""

from __future__ import annotations

import csv
import os
import random
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from mediadiff.tone.lexicons import Lexicon, _entries, read_rows, tokenize  # noqa: E402

HEDGES = REPO / "mediadiff" / "data" / "hedges.tsv"
COLUMNS = ["cue", "forms", "weight", "scope", "train_n", "train_precision", "not_after", "not_before", "source", "note"]
PTB = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}", "``": '"', "''": '"'}
FOLDS = 5
MIN_COUNTS = (2, 3, 5, 8, 12)
THRESHOLDS = [t / 100 for t in range(20, 91, 2)]


def bench_dir() -> Path:
    return Path(os.environ.get("MEDIADIFF_BENCH_DATA") or Path(__file__).resolve().parents[2] / "shared" / "bench")


def read_wikiweasel(split: str) -> list[tuple[str, int]]:
    """(text, label) pairs of ``train`` or ``test``; PTB escapes undone, empty rows dropped."""
    with open(bench_dir() / "hedge_wikiweasel" / f"{split}.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    out = []
    for row in rows:
        text = " ".join(PTB.get(w, w) for w in row["text"].split())
        if text:
            out.append((text, int(row["label"])))
    return out


def ngrams(text: str) -> set[str]:
    words = [t.norm for t in tokenize(text)]
    return set(words) | {f"{a} {b}" for a, b in zip(words, words[1:])}


def weights(grams: list[set[str]], labels: list[int], min_count: int) -> dict[str, float]:
    seen, pos = Counter(), Counter()
    for g, y in zip(grams, labels):
        seen.update(g)
        if y:
            pos.update(g)
    return {k: pos[k] / n for k, n in seen.items() if n >= min_count}


def f1(pred: list[bool], gold: list[int]) -> float:
    tp = sum(p and g for p, g in zip(pred, gold))
    fp = sum(p and not g for p, g in zip(pred, gold))
    fn = sum(g and not p for p, g in zip(pred, gold))
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def choose(grams: list[set[str]], labels: list[int]) -> tuple[int, float, float]:
    """(min_count, threshold, cross-validated F1) maximising pooled 5-fold F1."""
    order = list(range(len(labels)))
    random.Random(13).shuffle(order)
    folds = [order[i::FOLDS] for i in range(FOLDS)]
    best = (0, 0.0, -1.0)
    for min_count in MIN_COUNTS:
        scores: list[float] = [0.0] * len(labels)
        for held in folds:
            held_set = set(held)
            w = weights([grams[i] for i in order if i not in held_set],
                        [labels[i] for i in order if i not in held_set], min_count)
            for i in held:
                scores[i] = max((w.get(g, 0.0) for g in grams[i]), default=0.0)
        for t in THRESHOLDS:
            score = f1([s >= t for s in scores], labels)
            if score > best[2]:
                best = (min_count, t, score)
    return best


def fit_logistic(texts: list[str], labels: list[int]) -> tuple[dict[str, float], float, float, float, float]:
    """(weights, bias, C, threshold, CV F1) of an L1 logistic regression on n-gram presence."""
    import warnings

    import numpy as np
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    warnings.filterwarnings("ignore", category=FutureWarning)
    warnings.filterwarnings("ignore", category=UserWarning)
    vectorizer = CountVectorizer(tokenizer=lambda t: sorted(ngrams(t)), lowercase=False, binary=True,
                                 min_df=2, token_pattern=None)
    matrix = vectorizer.fit_transform(texts)
    y = np.array(labels)
    best = (0.0, 0.0, -1.0)
    for c in (0.5, 1.0, 2.0):
        model = LogisticRegression(C=c, penalty="l1", solver="liblinear", class_weight="balanced")
        proba = cross_val_predict(model, matrix, y, cv=StratifiedKFold(FOLDS, shuffle=True, random_state=13),
                                  method="predict_proba")[:, 1]
        for t in THRESHOLDS:
            score = f1(list(proba >= t), labels)
            if score > best[2]:
                best = (c, t, score)
    c, threshold, cv_f1 = best
    model = LogisticRegression(C=c, penalty="l1", solver="liblinear", class_weight="balanced").fit(matrix, y)
    names = vectorizer.get_feature_names_out()
    learned = {str(n): float(w) for n, w in zip(names, model.coef_[0]) if abs(w) > 1e-9}
    return learned, float(model.intercept_[0]), c, threshold, cv_f1


def main() -> None:
    train = read_wikiweasel("train")
    texts, labels = [t for t, _ in train], [y for _, y in train]
    grams = [ngrams(t) for t in texts]
    min_count = MIN_COUNTS[0]
    learned, bias, c, threshold, cv_f1 = fit_logistic(texts, labels)
    news_rows, settings = read_rows("hedge")
    news_rows = [r for r in news_rows if r.get("scope") == "news"]
    for row in news_rows:
        lexicon = Lexicon(tuple(_entries("hedge", row, 1.0)))
        hits = [y for t, y in train if lexicon.find(t)]
        row["train_n"] = str(len(hits)) if hits else ""
        row["train_precision"] = f"{sum(hits) / len(hits):.3f}" if len(hits) >= min_count else ""
    precision = weights(grams, labels, 1)
    seen = Counter(g for gs in grams for g in gs)
    wiki_rows = []
    for gram, w in sorted(learned.items(), key=lambda kv: (-kv[1], kv[0])):
        wiki_rows.append({"cue": gram, "weight": f"{w:.4f}", "scope": "wiki", "train_n": str(seen[gram]),
                          "train_precision": f"{precision.get(gram, 0.0):.3f}",
                          "source": "learned: CoNLL-2010 Wikipedia train (L1 logistic regression)"})
    header = (
        "# Hedge cues (epistemic uncertainty). See data/README.md for sources and licences.\n"
        f"# news_threshold: {settings.get('news_threshold', '0.5')}\n"
        f"# wikipedia_threshold: {threshold}\n"
        f"# wikipedia_bias: {bias:.4f}\n"
        f"# Written by bench/learn_hedge_weights.py from hedge_wikiweasel/train.csv only:\n"
        f"# L1 logistic regression, C={c}, threshold {threshold} chosen by {FOLDS}-fold CV on train "
        f"(CV F1 {cv_f1:.3f}).\n"
        "# scope=news rows: curated lexicon, 'weight' is the news weight (hand-set), train_* are diagnostics.\n"
        "# scope=wiki rows: Wikipedia weasel cues, used only by load_lexicon('wikipedia').\n"
    )
    with open(HEDGES, "w", encoding="utf-8") as f:
        f.write(header + "\t".join(COLUMNS) + "\n")
        for row in news_rows + wiki_rows:
            f.write("\t".join(row.get(c, "") for c in COLUMNS) + "\n")
    print(f"C={c} threshold={threshold} cv_f1={cv_f1:.3f} "
          f"news rows={len(news_rows)} wiki rows={len(wiki_rows)} -> {HEDGES.relative_to(REPO)}")


if __name__ == "__main__":
    main()
