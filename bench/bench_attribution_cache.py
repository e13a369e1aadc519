"""Time the four library calls that read every article's attribution (QA13 L4), one after another on one
loaded corpus, as a research pipeline calls them; with --check, also that their outputs are the same JSON as
when each call attributes every article anew (the cache cleared before each call).

    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/bench_attribution_cache.py [--check]
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

import mediadiff
from mediadiff.models import plain


def _calls(articles):
    return (("score_corpus(by='outlet')", lambda: mediadiff.score_corpus(articles, by="outlet")),
            ("voices_by_outlet", lambda: mediadiff.voices_by_outlet(articles)),
            ("actor_tones", lambda: mediadiff.actor_tones(articles)),
            ("sentence_scores (each article)", lambda: [mediadiff.sentence_scores(a) for a in articles]))


def _forget() -> None:
    from mediadiff.voices import attribution

    clear = getattr(attribution.attribute, "cache_clear", None)
    if clear:
        clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    folder = Path(os.environ.get("MEDIADIFF_BENCH_DATA", "/work/shared/bench")) / "polnear" / "dev" / "text"
    articles = list(mediadiff.load_corpus(folder))
    print(f"{len(articles)} PolNeAR dev articles")
    outputs = {}
    total = 0.0
    for name, call in _calls(articles):
        started = time.perf_counter()
        outputs[name] = json.dumps(plain(call()), sort_keys=True, default=str)
        took = time.perf_counter() - started
        total += took
        print(f"  {name:32} {took:6.2f} s")
    print(f"  {'all four':32} {total:6.2f} s")
    if args.check:
        for name, call in _calls(articles):
            _forget()
            same = json.dumps(plain(call()), sort_keys=True, default=str) == outputs[name]
            print(f"  {name:32} {'identical' if same else 'DIFFERS'} to a call that attributes anew")


if __name__ == "__main__":
    main()
