"""A second partner by word alignment (alignrecall10, issue 12): the shipped rule beside the variants measured.

The largest cause of missed development gold links (bench/diagnose_missed_links.py) is the second partner
of a sentence that is already paired: one outlet sums up in one sentence what the other spreads over two or
three. The shipped rule is ``mediadiff.align.partners.join_second_partners`` (its docstring says when a
sentence joins). Modes, each in its own process:

- ``shipped``: the aligner as it is; ``without``: the rule switched off (the aligner before it);
- the variants measured on the way (a still-unpaired sentence X, its nearest sentence Y by soft cosine, Y
  the single sentence of its row, X sharing content with Y, ``sentence_similarity(X, Y)`` at the link floor):
  ``partner`` (and the join beats its parts by word similarity), ``partner-nobeat`` (no beats test),
  ``partner-tfidf`` (beats by the tf-idf cosine), ``partner-adjacent`` (X next to a member of the row),
  ``partner-new`` (``partner`` and X covers a content word of Y the row's members do not),
  ``partner-new-link`` (the same, nearest by link score), ``partner-sure`` (``partner-new-link`` and the
  joined row's confidence at least ``rows.UNCERTAIN_BELOW``: the rule shipped, before its tests were put
  in the cheapest order).

Prints seed gold ("test", dev: development figures), AllSides development and generated 1,000 x 3 figures
(the measuring of ``bench/try_event_rules.py``, held-out set unread) and the development links each mode
adds or removes against ``shipped``.

Usage (repository root)::

    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/try_second_partner.py [MODE ...]
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from try_event_rules import measure  # noqa: E402
from try_recall_rules import changes, development_links  # noqa: E402

import mediadiff.align.alignment as alignment  # noqa: E402
from mediadiff.align import evidence  # noqa: E402
from mediadiff.align.claims import covered  # noqa: E402
from mediadiff.align.rows import UNCERTAIN_BELOW  # noqa: E402
from mediadiff.align.similarity import sentence_similarity  # noqa: E402
from mediadiff.align.vectors import combined, cosine, soft_cosine  # noqa: E402


def join_partners(groups, scores, va, vb, floor, same_claim, soft, *, adjacent=False, beat="words",
                  new=False, nearest="soft", sure=False) -> None:
    by_side = {"a": {i: g for g in groups for i in g.a}, "b": {j: g for g in groups for j in g.b}}
    texts = {"a": same_claim.texts_a, "b": same_claim.texts_b}
    partners: dict[tuple[str, int], list[int]] = {}
    for i, j in scores:
        if i not in by_side["a"]:
            partners.setdefault(("a", i), []).append(j)
        if j not in by_side["b"]:
            partners.setdefault(("b", j), []).append(i)
    for (side, k), others in sorted(partners.items()):
        other_side = "b" if side == "a" else "a"
        pairs = [((k, q) if side == "a" else (q, k)) for q in others]
        if nearest == "soft":
            for p in pairs:
                if p not in soft:
                    soft[p] = soft_cosine(va[p[0]], vb[p[1]])
        read = soft if nearest == "soft" else scores
        best, q = max((read[p], -p[1] if side == "a" else -p[0]) for p in pairs)
        q = -q
        group = by_side[other_side].get(q)
        if group is None or len(alignment._members(group, other_side)) > 1:
            continue
        members = alignment._members(group, side)
        if adjacent and not any(abs(k - m) == 1 for m in members):
            continue
        pair = (k, q) if side == "a" else (q, k)
        if not same_claim.shares(*pair):
            continue
        own, other = texts[side], texts[other_side]
        if new and not covered(own[k], other[q]) - frozenset().union(*(covered(own[m], other[q]) for m in members)):
            continue
        if sentence_similarity(own[k], other[q]) < floor:
            continue
        if beat == "words":
            before = sentence_similarity(" ".join(own[m] for m in members), other[q])
            after = sentence_similarity(" ".join(own[m] for m in sorted([*members, k])), other[q])
            if after <= before:
                continue
        elif beat == "tfidf":
            vo, vt = (va, vb) if side == "a" else (vb, va)
            before = cosine(combined([vo[m] for m in members]), vt[q])
            if cosine(combined([vo[m] for m in [*members, k]]), vt[q]) <= before:
                continue
        if sure:
            vo, vt = (va, vb) if side == "a" else (vb, va)
            joined = sorted([*members, k])
            ta, tb = " ".join(own[m] for m in joined), other[q]
            if side == "b":
                ta, tb = tb, ta
            n_a = len(by_side["a"]) + (side == "a")
            n_b = len(by_side["b"]) + (side == "b")
            shared = min(n_a / len(va), n_b / len(vb))
            confidence = evidence.pair_confidence(
                ta, tb, score=cosine(combined([vo[m] for m in joined]), vt[q]), similarity=None, paraphrase=None,
                pairs=evidence.word_pairs(ta, tb), floor=floor, parts=len(joined) + 1, shared=shared)
            if confidence < UNCERTAIN_BELOW:
                continue
        members.append(k)
        members.sort()
        by_side[side][k] = group


def patch(**options) -> None:
    """Replace the shipped rule by a variant (``options`` of ``join_partners``)."""
    soft: dict = {}

    def variant(rows, scores, va, vb, floor, same_claim):
        if soft.get("claim") is not same_claim:
            soft.clear()
            soft["claim"] = same_claim
        join_partners(rows, scores, va, vb, floor, same_claim, soft, **options)

    alignment.join_second_partners = variant


RULES = {"without": lambda: setattr(alignment, "join_second_partners", lambda *args: None),
         "partner": lambda: patch(), "partner-adjacent": lambda: patch(adjacent=True),
         "partner-tfidf": lambda: patch(beat="tfidf"), "partner-new": lambda: patch(new=True),
         "partner-new-tfidf": lambda: patch(new=True, beat="tfidf"),
         "partner-new-link": lambda: patch(new=True, nearest="link"),
         "partner-sure": lambda: patch(new=True, nearest="link", sure=True), "partner-nobeat": lambda: patch(beat=None)}


def main() -> None:
    names = [arg for arg in sys.argv[1:] if not arg.startswith("--")]
    if not names or len(names) > 1:
        for name in names or ("shipped", *RULES):
            subprocess.run([sys.executable, __file__, name], check=True)
        return
    name = names[0]
    before = development_links()
    if name != "shipped":
        RULES[name]()
    print(f"\n{name}:", "| set | link P | link R | F1 |", "|---|---|---|---|", *measure(held_out=False),
          *(changes(before) if name != "shipped" else []), sep="\n", flush=True)


if __name__ == "__main__":
    main()
