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

__all__ = ["average_linkage", "graph_from_partners", "neighbour_graph", "partners"]

_BLOCK_CELLS = 2_000_000  # rows x corpus size per sparse product block: bounds its memory


def neighbour_graph(
    matrix: Any,
    floor: float,
    *,
    days: Sequence[float | None] | None = None,
    window_days: float | None = None,
    max_neighbours: int | None = None,
) -> list[dict[int, float]]:
    """Similar partners of every row: ``graph[i][j]`` = cosine, symmetric, pairs >= ``floor`` only."""
    found = partners(matrix, floor, days=days, window_days=window_days, max_neighbours=max_neighbours)
    return graph_from_partners(matrix.shape[0], [found])


def partners(
    matrix: Any,
    floor: float,
    *,
    days: Sequence[float | None] | None = None,
    window_days: float | None = None,
    max_neighbours: int | None = None,
    rows: tuple[int, int] | None = None,
) -> list[tuple[int, list[int], list[float]]]:
    """(row, partner rows, cosines) for the rows ``rows = (start, stop)`` (default: all), one side only.

    Each row keeps its ``max_neighbours`` most similar partners at or above ``floor``
    (default ``max(MAX_NEIGHBOURS, EDGE_BUDGET / n)``), none published more than
    ``window_days`` apart when both days are known. Rows can be searched in separate
    blocks (the Dask engine does) and joined with ``graph_from_partners``.
    """
    import numpy as np

    n = matrix.shape[0]
    if max_neighbours is None:
        max_neighbours = max(MAX_NEIGHBOURS, EDGE_BUDGET // max(n, 1))
    day = np.array([np.nan if d is None else d for d in days], dtype=float) if days is not None else None
    transposed = matrix.T.tocsc()
    first, stop = rows if rows is not None else (0, n)
    block = max(1, _BLOCK_CELLS // max(n, 1))
    found = []
    for lo in range(first, stop, block):
        hi = min(lo + block, stop)
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
            found.append((i, cols.tolist(), sims.tolist()))
    return found


def graph_from_partners(n: int, blocks: Sequence[list[tuple[int, list[int], list[float]]]]) -> list[dict[int, float]]:
    """The symmetric graph from the ``partners`` of every row, blocks in row order."""
    graph: list[dict[int, float]] = [{} for _ in range(n)]
    for block in blocks:
        for i, cols, sims in block:
            graph[i].update(zip(cols, sims))
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
