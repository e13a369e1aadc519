"""Read article files and folders into ``Article`` and ``Corpus`` objects.

Formats: plain text (``.txt``), Markdown (``.md``, with optional front matter),
HTML (``.html``/``.htm``, main text extracted by trafilatura) and JSON / JSON
Lines records with title/text/outlet/date fields (the shape news crawlers such
as news-please write). An optional ``manifest.csv`` or ``manifest.toml`` in the
corpus folder supplies metadata a file does not carry; the manifest wins.

Files that cannot be read (empty, binary, too large) are skipped with a
warning so the rest of the corpus still loads; a folder with nothing readable
raises ``CorpusError``.
"""

from __future__ import annotations

import errno
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from datetime import date
from pathlib import Path

from mediadiff.corpus import formats
from mediadiff.corpus.cleaning import clean_text
from mediadiff.corpus.dates import date_in_name
from mediadiff.corpus.encoding import clean_field, decode_bytes, describe, lone_returns_as_newlines
from mediadiff.corpus.figuredates import published_and_order
from mediadiff.corpus.formats import SkippedFile
from mediadiff.corpus.furniture import date_line
from mediadiff.corpus.limits import LIMIT_ENV, MAX_FILE_BYTES, beyond_limit, file_limit, no_readable_articles
from mediadiff.corpus.manifest import read_manifest, unused_manifest_ids
from mediadiff.corpus.prose import not_an_article
from mediadiff.corpus.punkt import Splitter, make_splitter
from mediadiff.corpus.segment import split_sentences
from mediadiff.models import Article, ArticleNotFound, Corpus, CorpusError, InvalidArgument, MediadiffError, shorten

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl")
# A folder's own files, not articles: the name is one of these words, with suffixes only ("README.md",
# "LICENSE.txt", "manifest.json", "readme.en.md"). A slug that starts with the word is an article
# ("licence-plate-cameras_guardian.txt", "manifest-commitments_bbc.txt").
_SKIPPED_NAMES = re.compile(r"^(?:manifest|readme|license|licence|copying)(?:\.[^.]+)*$", re.IGNORECASE)
# Files mediadiff writes carry this mark near their start; reading them back as articles would be wrong.
# A date line in the body dates an undated file only above this many non-blank lines: headline, standfirst,
# byline, lede and a line or two of page furniture stand above a page's date (review15 item 18); a date further
# down heads a section of a timeline or an update, no edition of the article. Not tuned: a page's layout.
BODY_DATE_LINE_WITHIN = 6
WRITTEN_BY_MEDIADIFF = b'<meta name="generator" content="mediadiff">'
__all__ = ["SkippedFile", "read_manifest", "load_articles", "read_file_or_reason", "load_article", "load_corpus",
           "article_files", "passed_over", "article_id_for", "article_ids", "default_corpus_path", "raw_texts",
           "ARTICLE_SUFFIXES", "MAX_FILE_BYTES", "LIMIT_ENV", "beyond_limit", "file_limit", "not_a_file"]


def article_id_for(path: Path) -> str:
    """The id of an article file: its name up to the first ``_`` (``001``)."""
    stem = _stem(path)
    return clean_field(stem.split("_", 1)[0] or stem) or "_"


def article_ids(files: Iterable[Path]) -> dict[Path, str]:
    """The id of each file of one folder: the part before the first ``_``, unless files share it.

    ``001_b93f.txt`` is ``001``; but in a folder of ``breitbart_2016-10-01.txt`` and
    ``breitbart_2016-10-02.txt`` the prefix names an outlet, not an article, so each such file
    keeps its whole name (``breitbart_2016-10-01``) instead of all but one being skipped as duplicates;
    files that share even that (``001_a.txt`` and ``001_a.md``) keep their extension too.
    """
    files = list(files)
    short = {file: article_id_for(file) for file in files}
    shared = Counter(short.values())
    whole = {file: short[file] if shared[short[file]] == 1 else (clean_field(_stem(file)) or short[file])
             for file in files}
    twins = Counter(whole.values())
    return {file: whole[file] if twins[whole[file]] == 1 else (clean_field(_visible(file.name)) or whole[file])
            for file in files}


def _stem(path: Path) -> str:
    return _visible(path.name.split(".", 1)[0] if path.suffix else path.name)


def _visible(name: str) -> str:
    """``name`` without invisible format characters (bidi controls such as U+202E, zero-width spaces and
    joiners, BOM): an id holding one prints like another id that cannot then be typed."""
    return "".join(c for c in name if unicodedata.category(c) != "Cf")


def default_corpus_path(option: str | os.PathLike[str] | None = None) -> Path:
    """The ``--corpus`` option, else ``$MEDIADIFF_CORPUS``, else ``./seeds``."""
    return Path(option or os.environ.get("MEDIADIFF_CORPUS") or "seeds")


