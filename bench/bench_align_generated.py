"""Sentence alignment on generated edited copies of real news: quality and speed, beside two baselines.

Pairs come from ``bench/edited_copies.py`` (MSRP news sentences; kept,
typographic edits, MSRP paraphrases as rewordings, drops, same-topic
additions, moves, splits and merges; gold links known by construction). For
each size n (sentences of A) it reports link precision, recall and F1, the
share of gold kept links marked kept and of gold reworded links marked
reworded, and the CPU seconds (``time.process_time``, one core; imports and
the word lists loaded once per process excluded) of:

- mediadiff: ``align_sentences`` (the whole alignment, evidence included);
- tf-idf + assignment: scikit-learn ``TfidfVectorizer`` (English stop words,
  sublinear tf) over the sentences of both sides, the dense cosine matrix and
  scipy's ``linear_sum_assignment``, links at cosine >= the same floor;
- difflib: ``SequenceMatcher`` over the two lists of sentences; equal blocks
  link, and in replaced blocks the sentences at the same offset link when
  their character ratio is >= 0.5.

Then the growth exponent of mediadiff's time from the smallest to the largest
n (least squares on log-log), and its peak traced memory (``tracemalloc``) per
size. Usage (repository root)::

    python bench/bench_align_generated.py [--sizes 100,300,1000,3000] [--seeds 3] [--floors 0.1,0.2]
"""

from __future__ import annotations

import argparse
import difflib
import math
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from edited_copies import EditedPair, make_pair  # noqa: E402

from mediadiff.align.alignment import align_sentences  # noqa: E402
from mediadiff.align.params import LINK_FLOOR  # noqa: E402
from mediadiff.models import Sentence  # noqa: E402


def as_sentences(texts: tuple[str, ...]) -> tuple[Sentence, ...]:
    out, pos = [], 0
    for k, text in enumerate(texts):
        out.append(Sentence(k, text, pos, pos + len(text)))
        pos += len(text) + 1
    return tuple(out)


def ours(pair: EditedPair) -> tuple[set, set, set]:
    rows = align_sentences(as_sentences(pair.a), as_sentences(pair.b))
    links, kept, reworded = set(), set(), set()
    for row in rows:
        for i in row.a_indices:
            for j in row.b_indices:
                links.add((i, j))
                (kept if row.status == "kept" else reworded).add((i, j))
    return links, kept, reworded


def tfidf_assignment(pair: EditedPair) -> tuple[set, set, set]:
    from scipy.optimize import linear_sum_assignment
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectoriser = TfidfVectorizer(stop_words="english", sublinear_tf=True)
    matrix = vectoriser.fit_transform(list(pair.a) + list(pair.b))
    cos = (matrix[: len(pair.a)] @ matrix[len(pair.a):].T).toarray()
    rows, cols = linear_sum_assignment(-cos)
    links = {(int(i), int(j)) for i, j in zip(rows, cols) if cos[i, j] >= LINK_FLOOR}
    return links, set(), set()


def difflib_links(pair: EditedPair) -> tuple[set, set, set]:
    links = set()
    matcher = difflib.SequenceMatcher(None, list(pair.a), list(pair.b), autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        for k in range(min(i2 - i1, j2 - j1)):
            if tag == "equal" or difflib.SequenceMatcher(None, pair.a[i1 + k], pair.b[j1 + k]).ratio() >= 0.5:
                links.add((i1 + k, j1 + k))
    return links, set(), set()


METHODS = (("mediadiff", ours), ("tf-idf + assignment", tfidf_assignment), ("difflib", difflib_links))


def measure(sizes: list[int], seeds: int) -> tuple[list[str], dict[int, float]]:
    lines = ["| n (A sentences) | method | links P | links R | links F1 | kept marked kept | "
             "reworded marked reworded | CPU s per pair |", "|---|---|---|---|---|---|---|---|"]
    our_time: dict[int, float] = {}
    import scipy.sparse.csgraph  # noqa: F401  (imported by mediadiff for large components; not timed)

    tfidf_assignment(make_pair(20, 99))  # warm imports so they are not timed
    ours(make_pair(20, 99))  # and the word lists sentence_similarity loads once per process
    for n in sizes:
        pairs = [make_pair(n, seed) for seed in range(seeds)]
        for name, method in METHODS:
            tp = predicted = gold = kept_ok = kept_all = reworded_ok = reworded_all = 0
            seconds = 0.0
            for pair in pairs:
                start = time.process_time()
                links, kept, reworded = method(pair)
                seconds += time.process_time() - start
                tp += len(links & pair.links)
                predicted += len(links)
                gold += len(pair.links)
                kept_all += len(pair.kept)
                kept_ok += len(kept & pair.kept)
                gold_reworded = pair.links - pair.kept
                reworded_all += len(gold_reworded)
                reworded_ok += len(reworded & gold_reworded)
            p, r = tp / predicted if predicted else 0.0, tp / gold
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            status = (f"{kept_ok / kept_all:.3f} | {reworded_ok / reworded_all:.3f}"
                      if name == "mediadiff" else "- | -")
            lines.append(f"| {n} | {name} | {p:.3f} | {r:.3f} | {f1:.3f} | {status} | {seconds / seeds:.3f} |")
            if name == "mediadiff":
                our_time[n] = seconds / seeds
    return lines, our_time


def growth(times: dict[int, float]) -> float:
    xs = [math.log(n) for n in times]
    ys = [math.log(max(t, 1e-6)) for t in times.values()]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def floor_sweep(n: int, seeds: int, floors: list[float]) -> list[str]:
    lines = [f"| link floor (n={n}) | links P | links R | links F1 |", "|---|---|---|---|"]
    pairs = [make_pair(n, seed) for seed in range(seeds)]
    for floor in floors:
        tp = predicted = gold = 0
        for pair in pairs:
            rows = align_sentences(as_sentences(pair.a), as_sentences(pair.b), threshold=floor)
            links = {(i, j) for row in rows for i in row.a_indices for j in row.b_indices}
            tp, predicted, gold = tp + len(links & pair.links), predicted + len(links), gold + len(pair.links)
        p, r = tp / predicted, tp / gold
        lines.append(f"| {floor:.2f} | {p:.3f} | {r:.3f} | {2 * p * r / (p + r):.3f} |")
    return lines


def memory(sizes: list[int]) -> list[str]:
    lines = ["| n | mediadiff peak traced memory (MB) | MB per 1,000 sentences |", "|---|---|---|"]
    for n in sizes:
        pair = make_pair(n, 0)
        a, b = as_sentences(pair.a), as_sentences(pair.b)
        tracemalloc.start()
        align_sentences(a, b)
        peak = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
        lines.append(f"| {n} | {peak:.1f} | {peak / (n / 1000):.1f} |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,300,1000,3000")
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--floors", default="0.10,0.15,0.20,0.25,0.30,0.40",
                        help="link floors to sweep at n=300 (empty: no sweep)")
    args = parser.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    lines, times = measure(sizes, args.seeds)
    print(f"Generated edited copies, {args.seeds} seeds per size; link floor {LINK_FLOOR} for mediadiff and "
          "the tf-idf baseline.\n")
    print("\n".join(lines))
    if len(times) > 1:
        print(f"\nmediadiff time grows like n^{growth(times):.2f} from n={min(times)} to n={max(times)}.\n")
    print("\n".join(memory(sizes)))
    if args.floors:
        print("\n" + "\n".join(floor_sweep(300, args.seeds, [float(x) for x in args.floors.split(",")])))


if __name__ == "__main__":
    main()
