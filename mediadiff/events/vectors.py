"""Articles as weighted term vectors: what an article is mainly about weighs most.

Each text becomes stemmed content words, names (capitalised words and runs of
them, titles cut off) and numbers/dates, weighted by tf-idf where tf counts the
*lines* (sentences, paragraphs) that carry a term, sublinearly, not its raw
repetitions. A term in the title or the first sentence weighs more
(``LEAD_BONUS``), and in a long article a term outside the lead that only one
line mentions weighs less (``BACKGROUND_WEIGHT``): a paragraph recalling another
event no longer pulls the article towards that event's reports. In a shorter article, a
line after the lead that shares no term with the article's other lines is about
something else: its terms weigh ``BACKGROUND_WEIGHT`` too.

The three blocks share one normalisation (``name_weight``/``number_weight``
scale them first). Normalising each block on its own gave a short lead's single
number or name a third of the whole vector, so leads and snippets matched on
"2021"; one norm keeps the weight of a block proportional to what the text holds,
so one threshold serves full articles and leads.

Outlet boilerplate (a line that recurs in several articles of one outlet) is
dropped before weighting, so house style never makes two stories look alike.
scipy and scikit-learn are imported lazily.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from mediadiff.events.params import BACKGROUND_MIN_LINES, BACKGROUND_WEIGHT, LEAD_BONUS, LEAD_LINES
from mediadiff.events.terms import line_features
from mediadiff.models import Article

__all__ = ["Vectors", "article_texts", "lead_texts", "vectorize"]

# A line in this many articles of one outlet is that outlet's boilerplate.
_OUTLET_REPEATS = 3
_SHORT_LINE = 12  # words; copyright and "Filed under" lines are short, reported facts rarely


@dataclass(frozen=True)
class Vectors:
    """The L2-normalised document matrix (csr, one row per text) and what each column means.

    ``surface`` maps a (block, feature) column to its most frequent spelling;
    ``proper_names`` holds single names seen capitalised mid-sentence (labels only);
    ``frequency`` the number of texts carrying each column.
    """

    matrix: Any
    columns: list[tuple[str, str]]
    surface: dict[tuple[str, str], str]
    proper_names: frozenset[str] = frozenset()
    frequency: Any = None


def article_texts(articles: Sequence[Article]) -> list[str]:
    """Title (first line) plus body sentences, minus lines that recur across one outlet's articles."""
    per_outlet: dict[str, Counter[str]] = defaultdict(Counter)
    for article in articles:
        per_outlet[article.outlet or ""].update({_normal(s.text) for s in article.sentences})
    texts = []
    for article in articles:
        seen = per_outlet[article.outlet or ""]
        kept = [s.text for s in article.sentences if not _boilerplate(s.text, seen, article)]
        if not kept:  # a republished copy is still this outlet's article, not boilerplate
            kept = [s.text for s in article.sentences]
        texts.append("\n".join(([article.title] if article.title else []) + kept))
    return texts


def lead_texts(texts: Sequence[str]) -> list[str]:
    """Each text's lead: its first ``LEAD_LINES`` lines (the title and first sentence)."""
    return ["\n".join(text.split("\n")[:LEAD_LINES]) for text in texts]


def _boilerplate(line: str, seen: Counter[str], article: Article) -> bool:
    """A line in several articles of one outlet: short ones count from the second article."""
    if not article.outlet:
        return False
    repeats = seen[_normal(line)]
    return repeats >= _OUTLET_REPEATS or (repeats >= 2 and len(line.split()) <= _SHORT_LINE)


def _normal(line: str) -> str:
    return " ".join(line.lower().split())


