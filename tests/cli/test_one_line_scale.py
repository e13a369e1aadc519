"""A huge article on one line (no line breaks): scored and compared in memory a small multiple of the file.

One line becomes one paragraph; structures built per paragraph, copies of the text per sentence or cue, and
caches keyed by long strings grow with it. The bounds are generous (measured well under them, see
bench/README.md "one line, no line breaks"), so only a blow-up fails, never a slow machine.
"""

from __future__ import annotations

import time
import tracemalloc

from paths import SEEDS

from mediadiff.cli import main

# Peak traced bytes per character of the file. Each sentence costs a few KB whatever its length (its
# attribution, tone, alignment row and output): measured 18 (QA's file) and 88 (sentences of 70 characters)
# on compare; a copy of the text per sentence, or a quadratic structure, costs thousands.
MEMORY_PER_CHAR = 150
SECONDS = 120  # CPU seconds per command


def _peak_and_seconds(runner, *args) -> tuple[int, float]:
    runner.invoke(main, ["score", str(SEEDS / "001_b93ffb7de8a52493.txt")])  # word lists loaded outside the bound
    tracemalloc.start()
    started = time.process_time()
    try:
        result = runner.invoke(main, [str(a) for a in args], catch_exceptions=False)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert result.exit_code == 0, result.output[-300:]
    return peak, time.process_time() - started


def _bounded(runner, path, size: int) -> None:
    seed = SEEDS / "001_b93ffb7de8a52493.txt"
    for args in (("score", path, "--by", "article"), ("compare", path, seed, "--jobs", "1")):
        peak, seconds = _peak_and_seconds(runner, *args)
        assert peak < MEMORY_PER_CHAR * size, (args[0], peak / size)
        assert seconds < SECONDS, (args[0], seconds)


def test_news_repeated_on_one_line_is_scored_and_compared_in_bounded_memory(runner, tmp_path):
    # QA's file: the seed articles, line breaks made spaces, repeated to 1 MB (most sentences set aside as
    # duplicates of the body, each still read and kept with its reason).
    text = " ".join(path.read_text(encoding="utf-8").replace("\n", " ") for path in sorted(SEEDS.glob("*.txt")))
    line = " ".join([text] * (1_000_000 // len(text) + 1))
    path = tmp_path / "line.txt"
    path.write_text(line, encoding="utf-8")
    _bounded(runner, path, len(line))


def test_distinct_sentences_on_one_line_are_scored_and_compared_in_bounded_memory(runner, tmp_path):
    # Every sentence its own (no duplicate to set aside), with names, quotes and "said": each is read by
    # the splitter, attribution, tone and the aligner.
    parts, size, k = [], 0, 0
    while size < 100_000:
        parts.append(f"Prices in district {k} rose {k % 9 + 2} percent in week {k % 52}, the council said."
                     if k % 3 else f"Mayor Ana Ruiz said the {k}th plan “is not enough” for {k % 50} families.")
        size += len(parts[-1]) + 1
        k += 1
    path = tmp_path / "line.txt"
    path.write_text(" ".join(parts), encoding="utf-8")
    _bounded(runner, path, size)


def test_quote_marks_left_open_on_one_line_quote_text_in_proportion_to_the_file(tmp_path):
    # Each mark left open used to quote the rest of the line: 133 such marks in 2 MB kept 270 MB of quotes.
    from mediadiff import load_article
    from mediadiff.voices.attribution import attribute

    parts = [f"Officials in district {k} met, and Ana Ruiz said “the plan will not be enough for {k} families."
             for k in range(3000)]
    path = tmp_path / "line.txt"
    path.write_text(" ".join(parts), encoding="utf-8")
    article = load_article(path)
    quoted = sum(len(item.text) for item in attribute(article))
    assert quoted < 2 * len(article.raw)


def test_a_repeated_quoted_sentence_on_one_line_is_attributed_in_bounded_time(runner, tmp_path):
    # All but the first 2,000-character sentences are set aside as repeats; the run of sentences attribution reads
    # as one joined the last sentence to the first over 230 KB set aside, quotes and cues all: 9 minutes.
    path = tmp_path / "line.txt"
    path.write_text('the mayor said "we will win" and ' * 7_300, encoding="utf-8")
    started = time.process_time()
    result = runner.invoke(main, ["voices", str(path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output[-300:]
    assert time.process_time() - started < 30


def test_reduced_passives_on_one_uncapped_line_are_read_in_bounded_time():
    # The library reads a sentence as long as its caller gives; each "accused of" read the rest of the line.
    from mediadiff.voices.cues import find_cues

    started = time.process_time()
    find_cues("the worker accused of shooting people " * 6_000)  # 230 KB
    assert time.process_time() - started < 5  # 23 s before
