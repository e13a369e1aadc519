"""The event of each sentence as evidence in the aligner: variants measured on development data (issue 12).

``mediadiff.align.events`` reads the events of a sentence (its clauses' predicates, through reporting
frames and light verbs) and whether two sentences report corresponding events. This harness patches the
aligner in this process with one of these variants, then either prints the development gold figures or runs
another bench script under the patch (``--run SCRIPT ARGS...``):

- ``shipped``: the aligner as it is: ``rival-args`` below (``events.other_event_pairs``);
- ``without``: without that rule (main before it);
- ``rival``: among the candidates of a sentence at the link floor, when one reports a corresponding event,
  those whose events differ are refused; ``rival-args`` (shipped): only those that also share arguments only
  (no event word of either sentence corresponds to any word of the other: ``events.reports_another_event``);
- ``gate``, on top of ``without``: two sentences whose events are both read and do not correspond are not a
  candidate pair (nor a split or merge part); ``gate-args``: the same only when they share arguments only
  (the issue's "shared words are only names, places, topic nouns, dates while both events are known and
  differ");
- ``parts``, on top of ``without``: the gate asked of split and merge members only: after the joins and
  second partners, a member of a row with several on its side whose event does not correspond to the
  single sentence's leaves the row (when another member's does), and may pair again ("a join must be
  justified by content shared with each part"); ``parts-args``: with the ``gate-args`` test.

The phrase variants of bench/results/align.md (a shared word in the event's own phrase) are in this script
as landed in c894b1d, with the first reading (bench/event_reading.py there).

``read`` prints, for every link the shipped aligner makes on the development gold sets and for every gold
link it misses, whether the two events correspond (True / False / None: one unreadable), by gold and wrong.

Usage (repository root; held-out pairs unread)::

    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/try_event_gate.py VARIANT
    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/try_event_gate.py VARIANT \
        --run bench/bench_align_unrelated.py --ecbplus 300
    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/try_event_gate.py read
"""

from __future__ import annotations

import runpy
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from diagnose_missed_links import third_pairs  # noqa: E402
from try_event_rules import gold_pairs, gold_set_lines  # noqa: E402
from try_event_rules import score as gold_score  # noqa: E402

import mediadiff.align.alignment as alignment  # noqa: E402
from mediadiff.align import claims  # noqa: E402
from mediadiff.align.events import event_words, main_event, same_event  # noqa: E402
from mediadiff.align.wordalign import align_tokens  # noqa: E402


def differs(a: str, b: str, *, args_only: bool) -> bool:
    """True when both events are read and do not correspond (and, ``args_only``, neither event word of one
    sentence corresponds to any word of the other: what they share are arguments only)."""
    if same_event(a, b) is not False:
        return False
    if not args_only:
        return True
    ea, eb = main_event(a) or frozenset(), main_event(b) or frozenset()
    return not any(i in ea or j in eb for i, j, _, _ in align_tokens(a, b))


def patch_gate(args_only: bool) -> None:
    without()
    shares = claims.ClaimRule.shares

    def with_event(self, i: int, j: int) -> bool:
        if (i, j) not in self._shares:
            self._shares[i, j] = shares(self, i, j) and not differs(self.texts_a[i], self.texts_b[j],
                                                                    args_only=args_only)
        return self._shares[i, j]

    claims.ClaimRule.shares = with_event


def patch_parts(args_only: bool) -> None:
    without()
    pair_unpaired = alignment._pair_unpaired

    def prune(groups, same_claim) -> None:
        for g in groups:
            for side, single in (("a", g.b), ("b", g.a)):
                members = g.a if side == "a" else g.b
                if len(members) < 2 or len(single) != 1:
                    continue
                own = same_claim.texts_a if side == "a" else same_claim.texts_b
                other = (same_claim.texts_b if side == "a" else same_claim.texts_a)[single[0]]
                keep = [m for m in members if not differs(own[m], other, args_only=args_only)]
                if keep and len(keep) < len(members):
                    for m in set(members) - set(keep):
                        pair = (m, single[0]) if side == "a" else (single[0], m)
                        same_claim._refused[pair] = 0.0
                    members[:] = keep

    def pair_then_prune(groups, scores, va, vb, floor, same_claim, soft):
        found = pair_unpaired(groups, scores, va, vb, floor, same_claim, soft)
        prune(groups + found, same_claim)
        return found

    alignment._pair_unpaired = pair_then_prune


