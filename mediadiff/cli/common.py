"""What the commands share: options, loading and selecting articles, warnings, colour."""

from __future__ import annotations

import math
import os
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import click

from mediadiff.cli.notices import warn as _warn
from mediadiff.cli.notices import warn_all as _warn_all
from mediadiff.corpus.named import is_file_ref, load_file_refs, load_named, resolve_articles
from mediadiff.corpus.reading import ARTICLE_SUFFIXES, default_corpus_path, load_corpus, not_a_file
from mediadiff.models import Article, Corpus, MediadiffError, shorten
from mediadiff.render.figures import corpus_palette
from mediadiff.render.terminal import use_colour
from mediadiff.scale.parallel import check_scheduler_address
from mediadiff.scale.params import MAX_JOBS


class _NumberRange(click.FloatRange):
    """``click.FloatRange`` that also refuses ``nan`` (nan passes every comparison, so the range let it in)."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        number = super().convert(value, param, ctx)
        if math.isnan(number):
            self.fail(f"{value!r} is not a number", param, ctx)
        return number


def number_range(min: float | None = None, max: float | None = None) -> click.FloatRange:  # noqa: A002
    """A float option type with bounds that refuses nan (and, when bounded, inf)."""
    return _NumberRange(min, max)


def jobs_option(help_text: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """--jobs / -j: 0 (every core) to ``MAX_JOBS`` worker processes; anything else is a usage error."""
    return click.option("--jobs", "-j", type=click.IntRange(0, MAX_JOBS), default=1, show_default=True,
                        help=f"{help_text} At most {MAX_JOBS}.")


def scheduler_address(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Check --scheduler when it is given: a Dask address such as tcp://10.0.0.5:8786."""
    if value is None:
        return None
    try:
        address = check_scheduler_address(value)
    except ValueError as error:
        raise click.BadParameter(str(error)) from None
    # Dask connects over TCP (the default scheme) only to HOST:PORT; without a port it fails deep inside.
    if not address.startswith("inproc://") and not re.search(r":\d{1,5}(?:/[\w.\-]*)*$", address):
        raise click.BadParameter(f"{address!r} has no port; expected tcp://HOST:PORT (e.g. tcp://10.0.0.5:8786)")
    return address


