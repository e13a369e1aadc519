"""The ``mediadiff`` command line: thin click commands over the library.

Each command parses its options, calls library functions and hands the result
to a renderer. Library errors (``MediadiffError``) and file-system errors become
one-line messages with exit status 1; usage errors exit with 2 (click's rule).
No traceback reaches the terminal unless ``MEDIADIFF_DEBUG`` is set.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Any

import click

from . import __version__
from .corpus import load_corpus, resolve_articles
from .models import Article, Corpus, MediadiffError
from .report import (
    render_article,
    render_events,
    render_group_scores,
    render_list,
    render_sentence_scores,
)


class _FriendlyGroup(click.Group):
    """Turns exceptions into one-line messages instead of tracebacks."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except MediadiffError as error:
            raise click.ClickException(str(error)) from None
        except BrokenPipeError:
            sys.stderr.close()  # the reader went away (e.g. `| head`): not an error
            raise click.exceptions.Exit(0) from None
        except OSError as error:
            raise click.ClickException(f"{error.strerror or error}: {error.filename or ''}".rstrip(": ")) from None
        except KeyboardInterrupt:
            raise click.exceptions.Exit(130) from None
        except Exception as error:  # noqa: BLE001 - the promise is "never a traceback"
            if os.environ.get("MEDIADIFF_DEBUG"):
                raise
            raise click.ClickException(
                f"internal error: {type(error).__name__}: {error} (set MEDIADIFF_DEBUG=1 for details)"
            ) from None


corpus_option = click.option(
    "--corpus", "corpus_path", type=click.Path(path_type=str), default=None,
    help="Folder of article files. Default: $MEDIADIFF_CORPUS, else ./seeds.",
)
charts_option = click.option(
    "--charts", "charts_dir", type=click.Path(path_type=str, file_okay=False), default=None,
    help="Also write PNG charts (and their numbers as JSON) into this folder.",
)
force_option = click.option("--force", is_flag=True, help="Overwrite existing chart files.")
event_option = click.option("--event", "event_id", default=None,
                             help="Use the articles of one event (an id shown by `mediadiff group`, e.g. E1).")
color_option = click.option("--color/--no-color", default=None,
                            help="Colour the output (default: only when writing to a terminal).")
quiet_option = click.option("--quiet", "-q", is_flag=True, help="Do not print warnings.")