def _read_text(path: Path, *, max_bytes: int | None) -> tuple[str, tuple[str, ...]]:
    try:
        size = path.stat().st_size
    except OSError as error:
        raise SkippedFile(f"skipped {path.name}: {error.strerror or error}") from None
    if size == 0:
        raise SkippedFile(f"skipped {path.name}: empty file")
    limit = file_limit(max_bytes)
    if size > limit:
        raise SkippedFile(beyond_limit(f"skipped {path.name}:", limit, size))
    try:
        data = path.read_bytes()
    except OSError as error:
        raise SkippedFile(f"skipped {path.name}: {error.strerror or error}") from None
    if WRITTEN_BY_MEDIADIFF in data[:2048]:
        raise SkippedFile(f"skipped {path.name}: a report written by mediadiff, not an article")
    try:
        text, note = decode_bytes(data)
    except ValueError as error:
        raise SkippedFile(f"skipped {path.name}: {error}") from None
    return text, ((describe(path.name, note),) if note else ())


def load_articles(
    path: str | os.PathLike[str], *, manifest: Mapping[str, Mapping[str, str]] | None = None,
    max_bytes: int | None = None, splitter: Splitter = split_sentences, article_id: str | None = None,
) -> list[Article]:
    """Read every article in one file (JSON files may hold several records).

    ``article_id`` is the file's id when its folder decided it (``article_ids``); else
    ``article_id_for`` the file alone.

    Raises ``SkippedFile`` (a ``MediadiffError``) when the file cannot be used.
    """
    path = Path(path)
    text, warnings = _read_text(path, max_bytes=max_bytes)
    text = lone_returns_as_newlines(text)
    file_id = article_id or article_id_for(path)
    suffix = path.suffix.lower()
    pieces: list[tuple[str, str, dict[str, object], str]] = []  # id, text, metadata, metadata source
    if suffix in (".json", ".jsonl"):
        pieces, notes = _json_pieces(text, path, file_id)
        warnings += tuple(notes)
    elif suffix in (".html", ".htm"):
        body, meta = formats.html(text, path)
        pieces.append((file_id, body, meta, "html metadata"))
    elif suffix in (".md", ".markdown"):
        body, meta, note = formats.markdown(text)
        warnings += (f"{path.name}: {note}",) if note else ()
        pieces.append((file_id, body, meta, "front matter"))
    else:
        pieces.append((file_id, text, {}, "file"))

    articles = []
    for article_id, body, meta, how in pieces:
        if not body.strip():
            raise SkippedFile(f"skipped {path.name}: no text")
        sources = {field: how for field in meta}
        for field, value in ((manifest or {}).get(article_id) or {}).items():
            if value:
                meta[field] = value
                sources[field] = "manifest"
        article = clean_text(body, article_id=article_id, path=str(path), metadata=meta,
                             metadata_source=sources, warnings=warnings, splitter=splitter)
        # A table, code or a JSON dump saved as .txt was listed and compared as news; a file of several JSON
        # records is a collection someone made, whose records keep their place.
        if len(pieces) == 1 and (why := not_an_article(body, [s.text for s in article.sentences],
                                                               article.title)):
            raise SkippedFile(f"skipped {path.name}: {why}")
        if not article.published and len(pieces) == 1 and (day := date_in_name(path.name)):  # nothing else dates it
            article = replace(article, published=day,
                              metadata_source={**article.metadata_source, "published": "file name (inferred)"})
        elif not article.published and (found := _date_in_body(article, body, meta)):  # set aside under the lede
            article = replace(article, published=found[0],
                              metadata_source={**article.metadata_source, "published": found[1]})
        if article.published and not _is_iso_date(article.published):
            article = replace(article, warnings=(*article.warnings, (
                f"{path.name}: published {shorten(article.published)!r} is not a YYYY-MM-DD date; group's "
                "time window ignores it")))
        articles.append(article)
    return articles


def _date_in_body(article: Article, raw: str, meta: Mapping[str, object]) -> tuple[str, str] | None:
    """(day, how it was read) of the one date line set aside in the story's first lines ("8:44AM BST 16 Sep
    2013" under the lede, a page's "April 04, 2007" under its standfirst): it may date an update, not the first
    edition, but it is a day or so off at most, where no date leaves the article out of every time window
    (``group``). Several date lines divide a body into sections (a timeline's "March 3, 2016", a live blog's
    entries) and date them, not the article; figures are read in the file's order as a date line's are."""
    lines = [r for r in article.removed if r.reason == "timestamp" and date_line(r.text)]
    if len(lines) != 1 or sum(1 for line in article.raw[:lines[0].start].splitlines() if line.strip()) \
            >= BODY_DATE_LINE_WITHIN:
        return None
    day, assumed = published_and_order(date_line(lines[0].text), raw, meta, [lines[0].text], "date line")
    how = "date line in the body"
    return (day, f"{how}, month first assumed: {assumed}" if assumed else how) if day else None


