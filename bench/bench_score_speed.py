"""CPU time of the whole ``score`` path against plain VADER on the same sentences.

The 5,190 NYT editorial snippets (Hutto & Gilbert 2014) are written as 498 article files, one per
article id, one snippet per line (writing is not timed). Then, in this process, with CPU time
(``time.process_time``) so other jobs on a shared machine count less, and the median of
``--repeats`` interleaved runs:

* plain VADER: ``polarity_scores`` on every body sentence mediadiff finds in those articles;
* sentence scoring: ``_score_span`` on the same sentences, as ``score`` does per sentence;
* ``score --by sentence --format csv`` without the command line: ``load_corpus`` (reading and
  cleaning), then ``stream_scores(by="sentence")`` (voices attribution for the outlet's own voice,
  scoring, records) written as CSV to memory; and its parts: reading, attribution alone.

    python bench/bench_score_speed.py [--repeats 5]
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_sentiment import read_nyt  # noqa: E402


def write_articles(folder: Path) -> int:
    """One file per NYT article id, one snippet per line; returns the number of files."""
    by_article: dict[str, list[str]] = defaultdict(list)
    for snippet_id, _, text in read_nyt():
        by_article[snippet_id.split("_")[0]].append(text)
    for article_id, texts in by_article.items():
        (folder / f"nyt{int(article_id):04d}.txt").write_text("\n".join(texts) + "\n", encoding="utf-8")
    return len(by_article)


def cpu(run) -> float:  # type: ignore[no-untyped-def]
    t0 = time.process_time()
    run()
    return time.process_time() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    import mediadiff
    from mediadiff.render.records import write_csv
    from mediadiff.scale.stream import stream_scores
    from mediadiff.tone.lexicons import load_lexicon
    from mediadiff.tone.scoring import _score_span
    from mediadiff.voices.attribution import attribute

    def uncached(articles: list) -> list:
        """The articles, with attribution's per-article cache (models.per_article, 9fd40e4) emptied first:
        every timed run reads each article anew, as a command reading them once does."""
        getattr(attribute, "cache_clear", lambda: None)()
        return articles

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        n_files = write_articles(folder)
        articles = list(mediadiff.load_corpus(folder))
        sentences = [s.text for a in articles for s in a.sentences]
        plain, lexicon = SentimentIntensityAnalyzer(), load_lexicon()

        def score_command() -> None:  # `score --by sentence --format csv`, without click
            write_csv(stream_scores(iter(mediadiff.load_corpus(folder)), by="sentence"), io.StringIO())

        runs = {
            "plain VADER `polarity_scores`": lambda: [plain.polarity_scores(t) for t in sentences],
            "sentence scoring as `score` does it (`_score_span`)": lambda: [
                _score_span(t, 0, len(t), index=0, article_id=None, lexicon=lexicon) for t in sentences],
            "reading and cleaning (`load_corpus`)": lambda: list(mediadiff.load_corpus(folder)),
            "voices attribution alone (`attribute`)": lambda: [attribute(a) for a in uncached(articles)],
            "`score --by sentence --format csv` path (read, attribute, score, records, CSV)": score_command,
        }
        for run in runs.values():
            run()  # word lists and weights load outside the clock
        times: dict[str, list[float]] = {name: [] for name in runs}
        for _ in range(args.repeats):  # interleaved: a burst of load on the machine hits every row alike
            for name, run in runs.items():
                times[name].append(cpu(run))
    vader = statistics.median(times["plain VADER `polarity_scores`"])
    print(f"{n_files} articles, {len(sentences):,} body sentences; CPU seconds, median of {args.repeats} "
          "interleaved runs\n")
    print("| what | CPU time | vs plain VADER |\n|---|---|---|")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"| {name} | {median:.2f} s | {median / vader:.1f}x |")
    print("\nruns: " + "; ".join(f"{name.split('(')[0].strip()}: " + " / ".join(f"{v:.2f}" for v in values)
                             for name, values in times.items()))


if __name__ == "__main__":
    main()
