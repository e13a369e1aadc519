"""Average linkage over a bounded, time-windowed graph of similar pairs.

Never all pairs: a blocked sparse product finds each article's similar partners
(cosine at least ``threshold * FLOOR_RATIO``), each keeps at most
``max(MAX_NEIGHBOURS, EDGE_BUDGET / n)`` of them, and two articles whose
publication days are both known and further apart than ``window_days`` are
never linked (an event has a time window). Groups then merge, most similar first,
while the mean similarity between them is at least ``threshold``; pairs missing
from the graph count as 0. Deterministic: ties break on the lower index.

The graph is a symmetric scipy csr matrix (row ``i`` holds ``i``'s partners and their
cosines), built from numpy arrays: a million pairs take 12 bytes each, not the
hundred or so of a Python dict entry with its float.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from mediadiff.events.params import EDGE_BUDGET, MAX_NEIGHBOURS

if TYPE_CHECKING:
    import numpy as np

__all__ = [
    "average_linkage", "compact_rows", "compact_terms", "graph_from_partners", "neighbour_graph", "partners",
    "symmetric_graph",
]

_BLOCK_CELLS = 2_000_000  # rows x corpus size per sparse product block: bounds its memory


def neighbour_graph(
    matrix: Any,
    floor: float,
    *,
    days: Sequence[float | None] | None = None,
    window_days: float | None = None,
    max_neighbours: int | None = None,
) -> Any:
    """Similar partners of every row: a symmetric csr matrix, ``graph[i, j]`` = cosine, pairs >= ``floor`` only."""
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
) -> tuple[Any, Any, Any]:
    """(rows, partner rows, cosines), numpy arrays in no set order, for the rows ``rows = (start, stop)``
    (default: all), one side: each (row, partner) once.

    Each row keeps its ``max_neighbours`` most similar partners at or above ``floor``
    (default ``max(MAX_NEIGHBOURS, EDGE_BUDGET / n)``; among equal cosines the lower
    partner), none published more than ``window_days`` apart when both days are known.
    Rows can be searched in separate blocks (the Dask engine does) and joined with
    ``graph_from_partners``.
    """
    import numpy as np

    n = matrix.shape[0]
    if max_neighbours is None:
        max_neighbours = max(MAX_NEIGHBOURS, EDGE_BUDGET // max(n, 1))
    day = np.array([np.nan if d is None else d for d in days], dtype=float) if days is not None else None
    first, stop = rows if rows is not None else (0, n)
    found = []
    for block, candidates in _blocks(np.arange(first, stop), day, window_days, n):
        product = (matrix[block] @ matrix[candidates].T).tocsr()
        row = block[np.repeat(np.arange(len(block)), np.diff(product.indptr))]
        col, sims = candidates[product.indices], product.data
        keep = (sims >= floor) & (col != row)
        if day is not None and window_days is not None:
            keep &= ~(np.abs(day[col] - day[row]) > window_days)  # unknown days (nan) never exclude a pair
        row, col, sims = row[keep], col[keep], sims[keep]
        # Most similar first within each row, the lower partner first among equals; keep the first few.
        order = np.lexsort((col, -sims, row))
        row, col, sims = row[order], col[order], sims[order]
        starts = np.flatnonzero(np.r_[True, row[1:] != row[:-1]]) if len(row) else np.zeros(0, dtype=np.int64)
        rank = np.arange(len(row)) - np.repeat(starts, np.diff(np.r_[starts, len(row)]))
        keep = rank < max_neighbours
        found.append((row[keep].astype(np.int32), col[keep].astype(np.int32), sims[keep]))  # n < 2**31
    if not found:
        return np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.int32), np.zeros(0)
    return tuple(np.concatenate([part[k] for part in found]) for k in range(3))  # type: ignore[return-value]


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


def graph_from_partners(n: int, blocks: Sequence[tuple[Any, Any, Any]]) -> Any:
    """The symmetric graph (csr, ``n`` x ``n``) from the ``partners`` of every row: a pair kept by either side
    is kept for both (the two sides' cosines are equal: the same products summed in the same order)."""
    import numpy as np

    row, col, sims = (np.concatenate([np.zeros(0, dtype=dtype)] + [np.asarray(b[k], dtype=dtype) for b in blocks])
                      for k, dtype in enumerate((np.int32, np.int32, np.float64)))
    return symmetric_graph(n, row, col, sims)


def symmetric_graph(n: int, row: Any, col: Any, sims: Any) -> Any:
    """The csr graph holding every pair (row, col) both ways, each given at most once per direction (a pair
    given both ways has the same cosine both ways). Arrays all along: a pair costs a few bytes, not the
    hundred or so of a Python dict entry and its float."""
    import scipy.sparse as sp

    one_side = sp.csr_matrix((sims, (row, col)), shape=(n, n))
    graph = one_side.maximum(one_side.T).tocsr()
    graph.sort_indices()
    return graph


def average_linkage(graph: Any, threshold: float) -> np.ndarray:
    """Group labels (0-based, in order of each group's first member) from a neighbour graph (csr, symmetric).

    The pair of groups with the highest mean similarity merges first (ties: the lower
    indices), the merged group keeping the index of the one with more neighbours. Only
    pairs at or above ``threshold`` are queued (a lower one could only leave the queue
    after every pair at or above it, when merging stops), and after a merge only the
    pairs whose mean can have reached it are re-examined: those whose sum grew (the
    absorbed group's neighbours) and those already at or above it (a larger group
    lowers every other mean). The merges, and so the groups, are those of re-examining
    every neighbour and queueing every pair.
    """
    import numpy as np

    n = graph.shape[0]
    neighbours = _neighbour_dicts(graph)
    size = [1] * n
    members: list[list[int]] = [[i] for i in range(n)]
    # Groups of two or more: the neighbours whose mean with the group may be >= threshold (a superset).
    hot: dict[int, set[int]] = {}
    queue: list[tuple[float, int, int]] = []
    initial = _strong_pairs(graph, threshold)  # the graph's own pairs, already in queue order
    upcoming = next(initial, None)
    while queue or upcoming is not None:
        if upcoming is not None and (not queue or upcoming < queue[0]):
            (negative, a, b), upcoming = upcoming, next(initial, None)
        else:
            negative, a, b = heapq.heappop(queue)
        if not size[a] or not size[b] or b not in neighbours[a]:
            continue
        if neighbours[a][b] / (size[a] * size[b]) != -negative:
            continue  # a newer entry for this pair is in the queue
        if len(neighbours[a]) < len(neighbours[b]):
            a, b = b, a
        near_a, near_b = neighbours[a], neighbours[b]
        recheck = hot.pop(a, None)
        if recheck is not None:
            recheck.update(near_b)
        for x, s in near_b.items():
            if x != a:
                total = near_a.get(x, 0.0) + s
                near_a[x] = total
                near_x = neighbours[x]
                near_x[a] = total
                del near_x[b]
        del near_a[b]
        neighbours[b] = {}
        hot.pop(b, None)
        size[a] += size[b]
        size[b] = 0
        members[a] += members[b]
        members[b] = []
        hot[a] = _queue_pairs(queue, a, near_a, size, threshold, hot, near_a if recheck is None else recheck)
    labels = np.empty(n, dtype=int)
    groups = sorted((sorted(g) for g in members if g), key=lambda g: g[0])
    for label, group in enumerate(groups):
        labels[group] = label
    return labels


def _queue_pairs(queue: list[tuple[float, int, int]], a: int, near_a: dict[int, float], size: list[int],
                 threshold: float, hot: dict[int, set[int]], candidates: Any) -> set[int]:
    """Queue group ``a`` with each of ``candidates`` whose mean reaches ``threshold``; those neighbours."""
    reached = set()
    size_a = size[a]
    for x in candidates:
        total = near_a.get(x)
        if total is None:
            continue  # merged into another group since, or ``a`` itself
        mean = total / (size_a * size[x])
        if mean >= threshold:
            heapq.heappush(queue, (-mean, min(a, x), max(a, x)))
            reached.add(x)
            if x in hot:
                hot[x].add(a)
    return reached


def _neighbour_dicts(graph: Any) -> list[dict[int, float]]:
    """Each row's partners and cosines as a dict (merging adds and removes partners)."""
    graph = graph.tocsr()
    bounds = graph.indptr.tolist()
    cols, sims = graph.indices.tolist(), graph.data.tolist()
    return [dict(zip(cols[bounds[i] : bounds[i + 1]], sims[bounds[i] : bounds[i + 1]])) for i in range(graph.shape[0])]


def _strong_pairs(graph: Any, threshold: float) -> Any:
    """(-cosine, i, j) for every pair i < j at or above ``threshold``, in queue order, a chunk at a time."""
    import numpy as np

    graph = graph.tocsr()
    row = np.repeat(np.arange(graph.shape[0]), np.diff(graph.indptr))
    strong = (graph.data >= threshold) & (graph.indices > row)
    negative, row, col = -graph.data[strong], row[strong], graph.indices[strong].astype(np.int64)
    order = np.lexsort((col, row, negative))
    negative, row, col = negative[order], row[order], col[order]
    for lo in range(0, len(order), 65_536):
        yield from zip(negative[lo : lo + 65_536].tolist(), row[lo : lo + 65_536].tolist(),
                       col[lo : lo + 65_536].tolist())


def compact_rows(matrix: Any, rows: Sequence[int]) -> Any:
    """``matrix[rows]`` without the columns none of them uses: the same values in the same order.

    Work on a group then costs what the group holds, not the corpus's vocabulary (a transpose
    or a diagonal over every column, once per story, grew with the corpus times its stories).
    """
    import numpy as np
    import scipy.sparse as sp

    row, col, data, width = compact_terms(matrix, rows)
    indptr = np.concatenate([[0], np.cumsum(np.bincount(row, minlength=len(rows)))])
    # One column at least: rows without a term still make a matrix scikit-learn accepts.
    return sp.csr_matrix((data, col, indptr), shape=(len(rows), width))


def compact_terms(matrix: Any, rows: Sequence[int]) -> tuple[Any, Any, Any, int]:
    """``compact_rows`` as arrays: (row, column, value) of every stored term, in storage order, and the
    number of columns (one at least)."""
    import numpy as np

    matrix = matrix.tocsr()
    starts, ends = matrix.indptr[rows], matrix.indptr[np.asarray(rows, dtype=np.int64) + 1]
    lengths = ends - starts
    positions = np.repeat(starts - np.cumsum(lengths) + lengths, lengths) + np.arange(int(lengths.sum()))
    used, col = np.unique(matrix.indices[positions], return_inverse=True)
    return np.repeat(np.arange(len(rows)), lengths), col.reshape(-1), matrix.data[positions], max(len(used), 1)
