"""The report bundle of ``mediadiff report``: one HTML page, the same as Markdown, and the charts.

``write_report`` compares the articles (two: one alignment; three or more: a
coverage matrix plus the pairs of ``report_pairs``), scores them, draws the
charts (coverage, each aligned pair's statuses and alignment map, tone and
hedging by outlet), and writes ``report.html`` (charts embedded, so the file stands alone),
``report.md`` and the PNG charts with their JSON twins into one folder. Both open with a table of
contents; the charts of all the articles stand under an Overview, each pair's in its own section.
The charts are drawn at ``figures.REPORT_DPI`` in a palette of ``REPORT_COLOURS``: small enough to
mail the page. Nothing
in the folder is overwritten unless ``force``, and every file is written under
a temporary name and moved into place at the end: a failed or interrupted run
leaves nothing new (``render.safe.staged_files``).
"""

from __future__ import annotations

import io
import shlex
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mediadiff.models import Article, MediadiffError, fields_dict
from mediadiff.render.chart_names import comparison_chart_names, outlet_chart_name, refuse_overwrite
from mediadiff.render.figures import REPORT_COLOURS, REPORT_DPI
from mediadiff.render.safe import (
    OutputError,
    check_writable,
    md_anchor,
    md_code_block,
    md_escape,
    md_link_target,
    staged_files,
)
from mediadiff.render.tone_charts import voice_note

HTML_NAME, MARKDOWN_NAME = "report.html", "report.md"
# All pairs up to five articles (ten pairs); more would bury the report in alignments.
MAX_REPORT_PAIRS = 10
# The corpus reader skips files with this mark, so a report saved among the articles is never read as one.
GENERATOR_COMMENT = '<!-- <meta name="generator" content="mediadiff"> -->'


@dataclass(frozen=True)
class PairsNote:
    """Which pairs of articles a report aligns and why (``text``), and a command that aligns a pair it
    leaves out (``command``, ``None`` when it aligns every pair)."""

    text: str
    command: str | None = None

    def render(self, escape: Callable[[str], str], code: Callable[[str], str]) -> str:
        """The note in one markup: ``escape`` for its words, ``code`` for the command ("" when no note)."""
        if not self.command:
            return escape(self.text)
        return (f"{escape(self.text)} {escape('To align any other pair, for example:')} {code(self.command)}"
                f"{escape(', with the same --corpus (or mediadiff report of the two, for its charts).')}")


@dataclass(frozen=True)
class ReportFiles:
    """Paths written by ``write_report``; ``pairs``: which pairs of articles it aligns, why, and the
    command for the others, as the report says it at its top (``pairs_note``)."""

    html: Path
    markdown: Path
    charts: tuple[Path, ...]
    pairs: PairsNote | None = None

    def to_dict(self) -> dict[str, Any]:
        """The paths as strings, ``pairs`` as its ``text`` and ``command``."""
        return fields_dict(self)


def write_report(articles: Sequence[Article], out_dir: str | Path, *, threshold: float | None = None,
                 colours: Mapping[str, str] | None = None,
                 force: bool = False, title: str | None = None) -> ReportFiles:
    """Write ``report.html``, ``report.md`` and their PNG charts into the folder ``out_dir`` (made if missing).

    ``articles``: two or more (``mediadiff.write_report`` takes a ``Corpus`` or any iterable; this function
    itself a list or tuple: ``list(corpus)``); every pair of up to five is
    aligned, beyond that each article with the one it shares most facts with. ``threshold`` is the
    aligner's link floor in [0, 1] (``None``: the default of ``compare``); ``colours`` maps outlet to colour
    (``charts.corpus_palette(corpus)``); ``title`` heads the report. Returns the paths written.
    Raises, before any work, ``TooFewArticlesError`` for fewer than two articles, ``MediadiffError`` for an
    ``out_dir`` that is a file or the folder an article was read from (the charts' JSON would be read back as
    articles), ``OutputExistsError`` for a file that exists already unless ``force=True``; and
    ``OutputError`` when the system refuses to write (no permission, a disk full), nothing left half-written."""
    from mediadiff.align.coverage import TooFewArticlesError

    if len(articles) < 2:
        raise TooFewArticlesError(f"a report compares at least two articles, got {len(articles)}")
    out_dir = Path(out_dir)
    _refuse_article_folder(out_dir, articles)
    try:
        return _write_report(articles, out_dir, threshold=threshold, colours=colours, force=force, title=title)
    except MediadiffError:
        raise
    except OSError as error:  # the CLI names the path in one line; the library says it with its own error
        raise OutputError(f"cannot write the report into {out_dir}: {error.strerror or error}") from error


def _refuse_article_folder(out_dir: Path, articles: Sequence[Article]) -> None:
    """Refuse the folder an article was read from, as the command refuses its corpus folder."""
    try:
        target = out_dir.resolve()
        # an article built in memory may carry a bare name ("a.txt") that is no file of any folder
        folders = {Path(a.path).resolve().parent for a in articles if a.path and Path(a.path).is_file()}
    except (OSError, ValueError):
        return  # a path the system cannot look up holds no article; writing there fails on its own
    if target in folders:
        raise MediadiffError(f"{out_dir} holds the articles; write the report to another folder "
                             "(files written there would be read as articles)")


