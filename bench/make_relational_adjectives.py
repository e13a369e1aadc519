"""Build ``mediadiff/data/relational_adjectives.txt``: rated adjectives whose commonest sense relates to a noun.

Why (QA13 T1, "He was convicted of aggravated sexual assault." read "sexual" +1.67): a relational adjective
("sexual" of sex, "traumatic" of a wound, "allergic" of an allergy) before a noun classifies it, names a kind of
it, and says nothing of how good it is (Quirk et al. 1985, 7.36 on classifying adjectives; Biber et al. 1999,
7.5, classifiers beside descriptors). Pattern's lexicon rates "sexual" +0.5 from a gradable sense ("a very sexual
image"), VADER's rates "allergic" -1.6 and "traumatic" -3.5; before a noun of harm those ratings mis-state the
harm ("sexual assault" reads half good). ``mediadiff/tone/harms.py`` (``classified_harms``) reads this table.

A word is listed when a member of news tone rates it (VADER's news lexicon, Pattern's adjectives) and its commonest
WordNet 3.0 adjective sense (SemCor's order, as ``make_wordnet_tone.read_synsets`` ranks them) carries a
pertainym pointer ("\\": "relating to" a noun): the same test ``make_wordnet_tone.relational`` applies to a word's
first three senses when it leaves relational adjectives out of ``wordnet_adjectives.tsv``, here on the commonest
sense only, so that words whose relational sense is rarer ("tragic": "very sad" first, "of tragedy" after) keep
their tone.

Only classifiers are kept (review14 finding 5): a relational adjective names a kind of its noun, a domain, a cause or
a body system ("economic", "military", "sexual", "immune", "allergic", "traumatic" = caused by a wound), and cannot
be graded or judged in that sense ("*a very economic crisis"). A word whose news use describes or judges a person,
act or thing, gradable ("very confrontational", "very sympathetic") or praise and blame ("phenomenal", "iconic",
"litigious"), is an evaluative descriptor, whatever WordNet's first sense is: ``DESCRIPTORS`` leaves those out
(read word by word over the whole derived list; "The confrontational protest turned violent." keeps its tone).

    apt-get install wordnet-base  # WordNet 3.0 in /usr/share/wordnet
    python bench/make_relational_adjectives.py [--write]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import make_wordnet_tone as A  # noqa: E402

OUT = ROOT / "mediadiff" / "data" / "relational_adjectives.txt"
# Derived words whose news use is evaluative or gradable, not a classifier (the criterion above): "a confrontational
# protest", "a benevolent / charitable / sympathetic view", "a phenomenal / heavenly / triumphal / iconic moment",
# "an idealistic / romantic / poetic / fatalistic / ascetic / impressionistic account", "a litigious / neurotic /
# possessive / responsive / dumpy person", "an adventuristic policy", "a tragicomic affair".
DESCRIPTORS = frozenset(
    "adventuristic ascetic benevolent charitable confrontational dumpy fatalistic heavenly iconic idealistic "
    "impressionistic litigious neurotic phenomenal poetic possessive responsive romantic sympathetic tragicomic "
    "triumphal".split())


def commonest_relational(word: str, synsets: dict, senses: dict) -> bool:
    """Whether the word's commonest adjective or adverb sense is an adjective with a pertainym pointer."""
    for synset in senses.get(word, [])[:1]:
        lemmas, pointers = synsets[synset]
        own = lemmas.index(word) + 1 if word in lemmas else -1
        return synset[0] == "a" and any(s == "\\" and source in (0, own) for s, _, source, _ in pointers)
    return False


def rated_words() -> set[str]:
    """The alphabetic words VADER's news lexicon or Pattern's member rates (not 0)."""
    from mediadiff.tone.pattern import load_pattern_lexicon
    from mediadiff.tone.sentiment import news_lexicon

    pattern = {w for w, row in load_pattern_lexicon().items() if row.polarity}
    return {w for w in set(news_lexicon()) | pattern if w.isalpha()}


def derive() -> list[str]:
    """The listed words: rated, commonest sense relational, and mostly an adjective in WordNet (more adjective and
    adverb senses than noun and verb ones, as ``make_wordnet_tone.candidates`` asks: not "growing", "romance")."""
    from learn_news_valence import mostly_adjective
    from make_noun_words import wordnet_senses

    synsets, senses = A.read_synsets()
    counts = wordnet_senses()
    return sorted(w for w in rated_words() if commonest_relational(w, synsets, senses) and mostly_adjective(w, counts)
                  and w not in DESCRIPTORS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help=f"write {OUT.relative_to(ROOT)}")
    args = parser.parse_args()
    words = derive()
    print(len(words), " ".join(words))
    if args.write:
        OUT.write_text(
            "# Relational adjectives: words a member of news tone rates (VADER's news lexicon, Pattern's adjectives)\n"
            "# whose commonest WordNet 3.0 adjective sense relates to a noun (a pertainym: \"sexual\" of sex), mostly\n"
            "# adjectives in WordNet (more adjective and adverb senses than noun and verb ones), classifiers only:\n"
            "# a word that names a kind of its noun (a domain, a cause, a body system: \"economic\", \"military\",\n"
            "# \"sexual\", \"immune\", \"traumatic\") and is not graded in that sense; evaluative or gradable\n"
            "# words (\"confrontational\", \"sympathetic\", \"iconic\": the script's DESCRIPTORS) are left out.\n"
            "# Written by bench/make_relational_adjectives.py; read by mediadiff/tone/harms.py (classified_harms).\n"
            "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. (WORDNET_LICENSE.txt)\n"
            + "".join(f"{w}\n" for w in words), encoding="utf-8")


if __name__ == "__main__":
    main()
