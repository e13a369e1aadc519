"""Warnings on stderr: one line each, prefixed, and many files skipped for one reason counted."""

from __future__ import annotations

from collections.abc import Iterable

import click


def warn(message: str) -> None:
    click.echo(f"mediadiff: warning: {message}", err=True)


# A folder of thousands of files skipped for one reason (empty, binary) would bury the command's output under
# as many warning lines: the first few of each reason are named, the rest counted in one line.
SKIPS_NAMED_PER_REASON = 5


def warn_all(warnings: Iterable[str]) -> None:
    """Each warning on stderr, but at most ``SKIPS_NAMED_PER_REASON`` "skipped FILE: reason" lines per reason,
    then one line counting the other files skipped for it."""
    untold: dict[str, int] = {}
    for warning in warnings:
        reason = warning.partition(": ")[2] if warning.startswith("skipped ") else ""
        if reason and untold.get(reason, 0) >= SKIPS_NAMED_PER_REASON:
            untold[reason] += 1
            continue
        if reason:
            untold[reason] = untold.get(reason, 0) + 1
        warn(warning)
    for reason, count in untold.items():
        if count > SKIPS_NAMED_PER_REASON:
            warn(f"skipped {count - SKIPS_NAMED_PER_REASON:,} more files: {reason}")
