"""Maximum-weight one-to-one matching over a sparse bipartite graph.

``max_weight_matching`` splits the graph into connected components and solves
each exactly: small components with a pure-Python Hungarian algorithm (so
comparing two short articles never imports scipy), large ones with scipy's
sparse LAPJVsp (``min_weight_full_bipartite_matching``), which stays fast and
linear in memory on long articles.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

# Components with at most this many nodes on their larger side are solved in pure Python
# (O(k^3); 40 takes about 10 ms); larger ones go to scipy.
SMALL_COMPONENT = 40


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
            chosen.extend(_scipy_matching(lefts, rights, {e: edges[e] for e in component}))
    return sorted(chosen)


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