def _write_report(articles: Sequence[Article], out_dir: Path, *, threshold: float | None,
                  colours: Mapping[str, str] | None, force: bool, title: str | None) -> ReportFiles:
    from mediadiff.align.alignment import DEFAULT_THRESHOLD
    from mediadiff.align.comparison import compare
    from mediadiff.align.coverage import compare_many
    from mediadiff.render import charts
    from mediadiff.render.html import report_page
    from mediadiff.tone.scoring import outlet_scores, score_article

    with staged_files(out_dir, force=force) as staged:
        for name in (HTML_NAME, MARKDOWN_NAME):  # refuse before any comparison is computed
            check_writable(staged.target(name), force=force)
        ids = [a.id for a in articles]  # every chart name is known before the work too
        coverage_names = comparison_chart_names(ids) if len(ids) > 2 else []
        # Named for the report's articles, as `score --charts` names them: the whole corpus's
        # "sentiment-by-outlet" in the same folder is another chart.
        tone_name, hedging_name = (outlet_chart_name(kind, ids=ids) for kind in ("sentiment", "hedging"))
        refuse_overwrite(out_dir, [*coverage_names, tone_name, hedging_name], force=force)
        threshold = DEFAULT_THRESHOLD if threshold is None else threshold
        aligner = aligned_once()  # the coverage and each pair's comparison align a pair of articles once
        coverage = compare_many(articles, threshold=threshold, aligner=aligner) if len(articles) > 2 else None
        pairs = report_pairs(articles, coverage)
        # Each aligned pair gets its own charts (statuses and alignment map); their names are
        # checked as soon as the pairs are known, before any pair is aligned.
        refuse_overwrite(out_dir, [name for i, j in pairs for name in comparison_chart_names([ids[i], ids[j]])],
                         force=force)
        comparisons = [compare(articles[i], articles[j], threshold=threshold, aligner=aligner) for i, j in pairs]
        note = pairs_note(articles, pairs)
        per_article = [score_article(a) for a in articles]
        group_rows = [*outlet_scores(per_article), *(s.comments for s in per_article if s.comments)]
        sentences = [s for a in per_article for s in (*a.sentences, *a.comment_sentences)]

        colours = colours or charts.corpus_palette(articles)
        overview = [] if coverage is None else charts.comparison_charts(coverage, colours=colours)
        overview += [
            (tone_name, lambda: (charts.sentiment_chart(group_rows, colours=colours),
                                 charts.sentiment_data(group_rows))),
            (hedging_name, lambda: (charts.hedging_chart(group_rows), charts.hedging_data(group_rows))),
        ]
        per_pair = [charts.comparison_charts(comparison) for comparison in comparisons]  # statuses, map
        written = charts.write_charts_into(staged, [*overview, *(chart for pair in per_pair for chart in pair)],
                                           dpi=REPORT_DPI, colours=REPORT_COLOURS)
        overview_written, rest = written[:len(overview)], iter(written[len(overview):])
        pair_written = [[next(rest) for _ in pair] for pair in per_pair]

        def embedded(charts_written: Sequence[Any]) -> list[tuple[bytes, str]]:
            return [(staged.read_bytes(w.png.name), _caption(w.png.stem)) for w in charts_written]

        title = title or "mediadiff report: " + ", ".join(a.label for a in articles)
        html_path = staged.write_text(HTML_NAME, report_page(
            title=title, articles=articles, comparisons=comparisons, coverage=coverage, group_rows=group_rows,
            sentences=sentences, overview=embedded(overview_written),
            pair_figures=[embedded(w) for w in pair_written], pairs_note=note))
        md_path = staged.write_text(MARKDOWN_NAME, _markdown(title, overview_written, pair_written, coverage,
                                                             comparisons, group_rows, note, articles=articles))
    return ReportFiles(html_path, md_path, tuple(w.png for w in written), note)


def aligned_once() -> Callable[..., Any]:
    """``align_sentences`` that aligns each pair of sentence lists once and gives the same rows again when
    asked for the same lists (the same objects, in the same order) at the same threshold: a report's
    coverage aligns every pair of its articles and its pairs' comparisons would align them again (about
    5 % of a report of five articles; ``bench/results/report.md``)."""
    from mediadiff.align.alignment import align_sentences

    rows: dict[tuple[int, int, float], tuple[Any, Any, Any]] = {}

    def align(a: Sequence[Any], b: Sequence[Any], *, threshold: float) -> Any:
        key = (id(a), id(b), threshold)
        if key not in rows:  # the lists are kept with their rows, so their ids are never reused meanwhile
            rows[key] = (a, b, align_sentences(a, b, threshold=threshold))
        return rows[key][2]

    return align


