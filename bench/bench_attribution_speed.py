"""CPU time of voices attribution alone (``mediadiff.voices.attribute``) on the two speed workloads.

* compare's: generated edited copies (``bench/edited_copies.py``, ``make_pair(n, seed)``) as articles in
  paragraphs of three sentences, as ``bench_compare_speed.py`` builds them; both sides of seeds 0, 1, ...
  (new text each run), CPU seconds per article, median over the articles;
* score's: the 5,190 NYT editorial snippets written as 498 articles, as ``bench_score_speed.py`` does,
  against plain VADER (``polarity_scores``) on the same body sentences; medians of ``--repeats``
  interleaved runs after one warm-up run (word lists loaded outside the clock; the first, cold run
  is printed too).

CPU seconds (``time.process_time``) so other jobs on a shared machine count less. To compare two
versions of the code, copy this file into the other checkout's ``bench/`` and run both, alternately.

    MEDIADIFF_BENCH_DATA=../shared/bench python bench/bench_attribution_speed.py [--sizes 1000,3000] [--repeats 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_compare_speed import as_article  # noqa: E402
from bench_score_speed import cpu, write_articles  # noqa: E402
from edited_copies import make_pair  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,3000")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    import mediadiff
    from mediadiff.voices.attribution import attribute

    def uncached(articles: list) -> list:
        """The articles, with attribution's per-article cache (models.per_article, 9fd40e4) emptied first:
        every timed run reads each article anew, as a command reading them once does."""
        getattr(attribute, "cache_clear", lambda: None)()
        return articles

    seeds = list(mediadiff.load_corpus(REPO / "seeds"))
    cold_seeds = cpu(lambda: [attribute(a) for a in seeds])  # also loads the verb lexicon and word lists
    print(f"code: {Path(mediadiff.__file__).parent}\n")
    print("| workload | attribution CPU s | per 1,000 sentences |\n|---|---|---|")
    print(f"| the 5 seeds, first call (lexicons loaded) | {cold_seeds:.3f} | |")
    for n in [int(x) for x in args.sizes.split(",")]:
        articles = [as_article(f"{side}{seed}", getattr(make_pair(n, seed), side))
                    for seed in range(max(1, args.repeats // 2)) for side in ("a", "b")]
        times = [cpu(lambda a=a: attribute(a)) for a in articles]
        sentences = statistics.median(len(a.sentences) for a in articles)
        median = statistics.median(times)
        print(f"| generated article of {n:,} sentences (median of {len(articles)}) | {median:.3f} | "
              f"{median / sentences * 1000:.3f} |")
    with tempfile.TemporaryDirectory() as tmp:
        write_articles(Path(tmp))
        nyt = list(mediadiff.load_corpus(Path(tmp)))
    texts = [s.text for a in nyt for s in a.sentences]
    plain = SentimentIntensityAnalyzer()
    runs = {"plain VADER": lambda: [plain.polarity_scores(t) for t in texts],
            "attribution": lambda: [attribute(a) for a in uncached(nyt)]}
    first = {name: cpu(run) for name, run in runs.items()}
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(args.repeats):
        for name, run in runs.items():
            times[name].append(cpu(run))
    vader = statistics.median(times["plain VADER"])
    attribution = statistics.median(times["attribution"])
    print(f"| NYT snippets as {len(nyt)} articles, {len(texts):,} sentences (median of {args.repeats}) | "
          f"{attribution:.3f} | {attribution / len(texts) * 1000:.3f} |")
    print(f"\nNYT: attribution {attribution:.3f} s vs plain VADER {vader:.3f} s on the same sentences: "
          f"{attribution / vader:.2f}x (first, cold run: {first['attribution']:.3f} s vs {first['plain VADER']:.3f} s)")
    print("runs: " + "; ".join(f"{name}: " + " / ".join(f"{v:.3f}" for v in values) for name, values in times.items()))


if __name__ == "__main__":
    main()
