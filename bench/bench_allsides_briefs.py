"""Short briefs of real stories: AllSides cut to the title and its first sentence(s).

    python bench/bench_allsides_briefs.py

Checks the chance calibration of the story threshold (``events/calibration.py``) where
it can go wrong: short texts of different stories that share a name. Each row: the
corpus's chance level, the story threshold used, B-cubed of the default, of the same
grouping with the threshold held at 0.25 (calibration off), and of tf-idf average
linkage (distance 0.7), all in this run. Dev = odd story ids, test = even ids.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_allsides import baseline, load, mediadiff_stories  # noqa: E402
from bench_ecbplus import bcubed  # noqa: E402

import mediadiff.events.grouping as grouping  # noqa: E402
from mediadiff.events.calibration import chance_level, story_threshold_for  # noqa: E402
from mediadiff.events.params import NAME_WEIGHT, NUMBER_WEIGHT, STORY_THRESHOLD  # noqa: E402
from mediadiff.events.vectors import article_texts, vectorize  # noqa: E402


def main() -> None:
    articles, gold_of = load()
    print("| texts | split | chance level | threshold used | default B3 P / R / F1 | threshold held at 0.25 "
          "| tf-idf F1 |\n|---|---|---|---|---|---|---|")
    for keep, dates in ((1, True), (1, False), (2, True)):
        cut = [replace(a, sentences=a.sentences[:keep]) for a in articles]
        for name, odd in (("dev (odd)", 1), ("test (even)", 0)):
            part = [a for a in cut if gold_of[a.id] % 2 == odd]
            gold = [gold_of[a.id] for a in part]
            matrix = vectorize(article_texts(part), name_weight=NAME_WEIGHT, number_weight=NUMBER_WEIGHT).matrix
            level, used = chance_level(matrix), story_threshold_for(matrix, STORY_THRESHOLD)
            calibrated = bcubed(gold, mediadiff_stories(part, dates=dates))
            original = grouping.story_threshold_for
            grouping.story_threshold_for = lambda _matrix, threshold: threshold
            try:
                fixed = bcubed(gold, mediadiff_stories(part, dates=dates))
            finally:
                grouping.story_threshold_for = original
            tfidf = bcubed(gold, baseline(article_texts(part)))[2]
            texts = f"title + {keep} sentence{'s' if keep > 1 else ''}{'' if dates else ', dates withheld'}"
            print(f"| {texts} | {name} | {level:.4f} | {used:.3f} | {calibrated[0]:.3f} / {calibrated[1]:.3f} / "
                  f"**{calibrated[2]:.3f}** | {fixed[0]:.3f} / {fixed[1]:.3f} / {fixed[2]:.3f} | {tfidf:.3f} |",
                  flush=True)


if __name__ == "__main__":
    main()
