"""Articles as weighted term vectors: what an article is mainly about weighs most.

Each text becomes stemmed content words, names (capitalised words and runs of
them, titles cut off) and numbers/dates, weighted by tf-idf where tf counts the
*lines* (sentences, paragraphs) that carry a term, sublinearly, not its raw
repetitions. A term in the title or the first sentence weighs more
(``LEAD_BONUS``), and in a long article a term outside the lead that only one
line mentions weighs less (``BACKGROUND_WEIGHT``): a paragraph recalling another
event no longer pulls the article towards that event's reports.

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

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from mediadiff.events.params import BACKGROUND_MIN_LINES, BACKGROUND_WEIGHT, LEAD_BONUS, LEAD_LINES
from mediadiff.models import Article

__all__ = ["Vectors", "article_texts", "lead_texts", "vectorize"]

_TOKEN = re.compile(r"\w+(?:['’.,-]\w+)*")
_DIGIT = re.compile(r"\d")
MONTHS = ("january february march april may june july august september october november december").split()
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_MONTH_ABBR = {m[:3]: m for m in MONTHS} | {"sept": "september"}
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
# Lower-case particles inside a name ("Juan Ramón de la Fuente", "Ludwig van Beethoven"): they join a run of
# capitalised words when another capitalised word follows, so the name is not cut into "Fuente".
_NAME_PARTICLES = frozenset("de la del da das do dos di du le van von der den ten ter bin ibn al el y".split())
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


def vectorize(texts: Sequence[str], *, name_weight: float, number_weight: float) -> Vectors:
    """Weighted tf-idf rows for ``texts`` (one line per sentence or paragraph, the first the title or lead).

    Each distinct line is read once, however many texts repeat it (wire copies, republished
    paragraphs): a line's features do not depend on the lines around it.
    """
    import numpy as np
    import scipy.sparse as sp
    from sklearn.preprocessing import normalize

    block_weight = {"word": 1.0, "name": name_weight, "number": number_weight}
    line_id: dict[str, int] = {}
    texts_as_lines = [[line_id.setdefault(line, len(line_id)) for line in text.split("\n")] for text in texts]
    uses = np.bincount([u for lines in texts_as_lines for u in lines], minlength=len(line_id))
    tokenized = [_tokens(line) for line in line_id]
    lower_seen = {w for doc in tokenized for w, _, _, _ in doc if w.islower()}
    vocabulary: dict[tuple[str, str], int] = {}
    surface: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    proper_names: set[str] = set()
    line_columns: list[tuple[int, ...]] = []
    for (line, doc), times in zip(zip(line_id, tokenized, strict=True), uses.tolist(), strict=True):
        found: dict[int, None] = {}
        for block, feature, spelling, _ in _features(line, doc, lower_seen, proper_names):
            if block_weight[block] > 0:
                found[vocabulary.setdefault((block, feature), len(vocabulary))] = None
                surface[block, feature][spelling] += times
        line_columns.append(tuple(found))
    rows: list[Any] = []
    cols: list[Any] = []
    values: list[Any] = []
    for row, lines in enumerate(texts_as_lines):
        carried: Counter[int] = Counter()
        for u in lines:
            carried.update(line_columns[u])
        if not carried:
            continue
        columns_here = np.fromiter(carried.keys(), dtype=np.int64, count=len(carried))
        spread = np.fromiter(carried.values(), dtype=np.float64, count=len(carried))
        weight = 1.0 + np.log(spread)
        lead = np.isin(columns_here, [c for u in lines[:LEAD_LINES] for c in line_columns[u]])
        weight[lead] *= 1.0 + LEAD_BONUS
        if len(lines) >= BACKGROUND_MIN_LINES:
            weight[~lead & (spread == 1)] *= BACKGROUND_WEIGHT
        rows.append(np.full(len(columns_here), row))
        cols.append(columns_here)
        values.append(weight)
    n = len(texts)
    columns = list(vocabulary) or [("word", "")]
    if rows:
        matrix = sp.csr_matrix((np.concatenate(values), (np.concatenate(rows), np.concatenate(cols))),
                               shape=(n, len(columns)), dtype=np.float64)
    else:
        matrix = sp.csr_matrix((n, len(columns)), dtype=np.float64)
    frequency = np.bincount(matrix.indices, minlength=len(columns))
    idf = np.log((1 + n) / (1 + frequency)) + 1
    scale = idf * np.array([block_weight[block] for block, _ in columns])
    matrix = normalize(matrix @ sp.diags(scale)).tocsr()
    forms = {f: c.most_common(1)[0][0] for f, c in surface.items()}
    return Vectors(matrix, columns, forms, frozenset(proper_names), frequency)


def _features(
    text: str, doc: list[tuple[str, int, bool, int]], lower_seen: set[str], proper_names: set[str]
) -> list[tuple[str, str, str, int]]:
    """(block, feature, spelling, line) for every word, name, name run and number of one text."""
    out: list[tuple[str, str, str, int]] = []
    run: list[str] = []
    pending: list[str] = []  # particles and capitalised stop words ("New", "de la") waiting for the next name
    run_line = 0
    office = False  # the run follows "Secretary of", "Minister of"
    previous, previous_end, before_previous = "", 0, ""
    kinds = _KINDS
    for token, start, initial, line in doc:
        kind = kinds.get(token) or _kind(token)
        low, name, cap_stop, particle, word, has_digit, after = kind
        if name and initial and low in lower_seen:
            name = False  # "Speaking", "Officials" at the start of a sentence
        adjacent = bool(run or pending) and text[previous_end:start].isspace()
        # "The New York Times": a capitalised stop word mid-sentence may open or continue a name;
        # "de la": a particle may continue one. Either counts only if a name follows.
        connector = not name and not initial and (cap_stop or (particle and bool(run)))
        if connector and (adjacent or not (run or pending)):
            if not adjacent:
                if len(run) > 1:
                    out.extend(_run_feature(run, office, run_line))
                run, pending = [], []
                office = previous == "of" and before_previous in _TITLES
            pending.append(_spelling(text, token, start))
        else:
            if not name or initial or not adjacent:
                if len(run) > 1:  # a run of one word is no phrase
                    out.extend(_run_feature(run, office, run_line))
                if run or pending:
                    run, pending = [], []
                office = previous == "of" and before_previous in _TITLES
            if name:
                spelling = _spelling(text, token, start)
                if not initial:
                    proper_names.add(low)
                out.append(("name", low, spelling, line))
                if not run:
                    run_line = line
                run.extend(pending)
                pending = []
                run.append(spelling)
        # Words after names: equal weights then rank the name first (labels prefer it).
        if has_digit:
            out.append(("number", word, token, line))
            if previous in MONTHS:
                out.append(("number", f"{previous} {word}", f"{previous.title()} {word}", line))
        elif word is not None:
            out.append(("word", word, token, line))
        before_previous, previous = previous, after
        previous_end = start + len(token)
    if len(run) > 1:
        out.extend(_run_feature(run, office, run_line))
    return out


def _kind(token: str) -> tuple[str, bool, bool, bool, str | None, bool, str]:
    """What a (folded) token is, whatever its context, cached per distinct token.

    (lower-cased, may be a name, capitalised stop word, name particle, its word stem or
    number value (None if neither), has a digit, what a following token sees as "previous").
    """
    stop = _stop_words()
    low = token.lower()
    has_digit = not token.isalpha() and _DIGIT.search(token) is not None
    capital = token[:1].isupper()
    date_word = low in _WEEKDAYS or low in _MONTH_ABBR or low in MONTHS  # dates are weighed as numbers
    name = capital and not has_digit and low not in stop and not date_word
    joins = not has_digit and len(token) > 1
    if has_digit:
        word = low.replace(",", "")
    elif low not in stop and len(low) > 1:
        word = _STEMS.get(low) or _STEMS.setdefault(low, _stem(low))
    else:
        word = None
    kind = (low, name, joins and capital and low in stop, joins and low in _NAME_PARTICLES, word, has_digit,
            _MONTH_ABBR.get(low.rstrip("."), low))
    _KINDS[token] = kind
    return kind


def _stem(word: str) -> str:
    if not _STEMMER:
        from snowballstemmer import stemmer  # PyStemmer's C stemmer when installed, same stems

        _STEMMER["en"] = stemmer("english").stemWord
    return _STEMMER["en"](word)


_STEMMER: dict[str, Any] = {}
_STEMS: dict[str, str] = {}
_KINDS: dict[str, tuple[str, bool, bool, bool, str | None, bool, str]] = {}
_STOP: list[frozenset[str]] = []


def _stop_words() -> frozenset[str]:
    if not _STOP:
        from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

        _STOP.append(frozenset(ENGLISH_STOP_WORDS | _NEWS_WORDS))
    return _STOP[0]


def _tokens(text: str) -> list[tuple[str, int, bool, int]]:
    """(token, offset, capital-says-nothing, line) for each word of a text, accents folded.

    The flag is set at sentence starts and on title-case lines ("Sheinbaum Defends
    Cooperation with US"), where a capital letter does not mark a name. Accents are
    folded so "Ramón" and "Ramon" are one name.
    """
    tokens = []
    offset = 0
    for number, line in enumerate(text.split("\n")):
        found = [(m.group(), m.start()) for m in _TOKEN.finditer(line)]
        if not line.isascii():
            found = [(_fold(t), start) for t, start in found]
        content = [t for t, _ in found if len(t) > 3 and t[0].isalpha()]
        title_case = len(content) >= 4 and sum(t[0].isupper() for t in content) > 0.6 * len(content)
        end = 0
        for token, start in found:
            if title_case or end == 0:
                initial = True
            elif start == end + 1 and line[end] == " ":  # most words follow one space
                initial = False
            else:
                initial = line[end:start].rstrip(" \t")[-1:] in _INITIAL_AFTER
            tokens.append((token, offset + start, initial, number))
            end = start + len(token)
        offset += len(line) + 1
    return tokens


def _spelling(text: str, token: str, start: int) -> str:
    """How a (folded) token is written in the text: accents kept ("Ramón"), and an initialism's
    final period ("U.S.", which the token pattern leaves out)."""
    written = text[start : start + len(token)]
    if "." in written and text[start + len(token) : start + len(token) + 1] == ".":
        written += "."
    return written


def _fold(token: str) -> str:
    if token.isascii():
        return token
    folded = "".join(c for c in unicodedata.normalize("NFKD", token) if not unicodedata.combining(c))
    return folded if len(folded) == len(token) else token  # keep offsets true to the text


def _run_feature(run: list[str], office: bool, line: int) -> list[tuple[str, str, str, int]]:
    """A run of capitalised words ("Marco Rubio") as one more name feature, titles cut off.

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
        return [("name", phrase.lower(), phrase, line)]
    return []
