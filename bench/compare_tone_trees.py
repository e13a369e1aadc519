"""News tone of two source trees in one run: NYT editorial snippets (Pearson r and 3-class F1 on all, the odd
ids used for tuning and the even ids held out) and NewsMTSC (macro-F1 of ``tone_toward`` and of the whole
sentence's tone, train and devtest_mt), each tree in its own process, in turn. Rewrites nothing.

    MEDIADIFF_BENCH_DATA=/path/to/bench python bench/compare_tone_trees.py BEFORE_TREE AFTER_TREE
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

_ONE_TREE = r'''
import json, sys
tree = sys.argv[1]
sys.path[:0] = [tree, tree + "/bench"]
import mediadiff
assert mediadiff.__file__.startswith(tree), mediadiff.__file__
from bench_sentiment import evaluate, read_nyt
from learn_target_tone import read_mentions
from sklearn.metrics import f1_score
from mediadiff.tone.sentiment import label_of, sentence_sentiment, sentence_tone
from mediadiff.tone.toward import target_tone
rows = read_nyt()
pred = [sentence_sentiment(t)[0] for _, _, t in rows]
gold = [g for _, g, _ in rows]
out = {}
for name, parity in (("all", None), ("odd", 1), ("even", 0)):
    keep = [k for k, (i, _, _) in enumerate(rows) if parity is None or int(i.split("_")[0]) % 2 == parity]
    out[f"NYT {name} r / F1"] = evaluate([pred[k] for k in keep], [gold[k] for k in keep])
for split in ("train", "devtest_mt"):
    mentions = read_mentions(split)
    gold_labels = [m[3] for m in mentions]
    out[f"NewsMTSC {split} tone_toward"] = f1_score(
        gold_labels, [target_tone(s, a, b).label for s, a, b, _, _ in mentions], average="macro")
    out[f"NewsMTSC {split} whole sentence"] = f1_score(
        gold_labels, [label_of(sentence_tone(s).compound) for s, _, _, _, _ in mentions], average="macro")
print(json.dumps(out))
'''


def main() -> None:
    trees = [str(Path(t).resolve()) for t in sys.argv[1:]]
    if len(trees) != 2:
        sys.exit(__doc__)
    results = [json.loads(subprocess.run([sys.executable, "-c", _ONE_TREE, tree], check=True, capture_output=True,
                                         text=True).stdout) for tree in trees]
    print(f"| measure | {trees[0]} | {trees[1]} |\n|---|---|---|")
    for key in results[0]:
        cells = [" / ".join(f"{v:.4f}" for v in r[key]) if isinstance(r[key], list) else f"{r[key]:.4f}"
                 for r in results]
        print(f"| {key} | {cells[0]} | {cells[1]} |")


if __name__ == "__main__":
    main()
