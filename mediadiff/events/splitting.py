"""Splitting one story into the events it is made of.

Inside a story, what every member says (its names, its subject) tells its events
apart no better than chance, so each term is re-weighted by its in-story idf
``log((n + 1) / df)``: what a few members share (a date, a second actor, a quote)
weighs most. Three principles then decide which reports tell one event:

- **What an article is mainly about.** An event is what a report's headline and
  first sentence say; later paragraphs recall what came before. The lead's terms
  form a block of their own that weighs ``EVENT_LEAD_WEIGHT`` of the similarity,
  the whole text the rest.
- **Other outlets confirm an event, an outlet's own wording does not.** Terms that
  only the reports of one outlet carry inside the story (its house phrases, its
  writer's background paragraph) are left out.
- **An outlet reports an event once.** Two reports of one outlet in one story never
  link directly (they can still meet in one event through other outlets' reports),
  unless one is a copy of the other (cosine at least ``SAME_OUTLET_COPY``).

Members then join by average linkage at ``event_threshold`` within
``event_window_days`` (pairs missing from the graph count as 0).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from mediadiff.events.linkage import average_linkage, compact_rows, compact_terms, neighbour_graph, symmetric_graph
from mediadiff.events.params import EVENT_LEAD_WEIGHT, FLOOR_RATIO, MIN_STORY_FOR_EVENTS, SAME_OUTLET_COPY

if TYPE_CHECKING:
    import numpy as np

__all__ = ["event_labels"]


def event_labels(
    matrix: Any,
    members: Sequence[int],
    threshold: float,
    *,
    lead_matrix: Any = None,
    days: Sequence[float | None] | None = None,
    outlets: Sequence[str | None] | None = None,
    window_days: float | None = None,
    lead_weight: float = EVENT_LEAD_WEIGHT,
) -> np.ndarray:
    """Event labels (0-based, in order of each event's first member) for the ``members`` rows of one story.

    ``matrix`` and ``lead_matrix`` hold the whole texts' and the leads' term vectors
    (rows of the corpus); ``days`` publication days and ``outlets`` outlet names per
    corpus row (``None``: unknown, never the same outlet as another report);
    ``lead_weight`` in [0, 1]: the lead block's share of the similarity.
    """
    import numpy as np

    rows = list(members)
    if len(rows) < MIN_STORY_FOR_EVENTS:
        return np.zeros(len(rows), dtype=int)
    owners = _outlet_codes([outlets[i] for i in rows] if outlets is not None else [None] * len(rows))
    code = np.array(owners)
    known = [owner for owner in owners if owner >= 0]
    copies = None
    if len(set(known)) < len(known):  # copies matter only between reports of one outlet
        found = neighbour_graph(compact_rows(matrix, rows), SAME_OUTLET_COPY).tocoo()
        same = code[found.row] == code[found.col]
        copies = (found.row[same], found.col[same], found.data[same])
    copied = np.zeros(len(rows), dtype=bool)
    if copies is not None:
        copied[copies[0]] = True
    # A report with a copy from its own outlet shares its terms with it as another report would.
    term_owners = np.where(copied, -1 - len(rows) - np.arange(len(rows)), code)
    blocks = [(matrix, 1.0 - lead_weight), (lead_matrix, lead_weight)] if lead_matrix is not None else [(matrix, 1.0)]
    vectors = _in_story_vectors(blocks, rows, term_owners.tolist())
    row_days = [days[i] for i in rows] if days is not None else None
    graph = neighbour_graph(vectors, threshold * FLOOR_RATIO, days=row_days, window_days=window_days).tocoo()
    apart = code[graph.row] != code[graph.col]
    pairs = [(graph.row[apart], graph.col[apart], graph.data[apart])]
    if copies is not None:  # a copy is the same report, whatever its in-story terms
        pairs.append(copies)
    graph = symmetric_graph(len(rows), *(np.concatenate([p[k] for p in pairs]) for k in range(3)))
    return average_linkage(graph, threshold)


def _outlet_codes(outlets: Sequence[str | None]) -> list[int]:
    """One code per outlet; a report of unknown outlet gets a code of its own."""
    codes: dict[str, int] = {}
    return [codes.setdefault(o, len(codes)) if o else -1 - k for k, o in enumerate(outlets)]


def _in_story_vectors(blocks: list[tuple[Any, float]], rows: list[int], owners: list[int]) -> Any:
    """Rows re-weighted by in-story idf, outlet-only terms dropped, each block normalised and weighted.

    Plain array work on the story's own columns, no sparse product per story: the values and their
    order in each row are those of ``normalize(rows @ diags(idf))``, whose product writes a row's
    terms from the highest column down and drops the zeros, so the similarities summed from them
    are the same to the last bit.
    """
    import numpy as np
    import scipy.sparse as sp
    from sklearn.utils.sparsefuncs_fast import inplace_csr_row_normalize_l2

    code = np.array(owners)
    count = len(rows)
    parts, offset = [], 0
    for block, weight in blocks:
        row, col, data, width = compact_terms(block, rows)
        frequency = np.bincount(col, minlength=width)
        in_story_idf = np.log((count + 1) / np.maximum(frequency, 1))
        lowest = np.full(width, np.iinfo(np.int64).max)
        highest = np.full(width, np.iinfo(np.int64).min)
        np.minimum.at(lowest, col, code[row])
        np.maximum.at(highest, col, code[row])
        in_story_idf[(frequency >= 2) & (lowest == highest)] = 0.0  # only one outlet's reports carry it
        order = np.lexsort((-col, row))
        row, col, data = row[order], col[order], data[order] * in_story_idf[col[order]]
        kept = data != 0
        row, col, data = row[kept], col[kept], data[kept]
        indptr = np.concatenate([[0], np.cumsum(np.bincount(row, minlength=count))])
        weighted = sp.csr_matrix((data, col, indptr), shape=(count, width))
        inplace_csr_row_normalize_l2(weighted)
        parts.append((row, col + offset, weighted.data * np.sqrt(weight)))
        offset += width
    row, col, data = (np.concatenate([part[k] for part in parts]) for k in range(3))
    order = np.argsort(row, kind="stable")  # each row: the first block's terms, then the second's
    indptr = np.concatenate([[0], np.cumsum(np.bincount(row, minlength=count))])
    return sp.csr_matrix((data[order], col[order], indptr), shape=(count, offset))
