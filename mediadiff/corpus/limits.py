"""The size limit of one article file (or standard input), and how a size or a corpus read in vain is said.

A limit set in megabytes reads as megabytes, kilobytes or bytes as its size calls for ("65 bytes is larger
than the 10 bytes limit", not "6.2e-05 MB ... 9.54e-06 MB").
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from mediadiff.corpus.params import MAX_FILE_BYTES
from mediadiff.models import CorpusError, InvalidArgument, shorten

__all__ = ["LIMIT_ENV", "MAX_FILE_BYTES", "file_limit", "human_size", "beyond_limit", "no_readable_articles"]

LIMIT_ENV = "MEDIADIFF_MAX_FILE_MB"


def file_limit(max_bytes: int | None = None) -> int:
    """The most bytes one article file (or standard input) may hold: ``max_bytes`` if given, else
    ``$MEDIADIFF_MAX_FILE_MB`` megabytes (MiB), else ``MAX_FILE_BYTES``. Raises ``InvalidArgument`` for a value
    of the variable that is not a number of megabytes of at least one byte."""
    if max_bytes is not None:
        return max_bytes
    value = os.environ.get(LIMIT_ENV, "").strip()
    if not value:
        return MAX_FILE_BYTES
    try:
        megabytes = float(value)
    except ValueError:
        megabytes = float("nan")
    limit = int(megabytes * 1024 * 1024) if 0 < megabytes < 1e9 else 0
    # A value that converts to no whole byte (0.0000001) passed "above 0" and then skipped every file.
    if limit < 1:
        raise InvalidArgument(f"{LIMIT_ENV} must be a number of megabytes of at least one byte (1e-6), "
                              f"not {shorten(value, 40)!r}")
    return limit


def human_size(size: int) -> str:
    """``size`` bytes as a person reads it: "65 bytes", "2.05 KB", "12.3 MB", "500000 MB" (KiB and MiB, as
    ``$MEDIADIFF_MAX_FILE_MB`` counts; three figures, never an exponent: a limit of 0.00001 MB read "9.54e-06 MB")."""
    if size < 1024:
        return f"{size} byte{'' if size == 1 else 's'}"
    value, unit = (size / 1024, "KB") if size < 1024 * 1024 else (size / 1024 / 1024, "MB")
    return f"{value:.3g} {unit}" if value < 999.5 else f"{value:.0f} {unit}"


def beyond_limit(larger: str, limit: int, size: int | None = None) -> str:
    """The warning or error that says ``larger`` ("standard input holds more") than ``limit`` bytes; with the
    file's ``size``, ``larger`` names the file ("skipped a.txt:") and the message says "65 bytes is larger"
    (both counted in bytes when they would read alike: "2.05 KB is larger than the 2.05 KB limit")."""
    most = human_size(limit)
    if size is not None:
        shown = human_size(size)
        if shown == most:
            shown, most = f"{size} bytes", f"{limit} bytes"
        larger = f"{larger} {shown} is larger"
    return f"{larger} than the {most} limit for one article (set {LIMIT_ENV} to raise it)"


def no_readable_articles(folder: str | os.PathLike[str], warnings: Sequence[str]) -> CorpusError:
    """The error for a corpus folder none of whose files gave an article: how many files were skipped and why the
    first was ("no readable articles in feeds: 2 files skipped, the first a.txt: binary file, not text").
    ``warnings``: the reading's warnings, of which those naming a skipped file count (a manifest's notes do not)."""
    skipped = [w for w in warnings if w.startswith("skipped ")]
    if not skipped:
        return CorpusError(f"no readable articles in {Path(folder)}")
    many = len(skipped)
    which = "" if many == 1 else " the first"
    return CorpusError(f"no readable articles in {Path(folder)}: {many} file{'s' * (many > 1)} skipped,{which} "
                       f"{skipped[0].removeprefix('skipped ')}")
