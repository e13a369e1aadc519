"""The per-article summary of a comparison (mediadiff/align/comparison.py)."""

from __future__ import annotations

from mediadiff.align.comparison import compare
from mediadiff.models import Article, Sentence


def article(id_: str, *texts: str) -> Article:
    out, pos = [], 0
    for i, text in enumerate(texts):
        out.append(Sentence(i, text, pos, pos + len(text)))
        pos += len(text) + 1
    return Article(id=id_, path=f"{id_}.txt", raw=" ".join(texts), sentences=tuple(out), outlet=f"Outlet {id_}")


A = article("a", "Marco Rubio held a call with Juan Ramon de la Fuente about fentanyl trafficking on Thursday.",
            "Mexico rejected any military intervention by the United States.")
B = article("b", "Juan Ramón de la Fuente and Marco Rubio discussed fentanyl trafficking in a tense call on Thursday.",
            "Mexico rejected any military intervention by the United States, the ministry said.")


def test_added_words_are_missing_from_the_counterpart_and_fold_accents():
    result = compare(A, B)
    assert result.count("dropped") == 0 and result.count("added") == 0, result.pairs
    a_added, b_added = result.summary_a.added_words, result.summary_b.added_words
    assert "ramon" not in a_added and "ramón" not in b_added  # the same name, accent or not
    assert "tense" in b_added and "ministry" in b_added
    shared_text = {side: " ".join(p.a_text if side == "a" else p.b_text for p in result.pairs).lower()
                   for side in "ab"}
    for word in a_added:
        assert word not in shared_text["b"].split()
    for word in b_added:
        assert word not in shared_text["a"].split()
