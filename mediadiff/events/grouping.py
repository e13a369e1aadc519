"""Grouping articles by the event they report.

Each text becomes three tf-idf blocks with sublinear tf: stemmed content words,
names (capitalised words and runs of them) and numbers/dates. The name and number
blocks weigh more, because two reports of one event share who, where and when far
more reliably than they share wording. Outlet boilerplate (a line that recurs in
several articles of one outlet) is dropped before weighting, so house style never
makes two stories look alike.

Articles are then joined by average linkage over a sparse cosine-similarity graph
(pairs below ``threshold / 2`` are treated as unrelated), merging while the mean
similarity between two groups is at least ``threshold``. The number of events is
never given: the threshold decides it. scikit-learn and scipy are imported lazily.
"""

from __future__ import annotations

import heapq
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from mediadiff.events.labels import event_label, shared_terms
from mediadiff.events.params import DEFAULT_THRESHOLD, EDGE_BUDGET, MAX_NEIGHBOURS, NAME_WEIGHT, NUMBER_WEIGHT
from mediadiff.models import Article, Event

if TYPE_CHECKING:
    import numpy as np

__all__ = ["DEFAULT_THRESHOLD", "event_similarity", "group_events", "group_texts"]

_TOKEN = re.compile(r"\w+(?:['’.,-]\w+)*")
_MONTHS = ("january february march april may june july august september october november december").split()
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_MONTH_ABBR = {m[:3]: m for m in _MONTHS} | {"sept": "september"}
# Reporting verbs and newsroom words every story uses: they say nothing about the event.
_NEWS_WORDS = frozenset(
    "said says say told according reported report reports added adding news mr mrs ms "
    "also just like new year years week time people percent statement".split()
)
# Titles that open a run of capitals without being part of the name.
_TITLES = frozenset(
    "president secretary minister foreign prime vice sen senator rep gov governor mayor "
    "general gen chief judge justice pope king queen prince princess dr mr mrs ms "
    "federal former acting deputy spokesperson".split()
)
# Departments named after "Secretary of", "Minister of": not part of the person's name.
_OFFICES = frozenset(
    "state defense defence war treasury commerce energy labor labour interior justice health "
    "education agriculture transportation finance".split()
)
_INITIAL_AFTER = frozenset(".!?:;\"“‘'(\n")
# A line in this many articles of one outlet is that outlet's boilerplate.
_OUTLET_REPEATS = 3
_SHORT_LINE = 12  # words; copyright and "Filed under" lines are short, reported facts rarely


def group_events(
    articles: Sequence[Article],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    name_weight: float = NAME_WEIGHT,
    number_weight: float = NUMBER_WEIGHT,
) -> tuple[Event, ...]:
    """Group articles by the event they report; every article lands in exactly one Event.

    ``threshold`` is the mean cosine similarity in [0, 1] two groups need to be
    merged: raise it for more, tighter events. Event ids run ``E1, E2, ...`` by
    size (largest first), ties by the position of the earliest member in
    ``articles``. An article with no title and no body sentences cannot be compared
    and becomes an event of its own labelled ``"(empty)"``.
    """
    if not articles:
        return ()
    texts = _article_texts(articles)
    blocks = _vectorize(texts, name_weight, number_weight)
    labels = _average_linkage(blocks.matrix, threshold)
    groups: dict[int, list[int]] = defaultdict(list)
    for position, label in enumerate(labels):
        groups[int(label)].append(position)
    ordered = sorted(groups.values(), key=lambda members: (-len(members), members[0]))
    published = [a.published for a in articles]
    events = []
    for number, members in enumerate(ordered, start=1):
        cohesion = _cohesion(blocks.matrix, members)
        terms = shared_terms(blocks.matrix, blocks.columns, blocks.surface, members)
        label = event_label(terms, [published[i] for i in members], proper_names=blocks.proper_names)
        events.append(
            Event(
                id=f"E{number}",
                label=label or "(empty)",
                article_ids=tuple(articles[i].id for i in members),
                cohesion={articles[i].id: c for i, c in zip(members, cohesion, strict=True)},
                shared_terms=tuple(term.text for term in terms[:30]),
            )
        )
    return tuple(events)


