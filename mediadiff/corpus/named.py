"""Articles named one by one on a command line: file paths, standard input (``-``), and ids of a corpus.

A file named directly keeps the id it has in its own folder (what ``list --corpus`` shows there);
files that would still share one are told apart by their whole names (``named_file_ids``).
Ids named in a large folder are read from their files alone when that provably gives what loading the
whole folder gives (``load_named``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from mediadiff.corpus import formats
from mediadiff.corpus.cleaning import clean_text
from mediadiff.corpus.encoding import decode_bytes, describe
from mediadiff.corpus.formats import SkippedFile
from mediadiff.corpus.limits import beyond_limit, file_limit
from mediadiff.corpus.manifest import read_manifest, unused_manifest_ids
from mediadiff.corpus.punkt import Splitter, make_splitter, splitter_name
from mediadiff.corpus.reading import (
    article_files,
    article_id_for,
    article_ids,
    default_corpus_path,
    load_article,
    load_articles,
    not_a_file,
    raw_texts,
    read_file_or_reason,
)
from mediadiff.corpus.segment import split_sentences
from mediadiff.models import Article, ArticleNotFound, Corpus, CorpusError, MediadiffError

__all__ = ["STDIN", "STDIN_ID", "is_file_ref", "read_stdin_article", "load_file_refs", "named_file_ids",
           "resolve_articles", "load_named"]

STDIN = "-"
STDIN_ID = "stdin"


def is_file_ref(ref: str) -> bool:
    """True for ``-`` (standard input) and for the path of an existing file. A name the system cannot
    look up (over-long, or holding a NUL byte) is not a file, so it is reported like any unknown id
    ("no article '...'", shortened) rather than by the system's error, which printed all of it."""
    if ref == STDIN:
        return True
    try:
        return Path(ref).is_file()
    except (OSError, ValueError):
        return False


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
    # Read no more than a file may hold, as a file larger than that is refused unread: a pipe that never ends
    # (`yes | mediadiff show -`) filled memory until the system killed the run.
    limit = file_limit()
    if raw is None:  # a text stream (a StringIO): already decoded
        text = "".join(_read_upto(source.read, limit))  # type: ignore[attr-defined]
        _refuse_beyond_limit(len(text), limit)
    else:
        data = b"".join(_read_upto(raw.read, limit))
        _refuse_beyond_limit(len(data), limit)
        if not data.strip():
            text = ""
        else:
            try:
                text, note = decode_bytes(data)
            except ValueError as error:
                raise CorpusError(f"standard input: {error}; pipe an article's text") from None
            notes = (describe("standard input", note),) if note else ()
    if not text.strip():
        raise CorpusError("standard input is empty; pipe an article into mediadiff or name a file")
    return text, notes


_CHUNK = 1024 * 1024


