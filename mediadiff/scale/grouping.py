"""Grouping stories on Dask: the search for similar pairs runs on a cluster, in blocks of rows.

Vectors are built once here; the sparse matrix (and the publication days) go to the
workers once (``scatter``), each task finds the partners of one block of rows
(``events.linkage.partners``), and the blocks come back in row order, so the graph,
and therefore every story, event and id, is identical to the local engine's. The
linkage itself is sequential and runs here. Dask is imported only when used.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from mediadiff.events.grouping import group_stories
from mediadiff.events.linkage import graph_from_partners, partners
from mediadiff.models import Article, Story
from mediadiff.scale.parallel import _require_dask, resolve_jobs

__all__ = ["dask_search", "group_stories_on_dask"]

ROWS_PER_TASK = 2_000  # a block of rows per task: seconds of work, a few MiB of results


def group_stories_on_dask(
    articles: Sequence[Article], *, scheduler: str | None = None, jobs: int = 0, **options: Any
) -> tuple[Story, ...]:
    """``group_stories(articles, **options)`` with the pair search on Dask.

    ``scheduler``: a ``distributed`` address (``tcp://host:8786``, workers with mediadiff
    installed); ``None`` starts a local cluster of ``jobs`` processes (0: every core).
    """
    _require_dask(distributed=True)
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            return group_stories(articles, search=dask_search(client), **options)
    workers = resolve_jobs(jobs)
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with Client(cluster) as client:
            return group_stories(articles, search=dask_search(client), **options)


def dask_search(client: Any, *, rows_per_task: int = ROWS_PER_TASK) -> Any:
    """A ``search`` for ``group_stories`` that finds similar pairs on ``client``'s workers."""

    def search(matrix: Any, floor: float, *, days: Sequence[float | None] | None = None,
               window_days: float | None = None) -> Any:
        n = matrix.shape[0]
        shared_matrix, shared_days = client.scatter([matrix, list(days) if days is not None else None],
                                                    broadcast=True)
        futures = [
            client.submit(_block, shared_matrix, floor, shared_days, window_days, (lo, min(lo + rows_per_task, n)),
                          pure=False)
            for lo in range(0, n, rows_per_task)
        ]
        return graph_from_partners(n, client.gather(futures))

    return search


def _block(matrix: Any, floor: float, days: Any, window_days: float | None,
           rows: tuple[int, int]) -> tuple[Any, Any, Any]:
    return partners(matrix, floor, days=days, window_days=window_days, rows=rows)
