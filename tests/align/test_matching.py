"""Maximum-weight matching: both solvers give the optimum of a brute-force search."""

from __future__ import annotations

import itertools
import random

import pytest

from mediadiff.align import matching


def brute_force(edges):
    best = 0.0
    items = list(edges.items())
    for size in range(len(items) + 1):
        for combo in itertools.combinations(items, size):
            lefts = [i for (i, _), _ in combo]
            rights = [j for (_, j), _ in combo]
            if len(set(lefts)) == len(lefts) and len(set(rights)) == len(rights):
                best = max(best, sum(w for _, w in combo))
    return best


@pytest.mark.parametrize("small_component", [40, 0])  # pure Python, then scipy for every component
def test_matching_is_optimal(monkeypatch, small_component):
    monkeypatch.setattr(matching, "SMALL_COMPONENT", small_component)
    rng = random.Random(7)
    for _ in range(120):
        edges = {(rng.randint(0, 4), rng.randint(0, 4)): round(rng.uniform(-0.2, 1), 3) for _ in range(rng.randint(1, 8))}
        chosen = matching.max_weight_matching(edges)
        assert len({i for i, _ in chosen}) == len(chosen) == len({j for _, j in chosen})
        assert sum(edges[e] for e in chosen) == pytest.approx(brute_force({e: w for e, w in edges.items() if w > 0}))


def test_matching_is_global_not_greedy():
    # Greedy would take the heaviest edge (0, 0) and leave 1 and the second column unmatched.
    edges = {(0, 0): 0.9, (0, 1): 0.8, (1, 0): 0.8}
    assert matching.max_weight_matching(edges) == [(0, 1), (1, 0)]
