"""The progress bar of long commands (``group``, ``score``): drawn on a terminal only."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import IO, TypeVar

import click

T = TypeVar("T")


def progress(
    iterable: Iterable[T],
    *,
    total: int | None = None,
    label: str = "",
    enabled: bool = True,
    file: IO[str] | None = None,
) -> Iterator[T]:
    """Yield the items of ``iterable``, drawing a progress bar on ``file`` (stderr) meanwhile.

    The bar is drawn only when ``enabled`` (pass ``not quiet``) and ``file`` is
    a terminal, so redirected output and logs stay clean. ``total`` is the
    number of items when known (a bar with a percentage and an ETA); without
    it only the count and rate are shown.
    """
    stream = file if file is not None else sys.stderr
    if not enabled or not _isatty(stream):
        yield from iterable
        return
    with click.progressbar(iterable, length=total, label=label, file=stream, show_pos=True) as bar:
        yield from bar


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # no isatty, or a closed stream
        return False
