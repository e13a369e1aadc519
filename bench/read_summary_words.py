"""The names and words compare's summary says each article adds, for reading before and after a change.

Compares the 10 pairs of seed articles and the first two articles of the first 60 AllSides stories with
odd ids (development data) with the tree given, and writes per pair [names A, words A, names B, words B]
(the first ten words of each side, as the text summary shows them) to a JSON file. Texts:
``$MEDIADIFF_BENCH_DATA`` or ``../shared/bench``::

    python bench/read_summary_words.py /path/to/tree before.json   # e.g. main exported with git archive
    python bench/read_summary_words.py . after.json
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path


def summary_words(tree: Path) -> dict[str, list]:
    sys.path.insert(0, str(tree))
    from story_pairs import compared_pairs

    def row(result: object) -> list:
        a, b = result.summary_a, result.summary_b
        return [list(getattr(a, "added_names", ())), list(a.added_words[:10]),
                list(getattr(b, "added_names", ())), list(b.added_words[:10])]

    allsides = Path(os.environ.get("MEDIADIFF_BENCH_DATA", "../shared/bench")) / "allsides_stories"
    return compared_pairs(row, tree / "seeds", allsides)  # type: ignore[return-value]


def main() -> None:
    tree, target = Path(sys.argv[1]).resolve(), Path(sys.argv[2])
    target.write_text(json.dumps(summary_words(tree)), encoding="utf-8")


if __name__ == "__main__":
    main()
