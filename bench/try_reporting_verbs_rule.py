"""A rule measured and not shipped: reporting verbs are not content of a claim.

``mediadiff.align.claims`` pairs two sentences only when they share content
beyond names and dates. This script also treats the single-word forms of the
``neutral`` reporting verbs of ``mediadiff/data/reporting_verbs.tsv`` (say,
tell, add, state, report, ...) as non-content, and prints link precision and
recall of the aligner without and with that change, in one run, on the seed
gold (both splits) and on both AllSides sets. Figures and why it was not
shipped: bench/results/align.md ("Pair rule").

Usage (repository root)::

    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/try_reporting_verbs_rule.py
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from try_event_rules import gold_set_lines  # noqa: E402

import mediadiff.align.claims as claims  # noqa: E402
from mediadiff.align.vectors import word_term  # noqa: E402
from mediadiff.align.wordalign import analyse  # noqa: E402


def neutral_verb_terms() -> frozenset[str]:
    terms = set()
    for line in (ROOT / "mediadiff" / "data" / "reporting_verbs.tsv").read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith(("#", "verb\t")) or len(fields) < 3 or fields[2] != "neutral":
            continue
        terms.update(word_term(form)[1] for form in fields[1].split("|") if " " not in form)
    return frozenset(t for t in terms if t)


def patch(verbs: frozenset[str]) -> None:
    """Move the verbs' terms from content to names in ``claims`` (both the fast path and the word path)."""
    reading, content_tokens = claims.reading.__wrapped__, claims._content_tokens.__wrapped__

    @cache
    def new_reading(text: str) -> tuple[frozenset[str], frozenset[str]]:
        content, names = reading(text)
        return content - verbs, names | (content & verbs)

    @cache
    def new_content_tokens(text: str) -> frozenset[int]:
        words = analyse(text)
        return frozenset(i for i in content_tokens(text) if word_term(words[i].text)[1] not in verbs)

    claims.reading = new_reading
    claims._content_tokens = new_content_tokens


def main() -> None:
    verbs = neutral_verb_terms()
    print("Neutral reporting-verb terms:", ", ".join(sorted(verbs)), "\n")
    header = ["| set | link P | link R | link F1 |", "|---|---|---|---|"]
    print("Shipped rule (names and dates):\n", *header, *gold_set_lines(), sep="\n")
    patch(verbs)
    print("\nWith reporting verbs as non-content:\n", *header, *gold_set_lines(), sep="\n")


if __name__ == "__main__":
    main()
