"""Average linkage over a bounded, time-windowed graph of similar pairs.

Never all pairs: a blocked sparse product finds each article's similar partners
(cosine at least ``threshold * FLOOR_RATIO``), each keeps at most
``max(MAX_NEIGHBOURS, EDGE_BUDGET / n)`` of them, and two articles whose
publication days are both known and further apart than ``window_days`` are
never linked (an event has a time window). Groups then merge, most similar first,
while the mean similarity between them is at least ``threshold``; pairs missing
from the graph count as 0. Deterministic: ties break on the lower index.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from mediadiff.events.params import EDGE_BUDGET, MAX_NEIGHBOURS

if TYPE_CHECKING:
    import numpy as np

__all__ = ["average_linkage", "neighbour_graph"]

_BLOCK_CELLS = 2_000_000  # rows x corpus size per sparse product block: bounds its memory


def neighbour_graph(
    matrix: Any,
    floor: float,
    *,
    days: Sequence[float] | None = None,
    window_days: float | None = None,
    max_neighbours: int | None = None,
    rows: range | None = None,
) -> list[dict[int, float]]:
    """Similar partners of every row: ``graph[i][j]`` = cosine, symmetric, pairs >= ``floor`` only.

    ``rows`` limits the search to those rows as sources (their partners may be any row);
    the Dask engine uses it to split the search into blocks of rows.
    """
    import numpy as np

    n = matrix.shape[0]
    if max_neighbours is None:
        max_neighbours = max(MAX_NEIGHBOURS, EDGE_BUDGET // max(n, 1))
    day = np.array([np.nan if d is None else d for d in days], dtype=float) if days is not None else None
    graph: list[dict[int, float]] = [{} for _ in range(n)]
    transposed = matrix.T.tocsc()
    rows = rows if rows is not None else range(n)
    block = max(1, _BLOCK_CELLS // max(n, 1))
    for lo in range(rows.start, rows.stop, block):
        hi = min(lo + block, rows.stop)
        product = (matrix[lo:hi] @ transposed).tocsr()
        for offset in range(product.shape[0]):
            i = lo + offset
            start, end = product.indptr[offset], product.indptr[offset + 1]
            cols, sims = product.indices[start:end], product.data[start:end]
            keep = (sims >= floor) & (cols != i)
            if day is not None and window_days is not None and not np.isnan(day[i]):
                gap = np.abs(day[cols] - day[i])
                keep &= ~(gap > window_days)  # unknown days (nan) never exclude a pair
            cols, sims = cols[keep], sims[keep]
            if len(sims) > max_neighbours:
                top = np.argpartition(-sims, max_neighbours - 1)[:max_neighbours]
                cols, sims = cols[top], sims[top]
            for j, s in zip(cols.tolist(), sims.tolist()):
                graph[i][j] = s
    return _symmetric(graph)


def _symmetric(graph: list[dict[int, float]]) -> list[dict[int, float]]:
    """A pair kept by either side is kept for both."""
    for i, partners in enumerate(graph):
        for j, s in list(partners.items()):
            graph[j].setdefault(i, s)
    return graph


def average_linkage(graph: list[dict[int, float]], threshold: float) -> np.ndarray:
    """Group labels (0-based, in order of each group's first member) from a neighbour graph."""
    import numpy as np

    n = len(graph)
    neighbours = [dict(partners) for partners in graph]
    heap = [(-s, i, j) for i, partners in enumerate(neighbours) for j, s in partners.items() if i < j]
    heapq.heapify(heap)
    size = [1] * n
    members: list[list[int]] = [[i] for i in range(n)]
    while heap:
        negative, a, b = heapq.heappop(heap)
        if not size[a] or not size[b] or b not in neighbours[a]:
            continue
        mean = neighbours[a][b] / (size[a] * size[b])
        if mean != -negative:
            continue  # a newer entry for this pair is in the heap
        if mean < threshold:
            break
        if len(neighbours[a]) < len(neighbours[b]):
            a, b = b, a
        for x, s in neighbours[b].items():
            if x != a:
                total = neighbours[a].get(x, 0.0) + s
                neighbours[a][x] = total
                neighbours[x][a] = total
                del neighbours[x][b]
        del neighbours[a][b]
        neighbours[b] = {}
        size[a] += size[b]
        size[b] = 0
        members[a] += members[b]
        members[b] = []
        for x, total in neighbours[a].items():
            heapq.heappush(heap, (-(total / (size[a] * size[x])), min(a, x), max(a, x)))
    labels = np.empty(n, dtype=int)
    groups = sorted((sorted(g) for g in members if g), key=lambda g: g[0])
    for label, group in enumerate(groups):
        labels[group] = label
    return labels
