"""Build ``mediadiff/data/adjective_verbs.tsv``: words WordNet 3.0 reads as adjectives and as verbs, and not as nouns.

Without a tagger, ``mediadiff.tone.senses`` tells a verb by what WordNet lacks: a word with no row in
``noun_words.tsv`` and a regular past ("prevent" -> "prevented") is taken for a verb ("Doctors treated him to
prevent infection": a purpose infinitive). An adjective has no noun row either and may have a regular past as a
verb ("free" -> "freed", "live" -> "lived", "clean" -> "cleaned"), so "The guests were treated to free drinks"
read "free" as a verb. This table lists those words, so a rule can read them as adjectives before a noun. Each
row is ``word<TAB>adjective senses<TAB>verb senses`` (the word's own senses, satellites counted as adjectives;
adverb senses not counted). Written when the word is a word of ``word_frequency.tsv`` (Zipf >= 2.5), lower case
and alphabetic, has at least one adjective and one verb sense, and no row in ``noun_words.tsv``; sorted.

Usage (needs Debian's ``wordnet-base`` for /usr/share/wordnet)::

    python bench/make_adjective_verbs.py
"""

from __future__ import annotations

from make_noun_words import DATA, wordnet_senses, words_without_noun_rows


def main() -> None:
    senses = wordnet_senses()
    rows = []
    for word in words_without_noun_rows():
        counts = senses.get(word)
        if counts and counts["a"] and counts["v"]:
            rows.append(f"{word}\t{counts['a']}\t{counts['v']}")
    header = ("# Words WordNet 3.0 reads as adjectives and verbs, not nouns: word, adjective senses, verb senses\n"
              "# (bench/make_adjective_verbs.py). WordNet 3.0 Copyright 2006 by Princeton University.\n"
              "# All rights reserved. (WORDNET_LICENSE.txt)\n")
    (DATA / "adjective_verbs.tsv").write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} words written to {DATA / 'adjective_verbs.tsv'}")


if __name__ == "__main__":
    main()
