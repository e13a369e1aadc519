"""List the wrong and missing speakers of direct quotes on one split, for reading errors by cause.

Two lists, both scored as their benches score them:

* PolNeAR quotes whose gold source is a name (``bench_polnear.evaluate``'s speaker accuracy): each found
  direct quote inside such a gold content whose speaker and source share no name word with the gold source.
* The pronoun gold (``bench_pronoun_speakers.py``): each "he said"/"she said" quote whose speaker shares no
  name word with the referent, or that has no speaker.

Each line: bench, article, gold, what mediadiff gave (speaker | source as written), and the text before
the quote's cue, so the cause can be read. Read on train only (rules are chosen there):

    MEDIADIFF_BENCH_DATA=/path/to/shared/bench python bench/list_speaker_errors.py --split train > /tmp/errors.tsv
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_polnear import is_name, load, name_words, overlap  # noqa: E402
from bench_pronoun_speakers import POLNEAR, load_items  # noqa: E402


def context(raw: str, start: int, end: int, *, before: int = 160, after: int = 60) -> str:
    return " ".join(raw[max(0, start - before):min(len(raw), end + after)].split())


def named_errors(split: str) -> list[str]:
    from mediadiff import load_article
    from mediadiff.voices import attribute

    lines = []
    for path, golds in load(split):
        article = load_article(path)
        for a in attribute(article).direct:
            inside = [g for g in golds if overlap(g.content, (a.start, a.end)) * 2 >= a.end - a.start]
            if not inside:
                continue
            gold = min(inside, key=lambda g: g.content[1] - g.content[0])
            if not is_name(gold.source) or name_words(gold.source) & (name_words(a.speaker) | name_words(a.source)):
                continue
            cue = a.cue_start if a.cue_start is not None else a.end
            lines.append("\t".join(["named", Path(path).stem, gold.source or "", f"{a.speaker} | {a.source}",
                                    context(article.raw, min(a.start, cue), max(a.end, cue))]))
    return lines


def pronoun_errors(split: str) -> list[str]:
    from mediadiff import load_article
    from mediadiff.voices import attribute

    lines = []
    for item in load_items(split):
        article = load_article(os.path.join(POLNEAR, item["split"], "text", item["article"] + ".txt"))
        start, end = int(item["content_start"]), int(item["content_end"])
        over = [a for a in attribute(article).direct if overlap((start, end), (a.start, a.end)) * 2 >= a.end - a.start]
        if not over:
            lines.append("\t".join(["pronoun", item["item"], item["referent"], "<quote not found>",
                                    context(article.raw, start, end)]))
            continue
        a = over[0]
        if a.speaker and name_words(a.speaker) & name_words(item["referent"]):
            continue
        lines.append("\t".join(["pronoun", item["item"], item["referent"], f"{a.speaker} | {a.source}",
                                context(article.raw, a.start, a.end, before=400)]))
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="train", choices=("train", "dev"))
    args = parser.parse_args()
    print("\n".join(pronoun_errors(args.split) + named_errors(args.split)))


if __name__ == "__main__":
    main()
