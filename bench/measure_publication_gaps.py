"""How many days apart the articles of one story are published, against articles of different stories that
share names: the data behind ``align/params.py`` ``COMPARE_GAP_DAYS`` (compare's warning).

AllSides stories (``allsides_stories``: ``labels.tsv`` gives each article's story; the JSON ``date`` is the
roundup's, one per story), development half (odd story ids) unless ``--half test`` or ``all``. A name is a
word the aligner reads as a name (``align.wordalign.analyse``: capitalised inside a sentence) of the title and
text, three letters or more. GoogleNews (one day's crawl) and ECB+ carry no dates. Texts:
``$MEDIADIFF_BENCH_DATA`` or ``../shared/bench``::

    python bench/measure_publication_gaps.py [--half dev|test|all]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
from collections import defaultdict
from datetime import datetime
from itertools import combinations
from pathlib import Path

from mediadiff.align.wordalign import analyse


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--half", choices=("dev", "test", "all"), default="dev")
    half = parser.parse_args().half
    root = Path(os.environ.get("MEDIADIFF_BENCH_DATA", "../shared/bench")) / "allsides_stories"
    info = {}
    for row in csv.DictReader(open(root / "labels.tsv", encoding="utf-8"), delimiter="\t"):
        if half != "all" and (int(row["story"]) % 2 == 1) != (half == "dev"):
            continue
        record = json.loads((root / "corpus" / f"{row['article']}.json").read_text(encoding="utf-8"))
        if not record.get("date"):
            continue
        names = {t.norm for t in analyse(record["title"] + ". " + record["text"]) if t.kind == "name"
                 and len(t.norm) > 2}
        info[row["article"]] = (row["story"], datetime.fromisoformat(record["date"]), names)
    same: list[float] = []
    other: dict[int, list[float]] = defaultdict(list)
    for a, b in combinations(info, 2):
        (story_a, when_a, names_a), (story_b, when_b, names_b) = info[a], info[b]
        gap = abs((when_a - when_b).total_seconds()) / 86400
        if story_a == story_b:
            same.append(gap)
            continue
        for least in (1, 2, 3):
            if len(names_a & names_b) >= least:
                other[least].append(gap)
    print(f"AllSides {half}: {len(info)} dated articles, {len(same)} same-story pairs\n")
    print("| more than (days) | same-story pairs | different-story pairs sharing 1+ / 2+ / 3+ names |")
    print("|---:|---:|---|")
    for days in (1, 3, 7, 14, 30):
        far = sum(gap > days for gap in same)
        shares = " / ".join(f"{sum(g > days for g in other[k]) / len(other[k]):.0%} of {len(other[k]):,}"
                            for k in (1, 2, 3))
        print(f"| {days} | {far} of {len(same)} | {shares} |")


if __name__ == "__main__":
    main()
