"""Argument checks for the public API: a wrong type is a clear ``TypeError``, never an ``AttributeError`` deep inside.

What they raise is ``ArgumentTypeError`` (a ``TypeError``) or ``InvalidArgument`` (a ``ValueError``), both
kinds of ``MediadiffError``, so one ``except mediadiff.MediadiffError`` catches every mistake mediadiff reports.

``checked(func)`` wraps a public function (``mediadiff.compare``, ``mediadiff.group_events``, ...)
and checks each argument against the function's own annotations before the call:
an ``Article`` must be an ``Article`` (not an id string), a list of articles
may be any iterable of ``Article`` objects (a list, a tuple, a ``Corpus``, a generator;
not ``None``, not a string), text must
be ``str``, and numbers must be real and finite (a threshold or floor in
``[0, 1]``; a window in days 0 or more, ``inf`` for none). Annotations it does not
know are not checked. ``mediadiff/__init__.py`` applies it to every exported
function; code inside the package calls the unwrapped functions, so the checks
cost nothing there.

``usable_cores()`` is what ``jobs=0`` ("every core") means wherever a function takes ``jobs``.
"""

from __future__ import annotations

import functools
import math
import os
import types
import typing
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import Any, TypeVar

from mediadiff.models import ArgumentTypeError, Article, InvalidArgument

F = TypeVar("F", bound=Callable[..., Any])
UNIT_NAMES = ("threshold", "floor")  # parameters named like this are similarities in [0, 1]
DAY_NAMES = ("days",)  # parameters named like this are time windows: 0 or more, inf meaning no limit


