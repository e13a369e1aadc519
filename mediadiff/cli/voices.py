"""`mediadiff voices`: who is quoted by each outlet, how often, with how many words and which verbs."""

from __future__ import annotations

import click

from mediadiff.cli.common import (
    _articles,
    _report_written,
    charts_option,
    corpus_option,
    event_option,
    examples,
    force_option,
    format_option,
    quiet_option,
    selected_group,
)
from mediadiff.render.chart_names import refuse_overwrite, selection_chart_name


@examples("mediadiff voices", "mediadiff voices 000 002 --format json",
          "mediadiff voices --charts figures/ --force")
@click.command("voices", short_help="Who gets the floor: sources quoted per outlet, and how.")
@click.argument("article_ids", nargs=-1)
@corpus_option
@event_option
@format_option("text", "json", "csv")
@charts_option
@force_option
@quiet_option
def voices_command(article_ids: tuple[str, ...], corpus_path: str | None, event_id: str | None, fmt: str,
                   charts_dir: str | None, force: bool, quiet: bool) -> None:
    """Who gets the floor: per outlet, the sources quoted (directly or in
    reported speech), how often, how many words each is given, and the
    reporting verbs used for each (neutral "said" or loaded "claimed",
    "admitted", "insisted"). With no IDS, the whole corpus.
    """
    from mediadiff.render.voices import render_voices
    from mediadiff.voices.summary import voices_by_outlet

    articles = _articles(corpus_path, article_ids, event_id, quiet)
    name = selection_chart_name("who-gets-the-floor", ids=[a.id for a in articles] if article_ids else (),
                                event=selected_group(event_id))
    if charts_dir:  # refuse before the work, not after printing it
        refuse_overwrite(charts_dir, [name], force=force)
    summary = voices_by_outlet(articles)
    click.echo(render_voices(summary, fmt=fmt))
    if charts_dir:
        from mediadiff.render import charts
        from mediadiff.render.voices import floor_chart, floor_data

        _report_written(charts.write_charts([
            (name, lambda: (floor_chart(summary), floor_data(summary))),
        ], charts_dir, force=force))
