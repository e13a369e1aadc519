"""Sentence splitting on text neither splitter was written for: the built-in rules against NLTK's Punkt
trained on the text itself (mediadiff's ``--splitter punkt``), with baselines, all measured in one run.

Run from the repository root (needs nltk: pip install -e '.[nltk]'):  python bench/bench_punkt.py

Gold sentence boundaries come from /work/shared/bench (research data, never shipped):
- BioScope (CoNLL-2010 biological): each abstract part / full-paper paragraph is its gold sentences
  joined by one space; biomedical prose with "e.g.", "i.e.", "et al.", "Fig.", gene names, numbers.
- WikiWeasel (CoNLL-2010 Wikipedia), test.csv: consecutive certain sentences joined eight at a time
  (PTB brackets restored); encyclopedic prose with initials, titles and numbers.
Each splitter sees a paragraph and is scored on sentence boundaries inside it (the paragraph's own end is
free for everyone): precision, recall and F1 of the boundary offsets. Punkt trains on the paragraphs of
the data set it is scored on, as mediadiff trains it on the corpus being read (unsupervised; no labels).
Nothing here is tuned: the splitters run with their shipped settings.
"""

from __future__ import annotations

import csv
import re
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

from mediadiff.corpus.punkt import train_punkt
from mediadiff.corpus.segment import split_sentences

BENCH = Path("/work/shared/bench")
WIKI_GROUP = 8


def bioscope(name: str) -> list[list[str]]:
    root = ET.parse(BENCH / "hedge_bioscope" / name).getroot()
    paragraphs = []
    for part in root.iter("DocumentPart"):
        sentences = [" ".join("".join(s.itertext()).split()) for s in part.iter("sentence")]
        sentences = [s for s in sentences if s]
        if sentences:
            paragraphs.append(sentences)
    return paragraphs


def wikiweasel() -> list[list[str]]:
    with open(BENCH / "hedge_wikiweasel" / "test.csv", encoding="utf-8", newline="") as handle:
        rows = [r["text"].strip() for r in csv.DictReader(handle) if r["label"] == "0" and r["text"].strip()]
    rows = [r.replace("-LRB-", "(").replace("-RRB-", ")") for r in rows]
    return [rows[i : i + WIKI_GROUP] for i in range(0, len(rows), WIKI_GROUP)]


def naive(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"\S.*?(?:[.!?](?=\s)|$)", text)]


def score(split, paragraphs: list[list[str]]) -> tuple[float, float, float]:
    true_positive = predicted = expected = 0
    for sentences in paragraphs:
        text = " ".join(sentences)
        gold, position = set(), 0
        for sentence in sentences[:-1]:
            position += len(sentence)
            gold.add(position)
            position += 1
        found = {end for _, end in split(text) if end < len(text)}
        true_positive += len(found & gold)
        predicted += len(found)
        expected += len(gold)
    precision = true_positive / predicted if predicted else 1.0
    recall = true_positive / expected if expected else 1.0
    return precision, recall, 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def main() -> None:
    try:
        from nltk.tokenize.punkt import PunktSentenceTokenizer
    except ImportError:
        sys.exit("this benchmark needs nltk: pip install -e '.[nltk]'")
    untrained = PunktSentenceTokenizer()
    data = {"BioScope full papers": bioscope("full_papers.xml"), "BioScope abstracts": bioscope("abstracts.xml"),
            "WikiWeasel test (certain)": wikiweasel()}
    print("| data | paragraphs | boundaries | splitter | precision | recall | F1 |")
    print("|---|---|---|---|---|---|---|")
    for name, paragraphs in data.items():
        texts = [" ".join(p) for p in paragraphs]
        started = time.perf_counter()
        punkt = train_punkt(texts)
        trained_in = time.perf_counter() - started
        punkt_alone = train_punkt(texts, abbreviations=())
        splitters = {
            "naive split after . ! ? + space": naive,
            "NLTK Punkt, untrained": lambda t: list(untrained.span_tokenize(t)),
            "NLTK Punkt trained on the data, no seed list": punkt_alone,
            f"mediadiff --splitter punkt (trained in {trained_in:.0f} s)": punkt,
            "mediadiff rules (default)": split_sentences,
        }
        boundaries = sum(len(p) - 1 for p in paragraphs)
        for label, split in splitters.items():
            p, r, f = score(split, paragraphs)
            print(f"| {name} | {len(paragraphs)} | {boundaries} | {label} | {p:.3f} | {r:.3f} | {f:.3f} |")


if __name__ == "__main__":
    main()