def without() -> None:
    """The aligner without the shipped rule (``events.other_event_pairs``)."""
    alignment.other_event_pairs = lambda *_, **__: frozenset()


def patch_rival(args_only: bool) -> None:
    """The shipped rule (``args_only``) or the same without its test that the two share arguments only."""
    def rivals(scores, a, b, floor, shares=lambda i, j: True):
        by: dict[tuple[str, int], list[tuple[int, int]]] = {}
        for (i, j), score in scores.items():
            if score >= floor and shares(i, j):
                by.setdefault(("a", i), []).append((i, j))
                by.setdefault(("b", j), []).append((i, j))
        drop = set()
        for pairs in by.values():
            if any(same_event(a[i], b[j]) for i, j in pairs):
                drop |= {(i, j) for i, j in pairs if differs(a[i], b[j], args_only=args_only)}
        return frozenset(drop)

    alignment.other_event_pairs = rivals


VARIANTS = {"shipped": lambda: None, "without": without,
            "gate": lambda: patch_gate(False), "gate-args": lambda: patch_gate(True),
            "parts": lambda: patch_parts(False), "parts-args": lambda: patch_parts(True),
            "rival": lambda: patch_rival(False), "rival-args": lambda: patch_rival(True)}


def read() -> None:
    counts: Counter = Counter()
    for name, a, b, links in [*((n, a, b, ls) for n, a, b, ls in gold_pairs() if "held-out" not in n),
                              *((n, a, b, ls) for _, n, a, b, ls in third_pairs())]:
        gold = {tuple(link) for link in links}
        found = {(i, j) for r in alignment.align_sentences(a, b) for i in r.a_indices for j in r.b_indices}
        for i, j in sorted(found | gold):
            kind = "gold found" if (i, j) in gold and (i, j) in found else "gold missed" if (i, j) in gold \
                else "wrong"
            verdict = same_event(a[i].text, b[j].text)
            counts[kind, verdict] += 1
            counts[kind, "arguments only", differs(a[i].text, b[j].text, args_only=True)] += 1
            if verdict is False and differs(a[i].text, b[j].text, args_only=True) or kind == "wrong":
                print(f"{kind:11} {verdict!s:5} {name} {i}->{j} {event_words(a[i].text)} / {event_words(b[j].text)}"
                      f"\n    A: {a[i].text[:150]}\n    B: {b[j].text[:150]}")
    for key in sorted(counts, key=str):
        print(key, counts[key])


def main() -> None:
    if sys.argv[1:2] == ["read"]:
        read()
        return
    variant = sys.argv[1]
    VARIANTS[variant]()
    if sys.argv[2:3] == ["--run"]:
        script = sys.argv[3]
        sys.argv = [script, *sys.argv[4:]]
        runpy.run_path(str(ROOT / script), run_name="__main__")
        return
    print(f"## {variant}\n\n| set | P | R | F1 |\n|---|---|---|---|")
    print("\n".join(gold_set_lines(held_out=False)))
    print(gold_score("AllSides third (development)", [(a, b, links) for _, _, a, b, links in third_pairs()]))
    seeds = {n.split()[-1]: (a, b) for n, a, b, _ in gold_pairs() if n.startswith("seed")}
    a, b = seeds["003/004"]
    found = {(i, j) for r in alignment.align_sentences(a, b) for i in r.a_indices for j in r.b_indices}
    print(f"| 003:6 -> 004:7 linked: {(6, 7) in found} | 003:13 -> 004:7 linked: {(13, 7) in found} | | |")


if __name__ == "__main__":
    main()
