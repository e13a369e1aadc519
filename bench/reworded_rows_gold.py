"""A gold set of reworded rows judged "same fact / not", and the precision of their confidence by band.

A reworded row claims its two sentences report one fact. This script samples such rows from development
data only, writes them *without any score* for a person to judge blind, and later joins the judgments
with what the current code says of each row (confidence, paraphrase probability, names-only evidence).

Sources (development only): PolNeAR *train* events (``mediadiff group`` on
``$MEDIADIFF_BENCH_DATA/polnear/train/text`` with default options; every pair of articles in an event of
2 to 6 articles) and the AllSides development story pairs (``bench/gold/allsides_alignment.json``
``pairs``). Rows are sampled at random (seed 12), at most ``--per-pair`` per article pair.

Usage (repository root, ``MEDIADIFF_BENCH_DATA`` set)::

    python bench/reworded_rows_gold.py --write /tmp/rows_blind.tsv   # rows to judge: no scores
    # judge: fill the column "same" with 1 (one fact: B reports what A reports, or one side reports it
    # within a larger sentence) or 0 (not the same fact), then save as bench/gold/reworded_rows.tsv
    python bench/reworded_rows_gold.py                                # precision by band, current code
    python bench/reworded_rows_gold.py --event S2.1                   # sure rows of one PolNeAR train event

``load()`` gives the judged rows with their current evidence (used by ``learn_row_confidence.py``).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import sys
from collections.abc import Iterator
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from mediadiff.align.alignment import align_sentences  # noqa: E402
from mediadiff.align.params import LINK_FLOOR  # noqa: E402
from mediadiff.corpus.reading import load_corpus  # noqa: E402

GOLD = ROOT / "bench" / "gold" / "reworded_rows.tsv"
FIELDS = ("source", "a", "b", "a_indices", "b_indices", "a_text", "b_text", "same")


def bench_dir() -> Path:
    env = os.environ.get("MEDIADIFF_BENCH_DATA")
    return Path(env) if env else ROOT.parent / "shared" / "bench"


def article_pairs() -> Iterator[tuple[str, object, object]]:
    """(source, article A, article B) of every development pair, PolNeAR train events then AllSides."""
    from mediadiff.events.grouping import group_stories

    polnear = load_corpus(bench_dir() / "polnear" / "train" / "text")
    for story in group_stories(list(polnear.articles)):
        for event in story.events:
            ids = sorted(event.article_ids)
            if 2 <= len(ids) <= 6:
                for a, b in combinations(ids, 2):
                    yield f"polnear-train {event.id}", polnear[a], polnear[b]
    gold = json.loads((ROOT / "bench" / "gold" / "allsides_alignment.json").read_text(encoding="utf-8"))
    allsides = load_corpus(bench_dir() / "allsides_stories" / "corpus")
    for pair in gold["pairs"]:
        yield "allsides-dev", allsides[pair["a"]], allsides[pair["b"]]


def reworded(per_pair: int, rng: random.Random) -> dict[str, list[dict]]:
    """Every source's sampled reworded rows (at most ``per_pair`` of each article pair), keyed by source kind."""
    found: dict[str, list[dict]] = {"polnear-train": [], "allsides-dev": []}
    for source, article_a, article_b in article_pairs():
        rows = [r for r in align_sentences(article_a.sentences, article_b.sentences) if r.status == "reworded"]
        for row in rng.sample(rows, min(per_pair, len(rows))):
            found[source.split()[0]].append(
                {"source": source, "a": article_a.id, "b": article_b.id,
                 "a_indices": ",".join(map(str, row.a_indices)), "b_indices": ",".join(map(str, row.b_indices)),
                 "a_text": row.a_text, "b_text": row.b_text, "same": ""})
    return found


def write(path: Path, counts: tuple[int, int], per_pair: int) -> None:
    rng = random.Random(12)
    found = reworded(per_pair, rng)
    chosen = [row for source, count in zip(("polnear-train", "allsides-dev"), counts)
              for row in rng.sample(found[source], min(count, len(found[source])))]
    rng.shuffle(chosen)
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.DictWriter(handle, FIELDS, delimiter="\t")
        out.writeheader()
        out.writerows(chosen)
    print(f"{len(chosen)} rows to judge in {path} (of {len(found['polnear-train'])} PolNeAR train and "
          f"{len(found['allsides-dev'])} AllSides development rows sampled)")


def located(sentences, recorded: str, text: str) -> str:
    """The indices (as written in the file, "3" or "3,4") of the run of ``sentences`` whose texts joined by a
    space are ``text``: the recorded ones when they still hold it, else the first such run of the same length,
    else "" (the sentences are no longer split that way). The judgment belongs to the texts; the indices were
    those of the segmentation of the day (81f71f2), and later reading rules (lines set aside, abbreviations)
    shift them: by 2026-11-25, 105 of the 170 recorded sides pointed at other sentences."""
    wanted = [int(i) for i in recorded.split(",")]
    if max(wanted) < len(sentences) and " ".join(sentences[i].text for i in wanted) == text:
        return recorded
    width = len(wanted)
    for start in range(len(sentences) - width + 1):
        if " ".join(s.text for s in sentences[start : start + width]) == text:
            return ",".join(map(str, range(start, start + width)))
    return ""


