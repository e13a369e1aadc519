"""Build ``mediadiff/data/noun_words.tsv``: words that can read as nouns, with their WordNet 3.0 sense counts.

VADER reads words without their part of speech. In news a noun such as "security" or "crime" is
often what a sentence is *about* ("security talks", "the crime rate", "Crime fell"), not how it is
told; ``mediadiff.tone.newsrules`` needs to know which words are nouns to see that. Each row is
``word<TAB>noun senses<TAB>verb senses<TAB>adjective and adverb senses``; regular inflections count
their base word's senses ("talks" -> "talk"), irregular ones come from the .exc files ("fell" ->
"fall", so "fell" is a verb). A word is written when it has a noun sense, at least a third as many
noun senses as verb senses and at least as many as adjective and adverb senses: words that may be
nouns ("plan" 3 noun / 4 verb senses), not words that are mostly verbs ("fell" 3 / 35, "rose" 3 / 17,
"kills" 2 / 15). The rules decide from the counts (see ``newsrules``). Only words of
``word_frequency.tsv`` (Zipf >= 2.5) are written, sorted.

Usage (needs Debian's ``wordnet-base`` for /usr/share/wordnet)::

    python bench/make_noun_words.py
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "mediadiff" / "data"
WORDNET = Path("/usr/share/wordnet")
REGULAR = (("s", "", True), ("es", "", True), ("ies", "y", True), ("ed", "", False), ("ed", "e", False),
           ("d", "", False), ("ing", "", False), ("ing", "e", False))


def wordnet_senses() -> dict[str, Counter]:
    """Word -> WordNet 3.0 senses per part of speech (n, v, a, r), irregular forms read as their base."""
    if not (WORDNET / "index.noun").exists():
        sys.exit(f"needs WordNet 3.0 in {WORDNET}: apt-get install wordnet-base")
    senses: dict[str, Counter] = {}
    for pos, name in (("n", "noun"), ("v", "verb"), ("a", "adj"), ("r", "adv")):
        for line in (WORDNET / f"index.{name}").read_text(encoding="utf-8").splitlines():
            if not line.startswith(" "):  # lines starting with a space are the licence header
                parts = line.split()
                senses.setdefault(parts[0], Counter())[pos] += int(parts[2])
        for line in (WORDNET / f"{name}.exc").read_text(encoding="utf-8").splitlines():
            form, base = line.split()[:2]
            senses.setdefault(form, Counter())[pos] += senses.get(base, Counter())[pos]
    return senses


def sense_counts(word: str, senses: dict[str, Counter]) -> Counter:
    """The word's own senses plus its regular base word's: a plural adds the noun's and verb's
    senses ("talks"), a verb ending ("-ed", "-ing") only the verb's."""
    counts = Counter(senses.get(word, Counter()))
    for suffix, replacement, plural in REGULAR:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            base = senses.get(word[: -len(suffix)] + replacement, Counter())
            counts["v"] += base["v"]
            counts["n"] += base["n"] if plural else 0
    return counts


def words_without_noun_rows() -> list[str]:
    """The lower-case alphabetic words of ``word_frequency.tsv`` that have no row in ``noun_words.tsv``, sorted:
    what the tables of words that are no nouns (``make_other_words.py``, ``make_adjective_verbs.py``) read."""
    words = [line.split("\t")[0] for line in (DATA / "word_frequency.tsv").read_text(encoding="utf-8").splitlines()]
    nouns = {line.split("\t")[0] for line in (DATA / "noun_words.tsv").read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")}
    return sorted(w for w in words if w.isalpha() and w.islower() and w not in nouns)


def is_noun(counts: Counter) -> bool:
    return counts["n"] > 0 and 3 * counts["n"] >= counts["v"] and counts["n"] >= counts["a"] + counts["r"]


def main() -> None:
    senses = wordnet_senses()
    words = [line.split("\t")[0] for line in (DATA / "word_frequency.tsv").read_text(encoding="utf-8").splitlines()]
    rows = []
    for word in sorted(w for w in words if w.isalpha() and w.islower()):
        counts = sense_counts(word, senses)
        if is_noun(counts):
            rows.append(f"{word}\t{counts['n']}\t{counts['v']}\t{counts['a'] + counts['r']}")
    header = ("# Words that may read as nouns: word, noun, verb, adjective+adverb senses in WordNet 3.0\n"
              "# (bench/make_noun_words.py). WordNet 3.0 Copyright 2006 by Princeton University.\n"
              "# All rights reserved. (WORDNET_LICENSE.txt)\n")
    (DATA / "noun_words.tsv").write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} noun words written to {DATA / 'noun_words.tsv'}")


if __name__ == "__main__":
    main()