def format_option(*choices: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    return click.option(
        "--format", "fmt", type=click.Choice(choices), default=choices[0], show_default=True,
        help="Output format.",
    )


def _warn(message: str) -> None:
    click.echo(f"mediadiff: warning: {message}", err=True)


def _warner(quiet: bool) -> Callable[[str], None]:
    """Where library warnings go: stderr, or nowhere with --quiet."""
    return (lambda message: None) if quiet else _warn


def _load(corpus_path: str | None, quiet: bool) -> Corpus:
    corpus = load_corpus(corpus_path)
    if not quiet:
        for warning in corpus.warnings:
            _warn(warning)
    return corpus


@click.group(cls=_FriendlyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="mediadiff")
def main() -> None:
    """Show how different news outlets tell the same story.

    Articles are read from a corpus folder (default ./seeds); an article is
    named by its id (the file name up to the first "_"), a unique prefix of
    it, or a file path.
    """


@main.command("list")
@corpus_option
@format_option("text", "json")
@quiet_option
def list_command(corpus_path: str | None, fmt: str, quiet: bool) -> None:
    """List the articles of the corpus with their metadata."""
    corpus = _load(corpus_path, quiet)
    click.echo(render_list(corpus, fmt=fmt))


@main.command("show")
@click.argument("article_id")
@corpus_option
@format_option("text", "json")
@quiet_option
def show_command(article_id: str, corpus_path: str | None, fmt: str, quiet: bool) -> None:
    """Show one cleaned article: metadata, numbered sentences, comments, and what was set aside."""
    corpus = _load(corpus_path, quiet)
    (article,) = resolve_articles(corpus, [article_id])
    click.echo(render_article(article, fmt=fmt))


@main.command("compare")
@click.argument("article_ids", nargs=-1)
@corpus_option
@event_option
@click.option("--threshold", type=click.FloatRange(0, 1), default=None,
              help="Similarity (0-1) two sentences need to be aligned. Default: chosen on MSRP train.")
@format_option("text", "json", "markdown", "html")
@charts_option
@force_option
@color_option
@quiet_option
def compare_command(article_ids: tuple[str, ...], corpus_path: str | None, event_id: str | None,
                    threshold: float | None, fmt: str, charts_dir: str | None, force: bool,
                    color: bool | None, quiet: bool) -> None:
    """Align the sentences of two or more articles: what each kept, reworded, dropped or added.

    With two articles, prints them side by side with word-level diffs of the
    reworded sentences and the quotes both use. With three or more, prints a
    coverage matrix: which article carries which fact.
    """
    from .align import DEFAULT_THRESHOLD
    from .comparison import compare
    from .comparison_report import render_comparison, render_coverage
    from .coverage import compare_many

    corpus = _load(corpus_path, quiet)
    articles = _select(corpus, article_ids, event_id)
    if len({a.id for a in articles}) != len(articles):
        raise MediadiffError("the same article is named twice; name each article once")
    if len(articles) < 2:
        raise MediadiffError(f"compare needs at least two articles, got {len(articles)}")
    threshold = DEFAULT_THRESHOLD if threshold is None else threshold
    if len(articles) == 2:
        result = compare(articles[0], articles[1], threshold=threshold)
        click.echo(render_comparison(result, fmt=fmt, color=_use_color(color) and fmt == "text"))
    else:
        result = compare_many(articles, threshold=threshold)
        click.echo(render_coverage(result, fmt=fmt, color=_use_color(color)))
    if not quiet:
        for warning in result.warnings:
            _warn(warning)
    if charts_dir:
        from . import charts

        _report_written(charts.write_charts(charts.comparison_charts(result), charts_dir, force=force))


@main.command("report")
@click.argument("article_ids", nargs=-1)
@corpus_option
@event_option
@click.option("--out", "out_dir", required=True, type=click.Path(path_type=str, file_okay=False),
              help="Folder for report.html, report.md and the charts.")
@click.option("--threshold", type=click.FloatRange(0, 1), default=None,
              help="Similarity (0-1) two sentences need to be aligned.")
@force_option
@quiet_option
def report_command(article_ids: tuple[str, ...], corpus_path: str | None, event_id: str | None, out_dir: str,
                   threshold: float | None, force: bool, quiet: bool) -> None:
    """Write one self-contained HTML report (and the same as Markdown) for two or more articles."""
    from .bundle import write_report

    corpus = _load(corpus_path, quiet)
    articles = _select(corpus, article_ids, event_id)
    files = write_report(articles, out_dir, threshold=threshold, force=force)
    for path in (files.html, files.markdown, *files.charts):
        click.echo(f"wrote {path}")


CHART_KINDS = ("statuses", "alignment-map", "coverage", "sentiment", "hedging", "events")


@main.command("chart")
@click.argument("kind", type=click.Choice(CHART_KINDS))
@click.argument("article_ids", nargs=-1)
@corpus_option
@event_option
@click.option("--out", "out_dir", default="figures", show_default=True,
              type=click.Path(path_type=str, file_okay=False), help="Folder for the PNG and its JSON twin.")
@force_option
@quiet_option
def chart_command(kind: str, article_ids: tuple[str, ...], corpus_path: str | None, event_id: str | None,
                  out_dir: str, force: bool, quiet: bool) -> None:
    """Draw one chart as PNG (with its numbers as JSON).

    KIND is statuses or alignment-map (two articles), coverage (three or
    more), sentiment or hedging (by outlet), or events (the whole corpus).
    """
    from . import charts

    corpus = _load(corpus_path, quiet)
    if kind == "events":
        from .events import group_events

        articles = list(corpus)
        events = group_events(articles)
        drawing = ("event-similarity", lambda: (charts.events_chart(events, articles),
                                                charts.events_data(events, articles)))
    elif kind in ("sentiment", "hedging"):
        from .scoring import outlet_scores, score_article

        articles = _select(corpus, article_ids, event_id)
        scored = [score_article(a) for a in articles]
        rows = [*outlet_scores(scored), *(s.comments for s in scored if s.comments)]
        draw, data = ((charts.sentiment_chart, charts.sentiment_data) if kind == "sentiment"
                      else (charts.hedging_chart, charts.hedging_data))
        drawing = (f"{kind}-by-outlet", lambda: (draw(rows), data(rows)))
    else:
        from .comparison import compare
        from .coverage import compare_many

        articles = _select(corpus, article_ids, event_id)
        wanted = "three or more" if kind == "coverage" else "exactly two"
        if (kind == "coverage") != (len(articles) > 2) or len(articles) < 2:
            raise MediadiffError(f"a {kind} chart needs {wanted} articles, got {len(articles)}")
        result = compare_many(articles) if kind == "coverage" else compare(articles[0], articles[1])
        drawing = next((n, d) for n, d in charts.comparison_charts(result) if kind == "coverage" or n.endswith(kind))
    _report_written(charts.write_charts([drawing], out_dir, force=force))


@main.command("score")
@click.argument("article_ids", nargs=-1)
@corpus_option
@click.option("--by", type=click.Choice(["sentence", "article", "outlet"]), default="article", show_default=True,
              help="One row per sentence, per article or per outlet.")
@format_option("text", "json", "csv", "jsonl")
@event_option
@charts_option
@force_option
@click.option("--jobs", "-j", type=int, default=1, show_default=True,
              help="Worker processes; 0 uses every core.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Run on this machine, or on Dask (pip install 'mediadiff[dask]').")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Dask scheduler address (tcp://host:port); default: a local Dask cluster.")
@color_option
@quiet_option
def score_command(article_ids: tuple[str, ...], corpus_path: str | None, by: str, fmt: str, event_id: str | None,
                  charts_dir: str | None, force: bool, jobs: int, engine: str, scheduler: str | None,
                  color: bool | None, quiet: bool) -> None:
    """Score tone (VADER sentiment) and hedging per sentence, article or outlet.

    Reader comments are scored as their own rows, never mixed into an article's
    or an outlet's tone. With no IDS, every article of the corpus is scored.
    CSV and JSON Lines by sentence or article stream row by row, so a corpus
    of any size is read one file at a time.
    """
    from .parallel import map_articles, progress
    from .scoring import outlet_scores, score_article

    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    if fmt == "jsonl" and by == "outlet":
        raise click.UsageError("--format jsonl streams sentences or articles; use json for --by outlet")
    if fmt in ("csv", "jsonl") and by != "outlet" and not charts_dir:
        _stream_scores(article_ids, corpus_path, event_id, by=by, fmt=fmt, jobs=jobs, engine=engine,
                       scheduler=scheduler, quiet=quiet)
        return
    corpus = _load(corpus_path, quiet)
    articles = _select(corpus, article_ids, event_id)
    if not quiet:
        for article in articles:
            if not article.sentences:
                _warn(f"article {article.id} has no body sentences to score")
    per_article = list(map_articles(score_article, progress(articles, total=len(articles), label="scoring",
                                                            enabled=not quiet),
                                    jobs=jobs, engine=engine, scheduler=scheduler))
    outlet_rows = [*outlet_scores(per_article), *(s.comments for s in per_article if s.comments)]
    if by == "sentence":
        sentences = [s for a in per_article for s in (*a.sentences, *a.comment_sentences)]
        click.echo(render_sentence_scores(sentences, fmt=fmt, color=_use_color(color)))
    elif by == "outlet":
        click.echo(render_group_scores(outlet_rows, fmt=fmt))
    else:
        comment_rows = [row for s in per_article if s.comments for row in (s.comments, *s.comment_scores)]
        click.echo(render_group_scores([*(s.article for s in per_article), *comment_rows], fmt=fmt))
    if charts_dir:
        from . import charts

        # Charts always compare outlets: that is the comparison a report needs.
        _report_written(charts.write_charts([
            ("sentiment-by-outlet", lambda: (charts.sentiment_chart(outlet_rows), charts.sentiment_data(outlet_rows))),
            ("hedging-by-outlet", lambda: (charts.hedging_chart(outlet_rows), charts.hedging_data(outlet_rows))),
        ], charts_dir, force=force))


def _stream_scores(article_ids: tuple[str, ...], corpus_path: str | None, event_id: str | None, *, by: str,
                   fmt: str, jobs: int, engine: str, scheduler: str | None, quiet: bool) -> None:
    """Score and write row by row: the whole corpus is never held in memory."""
    from .corpus import article_files, default_corpus_path
    from .parallel import progress
    from .stream import iter_articles, stream_scores, write_csv, write_jsonl

    total: int | None = None
    if article_ids or event_id:
        articles: Any = _select(_load(corpus_path, quiet), article_ids, event_id)
        total = len(articles)
    else:
        folder = default_corpus_path(corpus_path)
        articles = iter_articles(folder, on_warning=_warner(quiet))
        total = len(article_files(folder)) if folder.is_dir() else None
    records = stream_scores(progress(articles, total=total, label="scoring", enabled=not quiet), by=by,
                            jobs=jobs, engine=engine, scheduler=scheduler)
    (write_jsonl if fmt == "jsonl" else write_csv)(records, sys.stdout)


def _select(corpus: Corpus, article_ids: tuple[str, ...], event_id: str | None,
            threshold: float | None = None) -> list[Article]:
    """The articles named on the command line, or those of one event, or all."""
    if event_id and article_ids:
        raise click.UsageError("give article ids or --event, not both")
    if event_id:
        return _event_articles(corpus, event_id, threshold)
    return resolve_articles(corpus, article_ids) if article_ids else list(corpus)


@main.command("group")
@corpus_option
@click.option("--threshold", type=click.FloatRange(0, 1), default=None,
              help="Mean similarity (0-1) two groups need to merge; higher gives more, smaller events.")
@format_option("text", "json")
@charts_option
@force_option
@click.option("--jobs", "-j", type=int, default=1, show_default=True,
              help="Processes that read and clean the files; 0 uses every core.")
@quiet_option
def group_command(corpus_path: str | None, threshold: float | None, fmt: str, charts_dir: str | None,
                  force: bool, jobs: int, quiet: bool) -> None:
    """Group the articles of the corpus by the event they report.

    The number of events is not given: articles join while their mean
    similarity reaches --threshold (0.20 suits full articles; about 0.06
    suits headlines and snippets).
    """
    from .corpus import article_files, default_corpus_path
    from .events import DEFAULT_THRESHOLD, group_events
    from .parallel import progress
    from .stream import iter_articles

    folder = default_corpus_path(corpus_path)
    total = len(article_files(folder)) if folder.is_dir() else None
    corpus = list(progress(iter_articles(folder, on_warning=_warner(quiet), jobs=jobs), total=total, label="reading",
                           enabled=not quiet))
    events = group_events(corpus, threshold=DEFAULT_THRESHOLD if threshold is None else threshold)
    click.echo(render_events(events, {a.id: a for a in corpus}, fmt=fmt))
    if charts_dir:
        from . import charts

        _report_written(charts.write_charts(
            [("event-similarity", lambda: (charts.events_chart(events, corpus), charts.events_data(events, corpus)))],
            charts_dir, force=force))


def _event_articles(corpus: Corpus, event_id: str, threshold: float | None) -> list[Article]:
    from .events import DEFAULT_THRESHOLD, group_events

    events = group_events(list(corpus), threshold=DEFAULT_THRESHOLD if threshold is None else threshold)
    for event in events:
        if event.id.lower() == event_id.lower():
            return [corpus[i] for i in event.article_ids]
    known = ", ".join(e.id for e in events)
    raise MediadiffError(f"no event {event_id!r} (events: {known}); run `mediadiff group` to see them")


def _report_written(written: list[Any]) -> None:
    for chart in written:
        click.echo(f"wrote {chart.png}  (numbers: {chart.data})", err=True)


def _use_color(option: bool | None) -> bool:
    if option is not None:
        return option
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


if __name__ == "__main__":  # pragma: no cover
    main()
