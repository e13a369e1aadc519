"""File names of charts: they say what a chart contains, so two different charts never share one.

Names are known before anything is computed, so a command can refuse to
overwrite a file (without ``--force``) before it does the work, not after.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Sequence
from pathlib import Path

from mediadiff.render.safe import check_folder, check_writable, safe_filename

MAX_IDS_IN_NAME = 6  # more ids make an unreadable file name: the first few, a count and a checksum


def ids_stem(ids: Sequence[str]) -> str:
    """Article ids for a file name: ``001-003-004``; with many, ``001-002-003-004-005-and-7-more-1a2b3c``
    (the checksum of all ids keeps two different selections apart)."""
    safe = [safe_filename(i) for i in ids]
    if len(safe) <= MAX_IDS_IN_NAME:
        return "-".join(safe)
    checksum = f"{zlib.crc32(chr(10).join(ids).encode('utf-8')):08x}"[:6]
    shown = MAX_IDS_IN_NAME - 1
    return "-".join(safe[:shown]) + f"-and-{len(safe) - shown}-more-{checksum}"


def comparison_chart_names(ids: Sequence[str]) -> list[str]:
    """The charts of ``mediadiff compare``: statuses and alignment map for two, coverage for more."""
    if len(ids) == 2:
        stem = f"compare-{ids_stem(ids)}"
        return [f"{stem}-statuses", f"{stem}-alignment-map"]
    return [f"coverage-{ids_stem(ids)}"]


def outlet_chart_name(kind: str, *, ids: Sequence[str] = (), event: str | None = None) -> str:
    """``sentiment-by-outlet`` for the whole corpus; with ids or an event, the name says which:
    ``sentiment-by-outlet-003-004``, ``hedging-by-outlet-S1.1``."""
    return selection_chart_name(f"{kind}-by-outlet", ids=ids, event=event)


def selection_chart_name(stem: str, *, ids: Sequence[str] = (), event: str | None = None) -> str:
    """``stem`` for the whole corpus, ``stem-003-004`` for named articles, ``stem-S1.2`` for a story or event."""
    if event:
        return f"{stem}-{ids_stem([event])}"
    return stem + (f"-{ids_stem(ids)}" if ids else "")


def refuse_overwrite(directory: str | Path, names: Iterable[str], *, force: bool = False,
                     suffixes: Sequence[str] = (".png", ".json")) -> None:
    """Raise ``MediadiffError`` for a folder that cannot be written, or naming the first chart file
    that exists (unless ``force``),
    by the same rule and file name the chart writer uses (``render.safe``)."""
    directory = Path(directory)
    check_folder(directory)
    for name in names:
        for suffix in suffixes:
            check_writable(directory / f"{safe_filename(name)}{suffix}", force=force)
