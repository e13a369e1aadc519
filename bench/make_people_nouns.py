"""Build ``mediadiff/data/people_nouns.tsv``: common nouns that name people, from WordNet 3.0's lexicographer files.

A source or a capitalised phrase that ends in a plural common noun written in lower case ("Democratic and
Republican leaders", "Trump supporters", "Secret Service agents") names a group of people, never one person;
one that ends in a plural of documents or acts ("Federal Election Commission filings", "State Department
cables") names no one at all. Which is which is the noun's meaning: WordNet files each synset under a
lexicographer file, ``noun.person`` ("leader", "supporter", "agent") or ``noun.group`` ("union", "company")
among them. A noun is written when one of its first two senses (WordNet orders them by SemCor frequency) is
filed under ``noun.person``, or its first under ``noun.group`` ("fan": a device first, a devotee second; "agent":
a cause first, a representative second; "union": an organisation). Only lower-case words of
``word_frequency.tsv`` are written, sorted, each as ``word<TAB>person`` or ``word<TAB>group``.

Usage (needs Debian's ``wordnet-base`` for /usr/share/wordnet)::

    python bench/make_people_nouns.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "mediadiff" / "data"
WORDNET = Path("/usr/share/wordnet")
PERSON, GROUP = 18, 14  # lexicographer file numbers of noun.person and noun.group (WordNet's lexnames)


def lexicographer_files() -> dict[str, int]:
    """Noun synset offset -> its lexicographer file number (data.noun)."""
    files = {}
    for line in (WORDNET / "data.noun").read_text(encoding="utf-8").splitlines():
        if not line.startswith(" "):  # lines starting with a space are the licence header
            parts = line.split(" ", 2)
            files[parts[0]] = int(parts[1])
    return files


def main() -> None:
    if not (WORDNET / "index.noun").exists():
        sys.exit(f"needs WordNet 3.0 in {WORDNET}: apt-get install wordnet-base")
    files = lexicographer_files()
    frequent = {line.split("\t")[0] for line in (DATA / "word_frequency.tsv").read_text(encoding="utf-8").splitlines()}
    rows = []
    for line in (WORDNET / "index.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split()
        lemma, n_senses, n_pointers = parts[0], int(parts[2]), int(parts[3])
        offsets = parts[6 + n_pointers:6 + n_pointers + n_senses]
        if not (lemma.isalpha() and lemma.islower() and lemma in frequent):
            continue
        kinds = [files[o] for o in offsets[:2]]
        if PERSON in kinds:
            rows.append(f"{lemma}\tperson")
        elif kinds[0] == GROUP:
            rows.append(f"{lemma}\tgroup")
    header = ("# Nouns that name people (noun.person in one of the first two senses) or a group (noun.group first)\n"
              "# in WordNet 3.0 (bench/make_people_nouns.py). WordNet 3.0 Copyright 2006 by Princeton University.\n"
              "# All rights reserved. (WORDNET_LICENSE.txt)\n")
    (DATA / "people_nouns.tsv").write_text(header + "\n".join(sorted(rows)) + "\n", encoding="utf-8")
    print(f"{len(rows)} nouns written to {DATA / 'people_nouns.tsv'}")


if __name__ == "__main__":
    main()
