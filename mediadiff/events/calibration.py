"""How much the texts of a corpus share by chance, and the story threshold that calls for.

Two snippets of one story share only a word or two, so their cosine stays low; two
full articles of different stories share a lot of ordinary vocabulary. A fixed story
threshold cannot serve both: 0.25 splits every story of stemmed snippets, 0.06 merges
full articles. What tells them apart is measured on the corpus itself: the *chance
similarity* of a text is its mean cosine with every other text of the corpus (almost
all of them about other stories), and the corpus's chance level is the median of that
over its texts. Where texts share little by chance (short texts of rare terms), a
small similarity already stands far above chance, so the threshold is lowered in
proportion; where the chance level is that of full articles or leads, it is unchanged.

In a small corpus the related pairs dominate every text's mean, so the chance level is
high and the threshold is never lowered: a handful of briefs that share one famous
name stay apart. One sparse product with the column sums: linear in the corpus.
"""

from __future__ import annotations

from typing import Any

from mediadiff.events.params import CHANCE_EXPONENT, CHANCE_REFERENCE, MIN_CHANCE_FACTOR

__all__ = ["chance_level", "chance_similarity", "story_threshold_for"]


def chance_similarity(matrix: Any) -> Any:
    """Each row's mean cosine with every other row (numpy array in [0, 1]; 0 for a corpus of one).

    Exact and linear: ``x_i . (sum of all rows) - x_i . x_i``, over ``n - 1``.
    """
    import numpy as np

    n = matrix.shape[0]
    if n < 2:
        return np.zeros(n)
    total = np.asarray(matrix.sum(axis=0)).ravel()
    own = np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel()
    return np.clip((matrix @ total - own) / (n - 1), 0.0, 1.0)


def chance_level(matrix: Any) -> float | None:
    """The median chance similarity over the non-empty rows; ``None`` when fewer than two."""
    import numpy as np

    rows = np.diff(matrix.indptr) > 0
    if rows.sum() < 2:
        return None
    return float(np.median(chance_similarity(matrix[rows])))


def story_threshold_for(matrix: Any, threshold: float) -> float:
    """The story ``threshold`` (given for full articles and leads) for the corpus of these rows.

    Unchanged when the corpus's chance level is at least ``CHANCE_REFERENCE`` (full articles
    and leads); below it, multiplied by ``(level / CHANCE_REFERENCE) ** CHANCE_EXPONENT``, but
    never by less than ``MIN_CHANCE_FACTOR``.
    """
    level = chance_level(matrix)
    if level is None:
        return threshold
    return threshold * max(MIN_CHANCE_FACTOR, min(1.0, level / CHANCE_REFERENCE) ** CHANCE_EXPONENT)
