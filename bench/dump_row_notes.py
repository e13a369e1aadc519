"""Every "says something else" note, certainty note, "Same fact, different certainty" entry and quote speaker note
of ``compare`` on development pairs, one line each, for reading and for diffing two trees (alignnotes15).

Pairs: the seed pairs whose gold is ``split: dev`` (both ways), the AllSides development sets (``pairs``, the
first, and ``pairs_third``; never ``pairs_second``, the held-out set) and, with ``--corpus DIR``, every ordered
pair of articles of DIR that share a story prefix (``e1a``/``e1b``: QA's real-news folders), and with ``--ecbplus``
the first two documents of each event of ECB+ development topics (1-35) that has two::

    MEDIADIFF_BENCH_DATA=../shared/bench python bench/dump_row_notes.py --ecbplus > /tmp/notes_after.txt
    diff /tmp/notes_before.txt /tmp/notes_after.txt

The last line counts the notes of each kind.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from itertools import permutations
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_align_allsides import data_dir as allsides_dir  # noqa: E402

from mediadiff.align.comparison import compare  # noqa: E402
from mediadiff.corpus.reading import load_corpus  # noqa: E402
from mediadiff.tone.stance import stance_shifts  # noqa: E402


def development_pairs(corpus_dir: str | None, ecbplus: bool) -> list[tuple[str, object, object]]:
    out = []
    seeds = {a.id: a for a in load_corpus(REPO / "seeds")}
    for path in sorted((REPO / "tests/data").glob("gold_alignment_*.json")):
        pair = json.loads(path.read_text(encoding="utf-8"))
        if pair["split"] == "dev":
            out += [("seeds", seeds[pair["a"]], seeds[pair["b"]]), ("seeds", seeds[pair["b"]], seeds[pair["a"]])]
    gold = json.loads((REPO / "bench/gold/allsides_alignment.json").read_text(encoding="utf-8"))
    allsides = {a.id: a for a in load_corpus(allsides_dir() / "corpus")}
    for key in ("pairs", "pairs_third"):
        out += [(f"allsides {key}", allsides[p["a"]], allsides[p["b"]]) for p in gold[key]]
    if corpus_dir:
        articles = sorted(load_corpus(corpus_dir), key=lambda art: art.id)
        out += [("corpus", a, b) for a, b in permutations(articles, 2) if a.id[:-1] == b.id[:-1]]
    if ecbplus:
        from bench_ecbplus import TEST_TOPICS, load

        from mediadiff.corpus.cleaning import clean_text

        by_event: dict[tuple[int, str], list[str]] = {}
        for topic, event, text in load():
            if topic < TEST_TOPICS.start:
                by_event.setdefault((topic, event), []).append(text)
        for (topic, event), texts in sorted(by_event.items()):
            if len(texts) > 1:
                a, b = (clean_text(t, article_id=f"{topic}_{event}{k}", path="-") for k, t in zip("ab", texts))
                if a.sentences and b.sentences:
                    out.append(("ecbplus", a, b))
    return out


def rows(label: str, a, b) -> list[tuple[str, str]]:
    comparison = compare(a, b, jobs=1)
    out = []
    for pair in comparison.pairs:
        where = f"{label} {a.id}-{b.id} A{','.join(str(i + 1) for i in pair.a_indices)} → " \
                f"B{','.join(str(j + 1) for j in pair.b_indices)}"
        if pair.change:
            for part in pair.change.split("; "):
                kind = "negated" if part.startswith("negated") else part.split(":")[0]
                out.append((kind, f"{where} | {part} || {pair.a_text} || {pair.b_text}"))
        if pair.certainty:
            out.append(("certainty note", f"{where} | {pair.certainty} || {pair.a_text} || {pair.b_text}"))
    for shift in stance_shifts(comparison):
        where = f"{label} {a.id}-{b.id} A{','.join(str(i + 1) for i in shift.a_indices)} → " \
                f"B{','.join(str(j + 1) for j in shift.b_indices)}"
        cues = f"A: {shift.a_hedges + shift.a_boosters} B: {shift.b_hedges + shift.b_boosters}"
        out.append(("stance", f"{where} | {shift.direction}; {cues} || {shift.a_text} || {shift.b_text}"))
    for match in comparison.quotes:
        for note in match.differences:
            if note.startswith("speaker:") or match.status == "re-attributed":
                out.append(("quote speaker", f"{label} {a.id}-{b.id} | {match.status}: {note} || {match.a.text}"))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", help="also every pair of this folder's articles of one story prefix")
    parser.add_argument("--ecbplus", action="store_true", help="also ECB+ development events (topics 1-35)")
    args = parser.parse_args()
    counts: Counter[str] = Counter()
    for label, a, b in development_pairs(args.corpus, args.ecbplus):
        for kind, line in rows(label, a, b):
            counts[kind] += 1
            print(f"[{kind}] {line}")
    print("counts: " + ", ".join(f"{kind} {n}" for kind, n in sorted(counts.items())))


if __name__ == "__main__":
    main()
