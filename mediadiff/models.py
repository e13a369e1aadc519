"""The vocabulary of mediadiff: frozen dataclasses shared by every stage.

Read this module first. It depends on the standard library only, so every other
module (and every research script) can import it cheaply.

Offsets: every ``start``/``end`` pair is a half-open character range into
``Article.raw``, the decoded text of the source file, so any result can point
back at the exact characters it came from (``article.raw[s.start:s.end]``).
"""

from __future__ import annotations

import functools
import re
import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, fields, is_dataclass
from pathlib import PurePath
from types import MappingProxyType
from typing import Any, TypeVar

_T = TypeVar("_T")

# A word is a run of letters or digits; an apostrophe, hyphen or period between two of them keeps it one
# word ("don't", "narco-terrorist", "U.S", "3.5"); dashes, quotes and other punctuation are not words.
_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")


def count_words(text: str) -> int:
    """Words in ``text``, by the one definition every count of mediadiff uses (list, show, score, voices)."""
    return len(_WORD.findall(text))


def word_starts(text: str) -> list[int]:
    """Where each word of ``text`` starts (offsets into it), the words ``count_words`` counts."""
    return [match.start() for match in _WORD.finditer(text)]


# The one naming of counts in every JSON, CSV and ``to_records`` row (README: "Counts in JSON and CSV are named
# *_count"): a result's field or property on the left, its key in output on the right. The library's attributes
# keep their names (``GroupScore.n_words``, ``SourceVoice.direct``); a list under one of these names (an
# ``Attributions``' ``attributions``) is no count and keeps its key.
COUNT_KEYS: Mapping[str, str] = MappingProxyType({
    "n_sentences": "sentence_count", "n_words": "word_count", "words": "word_count",
    "n_articles": "article_count", "n_comments": "comment_count", "n_mentions": "mention_count",
    "hedges": "hedge_count", "boosters": "booster_count", "attributions": "attribution_count",
    "quotes": "quote_count", "direct": "quote_count", "reported": "reported_count",
    "direct_words": "direct_word_count", "reported_words": "reported_word_count",
    "own_words": "own_word_count", "attributed_words": "attributed_word_count",
    "mentions": "mention_count", "paragraphs": "paragraph_count", "loaded_verbs": "loaded_verb_count",
})


def count_key(name: str) -> str:
    """The output key of the count ``name`` (``COUNT_KEYS``), ``name`` itself for anything else."""
    return COUNT_KEYS.get(name, name)


def counts_named(record: dict[str, Any]) -> dict[str, Any]:
    """``record`` with every whole number under a ``COUNT_KEYS`` name renamed (``n_words`` -> ``word_count``),
    keys in the same order; other values keep their keys."""
    return {(COUNT_KEYS.get(key, key) if value.__class__ is int else key): value for key, value in record.items()}


def plain(value: Any) -> Any:
    """``value`` as plain data for ``json.dumps``: a result's own ``to_dict()``, another dataclass a dict of
    its fields, a tuple a list, a mapping a dict, a path a string; text, numbers and ``None`` as they are."""
    if is_dataclass(value) and not isinstance(value, type):
        to_dict = getattr(value, "to_dict", None)
        return to_dict() if callable(to_dict) else fields_dict(value)
    if isinstance(value, Mapping):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    return str(value) if isinstance(value, PurePath) else value


def fields_dict(instance: Any) -> dict[str, Any]:
    """A dataclass's fields by name, each as ``plain`` data: the ``to_dict()`` of most results."""
    return {f.name: plain(getattr(instance, f.name)) for f in fields(instance)}


def _frozen_reduce(instance: Any) -> tuple[Any, tuple[Any, ...]]:
    # Read-only mapping views cannot be pickled; rebuilding from plain dicts lets
    # articles and events travel to worker processes (``--jobs``, Dask).
    values = tuple(
        dict(value) if isinstance(value, MappingProxyType) else value
        for value in (getattr(instance, f.name) for f in fields(instance))
    )
    return type(instance), values


def per_article(function: Callable[[Any], _T]) -> Callable[[Any], _T]:
    """``function(article)`` read once per ``Article`` object: a later call with the same object returns the
    same result. Keyed by identity (the object must be the one read, never an equal copy) and content (its
    ``raw`` and ``sentences`` the very objects read: a frozen article changed behind its back is read anew);
    an entry goes when its article is collected, so a stream of articles keeps none. ``cache_clear()``
    forgets every entry. For pure functions of the article whose result is frozen (``voices.attribute``)."""
    entries: dict[int, tuple[Any, str, tuple[Any, ...], _T]] = {}

    def read(article: Any) -> _T:
        key = id(article)
        entry = entries.get(key)
        if entry is not None and entry[0]() is article and entry[1] is article.raw \
                and entry[2] is article.sentences:
            return entry[3]
        result = function(article)
        try:
            held = weakref.ref(article, lambda _, key=key: entries.pop(key, None))
        except TypeError:  # an object that takes no weak reference is read every time
            return result
        entries[key] = (held, article.raw, article.sentences, result)
        return result

    read.cache_clear = entries.clear  # type: ignore[attr-defined]
    return functools.wraps(function)(read)  # its name, doc and signature: argument checks read them


