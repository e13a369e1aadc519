"""What a cold ``align_sentences`` leaves for the cyclic garbage collector, per tree.

``align_sentences`` pauses the collector and restores it on return; the first allocation after
that runs a young collection over every object the alignment left tracked (mostly its caches of
first readings), and callers pay for that pass (``bench_align_speed_trees.py`` times it inside
``align_sentences``; the command pays it after ``compare``, which pauses the collector for the whole
comparison). This script runs, in one fresh process per tree and round (trees interleaved), one
cold alignment of the 1,000-sentence pair of ``bench_compare_cli.py`` (``make_pair(n, 0)``,
paragraphs of three) with the collector off and everything older frozen (``gc.freeze``), then
counts the tracked objects left and times one young collection over them (CPU seconds,
``time.process_time``, medians). Usage (repository root)::

    python bench/bench_align_collector.py BEFORE_TREE . [--n 1000] [--rounds 7]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from bench_compare_cli import write_pair  # noqa: E402

_CHILD = """
import gc, json, sys, time
tree, folder, n = sys.argv[1], sys.argv[2], sys.argv[3]
sys.path.insert(0, tree)
import mediadiff.cli
from mediadiff.align.alignment import align_sentences
try:
    from mediadiff.corpus.named import load_file_refs
except ImportError:  # trees before corpus/named.py (2026-11-25)
    from mediadiff.corpus.reading import load_file_refs
a, b = load_file_refs([f"{folder}/a{n}.txt", f"{folder}/b{n}.txt"])
gc.collect(); gc.freeze(); gc.disable()
start = time.process_time()
align_sentences(a.sentences, b.sentences)
aligned = time.process_time() - start
objects = len(gc.get_objects(0))
start = time.process_time()
gc.collect(0)
print(json.dumps({"objects": objects, "align": aligned, "collection": time.process_time() - start}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trees", nargs="+", type=Path)
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    runs: dict[Path, list[dict[str, float]]] = {tree: [] for tree in args.trees}
    with tempfile.TemporaryDirectory() as folder:
        write_pair(args.n, Path(folder))
        for _ in range(args.rounds):
            for tree in args.trees:
                out = subprocess.run([sys.executable, "-c", _CHILD, str(tree.resolve()), folder, str(args.n)],
                                     capture_output=True, text=True, check=True).stdout
                runs[tree].append(json.loads(out))
    print(f"A cold align_sentences at n = {args.n}, median of {args.rounds} rounds (trees interleaved)\n")
    print("| tree | objects tracked after it | its young collection, CPU s | the alignment, collector off, CPU s |")
    print("|---|---|---|---|")
    for tree, rows in runs.items():
        objects, collection, aligned = (statistics.median(r[key] for r in rows)
                                        for key in ("objects", "collection", "align"))
        print(f"| {tree} | {objects:,.0f} | {collection:.4f} | {aligned:.3f} |")


if __name__ == "__main__":
    main()
