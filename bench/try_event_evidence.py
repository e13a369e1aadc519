"""The event of two sentences as positive evidence of a link: variants measured on development data (issue 12).

``mediadiff.align.events`` reads the events a sentence reports; the aligner uses them only to refuse a rival
candidate. Here two sentences that report the same event (``events.same_event``) and share an argument (a
name, place, date or figure both use: ``shared_arguments``) are taken as evidence for a link the word overlap
alone does not carry. Each variant patches the aligner in this process:

- ``shipped``: the aligner as it is, with ``partner-floor`` (shipped by alignrecall14);
- ``without``: the aligner before it (``partners.reports_one_event`` never true);
- ``partner-floor``: a second partner (``partners.join_second_partners``) need not reach the link floor by
  word similarity alone when it reports the single sentence's event and shares an argument with it (every
  other test of the rule still asked: new content, the join beats its parts, own evidence, a sure row);
- ``partner-any``: the same, and an unpaired sentence may try, after its nearest, every other row whose
  single sentence reports its event and shares an argument (in link-score order);
- ``partner-nobeat``: ``partner-floor`` without "the join beats its parts" for such a part;
- ``pair``: two sentences left unpaired after the second chance, each the other's nearest (link score)
  among the unpaired, that report the same event and share an argument and content beyond names and dates
  are paired (under the floor);
The variants after ``partner-floor`` were measured on ``without`` (bench/results/align.md); on ``shipped`` they
differ from it only where they add to it.

- ``trace``: for every development gold link the aligner without the rule misses whose sentences report the same
  event and share an argument, the first test of the partner rule
  (with ``partner-floor``'s waiver) that refuses it.

Prints the development gold figures (seed "test" and dev, AllSides first and third; the AllSides held-out
set ``pairs_second`` is not read) and, with ``--dump OUT.json``, the links of ``try_figure_rewordings.py``'s
development sets (ECB+ same event / other event / different topics, AllSides same story).

Usage (repository root)::

    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/try_event_evidence.py VARIANT [--dump OUT.json]
    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/try_event_evidence.py VARIANT \
        --run bench/bench_align_unrelated.py --ecbplus 300
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from diagnose_missed_links import third_pairs  # noqa: E402
from try_event_rules import gold_pairs, gold_set_lines  # noqa: E402
from try_event_rules import score as gold_score  # noqa: E402

import mediadiff.align.alignment as alignment  # noqa: E402
from mediadiff.align import partners  # noqa: E402
from mediadiff.align.claims import reading  # noqa: E402
from mediadiff.align.events import same_event  # noqa: E402
from mediadiff.align.rows import UNCERTAIN_BELOW  # noqa: E402

TRACE: list[str] = []
QUOTE_MARKS = "\"\u201c\u201d\u2018"  # not the apostrophe, nor \u2019, which is one too


def shared_arguments(a: str, b: str) -> frozenset[str]:
    """Names, places and dates both sentences use, and figures both give (terms of ``claims.reading``)."""
    (ca, na), (cb, nb) = reading(a), reading(b)
    return (na & nb) | frozenset(t for t in ca & cb if t[:1].isdigit())


def one_event(a: str, b: str) -> bool:
    return bool(shared_arguments(a, b)) and same_event(a, b) is True


def join(rows, scores, va, vb, floor, same_claim, *, anyrow=False, beat=True) -> None:
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
        for n, (_, q) in enumerate(found if anyrow else found[:1]):
            other = texts["b" if side == "a" else "a"][-q]
            if n and not one_event(texts[side][k], other):
                continue
            if _try(side, k, -q, by_side, texts, va, vb, floor, same_claim, beat):
                break


def _try(side, k, q, by_side, texts, va, vb, floor, same_claim, beat, trace=None) -> bool:
    other_side = "b" if side == "a" else "a"
    row = by_side[other_side].get(q)
    if row is None or len(_members(row, other_side)) > 1:
        return _say(trace, "single sentence of a split or merge, or unpaired")
    members = _members(row, side)
    own, single = texts[side], texts[other_side][q]
    event = one_event(own[k], single)
    content, names = reading(single)
    mine = reading(own[k])
    if not (content - names - mine[1]) & mine[0] - frozenset().union(*(reading(own[m])[0] for m in members)):
        return _say(trace, "no new content stem")
    alone = same_claim.row_similarity(*_sides([k], q, side))
    if alone is not None and alone < floor and not event:
        return _say(trace, f"word similarity {alone:.2f} under the floor")
    joined = sorted([*members, k])
    before, after = same_claim.row_similarity(*_sides(members, q, side)), \
        same_claim.row_similarity(*_sides(joined, q, side))
    unquoted = beat == "unquoted" and not any(mark in own[k] + single for mark in QUOTE_MARKS)
    if (beat is True or not event or beat == "unquoted" and not unquoted) \
            and (before is None or (after is not None and after <= before)):
        return _say(trace, f"does not beat its parts ({before} -> {after})")
    if not partners.own_evidence(own[k], single, [own[m] for m in members]):
        return _say(trace, "no own evidence")
    confidence = partners.joined_confidence(own, joined, single, side, q, va, vb, by_side, floor)
    if confidence < UNCERTAIN_BELOW:
        return _say(trace, f"confidence {confidence:.2f}")
    if not same_claim(*((k, q) if side == "a" else (q, k))):
        return _say(trace, "claim rule refuses the pair")
    if trace is not None:
        return _say(trace, "accepted")
    members[:] = joined
    by_side[side][k] = row
    return True


def _say(trace, why: str) -> bool:
    if trace is not None:
        trace.append(why)
    return False


_SECOND_CHANCE = alignment._second_chance


def second_chance_events(groups, scores, va, vb, floor, same_claim, soft):
    taken = _SECOND_CHANCE(groups, scores, va, vb, floor, same_claim, soft)
    paired_a = {i for g in groups + taken for i in g.a}
    paired_b = {j for g in groups + taken for j in g.b}
    nearest_a: dict[int, tuple[float, int]] = {}
    nearest_b: dict[int, tuple[float, int]] = {}
    for (i, j), s in scores.items():
        if i not in paired_a and j not in paired_b:
            nearest_a[i] = max(nearest_a.get(i, (-1.0, 0)), (s, -j))
            nearest_b[j] = max(nearest_b.get(j, (-1.0, 0)), (s, -i))
    for i, (_, j) in sorted(nearest_a.items()):
        j = -j
        if nearest_b[j][1] != -i or j in paired_b:
            continue
        a, b = same_claim.texts_a[i], same_claim.texts_b[j]
        if one_event(a, b) and same_claim.shares(i, j):
            taken.append(alignment._Group([i], [j]))
            paired_a.add(i)
            paired_b.add(j)
    return taken


def _sides(members, q, side):
    return (members, [q]) if side == "a" else ([q], members)


def _members(row, side):
    return row.a if side == "a" else row.b


def trace() -> None:
    """Why the partner rule refuses each missed gold link whose sentences report one event and share an argument."""
    sets = [(n, a, b, {tuple(x) for x in ls}) for n, a, b, ls in gold_pairs() if "held-out" not in n]
    sets += [(n, a, b, ls) for _, n, a, b, ls in third_pairs()]
    for name, a, b, gold in sets:
        captured = {}

        def keep(rows, scores, va, vb, floor, same_claim, captured=captured, **_):
            partners.join_second_partners(rows, scores, va, vb, floor, same_claim)
            captured.update(rows=list(rows), scores=scores, va=va, vb=vb, floor=floor, claim=same_claim)

        alignment.join_second_partners = keep
        found = {(i, j) for r in alignment.align_sentences(a, b) for i in r.a_indices for j in r.b_indices}
        alignment.join_second_partners = partners.join_second_partners
        rows, claim = captured["rows"], captured["claim"]
        by_side = {"a": {i: r for r in rows for i in r.a}, "b": {j: r for r in rows for j in r.b}}
        texts = {"a": claim.texts_a, "b": claim.texts_b}
        for i, j in sorted(gold - found):
            if not one_event(a[i].text, b[j].text):
                continue
            why: list[str] = []
            if i not in by_side["a"]:
                _try("a", i, j, by_side, texts, captured["va"], captured["vb"], captured["floor"], claim, True, why)
            if j not in by_side["b"]:
                _try("b", j, i, by_side, texts, captured["va"], captured["vb"], captured["floor"], claim, True, why)
            print(f"{name} {i}->{j}: {'; '.join(why) or 'both paired elsewhere'}")


VARIANTS = {"shipped": None, "without": "without", "partner-floor": {}, "partner-any": {"anyrow": True},
            "partner-nobeat": {"beat": False}, "partner-any-nobeat": {"anyrow": True, "beat": False},
            "partner-nobeat-unquoted": {"beat": "unquoted"}, "pair": "pair",
            "trace": "trace"}


def main() -> None:
    variant = sys.argv[1]
    options = VARIANTS[variant]
    if options == "trace":
        trace()
        return
    if options == "without":
        partners.reports_one_event = lambda a, b: False
    elif options == "pair":
        alignment._second_chance = second_chance_events
    elif options is not None:
        alignment.join_second_partners = lambda *a, **k: join(*a, **k, **options)
    if sys.argv[2:3] == ["--run"]:
        script = sys.argv[3]
        sys.argv = [script, *sys.argv[4:]]
        runpy.run_path(str(ROOT / script), run_name="__main__")
        return
    print(f"## {variant}\n\n| set | P | R | F1 |\n|---|---|---|---|")
    print("\n".join(gold_set_lines(held_out=False)))
    print(gold_score("AllSides third (development)", [(a, b, links) for _, _, a, b, links in third_pairs()]))
    if sys.argv[2:3] == ["--dump"]:
        from try_figure_rewordings import dump

        dump(Path(sys.argv[3]), no_row_rule=False)


if __name__ == "__main__":
    main()
