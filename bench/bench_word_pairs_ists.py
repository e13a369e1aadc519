"""The words a reworded row says correspond (``AlignedPair.word_pairs``), against iSTS headlines gold.

Gold: SemEval-2016 task 2 (interpretable STS), headlines train split
(``$MEDIADIFF_BENCH_DATA/ists_headlines`` or ``../shared/bench/ists_headlines``): 756 pairs of headlines
from different outlets whose chunks are aligned by annotators (EQUI, SIMI, SPE1/2, REL, OPPO) or left
unaligned (NOALI). A predicted word link is right when its two tokens sit in a gold aligned chunk pair.
Reported: link precision; chunk recall (gold aligned chunk pairs holding at least one predicted link),
for all types and for EQUI only; beside the baseline "same lower-cased word". Nothing was tuned on it.

Usage (repository root)::

    python bench/bench_word_pairs_ists.py
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mediadiff.align.evidence import word_pairs  # noqa: E402

_PAIR = re.compile(r"^([\d ]+) <==> ([\d ]+) // (\S+) //")


def data_file() -> Path:
    env = os.environ.get("MEDIADIFF_BENCH_DATA")
    base = Path(env) / "ists_headlines" if env else ROOT.parent / "shared" / "bench" / "ists_headlines"
    return base / "train" / "train_2015_10_22.utf-8" / "STSint.input.headlines.wa"


def load() -> list[tuple[list[str], list[str], list[tuple[set[int], set[int], str]]]]:
    """(tokens of A, tokens of B, aligned chunk pairs as (A token ids, B token ids, type)), 1-based ids."""
    pairs = []
    for block in data_file().read_text(encoding="utf-8").split("<sentence")[1:]:
        source = block.split("<source>")[1].split("</source>")[0].strip().splitlines()
        target = block.split("<translation>")[1].split("</translation>")[0].strip().splitlines()
        chunks = []
        for line in block.split("<alignment>")[1].split("</alignment>")[0].strip().splitlines():
            match = _PAIR.match(line.strip())
            if match and match.group(3) != "NOALI":
                ids_a = {int(x) for x in match.group(1).split()} - {0}
                ids_b = {int(x) for x in match.group(2).split()} - {0}
                if ids_a and ids_b:
                    chunks.append((ids_a, ids_b, match.group(3)))
        tokens_a = [line.split(" ", 2)[1] for line in source]
        tokens_b = [line.split(" ", 2)[1] for line in target]
        pairs.append((tokens_a, tokens_b, chunks))
    return pairs


def to_positions(links: list[tuple[str, str]], tokens_a: list[str], tokens_b: list[str]) -> set[tuple[int, int]]:
    """Word links -> 1-based token ids, each word taken at its first unused occurrence."""
    used_a: set[int] = set()
    used_b: set[int] = set()
    out = set()
    for word_a, word_b in links:
        i = next((k for k, t in enumerate(tokens_a, 1) if k not in used_a and word_a in t), None)
        j = next((k for k, t in enumerate(tokens_b, 1) if k not in used_b and word_b in t), None)
        if i and j:
            used_a.add(i)
            used_b.add(j)
            out.add((i, j))
    return out


def same_word(a: str, b: str) -> list[tuple[str, str]]:
    free: dict[str, list[str]] = {}
    for word in b.split():
        free.setdefault(word.lower(), []).append(word)
    return [(w, free[w.lower()].pop(0)) for w in a.split() if free.get(w.lower())]


def main() -> None:
    pairs = load()
    print(f"iSTS headlines (train), {len(pairs)} pairs, "
          f"{sum(len(c) for *_, c in pairs)} aligned chunk pairs.\n")
    print("| method | link precision | chunk recall (all types) | chunk recall (EQUI) |\n|---|---|---|---|")
    for name, method in (("mediadiff word_pairs", word_pairs), ("same lower-cased word", same_word)):
        right = predicted = covered = covered_equi = total_equi = chunks = 0
        for tokens_a, tokens_b, gold in pairs:
            links = to_positions(list(method(" ".join(tokens_a), " ".join(tokens_b))), tokens_a, tokens_b)
            predicted += len(links)
            right += sum(any(i in ca and j in cb for ca, cb, _ in gold) for i, j in links)
            for ca, cb, kind in gold:
                hit = any(i in ca and j in cb for i, j in links)
                chunks += 1
                covered += hit
                if kind == "EQUI":
                    total_equi += 1
                    covered_equi += hit
        print(f"| {name} | {right / predicted:.3f} ({right}/{predicted}) | {covered / chunks:.3f} | "
              f"{covered_equi / total_equi:.3f} |")


if __name__ == "__main__":
    main()