def _is_iso_date(published: str) -> bool:
    """Whether ``published`` opens with an ISO date, the form grouping reads (``publication_day``)."""
    try:
        date.fromisoformat(published[:10])
    except ValueError:
        return False
    return True


def _json_pieces(text: str, path: Path, file_id: str) -> tuple[list[tuple[str, str, dict[str, object], str]],
                                                               list[str]]:
    """(id, text, metadata, source) for each JSON record with text; warnings for what was left out."""
    records, warnings = formats.json_records(text, path)
    pieces: list[tuple[str, str, dict[str, object], str]] = []
    for number, record in enumerate(records, 1):
        body = formats.pick(record, "text")
        if not isinstance(body, str) or not body.strip():
            warnings.append(f"{path.name} record {number} has no text field; skipped")
            continue
        fallback = file_id if len(records) == 1 else f"{file_id}-{number}"
        record_id, note = formats.record_id(record, fallback)
        meta: dict[str, object] = {}
        for field in formats.JSON_FIELDS:
            if field != "text":
                meta[field], problem = formats.metadata_value(field, formats.pick(record, field))
                note = note or problem
        if note:
            warnings.append(f"{path.name} record {number}: {note}")
        pieces.append((record_id, body, meta, "json field"))
    if not pieces:
        raise SkippedFile(f"skipped {path.name}: no JSON record with a text field")
    return pieces, warnings


def read_file_or_reason(
    path: Path, *, manifest: Mapping[str, Mapping[str, str]] | None = None, max_bytes: int | None = None,
    splitter: Splitter = split_sentences, ids: Mapping[Path, str] | None = None,
) -> list[Article] | str:
    """The articles of one corpus file, or the one-line reason it was skipped.

    One file must never sink a corpus: an error nobody foresaw in one file is
    reported as a skip too (``MEDIADIFF_DEBUG=1`` raises it instead).
    """
    try:
        return load_articles(path, manifest=manifest, max_bytes=max_bytes, splitter=splitter,
                             article_id=(ids or {}).get(path))
    except SkippedFile as skipped:
        return str(skipped)
    except InvalidArgument:  # $MEDIADIFF_MAX_FILE_MB is unusable: every file would meet it
        raise
    except (Exception, RecursionError) as error:  # noqa: BLE001 - see the docstring
        if os.environ.get("MEDIADIFF_DEBUG"):
            raise
        return f"skipped {path.name}: could not be read ({type(error).__name__}: {str(error)[:200]})"


def load_article(path: str | os.PathLike[str], *, max_bytes: int | None = None,
                 splitter: str | Splitter | None = None) -> Article:
    """Read one article file (``.txt``, ``.md``, ``.html``, ``.json``, ...) into an ``Article``.

    A JSON file of several records gives its first (``load_corpus(path)`` gives them all). ``max_bytes``
    and ``splitter`` are as for ``load_corpus``, except that ``splitter``'s default is always the built-in
    rules. Raises ``ArticleNotFound`` when ``path`` is not a file and ``SkippedFile`` (both
    ``MediadiffError``) when it cannot be read (empty, binary, too large)."""
    path = Path(path)
    if not path.is_file():
        raise ArticleNotFound(not_a_file(path))
    split = (split_sentences if splitter is None
             else make_splitter(splitter, lambda: raw_texts([path], max_bytes)))
    return load_articles(path, max_bytes=max_bytes, splitter=split)[0]


def not_a_file(path: str | os.PathLike[str]) -> str:
    """Why ``path``, named as an article, cannot be read as one: it names nothing ("no such file"), a link
    that leads nowhere, or something that is no regular file (a pipe, a device: ``/dev/stdin``,
    ``/dev/zero``), which is never opened, as reading it could wait for ever or never end."""
    shown = shorten(str(path), 60)
    try:
        if Path(path).is_symlink() and not Path(path).exists():
            return f"{shown} is a symbolic link that leads to no file"
        if Path(path).exists() and not Path(path).is_dir():
            return (f"{shown} is not a regular file (a pipe, a device or a socket); "
                    "save it to a file, or pipe it into mediadiff and name it -")
    except (OSError, ValueError):
        pass
    return f"no such file: {shown}"


def article_files(folder: Path) -> list[Path]:
    """The article files of a corpus folder, sorted by name (not recursive)."""
    return sorted(
        entry for entry in folder.iterdir()
        if entry.is_file() and entry.suffix.lower() in ARTICLE_SUFFIXES
        and not entry.name.startswith(".") and not _SKIPPED_NAMES.match(entry.name)
    )


