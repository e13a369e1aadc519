"""`mediadiff group`: articles grouped by the event they report."""

from __future__ import annotations

import click

from mediadiff.cli.common import (
    _report_written,
    _warner,
    charts_option,
    corpus_option,
    examples,
    force_option,
    format_option,
    progress,
    quiet_option,
)
from mediadiff.render.tables import render_events


@examples("mediadiff group", "mediadiff group --corpus seeds/ --threshold 0.06",
          "mediadiff group --format csv > events.csv")
@click.command("group")
@corpus_option
@click.option("--threshold", type=click.FloatRange(0, 1), default=None,
              help="Mean similarity (0-1) two groups need to merge; higher gives more, smaller events.")
@format_option("text", "json", "csv")
@charts_option
@force_option
@click.option("--jobs", "-j", type=int, default=1, show_default=True,
              help="Processes that read and clean the files; 0 uses every core.")
@quiet_option
def group_command(corpus_path: str | None, threshold: float | None, fmt: str, charts_dir: str | None,
                  force: bool, jobs: int, quiet: bool) -> None:
    """Group the articles of the corpus by the event they report.

    By default, groups ./seeds (or $MEDIADIFF_CORPUS) and prints each event
    with its label and members. The number of events is not given: articles join while their mean
    similarity reaches --threshold (0.20 suits full articles; about 0.06
    suits headlines and snippets).
    """
    from mediadiff.corpus.reading import article_files, default_corpus_path
    from mediadiff.events.grouping import DEFAULT_THRESHOLD, group_events
    from mediadiff.scale.stream import iter_articles

    folder = default_corpus_path(corpus_path)
    total = len(article_files(folder)) if folder.is_dir() else None
    corpus = list(progress(iter_articles(folder, on_warning=_warner(quiet), jobs=jobs), total=total, label="reading",
                           enabled=not quiet))
    events = group_events(corpus, threshold=DEFAULT_THRESHOLD if threshold is None else threshold)
    click.echo(render_events(events, {a.id: a for a in corpus}, fmt=fmt))
    if charts_dir:
        from mediadiff.render import charts

        _report_written(charts.write_charts(
            [("event-similarity", lambda: (charts.events_chart(events, corpus), charts.events_data(events, corpus)))],
            charts_dir, force=force))


