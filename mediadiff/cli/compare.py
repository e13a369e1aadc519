"""`mediadiff compare`, `mediadiff report` and `mediadiff chart`."""

from __future__ import annotations

import atexit
import gc
import sys

import click

from mediadiff.align.params import LINK_FLOOR, QUOTES_BESIDE_MIN_SENTENCES
from mediadiff.cli.common import (
    _articles,
    _load,
    _palette,
    _report_written,
    _use_color,
    _warn,
    at_least_two,
    charts_option,
    color_option,
    comparable,
    corpus_option,
    emit,
    event_option,
    examples,
    force_option,
    format_option,
    grouping_settings,
    number_range,
    output_folder,
    quiet_option,
    selected_group,
)
from mediadiff.models import MediadiffError
from mediadiff.render.chart_names import comparison_chart_names, outlet_chart_name, refuse_overwrite
from mediadiff.scale.params import MAX_JOBS


@examples("mediadiff compare 001 003", "mediadiff compare 001 003 004 --format markdown > coverage.md",
          "mediadiff compare a.txt b.txt --charts figures/ --force")
@click.command("compare", short_help="Align two or more articles: kept, reworded, dropped, added.")
@click.argument("article_ids", nargs=-1)
@corpus_option
@event_option
@click.option("--threshold", type=number_range(0, 1), default=None,
              help="Link floor: the least link score (tf-idf cosine, 0-1) two sentences need to be aligned. "
                   f"Default: {LINK_FLOOR}, chosen on the seed dev gold (bench/README.md).")
@format_option("text", "json", "markdown", "html", "csv")
@charts_option
@force_option
@color_option
@quiet_option
@click.option("--jobs", "-j", type=click.IntRange(0, MAX_JOBS), default=0, show_default=True,
              help="Processes for two articles: 1 does all the work in this one; 0 (every core) or 2 and more "
                   "read the quotes in one second process while the sentences are aligned (Linux; articles of "
                   f"{QUOTES_BESIDE_MIN_SENTENCES}+ sentences together; more than 2 is the same as 2). Same output "
                   "either way.")
def compare_command(article_ids: tuple[str, ...], corpus_path: str | None, event_id: str | None,
                    threshold: float | None, fmt: str, charts_dir: str | None, force: bool,
                    color: bool | None, quiet: bool, jobs: int) -> None:
    """Align the sentences of two or more articles: what each kept, reworded, dropped or added.

    With two articles, prints them side by side with word-level diffs of the
    reworded sentences and the quotes both use. With three or more, prints a
    coverage matrix: which article carries which fact. With no ids (and no
    --event), compares every article of the corpus.
    """
    from mediadiff.align.alignment import DEFAULT_THRESHOLD, cycle_collector_paused
    from mediadiff.align.comparison import compare
    from mediadiff.render.comparison import render_comparison, render_coverage

    _skip_final_collection()
    articles = _articles(corpus_path, article_ids, event_id, quiet)
    if len({a.id for a in articles}) != len(articles):
        raise MediadiffError("the same article is named twice; name each article once")
    articles = at_least_two(comparable(articles, quiet=quiet), event_id, command="compare")
    if charts_dir:  # refuse before the work, not after printing it
        refuse_overwrite(charts_dir, comparison_chart_names([a.id for a in articles]), force=force)
    threshold = DEFAULT_THRESHOLD if threshold is None else threshold
    if len(articles) == 2:
        colour = _use_color(color) and fmt == "text"
        # The collector stays paused while the report is built too: its first pass after the
        # comparison would walk everything the aligner cached, for the few cycles it can free.
        # What is alive then is frozen before it resumes (as at exit, below): the pass that resumes
        # it would still walk every object allocated while it was paused (about 0.05 s at 1,000
        # sentences), and the process ends right after writing.
        with cycle_collector_paused():
            result = compare(articles[0], articles[1], threshold=threshold, jobs=jobs)
            output = render_comparison(result, fmt=fmt, color=colour)
            gc.freeze()
        emit(output, colour=colour)
    else:
        from mediadiff.align.coverage import compare_many

        result = compare_many(articles, threshold=threshold)
        colour = _use_color(color) and fmt == "text"
        emit(render_coverage(result, fmt=fmt, color=colour), colour=colour)
    # Text output carries its warnings in the report; repeat them on stderr only when that report is not
    # on the user's screen (a file, a pipe), so a terminal does not show each one twice.
    if not quiet and not (fmt == "text" and _stdout_is_terminal()):
        for warning in result.warnings:
            _warn(warning)
    if charts_dir:
        from mediadiff.render import charts

        _report_written(charts.write_charts(charts.comparison_charts(result, colours=_palette(articles)),
                                            charts_dir, force=force))


def _stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


def _skip_final_collection() -> None:
    """Leave everything alive at exit out of the collector's last pass.

    Python ends with a full collection over every object still alive, and
    after comparing long articles that is mostly the aligner's caches (about
    0.1 s of CPU at 1,000 sentences) for the few cycles it could free, whose
    memory the system takes back anyway. ``gc.freeze`` at exit (registered
    once) moves them out of its reach; objects are still freed as usual.
    """
    atexit.unregister(gc.freeze)
    atexit.register(gc.freeze)


@examples("mediadiff report 001 003 --out report/", "mediadiff report --event S1.1 --out s1.1-report/ --force")
@click.command("report", short_help="Write an HTML and Markdown report with charts.")
@click.argument("article_ids", nargs=-1)
@corpus_option
@event_option
@click.option("--out", "out_dir", required=True, type=click.Path(path_type=str, file_okay=False),
              callback=output_folder, help="Folder for report.html, report.md and the charts.")