def _read_upto(read, limit: int) -> list:  # type: ignore[no-untyped-def]
    """Chunks of a stream until its end or until they hold more than ``limit``: ``read(limit + 1)`` at once
    allocated all of it up front, so a large limit (MEDIADIFF_MAX_FILE_MB=500000, "no limit" to a user) gave a
    MemoryError for a 40-byte input."""
    chunks: list = []
    total = 0
    while total <= limit:
        chunk = read(min(_CHUNK, limit + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return chunks


def _refuse_beyond_limit(size: int, limit: int) -> None:
    if size > limit:
        raise CorpusError(beyond_limit("standard input holds more", limit) + "; or pipe one article at a time")


def _stdin_article(text: str, splitter: Splitter, notes: tuple[str, ...] = ()) -> Article:
    return clean_text(text, article_id=STDIN_ID, path=STDIN, metadata={}, metadata_source={}, warnings=notes,
                      splitter=splitter)


def load_file_refs(refs: Iterable[str], *, splitter: str | Splitter | None = None,
                   manifest: str | Path | None = None, warnings: list[str] | None = None) -> list[Article]:
    """Articles named by file paths or ``-``, read directly: no corpus folder is needed.

    A ``manifest.csv``/``manifest.toml`` beside a file still supplies its metadata, or
    the ``manifest`` file given for all of them. ``splitter`` as in ``load_corpus``
    (Punkt trains on these articles). A manifest's problems are appended to ``warnings``
    as ``load_corpus`` gives them (columns not used, rows without an id, ids that match no
    article of the folders the files are in), each manifest's once.
    """
    refs = list(refs)
    notes = warnings if warnings is not None else []
    given = None if manifest is None else read_manifest(Path("."), warnings=notes, file=manifest)
    files = [Path(ref) for ref in refs if ref != STDIN]
    for path in files:
        if not path.is_file():
            raise ArticleNotFound(not_a_file(path))
    stdin, stdin_notes = _stdin_text() if STDIN in refs else ("", ())
    split = make_splitter(splitter, lambda: [*([stdin] if stdin else []), *raw_texts(files)])
    ids = named_file_ids(files)
    own: dict[Path, dict[str, dict[str, str]]] = {}  # each folder's manifest, read (and warned about) once
    articles = []
    for ref in refs:
        if ref == STDIN:
            articles.append(_stdin_article(stdin, split, stdin_notes))
        else:
            path = Path(ref)
            if given is None and path.parent not in own:
                own[path.parent] = read_manifest(path.parent, warnings=notes)
            metadata = own[path.parent] if given is None else given
            articles.extend(load_articles(path, manifest=metadata, splitter=split,
                                          article_id=ids[path])[:1])
    named = {a.id for a in articles}
    for metadata, folders in ([(given, list(dict.fromkeys(f.parent for f in files)))] if given is not None
                              else [(kept, [folder]) for folder, kept in own.items()]):
        if any(i not in named for i in metadata):  # the folders' other articles are listed only then
            unused = unused_manifest_ids(metadata, named | _folder_ids(folders))
            if unused:
                notes.append(unused)
    return articles


def _folder_ids(folders: Iterable[Path]) -> set[str]:
    """The ids of the articles of ``folders``' files, found without cleaning any (none for a folder that
    cannot be listed)."""
    found: set[str] = set()
    for folder in folders:
        try:
            found.update(i for ids in _listed_ids(article_files(folder)).values() for i in ids)
        except (OSError, MediadiffError):
            continue
    return found


def named_file_ids(files: Iterable[Path]) -> dict[Path, str]:
    """The ids of files named one by one: each file's id in its own folder (``article_ids``: what
    ``list --corpus`` shows there; each folder listed once), and for files that would still share one
    ("nyt_2016-09-08_obama.txt" and "nyt_2016-09-09_trump.txt" named from a folder holding only them)
    the rule of one folder applied to the files named: their whole names; files of one name in two
    folders ("a/story.txt", "b/story.txt") are told apart by their folder's name ("a/story.txt")."""
    files = list(dict.fromkeys(files))
    folders: dict[Path, dict[Path, str]] = {}
    for parent in dict.fromkeys(file.parent for file in files):
        try:
            folders[parent] = article_ids(article_files(parent))
        except OSError:
            folders[parent] = {}
    own = {file: folders[file.parent].get(file) or article_id_for(file) for file in files}
    shared = Counter(own.values())
    apart = article_ids([file for file in files if shared[own[file]] > 1])
    ids = {file: apart.get(file, own[file]) for file in files}
    twins = Counter(ids.values())
    return {file: f"{file.parent.name}/{ids[file]}" if twins[ids[file]] > 1 and file.parent.name else ids[file]
            for file in files}


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
            if is_file_ref(ref):
                articles.append(load_article(ref))
            else:
                raise
    return articles


def load_named(path: str | Path | None, refs: Iterable[str], *, splitter: str | None = None,
               manifest: str | Path | None = None) -> Corpus | None:
    """The corpus folder ``path`` reduced to the files ``refs`` name, read alone; ``None`` when that cannot
    be told cheaply to give what ``load_corpus`` gives, and the whole folder must be read.

    Each ref is resolved as ``Corpus.resolve`` would (exact id, the path of a file, a unique prefix), but
    against the ids the folder's files give without being cleaned: a file's id from its name
    (``article_ids``), a JSON file's from its records (parsed, not cleaned). The corpus holds the articles
    of those files under the same ids, less those of files that cannot be read, and a prefix unique among
    all stays unique among fewer. So the whole folder is read instead for ``-``, a ref that matches no id
    or several, ids given twice (the corpus keeps the first readable one), a named file that cannot be
    read or gives other ids (the corpus would resolve the ref otherwise), and Punkt (trained on every
    file). The manifest is read as ``load_corpus`` reads it, its warnings kept, and so is the warning on
    manifest ids that match no file. Only the named files' warnings are given: a broken file elsewhere in
    the folder goes unmentioned (a text file is not even opened; a JSON file is parsed for its ids)."""
    refs = list(refs)
    folder = default_corpus_path(path)
    try:
        if not refs or STDIN in refs or splitter_name(splitter) != "rules" or not folder.is_dir():
            return None
        files = article_files(folder)
        listed = _listed_ids(files)
        every = [i for ids in listed.values() for i in ids]
        chosen = [_file_named(ref, listed) for ref in refs]
        if len(set(every)) < len(every) or None in chosen:
            return None
        warnings: list[str] = []
        metadata = read_manifest(folder, warnings=warnings, file=manifest)
        names = article_ids(files)
        articles: list[Article] = []
        for file in sorted(set(chosen), key=files.index):  # type: ignore[arg-type]  # no None, as checked
            loaded = read_file_or_reason(file, manifest=metadata, splitter=split_sentences, ids=names)
            if isinstance(loaded, str) or tuple(a.id for a in loaded) != listed[file]:
                return None
            told: set[str] = set()  # the records of one file share its warnings, said once (as load_corpus)
            for article in loaded:
                warnings.extend(w for w in article.warnings if w not in told)
                told.update(article.warnings)
            articles.extend(loaded)
    except (OSError, MediadiffError):  # the whole load meets the same problem and says what it is
        return None
    unused = unused_manifest_ids(metadata, set(every))
    return Corpus(str(folder), tuple(articles), tuple(warnings) + ((unused,) if unused else ()))


def _listed_ids(files: list[Path]) -> dict[Path, tuple[str, ...]]:
    """The ids of the articles each file of one folder gives, in order, found without cleaning any."""
    names = article_ids(files)
    return {file: (_record_ids(file, names[file]) if file.suffix.lower() in (".json", ".jsonl")
                   else (names[file],)) for file in files}


def _record_ids(file: Path, file_id: str) -> tuple[str, ...]:
    """The ids of a JSON file's records with text, as ``load_articles`` names them (none if unreadable)."""
    texts = list(raw_texts([file]))
    try:
        records = formats.json_records(texts[0], file)[0] if texts else []
    except SkippedFile:
        return ()
    return tuple(formats.record_id(record, file_id if len(records) == 1 else f"{file_id}-{number}")[0]
                 for number, record in enumerate(records, 1)
                 if isinstance(text := formats.pick(record, "text"), str) and text.strip())


def _file_named(ref: str, listed: dict[Path, tuple[str, ...]]) -> Path | None:
    """The file holding the article ``Corpus.resolve`` would give for ``ref`` (``listed``: each file's ids),
    or ``None`` when none or several match."""
    for file, ids in listed.items():
        if ref in ids:
            return file
    if Path(ref).suffix or "/" in ref or "\\" in ref:
        try:
            target = Path(ref).resolve()
        except (OSError, ValueError):
            target = None
        for file, ids in listed.items():
            if ids and target is not None and file.resolve() == target:
                return file
    matches = [file for file, ids in listed.items() for article_id in ids if article_id.startswith(ref)]
    return matches[0] if len(matches) == 1 else None
