"""Would date or verb equivalences fix the seed xfail (003:6 merged into 004:7 beside 003:13)?

``tests/align/test_claims.py::test_seed_003_004_threat_is_not_paired_with_the_call`` is xfail: 003:6
(Trump threatens cartels) and 003:13 (the call "on Monday" between Trump and Sheinbaum) are merged into
004:7 ("Sheinbaum and Trump spoke on January 12 ..."). Two equivalences were proposed: "Monday" and
"January 12" as the same day (January 12, 2026 was a Monday) and "call" as "spoke". Neither is known to
the aligner; this script gives it each by rewriting the texts (the best any such rule could do) and prints
the rows holding 003:6, 003:13 or 004:7. If 003:6 still sits with 004:7, neither rule is worth building.

Usage (repository root)::

    python bench/try_seed_merge_equivalences.py
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mediadiff.align.alignment import align_sentences  # noqa: E402
from mediadiff.corpus.reading import load_corpus  # noqa: E402


def dated(text: str) -> str:
    return text.replace("held on Monday", "held on January 12")


def talked(text: str) -> str:
    return text.replace("the call held", "the talk held").replace("end of the call", "end of the talk")


VARIANTS = (("as written", lambda t: t, lambda t: t),
            ("Monday = January 12", dated, lambda t: t),
            ("call = talk (B: spoke -> talked)", talked, lambda t: t.replace("spoke", "talked")),
            ("both", lambda t: talked(dated(t)), lambda t: t.replace("spoke", "talked")))


def main() -> None:
    corpus = load_corpus(ROOT / "seeds")
    a, b = list(corpus["003"].sentences), list(corpus["004"].sentences)
    print("| texts given | rows holding 003:6, 003:13 or 004:7 (0-based A -> B, link score) |\n|---|---|")
    for name, change_a, change_b in VARIANTS:
        a2, b2 = list(a), list(b)
        a2[13] = replace(a[13], text=change_a(a[13].text))
        b2[7] = replace(b[7], text=change_b(b[7].text))
        rows = [f"{list(p.a_indices)} -> {list(p.b_indices)} ({p.score:.3f})" for p in align_sentences(a2, b2)
                if {6, 13} & set(p.a_indices) or 7 in p.b_indices]
        print(f"| {name} | {'; '.join(rows)} |")


if __name__ == "__main__":
    main()
