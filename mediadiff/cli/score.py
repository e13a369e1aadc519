"""`mediadiff score`: tone and hedging per sentence, article or outlet."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import Any

import click

from mediadiff.cli.common import (
    _articles,
    _palette,
    _report_written,
    _use_color,
    _warn,
    _warner,
    charts_option,
    chosen_metadata,
    chosen_splitter,
    color_option,
    corpus_option,
    distinct,
    emit,
    event_option,
    examples,
    force_option,
    format_option,
    jobs_option,
    quiet_option,
    scheduler_address,
    selected_group,
)
from mediadiff.cli.notices import some_read
from mediadiff.cli.progress import progress
from mediadiff.render.chart_names import outlet_chart_name, refuse_overwrite
from mediadiff.render.tables import render_group_scores, render_sentence_scores


@examples("mediadiff score 003 004 --by sentence", "mediadiff score --by actor",
          "mediadiff score --by outlet --voice quoted --format csv > tone.csv")
@click.command("score", short_help="Score tone, certainty and hedging (sentence to outlet, or actor).")
@click.argument("article_ids", nargs=-1)
@corpus_option
@click.option("--by", type=click.Choice(["sentence", "article", "outlet", "actor"]), default="article",
              show_default=True,
              help="One row per sentence, per article, per outlet, or per actor and outlet (tone toward "
                   "each person, organisation or group).")
@format_option("text", "json", "csv", "jsonl")
@event_option
@charts_option
@force_option
@click.option("--voice", type=click.Choice(["own", "quoted", "all"]), default="own", show_default=True,
              help="Whose words to score: the outlet's own (quotes and reported speech left out), the "
                   "quoted sources' (with --by outlet, one row per source and outlet), or all.")
@jobs_option("Worker processes; 0 uses every core.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Run on this machine, or on Dask (pip install 'mediadiff[dask]').")
@click.option("--scheduler", default=None, metavar="ADDRESS", callback=scheduler_address,
              help="Dask scheduler address (tcp://host:port); default: a local Dask cluster.")
@color_option
@quiet_option
def score_command(article_ids: tuple[str, ...], corpus_path: str | None, by: str, fmt: str, event_id: str | None,
                  charts_dir: str | None, force: bool, voice: str, jobs: int, engine: str, scheduler: str | None,
                  color: bool | None, quiet: bool) -> None:
    """Score tone (news-adjusted VADER sentiment) and hedging per sentence, article or outlet.

    By default, one row per article of the corpus as a table, in the outlet's
    own voice (--voice: quotes and reported speech left out). Reader comments
    are scored as their own rows, never mixed into an article's or an outlet's
    tone. With no IDS, every article of the corpus is scored.
    CSV and JSON Lines by sentence or article stream row by row, so a corpus
    of any size is read one file at a time.
    """
    from functools import partial

    from mediadiff.scale.parallel import map_articles
    from mediadiff.tone.scoring import score_article

    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    if fmt == "jsonl" and by in ("outlet", "actor"):
        raise click.UsageError(f"--format jsonl streams sentences or articles; use json for --by {by}")
    if by == "actor":
        _actor_scores(_articles(corpus_path, article_ids, event_id, quiet), fmt=fmt, voice=voice,
                      charts_dir=charts_dir, force=force, ids=article_ids, event_id=event_id)
        return
    if fmt in ("csv", "jsonl") and by != "outlet" and not charts_dir:
        _stream_scores(article_ids, corpus_path, event_id, by=by, fmt=fmt, jobs=jobs, engine=engine,
                       scheduler=scheduler, quiet=quiet, voice=voice)
        return
    articles = distinct(_articles(corpus_path, article_ids, event_id, quiet), quiet=quiet)
    chart_names = [outlet_chart_name(_voiced(kind, voice), ids=[a.id for a in articles] if article_ids else (),
                                     event=selected_group(event_id)) for kind in ("sentiment", "hedging")]
    if charts_dir:  # refuse before the work, not after printing it
        refuse_overwrite(charts_dir, chart_names, force=force)
    if not quiet:
        for article in articles:
            if not article.sentences:
                _warn(f"article {article.id} has no body sentences to score")
        articles = list(_told_other_languages(articles))
    scorer = partial(score_article, voice=voice)
    per_article = list(map_articles(scorer, progress(articles, total=len(articles), label="scoring", enabled=not quiet),
                                    jobs=jobs, engine=engine, scheduler=scheduler))
    # Outlet rows only when a table or chart shows them: pooling reads every sentence again.
    outlet_rows = _outlet_rows(per_article, voice) if by == "outlet" or charts_dir else []
    if by == "sentence":
        sentences = [s for a in per_article for s in (*a.sentences, *a.comment_sentences)]
        colour = _use_color(color) and fmt == "text"
        emit(render_sentence_scores(sentences, fmt=fmt, color=colour), colour=colour)
    elif by == "outlet":
        click.echo(render_group_scores(outlet_rows, fmt=fmt))
    else:
        comment_rows = [row for s in per_article if s.comments for row in (s.comments, *s.comment_scores)]
        click.echo(render_group_scores([*(s.article for s in per_article), *comment_rows], fmt=fmt))
    if charts_dir:
        from mediadiff.render import charts

        # Charts always compare outlets: that is the comparison a report needs.
        palette = _palette(articles)
        _report_written(charts.write_charts([
            (chart_names[0], lambda: (charts.sentiment_chart(outlet_rows, colours=palette),
                                       charts.sentiment_data(outlet_rows))),
            (chart_names[1], lambda: (charts.hedging_chart(outlet_rows), charts.hedging_data(outlet_rows))),
        ], charts_dir, force=force))


def _outlet_rows(per_article: list[Any], voice: str) -> list[Any]:
    """One row per outlet (per source with ``--voice quoted``, named as ``voices`` and ``--by actor`` name
    them), then each article's readers as their own row."""
    from mediadiff.tone.scoring import outlet_scores, source_scores
    pooled = source_scores(per_article) if voice == "quoted" else outlet_scores(per_article)
    return [*pooled, *(s.comments for s in per_article if s.comments)]


