"""Which sentences' news tone two source trees disagree on: PolNeAR train/dev, the AllSides corpus, the NYT editorial
snippets with odd ids and NewsMTSC train (tuning data only; the held-out splits are never read). Each tree is scored
in its own process; the changed sentences are printed with both tones, biggest change first. Rewrites nothing.

    MEDIADIFF_BENCH_DATA=/path/to/bench python bench/diff_sentence_tone.py BEFORE_TREE AFTER_TREE [--grep REGEX]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

_ONE_TREE = r'''
import json, sys
tree, out = sys.argv[1], sys.argv[2]
sys.path[:0] = [tree, tree + "/bench"]
import mediadiff
assert mediadiff.__file__.startswith(tree), mediadiff.__file__
from bench_sentiment import read_nyt
from learn_hedge_weights import bench_dir
from learn_target_tone import read_mentions
from mediadiff.tone.sentiment import sentence_tone
root = bench_dir()
texts = []
for split in ("train", "dev"):
    texts += [s.text for a in mediadiff.load_corpus(str(root / "polnear" / split / "text")) for s in a.sentences]
texts += [s.text for a in mediadiff.load_corpus(str(root / "allsides_stories" / "corpus")) for s in a.sentences]
texts += [t for i, _, t in read_nyt() if int(i.split("_")[0]) % 2 == 1]
texts += [m[0] for m in read_mentions("train")]
texts = list(dict.fromkeys(texts))
json.dump({t: sentence_tone(t).compound for t in texts}, open(out, "w", encoding="utf-8"))
'''


def tones(tree: Path, out: Path) -> dict[str, float]:
    subprocess.run([sys.executable, "-c", _ONE_TREE, str(tree.resolve()), str(out)], check=True)
    return json.loads(out.read_text(encoding="utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--grep", help="count and list only the changed sentences matching this regex (any case)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        before, after = tones(args.before, Path(tmp) / "before.json"), tones(args.after, Path(tmp) / "after.json")
    changed = sorted(((t, before[t], after[t]) for t in before if abs(before[t] - after[t]) > 1e-9),
                     key=lambda row: -abs(row[1] - row[2]))
    if args.grep:
        changed = [row for row in changed if re.search(args.grep, row[0], re.IGNORECASE)]
    for text, old, new in changed:
        print(f"{old:+.2f} -> {new:+.2f} | {' '.join(text.split())[:220]}")
    print(f"{len(changed)} of {len(before):,} sentences change")


if __name__ == "__main__":
    main()
