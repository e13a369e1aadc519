"""`mediadiff list` and `mediadiff show`: the corpus and one cleaned article."""

from __future__ import annotations

import click

from mediadiff.cli.common import (
    _load,
    corpus_option,
    format_option,
    quiet_option,
)
from mediadiff.corpus.reading import resolve_articles
from mediadiff.render.tables import render_article, render_list


@click.command("list")
@corpus_option
@format_option("text", "json")
@quiet_option
def list_command(corpus_path: str | None, fmt: str, quiet: bool) -> None:
    """List the articles of the corpus with their metadata."""
    corpus = _load(corpus_path, quiet)
    click.echo(render_list(corpus, fmt=fmt))


@click.command("show")
@click.argument("article_id")
@corpus_option
@format_option("text", "json")
@quiet_option
def show_command(article_id: str, corpus_path: str | None, fmt: str, quiet: bool) -> None:
    """Show one cleaned article: metadata, numbered sentences, comments, and what was set aside."""
    corpus = _load(corpus_path, quiet)
    (article,) = resolve_articles(corpus, [article_id])
    click.echo(render_article(article, fmt=fmt))


