"""A full name counted once: the given name before a surname adds no term to the link score (issue 12).

Measured, not shipped (bench/results/align.md, "Given names counted once").
tf-idf counts "Donald" in "US President Donald Trump" as a term of its own, and a
rare one (articles name a person in full once, then by surname), so two sentences
that both give one person's full name gain a heavy shared term for the person
they already share through the surname. That is part of what ranks 003:6 (the
threat, "US President Donald Trump") above 003:13 (the Monday call, "Trump")
as 004:7's partner. The variant drops the term of a capitalised word found in
``first_names.tsv`` when the next word is capitalised too (a given name before
a surname), in the link scores only.

Usage (repository root)::

    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/try_given_names.py            # shipped, then variant
    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/try_given_names.py variant
"""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from try_event_rules import measure  # noqa: E402

import mediadiff.align.alignment as alignment  # noqa: E402
import mediadiff.align.vectors as vectors  # noqa: E402
from mediadiff.corpus.wordtables import table_row  # noqa: E402


def given_name(word: str, following: str) -> bool:
    return (word[:1].isupper() and following[:1].isupper() and len(word) > 1
            and table_row("first_names.tsv", word.lower()) is not None)


def patch() -> None:
    plain = vectors.sentence_terms

    @lru_cache(maxsize=65536)
    def sentence_terms(text: str) -> vectors.SentenceTerms:
        terms = plain(text)
        words = vectors.typography_free_words(text)
        dropped = Counter(vectors.word_term(w)[1] for w, nxt in zip(words, words[1:]) if given_name(w, nxt))
        counts = {t: c - dropped[t] for t, c in terms.counts.items() if c - dropped[t] > 0}
        return vectors.SentenceTerms(counts, terms.words)

    vectors.sentence_terms = sentence_terms
    alignment.sentence_terms = sentence_terms  # the link scores; the KEPT test reads only ``words``


def main() -> None:
    if len(sys.argv) < 2:
        for name in ("shipped", "variant"):
            subprocess.run([sys.executable, __file__, name], check=True)
        return
    if sys.argv[1] == "variant":
        patch()
    print(f"\n{sys.argv[1]}:", "| set | link P | link R | F1 |", "|---|---|---|---|", *measure(held_out=False),
          sep="\n", flush=True)


if __name__ == "__main__":
    main()
