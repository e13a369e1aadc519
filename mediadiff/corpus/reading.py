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

import csv
import json
import os
import re
import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path

from mediadiff.corpus.cleaning import clean_text
from mediadiff.corpus.params import MAX_FILE_BYTES
from mediadiff.models import Article, ArticleNotFound, Corpus, CorpusError, MediadiffError

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl")
_SKIPPED_NAMES = re.compile(r"^(manifest|readme|license|licence)\b", re.IGNORECASE)
_JSON_FIELDS = {
    "title": ("title", "headline"),
    "text": ("text", "maintext", "body", "content", "article"),
    "outlet": ("outlet", "source", "source_domain", "sitename", "publisher"),
    "published": ("published", "date", "date_publish", "datePublished", "pubdate"),
    "url": ("url", "link"),
    "sections": ("sections", "section", "categories"),
    "wire": ("wire", "agency"),
}


class SkippedFile(MediadiffError):
    """A file that was skipped; the message says why."""


def article_id_for(path: Path) -> str:
    """The id of an article file: its name up to the first ``_`` (``001``)."""
    stem = path.name.split(".", 1)[0] if path.suffix else path.name
    return stem.split("_", 1)[0] or stem


def default_corpus_path(option: str | os.PathLike[str] | None = None) -> Path:
    """The ``--corpus`` option, else ``$MEDIADIFF_CORPUS``, else ``./seeds``."""
    return Path(option or os.environ.get("MEDIADIFF_CORPUS") or "seeds")


