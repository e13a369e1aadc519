"""Event grouping on ECB+: B-cubed and ARI at the event level (topic + subcorpus).

    python bench/bench_ecbplus.py          # report dev (topics 1-35), test (36-45), all, and sensitivity
    python bench/bench_ecbplus.py --tune   # story and event threshold grids on dev topics 1-35 only
    python bench/bench_ecbplus.py --labels 15   # labels of 15 predicted groups, dev topics only

The number of events is never given to mediadiff; the tf-idf agglomerative
baseline below IS given the gold k, as in shared/bench/ecbplus/SOURCE.md.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mediadiff.events.grouping import group_events, group_texts, split_events  # noqa: E402
from mediadiff.events.params import EVENT_LEAD_WEIGHT, EVENT_THRESHOLD, STORY_THRESHOLD  # noqa: E402
from mediadiff.events.vectors import lead_texts, vectorize  # noqa: E402
from mediadiff.models import Article, Sentence  # noqa: E402

DATA = Path(os.environ.get("MEDIADIFF_BENCH_DATA", Path(__file__).resolve().parents[2] / "shared" / "bench"))
TEST_TOPICS = range(36, 46)


def load() -> list[tuple[int, str, str]]:
    """(topic, event id, text) per document; text is one sentence per line."""
    root = DATA / "ecbplus"
    docs = []
    for line in (root / "doc_labels.tsv").read_text().splitlines()[1:]:
        path, topic, subcorpus, event, *_ = line.split("\t")
        sentences: dict[int, list[str]] = defaultdict(list)
        for token in ET.parse(root / path).getroot().iter("token"):
            sentences[int(token.get("sentence"))].append(token.text or "")
        if subcorpus == "ecbplus":
            sentences.pop(0, None)  # the source URL
        text = "\n".join(" ".join(sentences[k]) for k in sorted(sentences))
        docs.append((int(topic), event, text))
    return docs


def bcubed(gold: list, pred: list) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 (Bagga & Baldwin 1998), items weighted equally."""
    pairs = Counter(zip(gold, pred, strict=False))
    gold_size, pred_size = Counter(gold), Counter(pred)
    p = sum(c * c / pred_size[k] for (g, k), c in pairs.items()) / len(gold)
    r = sum(c * c / gold_size[g] for (g, k), c in pairs.items()) / len(gold)
    return p, r, 2 * p * r / (p + r)


def baseline(texts: list[str], k: int) -> list[int]:
    """tf-idf (sublinear, English stop words) + average-linkage cosine, given the gold k."""
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    x = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(texts)
    model = AgglomerativeClustering(n_clusters=k, metric="cosine", linkage="average")
    return model.fit_predict(x.toarray()).tolist()


def score(gold: list, pred: list) -> dict[str, float]:
    from sklearn.metrics import adjusted_rand_score

    p, r, f = bcubed(gold, pred)
    return {"P": p, "R": r, "F1": f, "ARI": adjusted_rand_score(gold, pred), "k": len(set(pred))}


