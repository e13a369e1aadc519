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

import json
import sys
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_align_allsides import data_dir  # noqa: E402
from bench_seed_alignment import load_gold, ours  # noqa: E402

import mediadiff.align.claims as claims  # noqa: E402
from mediadiff.align.vectors import word_term  # noqa: E402
from mediadiff.align.wordalign import analyse  # noqa: E402
from mediadiff.corpus.reading import load_corpus  # noqa: E402


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


def measure() -> list[str]:
    lines = []
    seeds = {a.id[:3]: a for a in load_corpus(ROOT / "seeds")}
    for split in ("test", "dev"):
        pairs = [(seeds[g["a"]].sentences, seeds[g["b"]].sentences, g["links"]) for g in load_gold(split)]
        lines.append(score(f"seed {split}", pairs))
    gold = json.loads((ROOT / "bench" / "gold" / "allsides_alignment.json").read_text(encoding="utf-8"))
    corpus = load_corpus(data_dir() / "corpus")
    for name, key in (("AllSides development", "pairs"), ("AllSides held-out", "pairs_second")):
        pairs = [(corpus[p["a"]].sentences, corpus[p["b"]].sentences, p["links"]) for p in gold[key]]
        lines.append(score(name, pairs))
    return lines


def score(name: str, pairs: list) -> str:
    tp = predicted = total = 0
    for a, b, links in pairs:
        found, gold = ours(a, b), {tuple(link) for link in links}
        tp, predicted, total = tp + len(found & gold), predicted + len(found), total + len(gold)
    return f"| {name} | {tp / predicted:.3f} ({tp}/{predicted}) | {tp / total:.3f} ({tp}/{total}) |"


def main() -> None:
    verbs = neutral_verb_terms()
    print("Neutral reporting-verb terms:", ", ".join(sorted(verbs)), "\n")
    header = ["| set | link P | link R |", "|---|---|---|"]
    print("Shipped rule (names and dates):\n", *header, *measure(), sep="\n")
    patch(verbs)
    print("\nWith reporting verbs as non-content:\n", *header, *measure(), sep="\n")


if __name__ == "__main__":
    main()
