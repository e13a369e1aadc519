import heapq

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from mediadiff.events.linkage import average_linkage, neighbour_graph, symmetric_graph


def plain_average_linkage(pairs, n, threshold):
    """The textbook procedure: every pair queued, every neighbour re-examined after each merge."""
    near = [{} for _ in range(n)]
    for (i, j), s in pairs.items():
        near[i][j] = near[j][i] = s
    queue = [(-s, i, j) for (i, j), s in pairs.items()]
    heapq.heapify(queue)
    size, members = [1] * n, [[i] for i in range(n)]
    while queue:
        negative, a, b = heapq.heappop(queue)
        if not size[a] or not size[b] or b not in near[a] or near[a][b] / (size[a] * size[b]) != -negative:
            continue
        if -negative < threshold:
            break
        if len(near[a]) < len(near[b]):
            a, b = b, a
        for x, s in near[b].items():
            if x != a:
                near[a][x] = near[x][a] = near[a].get(x, 0.0) + s
                del near[x][b]
        del near[a][b]
        near[b], size[a], size[b], members[a], members[b] = {}, size[a] + size[b], 0, members[a] + members[b], []
        for x, total in near[a].items():
            heapq.heappush(queue, (-(total / (size[a] * size[x])), min(a, x), max(a, x)))
    return sorted(sorted(g) for g in members if g)


def groups(labels):
    return sorted(np.flatnonzero(labels == k).tolist() for k in set(labels.tolist()))


# Similarities on a coarse grid: many exact ties, where the order of merges matters most.
pair_sets = st.integers(2, 24).flatmap(
    lambda n: st.tuples(
        st.just(n),
        st.dictionaries(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)).filter(lambda p: p[0] < p[1]),
                        st.sampled_from([0.1, 0.2, 0.25, 0.3, 0.5, 0.75, 1.0]), max_size=n * 4),
        st.sampled_from([0.1, 0.2, 0.3, 0.5]),
    )
)


@settings(max_examples=150, deadline=None)
@given(pair_sets)
def test_average_linkage_merges_like_the_plain_procedure(case):
    n, pairs, threshold = case
    row = np.array([i for i, _ in pairs], dtype=np.int64)
    col = np.array([j for _, j in pairs], dtype=np.int64)
    graph = symmetric_graph(n, row, col, np.array(list(pairs.values()), dtype=float))
    assert groups(average_linkage(graph, threshold)) == plain_average_linkage(pairs, n, threshold)


def test_neighbour_graph_is_symmetric_and_keeps_the_closest_partners():
    from scipy.sparse import csr_matrix

    matrix = csr_matrix(np.array([[1.0, 0.0], [0.8, 0.6], [0.6, 0.8], [0.0, 1.0]]))
    graph = neighbour_graph(matrix, 0.1, max_neighbours=1)
    assert (graph != graph.T).nnz == 0
    assert graph[0, 1] == graph[1, 0] > 0.79  # row 0's closest partner
    assert graph[0, 2] == 0.0  # kept by neither side: both have a closer partner
    assert graph.diagonal().sum() == 0.0


def test_neighbour_graph_never_links_articles_days_apart():
    from scipy.sparse import csr_matrix

    matrix = csr_matrix(np.ones((3, 1)))
    graph = neighbour_graph(matrix, 0.1, days=[1.0, 9.0, None], window_days=3.0)
    assert graph[0, 1] == 0.0
    assert graph[0, 2] == graph[1, 2] == 1.0  # an unknown day never excludes a pair
