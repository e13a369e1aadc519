"""Quote matching (``voices.quotes.match_quotes``): true and false matches, for trees before and after a change.

Two measures, each run on every tree given (``--tree``, default this one), in one run:

1. **PolNeAR, speakers swapped** (gold attributions of ``polnear/<split>``, split ``dev`` unless told):
   each article's gold attributions (content, source as the annotator marked it; direct when the content
   holds a quote mark) are its quotes A. B is a copy that keeps every other quote (the others are left
   out, as another outlet leaves quotes out) and gives each kept quote the source of the next kept quote
   with another source (speakers swapped). A kept direct quote matched with its own copy is a right match
   (a re-attribution found: the words are the same; recall is over the kept direct quotes, as reported
   clauses never pair with reported clauses); any other match is wrong, above all a left-out quote of A
   matched with another quote of B. The same with speakers kept (no swap) shows what the swap costs.
2. **Real pairs read by eye**: every quote match of ``compare`` on the ten seed pairs and on the first two
   articles of the first 60 AllSides stories with odd ids (development data), written to a JSON file per
   tree (``--dump DIR``) so the matches that change can be read.

Texts: ``$MEDIADIFF_BENCH_DATA`` or ``../shared/bench``::

    python bench/bench_quote_matching.py --tree /tmp/main-tree --tree . --dump /tmp/quotes
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
_T = re.compile(r"(T\d+)\t(\w+) ([\d ;]+)\t")


def data_dir() -> Path:
    return Path(os.environ.get("MEDIADIFF_BENCH_DATA", "../shared/bench"))


def polnear_quotes(split: str) -> list[list[tuple[str, int, int, str | None, bool]]]:
    """Per article, its gold attributions as (content, start, end, source, direct), in text order."""
    root, seen, out = data_dir() / "polnear" / split, set(), []
    for ann in sorted(glob.glob(str(root / "attributions" / "*.ann"))):
        name = os.path.basename(ann)[:-4].rsplit("_", 1)[0]
        if name in seen:
            continue  # the first annotator's file when several
        seen.add(name)
        text = (root / "text" / f"{name}.txt").read_text(encoding="utf-8")
        spans, quotes = {}, []
        for line in open(ann, encoding="utf-8"):
            match = _T.match(line)
            if match:
                parts = [tuple(map(int, x.split())) for x in match.group(3).split(";")]
                spans[match.group(1)] = (parts[0][0], parts[-1][1])
            elif line.startswith("E"):
                roles = dict(x.split(":") for x in line.split("\t")[1].split())
                content, source = spans.get(roles.get("Content", "")), spans.get(roles.get("Source", ""))
                if content:
                    words = text[content[0]:content[1]]
                    quotes.append((words.strip(" \"“”'‘’"), content[0], content[1],
                                   text[source[0]:source[1]] if source else None,
                                   bool(re.search("[\"“”]|''", words))))
        out.append(sorted(quotes, key=lambda q: q[1]))
    return out


def swapped_copy(quotes: list, *, swap: bool) -> tuple[list, list[int]]:
    """B: every other quote of A (indices of A kept), each given the next kept quote's other source."""
    kept = list(range(0, len(quotes), 2))
    copy = []
    for n, i in enumerate(kept):
        text, start, end, source, direct = quotes[i]
        if swap:
            others = [quotes[k][3] for k in kept[n + 1:] + kept[:n] if quotes[k][3] and quotes[k][3] != source]
            source = others[0] if others else source
        copy.append((text, start, end, source, direct))
    return copy, kept


def measure_polnear(split: str) -> dict:
    from mediadiff.voices.quotes import Quote, match_quotes

    def as_quotes(rows: list) -> list:
        return [Quote(text, start, end, 0, speaker=source, verb=None, kind="direct" if direct else "reported")
                for text, start, end, source, direct in rows]

    out = {}
    for swap in (False, True):
        right = wrong = wrong_left_out = kept_total = left_out_total = 0
        for quotes in polnear_quotes(split):
            if len(quotes) < 2:
                continue
            copy, kept = swapped_copy(quotes, swap=swap)
            a, b = as_quotes(quotes), as_quotes(copy)
            kept_total += sum(quotes[i][4] for i in kept)  # a reported clause never pairs with a reported one
            left_out_total += len(quotes) - len(kept)
            for match in match_quotes(a, b):
                i, j = a.index(match.a), b.index(match.b)
                if kept[j] == i:
                    right += 1
                else:
                    wrong += 1
                    wrong_left_out += i not in kept
        out["swapped" if swap else "kept"] = {
            "kept quotes": kept_total, "right": right, "recall": round(right / kept_total, 4),
            "left-out quotes": left_out_total, "wrong": wrong, "wrong (left-out A quote)": wrong_left_out}
    return out


def real_pairs() -> dict[str, list]:
    from story_pairs import compared_pairs

    def rows(result) -> list:
        return [[m.status, m.a.text, m.a.speaker, m.b.text, m.b.speaker] for m in result.quotes]

    return compared_pairs(rows, REPO / "seeds", data_dir() / "allsides_stories")  # type: ignore[return-value]


def one_tree(split: str, dump: str | None) -> None:
    """Run in a child process whose ``sys.path`` starts with the tree: print its figures as JSON."""
    result = {"polnear": measure_polnear(split)}
    pairs = real_pairs()
    result["real pairs"] = {"pairs": len(pairs), "matches": sum(map(len, pairs.values())),
                            "other speaker": sum(r[2] != r[4] for rows in pairs.values() for r in rows)}
    if dump:
        Path(dump).write_text(json.dumps(pairs, indent=1, ensure_ascii=False), encoding="utf-8")
    print(json.dumps(result))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tree", action="append", default=[], help="a mediadiff tree (repeat; default: this one)")
    parser.add_argument("--split", default="dev", choices=("dev", "train"))
    parser.add_argument("--dump", help="a folder for each tree's matches on the real pairs (JSON)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        one_tree(args.split, args.out)
        return
    trees = [Path(t).resolve() for t in args.tree] or [REPO]
    if args.dump:
        Path(args.dump).mkdir(parents=True, exist_ok=True)
    print(f"PolNeAR {args.split}: A = an article's gold attributions; B = every other one, speakers kept or swapped\n")
    print("| tree | B speakers | kept direct quotes | right matches (recall) | wrong matches |"
          " of which a left-out A quote | real pairs: matches | with another speaker |")
    print("|---|---|---|---|---|---|---|---|")
    for n, tree in enumerate(trees):
        out = str(Path(args.dump) / f"quotes-{n}-{tree.name}.json") if args.dump else None
        env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONHASHSEED": "0"}
        command = [sys.executable, __file__, "--child", "--split", args.split] + (["--out", out] if out else [])
        result = json.loads(subprocess.run(command, env=env, cwd=tree, check=True, capture_output=True,
                                           text=True).stdout.strip().splitlines()[-1])
        real = result["real pairs"]
        for case, row in result["polnear"].items():
            print(f"| {tree} | {case} | {row['kept quotes']} | {row['right']} ({row['recall']:.3f}) | {row['wrong']} |"
                  f" {row['wrong (left-out A quote)']} | {real['matches']} | {real['other speaker']} |")


if __name__ == "__main__":
    main()
