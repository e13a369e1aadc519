"""Who "he said" and "she said" go to: speaker accuracy on PolNeAR quotes whose source is a pronoun.

PolNeAR marks the source of "…,” she said" as the pronoun itself, so ``bench_polnear.py``'s speaker
accuracy (gold quotes with a *named* source) never sees whether the pronoun went to the right
person, though such quotes are about a quarter of PolNeAR's direct quotes (1,462 of 6,312 in train).
``bench/gold/polnear_pronoun_referents.tsv`` holds 250 of them (160 train, 90 dev, drawn with
``random.Random(2026)``), each with the person the pronoun refers to, written by annotators who read
the article and never saw mediadiff's output (see the file's header).

For each item the direct quote ``mediadiff.voices.attribute`` finds over the gold quote (at least half
of it) is read: its speaker is right when it shares a name word with the referent (as
``bench_polnear.name_words`` compares names). Items whose referent is not a named person (NONAME) or
that the annotator could not decide (UNCLEAR) would be counted apart (the annotators used neither).
Printed beside the 0.x quote finder (``bench/baseline_quotes.py``: "he"/"she" go to the last person
named) in the same run. Variants tried on the train items: ``bench/try_first_name_prior.py``.

Usage (repository root)::

    MEDIADIFF_BENCH_DATA=/path/to/shared/bench python bench/bench_pronoun_speakers.py [--split train|dev|all]
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_polnear import ROOT as POLNEAR  # noqa: E402
from bench_polnear import name_words, overlap  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold" / "polnear_pronoun_referents.tsv"


def load_items(split: str) -> list[dict]:
    lines = [line for line in GOLD.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    rows = [{**row, "split": row["item"].split("-")[0]} for row in csv.DictReader(lines, delimiter="\t")]
    return [r for r in rows if split in ("all", r["split"])]


def voices_quotes(article) -> list[tuple[int, int, str | None]]:
    from mediadiff.voices import attribute

    return [(a.start, a.end, a.speaker) for a in attribute(article).direct]


def baseline_quotes(article) -> list[tuple[int, int, str | None]]:
    from baseline_quotes import extract_quotes

    return [(q.start, q.end, q.speaker) for q in extract_quotes(article)]


def speakers(items: list[dict], quotes=voices_quotes) -> dict[tuple[str, int], str | None]:
    """(article, gold quote start) -> the speaker ``quotes`` gives the quote there ("" when no quote is found)."""
    from mediadiff import load_article

    by_article = defaultdict(list)
    for item in items:
        by_article[item["split"], item["article"]].append(item)
    found = {}
    for (split, article), group in by_article.items():
        text_path = os.path.join(POLNEAR, split, "text", article + ".txt")
        direct = quotes(load_article(text_path))
        for item in group:
            start, end = int(item["content_start"]), int(item["content_end"])
            over = [q for q in direct if overlap((start, end), (q[0], q[1])) * 2 >= q[1] - q[0]]
            found[article, start] = (over[0][2] if over else "")
    return found


def score(items: list[dict], quotes=voices_quotes) -> dict[str, int]:
    got = speakers(items, quotes)
    counts = defaultdict(int)
    for item in items:
        speaker = got[item["article"], int(item["content_start"])]
        referent = item["referent"]
        if referent in ("NONAME", "UNCLEAR"):
            counts["not named"] += 1
            continue
        counts["named"] += 1
        if speaker == "":
            counts["quote not found"] += 1
        elif speaker is None:
            counts["no speaker"] += 1
        elif name_words(speaker) & name_words(referent):
            counts["right"] += 1
        else:
            counts["wrong"] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="all", choices=["train", "dev", "all"])
    args = parser.parse_args()
    splits = ["train", "dev"] if args.split == "all" else [args.split]
    print("split  method                    named  right  wrong  no speaker  quote not found  accuracy")
    for split in splits:
        items = load_items(split)
        for label, quotes in (("0.x quotes.py (baseline)", baseline_quotes), ("mediadiff.voices", voices_quotes)):
            c = score(items, quotes)
            accuracy = c["right"] / c["named"] if c["named"] else 0.0
            print(f"{split:5}  {label:24}  {c['named']:5}  {c['right']:5}  {c['wrong']:5}  {c['no speaker']:10}  "
                  f"{c['quote not found']:15}  {accuracy:.3f}")


if __name__ == "__main__":
    main()
