"""Run one function over many articles: in this process, on a process pool, or on Dask.

``map_articles`` is what ``--jobs N --engine local|dask --scheduler ADDRESS``
mean, as a library function. Results always come back in input order, and the
input is consumed lazily in chunks with a bounded number in flight, so a
stream of 100,000 articles never sits in memory at once.

The function and the items travel to worker processes by pickling: pass a
module-level function (or a ``functools.partial`` of one), not a lambda.

Dask is optional (``pip install 'mediadiff[dask]'``) and imported only when the
dask engine is asked for.
"""

from __future__ import annotations

import re
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any, TypeVar

from mediadiff.checks import usable_cores
from mediadiff.models import ArgumentTypeError, InvalidArgument, MediadiffError
from mediadiff.scale.params import MAX_JOBS

__all__ = ["ENGINES", "DASK_MISSING", "map_articles", "resolve_jobs", "check_scheduler_address", "worker_pool"]

T = TypeVar("T")
R = TypeVar("R")

ENGINES = ("local", "dask")
DEFAULT_CHUNKSIZE = 16  # articles per task: scoring one takes milliseconds, so batch to amortise pickling
IN_FLIGHT_PER_WORKER = 2  # chunks queued per worker: enough to keep it busy, few enough to keep memory flat
DASK_MISSING = "the dask engine needs: pip install 'mediadiff[dask]'"


def resolve_jobs(jobs: int) -> int:
    """The number of worker processes for ``jobs``: itself when >= 1, every usable core for 0.

    Raises ``InvalidArgument`` (a ``ValueError``) for a negative number or more than ``MAX_JOBS``,
    ``ArgumentTypeError`` (a ``TypeError``) for what is not an integer.
    """
    if isinstance(jobs, bool) or not isinstance(jobs, int):
        raise ArgumentTypeError(f"jobs must be an integer, not {type(jobs).__name__}")
    if jobs < 0 or jobs > MAX_JOBS:
        raise InvalidArgument(f"jobs must be between 0 (every core) and {MAX_JOBS}, not {jobs}")
    if jobs >= 1:
        return jobs
    return usable_cores()


def map_articles(
    func: Callable[[T], R],
    articles: Iterable[T],
    *,
    jobs: int = 1,
    chunksize: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
) -> Iterator[R]:
    """``func(article)`` for every item of ``articles``, in input order, as an iterator.

    ``engine="local"``: ``jobs=1`` runs in this process (no pool, nothing
    pickled); ``jobs>1`` uses that many processes (``ProcessPoolExecutor``,
    at most ``MAX_JOBS``); ``jobs=0`` uses every core. ``engine="dask"``: ``dask.bag`` over batches
    of the input, on ``scheduler`` (a ``distributed`` address such as
    ``"tcp://10.0.0.5:8786"``, whose workers must have mediadiff installed) or,
    when ``None``, on ``jobs`` local processes (``jobs=1``: Dask's synchronous
    scheduler). Items may be articles, file paths or anything ``func`` takes.

    ``chunksize`` is the number of items per task (default 16). Raises
    ``MediadiffError`` when the dask engine is asked for without Dask installed,
    and ``InvalidArgument`` (a ``ValueError``) for an unknown engine or a scheduler without Dask; both
    at the call, before any item is read.
    """
    if engine not in ENGINES:
        raise InvalidArgument(f"engine must be one of {', '.join(ENGINES)}, not {engine!r}")
    if scheduler and engine != "dask":
        raise InvalidArgument("a scheduler address needs engine='dask'")
    if scheduler is not None:
        check_scheduler_address(scheduler)
    resolve_jobs(jobs)  # a bad value fails here, before any item is read
    if chunksize is not None and chunksize < 1:
        raise InvalidArgument(f"chunksize must be at least 1, not {chunksize}")
    size = chunksize or DEFAULT_CHUNKSIZE
    if engine == "dask":
        _require_dask(distributed=bool(scheduler))
        return _dask_map(func, articles, jobs=jobs, chunksize=size, scheduler=scheduler)
    workers = resolve_jobs(jobs)
    if workers == 1:
        return map(func, articles)
    return _pool_map(func, articles, workers=workers, chunksize=size)


# tcp://host:port and the other schemes distributed speaks; a bare host:port means tcp.
_SCHEDULER_ADDRESS = re.compile(r"(?:(?:tcp|tls|inproc|ucx|ws|wss)://)?(?:\[[0-9A-Fa-f:.%]+\]|[A-Za-z0-9._\-]+)"
                                r"(?::\d{1,5})?(?:/[\w.\-]+)*/?")


def check_scheduler_address(address: str) -> str:
    """``address`` when it looks like a Dask scheduler address (``tcp://10.0.0.5:8786``), else ``ValueError``."""
    if not isinstance(address, str) or not _SCHEDULER_ADDRESS.fullmatch(address.strip()):
        shown = repr(address)[:80]
        raise InvalidArgument(f"{shown} is not a Dask scheduler address; expected tcp://HOST:PORT (e.g. tcp://10.0.0.5:8786)")
    return address.strip()


def _ignore_interrupts() -> None:
    # Ctrl-C reaches every process of the terminal's group; the main process alone handles it
    # (exit status 130), so workers do not each print a KeyboardInterrupt traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def worker_pool(workers: int) -> Any:
    """A process pool whose workers leave Ctrl-C to the main process."""
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(max_workers=workers, initializer=_ignore_interrupts)


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _apply(func: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [func(item) for item in chunk]


def _pool_map(func: Callable[[T], R], items: Iterable[T], *, workers: int, chunksize: int) -> Iterator[R]:
    from concurrent.futures import Future

    pending: deque[Future[list[R]]] = deque()
    pool = worker_pool(workers)
    try:
        for chunk in _chunks(items, chunksize):
            pending.append(pool.submit(_apply, func, chunk))
            if len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        # Also reached when the consumer stops early: drop queued work instead of finishing it.
        pool.shutdown(wait=True, cancel_futures=True)


def _require_dask(*, distributed: bool) -> None:
    try:
        import dask.bag  # noqa: F401

        if distributed:
            import distributed as _  # noqa: F401
    except ImportError:
        raise MediadiffError(DASK_MISSING) from None


def _dask_map(
    func: Callable[[T], R], items: Iterable[T], *, jobs: int, chunksize: int, scheduler: str | None
) -> Iterator[R]:
    import dask.bag as db

    pool: Any = None
    client: Any = None
    if scheduler:
        from distributed import Client

        client = Client(scheduler)
        workers = max(1, sum(client.nthreads().values()))
        options: dict[str, Any] = {"scheduler": client}
    elif resolve_jobs(jobs) == 1:
        workers, options = 1, {"scheduler": "sync"}
    else:
        workers = resolve_jobs(jobs)
        # One pool for the whole stream: left to itself Dask would start (spawn) a pool per compute.
        pool = worker_pool(workers)
        options = {"scheduler": "processes", "pool": pool, "num_workers": workers}
    try:
        # Each batch is one bag, so memory holds one batch of items and results, not the corpus.
        for batch in _chunks(items, chunksize * workers * IN_FLIGHT_PER_WORKER):
            bag = db.from_sequence(batch, partition_size=chunksize)
            yield from bag.map(func).compute(**options)
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
        if client is not None:
            client.close()
