"""Maximum-weight matching: every solver gives the optimum of a brute-force search."""

from __future__ import annotations

import itertools
import random
import subprocess
import sys

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


@pytest.mark.parametrize("small_component", [40, 0])  # dense Hungarian, then the sparse solver for every component
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


def test_sparse_solver_agrees_with_scipy_or_defers_on_ties():
    rng = random.Random(11)
    deferred = 0
    for _ in range(150):
        size = rng.randint(2, 30)
        digits = rng.choice([1, 6])  # one decimal: many equal-weight optima
        edges = {(rng.randrange(size), rng.randrange(size)): round(rng.uniform(0.01, 1), digits)
                 for _ in range(3 * size)}
        lefts, rights = sorted({i for i, _ in edges}), sorted({j for _, j in edges})
        found = matching._sparse_matching(lefts, rights, edges)
        if found is None:
            deferred += 1
            continue
        assert sorted(found) == sorted(matching._scipy_matching(lefts, rights, edges))
    assert 0 < deferred < 150


def test_equal_weight_optima_are_left_to_scipy():
    # Two identical sentences of A compete for one sentence of B: either pairing is optimal.
    assert matching._sparse_matching([0, 1], [0], {(0, 0): 0.5, (1, 0): 0.5}) is None
    assert matching._sparse_matching([0, 1], [0, 1], {(0, 0): 0.5, (1, 0): 0.4, (1, 1): 0.3}) == [(0, 0), (1, 1)]


def test_a_large_component_without_ties_does_not_import_scipy():
    # A chain of 120 overlapping candidates with distinct weights: one component, one optimum.
    code = (
        "import sys\n"
        "from mediadiff.align.matching import max_weight_matching\n"
        "edges = {(i, j): 1 + ((i * 7 + j * 13) % 97) / 100 for i in range(120) for j in (i, i + 1)}\n"
        "chosen = max_weight_matching(edges)\n"
        "assert len({i for i, _ in chosen}) == len(chosen) == len({j for _, j in chosen}) > 100\n"
        "print('scipy' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
