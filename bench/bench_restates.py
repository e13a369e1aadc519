"""A reworded row "restates" its counterpart: with and without the claim-change veto.

``AlignedPair.restates`` is ``paraphrase_probability >= PARAPHRASE_MODEL.threshold``
(chosen on MSRP train) and, since the veto, no ``evidence.claim_change``
(figures that disagree, opposite words, a negation on one side only). The
paraphrase probability and ``sentence_similarity`` are unchanged by it, so the
MSRP and STS figures of ``bench_msrp.py`` / ``bench_sts.py`` are too; this
script measures the decision itself, one run:

- MSRP train and test: accuracy and F1 of the paraphrase class, probability alone
  and with the veto, at the shipped threshold; pairs vetoed, and how many of
  them the gold calls paraphrases;
- STS headlines 2013 and 2014: mean gold similarity (0-5) of the pairs that
  restate with the veto and of those the veto removes.

Usage (repository root)::

    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/bench_restates.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_msrp import load as load_msrp  # noqa: E402
from bench_sts import load as load_sts  # noqa: E402

from mediadiff.align.evidence import claim_change  # noqa: E402
from mediadiff.align.params import PARAPHRASE_MODEL  # noqa: E402
from mediadiff.align.paraphrase import paraphrase_probability  # noqa: E402


def scores(gold: list[bool], said: list[bool]) -> str:
    tp = sum(g and s for g, s in zip(gold, said))
    fp = sum(s and not g for g, s in zip(gold, said))
    fn = sum(g and not s for g, s in zip(gold, said))
    accuracy = sum(g == s for g, s in zip(gold, said)) / len(gold)
    return f"{accuracy:.3f} | {2 * tp / (2 * tp + fp + fn):.3f}"


def main() -> None:
    threshold = PARAPHRASE_MODEL.threshold
    print(f"threshold {threshold:.4f} (PARAPHRASE_MODEL, chosen on MSRP train)\n")
    print("| MSRP split | probability alone: acc | F1 | with the veto: acc | F1 | pairs vetoed (paraphrase by gold) |")
    print("|---|---|---|---|---|---|")
    for split in ("train", "test"):
        rows = load_msrp(split)
        gold = [label == 1 for label, _, _ in rows]
        alone = [paraphrase_probability(a, b) >= threshold for _, a, b in rows]
        changed = [claim_change(a, b) is not None for _, a, b in rows]
        vetoed = [x and c for x, c in zip(alone, changed)]
        with_veto = [x and not c for x, c in zip(alone, changed)]
        print(f"| {split} | {scores(gold, alone)} | {scores(gold, with_veto)} | {sum(vetoed)} "
              f"({sum(v and g for v, g in zip(vetoed, gold))}) |")
    print("\n| STS headlines | pairs restating (veto) | their mean gold | pairs vetoed | their mean gold |")
    print("|---|---|---|---|---|")
    for year in (2013, 2014):
        kept, vetoed = [], []
        for gold_score, a, b in load_sts(year):
            if paraphrase_probability(a, b) >= threshold:
                (vetoed if claim_change(a, b) else kept).append(gold_score)
        mean = lambda xs: sum(xs) / len(xs) if xs else float("nan")  # noqa: E731
        print(f"| {year} | {len(kept)} | {mean(kept):.2f} | {len(vetoed)} | {mean(vetoed):.2f} |")


if __name__ == "__main__":
    main()
