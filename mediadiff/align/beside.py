"""One call run in a second process while this one goes on with other work.

``beside(func, *args)`` forks a child that computes ``func(*args)`` and sends the
pickled result back through a pipe; ``.result()`` waits for it. It exists for
work that splits into two independent halves of similar cost, such as reading
the quotes of two articles while their sentences are aligned (``compare``).

The child is forked, not spawned: it starts in a millisecond or so holding
everything the caller already loaded, and nothing is pickled on the way in.
Forking is only safe in a process whose other threads hold no locks the child
could need, so this is used where the caller asks for it (``jobs``), on Linux,
and never inside a caller that runs threads of its own. Wherever the fork is
not possible or the child does not deliver (it died, or ``func`` raised), the
call runs here instead, so its result and its exceptions are exactly what the
plain call gives.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

R = TypeVar("R")

__all__ = ["Beside", "beside", "can_fork"]


def can_fork() -> bool:
    """Whether a child may be forked here: Linux (macOS's system libraries are not fork-safe), a
    single thread (a lock held by another thread at the fork stays held in the child for ever)."""
    return sys.platform.startswith("linux") and hasattr(os, "fork") and threading.active_count() == 1


class Beside(Generic[R]):
    """``func(*args)``, computed in a forked child when possible; ``result()`` returns it."""

    def __init__(self, func: Callable[..., R], args: tuple[Any, ...], *, fork: bool) -> None:
        self._func, self._args = func, args
        self._pid = 0
        self._reader = -1
        if fork and can_fork():
            self._start()

    def _start(self) -> None:
        for stream in (sys.stdout, sys.stderr):  # what is buffered would otherwise be in both processes' buffers
            try:
                if stream is not None:
                    stream.flush()
            except (OSError, ValueError):  # closed, or a broken pipe: the plain write reports it later
                pass
        try:
            reader, writer = os.pipe()
        except OSError:  # out of file descriptors: the call runs here
            return
        try:
            pid = os.fork()
        except OSError:  # a process limit: the call runs here
            os.close(reader)
            os.close(writer)
            return
        if pid == 0:  # the child: compute, send, leave without running the parent's exit handlers
            status = 1
            try:
                os.close(reader)
                signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
                payload = pickle.dumps(self._func(*self._args), protocol=pickle.HIGHEST_PROTOCOL)
                with os.fdopen(writer, "wb") as pipe:
                    pipe.write(payload)
                status = 0
            except BaseException:  # noqa: BLE001 - the parent re-runs the call and raises it there
                pass
            finally:
                os._exit(status)
        os.close(writer)
        self._pid, self._reader = pid, reader

    def result(self) -> R:
        """The call's result: the child's when it delivered, else computed here."""
        if self._pid:
            payload, status = self._collect()
            if status == 0:
                try:
                    return pickle.loads(payload)  # noqa: S301 - bytes from our own child process
                except Exception:  # noqa: BLE001 - a truncated payload: compute it here instead
                    pass
        return self._func(*self._args)

    def _collect(self) -> tuple[bytes, int]:
        chunks = []
        reader, self._reader = self._reader, -1  # the file object below owns it, closed even when interrupted
        with os.fdopen(reader, "rb") as pipe:
            while chunk := pipe.read(1 << 16):
                chunks.append(chunk)
        _, status = os.waitpid(self._pid, 0)
        self._pid = 0
        return b"".join(chunks), status

    def cancel(self) -> None:
        """Stop the child if it is still running (the caller gave up before asking for the result, or
        was interrupted while waiting for it)."""
        if not self._pid:
            return
        pid, self._pid = self._pid, 0
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        try:
            if self._reader >= 0:
                os.close(self._reader)
                self._reader = -1
        finally:
            os.waitpid(pid, 0)

    def __enter__(self) -> Beside[R]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.cancel()


def beside(func: Callable[..., R], *args: Any, fork: bool = True) -> Beside[R]:
    """Start ``func(*args)`` in a forked child (when ``fork`` and the platform allow it); use as a
    context manager so the child is stopped if the caller fails before asking for ``result()``."""
    return Beside(func, args, fork=fork)
