"""Articles named one by one on a command line: file paths, standard input (``-``), and ids of a corpus.

A file named directly keeps the id it has in its own folder (what ``list --corpus`` shows there);
files that would still share one are told apart by their whole names (``named_file_ids``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from mediadiff.corpus.cleaning import clean_text
from mediadiff.corpus.encoding import decode_bytes
from mediadiff.corpus.manifest import read_manifest
from mediadiff.corpus.punkt import Splitter, make_splitter
from mediadiff.corpus.reading import (
    ARTICLE_SUFFIXES,
    article_files,
    article_id_for,
    article_ids,
    load_article,
    load_articles,
    raw_texts,
)
from mediadiff.models import Article, ArticleNotFound, Corpus, CorpusError

__all__ = ["STDIN", "STDIN_ID", "is_file_ref", "read_stdin_article", "load_file_refs", "named_file_ids",
           "resolve_articles"]

STDIN = "-"
STDIN_ID = "stdin"


def is_file_ref(ref: str) -> bool:
    """True for ``-`` (standard input) and for the path of an existing file."""
    return ref == STDIN or Path(ref).is_file()


def read_stdin_article(stream: object = None, *, splitter: str | Splitter | None = None) -> Article:
    """One plain-text article read from standard input (``-``), id ``stdin``."""
    text, notes = _stdin_text(stream)
    return _stdin_article(text, make_splitter(splitter, lambda: [text]), notes)


def _stdin_text(stream: object = None) -> tuple[str, tuple[str, ...]]:
    """The piped text and a note on its encoding. Its bytes are decoded as a file's are
    (``decode_bytes``): read as the locale's text, cp1252 piped in came out as "Caf�" and
    binary data as an article."""
    import sys

    source = stream or sys.stdin
    raw = getattr(source, "buffer", None)
    notes: tuple[str, ...] = ()
    if raw is None:  # a text stream (a StringIO): already decoded
        text = source.read()  # type: ignore[attr-defined]
    else:
        data = raw.read()
        if not data.strip():
            text = ""
        else:
            try:
                text, note = decode_bytes(data)
            except ValueError as error:
                raise CorpusError(f"standard input: {error}; pipe an article's text") from None
            notes = (f"standard input is not UTF-8; {note}",) if note else ()
    if not text.strip():
        raise CorpusError("standard input is empty; pipe an article into mediadiff or name a file")
    return text, notes


def _stdin_article(text: str, splitter: Splitter, notes: tuple[str, ...] = ()) -> Article:
    return clean_text(text, article_id=STDIN_ID, path=STDIN, metadata={}, metadata_source={}, warnings=notes,
                      splitter=splitter)


def load_file_refs(refs: Iterable[str], *, splitter: str | Splitter | None = None) -> list[Article]:
    """Articles named by file paths or ``-``, read directly: no corpus folder is needed.

    A ``manifest.csv``/``manifest.toml`` beside a file still supplies its metadata.
    ``splitter`` as in ``load_corpus`` (Punkt trains on these articles).
    """
    refs = list(refs)
    files = [Path(ref) for ref in refs if ref != STDIN]
    for path in files:
        if not path.is_file():
            raise ArticleNotFound(f"no such file: {path}")
    stdin, notes = _stdin_text() if STDIN in refs else ("", ())
    split = make_splitter(splitter, lambda: [*([stdin] if stdin else []), *raw_texts(files)])
    ids = named_file_ids(files)
    articles = []
    for ref in refs:
        if ref == STDIN:
            articles.append(_stdin_article(stdin, split, notes))
        else:
            path = Path(ref)
            articles.extend(load_articles(path, manifest=read_manifest(path.parent), splitter=split,
                                          article_id=ids[path])[:1])
    return articles


def named_file_ids(files: Iterable[Path]) -> dict[Path, str]:
    """The ids of files named one by one: each file's id in its own folder (``article_ids``: what
    ``list --corpus`` shows there), and for files that would still share one ("nyt_2016-09-08_obama.txt"
    and "nyt_2016-09-09_trump.txt" named from a folder holding only them, or from two folders) the
    rule of one folder applied to the files named: their whole names."""
    files = list(dict.fromkeys(files))
    own = {file: _id_in_own_folder(file) for file in files}
    shared = Counter(own.values())
    apart = article_ids([file for file in files if shared[own[file]] > 1])
    return {file: apart.get(file, own[file]) for file in files}


def _id_in_own_folder(file: Path) -> str:
    try:
        siblings = article_files(file.parent) if file.suffix.lower() in ARTICLE_SUFFIXES else []
    except OSError:
        siblings = []
    return article_ids(siblings).get(file) or article_id_for(file)


def resolve_articles(corpus: Corpus, refs: Iterable[str]) -> list[Article]:
    """Articles for ids, unique prefixes or paths; a path outside the corpus is read directly,
    and ``-`` reads standard input."""
    articles = []
    for ref in refs:
        if ref == STDIN:
            articles.append(read_stdin_article())
            continue
        try:
            articles.append(corpus[ref])
        except ArticleNotFound:
            if _is_file(ref):
                articles.append(load_article(ref))
            else:
                raise
    return articles


def _is_file(ref: str) -> bool:
    """Whether ``ref`` names a readable file; a NUL byte or an over-long name is simply not one."""
    try:
        return Path(ref).is_file()
    except (OSError, ValueError):
        return False
