"""The names and words compare's summary says each article adds, for reading before and after a change.

Compares the 10 pairs of seed articles and the first two articles of the first 60 AllSides stories with
odd ids (development data) with the tree given, and writes per pair [names A, words A, names B, words B]
(the first ten words of each side, as the text summary shows them) to a JSON file. Texts:
``$MEDIADIFF_BENCH_DATA`` or ``../shared/bench``::

    python bench/read_summary_words.py /path/to/tree before.json   # e.g. main exported with git archive
    python bench/read_summary_words.py . after.json
"""

from __future__ import annotations

import csv
import json
import os
import sys
from pathlib import Path

PAIRS_OF_STORIES = 60


def summary_words(tree: Path) -> dict[str, list]:
    sys.path.insert(0, str(tree))
    from mediadiff.align.comparison import compare
    from mediadiff.corpus.reading import load_corpus
    from mediadiff.models import MediadiffError

    def row(result: object) -> list:
        a, b = result.summary_a, result.summary_b
        return [list(getattr(a, "added_names", ())), list(a.added_words[:10]),
                list(getattr(b, "added_names", ())), list(b.added_words[:10])]

    out: dict[str, list] = {}
    seeds = sorted(load_corpus(tree / "seeds"), key=lambda art: art.id)
    for i, a in enumerate(seeds):
        for b in seeds[i + 1:]:
            out[f"{a.id} {b.id}"] = row(compare(a, b))
    root = Path(os.environ.get("MEDIADIFF_BENCH_DATA", "../shared/bench")) / "allsides_stories"
    stories: dict[str, list[str]] = {}
    with (root / "labels.tsv").open(encoding="utf-8") as handle:
        for article, story, *_ in list(csv.reader(handle, delimiter="\t"))[1:]:
            stories.setdefault(story, []).append(article)
    corpus = {art.id: art for art in load_corpus(root / "corpus")}
    compared = 0
    for story in sorted(stories):
        ids = [i for i in stories[story] if i in corpus]
        if int(story) % 2 == 0 or len(ids) < 2:
            continue
        try:
            out[f"{ids[0]} {ids[1]}"] = row(compare(corpus[ids[0]], corpus[ids[1]]))
        except MediadiffError:  # a pair that cannot be compared (an empty text) is left out
            continue
        compared += 1
        if compared == PAIRS_OF_STORIES:
            break
    return out


def main() -> None:
    tree, target = Path(sys.argv[1]).resolve(), Path(sys.argv[2])
    target.write_text(json.dumps(summary_words(tree)), encoding="utf-8")


if __name__ == "__main__":
    main()
