"""Every quote match (``voices.quotes.match_quotes``) between the articles of each AllSides development story.

All pairs of articles of each story with an odd id (development; 316 pairs), written as JSON (pair ->
[status, A's words, B's words, differences]) so two trees' matches can be diffed and the changed ones read.
Run it on each tree (``PYTHONPATH`` picks the code). Texts: ``$MEDIADIFF_BENCH_DATA`` or ``../shared/bench``::

    PYTHONPATH=/tmp/base python bench/dump_story_quote_matches.py /tmp/quotes-before.json
    PYTHONPATH=. python bench/dump_story_quote_matches.py /tmp/quotes-after.json
"""

from __future__ import annotations

import csv
import json
import os
import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path

from mediadiff.corpus.reading import load_corpus
from mediadiff.voices.quotes import extract_quotes, match_quotes


def main() -> None:
    root = Path(os.environ.get("MEDIADIFF_BENCH_DATA", "../shared/bench")) / "allsides_stories"
    stories: dict[str, list[str]] = defaultdict(list)
    for row in csv.DictReader(open(root / "labels.tsv", encoding="utf-8"), delimiter="\t"):
        if int(row["story"]) % 2:
            stories[row["story"]].append(row["article"])
    corpus = {article.id: article for article in load_corpus(root / "corpus")}
    out = {}
    for _, ids in sorted(stories.items()):
        for x, y in combinations([i for i in ids if i in corpus], 2):
            matches = match_quotes(extract_quotes(corpus[x]), extract_quotes(corpus[y]))
            out[f"{x} {y}"] = [[m.status, m.a.text, m.b.text, list(m.differences)] for m in matches]
    Path(sys.argv[1]).write_text(json.dumps(out, indent=0), encoding="utf-8")
    print(f"{len(out)} pairs, {sum(map(len, out.values()))} matches -> {sys.argv[1]}")


if __name__ == "__main__":
    main()