@click.option("--threshold", type=number_range(0, 1), default=None,
              help=f"Link floor (tf-idf cosine, 0-1) two sentences need to be aligned. Default: {LINK_FLOOR}.")
@force_option
@quiet_option
def report_command(article_ids: tuple[str, ...], corpus_path: str | None, event_id: str | None, out_dir: str,
                   threshold: float | None, force: bool, quiet: bool) -> None:
    """Write one self-contained HTML report (and the same as Markdown) for two or more articles.

    With no ids (and no --event), the report covers every article of the
    corpus. Files already in --out are kept unless --force is given.
    """
    from mediadiff.render.bundle import write_report

    articles = comparable(_articles(corpus_path, article_ids, event_id, quiet), quiet=quiet)
    articles = at_least_two(articles, event_id, command="a report")
    files = write_report(articles, out_dir, threshold=threshold, force=force, colours=_palette(articles))
    for path in (files.html, files.markdown, *files.charts):
        click.echo(f"wrote {path}")
    if files.pairs is not None and files.pairs.command:  # pairs left out: which are shown, how to see the others
        click.echo(files.pairs.render(str, str))


CHART_KINDS = ("statuses", "alignment-map", "coverage", "sentiment", "hedging", "actor-tone", "events")


@examples("mediadiff chart alignment-map 001 003", "mediadiff chart sentiment --out charts/ --force",
          "mediadiff chart events")
@click.command("chart", short_help="Draw one chart as PNG (with its numbers as JSON).")
@click.argument("kind", type=click.Choice(CHART_KINDS), metavar="KIND")
@click.argument("article_ids", nargs=-1)
@corpus_option
@event_option
@click.option("--out", "out_dir", default="figures", show_default=True, callback=output_folder,
              type=click.Path(path_type=str, file_okay=False), help="Folder for the PNG and its JSON twin.")
@force_option
@quiet_option
def chart_command(kind: str, article_ids: tuple[str, ...], corpus_path: str | None, event_id: str | None,
                  out_dir: str, force: bool, quiet: bool) -> None:
    """Draw one chart as PNG (with its numbers as JSON).

    KIND is statuses or alignment-map (two articles), coverage (three or
    more), sentiment or hedging (by outlet), actor-tone (actors by outlet),
    or events (the whole corpus).
    Without ids, sentiment and hedging cover every article of the corpus.
    Charts go to ./figures unless --out names another folder.
    """
    from mediadiff.render import charts

    if kind == "events":
        from mediadiff.events.grouping import group_events

        if article_ids or selected_group(event_id):
            raise click.UsageError("the events chart covers the whole corpus; give no ids, --story or --event")
        refuse_overwrite(out_dir, ["event-similarity"], force=force)
        articles = list(_load(corpus_path, quiet))
        events = group_events(articles, **grouping_settings())
        drawing = ("event-similarity", lambda: (charts.events_chart(events, articles),
                                                charts.events_data(events, articles)))
    elif kind in ("sentiment", "hedging"):
        from mediadiff.tone.scoring import outlet_scores, score_article

        articles = _articles(corpus_path, article_ids, event_id, quiet)
        name = outlet_chart_name(kind, ids=[a.id for a in articles] if article_ids else (),
                                 event=selected_group(event_id))
        refuse_overwrite(out_dir, [name], force=force)
        scored = [score_article(a) for a in articles]
        rows = [*outlet_scores(scored), *(s.comments for s in scored if s.comments)]
        draw, data = ((charts.sentiment_chart, charts.sentiment_data) if kind == "sentiment"
                      else (charts.hedging_chart, charts.hedging_data))
        palette = _palette(articles)
        drawing = (name, lambda: (draw(rows, colours=palette) if kind == "sentiment" else draw(rows), data(rows)))
    elif kind == "actor-tone":
        from mediadiff.tone.actors import actor_tones

        articles = _articles(corpus_path, article_ids, event_id, quiet)
        name = outlet_chart_name(kind, ids=[a.id for a in articles] if article_ids else (),
                                 event=selected_group(event_id))
        refuse_overwrite(out_dir, [name], force=force)
        actor_rows = actor_tones(articles)
        drawing = (name, lambda: (charts.actor_tone_chart(actor_rows), charts.actor_tone_data(actor_rows)))
    else:
        from mediadiff.align.comparison import compare
        from mediadiff.align.coverage import compare_many

        articles = comparable(_articles(corpus_path, article_ids, event_id, quiet), quiet=quiet)
        wanted = "three or more" if kind == "coverage" else "exactly two"
        if (kind == "coverage") != (len(articles) > 2) or len(articles) < 2:
            raise MediadiffError(f"{'an' if kind[0] in 'aeiou' else 'a'} {kind} chart needs {wanted} articles, "
                                 f"got {len(articles)}")
        name = next(n for n in comparison_chart_names([a.id for a in articles])
                    if kind == "coverage" or n.endswith(kind))
        refuse_overwrite(out_dir, [name], force=force)
        result = compare_many(articles) if kind == "coverage" else compare(articles[0], articles[1])
        drawing = next((n, d) for n, d in charts.comparison_charts(result, colours=_palette(articles)) if n == name)
    _report_written(charts.write_charts([drawing], out_dir, force=force))