def usable_cores() -> int:
    """The cores this process may run on: its CPU affinity on Linux, else the machine's count."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def checked(func: F) -> F:
    """``func`` with its arguments checked against its annotations (see the module docstring)."""
    if not callable(func) or isinstance(func, type):
        return func

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        bound, hints = _bound(func, args, kwargs)
        changed = False
        for name, value in bound.arguments.items():
            if name not in hints:
                continue
            listed = _as_sequence(value, hints[name])
            if listed is not value:
                bound.arguments[name], value, changed = listed, listed, True
            _check(func.__name__, name, value, hints[name])
        return func(*bound.args, **bound.kwargs) if changed else func(*args, **kwargs)

    return typing.cast(F, wrapper)


@functools.cache
def _hints(func: Callable[..., Any]) -> tuple[Any, dict[str, Any]]:
    import inspect  # only when a checked function is first called

    hints = {}
    for name, annotation in getattr(func, "__annotations__", {}).items():
        try:  # one by one: an annotation naming a lazily imported type (numpy's) is simply not checked
            hints[name] = eval(annotation, func.__globals__) if isinstance(annotation, str) else annotation
        except Exception:  # noqa: BLE001
            continue
    return inspect.signature(func), hints


def _bound(func: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Any, dict[str, Any]]:
    signature, hints = _hints(func)
    try:
        return signature.bind(*args, **kwargs), hints
    except TypeError as error:
        raise ArgumentTypeError(f"{func.__name__}(): {error}") from None


def _as_sequence(value: Any, hint: Any) -> Any:
    """``value`` as a tuple where a sequence of articles is wanted and ``value`` is another iterable of them.

    A Corpus, a generator or a dict's values are as good an article list as a list: every function that
    takes articles takes any iterable of ``Article`` (the functions that index it get a tuple). Anything
    else is returned unchanged, for ``_problem`` to judge.
    """
    origin, members = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        for member in members:
            listed = _as_sequence(value, member)
            if listed is not value:
                return listed
        return value
    if origin not in (list, tuple, Sequence) or not members or members[0] is not Article:
        return value
    if value is None or isinstance(value, (str, bytes, Mapping, Article, Sequence)) or not isinstance(value, Iterable):
        return value
    return tuple(value)


def _check(function: str, name: str, value: Any, hint: Any) -> None:
    problem = _problem(name, value, hint)
    if problem:
        kind, message = problem
        raised = InvalidArgument if kind is ValueError else ArgumentTypeError
        raise raised(f"{function}() argument {name!r} {message}")


def _problem(name: str, value: Any, hint: Any) -> tuple[type[Exception], str] | None:
    origin, members = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in members:
            return None
        problems = [_problem(name, value, m) for m in members if m is not type(None)]
        if any(p is None for p in problems):
            return None
        return next((p for p in problems if p and p[0] is ValueError), problems[0] if problems else None)
    if hint is Article:
        return None if isinstance(value, Article) else (TypeError, f"must be an Article, not {_kind(value)} "
                                                        "(get one with mediadiff.load_corpus(...)['001'])")
    if hint is str:
        return None if isinstance(value, str) else (TypeError, f"must be text (str), not {_kind(value)}")
    if origin is os.PathLike or hint is os.PathLike:
        return None if isinstance(value, os.PathLike) else (TypeError, f"must be a path, not {_kind(value)}")
    if hint is bool:
        return None if isinstance(value, bool) else (TypeError, f"must be True or False, not {_kind(value)}")
    if hint is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
        return None if ok else (TypeError, f"must be an integer, not {_kind(value)}")
    if hint is float:
        return _number_problem(name, value)
    if origin is Callable or hint is Callable:  # compare(aligner="nope") failed inside: "'str' object is not callable"
        return None if callable(value) else (TypeError, f"must be a function, not {_kind(value)}")
    # typing.Any is a class since Python 3.11, and isinstance() refuses it: Iterable[Any] checks only the iterable.
    if origin is not None and members and isinstance(members[0], type) and _is_collection(origin):
        if members[0] is Any:
            ok = value is not None and not isinstance(value, (str, bytes)) and isinstance(value, Iterable)
            return None if ok else (TypeError, f"must be a list, not {_kind(value)}")
        return _collection_problem(value, members[0], sequence=origin in (list, tuple, Sequence))
    if isinstance(hint, type) and hint not in (object, Any) and typing.get_origin(hint) is None:
        return None if isinstance(value, hint) else (TypeError, f"must be a {hint.__name__}, not {_kind(value)}")
    return None


def _number_problem(name: str, value: Any) -> tuple[type[Exception], str] | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return TypeError, f"must be a number, not {_kind(value)}"
    days = any(word in name for word in DAY_NAMES)
    if math.isnan(value) or not math.isfinite(value) and not (days and value > 0):
        return ValueError, f"must be a finite number, not {value}"
    if days and value < 0:
        return ValueError, f"must be 0 or more (days), not {value}"
    if any(word in name for word in UNIT_NAMES) and not 0 <= value <= 1:
        return ValueError, f"must be between 0 and 1, not {value}"
    return None


def _is_collection(origin: Any) -> bool:
    return origin in (list, tuple, Sequence, Iterable, Collection)


def _collection_problem(value: Any, item_type: type, *, sequence: bool) -> tuple[type[Exception], str] | None:
    """A list (or other iterable) of ``item_type``: never None or a string; a list's items are all checked.

    Where a sequence of articles is wanted, a Corpus or a generator has already been made a tuple
    (``_as_sequence``); a sequence of anything else must be a list or tuple.
    """
    wanted = f"a list of {item_type.__name__} objects"
    if item_type is str:
        if value is None or isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
            return TypeError, f"must be a list of texts, not {_kind(value)}"
    elif value is None or isinstance(value, (str, bytes, Mapping, item_type)) or not isinstance(value, Iterable):
        return TypeError, f"must be {wanted}, not {_kind(value)}"
    if sequence and not isinstance(value, Sequence):
        return TypeError, f"must be {wanted} (a list or tuple), not {_kind(value)}"
    if isinstance(value, (list, tuple)):
        for item in value:
            if not isinstance(item, item_type):
                return TypeError, f"must hold {item_type.__name__} objects only, not {_kind(item)}"
    return None


def _kind(value: Any) -> str:
    if value is None:
        return "None"
    text = repr(value)
    return f"{type(value).__name__} {text[:40] + '…' if len(text) > 40 else text}"