def load(path: Path = GOLD) -> list[dict]:
    """The judged rows, each with the row the current aligner gives for it (``row``: None if it no longer
    aligns those sentences, or no longer reads them as they were judged) and ``right`` (the judgment as a
    bool). Rows are found by their texts (``located``), not by the indices alone."""
    with path.open(encoding="utf-8") as handle:
        judged = list(csv.DictReader(handle, delimiter="\t"))
    corpora = {"polnear-train": load_corpus(bench_dir() / "polnear" / "train" / "text"),
               "allsides-dev": load_corpus(bench_dir() / "allsides_stories" / "corpus")}
    cache: dict[tuple[str, str], tuple] = {}
    for item in judged:
        corpus = corpora[item["source"].split()[0]]
        key = (item["a"], item["b"])
        if key not in cache:
            cache[key] = align_sentences(corpus[item["a"]].sentences, corpus[item["b"]].sentences)
        wanted = (located(corpus[item["a"]].sentences, item["a_indices"], item["a_text"]),
                  located(corpus[item["b"]].sentences, item["b_indices"], item["b_text"]))
        item["rows"] = cache[key]
        item["row"] = next((r for r in cache[key] if (",".join(map(str, r.a_indices)),
                                                       ",".join(map(str, r.b_indices))) == wanted), None)
        item["right"] = item["same"].strip() == "1"
    return judged


def bands(values: list[tuple[float, bool]], edges: tuple[float, ...]) -> list[str]:
    lines = ["| band | rows | right | precision |", "|---|---|---|---|"]
    for lo, hi in zip(edges, edges[1:]):
        part = [right for value, right in values if lo <= value < hi or (hi == edges[-1] and value == hi)]
        if part:
            lines.append(f"| {lo:.2f}-{hi:.2f} | {len(part)} | {sum(part)} | {sum(part) / len(part):.2f} |")
    return lines


def report() -> None:
    from mediadiff.align import evidence

    judged = load()
    present = [item for item in judged if item["row"] is not None]
    right = sum(item["right"] for item in present)
    print(f"{len(judged)} judged rows, {len(present)} still aligned as judged, {right} of them the same fact "
          f"({right / max(1, len(present)):.2f})\n")
    for source in ("polnear-train", "allsides-dev"):
        part = [item for item in present if item["source"].startswith(source)]
        print(f"- {source}: {len(part)} rows, {sum(i['right'] for i in part)} right")
    conf = [(item["row"].confidence, item["right"]) for item in present]
    para = [(item["row"].paraphrase or 0.0, item["right"]) for item in present]
    print("\nBy confidence (uncertain below 2/3):\n\n" + "\n".join(bands(conf, (0.0, 0.5, 2 / 3, 0.8, 0.9, 1.0))))
    print("\nBy paraphrase probability:\n\n" + "\n".join(bands(para, (0.0, 0.05, 0.2, 0.4549, 0.8, 1.0))))
    named = []
    for item in present:
        row = item["row"]
        share = evidence.pair_features(row.a_text, row.b_text, score=row.score, similarity=row.similarity,
                                       paraphrase=row.paraphrase, pairs=row.word_pairs, floor=LINK_FLOOR,
                                       parts=len(row.a) + len(row.b))["name_share"]
        named.append((share, item["right"]))
    print("\nBy share of corresponding words that are names or dates:\n\n"
          + "\n".join(bands(named, (0.0, 0.25, 0.5, 0.75, 0.999, 1.0))))
    sure = [r for c, r in conf if c >= 2 / 3]
    print(f"\nShown as sure (>= 2/3): {len(sure)}, right {sum(sure)} ({sum(sure) / max(1, len(sure)):.2f}); "
          f"uncertain: {len(conf) - len(sure)}, right {sum(r for c, r in conf if c < 2 / 3)}")


def event_sureness(event_id: str) -> None:
    """How many reworded rows of one PolNeAR train event's pairs read as sure, and how many of those have a
    paraphrase probability below 0.2 (the QA count of issue 12)."""
    from itertools import combinations

    from mediadiff.align.paraphrase import paraphrase_probability
    from mediadiff.events.grouping import group_stories

    polnear = load_corpus(bench_dir() / "polnear" / "train" / "text")
    event = next(e for story in group_stories(list(polnear.articles)) for e in story.events if e.id == event_id)
    total = sure = sure_low = 0
    for a, b in combinations(sorted(event.article_ids), 2):
        for row in align_sentences(polnear[a].sentences, polnear[b].sentences):
            if row.status == "reworded":
                total += 1
                sure += not row.uncertain
                sure_low += not row.uncertain and paraphrase_probability(row.a_text, row.b_text) < 0.2
    print(f"{event_id}: {total} reworded rows, {sure} shown as sure, {sure_low} of them with paraphrase "
          f"probability < 0.2")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", type=Path, help="write rows to judge (no scores) to this file")
    parser.add_argument("--counts", type=int, nargs=2, default=(56, 28), help="PolNeAR and AllSides rows")
    parser.add_argument("--per-pair", type=int, default=3)
    parser.add_argument("--event", help="count sure reworded rows of this PolNeAR train event (e.g. S2.1)")
    args = parser.parse_args()
    if args.event:
        event_sureness(args.event)
    elif args.write:
        write(args.write, tuple(args.counts), args.per_pair)
    else:
        report()


if __name__ == "__main__":
    main()