def vectorize(texts: Sequence[str], *, name_weight: float, number_weight: float, jobs: int = 1) -> Vectors:
    """Weighted tf-idf rows for ``texts`` (one line per sentence or paragraph, the first the title or lead).

    Each distinct line is read once, however many texts repeat it (wire copies, republished
    paragraphs): a line's features do not depend on the lines around it. ``jobs`` processes
    (0: every core) read the lines of a large corpus; the vectors are the same for any ``jobs``.
    """
    import numpy as np
    import scipy.sparse as sp
    from sklearn.preprocessing import normalize

    block_weight = {"word": 1.0, "name": name_weight, "number": number_weight}
    line_id: dict[str, int] = {}
    texts_as_lines = [[line_id.setdefault(line, len(line_id)) for line in text.split("\n")] for text in texts]
    uses = np.bincount([u for lines in texts_as_lines for u in lines], minlength=len(line_id))
    features = line_features(list(line_id), uses.tolist(), jobs=jobs,
                             blocks=frozenset(block for block, weight in block_weight.items() if weight > 0))
    vocabulary, surface, line_columns = features.vocabulary, features.spellings, features.line_columns
    proper_names = features.proper_names
    rows, cols, values = _line_weights(texts_as_lines, line_columns, max(len(vocabulary), 1))
    n = len(texts)
    columns = list(vocabulary) or [("word", "")]
    if len(rows):
        matrix = sp.csr_matrix((values, (rows, cols)), shape=(n, len(columns)), dtype=np.float64)
    else:
        matrix = sp.csr_matrix((n, len(columns)), dtype=np.float64)
    frequency = np.bincount(matrix.indices, minlength=len(columns))
    idf = np.log((1 + n) / (1 + frequency)) + 1
    scale = idf * np.array([block_weight[block] for block, _ in columns])
    matrix = normalize(matrix @ sp.diags(scale)).tocsr()
    forms = {f: c.most_common(1)[0][0] for f, c in surface.items()}
    return Vectors(matrix, columns, forms, frozenset(proper_names), frequency)


_TEXTS_PER_PASS = 4_000  # bounds the arrays of one pass to a few tens of MB


def _line_weights(
    texts_as_lines: list[list[int]], line_columns: list[tuple[int, ...]], width: int
) -> tuple[Any, Any, Any]:
    """(row, column, weight) of every term of every text, before idf, in bulk array operations.

    A term's spread is the number of the text's lines carrying it: weight 1 + log(spread),
    times (1 + LEAD_BONUS) in the lead, times BACKGROUND_WEIGHT when a long text mentions it in
    one line outside the lead, or a shorter one in an aside (a line after the lead sharing no term
    with the text's other lines). Texts are read a few thousand at a time.
    """
    import numpy as np

    sizes = np.fromiter((len(c) for c in line_columns), dtype=np.int64, count=len(line_columns))
    line_start = np.concatenate([[0], np.cumsum(sizes)])
    flat = np.fromiter((c for columns in line_columns for c in columns), dtype=np.int64, count=int(line_start[-1]))
    parts: list[tuple[Any, Any, Any]] = []
    for first in range(0, len(texts_as_lines), _TEXTS_PER_PASS):
        texts = texts_as_lines[first : first + _TEXTS_PER_PASS]
        line_counts = np.fromiter((len(lines) for lines in texts), dtype=np.int64, count=len(texts))
        lines = np.fromiter((u for text in texts for u in text), dtype=np.int64, count=int(line_counts.sum()))
        text_of = np.repeat(np.arange(first, first + len(texts)), line_counts)
        position = np.arange(len(lines)) - np.repeat(np.cumsum(line_counts) - line_counts, line_counts)
        carried = sizes[lines]  # every (text, line) expands to the line's columns
        offsets = np.repeat(line_start[lines] - (np.cumsum(carried) - carried), carried)
        keys = np.repeat(text_of, carried) * width + flat[offsets + np.arange(int(carried.sum()))]
        terms, inverse, spread = np.unique(keys, return_inverse=True, return_counts=True)
        lead = np.isin(terms, keys[np.repeat(position, carried) < LEAD_LINES])
        weight = 1.0 + np.log(spread.astype(np.float64))
        weight[lead] *= 1.0 + LEAD_BONUS
        row = terms // width
        background = (line_counts[row - first] >= BACKGROUND_MIN_LINES) & ~lead & (spread == 1)
        # In a shorter text, a line after the lead none of whose terms another line carries is an aside
        # (a recalled event, another story's sentence): its terms are background too.
        occurrence_line = np.repeat(np.arange(len(lines)), carried)
        alone = np.bincount(occurrence_line, weights=(spread[inverse] == 1), minlength=len(lines))
        aside = (position >= LEAD_LINES) & (carried > 0) & (alone == carried) & (
            line_counts[text_of - first] < BACKGROUND_MIN_LINES)
        background |= np.isin(terms, keys[aside[occurrence_line]])
        weight[background] *= BACKGROUND_WEIGHT
        parts.append((row, terms % width, weight))
    if not parts:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0)
    return tuple(np.concatenate([part[k] for part in parts]) for k in range(3))  # type: ignore[return-value]
