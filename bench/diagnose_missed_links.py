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

    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/diagnose_missed_links.py [--rows]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from try_event_rules import gold_pairs  # noqa: E402

import mediadiff.align.alignment as alignment  # noqa: E402
from mediadiff.align.params import LINK_FLOOR  # noqa: E402
from mediadiff.align.paraphrase import paraphrase_probability  # noqa: E402
from mediadiff.align.similarity import sentence_similarity  # noqa: E402
from mediadiff.align.vectors import soft_cosine  # noqa: E402

RULES: list = []


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", action="store_true", help="also print every missed link with its texts")
    args = parser.parse_args()
    causes: dict[str, Counter] = {}
    totals: Counter = Counter()
    detail = []
    for kind, name, a, b, gold in development_pairs():
        found, missed = diagnose(a, b, gold)
        totals[kind, "gold"] += len(gold)
        totals[kind, "found"] += len(found & gold)
        totals[kind, "predicted"] += len(found)
        for i, j, cause, score, soft, sim, para, ta, tb in missed:
            causes.setdefault(cause, Counter())[kind] += 1
            detail.append(f"| {name} | {i} -> {j} | {cause} | {'-' if score is None else f'{score:.2f}'} "
                          f"| {soft:.2f} | {sim:.2f} | {para:.2f} | {ta[:90]} / {tb[:90]} |")
    kinds = ("seed dev", "seed test", "AllSides dev")
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


if __name__ == "__main__":
    main()
