"""Sentence alignment on real cross-outlet pairs: three sets of AllSides stories.

Gold: ``bench/gold/allsides_alignment.json``: links between the opening
sentences of two outlets reporting one story, annotated by reading before any
aligner ran on those stories (conventions in the file). The first set (33
links) is a development set now: its first run exposed the plain idf, which
was then changed. The second set (28 links) was drawn and annotated after that
change and is the held-out figure. The third set (20 pairs, 63 links,
``pairs_third``) was drawn and annotated blind on 2026-11-25 as a larger
development set for alignment recall; it is reported beside the first, with a
pooled development line (first + third). Texts:
``$MEDIADIFF_BENCH_DATA/allsides_stories`` or ``../shared/bench/allsides_stories``.
Reports pooled link precision, recall and F1 of mediadiff, of tf-idf +
optimal assignment at the same floor and of the naive difflib best match
(ratio >= 0.5), in one run, and mediadiff's rows marked uncertain.

Usage (repository root)::

    python bench/bench_align_allsides.py              # the development sets (first, third, pooled)
    python bench/bench_align_allsides.py --set third  # one development set (first, third or pooled)
    python bench/bench_align_allsides.py --errors     # also mediadiff's false and missed links, with texts
    python bench/bench_align_allsides.py --held-out   # also the held-out set: once per finished method

The held-out set is read only when asked, so tuning runs cannot look at it by accident.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_seed_alignment import naive, ours, tfidf  # noqa: E402

from mediadiff.align.alignment import align_sentences  # noqa: E402
from mediadiff.align.params import LINK_FLOOR  # noqa: E402
from mediadiff.corpus.reading import load_corpus  # noqa: E402


def data_dir() -> Path:
    env = os.environ.get("MEDIADIFF_BENCH_DATA")
    return Path(env) / "allsides_stories" if env else ROOT.parent / "shared" / "bench" / "allsides_stories"


def measure(pairs: list[dict], corpus) -> list[str]:
    lines = ["| method | link P | link R | link F1 |", "|---|---|---|---|"]
    for name, method in (("mediadiff", ours), ("tf-idf + assignment", tfidf), ("naive ratio", naive)):
        tp = predicted = total = 0
        for pair in pairs:
            a, b = corpus[pair["a"]].sentences, corpus[pair["b"]].sentences
            links, gold_links = method(a, b), {tuple(link) for link in pair["links"]}
            tp, predicted, total = tp + len(links & gold_links), predicted + len(links), total + len(gold_links)
        p, r = tp / predicted if predicted else 0.0, tp / total
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        lines.append(f"| {name} | {p:.2f} ({tp}/{predicted}) | {r:.2f} ({tp}/{total}) | {f1:.2f} |")
    uncertain = right = 0
    for pair in pairs:
        gold_links = {tuple(link) for link in pair["links"]}
        for row in align_sentences(corpus[pair["a"]].sentences, corpus[pair["b"]].sentences):
            if row.uncertain and row.nearest is not None and row.status in ("dropped", "added"):
                uncertain += 1
                link = (row.a_indices[0], row.nearest) if row.status == "dropped" else (row.nearest, row.b_indices[0])
                right += link in gold_links
    lines.append(f"\nmediadiff's dropped/added rows marked uncertain: {uncertain}; "
                 f"the counterpart they suggest is a gold link in {right}.")
    return lines


def errors(pairs: list[dict], corpus) -> list[str]:
    """mediadiff's false (+) and missed (-) links of each pair, with both sentences, for reading."""
    lines = []
    for pair in pairs:
        a, b = corpus[pair["a"]].sentences, corpus[pair["b"]].sentences
        links, gold_links = ours(a, b), {tuple(link) for link in pair["links"]}
        for sign, wrong in (("+", links - gold_links), ("-", gold_links - links)):
            for i, j in sorted(wrong):
                lines.append(f"{sign} {pair['story']} {pair['a']}:{i} {pair['b']}:{j}\n"
                             f"    A: {a[i].text}\n    B: {b[j].text}")
    return lines


# The development sets by name: "pooled" is the first and third together.
DEVELOPMENT = {"first": ("Development set (first)", ("pairs",)),
               "third": ("Development set (third, 2026-11-25)", ("pairs_third",)),
               "pooled": ("Development sets pooled (first + third)", ("pairs", "pairs_third"))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--held-out", action="store_true",
                        help="also measure the held-out set (once per finished method, never for tuning)")
    parser.add_argument("--set", choices=sorted(DEVELOPMENT), action="append",
                        help="a development set to report (repeatable; default: first, third and pooled)")
    parser.add_argument("--errors", action="store_true",
                        help="also list mediadiff's false (+) and missed (-) links of the development sets reported")
    args = parser.parse_args()
    gold = json.loads((ROOT / "bench" / "gold" / "allsides_alignment.json").read_text(encoding="utf-8"))
    corpus = load_corpus(data_dir() / "corpus")
    print(f"Link floor {LINK_FLOOR}, one run.\n")
    sets = [("Held-out set (second)", ("pairs_second",))] if args.held_out else []
    sets += [DEVELOPMENT[name] for name in (args.set or ("first", "third", "pooled"))]
    for title, keys in sets:
        pairs = [pair for key in keys for pair in gold[key]]
        print(f"{title}: {len(pairs)} story pairs, {sum(len(p['links']) for p in pairs)} gold links\n")
        print("\n".join(measure(pairs, corpus)) + "\n")
        if args.errors and "pairs_second" not in keys and len(keys) == 1:
            print("\n".join(errors(pairs, corpus)) + "\n")


if __name__ == "__main__":
    main()
