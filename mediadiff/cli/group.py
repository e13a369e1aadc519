"""`mediadiff group`: the corpus as stories, each with the events inside it."""

from __future__ import annotations

import click

from mediadiff.cli.common import (
    _report_written,
    _warner,
    charts_option,
    chosen_metadata,
    chosen_splitter,
    corpus_option,
    examples,
    force_option,
    format_option,
    grouping_options,
    grouping_settings,
    jobs_option,
    number_range,
    quiet_option,
    refuse_corpus_as_output,
    scheduler_address,
)
from mediadiff.cli.notices import some_read
from mediadiff.cli.progress import progress
from mediadiff.render.chart_names import refuse_overwrite
from mediadiff.render.tables import render_stories


@examples("mediadiff group", "mediadiff group --corpus seeds/ --story-threshold 0.3",
          "mediadiff group --format csv > stories.csv")
@click.command("group", short_help="Group the corpus into stories and events.")
@corpus_option
@grouping_options
@click.option("--threshold", type=number_range(0, 1), default=None, hidden=True,
              help="Same as --story-threshold (kept for scripts written before stories).")
@format_option("text", "json", "csv")
@charts_option
@force_option
@jobs_option("Processes that read and clean the files and turn their lines into features (and, with --engine "
             "dask and no --scheduler, local Dask workers); 0 uses every core. The groups are the same for any "
             "number.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Search similar pairs on this machine, or on Dask (pip install 'mediadiff[dask]'); "
                   "the groups are identical.")
@click.option("--scheduler", default=None, metavar="ADDRESS", callback=scheduler_address,
              help="Dask scheduler address (tcp://host:port); default: a local Dask cluster.")
@quiet_option
def group_command(corpus_path: str | None, threshold: float | None, fmt: str, charts_dir: str | None,
                  force: bool, jobs: int, engine: str, scheduler: str | None, quiet: bool) -> None:
    """Group the articles of the corpus into stories, and each story into its events.

    Stories are S1, S2, ... (largest first), events inside them S1.1, S1.2, ...;
    pass either id to --story or --event of compare, score, voices, chart and report,
    with the same grouping options, to use its articles. The number of stories
    is not given: one default serves full articles and leads, and
    publication dates, when known, keep stories of other weeks apart.
    """
    from mediadiff.corpus.reading import article_files, default_corpus_path
    from mediadiff.events.grouping import group_stories
    from mediadiff.scale.stream import iter_articles

    folder = default_corpus_path(corpus_path)
    total = len(article_files(folder)) if folder.is_dir() else None
    refuse_corpus_as_output(corpus_path)
    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    if charts_dir:  # refuse before the work, not after printing it
        refuse_overwrite(charts_dir, ["event-similarity"], force=force)
    reading = some_read(folder, _warner(quiet), lambda warn: iter_articles(
        folder, on_warning=warn, jobs=jobs, splitter=chosen_splitter(), manifest=chosen_metadata(folder, warn)))
    corpus = list(progress(reading, total=total, label="reading", enabled=not quiet))
    settings = grouping_settings(threshold)
    used: list[float] = []  # the story threshold after the chance calibration
    if engine == "dask":
        from mediadiff.scale.grouping import group_stories_on_dask

        stories = group_stories_on_dask(corpus, scheduler=scheduler, jobs=jobs, on_threshold=used.append, **settings)
    else:
        stories = group_stories(corpus, jobs=jobs, on_threshold=used.append, **settings)
    from mediadiff.events import params
    from mediadiff.events.remembered import grouping_digest, remember_groups

    remember_groups(grouping_digest(corpus, settings), stories)  # so --story and --event need not group again

    given = settings.get("threshold", params.STORY_THRESHOLD)
    shown = {"threshold": used[0] if used else given, "threshold_given": given,
             "event_threshold": settings.get("event_threshold", params.EVENT_THRESHOLD),
             "window_days": settings.get("window_days", params.STORY_WINDOW_DAYS)}
    click.echo(render_stories(stories, {a.id: a for a in corpus}, fmt=fmt, options=shown))
    if charts_dir:
        from mediadiff.render import charts

        events = [e for s in stories for e in s.events]
        _report_written(charts.write_charts(
            [("event-similarity", lambda: (charts.events_chart(events, corpus), charts.events_data(events, corpus)))],
            charts_dir, force=force))
