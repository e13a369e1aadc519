"""Check that alignment and ``compare`` give identical results before and after a speed change.

Writes, for each case, the full result (floats in full) to a file:

- ``compare`` of the 20 ordered pairs of the five seed articles (``Comparison.to_dict()`` as
  JSON, plus the ``repr`` of every aligned row, so unrounded scores count too);
- ``compare_many`` of the five seeds (``Coverage.to_dict()``);
- ``compare`` of generated edited copies of 300 and 1,000 sentences in paragraphs of three
  (``bench/bench_compare_speed.py``): rows, quotes and their matches, summaries;
- ``align_sentences`` on generated edited copies (``bench/edited_copies.py``, 100, 300 and
  1,000 sentences, two seeds each) and on the 24 AllSides story pairs of
  ``bench/gold/allsides_alignment.json`` (both sets), as the ``repr`` of every row.

Run it once on the code before the change (``--save``) and once after (``--check``): any
difference is printed and the exit status is 1. The script runs itself with
``PYTHONHASHSEED=0``: some sums run over sets of words, whose order (and so the last bit of a
score) follows the string hash seed. Texts: ``$MEDIADIFF_BENCH_DATA`` or
``../shared/bench``::

    python bench/check_alignment_identical.py --save /tmp/align-before.json
    python bench/check_alignment_identical.py --check /tmp/align-before.json
    python bench/check_alignment_identical.py --check /tmp/align-before.json --ignore added_words added_names

``--ignore KEY ...`` leaves those keys of the JSON results out of both sides (a change of the
summary's words only: the rows, quotes and every other field must still be identical).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from itertools import permutations
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_align_allsides import data_dir as allsides_dir  # noqa: E402
from bench_align_generated import as_sentences  # noqa: E402
from bench_compare_speed import as_article  # noqa: E402
from edited_copies import make_pair  # noqa: E402
from identity_checks import without  # noqa: E402

from mediadiff.align.alignment import align_sentences  # noqa: E402
from mediadiff.align.comparison import compare  # noqa: E402
from mediadiff.align.coverage import compare_many  # noqa: E402
from mediadiff.corpus.reading import load_corpus  # noqa: E402

GENERATED = ((100, 0), (100, 1), (300, 0), (300, 1), (1000, 0), (1000, 1))


def results() -> dict[str, str]:
    out: dict[str, str] = {}
    seeds = load_corpus(REPO / "seeds")
    articles = sorted(seeds, key=lambda art: art.id)
    for a, b in permutations(articles, 2):
        result = compare(a, b)
        out[f"compare {a.id} {b.id}"] = json.dumps(result.to_dict(), sort_keys=True)
        out[f"compare rows {a.id} {b.id}"] = repr(result.pairs)
    out["compare_many seeds"] = json.dumps(compare_many(articles).to_dict(), sort_keys=True)
    for n in (300, 1000):
        pair = make_pair(n, 2)
        result = compare(as_article("a", pair.a), as_article("b", pair.b))
        out[f"compare generated {n}"] = json.dumps(result.to_dict(), sort_keys=True)
    for n, seed in GENERATED:
        pair = make_pair(n, seed)
        out[f"generated {n} seed {seed}"] = repr(align_sentences(as_sentences(pair.a), as_sentences(pair.b)))
    gold = json.loads((REPO / "bench" / "gold" / "allsides_alignment.json").read_text(encoding="utf-8"))
    corpus = load_corpus(allsides_dir() / "corpus")
    for pair in gold["pairs"] + gold["pairs_second"]:
        rows = align_sentences(corpus[pair["a"]].sentences, corpus[pair["b"]].sentences)
        out[f"allsides {pair['a']} {pair['b']}"] = repr(rows)
    return out


def stripped(result: str | None, keys: frozenset[str]) -> str | None:
    """A saved result with ``keys`` left out when it is JSON (``compare``), else as it is."""
    if not keys or result is None or not result.startswith("{"):
        return result
    return json.dumps(without(json.loads(result), keys), sort_keys=True)


def main() -> int:
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--save", type=Path, help="write the results to this file")
    mode.add_argument("--check", type=Path, help="compare the results with this file")
    parser.add_argument("--ignore", nargs="+", default=[], metavar="KEY",
                        help="with --check: JSON keys left out of both sides (added_words added_names)")
    args = parser.parse_args()
    ignored = frozenset(args.ignore)
    now = results()
    if args.save:
        args.save.write_text(json.dumps(now, indent=0), encoding="utf-8")
        print(f"saved {len(now)} results to {args.save}")
        return 0
    before = json.loads(args.check.read_text(encoding="utf-8"))
    differ = [key for key in sorted(before.keys() | now.keys())
              if stripped(before.get(key), ignored) != stripped(now.get(key), ignored)]
    for key in differ:
        print(f"DIFFERENT: {key}")
    print(f"{len(now)} results, {len(differ)} different")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
