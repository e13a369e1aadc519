"""Event labels: the names, words and date the articles of one group share.

A label tells a reader at a glance what an event is: who or where, what happened
and when ("Lindsay Lohan, rehab, January 2013"). Terms are chosen among the
features most members carry, ranked by how distinctive they are in the corpus
(share of members x idf), so a word every story uses never beats the event's own.
Nothing here changes the vectors used for grouping.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from mediadiff.events.params import NAMES_IN_LABEL, WORDS_IN_LABEL

__all__ = ["SharedTerm", "event_label", "shared_terms"]

_MONTHS = ("january february march april may june july august september october november december").split()
_DATE_WORDS = frozenset(_MONTHS) | frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow".split()
)
# Words a news story uses whatever it reports: true of the group, useless as its label.
# Only labels skip them; grouping still weighs them by idf.
_GENERIC_WORDS = frozenset(
    """
    security results result cooperation country countries government officials official
    need needs public state states national issue issues work working made make making
    including number second third first called days day month months told early later
    million billion thousand hundred help support plan plans action actions meeting
    group groups left late took take taking came come going way place points point
    world international local region area areas team members member part set high
    according told added reports statement spokesman spokeswoman
    """.split()
)
# Titles and offices: a capitalised "President" or "Secretary" names no one by itself.
_TITLE_NAMES = frozenset(
    "president secretary minister prime vice senator governor mayor general chief judge "
    "justice pope king queen prince princess federal former acting deputy department ministry "
    "state states".split()
)


@dataclass(frozen=True)
class SharedTerm:
    """A feature most members of a group carry.

    ``block`` is ``"name"``, ``"word"`` or ``"number"``; ``share`` the fraction of
    members carrying it (0-1]; ``idf`` its smoothed inverse document frequency in the
    corpus (>= 1, higher is rarer); ``weight`` its mean tf-idf weight over the members.
    """

    text: str
    block: str
    share: float
    idf: float
    weight: float

    @property
    def distinctiveness(self) -> float:
        return self.share * self.idf


def shared_terms(
    matrix: Any,
    columns: Sequence[tuple[str, str]],
    surface: Mapping[tuple[str, str], str],
    members: Sequence[int],
    *,
    frequency: Any = None,
) -> list[SharedTerm]:
    """Features carried by most ``members`` (rows of ``matrix``), strongest (mean weight) first.

    A lone article keeps all its features; a group keeps those in at least half of its
    members (and in two at least). ``frequency``: the document frequency of every column,
    when the caller has it (saves a pass over the corpus per group).
    """
    import numpy as np

    indices, data = _rows(matrix, members)
    positive = data > 0
    present_columns, inverse = np.unique(indices[positive], return_inverse=True)
    counts = np.bincount(inverse, minlength=len(present_columns))
    sums = np.bincount(inverse, weights=data[positive], minlength=len(present_columns))
    share_of = counts / len(members)
    weight_of = sums / len(members)
    needed = 1.0 if len(members) == 1 else max(0.5, 2 / len(members))
    keep = share_of >= needed
    if not keep.any():
        return []
    # Same order as sorting the candidates (ascending column) by -share * weight, stably.
    order = np.argsort(-(share_of[keep] * weight_of[keep]), kind="stable")
    candidates = present_columns[keep][order].tolist()
    share = share_of[keep][order].tolist()
    weight = weight_of[keep][order].tolist()
    n = matrix.shape[0]
    if frequency is None:
        frequency = np.zeros(matrix.shape[1], dtype=int)
        frequency[candidates] = (matrix[:, candidates] > 0).sum(axis=0).A1
    carried_by = np.asarray(frequency)[candidates].tolist()
    terms, seen = [], set()
    for i, share_i, weight_i, documents in zip(candidates, share, weight, carried_by, strict=True):
        block, feature = columns[i]
        text = surface.get((block, feature), feature)
        if text.lower() not in seen:
            seen.add(text.lower())
            idf = math.log((1 + n) / (1 + int(documents))) + 1
            terms.append(SharedTerm(text, block, share_i, idf, weight_i))
    return terms


def _rows(matrix: Any, members: Sequence[int]) -> tuple[Any, Any]:
    """Column indices and values of the ``members`` rows of a csr matrix, read from its arrays
    (a scipy row selection costs more than the work on one small group)."""
    import numpy as np

    if not hasattr(matrix, "indptr") or matrix.format != "csr":
        matrix = matrix.tocsr()
    indptr = matrix.indptr
    if len(members) == 1:
        start, end = indptr[members[0]], indptr[members[0] + 1]
        return matrix.indices[start:end], matrix.data[start:end]
    spans = [(indptr[m], indptr[m + 1]) for m in members]
    return (np.concatenate([matrix.indices[a:b] for a, b in spans]),
            np.concatenate([matrix.data[a:b] for a, b in spans]))


def event_label(
    terms: Sequence[SharedTerm],
    published: Sequence[str | None],
    *,
    proper_names: Collection[str] = (),
) -> str:
    """A few shared names, distinctive words and a date, e.g. "Claudia Sheinbaum, fentanyl, January 2026".

    ``proper_names`` holds the lower-cased single names seen capitalised mid-sentence
    somewhere in the corpus; a single capitalised word seen only at sentence starts
    ("Voters", "Rescuers") is left out, as are titles ("President"). Empty
    ``proper_names`` disables that check.
    """
    # Stable sorts: among equally distinctive terms the stronger (mean weight) stays first.
    ranked = sorted(terms, key=lambda t: -t.distinctiveness)
    names = [t.text for t in ranked if t.block == "name"]
    phrases = [t for t in names if " " in t]
    in_phrases = {w.lower() for t in phrases for w in t.split()}
    singles: list[str] = []
    for t in names:
        low = t.lower()
        if " " in t or low in in_phrases or low in _TITLE_NAMES or (proper_names and low not in proper_names):
            continue
        if not any(low[:4] == s.lower()[:4] for s in singles):  # "Chile" and "Chilean": one is enough
            singles.append(t)
    # People come as runs ("Marco Rubio"); lone capitals are more often places, so
    # one place is kept when there are two people.
    chosen = (phrases[: NAMES_IN_LABEL - 1] + singles + phrases[NAMES_IN_LABEL - 1 :])[:NAMES_IN_LABEL]
    name_words = {w.lower() for t in names for w in t.replace(".", " ").split()}
    words = [
        t.text
        for t in ranked
        if t.block == "word"
        and t.text.islower()  # mostly written with a capital: a name seen at sentence starts
        and len(t.text) > 2  # "la" of "de la Fuente"
        and t.text not in name_words
        and t.text not in _GENERIC_WORDS
        and t.text not in _DATE_WORDS
    ]
    chosen += words[:WORDS_IN_LABEL]
    chosen += [t.text for t in terms if t.block == "number" and " " in t.text][:1]
    months = {p[:7] for p in published if p and re.match(r"\d{4}-\d\d", p)}
    if len(months) == 1 and all(published):
        year, month = months.pop().split("-")
        if 1 <= int(month) <= 12:
            chosen.append(f"{_MONTHS[int(month) - 1].title()} {year}")
    return ", ".join(chosen)
