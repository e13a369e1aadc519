"""Story grouping on AllSides roundups: one story told by left, centre and right outlets.

    python bench/bench_allsides.py          # dev (odd story ids), test (even ids), all: default vs tf-idf
    python bench/bench_allsides.py --tune   # story threshold x time window, dev stories only

975 articles (title + opening sentences) of 469 stories (../shared/bench/allsides_stories).
The source gives no split; stories with an odd id are dev (tuning), even ids test.
Every row is measured in this run: mediadiff ``group_stories`` (k not given, with and
without publication dates) beside tf-idf (English stop words, sublinear tf) with average
linkage at cosine distance 0.7, the anchor in SOURCE.md. B-cubed over articles.
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_ecbplus import bcubed  # noqa: E402

from mediadiff.corpus.reading import load_corpus  # noqa: E402
from mediadiff.events.grouping import group_stories  # noqa: E402
from mediadiff.events.params import STORY_THRESHOLD, STORY_WINDOW_DAYS  # noqa: E402

DATA = Path(os.environ.get("MEDIADIFF_BENCH_DATA", Path(__file__).resolve().parents[2] / "shared" / "bench"))


def load() -> tuple[list, dict[str, int]]:
    """Articles (as mediadiff reads the corpus folder) and their gold story ids."""
    root = DATA / "allsides_stories"
    with (root / "labels.tsv").open(encoding="utf-8") as handle:
        gold = {row["article"]: int(row["story"]) for row in csv.DictReader(handle, delimiter="\t")}
    return list(load_corpus(root / "corpus")), gold


def baseline(texts: list[str], distance: float = 0.7) -> list[int]:
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    x = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(texts)
    model = AgglomerativeClustering(n_clusters=None, distance_threshold=distance, metric="cosine", linkage="average")
    return model.fit_predict(x.toarray()).tolist()


def mediadiff_stories(articles: list, *, dates: bool = True, **options: float) -> list[str]:
    if not dates:
        articles = [_undated(a) for a in articles]
    story_of = {i: s.id for s in group_stories(articles, **options) for i in s.article_ids}
    return [story_of[a.id] for a in articles]


def _undated(article):  # noqa: ANN001, ANN202
    from dataclasses import replace

    return replace(article, published=None)


def row(name: str, method: str, gold: list[int], pred: list, seconds: float) -> str:
    p, r, f = bcubed(gold, pred)
    return (f"| {name} | {method} | {len(set(gold))} | {len(set(pred))} | {p:.3f} | {r:.3f} | **{f:.3f}** "
            f"| {seconds:.1f} |")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tune", action="store_true", help="grid on dev stories (odd ids) only")
    args = parser.parse_args()
    articles, gold_of = load()
    splits = {
        "dev (odd stories)": [a for a in articles if gold_of[a.id] % 2],
        "test (even stories)": [a for a in articles if not gold_of[a.id] % 2],
        "all": articles,
    }
    header = "| split | method | stories | found | B3 P | B3 R | B3 F1 | seconds |\n|---|---|---|---|---|---|---|---|"
    print(header)
    if args.tune:
        dev = splits["dev (odd stories)"]
        gold = [gold_of[a.id] for a in dev]
        for threshold in (0.2, 0.25, 0.3, 0.35, 0.4):
            for window in (1.0, 3.0, 7.0):
                pred = mediadiff_stories(dev, threshold=threshold, window_days=window)
                print(row("dev", f"mediadiff t={threshold} window={window:g}d", gold, pred, 0))
            pred = mediadiff_stories(dev, dates=False, threshold=threshold)
            print(row("dev", f"mediadiff t={threshold} no dates", gold, pred, 0))
        return
    for name, split in splits.items():
        gold = [gold_of[a.id] for a in split]
        start = time.perf_counter()
        pred = baseline([f"{a.title}\n{a.body}" for a in split])
        print(row(name, "tf-idf average linkage, distance 0.7", gold, pred, time.perf_counter() - start))
        for dates in (True, False):
            start = time.perf_counter()
            pred = mediadiff_stories(split, dates=dates)
            when = f"dates, window {STORY_WINDOW_DAYS:g} d" if dates else "dates withheld"
            method = f"mediadiff default (t={STORY_THRESHOLD}, {when})"
            print(row(name, method, gold, pred, time.perf_counter() - start))


if __name__ == "__main__":
    main()
