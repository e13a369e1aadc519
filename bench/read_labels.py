"""Print every story's and event's label of one corpus, to read labels before and after a change.

    python bench/read_labels.py seeds > after.tsv
    python bench/read_labels.py allsides --tree /tmp/old > before.tsv     # labels of another tree
    diff before.tsv after.tsv

Corpora: ``seeds``, ``allsides`` (all 975 articles, dated) and ``googlenews`` (GoogleNews-TS's 11,109
short texts as undated articles: lower case, stop words removed, so labels have no names). Rows:
corpus, id, label, member ids (events only for stories with several). The tree is imported from
``--tree`` (default: this one).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

DATA = Path(os.environ.get("MEDIADIFF_BENCH_DATA", Path(__file__).resolve().parents[2] / "shared" / "bench"))


def articles(corpus: str, tree: Path) -> list:
    from mediadiff.corpus.cleaning import clean_text
    from mediadiff.corpus.reading import load_corpus

    if corpus == "seeds":
        return list(load_corpus(tree / "seeds"))
    if corpus == "allsides":
        return list(load_corpus(DATA / "allsides_stories" / "corpus"))
    lines = (DATA / "googlenews_ts" / "GoogleNews-TS.txt").read_text(encoding="utf-8").splitlines()
    return [clean_text(line.partition("\t")[2], article_id=f"g{i}", path=f"g{i}.txt") for i, line in enumerate(lines)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", choices=["seeds", "allsides", "googlenews"])
    parser.add_argument("--tree", type=Path, default=Path(__file__).resolve().parents[1])
    args = parser.parse_args()
    sys.path.insert(0, str(args.tree.resolve()))
    from mediadiff.events.grouping import group_stories

    for story in group_stories(articles(args.corpus, args.tree.resolve())):
        groups = [story, *story.events] if len(story.events) > 1 else [story]
        for group in groups:
            print(args.corpus, group.id, group.label, " ".join(group.article_ids), sep="\t")


if __name__ == "__main__":
    main()