def print_labels(dev: list[tuple[int, str, str]], count: int) -> None:
    """Labels of ``count`` predicted groups (two or more members, evenly spread), with their gold events."""
    articles = []
    for n, (_, _, text) in enumerate(dev):
        lines = text.split("\n")
        sentences = tuple(Sentence(i, line, 0, len(line)) for i, line in enumerate(lines[1:]))
        articles.append(Article(id=str(n), path=f"{n}.txt", raw=text, sentences=sentences, title=lines[0]))
    events = [e for e in group_events(articles) if len(e.article_ids) > 1]
    step = max(1, len(events) // count)
    for event in events[::step][:count]:
        gold = Counter(dev[int(i)][1] for i in event.article_ids).most_common(1)[0][0]
        print(f"{len(event.article_ids):3d}  {gold:14s}  {event.label}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tune", action="store_true", help="grid search on dev topics 1-35")
    parser.add_argument("--labels", type=int, metavar="N", help="print N group labels on dev topics 1-35")
    args = parser.parse_args()
    docs = load()
    splits = {
        "dev (topics 1-35)": [d for d in docs if d[0] not in TEST_TOPICS],
        "test (topics 36-45)": [d for d in docs if d[0] in TEST_TOPICS],
        "all": docs,
    }
    if args.labels:
        print_labels(splits["dev (topics 1-35)"], args.labels)
        return
    if args.tune:
        dev = splits["dev (topics 1-35)"]
        print(sensitivity("dev (topics 1-35)", dev, (0.15, 0.2, 0.25, 0.3, 0.35, 0.4)))
        print(event_sensitivity("dev (topics 1-35)", dev, (0.02, 0.025, 0.03, 0.035, 0.04, 0.05, 0.08),
                                (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)))
        return
    print(f"mediadiff defaults: story threshold={STORY_THRESHOLD}, event threshold={EVENT_THRESHOLD}\n")
    print("Stories (k not given) against gold events (topic + subcorpus):\n")
    print("| split | method | k given | events gold | k found | B3 P | B3 R | B3 F1 | ARI | seconds |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for name, split in splits.items():
        gold = [d[1] for d in split]
        texts = [d[2] for d in split]
        k = len(set(gold))
        for method in ("tf-idf agglomerative", "mediadiff group_texts"):
            start = time.perf_counter()
            pred = baseline(texts, k) if method.startswith("tf-idf") else group_texts(texts).tolist()
            seconds = time.perf_counter() - start
            s = score(gold, pred)
            given = "yes" if method.startswith("tf-idf") else "no"
            print(
                f"| {name} | {method} | {given} | {k} | {s['k']} | {s['P']:.3f} | {s['R']:.3f} "
                f"| {s['F1']:.3f} | {s['ARI']:.3f} | {seconds:.1f} |"
            )
    grid = (0.15, 0.2, 0.25, 0.3, 0.35, 0.4)
    events_grid = (0.02, 0.025, 0.03, 0.035, 0.04, 0.05, 0.08, 0.1)
    for name in ("dev (topics 1-35)", "test (topics 36-45)"):
        print()
        print(sensitivity(name, splits[name], grid))
        print()
        print(event_sensitivity(name, splits[name], events_grid))


def sensitivity(name: str, split: list[tuple[int, str, str]], thresholds: tuple[float, ...]) -> str:
    """Story B-cubed F1 against gold events at each story threshold."""
    gold = [d[1] for d in split]
    out = [f"Story threshold sensitivity, {name} (B3 F1 against gold events; default {STORY_THRESHOLD}):", "",
           "| threshold | " + " | ".join(f"{t:g}" for t in thresholds) + " |",
           "|---|" + "---|" * len(thresholds)]
    cells = []
    for t in thresholds:
        s = score(gold, group_texts([d[2] for d in split], threshold=t).tolist())
        cells.append(f"{s['F1']:.3f} ({s['k']})")
    out.append("| B3 F1 (groups) | " + " | ".join(cells) + " |")
    return "\n".join(out)


def event_sensitivity(name: str, split: list[tuple[int, str, str]], thresholds: tuple[float, ...],
                      lead_weights: tuple[float, ...] = (0.0, EVENT_LEAD_WEIGHT)) -> str:
    """Events inside stories: each gold topic is taken as the story, its two gold events are to be found.

    One row per lead weight: 0.0 is the whole text alone (the method before the lead block).
    """
    gold = [d[1] for d in split]
    texts = [d[2] for d in split]
    matrix = vectorize(texts, name_weight=1.0, number_weight=1.0).matrix
    leads = vectorize(lead_texts(texts), name_weight=1.0, number_weight=1.0).matrix
    topics: dict[int, list[int]] = defaultdict(list)
    for i, d in enumerate(split):
        topics[d[0]].append(i)
    out = [f"Events inside stories, {name} (gold topic = story; B3 F1 against gold events (groups); default "
           f"threshold {EVENT_THRESHOLD}, lead weight {EVENT_LEAD_WEIGHT}):",
           "", "| lead weight \\ event threshold | " + " | ".join(f"{t:g}" for t in thresholds) + " |",
           "|---|" + "---|" * len(thresholds)]
    for weight in lead_weights:
        cells = []
        for t in thresholds:
            pred: list[object] = [None] * len(split)
            for topic, members in topics.items():
                labels = split_events(matrix, members, t, lead_matrix=leads if weight else None, lead_weight=weight)
                for member, label in zip(members, labels.tolist(), strict=True):
                    pred[member] = f"{topic}.{label}"
            s = score(gold, pred)
            cells.append(f"{s['F1']:.3f} ({s['k']})")
        out.append(f"| {weight:g} | " + " | ".join(cells) + " |")
    one = score(gold, [d[0] for d in split])
    out.append(f"\n(one event per topic, the floor: B3 F1 {one['F1']:.3f})")
    return "\n".join(out)


if __name__ == "__main__":
    main()
