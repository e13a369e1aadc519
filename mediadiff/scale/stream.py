"""Streaming for research-scale corpora: read, score and write one article at a time.

``iter_articles`` reads a corpus folder lazily, ``stream_scores`` turns articles
into flat score records as they come (optionally on several processes or on
Dask, see ``mediadiff.scale.parallel``), and ``mediadiff.render.records``
writes them row by row. Chained, they keep memory flat however large the
corpus is: only the ids seen so far (to catch duplicates) and the chunks in
flight are held.

    >>> from mediadiff.scale.stream import iter_articles, stream_scores
    >>> from mediadiff.render.records import write_jsonl
    >>> import sys
    >>> write_jsonl(stream_scores(iter_articles("seeds"), by="article"), sys.stdout)  # doctest: +SKIP
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import partial
from pathlib import Path
from typing import Any

from mediadiff.corpus.manifest import unused_manifest_ids
from mediadiff.corpus.punkt import make_splitter
from mediadiff.corpus.reading import (
    ARTICLE_SUFFIXES,
    article_files,
    article_ids,
    default_corpus_path,
    passed_over,
    raw_texts,
    read_file_or_reason,
    read_manifest,
)
from mediadiff.corpus.segment import split_sentences
from mediadiff.models import Article, CorpusError, InvalidArgument, shorten

__all__ = ["iter_articles", "stream_scores", "score_records", "SCORE_LEVELS"]

SCORE_LEVELS = ("sentence", "article")


def _ignore(message: str) -> None:
    pass


def iter_articles(
    path: str | os.PathLike[str] | None = None,
    *,
    manifest: Mapping[str, Mapping[str, str]] | None = None,
    max_bytes: int | None = None,
    on_warning: Callable[[str], None] = _ignore,
    jobs: int = 1,
    splitter: str | Callable[[str], list[tuple[int, int]]] | None = None,
) -> Iterator[Article]:
    """Yield the articles of a corpus folder (or one file) one file at a time.

    ``jobs`` worker processes read and clean the files (``0``: every core);
    articles still come out in file order.

    The same articles, in the same order and with the same skips as
    ``load_corpus``, without holding them all: each file is read when the
    consumer asks for its articles. ``manifest`` defaults to the folder's
    ``manifest.csv``/``manifest.toml``. Every warning ``load_corpus`` would put in
    ``Corpus.warnings`` (skipped files, duplicate ids, decoding notes) is passed
    to ``on_warning`` as it happens.

    A missing folder, or one without article files, raises ``CorpusError`` at
    once, before the first article is asked for. ``splitter`` as in
    ``load_corpus`` (Punkt first trains on the folder's files, up to its limit).
    """
    target = default_corpus_path(path)
    from_folder = False
    if target.is_file():
        files, folder = [target], target.parent
    elif not target.exists():
        raise CorpusError(f"corpus folder not found: {target}")
    elif not target.is_dir():
        raise CorpusError(f"not a folder or article file: {target}")
    else:
        files, folder = article_files(target), target
        for note in passed_over(target):
            on_warning(note)
        if not files:
            raise CorpusError(f"no article files ({', '.join(ARTICLE_SUFFIXES)}) in {target}")
        if manifest is None:
            from_folder, notes = True, []
            manifest = read_manifest(folder, warnings=notes)
            for note in notes:
                on_warning(note)
    split = make_splitter(splitter, lambda: raw_texts(files, max_bytes))
    # A manifest given is checked like the folder's own: its ids that name no article are said.
    return _articles(files, manifest or {}, max_bytes, on_warning, jobs, check_manifest=from_folder or bool(manifest),
                     splitter=split)


def _articles(
    files: list[Path], manifest: Mapping[str, Mapping[str, str]], max_bytes: int | None,
    on_warning: Callable[[str], None], jobs: int = 1, *, check_manifest: bool = False,
    splitter: Callable[[str], list[tuple[int, int]]] = split_sentences,
) -> Iterator[Article]:
    from mediadiff.scale.parallel import map_articles

    seen: set[str] = set()
    reader = partial(read_file_or_reason, manifest=dict(manifest), max_bytes=max_bytes, splitter=splitter,
                     ids=article_ids(files))
    for file, loaded in zip(files, map_articles(reader, files, jobs=jobs)):
        if isinstance(loaded, str):
            on_warning(loaded)
            continue
        told: set[str] = set()  # the records of one file share its warnings: say each once
        for article in loaded:
            if article.id in seen:
                on_warning(f"skipped {file.name}: id {shorten(article.id)!r} is already used by another file")
                continue
            seen.add(article.id)
            for warning in article.warnings:
                if warning not in told:
                    told.add(warning)
                    on_warning(warning)
            yield article
    unused = unused_manifest_ids(manifest, seen) if check_manifest else None
    if unused:
        on_warning(unused)


def score_records(article: Article, *, by: str = "sentence", voice: str = "own") -> list[dict[str, Any]]:
    """The flat score records of one article.

    ``by="sentence"``: one record per body sentence, then one per reader-comment
    sentence (``comment`` is the 0-based comment number, ``None`` for the body).
    ``by="article"``: the article row, then (with comments) its ``"<id> comments"``
    row and one row per comment, as ``ArticleScore.to_records`` gives them.
    ``voice`` is that of ``score_article`` (own, quoted or all).
    """
    from mediadiff.tone.scoring import score_article, sentence_scores

    if by == "article":
        return score_article(article, voice=voice).to_records()
    # a sentence record reads no aggregate: none is computed
    return [r for s in sentence_scores(article, voice=voice) for r in s.to_records()]


def stream_scores(
    articles: Iterable[Article],
    *,
    by: str = "sentence",
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    chunksize: int | None = None,
    voice: str = "own",
) -> Iterator[dict[str, Any]]:
    """Score articles as they arrive and yield flat record dicts, in input order.

    ``by`` is ``"sentence"`` or ``"article"`` (see ``score_records``; outlet rows
    pool every article of an outlet, so they cannot stream). ``jobs``, ``engine``,
    ``scheduler`` and ``chunksize`` are those of ``mediadiff.scale.parallel.map_articles``:
    ``jobs=1`` scores in this process, ``jobs<=0`` on every core,
    ``engine="dask"`` on Dask (``scheduler`` a ``tcp://host:port`` address or
    ``None`` for local processes). Records are the same whatever the engine.
    """
    from mediadiff.scale.parallel import map_articles

    if by not in SCORE_LEVELS:
        raise InvalidArgument(f"by must be one of {', '.join(SCORE_LEVELS)} when streaming, not {by!r}")
    batches = map_articles(partial(score_records, by=by, voice=voice), articles, jobs=jobs, engine=engine,
                           scheduler=scheduler, chunksize=chunksize)
    return (record for batch in batches for record in batch)
