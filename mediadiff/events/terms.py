"""What each line of an article says: its words (stemmed), names and numbers, as features.

A name is a capitalised word or a run of them ("Juan Ramón de la Fuente"), titles cut
off; a capital at a sentence start or on a title-case line marks a name only if the word
is never written in lower case elsewhere in the corpus. Numbers and dates form their own
block ("january 11"). ``line_features`` reads the distinct lines of a corpus, in one
process or on a process pool (``jobs``), and returns the same features either way:
each line is read on its own, and the chunks are merged in line order.
"""

from __future__ import annotations

import gc
import re
import signal
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Any

from mediadiff.checks import usable_cores
from mediadiff.corpus.dates import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS
from mediadiff.corpus.namewords import NAME_PARTICLES

__all__ = ["NEWS_WORDS", "LineFeatures", "line_features", "stop_words"]

_TOKEN = re.compile(r"\w+(?:['’.,-]\w+)*")
_DIGIT = re.compile(r"\d")
# Reporting verbs and newsroom words every story uses: they say nothing about the event.
_NEWS_WORDS = frozenset(
    "said says say told according reported report reports added adding news mr mrs ms "
    "also just like new year years week time people percent statement".split()
)
NEWS_WORDS = _NEWS_WORDS  # public: labels ask which capitalised word a sentence start cut from a name ("New")
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

# Below this many distinct lines a process pool costs more than it saves.
_POOL_MIN_LINES = 20_000
_CHUNKS_PER_WORKER = 4  # evens out chunks of unequal cost


class LineFeatures:
    """The feature columns of a corpus's distinct lines, numbered in order of first use.

    ``vocabulary`` maps (block, feature) to its column; ``line_columns[k]`` the columns line
    ``k`` carries (each once, in order of appearance); ``spellings`` how each column was
    written, weighted by how many texts use the line; ``proper_names`` the single names
    seen capitalised mid-sentence.
    """

    def __init__(self) -> None:
        self.vocabulary: dict[tuple[str, str], int] = {}
        self.line_columns: list[tuple[int, ...]] = []
        self.spellings: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        self.proper_names: set[str] = set()

    def add(self, chunk: tuple[list[tuple[str, str]], list[tuple[int, ...]], list[dict[str, int]], set[str]]) -> None:
        """Append the result of ``_chunk_features`` for the next lines (chunks in line order)."""
        keys, columns, spellings, proper_names = chunk
        column_of = [self.vocabulary.setdefault(key, len(self.vocabulary)) for key in keys]
        for key, counts in zip(keys, spellings, strict=True):
            self.spellings[key].update(counts)
        self.line_columns.extend(tuple(column_of[c] for c in line) for line in columns)
        self.proper_names |= proper_names


def line_features(lines: Sequence[str], uses: Sequence[int], *, blocks: frozenset[str], jobs: int = 1) -> LineFeatures:
    """Features of every distinct line (``uses[k]``: how many texts carry line ``k``), blocks in ``blocks`` only.

    ``jobs`` worker processes (0: every core) read chunks of lines when there are enough
    lines to pay for a pool; the result is identical whatever ``jobs`` is.
    """
    lower_seen = lower_words(lines)
    workers = jobs or usable_cores()
    merged = LineFeatures()
    if workers <= 1 or len(lines) < _POOL_MIN_LINES:
        merged.add(_chunk_features(list(lines), list(uses), blocks, lower_seen))
        return merged
    from concurrent.futures import ProcessPoolExecutor

    step = -(-len(lines) // (workers * _CHUNKS_PER_WORKER))
    starts = range(0, len(lines), step)
    # The platform's default start: fork on Linux (a spawned worker would re-run a caller's script
    # that lacks an ``if __name__ == "__main__"`` guard). Workers get the stop words with the
    # lower-case words, so a spawned one never imports scikit-learn.
    # Objects the caller already holds (the articles, their texts) are frozen out of the collector while
    # the workers are forked: a collection in a worker would otherwise write to every one of them and
    # copy their pages, so each worker would come to hold a private copy of the caller's memory.
    freeze = gc.get_freeze_count() == 0
    if freeze:
        gc.freeze()
    try:
        with ProcessPoolExecutor(max_workers=workers, initializer=_start_worker,
                                 initargs=(lower_seen, _stop_words())) as pool:
            chunks = pool.map(_pooled_chunk, (list(lines[k : k + step]) for k in starts),
                              (list(uses[k : k + step]) for k in starts), [blocks] * len(starts))
            for chunk in chunks:
                merged.add(chunk)
    finally:
        if freeze:
            gc.unfreeze()
    return merged


def lower_words(lines: Sequence[str]) -> set[str]:
    """The (accent-folded) words written in lower case somewhere in ``lines``.

    Tokens never span lines, so one pass of the token pattern over the joined lines finds
    the same tokens as reading each line.
    """
    distinct = set(_TOKEN.findall("\n".join(lines)))
    return {w for w in (_fold(t) for t in distinct) if w.islower()}


_WORKER_LOWER_SEEN: list[set[str]] = []


def _start_worker(lower_seen: set[str], stop_words: frozenset[str]) -> None:
    # Ctrl-C reaches every process of the terminal's group: the main process alone handles it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER_LOWER_SEEN[:] = [lower_seen]
    _STOP[:] = [stop_words]


def _pooled_chunk(lines: list[str], uses: list[int], blocks: frozenset[str]) -> Any:
    return _chunk_features(lines, uses, blocks, _WORKER_LOWER_SEEN[0])


def _chunk_features(
    lines: list[str], uses: list[int], blocks: frozenset[str], lower_seen: set[str]
) -> tuple[list[tuple[str, str]], list[tuple[int, ...]], list[dict[str, int]], set[str]]:
    """Features of some lines with columns numbered locally: few objects to send back from a worker."""
    local: dict[tuple[str, str], int] = {}
    spellings: list[dict[str, int]] = []
    proper_names: set[str] = set()
    columns: list[tuple[int, ...]] = []
    for line, times in zip(lines, uses, strict=True):
        found: dict[int, None] = {}
        for block, feature, spelling, _ in _features(line, _tokens(line), lower_seen, proper_names):
            if block in blocks:
                column = local.setdefault((block, feature), len(local))
                if column == len(spellings):
                    spellings.append({})
                found[column] = None
                spellings[column][spelling] = spellings[column].get(spelling, 0) + times
        columns.append(tuple(found))
    return list(local), columns, spellings, proper_names


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
    date_word = low in WEEKDAYS or low in MONTH_ABBREVIATIONS or low in MONTHS  # dates are weighed as numbers
    name = capital and not has_digit and low not in stop and not date_word
    joins = not has_digit and len(token) > 1
    if has_digit:
        word = low.replace(",", "")
    elif low not in stop and len(low) > 1:
        word = _STEMS.get(low) or _STEMS.setdefault(low, _stem(low))
    else:
        word = None
    kind = (low, name, joins and capital and low in stop, joins and low in NAME_PARTICLES, word, has_digit,
            MONTH_ABBREVIATIONS.get(low.rstrip("."), low))
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


def stop_words() -> frozenset[str]:
    """Words never read as names or content words (scikit-learn's English stop words and news words):
    a capitalised one ("New") opens a name only mid-sentence."""
    return _stop_words()


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