def passed_over(folder: Path) -> list[str]:
    """One warning for each entry of ``folder`` named as an article file that ``article_files`` leaves out as no
    regular file: a pipe, a socket or a device (never opened: reading one could wait for ever), a symbolic link
    that leads to no file or round in a loop. A folder is left to ``_subfolder_hint``."""
    warnings = []
    for entry in sorted(folder.iterdir()):
        if entry.suffix.lower() not in ARTICLE_SUFFIXES or entry.name.startswith(".") \
                or _SKIPPED_NAMES.match(entry.name) or entry.is_file() or entry.is_dir():
            continue
        try:
            os.stat(entry)
            why = "not a regular file (a pipe, a device or a socket)"
        except OSError as error:
            why = ("a symbolic link that leads round in a loop" if error.errno == errno.ELOOP
                   else "a symbolic link that leads to no file" if entry.is_symlink() else error.strerror or "")
        warnings.append(f"skipped {_visible(entry.name)}: {why}")
    return warnings


def _subfolder_hint(folder: Path) -> str:
    """For a folder whose articles sit one level down (corpus/cnn/*.txt): subfolders are not read, say so."""
    try:
        holding = sorted(entry.name for entry in folder.iterdir()
                         if entry.is_dir() and not entry.name.startswith(".") and article_files(entry))
    except OSError:
        return ""
    if not holding:
        return ""
    shown = ", ".join(holding[:3]) + (f" and {len(holding) - 3} more" if len(holding) > 3 else "")
    verb = "holds" if len(holding) == 1 else "hold"
    return f"; subfolders are not read, and {shown} {verb} article files: name one with --corpus"


def load_corpus(path: str | os.PathLike[str] | None = None, *, max_bytes: int | None = None,
                splitter: str | Splitter | None = None, manifest: str | os.PathLike[str] | None = None) -> Corpus:
    """Read a corpus folder (or a single file) into a ``Corpus``.

    ``path`` defaults to ``$MEDIADIFF_CORPUS`` or ``./seeds``. Unreadable files
    are skipped and listed in ``Corpus.warnings``. ``splitter`` is ``"rules"``
    (built in), ``"punkt"`` (NLTK's Punkt trained on this corpus, ``mediadiff[nltk]``)
    or a callable; default ``$MEDIADIFF_SPLITTER``, else the rules. ``manifest``: a
    ``manifest.csv``/``.toml`` file to read instead of the folder's own (for a folder one
    cannot write into, such as a shared data set); it must exist. ``max_bytes``: the most a file may hold
    (``file_limit``: default ``$MEDIADIFF_MAX_FILE_MB`` megabytes, else 10 MB); a larger one is skipped.
    """
    folder = default_corpus_path(path)
    if folder.is_file():
        split = make_splitter(splitter, lambda: raw_texts([folder], max_bytes))
        given = None if manifest is None else read_manifest(folder.parent, file=manifest)
        return Corpus(str(folder), tuple(load_articles(folder, max_bytes=max_bytes, splitter=split,
                                                       manifest=given)))
    if not folder.exists():
        raise CorpusError(f"corpus folder not found: {folder}")
    if not folder.is_dir():
        raise CorpusError(f"not a folder or article file: {folder}")
    warnings: list[str] = []
    metadata = read_manifest(folder, warnings=warnings, file=manifest)
    files = article_files(folder)
    warnings.extend(passed_over(folder))
    if not files:
        raise CorpusError(f"no article files ({', '.join(ARTICLE_SUFFIXES)}) in {folder}{_subfolder_hint(folder)}")
    articles: list[Article] = []
    seen: set[str] = set()
    split = make_splitter(splitter, lambda: raw_texts(files, max_bytes))
    ids = article_ids(files)
    for file in files:
        loaded = read_file_or_reason(file, manifest=metadata, max_bytes=max_bytes, splitter=split, ids=ids)
        if isinstance(loaded, str):
            warnings.append(loaded)
            continue
        told: set[str] = set()  # the records of one file share its warnings: say each once
        for article in loaded:
            if article.id in seen:
                warnings.append(f"skipped {file.name}: id {shorten(article.id)!r} is already used by another file")
                continue
            seen.add(article.id)
            warnings.extend(w for w in article.warnings if w not in told)
            told.update(article.warnings)
            articles.append(article)
    if not articles:
        raise no_readable_articles(folder, warnings)
    unused = unused_manifest_ids(metadata, seen)
    return Corpus(str(folder), tuple(articles), tuple(warnings) + ((unused,) if unused else ()))


def raw_texts(files: Iterable[Path], max_bytes: int | None = None) -> Iterator[str]:
    """The decoded text of each readable file, in order (what Punkt trains on); unreadable ones are passed over."""
    for file in files:
        try:
            yield _read_text(file, max_bytes=max_bytes)[0]
        except MediadiffError:
            continue
