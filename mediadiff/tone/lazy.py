"""Cues built when first read: scoring keeps a sentence's tone cues as the plain values they come from.

A corpus's sentence scores are mostly written as records (which never read the tone cues) or pooled,
yet building one frozen object per tone word was a noticeable part of scoring's time. A
``SentenceScore`` cue field may hold a deferred value instead; ``CuesOnRead`` (the field's descriptor)
builds the cue objects on the first read and keeps them, so every reader, ``==``, ``repr``, ``hash``,
pickling and ``dataclasses.replace`` sees the same tuple of cues as before. Only cues whose inputs
are strings and numbers are deferred: holding lists or matches until a read costs memory and time
in the cyclic collector when scores are kept (measured in ``bench/results/scoring.md``, sixth pass).

A deferred value is a plain tuple that opens with its builder's registered name, ``(name, *args)``,
not a tuple subclass holding the function: the collector untracks a plain tuple of strings and
numbers at its first look and never walks it again, while a subclass or a function inside kept one
more tracked object per score alive in every full pass (tenth pass). A tuple of cues opens with a cue
object, never a string, so the two cannot be confused.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

_BUILDERS: dict[str, Callable[..., Any]] = {}


def register(name: str, build: Callable[..., Any]) -> str:
    """Make ``build`` the builder of deferred values named ``name``; returns ``name``."""
    _BUILDERS[name] = build
    return name


def deferred(name: str, *args: Any) -> tuple[Any, ...]:
    """A value that ``CuesOnRead`` turns into ``build(*args)`` on its first read (``name`` registered)."""
    return (name, *args)


class CuesOnRead:
    """Wraps a slot of a slots dataclass: a deferred value found there is built, stored and returned."""

    __slots__ = ("slot",)

    def __init__(self, slot: Any) -> None:
        self.slot = slot

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        value = self.slot.__get__(instance, owner)
        if value and value[0].__class__ is str:  # (name, *args): cues not built yet
            value = _BUILDERS[value[0]](*value[1:])
            self.slot.__set__(instance, value)
        return value

    def __set__(self, instance: Any, value: Any) -> None:
        self.slot.__set__(instance, value)

    def __delete__(self, instance: Any) -> None:
        self.slot.__delete__(instance)


def build_on_read(cls: type, *names: str) -> type:
    """``cls`` with its slots ``names`` read through ``CuesOnRead``."""
    for name in names:
        setattr(cls, name, CuesOnRead(cls.__dict__[name]))
    return cls
