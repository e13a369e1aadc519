"""Where a cold ``compare`` of the 1,000-sentence pair spends its CPU, part by part, per tree.

Each tree runs the comparison once in a fresh process (as ``mediadiff compare`` does; trees
interleaved, CPU seconds by ``time.process_time``, median of ``--rounds``); the aligner's steps,
the row builders and the readers of each sentence are wrapped with a clock (a part called
inside itself is counted once; a cached reading is counted where it is first asked for, so
``analyse`` shows under the claim rule or the similarity, whichever reads a sentence first).
The process's imports, the reading of the two files and the rendering of the text report (then of the
JSON, after it) are timed too (a part a tree lacks is left out of its column).
The files are ``bench_compare_cli.py``'s (``make_pair(n, 0)``, paragraphs of three). Usage
(repository root)::

    python bench/bench_compare_parts.py BEFORE_TREE . [--n 1000] [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from bench_compare_cli import write_pair  # noqa: E402

_CHILD = """
import gc, json, sys
from time import process_time as clock
tree, folder, n = sys.argv[1], sys.argv[2], sys.argv[3]
begin_imports = clock()
sys.path.insert(0, tree)
import mediadiff.cli
from mediadiff.align import alignment, claims, comparison, evidence, similarity, vectors
try:
    from mediadiff.corpus.named import load_file_refs
except ImportError:  # trees before corpus/named.py (2026-11-25)
    from mediadiff.corpus.reading import load_file_refs
from mediadiff.render.comparison import render_comparison
from mediadiff.voices import attribution
imports = clock() - begin_imports
spent = {}
def wrap(module, name, key):
    if not hasattr(module, name):  # a tree from before (or after) a part was moved: left out, not an error
        return
    call, depth = getattr(module, name), [0]
    spent[key] = 0.0
    def timed(*args, **kwargs):
        if depth[0]:
            return call(*args, **kwargs)
        depth[0] += 1
        begin = clock()
        try:
            return call(*args, **kwargs)
        finally:
            spent[key] += clock() - begin
            depth[0] -= 1
    setattr(module, name, timed)
for module, name, key in (
    (comparison, "align_sentences", "align_sentences"), (alignment, "link_scores", "link scores"),
    (vectors, "_top_pairs", "of which candidates (_top_pairs)"), (claims, "shares_content", "claim rule"),
    (claims, "analyse", "of which analyse (claim rule first)"), (alignment, "_second_chance", "second chance"),
    (alignment, "_join_better", "splits and merges"), (alignment, "_rows", "rows"),
    (claims, "sentence_similarity", "row similarity (asked by the refusals, shown on the rows)"),
    (similarity, "analyse", "of which analyse (similarity first)"),
    (similarity, "align_tokens", "of which align_tokens"), (similarity, "overlap_similarity", "of which overlap"),
    (alignment, "paraphrase_probability", "of which paraphrase probability"),
    (alignment, "word_diff", "of which word diffs"), (evidence, "word_pairs", "of which word pairs"),
    (evidence, "certainty_change", "of which certainty change"), (comparison, "extract_quotes", "attribution"),
    (attribution, "read_actors", "of which actors (read_actors)"), (attribution, "find_cues", "of which cues"),
    (comparison, "match_quotes", "quote matching"), (comparison, "_summarise", "summaries"),
    (comparison, "_language", "language guess"),
):
    wrap(module, name, key)
begin_reading = clock()
a, b = load_file_refs([f"{folder}/a{n}.txt", f"{folder}/b{n}.txt"])
reading = clock() - begin_reading
gc.disable()
start = clock()
result = comparison.compare(a, b)
compared = clock() - start
start = clock()
render_comparison(result, fmt="text", color=False)
text = clock() - start
start = clock()
render_comparison(result, fmt="json")
print(json.dumps({"imports": imports, "reading": reading, "compare": compared, **spent,
                  "rendering (text)": text, "rendering (json, after the text)": clock() - start}))
"""


def _env(tree: Path, folder: str) -> dict[str, str]:
    """Bytecode cached per tree (``PYTHONPYCACHEPREFIX``, as an installed package has its ``.pyc``
    files; the first round compiles it): with ``PYTHONDONTWRITEBYTECODE`` set, every process would
    compile the modules ``compare`` imports lazily inside the parts it times."""
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(Path(folder) / f"pycache-{abs(hash(str(tree.resolve())))}")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trees", nargs="+", type=Path)
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        write_pair(args.n, Path(folder))
        times: dict[tuple[Path, str], list[float]] = {}
        for round_number in range(args.rounds + 1):  # round 0 compiles each tree's bytecode: not counted
            for tree in args.trees:
                run = subprocess.run([sys.executable, "-c", _CHILD, str(tree.resolve()), folder, str(args.n)],
                                     capture_output=True, text=True, check=True, env=_env(tree, folder))
                for part, seconds in json.loads(run.stdout).items():
                    times.setdefault((tree, part), []).append(seconds)
            if round_number == 0:
                times.clear()
    print(f"A cold compare at n = {args.n}, CPU seconds, median of {args.rounds} rounds (trees interleaved)\n")
    print("| part | " + " | ".join(str(tree) for tree in args.trees) + " |")
    print("|---|" + "---|" * len(args.trees))
    for part in dict.fromkeys(part for _, part in times):
        cells = " | ".join(f"{statistics.median(times[tree, part]):.3f}" if (tree, part) in times else "-"
                           for tree in args.trees)
        print(f"| {part} | {cells} |")


if __name__ == "__main__":
    main()
