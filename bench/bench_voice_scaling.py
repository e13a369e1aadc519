"""How `score --by sentence` scales with the length of a quote-heavy article (CPU time per sentence).

Articles of 300, 1,000 and 3,000 sentences made of the five seeds' body sentences in turn (news with
many direct and reported quotes), in paragraphs of three sentences as ``bench_compare_speed.py``
builds them. For each: voices attribution alone (``mediadiff.voices.attribute``), then
``score_records(article, by="sentence")`` in the ``own`` and ``quoted`` voices (which attribute again,
then blank and label every sentence), and plain VADER (``polarity_scores``) on the same sentences.
A linear path costs about the same per sentence at every length; one that scans every quote of the
article for each sentence costs more per sentence as the article grows.

CPU seconds (``time.process_time``), median of ``--repeats`` runs after one warm-up, so other jobs on
a shared machine count less. To compare two versions of the code, copy this file into the other
checkout's ``bench/`` and run both, alternately.

    python bench/bench_voice_scaling.py [--sizes 300,1000,3000] [--repeats 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_compare_speed import as_article  # noqa: E402


def cpu_median(run, repeats: int) -> float:
    run()  # warm-up: word lists and caches
    times = []
    for _ in range(repeats):
        start = time.process_time()
        run()
        times.append(time.process_time() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="300,1000,3000")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    import mediadiff
    from mediadiff.scale.stream import score_records
    from mediadiff.voices.attribution import attribute

    seeds = [s.text for a in mediadiff.load_corpus(REPO / "seeds") for s in a.sentences]
    plain = SentimentIntensityAnalyzer()
    print(f"code: {Path(mediadiff.__file__).parent}\n")
    print(f"CPU seconds, median of {args.repeats} runs; per-sentence figures in microseconds\n")
    print("| sentences | quoted share of characters | attribution | own voice path | quoted voice path | "
          "plain VADER | own path per sentence | quoted path per sentence | own path / VADER |")
    print("|---|---|---|---|---|---|---|---|---|")
    for n in [int(x) for x in args.sizes.split(",")]:
        article = as_article(f"quotes{n}", tuple(seeds[k % len(seeds)] for k in range(n)))
        hidden = sum(e - s for s, e in attribute(article).quoted_spans()) / len(article.raw)
        attribution = cpu_median(lambda article=article: attribute(article), args.repeats)
        own = cpu_median(lambda article=article: score_records(article, by="sentence", voice="own"), args.repeats)
        quoted = cpu_median(lambda article=article: score_records(article, by="sentence", voice="quoted"), args.repeats)
        texts = [s.text for s in article.sentences]
        vader = cpu_median(lambda texts=texts: [plain.polarity_scores(t) for t in texts], args.repeats)
        print(f"| {n:,} | {hidden:.0%} | {attribution:.3f} | {own:.3f} | {quoted:.3f} | {vader:.3f} | "
              f"{own / n * 1e6:.0f} | {quoted / n * 1e6:.0f} | {own / vader:.2f}x |")


if __name__ == "__main__":
    main()
