"""Precision and recall of align_sentences on hand-made gold alignments of seed pairs.

Gold: ``tests/data/gold_alignment_*.json`` (links between sentences that
report the same fact), each marked ``"split": "dev"`` (001/003, 000/004,
002/003, 001/004: the only pairs used to choose the link floor) or ``"test"``
(003/004, 000/002). The "test" figures are DEVELOPMENT figures all the same:
the test pairs share articles with the dev pairs, and issue 12 names sentences
of 003/004 whose alignment had to be fixed, so 003/004 was read while the
aligner was built. Held-out figures come from pairs nobody here has seen.

Every gold file of a split is pooled. Reports, per pair and pooled per split,
the links and the per-status decisions (shared vs dropped/added) for
mediadiff's defaults, for tf-idf + optimal assignment at the same floor (as
in bench_align_generated.py) and for the naive baseline: each A sentence's
best ``difflib.SequenceMatcher.ratio`` match, kept if the ratio is at least
0.5. Then the dev sweep of the link floor that chose ``LINK_FLOOR``.

Usage (from the repository root)::

    python bench/bench_seed_alignment.py
"""

from __future__ import annotations

import difflib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_align_generated import tfidf_assignment  # noqa: E402
from edited_copies import EditedPair  # noqa: E402

from mediadiff.align.alignment import align_sentences  # noqa: E402
from mediadiff.align.params import LINK_FLOOR  # noqa: E402
from mediadiff.corpus.reading import load_corpus  # noqa: E402

GOLD_DIR = ROOT / "tests" / "data"
NAIVE_CUTOFF = 0.5


def ours(a, b, **options) -> set[tuple[int, int]]:
    return {(i, j) for p in align_sentences(a, b, **options) for i in p.a_indices for j in p.b_indices}


def tfidf(a, b) -> set[tuple[int, int]]:
    pair = EditedPair(tuple(s.text for s in a), tuple(t.text for t in b), frozenset(), frozenset())
    return tfidf_assignment(pair)[0]


def load_gold(split: str | None = None) -> list[dict]:
    """Gold files of ``split`` ("dev", "test"; None for all): test first, then by pair."""
    paths = sorted(GOLD_DIR.glob("gold_alignment_*.json"))
    golds = [json.loads(path.read_text(encoding="utf-8")) for path in paths]
    golds = [g for g in golds if split is None or g["split"] == split]
    return sorted(golds, key=lambda g: (g["split"] != "test", g["a"], g["b"]))


def naive(a, b) -> set[tuple[int, int]]:
    links = set()
    for s in a:
        ratio, j = max((difflib.SequenceMatcher(None, s.text, t.text).ratio(), t.index) for t in b)
        if ratio >= NAIVE_CUTOFF:
            links.add((s.index, j))
    return links


def prf(predicted: set, gold: set) -> tuple[float, float, int, int, int]:
    tp = len(predicted & gold)
    p = tp / len(predicted) if predicted else 0.0
    r = tp / len(gold) if gold else 0.0
    return p, r, tp, len(predicted), len(gold)


METHODS = (("mediadiff", ours), ("tf-idf + assignment", tfidf), ("naive ratio", naive))
KEYS = ("links", "shared-A", "dropped", "added")


def main() -> str:
    corpus = load_corpus(ROOT / "seeds")
    lines = [f"Defaults: link floor {LINK_FLOOR} (mediadiff and tf-idf + assignment); "
             f"naive = best SequenceMatcher.ratio >= {NAIVE_CUTOFF}. All figures are development figures.", "",
             "| split | pair | method | links P | links R | links F1 | shared-A P | shared-A R "
             "| dropped P | dropped R | added P | added R |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for split in ("test", "dev"):
        totals: dict[str, dict[str, list]] = {}
        for gold in load_gold(split):
            a, b = corpus[gold["a"]].sentences, corpus[gold["b"]].sentences
            gold_links = {tuple(link) for link in gold["links"]}
            for method, fn in METHODS:
                links = fn(a, b)
                sets = {
                    "links": (links, gold_links),
                    "shared-A": ({i for i, _ in links}, {i for i, _ in gold_links}),
                    "dropped": ({s.index for s in a} - {i for i, _ in links},
                                {s.index for s in a} - {i for i, _ in gold_links}),
                    "added": ({t.index for t in b} - {j for _, j in links},
                              {t.index for t in b} - {j for _, j in gold_links}),
                }
                cells = []
                for key, (pred, ref) in sets.items():
                    tag = f"{gold['a']}/{gold['b']}:"
                    pred = {(tag, x) for x in pred}
                    ref = {(tag, x) for x in ref}
                    acc = totals.setdefault(method, {}).setdefault(key, [set(), set()])
                    acc[0] |= pred
                    acc[1] |= ref
                    p, r, *_ = prf(pred, ref)
                    cells += [f"{p:.2f}", f"{r:.2f}"] + ([f"{f1(p, r):.2f}"] if key == "links" else [])
                lines.append(f"| {split} | {gold['a']}/{gold['b']} | {method} | " + " | ".join(cells) + " |")
        for method, sets in totals.items():
            cells = []
            for key in KEYS:
                p, r, tp, npred, ngold = prf(*sets[key])
                cells += [f"{p:.2f}", f"{r:.2f}"] + ([f"{f1(p, r):.2f}"] if key == "links" else [])
                if key == "links":
                    cells[0] = f"**{cells[0]}** ({tp}/{npred})"
                    cells[1] = f"**{cells[1]}** ({tp}/{ngold})"
            lines.append(f"| {split} | pooled | {method} | " + " | ".join(cells) + " |")
    lines += ["", "Dev sweep of the link floor (pooled dev links; the only data LINK_FLOOR was chosen on):", "",
              "| link floor | P | R | F1 | links |", "|---|---|---|---|---|"]
    for floor in (0.14, 0.16, 0.18, 0.19, 0.20, 0.21, 0.22, 0.24, 0.25, 0.30):
        tp = predicted = total = 0
        for gold in load_gold("dev"):
            links = ours(corpus[gold["a"]].sentences, corpus[gold["b"]].sentences, threshold=floor)
            gold_links = {tuple(link) for link in gold["links"]}
            tp, predicted, total = tp + len(links & gold_links), predicted + len(links), total + len(gold_links)
        p, r = tp / predicted if predicted else 0.0, tp / total
        lines.append(f"| {floor:.2f} | {p:.2f} | {r:.2f} | {f1(p, r):.2f} | {tp}/{predicted} of {total} |")
    text = "\n".join(lines)
    print(text)
    return text


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


if __name__ == "__main__":
    main()
