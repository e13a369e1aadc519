"""Real pairs of articles a bench script compares across trees: every pair of the seeds, then the first two
articles of each odd-numbered AllSides story (even stories are the held-back half), up to a limit.

Imports mediadiff when called, so a script that puts a tree first on ``sys.path`` measures that tree.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

PAIRS_OF_STORIES = 60


def compared_pairs(measure: Callable[[object], object], seeds: Path, allsides: Path, *,
                   limit: int = PAIRS_OF_STORIES) -> dict[str, object]:
    """``"A B" -> measure(compare(A, B))`` for the seeds' pairs and ``limit`` AllSides story pairs; a pair that
    cannot be compared (an empty text) is left out and not counted."""
    from mediadiff.align.comparison import compare
    from mediadiff.corpus.reading import load_corpus
    from mediadiff.models import MediadiffError

    out: dict[str, object] = {}
    ordered = sorted(load_corpus(seeds), key=lambda art: art.id)
    for i, a in enumerate(ordered):
        for b in ordered[i + 1:]:
            out[f"{a.id} {b.id}"] = measure(compare(a, b))
    stories: dict[str, list[str]] = {}
    with (allsides / "labels.tsv").open(encoding="utf-8") as handle:
        for article, story, *_ in list(csv.reader(handle, delimiter="\t"))[1:]:
            stories.setdefault(story, []).append(article)
    corpus = {art.id: art for art in load_corpus(allsides / "corpus")}
    compared = 0
    for story in sorted(stories):
        ids = [i for i in stories[story] if i in corpus]
        if int(story) % 2 == 0 or len(ids) < 2:
            continue
        try:
            out[f"{ids[0]} {ids[1]}"] = measure(compare(corpus[ids[0]], corpus[ids[1]]))
        except MediadiffError:
            continue
        compared += 1
        if compared == limit:
            break
    return out
