"""CPU time of sentence scoring and of the whole ``score`` path against plain VADER, in two or more trees.

On a shared machine single runs move by tens of per cent, so a before/after figure needs runs taken
in turn. Each round runs one process per tree (a checkout of mediadiff, for example
``git worktree add /tmp/before <commit>`` or ``git archive <commit> | tar -x -C /tmp/before``); each
process loads its tree's code and word lists outside the clock, then times, with CPU time
(``time.process_time``) and the median of ``--repeats`` interleaved runs:

* plain VADER (``polarity_scores``) and sentence scoring as ``score`` does it (``_score_span``) on the
  5,190 NYT editorial snippets, as ``bench/bench_sentiment.py`` does;
* plain VADER on the body sentences of the snippets written as 498 articles, and the whole
  ``score --by sentence --format csv`` path on those files without click (read and clean, voices
  attribution for the own voice, scoring, records, CSV to memory), as ``bench/bench_score_speed.py`` does.

Each process gives its ratios to plain VADER measured in that process; the table gives, per tree, the
median ratio over the rounds and their range. Usage::

    python bench/bench_score_speed_trees.py /tmp/before . [--rounds 3] [--repeats 5] [--collect]

The cyclic collector's full pass over this process's heap costs about 0.2x plain VADER and comes about
once per round of the four rows; which row it lands in depends on the garbage the others left, so a
change that moves it from the whole path to sentence scoring reads as a slower scorer. ``--collect``
runs ``gc.collect()`` before each timed run, outside the clock, so each row pays only for its own.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

_CHILD = """
import gc, io, json, statistics, sys, tempfile, time
from pathlib import Path
tree, repeats, collect = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "collect"
sys.path[:0] = [tree, tree + "/bench"]
from bench_sentiment import read_nyt
from bench_score_speed import write_articles
import mediadiff
assert mediadiff.__file__.startswith(tree), mediadiff.__file__
from mediadiff.render.records import write_csv
from mediadiff.scale.stream import stream_scores
from mediadiff.tone.lexicons import load_lexicon
from mediadiff.tone.scoring import _score_span
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

snippets = [text for _, _, text in read_nyt()]
plain, lexicon = SentimentIntensityAnalyzer(), load_lexicon()
with tempfile.TemporaryDirectory() as tmp:
    folder = Path(tmp)
    write_articles(folder)
    body = [s.text for a in mediadiff.load_corpus(folder) for s in a.sentences]
    runs = {
        "vader_snippets": lambda: [plain.polarity_scores(t) for t in snippets],
        "score_snippets": lambda: [_score_span(t, 0, len(t), index=0, article_id=None, lexicon=lexicon)
                                   for t in snippets],
        "vader_body": lambda: [plain.polarity_scores(t) for t in body],
        "score_path": lambda: write_csv(stream_scores(iter(mediadiff.load_corpus(folder)), by="sentence"),
                                        io.StringIO()),
    }
    for run in runs.values():
        run()
    times = {name: [] for name in runs}
    for _ in range(repeats):
        for name, run in runs.items():
            if collect:  # outside the clock: no row pays a full collection the garbage of another set off
                gc.collect()
            start = time.process_time()
            run()
            times[name].append(time.process_time() - start)
print(json.dumps({name: statistics.median(values) for name, values in times.items()}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trees", nargs="+", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--collect", action="store_true",
                        help="gc.collect() before each timed run, outside the clock: the cyclic collector's full "
                             "pass (about 0.2x plain VADER with this heap) then falls in the row whose own "
                             "garbage sets it off, not in whichever row runs when the count left by the others "
                             "runs out")
    args = parser.parse_args()
    found: dict[Path, list[dict[str, float]]] = {tree: [] for tree in args.trees}
    for _ in range(args.rounds):
        for tree in args.trees:
            command = [sys.executable, "-c", _CHILD, str(tree.resolve()), str(args.repeats),
                       "collect" if args.collect else "-"]
            found[tree].append(json.loads(subprocess.run(command, capture_output=True, text=True,
                                                         check=True).stdout))
    collected = "; gc.collect() before each timed run, outside the clock" if args.collect else ""
    print(f"CPU seconds, median of {args.repeats} interleaved runs per process; {args.rounds} rounds, one process "
          f"per tree each; ratio to plain VADER in the same process: median of the rounds (range){collected}\n")
    print("| tree | plain VADER, 5,190 snippets | sentence scoring | ratio | plain VADER, body sentences "
          "| whole `score --by sentence --format csv` path | ratio |\n|---|---|---|---|---|---|---|")
    for tree, rounds in found.items():
        cells = []
        for vader, timed in (("vader_snippets", "score_snippets"), ("vader_body", "score_path")):
            ratios = [r[timed] / r[vader] for r in rounds]
            cells += [f"{statistics.median(r[vader] for r in rounds):.3f} s",
                      f"{statistics.median(r[timed] for r in rounds):.3f} s",
                      f"**{statistics.median(ratios):.2f}x** ({min(ratios):.2f}-{max(ratios):.2f})"]
        print(f"| {tree} | " + " | ".join(cells) + " |")
    print("\nruns: " + "; ".join(f"{tree}: " + " / ".join(
        f"{r['score_snippets'] / r['vader_snippets']:.2f}x, {r['score_path'] / r['vader_body']:.2f}x" for r in rounds)
        for tree, rounds in found.items()))


if __name__ == "__main__":
    main()
