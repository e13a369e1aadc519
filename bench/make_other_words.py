"""Build ``mediadiff/data/other_words.tsv``: words WordNet 3.0 knows, but not as nouns (adjectives, verbs, adverbs).

``noun_words.tsv`` lists the words that may be nouns; a word it lacks is either one WordNet reads mostly as
another part of speech ("fiscal", "chaotic", "easier", "donate") or one WordNet does not know at all, often a noun
newer than it ("fentanyl", "cybersecurity", "drugmaker"). ``mediadiff.events.labels`` keeps the second kind as
label words and must not keep the first: a label names things. Each row is ``word<TAB>noun<TAB>verb<TAB>adjective
and adverb senses``: the word's own senses, and through WordNet's ``.exc`` lists its base word's for an irregular
form or comparative ("easier" is "easy"); not a regular inflection's, which would make a plural WordNet lacks
("retirees": "retire" + "es") a verb. Written when the word is a word of ``word_frequency.tsv`` (Zipf >= 2.5),
lower case and alphabetic, has a WordNet sense, is no noun by ``make_noun_words.is_noun`` and has no row in
``noun_words.tsv``; sorted.

Usage (needs Debian's ``wordnet-base`` for /usr/share/wordnet)::

    python bench/make_other_words.py
"""

from __future__ import annotations

from collections import Counter

from make_noun_words import DATA, is_noun, wordnet_senses, words_without_noun_rows


def main() -> None:
    senses = wordnet_senses()
    rows = []
    for word in words_without_noun_rows():
        counts = senses.get(word, Counter())
        if sum(counts.values()) and not is_noun(counts):
            rows.append(f"{word}\t{counts['n']}\t{counts['v']}\t{counts['a'] + counts['r']}")
    header = ("# Words WordNet 3.0 knows, but not as nouns: word, noun, verb, adjective+adverb senses\n"
              "# (bench/make_other_words.py). WordNet 3.0 Copyright 2006 by Princeton University.\n"
              "# All rights reserved. (WORDNET_LICENSE.txt)\n")
    (DATA / "other_words.tsv").write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} words written to {DATA / 'other_words.tsv'}")


if __name__ == "__main__":
    main()
