"""How often the row notes of alignclaims9 fire on pairs that report one fact (development data only).

Reads the development gold of sentence alignment (AllSides ``pairs`` of bench/gold/allsides_alignment.json,
the seed pairs whose gold is ``split: dev``) and the REWORDED rows judged ``same`` 1 in
bench/gold/reworded_rows.tsv, and prints, for each pair of one fact, what ``align.replaced`` says ("names
differ", ordinals as figures) and the certainty note with and without the scope rule of ``align.modality``
(a cue counts only when what it governs has a counterpart). Every printed pair is for reading by hand::

    MEDIADIFF_BENCH_DATA=../shared/bench python bench/try_claim_notes.py
    MEDIADIFF_BENCH_DATA=../shared/bench python bench/try_claim_notes.py --ecbplus

``--ecbplus`` instead aligns, in each ECB+ development topic (1-35), the first two documents of one event
and the first documents of two events (same kind of event, another time and place), and prints every
REWORDED row where "names differ" or an ordinal fires, with whether its documents report one event.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_align_allsides import data_dir as allsides_dir  # noqa: E402

from mediadiff.align.modality import certainty_cues  # noqa: E402
from mediadiff.align.replaced import replaced_names, replaced_ordinals  # noqa: E402
from mediadiff.align.wordalign import align_tokens, analyse  # noqa: E402
from mediadiff.corpus.reading import load_corpus  # noqa: E402


def one_fact_pairs() -> list[tuple[str, str, str]]:
    """(source, text of A, text of B) of every development pair of sentences that report one fact."""
    out = []
    gold = json.loads((REPO / "bench/gold/allsides_alignment.json").read_text(encoding="utf-8"))
    corpus = {a.id: a for a in load_corpus(allsides_dir() / "corpus")}
    for pair in gold["pairs"]:
        a, b = corpus[pair["a"]], corpus[pair["b"]]
        out += [(f"allsides {a.id}:{i}-{b.id}:{j}", a.sentences[i].text, b.sentences[j].text) for i, j in pair["links"]]
    seeds = {a.id: a for a in load_corpus(REPO / "seeds")}
    for path in sorted((REPO / "tests/data").glob("gold_alignment_*.json")):
        pair = json.loads(path.read_text(encoding="utf-8"))
        if pair["split"] != "dev":
            continue
        a, b = seeds[pair["a"]], seeds[pair["b"]]
        out += [(f"seeds {a.id}:{i}-{b.id}:{j}", a.sentences[i].text, b.sentences[j].text) for i, j in pair["links"]]
    with open(REPO / "bench/gold/reworded_rows.tsv", encoding="utf-8") as rows:
        for row in csv.DictReader((line for line in rows if not line.startswith("#")), delimiter="\t"):
            if row["same"] == "1":
                out.append((f"rows {row['a']}:{row['a_indices']}-{row['b']}:{row['b_indices']}", row["a_text"],
                            row["b_text"]))
    return out


def main() -> None:
    pairs = one_fact_pairs()
    fired = {"names": 0, "ordinals": 0, "certainty before": 0, "certainty after": 0}
    for source, text_a, text_b in pairs:
        ta, tb = analyse(text_a), analyse(text_b)
        links = align_tokens(text_a, text_b)
        pairs_ij = {(i, j) for i, j, _, _ in links}
        names = replaced_names(text_a, ta, text_b, tb, links)
        ordinals = replaced_ordinals(text_a, ta, text_b, tb, pairs_ij)
        every_a, every_b = set(range(len(ta))), set(range(len(tb)))
        before = sorted(certainty_cues(text_a, ta, every_a)), sorted(certainty_cues(text_b, tb, every_b))
        after = (sorted(certainty_cues(text_a, ta, {i for i, _ in pairs_ij})),
                 sorted(certainty_cues(text_b, tb, {j for _, j in pairs_ij})))
        fired["names"] += bool(names)
        fired["ordinals"] += bool(ordinals)
        fired["certainty before"] += before[0] != before[1]
        fired["certainty after"] += after[0] != after[1]
        if names or ordinals or before != after:
            print(f"== {source}\n  A: {text_a}\n  B: {text_b}")
            if names:
                print(f"  names differ: {names}")
            if ordinals:
                print(f"  ordinals differ: {ordinals}")
            if before != after:
                print(f"  certainty cues, every cue: {before}; cues on shared words: {after}")
    print(f"\n{len(pairs)} development pairs of one fact; notes firing: {fired}")


def ecbplus() -> None:
    from bench_ecbplus import TEST_TOPICS, load

    from mediadiff.align.alignment import align_sentences
    from mediadiff.align.evidence import claim_change
    from mediadiff.corpus.cleaning import clean_text

    by_event: dict[tuple[int, str], list[str]] = {}
    for topic, event, text in load():
        if topic < TEST_TOPICS.start:
            by_event.setdefault((topic, event), []).append(text)
    topics = sorted({t for t, _ in by_event})
    rows = fired = 0
    for topic in topics:
        events = [texts for (t, _), texts in sorted(by_event.items()) if t == topic]
        pairs = [(True, *events[0][:2])] if len(events[0]) > 1 else []
        pairs += [(False, events[0][0], events[1][0])] if len(events) > 1 else []
        for same, text_a, text_b in pairs:
            a, b = (clean_text(t, article_id=k, path="-") for k, t in (("a", text_a), ("b", text_b)))
            for row in align_sentences(a.sentences, b.sentences):
                if row.status != "reworded":
                    continue
                rows += 1
                change = claim_change(row.a_text, row.b_text) or ""
                if "names differ" in change or any(w in change for w in ("first", "second", "third", "th ", "st ")):
                    fired += 1
                    print(f"== topic {topic}, {'one event' if same else 'two events'}: {change}\n"
                          f"  A: {row.a_text}\n  B: {row.b_text}")
    print(f"\n{rows} reworded rows on ECB+ development pairs; names or ordinals fire on {fired}")


if __name__ == "__main__":
    ecbplus() if "--ecbplus" in sys.argv else main()
