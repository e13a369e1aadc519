"""Recall rules measured for issue 12 (same-fact rewordings that share few words), beside the shipped aligner.

The second chance (``alignment._second_chance``) pairs two still-unpaired
sentences when their soft cosine (tf-idf with equivalent words) reaches the
link floor and they are mutual nearest neighbours. Two variants, no new tuned
number (both use thresholds fitted on MSRP train or the shipped link floor):

- ``restates``: a mutual-nearest unpaired pair below the floor is also taken
  when one restates the other: ``paraphrase_probability`` at or above its
  MSRP-train threshold (``params.PARAPHRASE_MODEL.threshold``) or
  ``sentence_similarity`` at or above ``params.PARAPHRASE_THRESHOLD`` (MSRP
  train), still only when ``claims.shares_content``.
- ``parts``: a sentence still unpaired after the second chance joins the group
  of its nearest sentence (soft cosine over the candidate pairs) as a split or
  merge part when that score reaches the floor, the nearest sentence is the
  single side of its group, the unpaired sentence stands next to a member of
  the group on its own side (a sentence split in two stays in one place), it
  shares content beyond names and dates, and the joined sentences score higher
  against the other side than the group did (soft cosine: the join beats its
  parts).
- ``both``: the two together.
- ``parts-anywhere``: ``parts`` without the condition that the sentence stands
  next to a member of the group (a summing-up sentence may gather facts that
  the other article gives far apart).
- ``parts-similar``: ``parts`` where a nearest sentence below the floor may
  still be joined when ``sentence_similarity`` of the two reaches
  ``params.PARAPHRASE_THRESHOLD`` (MSRP train).

Sets as in ``bench/try_event_rules.py`` (whose measuring this reuses): seed
gold (both splits; development figures), AllSides development and held-out
pairs, generated edited copies of 1,000 sentences (3 seeds; CPU seconds of
``align_sentences`` per pair, median of the 3). Each variant runs in its own
process, one after the other, the shipped aligner first.

Usage (repository root)::

    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/try_recall_rules.py           # shipped + all variants
    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/try_recall_rules.py parts     # one variant
    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/try_recall_rules.py parts --held-out  # and held-out

The AllSides held-out set is read only with ``--held-out`` (once, for a finished variant). Each variant
also lists the development links it adds or removes against the shipped aligner.
"""

from __future__ import annotations

import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_seed_alignment import ours  # noqa: E402
from try_event_rules import gold_pairs, measure  # noqa: E402

import mediadiff.align.alignment as alignment  # noqa: E402
from mediadiff.align.params import PARAPHRASE_MODEL, PARAPHRASE_THRESHOLD  # noqa: E402
from mediadiff.align.paraphrase import paraphrase_probability  # noqa: E402
from mediadiff.align.similarity import sentence_similarity  # noqa: E402
from mediadiff.align.vectors import combined, equivalence_index, soft_cosine  # noqa: E402


def keep_texts() -> None:
    """Let the patched steps read the two articles' sentences (``keep_texts.a``, ``keep_texts.b``)."""
    original = alignment._align

    def align(a, b, threshold, similarity):
        keep_texts.a, keep_texts.b = a, b
        return original(a, b, threshold, similarity)

    alignment._align = align


def restates(a: str, b: str) -> bool:
    return (paraphrase_probability(a, b) >= PARAPHRASE_MODEL.threshold
            or sentence_similarity(a, b) >= PARAPHRASE_THRESHOLD)


def patch_restates() -> None:
    """Mutual nearest unpaired sentences below the floor pair when one restates the other."""
    keep_texts()
    match = alignment._match

    def second_chance_match(scores, floor, same_claim):
        a, b = keep_texts.a, keep_texts.b
        lifted = {pair: (s if s >= floor or not restates(a[pair[0]].text, b[pair[1]].text) else floor)
                  for pair, s in scores.items()}
        return match(lifted, floor, same_claim)

    second_chance = alignment._second_chance

    def patched(groups, scores, va, vb, floor, same_claim):
        alignment._match = second_chance_match
        try:
            return second_chance(groups, scores, va, vb, floor, same_claim)
        finally:
            alignment._match = match

    alignment._second_chance = patched


