"""Background paragraphs: does an article that recalls another story stay with its own?

    python bench/bench_background.py           # dev (odd story ids), test (even ids): clean vs injected
    python bench/bench_background.py --dev     # dev only (for trying a weighting)

On the AllSides roundups (../shared/bench/allsides_stories; title + opening sentences of
975 articles, 469 stories), half of the articles (chosen with a fixed seed) get one
paragraph taken from an article of ANOTHER story of the same split: that article's first
body sentence (its most story-specific line), from a story published within 3 days
when there is one (a recalled recent event; a far-away one the time window keeps apart
anyway). The paragraph is either appended after the article's last sentence or inserted
after its first sentence. The donor articles stay in the corpus, so a recalled paragraph
can pull its article towards the donor's story. B-cubed F1 against the gold stories, for
mediadiff's default and tf-idf average linkage (distance 0.7, as bench_allsides.py), clean
and injected, all measured in this run.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_allsides import baseline, load, mediadiff_stories  # noqa: E402
from bench_ecbplus import bcubed  # noqa: E402

from mediadiff.events.grouping import publication_day  # noqa: E402
from mediadiff.models import Sentence  # noqa: E402

SHARE = 0.5  # of the articles that get a recalled paragraph
WINDOW = 3.0  # days: a recalled event is a recent one
METHODS = ("tf-idf average linkage, distance 0.7", "mediadiff default", "mediadiff default, dates withheld")


def inject(articles: list, gold_of: dict[str, int], where: str, seed: int = 13) -> list:
    """The articles, half of them with one sentence of another story's article appended or inserted."""
    rng = random.Random(seed)
    out = []
    for article in articles:
        if rng.random() >= SHARE or not article.sentences:
            out.append(article)
            continue
        donor = _donor(article, articles, gold_of, rng)
        line = donor.sentences[0].text
        sentences = [s.text for s in article.sentences]
        at = len(sentences) if where == "appended" else 1
        sentences.insert(at, line)
        new = tuple(Sentence(i, text, 0, len(text)) for i, text in enumerate(sentences))
        out.append(replace(article, sentences=new, raw="\n".join([article.title or "", *sentences])))
    return out


def _donor(article, articles: list, gold_of: dict[str, int], rng: random.Random):  # noqa: ANN001, ANN202
    day = publication_day(article.published)
    others = [a for a in articles if gold_of[a.id] != gold_of[article.id] and a.sentences]
    near = [a for a in others if day is not None and (d := publication_day(a.published)) is not None
            and abs(d - day) <= WINDOW]
    return rng.choice(near or others)


def rows(name: str, articles: list, gold_of: dict[str, int]) -> list[str]:
    gold = [gold_of[a.id] for a in articles]
    lines = []
    for condition in ("clean", "appended", "inserted after the lead"):
        corpus = articles if condition == "clean" else inject(articles, gold_of, condition.split()[0])
        for method in METHODS:
            start = time.perf_counter()
            if method.startswith("tf-idf"):
                pred = baseline([f"{a.title}\n{a.body}" for a in corpus])
            else:
                pred = mediadiff_stories(corpus, dates="withheld" not in method)
            p, r, f = bcubed(gold, pred)
            lines.append(f"| {name} | {condition} | {method} | {len(set(pred))} | {p:.3f} | {r:.3f} | **{f:.3f}** "
                         f"| {time.perf_counter() - start:.1f} |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dev", action="store_true", help="dev stories (odd ids) only")
    args = parser.parse_args()
    articles, gold_of = load()
    splits = {"dev (odd stories)": [a for a in articles if gold_of[a.id] % 2]}
    if not args.dev:
        splits["test (even stories)"] = [a for a in articles if not gold_of[a.id] % 2]
    print("| split | paragraph | method | found | B3 P | B3 R | B3 F1 | seconds |\n|---|---|---|---|---|---|---|---|")
    for name, split in splits.items():
        print("\n".join(rows(name, split, gold_of)), flush=True)


if __name__ == "__main__":
    main()