def output_folder(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Note an output folder (--charts, --out) so loading the corpus can refuse to write into it."""
    if value is not None:
        ctx.meta.setdefault("mediadiff.outputs", []).append(value)
    return value


def refuse_corpus_as_output(corpus_path: str | None) -> None:
    """Refuse an output folder that is the corpus folder: what mediadiff writes there would be read back."""
    folder = default_corpus_path(corpus_path)
    for out in click.get_current_context().meta.get("mediadiff.outputs", []):
        try:
            same = Path(out).resolve() == folder.resolve()
        except (OSError, ValueError):
            continue
        if same:
            raise MediadiffError(f"{out} is the corpus folder; write reports and charts to another folder "
                                 "(files written there would be read as articles)")


def distinct(articles: list[Article], *, quiet: bool) -> list[Article]:
    """Each article once, in the order named: an id named twice is scored once, with a warning."""
    seen: dict[str, int] = {}
    for article in articles:
        seen[article.id] = seen.get(article.id, 0) + 1
    if not quiet:
        for article_id, count in seen.items():
            if count > 1:
                _warn(f"article {shorten(article_id)} is named {count} times; it is used once")
    unique = {a.id: a for a in reversed(articles)}
    return [unique.pop(a.id) for a in articles if a.id in unique]


def _remember_splitter(context: click.Context, _param: click.Parameter, value: str | None) -> None:
    if value:
        context.meta["mediadiff.splitter"] = value


def corpus_option(function: Callable[..., Any]) -> Callable[..., Any]:
    """``--corpus DIR`` and ``--splitter rules|punkt``: where articles come from and how they are split."""
    function = click.option(
        "--splitter", type=click.Choice(["rules", "punkt"]), default=None, expose_value=False,
        callback=_remember_splitter,
        help="Sentence splitter: rules (built in) or punkt (NLTK's Punkt trained on this corpus; "
             "pip install 'mediadiff[nltk]'). Default: $MEDIADIFF_SPLITTER, else rules.",
    )(function)
    return click.option(
        "--corpus", "corpus_path", type=click.Path(path_type=str), default=None,
        help="Folder of article files. Default: $MEDIADIFF_CORPUS, else ./seeds.",
    )(function)


def chosen_splitter() -> str | None:
    """The --splitter of this command (None: $MEDIADIFF_SPLITTER or the rules, decided by the library)."""
    context = click.get_current_context(silent=True)
    return context.meta.get("mediadiff.splitter") if context else None


def chosen_manifest() -> str | None:
    """The --manifest given before the command (None: each corpus folder's own manifest, if any)."""
    context = click.get_current_context(silent=True)
    return context.meta.get("mediadiff.manifest") if context else None


def chosen_metadata(folder: Path, on_warning: Callable[[str], None]) -> dict[str, dict[str, str]] | None:
    """The --manifest file read for the streamed readers (``iter_articles``), its problems given to
    ``on_warning`` as the folder's own manifest's are; None: the folder's own."""
    from mediadiff.corpus.manifest import read_manifest

    given = chosen_manifest()
    if given is None:
        return None
    notes: list[str] = []
    metadata = read_manifest(folder, warnings=notes, file=given)
    for note in notes:
        on_warning(note)
    return metadata


charts_option = click.option(
    "--charts", "charts_dir", type=click.Path(path_type=str, file_okay=False), default=None,
    callback=output_folder, help="Also write PNG charts (and their numbers as JSON) into this folder.",
)
force_option = click.option("--force", is_flag=True, help="Overwrite existing chart files.")


def _remember(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    """Keep a grouping option where ``_select`` finds it, so every selecting command shares them."""
    ctx.meta[f"mediadiff.{param.name}"] = value
    return value


def grouping_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """The options of `mediadiff group`: the same values regroup the corpus the same way anywhere."""
    options = [
        click.option("--story-threshold", type=number_range(0, 1), default=None, expose_value=False,
                     callback=_remember, help="Mean similarity (0-1) articles need to join one story "
                     "(default 0.25, for full articles and leads; lowered in proportion for a corpus of short "
                     "texts that share little by chance, such as snippets); higher gives more, smaller stories."),
        click.option("--event-threshold", type=number_range(0, 1), default=None, expose_value=False,
                     callback=_remember, help="Mean similarity (0-1), on what only some of a story's "
                     "articles share, that articles need to join one event inside it (default 0.03)."),
        click.option("--window-days", type=number_range(0), default=None, expose_value=False,
                     callback=_remember, help="Articles published further apart (days) never join one story "
                     "directly (default 3)."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def event_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """--story and --event (ids shown by `mediadiff group`), with the grouping options they depend on."""
    func = grouping_options(func)
    func = click.option("--event", "event_id", default=None, metavar="ID",
                        help="Use the articles of one event (an id shown by `mediadiff group`, e.g. S1.2).")(func)
    return click.option("--story", "story_id", default=None, metavar="ID", expose_value=False, callback=_remember,
                        help="Use the articles of one story (an id shown by `mediadiff group`, e.g. S1).")(func)
color_option = click.option("--color/--no-color", default=None,
                            help="Colour the output. Default: $NO_COLOR turns it off, $FORCE_COLOR on, "
                                 "else only on a terminal that is not TERM=dumb.")
quiet_option = click.option("--quiet", "-q", is_flag=True, help="Do not print warnings.")


def format_option(*choices: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    return click.option(
        "--format", "fmt", type=click.Choice(choices), default=choices[0], show_default=True,
        help="Output format.",
    )


def _warner(quiet: bool) -> Callable[[str], None]:
    """Where library warnings go: stderr, or nowhere with --quiet."""
    return (lambda message: None) if quiet else _warn


def _load(corpus_path: str | None, quiet: bool, *, announce: bool = True) -> Corpus:
    """The corpus; its reading's warnings go to stderr unless ``quiet`` or not ``announce``."""
    refuse_corpus_as_output(corpus_path)
    corpus = load_corpus(corpus_path, splitter=chosen_splitter(), manifest=chosen_manifest())
    if announce and not quiet:
        _warn_all(corpus.warnings)
    return corpus


def _announce_for(corpus: Corpus, articles: list[Article]) -> None:
    """The reading's warnings that concern ``articles`` or the corpus as a whole, not those of other
    articles: a report on 12 articles of a folder should not warn about a file that was not asked for."""
    others = {w for a in corpus for w in a.warnings} - {w for a in articles for w in a.warnings}
    _warn_all(w for w in corpus.warnings if w not in others)


def _articles(corpus_path: str | None, article_ids: tuple[str, ...], event_id: str | None,
              quiet: bool) -> list[Article]:
    """The articles a command works on. Files and ``-`` named without ``--corpus`` are read
    directly, so they work in any folder; otherwise the corpus is loaded and ids resolved."""
    if any(not ref.strip() for ref in article_ids):  # '' is the current folder to the system, a prefix of all ids
        raise MediadiffError("an article id is empty; name articles by id, unique prefix or file path")
    if article_ids and not selected_group(event_id) and corpus_path is None and all(map(is_file_ref, article_ids)):
        notes: list[str] = []  # the manifest's problems, said as for articles named by id
        articles = load_file_refs(article_ids, splitter=chosen_splitter(), manifest=chosen_manifest(),
                                  warnings=notes)
        if not quiet:
            _warn_all((*notes, *(w for a in articles for w in a.warnings)))
        return articles
    if article_ids and corpus_path is None:
        _refuse_paths_that_are_not_files(article_ids)
    named = None
    if article_ids and not selected_group(event_id):
        refuse_corpus_as_output(corpus_path)
        # None: read the whole folder
        named = load_named(corpus_path, article_ids, splitter=chosen_splitter(), manifest=chosen_manifest())
    meta = click.get_current_context().meta
    if named is None:
        corpus = _load(corpus_path, quiet, announce=False)
        # Charts colour outlets from the whole corpus, so a subset is coloured like the rest.
        meta["mediadiff.palette"] = corpus_palette(corpus)
    else:
        corpus = named
        meta["mediadiff.palette_of"] = corpus_path  # read by _palette only when a chart is drawn
    selected = _select(corpus, article_ids, event_id)
    if not quiet:
        _announce_for(corpus, selected)
    return selected


def _refuse_paths_that_are_not_files(refs: tuple[str, ...]) -> None:
    """A folder, or a file name that names no file, fails here with what is wrong with it, instead of
    sending its reader to a missing default corpus ("corpus folder not found: seeds")."""
    for ref in refs:
        path = Path(ref)
        if path.is_dir():
            raise MediadiffError(f"{shorten(ref, 60)} is a folder, not an article; "
                                 f"use --corpus {shorten(ref, 60)} and name its articles by id")
        if ref != "-" and not is_file_ref(ref) and (path.exists() or path.is_symlink()):
            raise MediadiffError(not_a_file(ref))  # a pipe or a device (never opened), a link to nothing
    if default_corpus_path(None).is_dir():
        return  # ids are looked up there; an unknown one gets the list of known ids
    for ref in refs:
        if not is_file_ref(ref) and ("/" in ref or os.sep in ref or Path(ref).suffix.lower() in ARTICLE_SUFFIXES):
            raise MediadiffError(not_a_file(ref))


def comparable(articles: list[Article], *, quiet: bool) -> list[Article]:
    """The articles that can be aligned. Of three or more, one without body sentences (a page of reader
    comments, a stub) is left out with a warning, as ``compare_many`` leaves it out, so chart names and
    the report cover the articles drawn; of two, the comparison itself says which one is empty."""
    if len(articles) <= 2:
        return articles
    if not quiet:
        for article in articles:
            if not article.sentences:
                _warn(f"article {article.label} has no body sentences; skipped")
    return [a for a in articles if a.sentences]


def at_least_two(articles: list[Article], event_id: str | None, *, command: str) -> list[Article]:
    """``articles`` when there are two or more; else an error that says when a story or event held too few
    ("compare needs at least two articles, got 1" did not say that --story S1 is a one-article story)."""
    if len(articles) >= 2:
        return articles
    group = selected_group(event_id)
    if not group:
        raise MediadiffError(f"{command} needs at least two articles, got {len(articles)}")
    kind = "event" if "." in group else "story"
    held = ", ".join(shorten(a.id, 60) for a in articles) or "none with body sentences"
    raise MediadiffError(f"{command} needs at least two articles; {kind} {group.strip().upper()} holds "
                         f"{len(articles)} ({held}); `mediadiff group` shows which hold several")


def _palette(articles: Iterable[Article]) -> dict[str, str]:
    """Outlet colours for this command's charts: the corpus's (set by ``_articles``), else these articles'.

    When ``_articles`` read only the named files, the whole folder is read here: an outlet comes from
    cleaning its file (byline, copyright line, wire credit), so the palette cannot be had from the listing."""
    meta = click.get_current_context().meta
    if "mediadiff.palette" not in meta and "mediadiff.palette_of" in meta:
        meta["mediadiff.palette"] = corpus_palette(load_corpus(meta["mediadiff.palette_of"],
                                                               splitter=chosen_splitter(), manifest=chosen_manifest()))
    return meta.get("mediadiff.palette") or corpus_palette(articles)


def grouping_settings(threshold: float | None = None) -> dict[str, float]:
    """The grouping options given on the command line (``threshold``: `group --threshold`), as library keywords."""
    meta = click.get_current_context().meta
    given = {
        "threshold": meta.get("mediadiff.story_threshold") if threshold is None else threshold,
        "event_threshold": meta.get("mediadiff.event_threshold"),
        "window_days": meta.get("mediadiff.window_days"),
    }
    return {name: value for name, value in given.items() if value is not None}


def selected_group(event_id: str | None) -> str | None:
    """The story or event id given with --story or --event, if any."""
    story_id = click.get_current_context().meta.get("mediadiff.story_id")
    if story_id and event_id:
        raise click.UsageError("give --story or --event, not both")
    return story_id or event_id


def _select(corpus: Corpus, article_ids: tuple[str, ...], event_id: str | None) -> list[Article]:
    """The articles named on the command line, or those of one story or event, or all."""
    group_id = selected_group(event_id)
    if group_id and article_ids:
        raise click.UsageError("give article ids or --story/--event, not both")
    if group_id:
        return _group_articles(corpus, group_id)
    return resolve_articles(corpus, article_ids) if article_ids else list(corpus)


def _group_articles(corpus: Corpus, group_id: str) -> list[Article]:
    from mediadiff.events.grouping import group_stories
    from mediadiff.events.remembered import grouping_digest, remember_groups, remembered_groups

    articles, settings = list(corpus), grouping_settings()
    by_id = {a.id: a for a in articles}
    digest = grouping_digest(articles, settings)
    groups = remembered_groups(digest)  # kept by the last `group` or --story over this very corpus
    if groups is None or not all(i in by_id for ids in groups.values() for i in ids):
        stories = group_stories(articles, **settings)
        remember_groups(digest, stories)
        groups = {g.id: list(g.article_ids) for s in stories for g in (s, *s.events)}
    wanted = group_id.strip().upper()
    if wanted in groups:
        return [by_id[i] for i in groups[wanted]]
    story_ids = [g for g in groups if "." not in g]
    known = ", ".join(f"{s} ({', '.join(e for e in groups if e.startswith(s + '.'))})" for s in story_ids[:10])
    more = " ..." if len(story_ids) > 10 else ""
    raise MediadiffError(f"no story or event {group_id!r} (stories and events: {known}{more}); "
                         "run `mediadiff group` with the same options to see them")


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
