"""Maximum-weight one-to-one matching over a sparse bipartite graph.

``max_weight_matching`` splits the graph into connected components and solves
each exactly: small components with a pure-Python Hungarian algorithm, large
ones by successive shortest paths over their edges only (``_sparse_matching``:
milliseconds for a component of a few hundred sentences, memory linear in the
edges). When a large component has several optima of equal weight (duplicate
sentences), scipy's sparse LAPJVsp (``min_weight_full_bipartite_matching``)
solves it, so ties are broken as they always were; otherwise the optimum is
unique and the two solvers agree. Importing scipy.sparse.csgraph costs about
0.4 s of CPU, more than aligning two 1,000-sentence articles takes, so
``compare`` imports it only for such ties. ``nearest_partners`` gives each
node its best edge (the aligner's nearest candidate of each sentence).
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Mapping

# Components with at most this many nodes on their larger side are solved by the dense Hungarian
# algorithm (O(k^3); 40 takes about 10 ms); larger ones by the sparse one.
SMALL_COMPONENT = 40
_INF = float("inf")
# Reduced costs this close to zero count as ties (weights are cosines; float error is about 1e-15).
TIE = 1e-9


def max_weight_matching(weights: Mapping[tuple[int, int], float]) -> list[tuple[int, int]]:
    """The one-to-one set of (left, right) edges with the largest total weight.

    ``weights`` maps an edge (left node, right node) to a positive weight;
    edges with weight <= 0 are never taken. Returns the chosen edges sorted.
    Exact (not greedy): the answer is a maximum-weight matching.
    """
    edges = {edge: w for edge, w in weights.items() if w > 0}
    chosen: list[tuple[int, int]] = []
    for component in _components(edges):
        if len(component) == 1:
            chosen.extend(component)
            continue
        lefts = sorted({i for i, _ in component})
        rights = sorted({j for _, j in component})
        if max(len(lefts), len(rights)) <= SMALL_COMPONENT:
            chosen.extend(_hungarian(lefts, rights, {e: edges[e] for e in component}))
        else:
            part = {e: edges[e] for e in component}
            # Equal-weight optima are broken as scipy breaks them, so results do not depend on the solver.
            found = _sparse_matching(lefts, rights, part)
            chosen.extend(_scipy_matching(lefts, rights, part) if found is None else found)
    return sorted(chosen)


def nearest_partners(scores: Mapping[tuple[int, int], float]
                     ) -> tuple[dict[int, tuple[float, int]], dict[int, tuple[float, int]]]:
    """Each node's best edge on either side, as (weight, -other node): the highest weight (the aligner's are
    cosines, in [0, 1]), the lower other node on a tie. Plain comparisons, not ``max`` of a new tuple per
    edge: the aligner reads every candidate pair after each pass (about 7,600 at 1,000 sentences)."""
    nearest_a: dict[int, tuple[float, int]] = {}
    nearest_b: dict[int, tuple[float, int]] = {}
    for (i, j), score in scores.items():
        here = nearest_a.get(i)
        if here is None or score > here[0] or score == here[0] and -j > here[1]:
            nearest_a[i] = (score, -j)
        here = nearest_b.get(j)
        if here is None or score > here[0] or score == here[0] and -i > here[1]:
            nearest_b[j] = (score, -i)
    return nearest_a, nearest_b


def _components(edges: Mapping[tuple[int, int], float]) -> list[list[tuple[int, int]]]:
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(x: tuple[str, int]) -> tuple[str, int]:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in edges:
        root_a, root_b = find(("a", i)), find(("b", j))
        if root_a != root_b:
            parent[root_a] = root_b
    groups: dict[tuple[str, int], list[tuple[int, int]]] = defaultdict(list)
    for i, j in edges:
        groups[find(("a", i))].append((i, j))
    return list(groups.values())


def _hungarian(lefts: list[int], rights: list[int], edges: Mapping[tuple[int, int], float]
               ) -> list[tuple[int, int]]:
    """Exact maximum-weight matching of a small component (Hungarian, potentials form).

    Solved as a square assignment with zero-weight slots for "unmatched",
    so no real edge of weight <= 0 is ever taken.
    """
    n = len(lefts) + len(rights)
    col = {j: k for k, j in enumerate(rights)}
    row = {i: k for k, i in enumerate(lefts)}
    # cost[r][c]: rows = lefts then one dummy per right; columns = rights then one dummy per left.
    top = max(edges.values())
    inf = float("inf")
    cost = [[inf] * n for _ in range(n)]
    for r in range(len(lefts)):
        cost[r][len(rights) + r] = top
    for (i, j), w in edges.items():
        cost[row[i]][col[j]] = top - w
    for r in range(len(lefts), n):
        for c in range(n):
            cost[r][c] = top
    assignment = _assign(cost)
    return [(lefts[r], rights[c]) for r, c in enumerate(assignment[: len(lefts)])
            if c < len(rights) and (lefts[r], rights[c]) in edges]


def _assign(cost: list[list[float]]) -> list[int]:
    """Column of each row in a minimum-cost assignment of a square matrix (Jonker-Volgenant style)."""
    n = len(cost)
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (n + 1)
    p = [0] * (n + 1)
    way = [0] * (n + 1)
    for row in range(1, n + 1):
        p[0] = row
        j0 = 0
        minv = [inf] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            costs = cost[i0 - 1]
            for j in range(1, n + 1):
                if not used[j]:
                    cur = costs[j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(n + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    result = [0] * n
    for j in range(1, n + 1):
        result[p[j] - 1] = j - 1
    return result


def _sparse_matching(lefts: list[int], rights: list[int], edges: Mapping[tuple[int, int], float]
                     ) -> list[tuple[int, int]] | None:
    """Exact maximum-weight matching of a large component: successive shortest paths over its edges only.

    Each left node in turn is added to an optimal matching of the nodes before
    it by the cheapest augmenting path (Dijkstra on reduced costs, with node
    potentials keeping them non-negative), as in the Hungarian method but
    touching only the component's edges, so a component of a few hundred
    sentences with a few edges each is solved in milliseconds without scipy
    (importing scipy.sparse.csgraph costs about 0.4 s, more than the matching of
    a 1,000-sentence article). "Unmatched" is a private zero-weight option of
    every left node: costs are -weight, so no edge of weight <= 0 is taken.
    """
    col_of = {j: k for k, j in enumerate(rights)}
    row_of = {i: k for k, i in enumerate(lefts)}
    out: list[list[tuple[int, float]]] = [[] for _ in lefts]  # (column, cost) of each row's edges
    for (i, j), w in edges.items():
        out[row_of[i]].append((col_of[j], -w))
    n_right = len(rights)
    # u: row potentials, v: column potentials; reduced cost c - u - v >= 0, 0 on matched edges.
    u = [min(0.0, min((c for _, c in row), default=0.0)) for row in out]
    v = [0.0] * n_right
    row_of_col: list[int] = [-1] * n_right
    col_of_row: list[int] = [-1] * len(lefts)
    for start in range(len(lefts)):
        _augment(start, out, u, v, row_of_col, col_of_row)
    if _has_tie(out, u, v, col_of_row, row_of_col):
        return None
    return [(lefts[r], rights[c]) for r, c in enumerate(col_of_row) if c >= 0]


def _has_tie(out: list[list[tuple[int, float]]], u: list[float], v: list[float], col_of_row: list[int],
             row_of_col: list[int]) -> bool:
    """True when another matching may weigh the same as the one found.

    With optimal potentials, another optimum uses only edges of zero reduced
    cost ("tight") and differs from this one by rows trading columns along
    tight edges: a cycle of such trades, or a chain that starts at a row whose
    column may go unused (unmatched, or a column of zero potential) and ends at
    a row taking a free column or its own "unmatched" option. Without either,
    the optimum is unique and every exact solver returns it.
    """
    trades: dict[int, list[int]] = defaultdict(list)  # row -> rows whose column it could take at no cost
    ends: set[int] = set()
    for row, edges in enumerate(out):
        mine = col_of_row[row]
        if mine >= 0 and -u[row] <= TIE:
            ends.add(row)
        for col, cost in edges:
            if col != mine and cost - u[row] - v[col] <= TIE:
                if row_of_col[col] < 0:
                    ends.add(row)
                else:
                    trades[row].append(row_of_col[col])
    if not trades and not ends:
        return False
    starts = [row for row, col in enumerate(col_of_row) if col < 0 or v[col] >= -TIE]
    seen = set(starts)
    stack = list(starts)
    while stack:
        row = stack.pop()
        if row in ends:
            return True
        for nxt in trades.get(row, ()):
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return _has_cycle(trades)


def _has_cycle(arcs: Mapping[int, list[int]]) -> bool:
    """True when the directed graph ``arcs`` (node -> successors) has a cycle (iterative depth-first search)."""
    state: dict[int, int] = {}  # 1: on the current path, 2: finished
    for root in arcs:
        if root in state:
            continue
        state[root] = 1
        stack = [(root, iter(arcs[root]))]
        while stack:
            node, successors = stack[-1]
            for nxt in successors:
                if state.get(nxt) == 1:
                    return True
                if nxt not in state:
                    state[nxt] = 1
                    stack.append((nxt, iter(arcs.get(nxt, ()))))
                    break
            else:
                state[node] = 2
                stack.pop()
    return False


def _augment(start: int, out: list[list[tuple[int, float]]], u: list[float], v: list[float],
             row_of_col: list[int], col_of_row: list[int]) -> None:
    """Add row ``start`` to the matching along the cheapest augmenting path; update the potentials.

    A path ends at a free column or at a reached row's own "unmatched" option
    (reduced cost -u[row]): that row then gives up its column.
    """
    n_right = len(v)
    dist: dict[int, float] = {}  # tentative distance of a column (n_right + r: row r's "unmatched")
    came_from: dict[int, int] = {}  # the row a column was reached from
    heap: list[tuple[float, int]] = []
    done: dict[int, float] = {}  # final distance of each column taken off the heap
    reached = {start: 0.0}  # rows on the search tree, by the distance of the column they came through

    def relax(row: int, base: float) -> None:
        for col, cost in out[row]:
            if col not in done:
                d = base + cost - u[row] - v[col]
                if d < dist.get(col, _INF):
                    dist[col], came_from[col] = d, row
                    heapq.heappush(heap, (d, col))
        own = n_right + row
        d = base - u[row]
        if d < dist.get(own, _INF):
            dist[own], came_from[own] = d, row
            heapq.heappush(heap, (d, own))

    relax(start, 0.0)
    while True:
        d, col = heapq.heappop(heap)
        if col in done or d > dist[col]:
            continue
        done[col] = d
        if col >= n_right or row_of_col[col] < 0:
            break
        row = row_of_col[col]
        reached[row] = d
        relax(row, d)
    for c, dc in done.items():
        if c < n_right:
            v[c] -= d - dc
    for r, dr in reached.items():
        u[r] += d - dr
    # Augment: walk back from the end of the path, each row taking the column it reached.
    if col >= n_right:  # a reached row takes its "unmatched" option and gives up its column
        row = col - n_right
        col, col_of_row[row] = col_of_row[row], -1
        if row == start:
            return
    row = came_from[col]
    while True:
        previous = col_of_row[row]
        col_of_row[row] = col
        row_of_col[col] = row
        if row == start:
            return
        col = previous
        row = came_from[col]


def _scipy_matching(lefts: list[int], rights: list[int], edges: Mapping[tuple[int, int], float]
                    ) -> list[tuple[int, int]]:
    """Exact maximum-weight matching of a large component with scipy's sparse solver.

    Every left node gets a private "unmatched" column and every right node a
    private "unmatched" row, so a full matching always exists; all costs are
    shifted by a constant (every full matching has the same number of edges,
    so the shift changes no choice) to keep them positive, as the solver needs.
    """
    import numpy as np
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import min_weight_full_bipartite_matching

    n_left, n_right = len(lefts), len(rights)
    row_of = {i: k for k, i in enumerate(lefts)}
    col_of = {j: k for k, j in enumerate(rights)}
    top = max(edges.values()) + 1.0
    rows, cols, data = [], [], []
    for (i, j), w in edges.items():
        r, c = row_of[i], col_of[j]
        rows += [r, n_left + c]
        cols += [c, n_right + r]
        data += [top - w, top]
    for r in range(n_left):
        rows.append(r)
        cols.append(n_right + r)
        data.append(top)
    for c in range(n_right):
        rows.append(n_left + c)
        cols.append(c)
        data.append(top)
    size = n_left + n_right
    graph = coo_matrix((np.array(data), (np.array(rows), np.array(cols))), shape=(size, size)).tocsr()
    _, matched_cols = min_weight_full_bipartite_matching(graph)
    return [(lefts[r], rights[c]) for r, c in enumerate(matched_cols[:n_left]) if c < n_right]
