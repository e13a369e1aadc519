"""Grouping articles into stories, and each story into the events it is made of.

Stories: every article becomes a weighted term vector (``vectors.py``: words,
names and numbers; what the lead and many paragraphs say weighs most), and
articles join by average linkage over a bounded graph of similar pairs, never
linking two articles published more than ``window_days`` apart when both dates
are known (``linkage.py``). The number of stories is never given: ``threshold``
decides it.

Events: inside a story of three or more articles, each term is re-weighted by
its in-story idf, so what the whole story shares (its names, its subject) weighs
nothing and what a few members share (a date, a second actor, a quote) weighs
most; the lead weighs most, one outlet's own wording and its two reports never
make an event (``splitting.py``); members then join by average linkage at
``event_threshold`` within ``event_window_days``.

Ids: stories ``S1, S2, ...`` by size (largest first), ties by the position of
the earliest member in the input; events ``S1.1, S1.2, ...`` the same way inside
their story. The same corpus (same order) and options always give the same ids.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from mediadiff.events.calibration import story_threshold_for
from mediadiff.events.labels import TermTable, label_and_terms, term_table
from mediadiff.events.linkage import average_linkage, compact_rows, compact_terms, neighbour_graph
from mediadiff.events.params import (
    DEFAULT_THRESHOLD,
    EVENT_LEAD_WEIGHT,
    EVENT_THRESHOLD,
    EVENT_WINDOW_DAYS,
    FLOOR_RATIO,
    MIN_STORY_FOR_EVENTS,
    NAME_WEIGHT,
    NUMBER_WEIGHT,
    STORY_THRESHOLD,
    STORY_WINDOW_DAYS,
)
from mediadiff.events.splitting import event_labels
from mediadiff.events.vectors import Vectors, article_texts, lead_texts, vectorize
from mediadiff.models import Article, Event, Story

if TYPE_CHECKING:
    import numpy as np

__all__ = [
    "DEFAULT_THRESHOLD", "event_similarity", "group_events", "group_stories", "group_texts", "publication_day",
]


def group_stories(
    articles: Sequence[Article],
    *,
    threshold: float = STORY_THRESHOLD,
    event_threshold: float = EVENT_THRESHOLD,
    window_days: float = STORY_WINDOW_DAYS,
    event_window_days: float = EVENT_WINDOW_DAYS,
    search: Callable[..., Any] = neighbour_graph,
    jobs: int = 1,
    on_threshold: Callable[[float], None] | None = None,
) -> tuple[Story, ...]:
    """Group articles into stories, each split into its events; every article is in one story and one event.

    ``threshold`` (story) and ``event_threshold`` are mean cosine similarities in
    [0, 1]: raise them for more, tighter groups. ``threshold`` is the value for full
    articles and leads; in a corpus whose texts share little by chance (short snippets)
    it is lowered in proportion (``calibration.story_threshold_for``). ``window_days``/``event_window_days``:
    two articles whose known publication days are further apart never link
    directly. An article with no title and no body sentences cannot be compared
    and becomes a story of its own labelled ``"(empty)"``. ``search`` finds the graph
    of similar pairs (``linkage.neighbour_graph``'s signature); the Dask engine
    passes one that searches blocks of rows on a cluster, with identical results. ``jobs``
    processes (0: every core) read the articles' lines into features; any ``jobs`` gives
    the same stories. ``on_threshold``, when given, is called once with the story threshold
    actually used (``threshold`` after the chance calibration), so a caller can show it.
    """
    if not articles:
        return ()
    texts = article_texts(articles)
    vectors = vectorize(texts, name_weight=NAME_WEIGHT, number_weight=NUMBER_WEIGHT, jobs=jobs)
    leads_texts = lead_texts(texts)
    del texts  # the whole texts are no longer needed: their memory goes before the pair search
    days = [publication_day(a.published) for a in articles]
    threshold = story_threshold_for(vectors.matrix, threshold)
    if on_threshold is not None:
        on_threshold(threshold)
    graph = search(vectors.matrix, threshold * FLOOR_RATIO, days=days, window_days=window_days)
    story_members = _ordered_groups(average_linkage(graph, threshold))
    leads = None
    if any(len(members) >= MIN_STORY_FOR_EVENTS for members in story_members):
        leads = vectorize(leads_texts, name_weight=NAME_WEIGHT, number_weight=NUMBER_WEIGHT, jobs=jobs).matrix
    outlets = [a.outlet for a in articles]
    table = term_table(vectors.columns, vectors.surface, vectors.frequency, len(articles))
    stories = []
    for number, members in enumerate(story_members, start=1):
        inner = _split_events(vectors.matrix, members, event_threshold, lead_matrix=leads, days=days,
                              outlets=outlets, window_days=event_window_days)
        story = _group(Story, f"S{number}", vectors, table, articles, members, events=())
        if len(inner) == 1:  # the story is its one event: same members, label and terms
            fields = {k: v for k, v in story.__dict__.items() if k != "events"}
            events: tuple[Event, ...] = (Event(**{**fields, "id": f"S{number}.1"}),)
        else:
            events = tuple(
                _group(Event, f"S{number}.{k}", vectors, table, articles, group)
                for k, group in enumerate(inner, start=1)
            )
        stories.append(replace(story, events=events))
    return tuple(stories)


def group_events(
    articles: Sequence[Article],
    *,
    threshold: float = STORY_THRESHOLD,
    event_threshold: float = EVENT_THRESHOLD,
    window_days: float = STORY_WINDOW_DAYS,
    event_window_days: float = EVENT_WINDOW_DAYS,
) -> tuple[Event, ...]:
    """The events of ``group_stories`` (same options), story by story: ids ``S1.1, S1.2, S2.1, ...``."""
    stories = group_stories(
        articles, threshold=threshold, event_threshold=event_threshold, window_days=window_days,
        event_window_days=event_window_days,
    )
    return tuple(event for story in stories for event in story.events)


def group_texts(
    texts: Sequence[str],
    *,
    threshold: float = STORY_THRESHOLD,
    name_weight: float = NAME_WEIGHT,
    number_weight: float = NUMBER_WEIGHT,
    days: Sequence[float | None] | None = None,
    window_days: float = STORY_WINDOW_DAYS,
) -> np.ndarray:
    """Group plain texts into stories: an int array, one story label per text (0-based).

    Texts are one sentence or paragraph per line, the title or lead first. The
    same representation, chance calibration and story clustering as ``group_stories``, without outlet
    boilerplate removal (plain texts have no outlet); ``days`` are optional
    publication days (any number of days, e.g. ``date.toordinal()``).
    """
    import numpy as np

    if not texts:
        return np.zeros(0, dtype=int)
    matrix = vectorize(list(texts), name_weight=name_weight, number_weight=number_weight).matrix
    threshold = story_threshold_for(matrix, threshold)
    graph = neighbour_graph(matrix, threshold * FLOOR_RATIO, days=days, window_days=window_days)
    return average_linkage(graph, threshold)


def split_events(matrix: Any, members: Sequence[int], threshold: float = EVENT_THRESHOLD, *,
                 lead_matrix: Any = None, days: Sequence[float | None] | None = None,
                 outlets: Sequence[str | None] | None = None, window_days: float = EVENT_WINDOW_DAYS,
                 lead_weight: float = EVENT_LEAD_WEIGHT) -> np.ndarray:
    """Event labels (0-based) for the ``members`` rows of one story (used by the ECB+ benchmark).

    ``lead_matrix``: the leads' vectors (``vectorize(lead_texts(texts), ...)``); without it
    only the whole texts are compared. ``days``/``outlets``: per row of ``matrix``.
    """
    return event_labels(matrix, list(members), threshold, lead_matrix=lead_matrix, days=days, outlets=outlets,
                        window_days=window_days, lead_weight=lead_weight)


def event_similarity(articles: Sequence[Article]) -> tuple[tuple[str, ...], np.ndarray]:
    """Article ids and their dense cosine-similarity matrix (values in [0, 1], 1 on the diagonal).

    Meant for heatmaps and dendrograms of small corpora: the matrix is n x n.
    """
    matrix = vectorize(article_texts(articles), name_weight=NAME_WEIGHT, number_weight=NUMBER_WEIGHT).matrix
    dense = (matrix @ matrix.T).toarray()
    dense.clip(0.0, 1.0, out=dense)
    dense[range(len(articles)), range(len(articles))] = 1.0
    return tuple(a.id for a in articles), dense


def publication_day(published: str | None) -> float | None:
    """The day number (proleptic ordinal) of an ISO date or timestamp, ``None`` if absent or unreadable."""
    if not published or len(published) < 10:
        return None
    try:
        return float(date.fromisoformat(published[:10]).toordinal())
    except ValueError:
        return None


def _split_events(
    matrix: Any, members: list[int], threshold: float, **options: Any
) -> list[list[int]]:
    """The events of one story, as lists of row indices in input order, largest first (``splitting.py``)."""
    rows = sorted(members)
    labels = event_labels(matrix, rows, threshold, **options)
    return [[rows[k] for k in group] for group in _ordered_groups(labels)]


def _ordered_groups(labels: Any) -> list[list[int]]:
    groups: dict[int, list[int]] = defaultdict(list)
    for position, label in enumerate(labels.tolist()):
        groups[label].append(position)
    return sorted(groups.values(), key=lambda members: (-len(members), members[0]))


def _group(kind: Any, group_id: str, vectors: Vectors, table: TermTable, articles: Sequence[Article],
           members: list[int], **extra: Any) -> Any:
    """An Event or Story for ``members`` (row indices): label, cohesion, shared terms and dates."""
    published = [articles[i].published for i in members]
    label, terms = label_and_terms(vectors.matrix, members, table, published, proper_names=vectors.proper_names,
                                   texts=_MemberTexts(articles, members))
    known = sorted(p for p in published if publication_day(p) is not None)
    return kind(
        id=group_id,
        label=label or "(empty)",
        article_ids=tuple(articles[i].id for i in members),
        cohesion=dict(zip((articles[i].id for i in members), _cohesion(vectors.matrix, members), strict=True)),
        shared_terms=terms,
        first_published=known[0] if known else None,
        last_published=known[-1] if known else None,
        **extra,
    )


class _MemberTexts(Collection[str]):
    """The titles and texts of a group's members, read only if a label asks (no copy of them)."""

    def __init__(self, articles: Sequence[Article], members: list[int]) -> None:
        self._articles, self._members = articles, members

    def __iter__(self) -> Iterator[str]:
        for i in self._members:
            yield self._articles[i].title or ""
            yield self._articles[i].raw

    def __len__(self) -> int:
        return 2 * len(self._members)

    def __contains__(self, text: object) -> bool:
        return any(text == t for t in self)


def _cohesion(matrix: Any, members: list[int]) -> list[float]:
    """Mean cosine of each member to the other members; 1.0 for a lone article."""
    if len(members) == 1:
        return [1.0]
    if len(members) <= _DENSE_GROUP:
        sims = _member_similarities(matrix, members)
    else:
        sub = compact_rows(matrix, members)
        sims = (sub @ sub.T).toarray()
    means = (sims.sum(axis=1) - sims.diagonal()) / (len(members) - 1)
    return [round(min(max(float(m), 0.0), 1.0), 4) for m in means]


_DENSE_GROUP = 64  # members: up to this many, their similarities are summed on a dense copy of their rows


def _member_similarities(matrix: Any, members: list[int]) -> Any:
    """``(sub @ sub.T).toarray()`` for ``sub = compact_rows(matrix, members)``, to the last bit, without a
    sparse product: each cosine is summed in the order the sparse product sums it (the terms of the
    row, as stored, one after the other), on a dense copy of the rows, which costs less for a small group."""
    import numpy as np

    row, col, data, width = compact_terms(matrix, members)
    dense = np.zeros((len(members), width))
    dense[row, col] = data
    sims = np.zeros((len(members), len(members)))
    bounds = np.searchsorted(row, np.arange(len(members) + 1)).tolist()
    for i in range(len(members)):
        lo, hi = bounds[i], bounds[i + 1]
        if hi > lo:
            sims[i] = np.cumsum(dense[:, col[lo:hi]] * data[lo:hi], axis=1)[:, -1]
    return sims
