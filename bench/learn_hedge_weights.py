"""Learn hedge-cue weights on the CoNLL-2010 Wikipedia TRAIN set and write them
into mediadiff/data/hedges.tsv (test.csv is never read here).

Method (after Tjong Kim Sang 2010, "A baseline approach for detecting sentences
containing uncertainty"): every word unigram/bigram and every curated news cue
is a candidate; its weight is its precision on train (share of train sentences
containing it that are uncertain), kept only with enough support. A sentence is
uncertain when its strongest cue reaches a threshold. Support floor and
threshold are chosen by 5-fold cross-validation on train; the shipped weights
are then estimated on all of train.

Output: curated ``news`` rows get ``train_n``/``train_precision`` filled in;
learned weasel cues are appended as ``scope=wiki`` rows (used only by
``load_lexicon("wikipedia")``, never by the default news lexicon).

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

from mediadiff.lexicons import Lexicon, _entries, read_rows, tokenize  # noqa: E402

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


def main() -> None:
    train = read_wikiweasel("train")
    texts, labels = [t for t, _ in train], [y for _, y in train]
    grams = [ngrams(t) for t in texts]
    min_count, threshold, cv_f1 = choose(grams, labels)
    learned = weights(grams, labels, min_count)
    news_rows, settings = read_rows("hedge")
    news_rows = [r for r in news_rows if r.get("scope") == "news"]
    news_forms: set[str] = set()
    for row in news_rows:
        lexicon = Lexicon(tuple(_entries("hedge", row, 1.0)))
        news_forms |= {" ".join(e.words) for e in lexicon.entries}
        hits = [y for t, y in train if lexicon.find(t)]
        row["train_n"] = str(len(hits)) if hits else ""
        row["train_precision"] = f"{sum(hits) / len(hits):.3f}" if len(hits) >= min_count else ""
    wiki_rows = []
    for gram, w in sorted(learned.items(), key=lambda kv: (-kv[1], kv[0])):
        if w < threshold or gram in news_forms:
            continue
        parts = gram.split()
        # A bigram is only worth keeping when it beats both its words (the
        # matcher takes the longest cue, which would otherwise hide a stronger word).
        if len(parts) == 2 and w <= max(learned.get(p, 0.0) for p in parts):
            continue
        n = sum(gram in g for g in grams)
        wiki_rows.append({"cue": gram, "weight": f"{w:.3f}", "scope": "wiki", "train_n": str(n),
                          "train_precision": f"{w:.3f}", "source": "learned: CoNLL-2010 Wikipedia train"})
    header = (
        "# Hedge cues (epistemic uncertainty). See data/README.md for sources and licences.\n"
        f"# news_threshold: {settings.get('news_threshold', '0.5')}\n"
        f"# wikipedia_threshold: {threshold}\n"
        f"# Written by bench/learn_hedge_weights.py from hedge_wikiweasel/train.csv only:\n"
        f"# min support {min_count}, threshold {threshold} chosen by {FOLDS}-fold CV on train (CV F1 {cv_f1:.3f}).\n"
        "# scope=news rows: curated lexicon, 'weight' is the news weight (hand-set), train_* are diagnostics.\n"
        "# scope=wiki rows: Wikipedia weasel cues, used only by load_lexicon('wikipedia').\n"
    )
    with open(HEDGES, "w", encoding="utf-8") as f:
        f.write(header + "\t".join(COLUMNS) + "\n")
        for row in news_rows + wiki_rows:
            f.write("\t".join(row.get(c, "") for c in COLUMNS) + "\n")
    print(f"min_count={min_count} threshold={threshold} cv_f1={cv_f1:.3f} "
          f"news rows={len(news_rows)} wiki rows={len(wiki_rows)} -> {HEDGES.relative_to(REPO)}")


if __name__ == "__main__":
    main()
