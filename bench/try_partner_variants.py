"""Second-partner variants measured on development data (alignrecall12, issue 12).

Why development gold links are missed today (``bench/diagnose_missed_links.py --partners``): most are a second
partner of a sentence already paired, and the partner rule (``mediadiff.align.partners``) refuses them at one of
its tests. This harness runs the shipped rule beside variants of those tests, each in this process by patching
``alignment.join_second_partners``:

- ``shipped``: the rule as it is;
- ``nobeat``: without "the join beats its parts" (the joined row's word similarity higher than without the part);
- ``restates``: a part whose word similarity to the single sentence alone reaches ``PARAPHRASE_THRESHOLD`` (what
  MSRP train calls a paraphrase, 0.371) joins without the tests of new content and of beating its parts (it
  restates the single sentence by itself: a fact told twice in one article);
- ``anyrow``: an unpaired sentence tries its candidates in link-score order, not only its nearest;
- ``restates-anyrow``: both.

Prints the development gold figures (seed "test" and dev, AllSides development; held-out unread) and, with
``--dump OUT.json``, the links of the development same-event / other-event / different-topic ECB+ pairs and the
AllSides same-story pairs (``try_figure_rewordings.py``'s sets) for ``try_figure_rewordings.py diff``.

Usage (repository root)::

    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/try_partner_variants.py VARIANT [--dump OUT.json]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from try_event_rules import gold_set_lines  # noqa: E402

import mediadiff.align.alignment as alignment  # noqa: E402
from mediadiff.align import evidence, partners  # noqa: E402
from mediadiff.align.claims import reading  # noqa: E402
from mediadiff.align.params import PARAPHRASE_THRESHOLD  # noqa: E402
from mediadiff.align.rows import UNCERTAIN_BELOW  # noqa: E402
from mediadiff.align.vectors import combined, cosine  # noqa: E402


def join(rows, scores, va, vb, floor, same_claim, *, beat: bool = True, restates: bool = False,
         anyrow: bool = False) -> None:
    """``partners.join_second_partners`` with its tests switchable (module docstring)."""
    by_side = {"a": {i: r for r in rows for i in r.a}, "b": {j: r for r in rows for j in r.b}}
    candidates: dict[tuple[str, int], list[tuple[float, int]]] = {}
    for (i, j), score in scores.items():
        if i not in by_side["a"]:
            candidates.setdefault(("a", i), []).append((score, -j))
        if j not in by_side["b"]:
            candidates.setdefault(("b", j), []).append((score, -i))
    texts = {"a": same_claim.texts_a, "b": same_claim.texts_b}
    for (side, k), found in sorted(candidates.items()):
        found.sort(reverse=True)
        for _, q in found if anyrow else found[:1]:
            if _try(side, k, -q, by_side, texts, va, vb, floor, same_claim, beat, restates):
                break


def _try(side, k, q, by_side, texts, va, vb, floor, same_claim, beat, restates) -> bool:
    other_side = "b" if side == "a" else "a"
    row = by_side[other_side].get(q)
    if row is None or len(_members(row, other_side)) > 1:
        return False
    members = _members(row, side)
    own, single = texts[side], texts[other_side][q]
    alone = same_claim.row_similarity(*_sides([k], q, side))
    if alone is not None and alone < floor:
        return False
    strong = restates and (alone is None or alone >= PARAPHRASE_THRESHOLD)
    if not strong:
        content, names = reading(single)
        mine = reading(own[k])
        if not (content - names - mine[1]) & mine[0] - frozenset().union(*(reading(own[m])[0] for m in members)):
            return False
    joined = sorted([*members, k])
    if beat and not strong:
        before, after = same_claim.row_similarity(*_sides(members, q, side)), \
            same_claim.row_similarity(*_sides(joined, q, side))
        if before is None or (after is not None and after <= before):
            return False
    if not strong and not partners.own_evidence(own[k], single, [own[m] for m in members]):
        return False
    text_a, text_b = (" ".join(own[m] for m in joined), single)[:: 1 if side == "a" else -1]
    vectors, target = (va, vb[q]) if side == "a" else (vb, va[q])
    shared = min((len(by_side["a"]) + (side == "a")) / len(va), (len(by_side["b"]) + (side == "b")) / len(vb))
    confidence = evidence.pair_confidence(
        text_a, text_b, score=cosine(combined([vectors[m] for m in joined]), target), similarity=None,
        paraphrase=None, pairs=evidence.word_pairs(text_a, text_b), floor=floor, parts=len(joined) + 1,
        shared=shared)
    if confidence < UNCERTAIN_BELOW or not same_claim(*((k, q) if side == "a" else (q, k))):
        return False
    members[:] = joined
    by_side[side][k] = row
    return True


def _sides(members, q, side):
    return (members, [q]) if side == "a" else ([q], members)


def _members(row, side):
    return row.a if side == "a" else row.b


VARIANTS = {
    "shipped": None,
    "nobeat": {"beat": False},
    "restates": {"restates": True},
    "anyrow": {"anyrow": True},
    "restates-anyrow": {"restates": True, "anyrow": True},
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("variant", choices=sorted(VARIANTS))
    parser.add_argument("--dump", type=Path, help="also write the links of try_figure_rewordings.py's sets here")
    args = parser.parse_args()
    options = VARIANTS[args.variant]
    if options is not None:
        alignment.join_second_partners = lambda *a, **k: join(*a, **k, **options)
    print(f"## {args.variant}\n\n| set | P | R | F1 |\n|---|---|---|---|")
    print("\n".join(gold_set_lines(held_out=False)))
    if args.dump:
        from try_figure_rewordings import dump

        dump(args.dump, no_row_rule=False)


if __name__ == "__main__":
    main()
