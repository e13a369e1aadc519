"""`mediadiff list` and `mediadiff show`: the corpus and one cleaned article."""

from __future__ import annotations

import click

from mediadiff.cli.common import (
    _articles,
    _load,
    corpus_option,
    examples,
    format_option,
    quiet_option,
)
from mediadiff.render.articles import SHOWN_DUPLICATES, render_article, render_list


@examples("mediadiff list", "mediadiff list --corpus seeds/ --format csv > articles.csv")
@click.command("list", short_help="List the articles of the corpus with their metadata.")
@corpus_option
@format_option("text", "json", "csv")
@quiet_option
def list_command(corpus_path: str | None, fmt: str, quiet: bool) -> None:
    """List the articles of the corpus with their metadata.

    By default, one row per article of ./seeds (or $MEDIADIFF_CORPUS) as a
    table that fits the terminal: id, outlet, wire, title, published,
    sections, and sentence, comment and word counts. JSON and CSV add the
    authors, the URL, the path and where each value came from.
    """
    corpus = _load(corpus_path, quiet)
    click.echo(render_list(corpus, fmt=fmt))


@examples("mediadiff show 004", "mediadiff show a.txt --format json", "mediadiff show 003 --all-duplicates")
@click.command("show", short_help="Show one cleaned article and what was set aside.")
@click.argument("article_id")
@corpus_option
@format_option("text", "json")
@click.option("--all-duplicates", is_flag=True,
              help=f"List every duplicate sentence set aside (default: the first {SHOWN_DUPLICATES} and a count; "
                   "JSON always lists all).")
@quiet_option
def show_command(article_id: str, corpus_path: str | None, fmt: str, all_duplicates: bool, quiet: bool) -> None:
    """Show one cleaned article: metadata, numbered sentences, comments, and what was set aside.

    ARTICLE_ID is an id of the corpus, a unique prefix of one, a file path, or
    - for standard input. By default prints text wrapped to the terminal.
    """
    (article,) = _articles(corpus_path, (article_id,), None, quiet)
    click.echo(render_article(article, fmt=fmt, all_duplicates=all_duplicates))