def join_parts(groups, scores, va, vb, floor, same_claim, adjacent: bool = True, similar: bool = False) -> None:
    """Unpaired sentences next to a group join it as split or merge parts (see the module docstring)."""
    by_side = {"a": {i: g for g in groups for i in g.a}, "b": {j: g for g in groups for j in g.b}}
    partners: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i, j in scores:
        if i not in by_side["a"]:
            partners["a", i].append(j)
        if j not in by_side["b"]:
            partners["b", j].append(i)
    for (side, k), others in sorted(partners.items()):
        own, other = (va, vb) if side == "a" else (vb, va)
        other_side = "b" if side == "a" else "a"
        index = equivalence_index(own[k])
        score, q = max((soft_cosine(other[q], own[k], index), q) for q in others)
        group = by_side[other_side].get(q)
        if group is None or k in by_side[side] or score < floor and not similar:
            continue
        members = alignment._members(group, side)
        if len(alignment._members(group, other_side)) > 1:
            continue
        if adjacent and not any(abs(k - m) == 1 for m in members):
            continue
        if not (same_claim(k, q) if side == "a" else same_claim(q, k)):
            continue
        texts = (keep_texts.a, keep_texts.b) if side == "a" else (keep_texts.b, keep_texts.a)
        if score < floor and sentence_similarity(texts[0][k].text, texts[1][q].text) < PARAPHRASE_THRESHOLD:
            continue
        target = combined([other[p] for p in alignment._members(group, other_side)])
        target_index = equivalence_index(target)
        before = soft_cosine(combined([own[m] for m in members]), target, target_index)
        if soft_cosine(combined([own[m] for m in [*members, k]]), target, target_index) > before:
            members.append(k)
            members.sort()
            by_side[side][k] = group


def patch_parts(adjacent: bool = True, similar: bool = False) -> None:
    keep_texts()
    second_chance = alignment._second_chance

    def patched(groups, scores, va, vb, floor, same_claim):
        taken = second_chance(groups, scores, va, vb, floor, same_claim)
        join_parts([*groups, *taken], scores, va, vb, floor, same_claim, adjacent, similar)  # groups change in place
        return taken

    alignment._second_chance = patched


def patch_both() -> None:
    patch_restates()
    patch_parts()


def development_links() -> dict[str, tuple[set, set]]:
    """(links found, gold links) of every development pair (the AllSides held-out pairs left unread)."""
    return {name: (ours(a, b), {tuple(link) for link in links})
            for name, a, b, links in gold_pairs() if "held-out" not in name}


def changes(before: dict[str, tuple[set, set]]) -> list[str]:
    """The links a variant adds or removes on the development pairs, each marked gold or not."""
    lines = []
    for name, (found, gold) in development_links().items():
        old = before[name][0]
        lines += [f"- {name}: {sign} {i} -> {j} ({'gold' if (i, j) in gold else 'not gold'})"
                  for sign, links in (("+", found - old), ("-", old - found)) for i, j in sorted(links)]
    return lines or ["- no development link changes"]


def main() -> None:
    rules = {"restates": patch_restates, "parts": patch_parts, "both": patch_both,
             "parts-anywhere": lambda: patch_parts(adjacent=False),
             "parts-similar": lambda: patch_parts(similar=True)}
    held_out = "--held-out" in sys.argv
    names = [arg for arg in sys.argv[1:] if arg != "--held-out"]
    if not names:
        # Patches do not undo: each variant runs in its own process, one after the other.
        for name in ("shipped", *rules):
            subprocess.run([sys.executable, __file__, name, *["--held-out"] * held_out], check=True)
        return
    name = names[0]
    before = development_links()
    if name != "shipped":
        rules[name]()
    print(f"\n{name}:", "| set | link P | link R | F1 |", "|---|---|---|---|", *measure(held_out=held_out),
          *(changes(before) if name != "shipped" else []), sep="\n", flush=True)


if __name__ == "__main__":
    main()