def group_texts(
    texts: Sequence[str],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    name_weight: float = NAME_WEIGHT,
    number_weight: float = NUMBER_WEIGHT,
) -> np.ndarray:
    """Group plain texts by event: an int array, one group label per text (0-based).

    The same representation and clustering as ``group_events``, without outlet
    boilerplate removal (plain texts have no outlet).
    """
    import numpy as np

    if not texts:
        return np.zeros(0, dtype=int)
    matrix = _vectorize(list(texts), name_weight, number_weight).matrix
    return _average_linkage(matrix, threshold)


def event_similarity(
    articles: Sequence[Article],
    *,
    name_weight: float = NAME_WEIGHT,
    number_weight: float = NUMBER_WEIGHT,
) -> tuple[tuple[str, ...], np.ndarray]:
    """Article ids and their dense cosine-similarity matrix (values in [0, 1], 1 on the diagonal).

    Meant for heatmaps and dendrograms of small corpora: the matrix is n x n.
    """
    matrix = _vectorize(_article_texts(articles), name_weight, number_weight).matrix
    dense = (matrix @ matrix.T).toarray()
    dense.clip(0.0, 1.0, out=dense)
    dense[range(len(articles)), range(len(articles))] = 1.0
    return tuple(a.id for a in articles), dense


def _article_texts(articles: Sequence[Article]) -> list[str]:
    """Title plus body sentences, minus lines that recur across one outlet's articles."""
    per_outlet: dict[str, Counter[str]] = defaultdict(Counter)
    for article in articles:
        lines = {_normal(s.text) for s in article.sentences}
        per_outlet[article.outlet or ""].update(lines)
    texts = []
    for article in articles:
        seen = per_outlet[article.outlet or ""]
        kept = [s.text for s in article.sentences if not _boilerplate(s.text, seen, article)]
        if not kept:  # a republished copy is still this outlet's article, not boilerplate
            kept = [s.text for s in article.sentences]
        texts.append("\n".join(([article.title] if article.title else []) + kept))
    return texts


def _boilerplate(line: str, seen: Counter[str], article: Article) -> bool:
    """A line in several articles of one outlet: short ones count from the second article."""
    if not article.outlet:
        return False
    repeats = seen[_normal(line)]
    return repeats >= _OUTLET_REPEATS or (repeats >= 2 and len(line.split()) <= _SHORT_LINE)


def _normal(line: str) -> str:
    return " ".join(line.lower().split())


class _Blocks:
    """The weighted, L2-normalised document matrix and what each column means."""

    def __init__(
        self,
        matrix: Any,
        columns: list[tuple[str, str]],
        surface: dict[tuple[str, str], str],
        proper_names: frozenset[str] = frozenset(),
    ):
        self.matrix = matrix  # csr, one row per text
        self.columns = columns  # (block, feature) per column
        self.surface = surface  # (block, feature) -> most frequent spelling in the texts
        self.proper_names = proper_names  # single names seen capitalised mid-sentence (labels only)


