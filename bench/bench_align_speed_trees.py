"""CPU time of ``align_sentences`` (or ``compare`` and its JSON) in two or more source trees, interleaved.

On a shared machine single runs move by tens of per cent, so a before/after figure needs
many runs taken in turn: each round runs one process per tree (imports and word lists loaded
before timing), each process aligns the same generated pairs (``bench/edited_copies.py``,
seeds 0 to ``--pairs`` - 1; new text for the process, as a first run) and reports the CPU
seconds (``time.process_time``) of each. Prints the median and range per tree. A tree is a
checkout of mediadiff (for example ``git worktree add /tmp/before <commit>``). ``--what
compare`` times ``compare`` on the articles of ``bench_compare_speed`` (paragraphs of three);
``--what compare-json`` times ``compare`` followed by ``json.dumps(result.to_dict())``, as
``mediadiff compare --format json`` does (without its indenting and rounding), with the garbage
collector as a caller leaves it (on). Usage::

    python bench/bench_align_speed_trees.py /tmp/before . [--n 1000] [--pairs 5] [--rounds 3] \
        [--what align|compare|compare-json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_CHILD = """
import json, sys, time
tree, n, pairs, what = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
sys.path[:0] = [tree, tree + "/bench", {bench!r}]
from edited_copies import make_pair
from bench_align_generated import as_sentences
from bench_compare_speed import as_article
import scipy.sparse.csgraph  # loaded by the matching on large components; not timed
from mediadiff.align.alignment import align_sentences
from mediadiff.align.comparison import compare
if what == "align":
    inputs, call = (lambda p: (as_sentences(p.a), as_sentences(p.b))), align_sentences
elif what == "compare":
    inputs, call = (lambda p: (as_article("a", p.a), as_article("b", p.b))), compare
else:
    inputs, call = (lambda p: (as_article("a", p.a), as_article("b", p.b))), \\
        (lambda a, b: json.dumps(compare(a, b).to_dict()))
call(*inputs(make_pair(40, 99)))
times = []
for pair in [make_pair(n, seed) for seed in range(pairs)]:
    a, b = inputs(pair)
    start = time.process_time()
    call(a, b)
    times.append(time.process_time() - start)
print(json.dumps(times))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trees", nargs="+", type=Path)
    parser.add_argument("--n", type=int, default=1000, help="sentences of A")
    parser.add_argument("--pairs", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--what", choices=("align", "compare", "compare-json"), default="align")
    args = parser.parse_args()
    code = _CHILD.format(bench=str(ROOT / "bench"))
    times: dict[Path, list[float]] = {tree: [] for tree in args.trees}
    for _ in range(args.rounds):
        for tree in args.trees:
            command = [sys.executable, "-c", code, str(tree.resolve()), str(args.n), str(args.pairs), args.what]
            out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
            times[tree] += json.loads(out)
    timed = {"align": "align_sentences", "compare": "compare",
             "compare-json": "compare + json.dumps(to_dict())"}[args.what]
    print(f"{timed}, n = {args.n}, CPU seconds over {args.rounds} rounds x {args.pairs} pairs:\n")
    print("| tree | median | min | max |\n|---|---|---|---|")
    for tree, values in times.items():
        print(f"| {tree} | {statistics.median(values):.3f} | {min(values):.3f} | {max(values):.3f} |")


if __name__ == "__main__":
    main()
