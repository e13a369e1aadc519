"""What the commands share: options, loading and selecting articles, warnings, colour."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any, TypeVar

import click

from mediadiff.corpus.reading import load_corpus, resolve_articles
from mediadiff.models import Article, Corpus, MediadiffError
from mediadiff.render.terminal import use_colour

T = TypeVar("T")

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
                            help="Colour the output. Default: $NO_COLOR turns it off, $FORCE_COLOR on, "
                                 "else only on a terminal that is not TERM=dumb.")
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


def _select(corpus: Corpus, article_ids: tuple[str, ...], event_id: str | None,
            threshold: float | None = None) -> list[Article]:
    """The articles named on the command line, or those of one event, or all."""
    if event_id and article_ids:
        raise click.UsageError("give article ids or --event, not both")
    if event_id:
        return _event_articles(corpus, event_id, threshold)
    return resolve_articles(corpus, article_ids) if article_ids else list(corpus)


def _event_articles(corpus: Corpus, event_id: str, threshold: float | None) -> list[Article]:
    from mediadiff.events.grouping import DEFAULT_THRESHOLD, group_events

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
    """``--color/--no-color``, else ``NO_COLOR`` / ``FORCE_COLOR``, else ``TERM=dumb`` / a terminal."""
    return use_colour(option, sys.stdout)


def emit(text: str, *, colour: bool = False) -> None:
    """Print a rendered result. Colour codes survive a pipe when colour was asked for
    (click strips them from non-terminals unless told otherwise: `--color | less -R`)."""
    click.echo(text, color=True if colour else None)


def examples(*lines: str) -> Callable[[click.Command], click.Command]:
    """End a command's help with an "Examples:" block (shown verbatim, after the options).

    Put it above ``@click.command`` (it needs the command). ``tests/cli/test_help.py``
    checks every command has two or three examples that parse, and runs them at 100 columns.
    """
    def decorate(command: click.Command) -> click.Command:
        if not isinstance(command, click.Command):
            raise TypeError("put @examples above @click.command")
        block = "\n".join(f"  {line}" for line in lines)
        command.epilog = f"\b\nExamples:\n{block}"
        return command

    return decorate


def progress(
    iterable: Iterable[T],
    *,
    total: int | None = None,
    label: str = "",
    enabled: bool = True,
    file: IO[str] | None = None,
) -> Iterator[T]:
    """Yield the items of ``iterable``, drawing a progress bar on ``file`` (stderr) meanwhile.

    The bar is drawn only when ``enabled`` (pass ``not quiet``) and ``file`` is
    a terminal, so redirected output and logs stay clean. ``total`` is the
    number of items when known (a bar with a percentage and an ETA); without
    it only the count and rate are shown.
    """
    stream = file if file is not None else sys.stderr
    if not enabled or not _isatty(stream):
        yield from iterable
        return
    with click.progressbar(iterable, length=total, label=label, file=stream, show_pos=True) as bar:
        yield from bar


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # no isatty, or a closed stream
        return False