def _markdown(title: str, overview: Sequence[Any], pair_charts: Sequence[Sequence[Any]], coverage: Any,
              comparisons: Sequence[Any], group_rows: Sequence[Any], note: PairsNote, *,
              articles: Sequence[Article]) -> str:
    """The report as Markdown, in the order of the HTML page: contents, articles, the overview charts,
    coverage, each pair with its charts (``pair_charts[k]``: statuses, alignment map), tone and hedging."""
    from mediadiff.render.articles import articles_markdown
    from mediadiff.render.comparison import comparison_markdown, render_coverage
    from mediadiff.render.tables import render_group_scores

    def image(chart: Any) -> str:
        return f"![{md_escape(_caption(chart.png.stem))}]({md_link_target(chart.png.name)})"

    tone_heading = f"Tone and hedging ({voice_note(group_rows)})"
    headings = ["Articles", *(["Overview"] if overview else []), *(["Coverage"] if coverage is not None else []),
                *(f"{c.a.label} vs {c.b.label}" for c in comparisons), tone_heading]
    taken: set[str] = set()
    contents = []
    for heading in headings:
        anchor = md_anchor(heading, taken)
        contents.append(f"- [{md_escape(heading)}](#{anchor})" if anchor else f"- {md_escape(heading)}")
    markdown = io.StringIO()
    markdown.write(f"{GENERATOR_COMMENT}\n# {md_escape(title)}\n\n" + "\n".join(contents) + "\n\n")
    if note.text:
        markdown.write(note.render(md_escape, lambda c: f"`{c}`" if "`" not in c else md_escape(c)) + "\n\n")
    markdown.write("## Articles\n\n" + articles_markdown(articles) + "\n\n")  # who wrote what, as HTML's table
    if overview:
        markdown.write("## Overview\n\nCharts of all the articles; each pair's charts are in its own section.\n\n"
                       + "".join(image(chart) + "\n\n" for chart in overview))
    if coverage is not None:
        markdown.write("## Coverage\n\n" + render_coverage(coverage, fmt="markdown") + "\n\n")
    for comparison, charts in zip(comparisons, [*pair_charts, *[()] * len(comparisons)]):
        images = [image(chart) for chart in charts]
        markdown.write(comparison_markdown(comparison, level=2, status_chart="".join(images[:1]),
                                           map_chart="\n\n".join(images[1:])) + "\n\n")
    markdown.write(f"## {md_escape(tone_heading)}\n\n" + md_code_block(render_group_scores(group_rows)) + "\n")
    return markdown.getvalue()


def report_pairs(articles: Sequence[Article], coverage: object | None = None) -> list[tuple[int, int]]:
    """Which pairs of articles a report aligns, as index pairs (i < j).

    Every pair while there are at most ``MAX_REPORT_PAIRS``; beyond that (six
    or more articles) each article with the one it shares most facts with in
    ``coverage``, so every article is aligned with its closest counterpart
    and the report stays readable; an article that shares no fact with any
    other is aligned with none (the coverage lists it). The first pair is
    always the first two articles.
    """
    n = len(articles)
    every = [(i, j) for i in range(n) for j in range(i + 1, n)]
    if len(every) <= MAX_REPORT_PAIRS or coverage is None:
        return every
    position = {a.id: k for k, a in enumerate(articles)}
    shared: Counter[tuple[int, int]] = Counter()
    for fact in coverage.facts:  # type: ignore[attr-defined]
        carriers = sorted(position[i] for i in fact.sentences if i in position)
        shared.update((i, j) for x, i in enumerate(carriers) for j in carriers[x + 1:])
    chosen = {(0, 1)}
    for i in range(n):
        j = max((k for k in range(n) if k != i), key=lambda k: (shared[min(i, k), max(i, k)], -k))
        if shared[min(i, j), max(i, j)]:  # an article sharing no fact has no counterpart to align with
            chosen.add((min(i, j), max(i, j)))
    return sorted(chosen)


def pairs_note(articles: Sequence[Article], pairs: Sequence[tuple[int, int]]) -> PairsNote:
    """Say which pairs of ``articles`` a report aligns (``pairs``: index pairs, ``report_pairs``) and why:
    a report of twelve articles shows a few of its 66 pairs, and its reader must know which, why, and
    how to see the others."""
    n = len(articles)
    total = n * (n - 1) // 2
    if len(pairs) == total:
        return PairsNote(f"The report aligns every pair of its {n} articles." if n > 2 else "")
    shown = ", ".join(f"{articles[i].id}–{articles[j].id}" for i, j in pairs)
    alone = [a.id for k, a in enumerate(articles) if not any(k in pair for pair in pairs)]
    text = (f"The report aligns {len(pairs)} of the {total} pairs of its {n} articles ({shown}). Beyond "
            f"{MAX_REPORT_PAIRS} pairs every pair would bury the report in alignments, so each article is "
            "aligned with the one it shares most facts with in the coverage, and the first two with each other.")
    if alone:
        one = len(alone) == 1
        text += (f" {', '.join(alone)} {'shares' if one else 'share'} no fact with any other article and "
                 f"{'is' if one else 'are'} aligned with none.")
    i, j = next((i, j) for i in range(n) for j in range(i + 1, n) if (i, j) not in pairs)
    return PairsNote(text, "mediadiff compare " + " ".join(shlex.quote(a.id) for a in (articles[i], articles[j])))


def _caption(stem: str) -> str:
    return stem.replace("-", " ")

