"""``manifest.csv`` / ``manifest.toml``: metadata by article id for files that do not carry it.

A manifest is checked as it is read: rows that are not tables, rows without an
id, a missing ``id`` column, columns mediadiff does not use, and ids that name
no article of the corpus each give a warning instead of being ignored silently.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Collection, Iterable, Mapping
from pathlib import Path

from mediadiff.corpus.encoding import clean_field, decode_bytes, describe
from mediadiff.models import CorpusError, shorten

MANIFEST_COLUMNS = ("id", "outlet", "url", "published", "title", "wire", "sections", "authors", "language")
MANIFEST_NAMES = ("manifest.csv", "manifest.toml")


def read_manifest(folder: Path, *, warnings: list[str] | None = None,
                  file: str | os.PathLike[str] | None = None) -> dict[str, dict[str, str]]:
    """Metadata by article id from ``manifest.csv`` or ``manifest.toml`` in ``folder``, if present, or from
    ``file`` when given (a manifest kept apart from a folder one cannot write into; ``.toml`` by its suffix,
    else CSV), which must exist.

    Problems that leave some of it unused are appended to ``warnings``; a
    manifest that cannot be parsed at all raises ``CorpusError``.
    """
    notes = warnings if warnings is not None else []
    csv_path, toml_path = _manifest_paths(folder, file)
    rows: Iterable[object] = ()
    try:
        if csv_path is not None and csv_path.is_file():
            name = csv_path.name
            # Decoded like an article file: a spreadsheet saved on Windows writes cp1252 or UTF-16.
            text, note = decode_bytes(csv_path.read_bytes())
            if note:
                notes.append(describe(name, note))
            reader = csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline=""))
            rows = list(reader)
            _check_columns(name, reader.fieldnames or [], notes)
        elif toml_path is not None and toml_path.is_file():
            import tomllib  # here: few folders have a manifest.toml, and the import costs every run

            name = toml_path.name
            rows = _toml_rows(tomllib.loads(toml_path.read_text(encoding="utf-8")), name, notes)
        else:
            return {}
    except (OSError, ValueError, csv.Error, RecursionError) as error:  # tomllib.TOMLDecodeError is a ValueError
        where = f"the manifest {shorten(str(file))}" if file is not None else f"the manifest in {folder}"
        raise CorpusError(f"cannot read {where}: {error}") from None
    manifest: dict[str, dict[str, str]] = {}
    skipped = 0
    for row in rows:
        if not isinstance(row, Mapping):
            skipped += 1
            continue
        row_id = clean_field(str(row.get("id") or ""))
        if not row_id:
            skipped += 1
            continue
        manifest[row_id] = {str(k): clean_field(str(v)) for k, v in row.items()
                            if k != "id" and k in MANIFEST_COLUMNS and v not in (None, "")
                            and not isinstance(v, (dict, list, bool))}
    if skipped:
        notes.append(f"{name}: {skipped} row(s) without an id or not a table; ignored")
    return manifest


def _manifest_paths(folder: Path, file: str | os.PathLike[str] | None) -> tuple[Path | None, Path | None]:
    """(CSV path, TOML path) to try: the folder's own names, or the one ``file`` given (checked to exist)."""
    if file is None:
        return folder / MANIFEST_NAMES[0], folder / MANIFEST_NAMES[1]
    given = Path(file)
    try:
        found = given.is_file()
    except (OSError, ValueError):  # a name the system cannot look up is no file either
        found = False
    if not found:
        raise CorpusError(f"manifest not found: {shorten(str(given))}")
    return (None, given) if given.suffix.lower() == ".toml" else (given, None)


def _toml_rows(data: Mapping[str, object], name: str, notes: list[str]) -> list[object]:
    if "article" in data:
        rows = data["article"]
        if not isinstance(rows, list):
            notes.append(f"{name}: 'article' should be a list of tables ([[article]]), not {type(rows).__name__}; "
                         "ignored")
            return []
        keys = {str(k) for row in rows if isinstance(row, Mapping) for k in row}
        _check_columns(name, sorted(keys), notes)
        return rows
    tables = {k: v for k, v in data.items() if isinstance(v, Mapping)}
    if len(tables) < len(data):
        notes.append(f"{name}: {len(data) - len(tables)} top-level value(s) that are not [id] tables; ignored")
    _check_columns(name, sorted({"id", *(str(k) for v in tables.values() for k in v)}), notes)
    return [dict(v, id=k) for k, v in tables.items()]


def _check_columns(name: str, columns: Collection[str], notes: list[str]) -> None:
    if columns and "id" not in columns:
        notes.append(f"{name} has no id column, so none of its rows can be used (columns: {', '.join(columns)})")
    unknown = [c for c in columns if c not in MANIFEST_COLUMNS]
    if unknown:
        notes.append(f"{name}: column(s) {', '.join(map(repr, unknown))} not used "
                     f"(known: {', '.join(MANIFEST_COLUMNS)})")


def unused_manifest_ids(manifest: Mapping[str, object], ids: Collection[str]) -> str | None:
    """A warning naming the manifest ids that match no article, or ``None``."""
    missing = [i for i in manifest if i not in ids]
    if not missing:
        return None
    shown = ", ".join(repr(i[:40]) for i in missing[:5]) + (f" and {len(missing) - 5} more" if len(missing) > 5 else "")
    return f"the manifest names {len(missing)} id(s) that match no article: {shown}"