MAX_SHOWN_CHARS = 60  # an id or reference echoed in a message is cut to this many characters


def shorten(text: str, limit: int = MAX_SHOWN_CHARS) -> str:
    """``text`` cut to ``limit`` characters with "…", for echoing user input (a 100,000-character id) in messages."""
    text = str(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


class MediadiffError(Exception):
    """A problem with the user's input that mediadiff reports as one line."""


class ArticleNotFound(MediadiffError):
    """No article in the corpus matches an id, prefix or path."""


class AmbiguousArticleId(MediadiffError):
    """A prefix matches more than one article."""

    def __init__(self, ref: str, candidates: tuple[str, ...]):
        self.ref = ref
        self.candidates = candidates
        shown = ", ".join(shorten(c) for c in candidates[:10]) + (f" and {len(candidates) - 10} more"
                                                                   if len(candidates) > 10 else "")
        super().__init__(f"{shorten(ref)!r} matches several articles: {shown}")


class CorpusError(MediadiffError):
    """A corpus directory or file that cannot be read at all."""


class ArgumentTypeError(MediadiffError, TypeError):
    """A public function was given an argument of the wrong type (an id string where an ``Article`` belongs).

    Also a ``TypeError``, so ``except TypeError`` still catches it; ``except MediadiffError`` catches every
    mistake mediadiff reports."""


class InvalidArgument(MediadiffError, ValueError):
    """A public function was given an argument of the right type but an unusable value (a threshold of 2,
    ``by="topic"``). Also a ``ValueError``."""


@dataclass(frozen=True)
class Sentence:
    """One body sentence. ``index`` is its 0-based position in the cleaned body."""

    index: int
    text: str
    start: int
    end: int
    paragraph: int = 0

    def to_dict(self) -> dict[str, Any]:
        return fields_dict(self)


@dataclass(frozen=True)
class Comment:
    """A reader comment: kept apart from the article body and scored on its own."""

    author: str
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return fields_dict(self)


@dataclass(frozen=True)
class Removed:
    """Text set aside as not part of the article body, and why.

    ``reason`` is one of: ``copyright``, ``filed-under``, ``wire-credit``,
    ``section-label``, ``timestamp``, ``headline``, ``repeated-headline``, ``deck``,
    ``correction``, ``editors-note``, ``credit``, ``contact``, ``author-bio``,
    ``subhead``, ``duplicate-sentence``, ``comment-header``, ``comment-control``, ``standfirst``,
    ``page-furniture``, ``caption``, ``byline``, ``dateline``, ``markup``.
    """

    text: str
    reason: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return fields_dict(self)


@dataclass(frozen=True)
class Article:
    """A cleaned news article.

    ``metadata_source`` maps a metadata field name (``title``, ``outlet``,
    ``published``, ``sections``, ``wire``, ``url``, ``authors``) to where its value came from,
    e.g. ``"copyright line (inferred)"``, ``"manifest"`` or ``"json field"``.
    ``authors``: the people who wrote the article, as its byline names them (no agency, no role); last
    of the fields so that positional construction keeps working. Metadata only: grouping, alignment and
    tone never read it.
    """

    id: str
    path: str
    raw: str
    sentences: tuple[Sentence, ...]
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    sections: tuple[str, ...] = ()
    wire: str | None = None
    url: str | None = None
    comments: tuple[Comment, ...] = ()
    removed: tuple[Removed, ...] = ()
    warnings: tuple[str, ...] = ()
    metadata_source: Mapping[str, str] = field(default_factory=dict, compare=False)
    authors: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        # A read-only view keeps the "frozen" promise for the mapping too.
        object.__setattr__(self, "metadata_source", MappingProxyType(dict(self.metadata_source)))
        if not isinstance(self.authors, tuple):  # a library caller's list, one name or None: a tuple, hashable
            value = self.authors
            authors = () if value is None else (value,) if isinstance(value, str) else \
                tuple(value) if isinstance(value, Iterable) else (value,)
            object.__setattr__(self, "authors", authors)
        if not all(isinstance(name, str) for name in self.authors):  # a number would break every rendering
            raise InvalidArgument(f"authors must be names (strings), not {shorten(repr(self.authors))}")

    __reduce__ = _frozen_reduce

    @property
    def body(self) -> str:
        """The cleaned body: sentences joined by single spaces."""
        return " ".join(s.text for s in self.sentences)

    @property
    def word_count(self) -> int:
        """Words in the cleaned body (``count_words``: the same count ``score`` divides by)."""
        return sum(count_words(s.text) for s in self.sentences)

    @property
    def label(self) -> str:
        """Short human label: ``"001 (Latin Times)"``."""
        return f"{self.id} ({self.outlet})" if self.outlet else self.id

    def to_dict(self) -> dict[str, Any]:
        """Every field as plain data (``raw``, the sentences with their offsets, comments, what was removed)."""
        return fields_dict(self)


@dataclass(frozen=True)
class Corpus:
    """An ordered collection of articles with id resolution.

    ``corpus["001"]`` accepts an exact id, a unique id prefix, or the path of a
    file in the corpus; it raises ``ArticleNotFound`` or ``AmbiguousArticleId``.
    """

    root: str
    articles: tuple[Article, ...]
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The folder, every article (``Article.to_dict``) and the warnings of the reading."""
        return fields_dict(self)

    def __iter__(self) -> Iterator[Article]:
        return iter(self.articles)

    def __len__(self) -> int:
        return len(self.articles)

    def __getitem__(self, ref: str) -> Article:
        if not isinstance(ref, str) and not hasattr(ref, "__fspath__"):
            # corpus[0] read "'0' matches several articles": a position is not an id.
            raise ArgumentTypeError(f"corpus[...] takes an article id, prefix or path, not {type(ref).__name__} "
                                    f"{shorten(repr(ref))}; by position: corpus.articles[0] or corpus.ids[0]")
        return self.resolve(ref)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(a.id for a in self.articles)

    def resolve(self, ref: str) -> Article:
        ref = str(ref)
        for article in self.articles:
            if article.id == ref:
                return article
        from pathlib import Path

        as_path = Path(ref)
        if as_path.suffix or "/" in ref or "\\" in ref:
            try:
                target = as_path.resolve()
            except (OSError, ValueError):  # a NUL byte or a name too long: not a path to any article
                target = None
            for article in self.articles:
                if target is not None and Path(article.path).resolve() == target:
                    return article
        matches = tuple(a.id for a in self.articles if a.id.startswith(ref))
        if len(matches) == 1:
            return next(a for a in self.articles if a.id == matches[0])
        if len(matches) > 1:
            raise AmbiguousArticleId(ref, matches)
        # A file skipped while reading ("skipped 007_scan.txt: binary file") is why its id is unknown: say so, when
        # the ref names that file as it would have named its article (its name, its stem, a prefix of one
        # skipped file's name alone): "0" is no hint at "007_scan.txt" among several files starting with 0.
        skips = {w[8:].partition(": ")[0]: w for w in self.warnings if w.startswith("skipped ") and ": " in w}
        close = [w for name, w in skips.items() if ref in (name, Path(name).stem)] or [
            w for name, w in skips.items() if name.startswith(ref)]
        skipped = close[0] if len(close) == 1 else None
        if skipped is not None:
            raise ArticleNotFound(f"no article {shorten(ref)!r} in {self.root}: {shorten(skipped)}")
        known = ", ".join(shorten(i) for i in self.ids[:10]) + (" ..." if len(self.ids) > 10 else "")
        raise ArticleNotFound(f"no article {shorten(ref)!r} in {self.root} (known ids: {known or 'none'})")


@dataclass(frozen=True)
class _ArticleGroup:
    """What an event and a story both are: a labelled group of articles.

    ``cohesion`` maps article id to its mean similarity with the other members
    (cosine in [0, 1], higher is a tighter fit; 1.0 for a single-member group).
    ``first_published``/``last_published`` span the members' known publication
    dates (ISO strings as the articles give them), ``None`` when no member has one.
    """

    id: str
    label: str
    article_ids: tuple[str, ...]
    cohesion: Mapping[str, float] = field(default_factory=dict, compare=False)
    shared_terms: tuple[str, ...] = ()
    first_published: str | None = None
    last_published: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "cohesion", MappingProxyType(dict(self.cohesion)))

    __reduce__ = _frozen_reduce

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "label": self.label, "articles": list(self.article_ids),
            "first_published": self.first_published, "last_published": self.last_published,
            "cohesion": dict(self.cohesion), "shared_terms": list(self.shared_terms),
        }

    def to_records(self) -> list[dict[str, Any]]:
        """One flat row per member article, the columns of ``group --format csv`` that the group itself knows
        (its id, label, size, the member's id and cohesion, the group's dates); join a corpus's rows on ``id``
        for outlets and titles."""
        return [{"event": self.id, "label": self.label, "article_count": len(self.article_ids), "id": member,
                 "cohesion": self.cohesion.get(member), "first_published": self.first_published,
                 "last_published": self.last_published} for member in self.article_ids]


@dataclass(frozen=True)
class Event(_ArticleGroup):
    """A group of articles judged to report the same event (inside a story: id ``S1.2``);
    the fields are described on ``_ArticleGroup``."""


@dataclass(frozen=True)
class Story(_ArticleGroup):
    """Articles about one news story (id ``S1``), split into the events it is made of.

    Every member is in exactly one of ``events``; the other fields mean what they mean on ``Event``.
    """

    events: tuple[Event, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {**super().to_dict(), "events": [e.to_dict() for e in self.events]}

    def to_records(self) -> list[dict[str, Any]]:
        """One flat row per member article: the story, then its event's row (``Event.to_records``)."""
        return [{"story": self.id, "story_label": self.label, **row} for event in self.events
                for row in event.to_records()]
