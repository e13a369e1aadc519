"""Every certainty note a row shows and every "Same fact, different certainty" shift, on development pairs, for
reading by hand before and after a change to ``align.modality`` (modality12).

Pairs: the one-fact development pairs of ``try_claim_notes.one_fact_pairs`` (AllSides development gold links,
seed ``dev`` gold links, ``reworded_rows.tsv`` rows judged ``same`` 1) and, with ``--corpus DIR``, the REWORDED
and KEPT rows of ``compare`` on every two articles of a corpus whose ids share all but their last letter (the
QA corpus names its events so: e1a, e1b, ...), or with ``--ecbplus`` the REWORDED rows of the first two
documents of one event in each ECB+ development topic (1-35; as ``try_claim_notes.py --ecbplus``).
Each pair where the row's certainty note or the stance list fires is printed with both::

    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/try_certainty_rows.py
    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/try_certainty_rows.py --corpus /tmp/qa12/corpus
    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/try_certainty_rows.py --ecbplus
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path
from types import SimpleNamespace

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from try_claim_notes import one_fact_pairs  # noqa: E402

from mediadiff.align.evidence import certainty_change  # noqa: E402
from mediadiff.tone.stance import stance_shifts  # noqa: E402


def corpus_pairs(folder: str) -> list[tuple[str, str, str]]:
    from mediadiff.align.comparison import compare
    from mediadiff.corpus.reading import load_corpus

    articles = {a.id: a for a in load_corpus(Path(folder))}
    out = []
    for x, y in itertools.combinations(sorted(articles), 2):
        if x[:-1] != y[:-1]:
            continue
        for pair in compare(articles[x], articles[y]).pairs:
            if pair.status in ("kept", "reworded"):
                out.append((f"{x}:{pair.a_indices}-{y}:{pair.b_indices}", pair.a_text, pair.b_text))
    return out


def ecbplus_pairs() -> list[tuple[str, str, str]]:
    from bench_ecbplus import TEST_TOPICS, load

    from mediadiff.align.alignment import align_sentences
    from mediadiff.corpus.cleaning import clean_text

    by_event: dict[tuple[int, str], list[str]] = {}
    for topic, event, text in load():
        if topic < TEST_TOPICS.start:
            by_event.setdefault((topic, event), []).append(text)
    out: list[tuple[str, str, str]] = []
    seen: set[int] = set()
    for (topic, event), texts in sorted(by_event.items()):
        if len(texts) < 2 or topic in seen:
            continue  # one event per topic: its first two documents
        seen.add(topic)
        a, b = (clean_text(t, article_id=k, path="-") for k, t in (("a", texts[0]), ("b", texts[1])))
        out += [(f"ecb+ {topic} {event}", row.a_text, row.b_text)
                for row in align_sentences(a.sentences, b.sentences) if row.status == "reworded"]
    return out


def main() -> None:
    corpus = sys.argv[sys.argv.index("--corpus") + 1] if "--corpus" in sys.argv else None
    pairs = corpus_pairs(corpus) if corpus else ecbplus_pairs() if "--ecbplus" in sys.argv else one_fact_pairs()
    notes = shifts = 0
    for source, text_a, text_b in pairs:
        note = certainty_change(text_a, text_b)
        row = SimpleNamespace(status="reworded", a_text=text_a, b_text=text_b, a_indices=(0,), b_indices=(0,))
        shift = stance_shifts(SimpleNamespace(pairs=[row]))
        notes += note is not None
        shifts += bool(shift)
        if note or shift:
            print(f"== {source}\n  A: {text_a}\n  B: {text_b}\n  row note: {note}")
            for s in shift:
                print(f"  stance: {s.direction}; A: {', '.join(s.a_hedges + s.a_boosters) or 'none'}; "
                      f"B: {', '.join(s.b_hedges + s.b_boosters) or 'none'}")
    print(f"\n{len(pairs)} pairs; certainty notes {notes}; stance shifts {shifts}")


if __name__ == "__main__":
    main()
