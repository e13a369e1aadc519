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
- ``restates-anyrow``: both;
- ``chance-words``: after the second chance, two unpaired sentences each other's nearest by soft cosine are
  paired when their word-aligned similarity reaches the link floor (the test every row passes) though the soft
  cosine does not; ``chance-words-sure``: and the pair's confidence (``evidence.pair_confidence``) is at least
  ``rows.UNCERTAIN_BELOW``; ``chance-nearest-words[-sure]``: the same with each other's nearest by word-aligned
  similarity, not by soft cosine.

Prints the development gold figures (seed "test" and dev, AllSides development, first and third sets; held-out
unread) and, with
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

from diagnose_missed_links import third_pairs  # noqa: E402
from try_event_rules import gold_set_lines  # noqa: E402
from try_event_rules import score as gold_score  # noqa: E402

import mediadiff.align.alignment as alignment  # noqa: E402
from mediadiff.align import evidence, partners  # noqa: E402
from mediadiff.align.claims import reading  # noqa: E402
from mediadiff.align.params import PARAPHRASE_THRESHOLD  # noqa: E402
from mediadiff.align.rows import UNCERTAIN_BELOW  # noqa: E402


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
    confidence = partners.joined_confidence(own, joined, single, side, q, va, vb, by_side, floor)
    if confidence < UNCERTAIN_BELOW or not same_claim(*((k, q) if side == "a" else (q, k))):
        return False
    members[:] = joined
    by_side[side][k] = row
    return True


def second_chance_by_words(groups, scores, va, vb, floor, same_claim, soft, *, sure: bool = False):
    """``alignment._second_chance``, and then the unpaired candidate pairs that are each other's nearest by
    word-aligned similarity, at the link floor (variant ``chance-nearest-words``)."""
    taken = _SECOND_CHANCE(groups, scores, va, vb, floor, same_claim, soft)
    paired_a = {i for g in groups + taken for i in g.a}
    paired_b = {j for g in groups + taken for j in g.b}
    similar = {}
    for i, j in scores:
        if i not in paired_a and j not in paired_b:
            similar[i, j] = same_claim.row_similarity([i], [j])
            similar[i, j] = 1.0 if similar[i, j] is None else similar[i, j]
    nearest_a: dict[int, tuple[float, int]] = {}
    nearest_b: dict[int, tuple[float, int]] = {}
    for (i, j), value in similar.items():
        nearest_a[i] = max(nearest_a.get(i, (-1.0, 0)), (value, -j))
        nearest_b[j] = max(nearest_b.get(j, (-1.0, 0)), (value, -i))
    for (i, j), value in sorted(similar.items()):
        if value < floor or nearest_a[i][1] != -j or nearest_b[j][1] != -i or not same_claim(i, j):
            continue
        if sure:
            text_a, text_b = same_claim.texts_a[i], same_claim.texts_b[j]
            shared = min((len(paired_a) + 1) / len(va), (len(paired_b) + 1) / len(vb))
            confidence = evidence.pair_confidence(
                text_a, text_b, score=scores[i, j], similarity=None, paraphrase=None,
                pairs=evidence.word_pairs(text_a, text_b), floor=floor, parts=2, shared=shared)
            if confidence < UNCERTAIN_BELOW:
                continue
        taken.append(alignment._Group([i], [j]))
    return taken


def second_chance_words(groups, scores, va, vb, floor, same_claim, soft, *, sure: bool = False):
    """``alignment._second_chance``, and then the mutual nearest unpaired pairs (by soft cosine) under the floor
    whose word-aligned similarity reaches it (the test of every row, ``claims.words_correspond``)."""
    taken = _SECOND_CHANCE(groups, scores, va, vb, floor, same_claim, soft)
    paired_a = {i for g in groups + taken for i in g.a}
    paired_b = {j for g in groups + taken for j in g.b}
    nearest_a: dict[int, tuple[float, int]] = {}
    nearest_b: dict[int, tuple[float, int]] = {}
    for (i, j), score in soft.items():
        if (i, j) in scores and (i not in paired_a or j not in paired_b):
            nearest_a[i] = max(nearest_a.get(i, (-1.0, 0)), (score, -j))
            nearest_b[j] = max(nearest_b.get(j, (-1.0, 0)), (score, -i))
    for i, (_, j) in sorted(nearest_a.items()):
        j = -j
        if i in paired_a or j in paired_b or nearest_b.get(j, (0, 1))[1] != -i:
            continue
        similarity = same_claim.row_similarity([i], [j])
        if similarity is None or similarity < floor or not same_claim(i, j):
            continue
        if sure:
            text_a, text_b = same_claim.texts_a[i], same_claim.texts_b[j]
            shared = min((len(paired_a) + 1) / len(va), (len(paired_b) + 1) / len(vb))
            confidence = evidence.pair_confidence(
                text_a, text_b, score=scores[i, j], similarity=None, paraphrase=None,
                pairs=evidence.word_pairs(text_a, text_b), floor=floor, parts=2, shared=shared)
            if confidence < UNCERTAIN_BELOW:
                continue
        group = alignment._Group([i], [j])
        group.rescored = soft[i, j]
        taken.append(group)
        paired_a.add(i)
        paired_b.add(j)
    return taken


_SECOND_CHANCE = alignment._second_chance


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
    "chance-words": "chance",
    "chance-words-sure": "chance-sure",
    "chance-nearest-words": "nearest",
    "chance-nearest-words-sure": "nearest-sure",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("variant", choices=sorted(VARIANTS))
    parser.add_argument("--dump", type=Path, help="also write the links of try_figure_rewordings.py's sets here")
    args = parser.parse_args()
    options = VARIANTS[args.variant]
    if isinstance(options, str):
        sure = options.endswith("sure")
        chance = second_chance_by_words if options.startswith("nearest") else second_chance_words
        alignment._second_chance = lambda *a: chance(*a, sure=sure)
    elif options is not None:
        alignment.join_second_partners = lambda *a, **k: join(*a, **k, **options)
    print(f"## {args.variant}\n\n| set | P | R | F1 |\n|---|---|---|---|")
    print("\n".join(gold_set_lines(held_out=False)))
    print(gold_score("AllSides third (development)", [(a, b, links) for _, _, a, b, links in third_pairs()]))
    if args.dump:
        from try_figure_rewordings import dump

        dump(args.dump, no_row_rule=False)


if __name__ == "__main__":
    main()
