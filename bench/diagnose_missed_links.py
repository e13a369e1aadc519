"""Why each development gold link is missed: the stage of the aligner that lost it (issue 12, alignrecall10).

For every gold link the shipped aligner does not output, on the development gold only (seed gold "dev"
split, the seed "test" pairs, which are development figures too, and the AllSides development pairs; the
AllSides held-out pairs are never read here), the first stage that lost it:

- ``not a candidate``: the pair is never scored (no rare term shared, or outside both top lists);
- ``under the floor``: tf-idf link score below ``LINK_FLOOR``, split by what the two sentences are in the
  final alignment: ``both unpaired`` (only a one-to-one pair could take it), ``one paired`` (a split or merge
  part: the other sentence is in a row already), ``both paired`` (a many-to-many fact);
- ``names only``: at or above the floor but ``claims.shares_content`` is False;
- ``words refused``: a row holding both was refused by ``claims.words_correspond``;
- ``coincidence``: a row holding both was refused by ``ClaimRule.refuse_coincidence``;
- ``taken``: at or above the floor, accepted, but the matching or the joins gave a sentence to another
  row (``part of split/merge missing`` when one sentence is in a row whose other side holds a gold partner
  of it: the join beats-its-parts test or the one-to-many shape refused the part).

Each row also shows the second chance's soft cosine, the word-aligned ``sentence_similarity`` and the
``paraphrase_probability`` of the two sentences alone, so a rule aimed at a cause can be judged first.

Usage (repository root)::

    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/diagnose_missed_links.py [--rows] [--partners]

``--partners`` (alignrecall12) also traces every missed link with one sentence unpaired through the tests of
the second-partner rule (``partners.join_second_partners``), for the gold partner even when it is not the
unpaired sentence's nearest: which test refuses it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from try_event_rules import gold_pairs  # noqa: E402

import mediadiff.align.alignment as alignment  # noqa: E402
from mediadiff.align import partners  # noqa: E402
from mediadiff.align.claims import reading  # noqa: E402
from mediadiff.align.params import LINK_FLOOR  # noqa: E402
from mediadiff.align.paraphrase import paraphrase_probability  # noqa: E402
from mediadiff.align.rows import UNCERTAIN_BELOW  # noqa: E402
from mediadiff.align.similarity import sentence_similarity  # noqa: E402
from mediadiff.align.vectors import soft_cosine  # noqa: E402
from mediadiff.align.wordalign import analyse  # noqa: E402

RULES: list = []
JOINED: list = []  # (rows, scores, va, vb, floor, rule) at the last call of the second-partner rule
_join = alignment.join_second_partners


def _recorded_join(rows, scores, va, vb, floor, rule) -> None:
    JOINED[:] = [([r for r in rows], scores, va, vb, floor, rule)]
    _join(rows, scores, va, vb, floor, rule)


alignment.join_second_partners = _recorded_join


class _RecordedRule(alignment.ClaimRule):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        RULES.append(self)


alignment.ClaimRule = _RecordedRule  # type: ignore[misc]


def development_pairs():
    """(set name, pair name, a, b, gold links) of the development gold sets; the held-out set is skipped."""
    for name, a, b, links in gold_pairs():
        if "held-out" in name:
            continue
        kind = "seed dev" if name.startswith("seed dev") else "seed test" if name.startswith("seed test") \
            else "AllSides dev"
        yield kind, name, a, b, {tuple(link) for link in links}
    yield from third_pairs()


def third_pairs():
    """(set name, pair name, a, b, gold links) of the third AllSides development set (``pairs_third``)."""
    from bench_align_allsides import data_dir

    from mediadiff.corpus.reading import load_corpus

    gold = json.loads((ROOT / "bench" / "gold" / "allsides_alignment.json").read_text(encoding="utf-8"))
    corpus = load_corpus(data_dir() / "corpus")
    for p in gold.get("pairs_third", ()):
        yield "AllSides third", f"AllSides third {p['a']}/{p['b']}", corpus[p["a"]].sentences, \
            corpus[p["b"]].sentences, {tuple(link) for link in p["links"]}


def diagnose(a, b, gold: set[tuple[int, int]]) -> tuple[set, list[tuple]]:
    RULES.clear()
    rows = alignment.align_sentences(a, b)
    rule = RULES[0]
    found = {(i, j) for r in rows for i in r.a_indices for j in r.b_indices}
    row_of_a = {i: r for r in rows if r.a_indices and r.b_indices for i in r.a_indices}
    row_of_b = {j: r for r in rows if r.a_indices and r.b_indices for j in r.b_indices}
    scores, va, vb = alignment.link_scores(a, b)
    out = []
    for i, j in sorted(gold - found):
        score = scores.get((i, j))
        paired = (i in row_of_a) + (j in row_of_b)
        if score is None:
            cause = "not a candidate"
        elif score < LINK_FLOOR:
            cause = "under the floor"
        elif not rule.shares(i, j):
            cause = "names only"
        elif (i, j) in rule._refused:
            cause = "words refused"
        elif (i, j) in rule._coincidental:
            cause = "coincidence"
        else:
            part = (i in row_of_a and any((i, q) in gold for q in row_of_a[i].b_indices)) or \
                (j in row_of_b and any((p, j) in gold for p in row_of_b[j].a_indices))
            cause = "taken: part of split/merge missing" if part else "taken by another pair"
        if cause in ("not a candidate", "under the floor"):
            cause += (", both unpaired", ", one paired", ", both paired")[paired]
        soft = soft_cosine(va[i], vb[j])
        out.append((i, j, cause, score, soft, sentence_similarity(a[i].text, b[j].text),
                    paraphrase_probability(a[i].text, b[j].text), a[i].text, b[j].text))
    return found, out


def partner_tests(i: int, j: int) -> str:
    """Each test of the second-partner rule for gold link (i, j) of the alignment just made, one unpaired."""
    rows, scores, va, vb, floor, rule = JOINED[0]
    by_side = {"a": {p: r for r in rows for p in r.a}, "b": {q: r for r in rows for q in r.b}}
    if (i in by_side["a"]) == (j in by_side["b"]):
        return "both paired" if i in by_side["a"] else "both unpaired"
    side, k, q = ("a", i, j) if j in by_side["b"] else ("b", j, i)
    other = "b" if side == "a" else "a"
    mine = [(s, (y if side == "a" else x)) for (x, y), s in scores.items() if (x if side == "a" else y) == k]
    out = [] if mine and max(mine)[1] == q else ["not its nearest"]
    row = by_side[other][q]
    members, singles = (row.a, row.b) if side == "a" else (row.b, row.a)
    if len(singles) > 1:
        out.append("row already many-sided")
    texts = {"a": rule.texts_a, "b": rule.texts_b}
    own, single = texts[side], texts[other][q]
    content, names = reading(single)
    part = reading(own[k])
    if not (content - names - part[1]) & part[0] - frozenset().union(*(reading(own[m])[0] for m in members)):
        out.append("no content stem the row lacks")

    def sides(ms: list[int]) -> tuple[list[int], list[int]]:
        return (ms, [q]) if side == "a" else ([q], ms)

    alone = rule.row_similarity(*sides([k]))
    if alone is not None and alone < floor:
        out.append(f"alone {alone:.2f} under the floor")
    joined = sorted([*members, k])
    before, after = rule.row_similarity(*sides(list(members))), rule.row_similarity(*sides(joined))
    if before is None or (after is not None and after <= before):
        out.append(f"join does not beat its parts ({before or 1:.2f} -> {after or 1:.2f})")
    words = analyse(single)
    evidence_words = sorted(words[t].norm for t in partners.own_evidence(own[k], single, [own[m] for m in members]))
    if not evidence_words:
        out.append("no own evidence")
    confidence = partners.joined_confidence(own, joined, single, side, q, va, vb, by_side, floor)
    if confidence < UNCERTAIN_BELOW:
        out.append(f"joined row unsure ({confidence:.2f})")
    if not rule(i, j):
        out.append("refused by the claim rule")
    return f"part {side}{k} -> row of {other}{q}: " + ("; ".join(out) or "passes every test") + \
        f" (own evidence: {', '.join(evidence_words) or '-'})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", action="store_true", help="also print every missed link with its texts")
    parser.add_argument("--partners", action="store_true",
                        help="also print which second-partner test refuses each missed link")
    args = parser.parse_args()
    traced = []
    causes: dict[str, Counter] = {}
    totals: Counter = Counter()
    detail = []
    for kind, name, a, b, gold in development_pairs():
        found, missed = diagnose(a, b, gold)
        totals[kind, "gold"] += len(gold)
        totals[kind, "found"] += len(found & gold)
        totals[kind, "predicted"] += len(found)
        for i, j, cause, score, soft, sim, para, ta, tb in missed:
            if args.partners:
                traced.append(f"- {name} {i} -> {j}: {partner_tests(i, j)}")
            causes.setdefault(cause, Counter())[kind] += 1
            detail.append(f"| {name} | {i} -> {j} | {cause} | {'-' if score is None else f'{score:.2f}'} "
                          f"| {soft:.2f} | {sim:.2f} | {para:.2f} | {ta[:90]} / {tb[:90]} |")
    kinds = ("seed dev", "seed test", "AllSides dev", "AllSides third")
    print(f"Link floor {LINK_FLOOR}. Found / predicted / gold: " + "; ".join(
        f"{k} {totals[k, 'found']} / {totals[k, 'predicted']} / {totals[k, 'gold']}" for k in kinds) + "\n")
    print("| cause of the miss | " + " | ".join(kinds) + " | all |")
    print("|---|" + "---|" * (len(kinds) + 1))
    for cause, counts in sorted(causes.items(), key=lambda item: -sum(item[1].values())):
        print(f"| {cause} | " + " | ".join(str(counts[k]) for k in kinds) + f" | {sum(counts.values())} |")
    missed_total = sum(sum(c.values()) for c in causes.values())
    print("| all missed | " + " | ".join(str(sum(c[k] for c in causes.values())) for k in kinds)
          + f" | {missed_total} |")
    if args.rows:
        print("\n| pair | link | cause | link score | soft cosine | word similarity | paraphrase P | A / B |")
        print("|---|---|---|---|---|---|---|---|")
        print("\n".join(detail))
    if args.partners:
        print("\nSecond-partner tests of each missed link:\n")
        print("\n".join(traced))


if __name__ == "__main__":
    main()