def _vectorize(texts: list[str], name_weight: float, number_weight: float) -> _Blocks:
    import numpy as np
    import scipy.sparse as sp
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer
    from sklearn.preprocessing import normalize
    from snowballstemmer import stemmer

    stop = ENGLISH_STOP_WORDS | _NEWS_WORDS
    stem = stemmer("english").stemWord
    tokenized = [_tokens(t) for t in texts]
    lower_seen = Counter(w for doc in tokenized for w, _, _ in doc if w.islower())
    surface: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    words, names, numbers = [], [], []
    stems: dict[str, str] = {}
    proper_names: set[str] = set()
    for text, doc in zip(texts, tokenized, strict=True):
        w_doc, n_doc, d_doc = [], [], []
        run: list[str] = []
        office = False  # the run follows "Secretary of", "Minister of"
        previous, previous_end, before_previous = "", 0, ""
        for token, start, initial in doc:
            low = token.lower()
            has_digit = any(c.isdigit() for c in token)
            if has_digit:
                value = low.replace(",", "")
                d_doc.append(value)
                surface["number", value][token] += 1
                if previous in _MONTHS:
                    d_doc.append(f"{previous} {value}")
                    surface["number", f"{previous} {value}"][f"{previous.title()} {value}"] += 1
            elif low not in stop and len(low) > 1:
                s = stems.get(low) or stems.setdefault(low, stem(low))
                w_doc.append(s)
                surface["word", s][token] += 1
            name = token[:1].isupper() and not has_digit and low not in stop
            if low in _WEEKDAYS or low in _MONTH_ABBR or low in _MONTHS:
                name = False  # dates are weighed in the number block
            if name and initial and lower_seen[low] > 0:
                name = False  # "Speaking", "Officials" at the start of a sentence
            adjacent = run and text[previous_end:start].isspace()
            if not name or initial or not adjacent:
                run = _flush_run(run, n_doc, surface, office)
                office = previous == "of" and before_previous in _TITLES
            if name:
                if not initial:
                    proper_names.add(low)
                n_doc.append(low)
                surface["name", low][token] += 1
                run.append(token)
            before_previous, previous = previous, _MONTH_ABBR.get(low.rstrip("."), low)
            previous_end = start + len(token)
        _flush_run(run, n_doc, surface, office)
        words.append(w_doc)
        names.append(n_doc)
        numbers.append(d_doc)

    parts, columns = [], []
    for block, docs, weight in (
        ("word", words, 1.0),
        ("name", names, name_weight),
        ("number", numbers, number_weight),
    ):
        if weight <= 0 or not any(docs):
            continue
        vectorizer = TfidfVectorizer(analyzer=_identity, sublinear_tf=True, dtype=np.float64)
        parts.append(vectorizer.fit_transform(docs) * weight)
        columns += [(block, f) for f in vectorizer.get_feature_names_out()]
    if not parts:
        matrix = sp.csr_matrix((len(texts), 1))
        columns = [("word", "")]
    else:
        matrix = normalize(sp.hstack(parts).tocsr())
    surface_forms = {f: c.most_common(1)[0][0] for f, c in surface.items()}
    return _Blocks(matrix, columns, surface_forms, frozenset(proper_names))


def _tokens(text: str) -> list[tuple[str, int, bool]]:
    """(token, offset, capital-says-nothing) for each word of a text.

    The flag is set at sentence starts and on title-case lines ("Sheinbaum Defends
    Cooperation with US"), where a capital letter does not mark a name.
    """
    tokens = []
    offset = 0
    for line in text.split("\n"):
        found = [(m.group(), m.start()) for m in _TOKEN.finditer(line)]
        content = [t for t, _ in found if t[:1].isalpha() and len(t) > 3]
        title_case = len(content) >= 4 and sum(t[0].isupper() for t in content) > 0.6 * len(content)
        end = 0
        for token, start in found:
            gap = line[end:start].rstrip(" \t")
            initial = end == 0 or (gap[-1:] in _INITIAL_AFTER and gap != "")
            tokens.append((token, offset + start, title_case or initial))
            end = start + len(token)
        offset += len(line) + 1
    return tokens


def _identity(tokens: list[str]) -> list[str]:
    return tokens


