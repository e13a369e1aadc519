"""Precision and recall of align_sentences on hand-made gold alignments of seed pairs.

Gold: ``tests/data/gold_alignment_003_004.json`` and ``..._000_002.json``
(links between sentences that report the same fact). Reports, per pair and
pooled, the "aligned" links and the per-status decisions (shared vs
dropped/added), for the default settings and for the naive baseline: each A
sentence's best ``difflib.SequenceMatcher.ratio`` match, kept if the ratio is
at least 0.5.

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

from mediadiff.align import DEFAULT_THRESHOLD, align_sentences  # noqa: E402
from mediadiff.corpus import load_corpus  # noqa: E402

GOLD = ("gold_alignment_003_004.json", "gold_alignment_000_002.json")
NAIVE_CUTOFF = 0.5


def ours(a, b) -> set[tuple[int, int]]:
    return {(i, j) for p in align_sentences(a, b) for i in p.a_indices for j in p.b_indices}


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


def main() -> str:
    corpus = load_corpus(ROOT / "seeds")
    totals: dict[str, dict[str, list]] = {}
    lines = [f"Default threshold {DEFAULT_THRESHOLD}; naive = best SequenceMatcher.ratio >= {NAIVE_CUTOFF}.", "",
             "| pair | method | links P | links R | shared-A P | shared-A R | dropped P | dropped R | added P | added R |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for name in GOLD:
        gold = json.loads((ROOT / "tests" / "data" / name).read_text(encoding="utf-8"))
        a, b = corpus[gold["a"]].sentences, corpus[gold["b"]].sentences
        gold_links = {tuple(link) for link in gold["links"]}
        for method, fn in (("mediadiff", ours), ("naive ratio", naive)):
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
                cells += [f"{p:.2f}", f"{r:.2f}"]
            lines.append(f"| {gold['a']}/{gold['b']} | {method} | " + " | ".join(cells) + " |")
    for method, sets in totals.items():
        cells = []
        for key in ("links", "shared-A", "dropped", "added"):
            p, r, tp, npred, ngold = prf(*sets[key])
            cells += [f"{p:.2f}", f"{r:.2f}"]
        lines.append(f"| pooled | {method} | " + " | ".join(cells) + " |")
    text = "\n".join(lines)
    print(text)
    return text


if __name__ == "__main__":
    main()