def _read_text(path: Path, *, max_bytes: int) -> tuple[str, tuple[str, ...]]:
    try:
        size = path.stat().st_size
    except OSError as error:
        raise SkippedFile(f"skipped {path.name}: {error.strerror or error}") from None
    if size == 0:
        raise SkippedFile(f"skipped {path.name}: empty file")
    if size > max_bytes:
        raise SkippedFile(
            f"skipped {path.name}: {size / 1e6:.1f} MB is larger than the "
            f"{max_bytes / 1e6:.0f} MB limit for one article"
        )
    try:
        data = path.read_bytes()
    except OSError as error:
        raise SkippedFile(f"skipped {path.name}: {error.strerror or error}") from None
    if b"\x00" in data[:8192]:
        raise SkippedFile(f"skipped {path.name}: binary file, not text")
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # only for the rare non-UTF-8 file

    best = from_bytes(data).best()
    encoding = best.encoding if best else "cp1252"
    text = data.decode(encoding, errors="replace")
    return text, (f"{path.name} is not UTF-8; decoded as {encoding}",)


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split ``---``-delimited ``key: value`` front matter off Markdown text.

    The front matter is blanked with spaces, not cut, so offsets stay valid.
    """
    match = re.match(r"---\n(.*?)\n---\n", text, re.DOTALL)
    if not match:
        return {}, text
    fields = {}
    for line in match.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep:
            fields[key.strip().lower()] = value.strip().strip("\"'")
    return fields, re.sub(r"[^\n]", " ", match.group(0)) + text[match.end() :]


def _markdown(text: str) -> tuple[str, dict[str, object]]:
    fields, text = _front_matter(text)
    meta: dict[str, object] = {k: fields.get(k) for k in ("title", "outlet", "url", "wire", "sections")}
    meta["published"] = fields.get("published") or fields.get("date")
    # Heading markers become spaces so the heading reads as a headline line.
    text = re.sub(r"(?m)^(#{1,6})(\s)", lambda m: " " * len(m.group(1)) + m.group(2), text)
    return text, meta


def _html(text: str, path: Path) -> tuple[str, dict[str, object]]:
    import trafilatura  # heavy; only HTML input needs it

    document = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False)
    if document is None:
        raise SkippedFile(f"skipped {path.name}: no article text found in the HTML")
    record = document if isinstance(document, dict) else document.as_dict()
    body = record.get("text") or ""
    if not body.strip():
        raise SkippedFile(f"skipped {path.name}: no article text found in the HTML")
    meta = {
        "title": record.get("title"),
        "outlet": record.get("sitename"),
        "published": record.get("date"),
        "url": record.get("url"),
        "sections": tuple(record.get("categories") or ()),
    }
    return body, meta


def _json_records(text: str, path: Path) -> list[dict[str, object]]:
    try:
        if path.suffix == ".jsonl":
            records = [json.loads(line) for line in text.splitlines() if line.strip()]
        else:
            loaded = json.loads(text)
            records = loaded if isinstance(loaded, list) else [loaded]
    except json.JSONDecodeError as error:
        raise SkippedFile(f"skipped {path.name}: invalid JSON ({error.msg}, line {error.lineno})") from None
    return [r for r in records if isinstance(r, dict)]


def _pick(record: Mapping[str, object], field: str) -> object:
    for key in _JSON_FIELDS[field]:
        if record.get(key):
            return record[key]
    return None


def load_articles(
    path: str | os.PathLike[str], *, manifest: Mapping[str, Mapping[str, str]] | None = None,
    max_bytes: int = MAX_FILE_BYTES,
) -> list[Article]:
    """Read every article in one file (JSON files may hold several records)."""
    path = Path(path)
    text, warnings = _read_text(path, max_bytes=max_bytes)
    file_id = article_id_for(path)
    suffix = path.suffix.lower()
    pieces: list[tuple[str, str, dict[str, object], str]] = []  # id, text, metadata, metadata source
    if suffix in (".json", ".jsonl"):
        records = _json_records(text, path)
        for number, record in enumerate(records, 1):
            body = _pick(record, "text")
            if not isinstance(body, str) or not body.strip():
                warnings += (f"{path.name} record {number} has no text field; skipped",)
                continue
            record_id = str(record.get("id") or (file_id if len(records) == 1 else f"{file_id}-{number}"))
            meta = {field: _pick(record, field) for field in _JSON_FIELDS if field != "text"}
            pieces.append((record_id, body, meta, "json field"))
        if not pieces:
            raise SkippedFile(f"skipped {path.name}: no JSON record with a text field")
    elif suffix in (".html", ".htm"):
        body, meta = _html(text, path)
        pieces.append((file_id, body, meta, "html metadata"))
    elif suffix in (".md", ".markdown"):
        body, meta = _markdown(text)
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
        articles.append(
            clean_text(body, article_id=article_id, path=str(path), metadata=meta,
                       metadata_source=sources, warnings=warnings)
        )
    return articles


def load_article(path: str | os.PathLike[str], **options: object) -> Article:
    """Read one article file. Raises ``MediadiffError`` when it cannot be read."""
    path = Path(path)
    if not path.is_file():
        raise ArticleNotFound(f"no such file: {path}")
    articles = load_articles(path, **options)  # type: ignore[arg-type]
    return articles[0]


def read_manifest(folder: Path) -> dict[str, dict[str, str]]:
    """Metadata by article id from ``manifest.csv`` or ``manifest.toml``, if present."""
    csv_path, toml_path = folder / "manifest.csv", folder / "manifest.toml"
    rows: Iterable[Mapping[str, object]] = ()
    try:
        if csv_path.is_file():
            with csv_path.open(encoding="utf-8-sig", newline="") as handle:
                rows = list(csv.DictReader(handle))
        elif toml_path.is_file():
            data = tomllib.loads(toml_path.read_text(encoding="utf-8"))
            rows = data.get("article") or [dict(v, id=k) for k, v in data.items() if isinstance(v, dict)]
    except (OSError, UnicodeDecodeError, csv.Error, tomllib.TOMLDecodeError) as error:
        raise CorpusError(f"cannot read the manifest in {folder}: {error}") from None
    manifest: dict[str, dict[str, str]] = {}
    for row in rows:
        row_id = str(row.get("id") or "").strip()
        if row_id:
            manifest[row_id] = {k: str(v).strip() for k, v in row.items() if k != "id" and v not in (None, "")}
    return manifest


def article_files(folder: Path) -> list[Path]:
    """The article files of a corpus folder, sorted by name (not recursive)."""
    return sorted(
        entry for entry in folder.iterdir()
        if entry.is_file() and entry.suffix.lower() in ARTICLE_SUFFIXES
        and not entry.name.startswith(".") and not _SKIPPED_NAMES.match(entry.name)
    )


def load_corpus(path: str | os.PathLike[str] | None = None, *, max_bytes: int = MAX_FILE_BYTES) -> Corpus:
    """Read a corpus folder (or a single file) into a ``Corpus``.

    ``path`` defaults to ``$MEDIADIFF_CORPUS`` or ``./seeds``. Unreadable files
    are skipped and listed in ``Corpus.warnings``.
    """
    folder = default_corpus_path(path)
    if folder.is_file():
        return Corpus(str(folder), tuple(load_articles(folder, max_bytes=max_bytes)))
    if not folder.exists():
        raise CorpusError(f"corpus folder not found: {folder}")
    if not folder.is_dir():
        raise CorpusError(f"not a folder or article file: {folder}")
    manifest = read_manifest(folder)
    files = article_files(folder)
    if not files:
        raise CorpusError(f"no article files ({', '.join(ARTICLE_SUFFIXES)}) in {folder}")
    articles: list[Article] = []
    warnings: list[str] = []
    seen: set[str] = set()
    for file in files:
        try:
            loaded = load_articles(file, manifest=manifest, max_bytes=max_bytes)
        except SkippedFile as skipped:
            warnings.append(str(skipped))
            continue
        for article in loaded:
            if article.id in seen:
                warnings.append(f"skipped {file.name}: id {article.id!r} is already used by another file")
                continue
            seen.add(article.id)
            warnings.extend(article.warnings)
            articles.append(article)
    if not articles:
        raise CorpusError(f"no readable articles in {folder} ({len(warnings)} files skipped: {warnings[0]})")
    return Corpus(str(folder), tuple(articles), tuple(warnings))


STDIN = "-"
STDIN_ID = "stdin"


def is_file_ref(ref: str) -> bool:
    """True for ``-`` (standard input) and for the path of an existing file."""
    return ref == STDIN or Path(ref).is_file()


def read_stdin_article(stream: object = None) -> Article:
    """One plain-text article read from standard input (``-``), id ``stdin``."""
    import sys

    text = (stream or sys.stdin).read()  # type: ignore[attr-defined]
    if not text.strip():
        raise CorpusError("standard input is empty; pipe an article into mediadiff or name a file")
    return clean_text(text, article_id=STDIN_ID, path=STDIN, metadata={}, metadata_source={})


def load_file_refs(refs: Iterable[str]) -> list[Article]:
    """Articles named by file paths or ``-``, read directly: no corpus folder is needed.

    A ``manifest.csv``/``manifest.toml`` beside a file still supplies its metadata.
    """
    articles = []
    for ref in refs:
        if ref == STDIN:
            articles.append(read_stdin_article())
            continue
        path = Path(ref)
        if not path.is_file():
            raise ArticleNotFound(f"no such file: {path}")
        articles.extend(load_articles(path, manifest=read_manifest(path.parent))[:1])
    return articles


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
            if Path(ref).is_file():
                articles.append(load_article(ref))
            else:
                raise
    return articles
