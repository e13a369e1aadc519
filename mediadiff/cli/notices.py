"""Warnings on stderr: one line each, prefixed, and many files skipped for one reason counted."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TypeVar

import click

from mediadiff.corpus.limits import no_readable_articles

T = TypeVar("T")


def warn(message: str) -> None:
    click.echo(f"mediadiff: warning: {message}", err=True)


# A folder of thousands of files skipped for one reason (empty, binary) would bury the command's output under
# as many warning lines: the first few of each reason are named, the rest counted in one line.
SKIPS_NAMED_PER_REASON = 5


def warn_all(warnings: Iterable[str]) -> None:
    """Each warning on stderr, but at most ``SKIPS_NAMED_PER_REASON`` "skipped FILE: reason" lines per reason,
    then one line counting the other files skipped for it."""
    note, finish = skip_counter(warn)
    for warning in warnings:
        note(warning)
    finish()


def skip_counter(emit: Callable[[str], None]) -> tuple[Callable[[str], None], Callable[[], None]]:
    """``(note, finish)``: ``note`` passes each warning to ``emit`` as it comes, but at most
    ``SKIPS_NAMED_PER_REASON`` "skipped FILE: reason" lines per reason; ``finish`` then emits one line counting
    the other files skipped for each reason (a streamed reader's warnings come one at a time)."""
    untold: dict[str, int] = {}

    def note(warning: str) -> None:
        reason = skip_kind(warning.partition(": ")[2]) if warning.startswith("skipped ") else ""
        if reason:
            untold[reason] = untold.get(reason, 0) + 1
            if untold[reason] > SKIPS_NAMED_PER_REASON:
                return
        emit(warning)

    def finish() -> None:
        for reason, count in untold.items():
            if count > SKIPS_NAMED_PER_REASON:
                emit(f"skipped {count - SKIPS_NAMED_PER_REASON:,} more files: {reason}")

    return note, finish


# What one file's reason adds to the reason all share: its size ("21.1 KB is larger than the 10 MB limit ..."),
# the error's details ("invalid JSON (Expecting value, line 3)"), the id it repeats ("id '003' is already used").
_OWN_SIZE = re.compile(r"^[\d.,]+ (?:bytes?|KB|MB) is (?=larger than)")
_OWN_DETAIL = re.compile(r" \([^()]*[\d:][^()]*\)| '[^']*'")


def skip_kind(reason: str) -> str:
    """The reason a file was skipped, without what belongs to that file alone, so that files skipped for one
    reason are counted together: "larger than the 10 MB limit for one article (set ...)", "invalid JSON",
    "could not be read", "id is already used by another file"."""
    return _OWN_DETAIL.sub("", _OWN_SIZE.sub("", reason))


def some_read(folder: Path, on_warning: Callable[[str], None],
              reader: Callable[[Callable[[str], None]], Iterable[T]]) -> Iterator[T]:
    """The articles a streamed ``reader`` of ``folder`` gives (it is passed where to send its warnings, which go on
    to ``on_warning``); none at all is ``load_corpus``'s error, how many files were skipped and why the first was:
    `group` and a streamed `score` printed an empty result and succeeded."""
    skipped: list[str] = []
    counted, finish = skip_counter(on_warning)  # a thousand files skipped for one reason are one line, not a thousand

    def note(message: str) -> None:
        if message.startswith("skipped "):
            skipped.append(message)
        counted(message)

    read = False
    for article in reader(note):
        read = True
        yield article
    finish()
    if not read:
        raise no_readable_articles(folder, skipped)