def _flush_run(
    run: list[str], names: list[str], surface: dict[tuple[str, str], Counter[str]], office: bool = False
) -> list[str]:
    """Record a run of capitalised words ("Marco Rubio") as one more name feature.

    ``office`` says the run follows a title and "of": its first words name the office.
    """
    titles = [i for i, word in enumerate(run) if word.lower() in _TITLES]
    if titles:  # "Canadian Prime Minister Mark Carney" -> "Mark Carney"
        run = run[titles[-1] + 1 :]
    elif office and len(run) > 2:  # "Secretary of (State) Marco Rubio", "of (Homeland Security) Kristi Noem"
        run = run[-2:]
    elif office and run and run[0].lower() in _OFFICES:  # "Secretary of State Rubio"
        run = run[1:]
    if len(run) > 1:
        phrase = " ".join(run)
        names.append(phrase.lower())
        surface["name", phrase.lower()][phrase] += 1
    return []


def _average_linkage(matrix: Any, threshold: float, max_neighbours: int | None = None) -> np.ndarray:
    """Average-linkage clustering over the sparse graph of similar pairs.

    Pairs with cosine below ``threshold / 2`` count as 0, and each article keeps
    at most ``max_neighbours`` most similar partners (a pair stays when either
    side keeps it), so memory grows linearly with the corpus: only a blocked
    sparse product is computed, never the dense n x n matrix. ``None`` means
    ``max(MAX_NEIGHBOURS, EDGE_BUDGET // n)``.
    """
    import numpy as np

    n = matrix.shape[0]
    if max_neighbours is None:
        max_neighbours = max(MAX_NEIGHBOURS, EDGE_BUDGET // max(n, 1))
    floor = threshold / 2
    neighbours: list[dict[int, float]] = [{} for _ in range(n)]
    heap: list[tuple[float, int, int]] = []
    block = max(1, 2_000_000 // max(n, 1))
    for lo in range(0, n, block):
        product = (matrix[lo : lo + block] @ matrix.T).tocsr()
        for offset in range(product.shape[0]):
            i = lo + offset
            start, end = product.indptr[offset], product.indptr[offset + 1]
            cols, sims = product.indices[start:end], product.data[start:end]
            keep = (sims >= floor) & (cols != i)
            cols, sims = cols[keep], sims[keep]
            if len(sims) > max_neighbours:
                top = np.argpartition(-sims, max_neighbours - 1)[:max_neighbours]
                cols, sims = cols[top], sims[top]
            for j, s in zip(cols.tolist(), sims.tolist()):
                if j not in neighbours[i]:
                    neighbours[i][j] = s
                    neighbours[j][i] = s
                    heap.append((-s, min(i, j), max(i, j)))
    heapq.heapify(heap)
    size = [1] * n
    members: list[list[int]] = [[i] for i in range(n)]
    while heap:
        negative, a, b = heapq.heappop(heap)
        if not size[a] or not size[b] or b not in neighbours[a]:
            continue
        mean = neighbours[a][b] / (size[a] * size[b])
        if mean != -negative:
            continue  # a newer entry for this pair is in the heap
        if mean < threshold:
            break
        if len(neighbours[a]) < len(neighbours[b]):
            a, b = b, a
        for x, s in neighbours[b].items():
            if x != a:
                total = neighbours[a].get(x, 0.0) + s
                neighbours[a][x] = total
                neighbours[x][a] = total
                del neighbours[x][b]
        del neighbours[a][b]
        neighbours[b] = {}
        size[a] += size[b]
        size[b] = 0
        members[a] += members[b]
        members[b] = []
        for x, total in neighbours[a].items():
            heapq.heappush(heap, (-(total / (size[a] * size[x])), min(a, x), max(a, x)))
    labels = np.empty(n, dtype=int)
    for label, group in enumerate(g for g in members if g):
        labels[group] = label
    return labels


def _cohesion(matrix: Any, members: list[int]) -> list[float]:
    """Mean cosine of each member to the other members; 1.0 for a lone article."""
    if len(members) == 1:
        return [1.0]
    sub = matrix[members]
    sims = (sub @ sub.T).toarray()
    means = (sims.sum(axis=1) - sims.diagonal()) / (len(members) - 1)
    return [round(min(max(float(m), 0.0), 1.0), 4) for m in means]
