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

__all__ = ["average_linkage", "compact_rows", "graph_from_partners", "neighbour_graph", "partners"]

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
    first, stop = rows if rows is not None else (0, n)
    wanted = np.arange(first, stop)
    found = []
    for block, candidates in _blocks(wanted, day, window_days, n):
        product = (matrix[block] @ matrix[candidates].T).tocsr()
        for offset, i in enumerate(block.tolist()):
            start, end = product.indptr[offset], product.indptr[offset + 1]
            cols, sims = candidates[product.indices[start:end]], product.data[start:end]
            keep = (sims >= floor) & (cols != i)
            if day is not None and window_days is not None and not np.isnan(day[i]):
                gap = np.abs(day[cols] - day[i])
                keep &= ~(gap > window_days)  # unknown days (nan) never exclude a pair
            cols, sims = cols[keep], sims[keep]
            order = np.argsort(cols, kind="stable")  # the same partners whatever the blocking
            cols, sims = cols[order], sims[order]
            if len(sims) > max_neighbours:
                top = np.sort(np.argsort(-sims, kind="stable")[:max_neighbours])
                cols, sims = cols[top], sims[top]
            found.append((i, cols.tolist(), sims.tolist()))
    found.sort(key=lambda item: item[0])
    return found


def _blocks(wanted: Any, day: Any, window_days: float | None, n: int) -> Any:
    """(rows, candidate columns) to multiply: with known days, only columns inside the time window.

    Blocking by time keeps the product small when a corpus spans weeks or years; undated rows
    (and rows of corpora without dates) are compared with every column.
    """
    import numpy as np

    everything = np.arange(n)
    step = max(1, _BLOCK_CELLS // max(n, 1))
    if day is None or window_days is None:
        for lo in range(0, len(wanted), step):
            yield wanted[lo : lo + step], everything
        return
    undated_rows = wanted[np.isnan(day[wanted])]
    for lo in range(0, len(undated_rows), step):
        yield undated_rows[lo : lo + step], everything
    dated_rows = wanted[~np.isnan(day[wanted])]
    dated_rows = dated_rows[np.argsort(day[dated_rows], kind="stable")]
    all_dated = np.flatnonzero(~np.isnan(day))
    all_dated = all_dated[np.argsort(day[all_dated], kind="stable")]
    sorted_days = day[all_dated]
    undated = np.flatnonzero(np.isnan(day))
    lo = 0
    while lo < len(dated_rows):
        block = dated_rows[lo : lo + 256]
        low = np.searchsorted(sorted_days, day[block[0]] - window_days, side="left")
        high = np.searchsorted(sorted_days, day[block[-1]] + window_days, side="right")
        candidates = np.sort(np.concatenate([all_dated[low:high], undated]))
        size = max(1, min(len(block), _BLOCK_CELLS // max(len(candidates), 1)))
        yield block[:size], candidates
        lo += size


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


def compact_rows(matrix: Any, rows: Sequence[int]) -> Any:
    """``matrix[rows]`` without the columns none of them uses: the same values in the same order.

    Work on a group then costs what the group holds, not the corpus's vocabulary (a transpose
    or a diagonal over every column, once per story, grew with the corpus times its stories).
    """
    import numpy as np
    import scipy.sparse as sp

    matrix = matrix.tocsr()
    starts, ends = matrix.indptr[rows], matrix.indptr[np.asarray(rows) + 1]
    indices = np.concatenate([matrix.indices[a:b] for a, b in zip(starts.tolist(), ends.tolist(), strict=True)])
    data = np.concatenate([matrix.data[a:b] for a, b in zip(starts.tolist(), ends.tolist(), strict=True)])
    used, compact = np.unique(indices, return_inverse=True)
    indptr = np.concatenate([[0], np.cumsum(ends - starts)])
    # One column at least: rows without a term still make a matrix scikit-learn accepts.
    return sp.csr_matrix((data, compact.reshape(-1), indptr), shape=(len(rows), max(len(used), 1)))
