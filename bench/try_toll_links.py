"""Links on ECB+ pairs that report deaths, to read (alignrecall15: "killed" / "deaths" as related words).

The 400 pairs: documents of one ECB+ development event (topics 1-35) that both hold a casualty word ("killed",
"death", "died", "dead", "fatal..."), not among the 150 same-event pairs of ``try_figure_rewordings.py``, drawn
with seed 15. ``TREE`` is the checkout whose aligner makes the links; write one file per tree, then read the
difference with ``try_figure_rewordings.py diff`` (the file holds the set "same event").

Usage (repository root; BEFORE_TREE e.g. an archive of this tree with main's ``mediadiff/data/word_links.tsv``)::

    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/try_toll_links.py BEFORE_TREE before.json
    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/try_toll_links.py . after.json
    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/try_figure_rewordings.py diff before.json after.json
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

CASUALTY = re.compile(r"\b(kill\w*|death\w*|died|dies|dead|fatal\w*)\b", re.I)
PAIRS = 400


def main() -> None:
    tree, out = Path(sys.argv[1]).resolve(), Path(sys.argv[2])
    sys.path[:0] = [str(tree), str(tree / "bench")]
    import try_figure_rewordings as rewordings

    rewordings._use_tree(tree)
    from mediadiff.align.alignment import align_sentences

    sets, dev = rewordings.ecbplus_pairs()
    taken = set(sets["same event"])
    by_event: dict[str, list[int]] = {}
    for i, (_, event, _) in enumerate(dev):
        by_event.setdefault(event, []).append(i)
    pairs = [(a, b) for members in by_event.values() for a in members for b in members
             if a < b and (a, b) not in taken and CASUALTY.search(dev[a][2]) and CASUALTY.search(dev[b][2])]
    random.Random(15).shuffle(pairs)
    articles = rewordings._Articles()
    rows = []
    for a, b in pairs[:PAIRS]:
        first, second = articles[f"d{a}"], articles[f"d{b}"]
        found = sorted({(i, j) for p in align_sentences(first.sentences, second.sentences)
                        for i in p.a_indices for j in p.b_indices})
        rows.append([f"d{a}", f"d{b}", found])
    out.write_text(json.dumps({"same event": rows}), encoding="utf-8")
    print(f"{len(rows)} pairs, {sum(len(r[2]) for r in rows)} links")


if __name__ == "__main__":
    main()