SAMPLED_SENTENCES = 50  # enough of an article to know its language; keeps a long one cheap


def _told_other_languages(articles: Iterable[Any]) -> Iterator[Any]:
    """The articles, unchanged; once they are all read, one warning naming those that look like
    another language than English: the tone and hedging word lists are English, so a Spanish or
    Russian article scores neutral throughout, which reads as a finding."""
    from mediadiff.align.similarity import guess_language

    others = []
    for article in articles:
        language = guess_language(" ".join(s.text for s in article.sentences[:SAMPLED_SENTENCES]))
        if language not in (None, "en"):
            others.append(f"{article.id} ({language})")
        yield article
    if others:
        shown = ", ".join(others[:3]) + (f" and {len(others) - 3} more" if len(others) > 3 else "")
        _warn(f"tone and hedging are scored with English word lists, and {len(others)} article"
              f"{'s look' if len(others) > 1 else ' looks'} like another language ({shown}): "
              "their scores say little")


def _voiced(kind: str, voice: str) -> str:
    """A chart's kind with the voice it shows when that is not the outlets' own (the default):
    ``sentiment-quoted``, so a quoted-voice chart never takes the own-voice chart's file name."""
    return kind if voice == "own" else f"{kind}-{voice}"


def _actor_scores(articles: list[Any], *, fmt: str, voice: str, charts_dir: str | None, force: bool,
                  ids: tuple[str, ...], event_id: str | None) -> None:
    """``--by actor``: tone toward each actor, one row per actor and outlet, and its heat map."""
    from mediadiff.render.tables import render_actor_tones
    from mediadiff.tone.actors import actor_tones

    name = outlet_chart_name(_voiced("actor-tone", voice), ids=[a.id for a in articles] if ids else (),
                             event=selected_group(event_id))
    if charts_dir:
        refuse_overwrite(charts_dir, [name], force=force)
    rows = actor_tones(articles, voice=voice)
    click.echo(render_actor_tones(rows, fmt=fmt))
    if charts_dir:
        from mediadiff.render import charts

        title = None if voice == "own" else f"How each outlet's {voice} voice treats each actor"
        _report_written(charts.write_charts([
            (name, lambda: (charts.actor_tone_chart(rows, title=title), charts.actor_tone_data(rows))),
        ], charts_dir, force=force))


def _stream_scores(article_ids: tuple[str, ...], corpus_path: str | None, event_id: str | None, *, by: str,
                   fmt: str, jobs: int, engine: str, scheduler: str | None, quiet: bool, voice: str) -> None:
    """Score and write row by row: the whole corpus is never held in memory."""
    from mediadiff.corpus.reading import article_files, default_corpus_path
    from mediadiff.render.records import write_csv, write_jsonl
    from mediadiff.scale.stream import iter_articles, stream_scores

    total: int | None = None
    if article_ids or selected_group(event_id):
        articles: Any = distinct(_articles(corpus_path, article_ids, event_id, quiet), quiet=quiet)
        total = len(articles)
    else:
        folder = default_corpus_path(corpus_path)
        articles = some_read(folder, _warner(quiet), lambda warn: iter_articles(
            folder, on_warning=warn, splitter=chosen_splitter(), manifest=chosen_metadata(folder, warn)))
        total = len(article_files(folder)) if folder.is_dir() else None
    if not quiet:
        articles = _told_other_languages(articles)
    records = stream_scores(progress(articles, total=total, label="scoring", enabled=not quiet), by=by,
                            jobs=jobs, engine=engine, scheduler=scheduler, voice=voice)
    (write_jsonl if fmt == "jsonl" else write_csv)(records, sys.stdout)


