"""Sentence-splitting accuracy on the seeds against the hand-checked segmentation.

Run from the repository root:  python bench/bench_segment.py

The gold (tests/data/seed_sentences.json) lists every body sentence of the five
seeds. Each splitter gets the same body paragraphs (the cleaned article's
paragraph spans) and is scored by exact sentence match: precision, recall, F1.
Baselines: a naive split after every ". ", "! " or "? ", and NLTK's Punkt
without trained parameters (the only Punkt available offline), if nltk is installed.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from mediadiff.corpus.reading import load_corpus
from mediadiff.corpus.segment import split_sentences

ROOT = Path(__file__).resolve().parents[1]


def paragraphs(article):
    spans: dict[int, list[int]] = {}
    for sentence in article.sentences:
        spans.setdefault(sentence.paragraph, [sentence.start, sentence.end])[1] = sentence.end
    return [article.raw[start:end] for start, end in spans.values()]


def naive(text):
    return [part for part in re.split(r"(?<=[.!?])\s+", text) if part.strip()]


def mediadiff_split(text):
    return [text[s:e] for s, e in split_sentences(text)]


def punkt_untrained():
    try:
        from nltk.tokenize.punkt import PunktSentenceTokenizer
    except ImportError:
        return None
    return PunktSentenceTokenizer().tokenize


def score(splitter, corpus, gold):
    true_positive = predicted = expected = 0
    for article in corpus:
        output = Counter(s.strip() for p in paragraphs(article) for s in splitter(p))
        # 003 repeats one sentence verbatim inside a paragraph; the cleaner drops the copy, so do the same here.
        output = Counter({s: 1 for s in output})
        wanted = Counter(gold[article.id])
        true_positive += sum((output & wanted).values())
        predicted += sum(output.values())
        expected += sum(wanted.values())
    precision, recall = true_positive / predicted, true_positive / expected
    return precision, recall, 2 * precision * recall / (precision + recall)


def main() -> None:
    corpus = load_corpus(ROOT / "seeds")
    gold = json.loads((ROOT / "tests" / "data" / "seed_sentences.json").read_text(encoding="utf-8"))["articles"]
    splitters = {"mediadiff.corpus.segment": mediadiff_split, "naive split on [.!?] + space": naive}
    punkt = punkt_untrained()
    if punkt:
        splitters["nltk Punkt, untrained (offline)"] = punkt
    print(f"{sum(map(len, gold.values()))} gold sentences in {len(gold)} seeds\n")
    print("| splitter | precision | recall | F1 |\n|---|---|---|---|")
    for name, splitter in splitters.items():
        p, r, f = score(splitter, corpus, gold)
        print(f"| {name} | {p:.3f} | {r:.3f} | {f:.3f} |")


if __name__ == "__main__":
    main()
