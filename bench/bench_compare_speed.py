"""Speed of ``compare`` end to end on generated edited copies, beside the aligner alone.

Pairs come from ``bench/edited_copies.py`` (``make_pair(n, seed)``: n MSRP news
sentences and an edited copy; deterministic). Each side becomes an ``Article``
of paragraphs of three sentences. For each size it reports the
CPU seconds (``time.process_time``, one core; imports, word lists and
scipy loaded once before timing) of:

- ``compare`` (mediadiff.align.comparison): alignment, quotes and reported
  speech of both articles with their speakers, quote matching, summaries;
- ``align_sentences`` alone (the rows and their evidence);

each the median of ``--repeats`` runs, each on a pair of its own (seeds 0,
1, ... for ``compare``, the next ones for the aligner alone: new text, so
nothing is cached from an earlier run; a shared machine moves single runs by
tens of per cent), then the growth exponent of each
from the smallest to the largest size (least squares on log-log) and the
peak traced memory (``tracemalloc``, one separate run) of ``compare``.
Then ``compare_many`` of ``--many`` articles (edited copies of one article,
every pair through the full aligner). Usage (repository root)::

    python bench/bench_compare_speed.py [--sizes 100,300,1000,3000] [--repeats 3] [--many 24]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_align_generated import growth  # noqa: E402
from edited_copies import make_pair  # noqa: E402

from mediadiff.align.alignment import align_sentences  # noqa: E402
from mediadiff.align.comparison import compare  # noqa: E402
from mediadiff.align.coverage import compare_many  # noqa: E402
from mediadiff.models import Article, Sentence  # noqa: E402

PARAGRAPH = 3  # sentences per paragraph


def as_article(article_id: str, texts: tuple[str, ...]) -> Article:
    """An article of paragraphs of three sentences, as news is written (a quote mark left
    open ends with its paragraph, not thousands of sentences later)."""
    sentences, parts, pos = [], [], 0
    for k, text in enumerate(texts):
        if k and k % PARAGRAPH == 0:
            parts.append("\n\n")
            pos += 2
        elif k:
            parts.append(" ")
            pos += 1
        sentences.append(Sentence(k, text, pos, pos + len(text), k // PARAGRAPH))
        parts.append(text)
        pos += len(text)
    return Article(article_id, f"{article_id}.txt", "".join(parts), tuple(sentences))


def cpu(call, pairs: list[tuple[Article, Article]]) -> float:
    """Median CPU seconds of ``call(a, b)`` over the pairs (each new text: cold caches, as a first run)."""
    times = []
    for a, b in pairs:
        start = time.process_time()
        call(a, b)
        times.append(time.process_time() - start)
    return statistics.median(times)


def pairs_of(n: int, seeds: range) -> list[tuple[Article, Article]]:
    return [(as_article("a", p.a), as_article("b", p.b)) for p in (make_pair(n, seed) for seed in seeds)]


def peak_mb(a: Article, b: Article) -> float:
    tracemalloc.start()
    compare(a, b)
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    return peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,300,1000,3000")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--many", type=int, default=24, help="articles for compare_many (0: skip)")
    args = parser.parse_args()
    import scipy.sparse.csgraph  # noqa: F401  (loaded by the matching on large components; not timed)

    warm = make_pair(40, 99)
    compare(as_article("wa", warm.a), as_article("wb", warm.b))
    lines = ["| n (A sentences) | compare CPU s | align_sentences CPU s | rest of compare | "
             "compare peak traced MB | MB per 1,000 sentences |", "|---|---|---|---|---|---|"]
    t_compare: dict[int, float] = {}
    t_align: dict[int, float] = {}
    for n in [int(x) for x in args.sizes.split(",")]:
        t_compare[n] = cpu(compare, pairs_of(n, range(args.repeats)))
        t_align[n] = cpu(lambda a, b: align_sentences(a.sentences, b.sentences),
                         pairs_of(n, range(args.repeats, 2 * args.repeats)))
        a, b = pairs_of(n, range(2 * args.repeats, 2 * args.repeats + 1))[0]
        peak = peak_mb(a, b)
        lines.append(f"| {n} | {t_compare[n]:.3f} | {t_align[n]:.3f} | {t_compare[n] - t_align[n]:.3f} | "
                     f"{peak:.1f} | {peak / (n / 1000):.1f} |")
    print(f"compare on generated edited copies, CPU seconds, median of {args.repeats} runs.\n")
    print("\n".join(lines))
    if len(t_compare) > 1:
        print(f"\ntime grows like n^{growth(t_compare):.2f} (compare) and n^{growth(t_align):.2f} "
              f"(align_sentences) from n={min(t_compare)} to n={max(t_compare)}.")
    if args.many:
        texts = [make_pair(30, seed).b for seed in range(args.many)]
        articles = [as_article(f"m{k:02d}", t) for k, t in enumerate(texts)]
        start = time.process_time()
        compare_many(articles)
        seconds = time.process_time() - start
        print(f"\ncompare_many of {args.many} articles of about 30 sentences "
              f"({args.many * (args.many - 1) // 2} pairs, full aligner): {seconds:.2f} s CPU (one run).")


if __name__ == "__main__":
    main()
