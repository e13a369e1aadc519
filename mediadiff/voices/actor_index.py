"""Indexes over one article's actors and mentions, so reading stays linear in its length.

``voices.actors.ActorRegistry`` keeps its actors in an ``ActorTable``, so that
matching a new name ("Sheinbaum") tries only the actors sharing one of its
words ("Claudia Sheinbaum") or the place it spells instead of every actor, and asks a ``MentionOrder``
for mentions by position instead of sorting them all for every question:
both were quadratic on long articles. Neither changes an answer.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import Any

from mediadiff.voices.names import words_of

# voices.actors.Actor and ActorMention (not imported: actors imports this module)
Actor = Any
ActorMention = Any


class ActorTable(dict):
    """Actors by name in insertion order, indexed by the words of their names.

    ``same_actor`` never holds for two names without an index key in common
    (``names.index_keys``: the words compared, or the place a name spells), so
    matching a name tries only the actors sharing one of its keys instead of
    every actor (reading a long article was quadratic in its names).
    """

    def __init__(self, items: dict[str, Actor], *, keys: Callable[[str], tuple[str, ...]],
                 described: Callable[[Actor], Iterable[str]] = lambda actor: ()) -> None:
        super().__init__()
        self._name_words = keys
        self._described_words = described
        self._order: dict[str, int] = {}
        self._next = 0
        self._words: dict[str, set[str]] = {}
        self._described: dict[str, set[str]] = {}
        for key, value in items.items():
            self[key] = value

    def __setitem__(self, key: str, value: Actor) -> None:
        if key not in self:
            self._order[key] = self._next
            self._next += 1
        else:
            self._forget_description(key)
        for word in {*self._name_words(key), *self._name_words(value.name)}:
            self._words.setdefault(word, set()).add(key)
        for word in self._described_words(value):
            self._described.setdefault(word, set()).add(key)
        super().__setitem__(key, value)

    def pop(self, key: str, *default: Actor | None) -> Actor | None:  # type: ignore[override]
        if key in self:
            self._order.pop(key)
            for word in {*self._name_words(key), *self._name_words(self[key].name)}:
                self._words[word].discard(key)
            self._forget_description(key)
        return super().pop(key, *default)

    def move_to_end(self, key: str) -> None:
        """``key`` made the latest inserted with its actor unchanged: its index entries stay."""
        value = dict.pop(self, key)
        del self._order[key]
        self._order[key] = self._next
        self._next += 1
        dict.__setitem__(self, key, value)

    def _forget_description(self, key: str) -> None:
        for word in self._described_words(self[key]):
            self._described[word].discard(key)

    def described_by(self, word: str) -> set[str]:
        """Keys of the actors whose description (``described``: words of name and role) holds ``word``."""
        return self._described.get(word, set())

    def candidates(self, name: str) -> list[tuple[str, Actor]]:
        """(key, actor) of the actors sharing an index key with ``name``, in insertion order."""
        keys = {k for word in self._name_words(name) for k in self._words.get(word, ())}
        return [(k, self[k]) for k in sorted(keys, key=self._order.__getitem__)]

    def first_of(self, name: str, holds: Callable[[Actor], bool], *, latest: bool = False) -> str | None:
        """The key of the earliest (``latest``: the last) actor inserted, among those sharing an
        index key with ``name``, for which ``holds``: ``candidates`` searched without sorting them."""
        order = self._order
        best = None
        for word in self._name_words(name):
            for key in self._words.get(word, ()):
                if (best is None or (order[key] > order[best] if latest else order[key] < order[best])) \
                        and holds(self[key]):
                    best = key
        return best


def reinsert(actors: dict[str, Actor], previous: str, actor: Actor) -> None:
    """``actor`` stored last under its name in place of the entry ``previous`` (the same actor as known
    so far): ``actors.pop(previous, None)``, then ``actors[actor.name] = actor``. A known actor named
    again unchanged (the commonest case) keeps its index entries in an ``ActorTable``, which
    only moves it to the end instead of taking them out and putting the same ones back."""
    if type(actors) is ActorTable and previous == actor.name and actors.get(previous) is actor:
        actors.move_to_end(previous)
        return
    actors.pop(previous, None)
    actors[actor.name] = actor


class MentionList(list):
    """An article's mentions: a list that tells its ``MentionOrder`` when an item is replaced in place
    (a mention renamed to the actor's full name), so the order's indexes never go stale."""

    order: MentionOrder | None = None

    def __setitem__(self, index, value) -> None:  # type: ignore[no-untyped-def]
        old = self[index]
        super().__setitem__(index, value)
        if self.order is not None:
            if isinstance(index, int):
                self.order.replaced(index % len(self), old)
            else:
                self.order.__init__(self, keys=self.order._name_keys)  # type: ignore[misc]


_NAME_REACH = 200  # characters: longer than any name a mention spans


class MentionOrder:
    """The mentions of an article in order of their start offsets, kept up to date cheaply.

    ``ActorRegistry.mentions`` is only ever appended to (or has an item replaced
    in place with the same offsets), so each new mention is inserted once
    instead of sorting every mention on every question (quadratic on long
    articles). Mentions that start at the same offset keep the order they were
    made in, as a stable sort would.
    """

    def __init__(self, mentions: list[ActorMention], *,
                 keys: Callable[[str], tuple[str, ...]] = lambda name: ()) -> None:
        self.mentions = mentions
        if isinstance(mentions, MentionList):
            mentions.order = self
        self._sorted: list[tuple[int, int]] = []  # (start, index in mentions)
        self._starts: set[int] = set()
        self._of_actor: dict[tuple[str, str], list[tuple[int, int]]] = {}  # (actor, kind) -> (start, index)
        self._name_keys = keys
        self._names: dict[str, set[str]] = {}  # index key -> actor names of mentions

    def _catch_up(self) -> list[tuple[int, int]]:
        for i in range(len(self._sorted), len(self.mentions)):
            m = self.mentions[i]
            insort(self._sorted, (m.start, i))
            self._index_actor(m, i)
            self._starts.add(m.start)
        return self._sorted

    def _index_actor(self, m: ActorMention, i: int) -> None:
        insort(self._of_actor.setdefault((m.actor, m.kind), []), (m.start, i))
        for key in self._name_keys(m.actor):
            self._names.setdefault(key, set()).add(m.actor)

    def naming(self, name: str, kind: str, sharing: Callable[[str], bool]) -> list[int]:
        """Indices of the mentions of ``kind`` naming an actor other than ``name`` for which
        ``sharing`` holds, provided it never holds for a name without an index key of ``name``."""
        self._catch_up()
        names = {other for key in self._name_keys(name) for other in self._names.get(key, ())}
        return [i for other in names if other != name and sharing(other)
                for _, i in self._of_actor.get((other, kind), ())]

    def replaced(self, index: int, old: ActorMention) -> None:
        """Mention ``index`` was ``old`` and has been replaced in place (``MentionList`` tells)."""
        if index >= len(self._sorted):
            return  # not indexed yet: indexed as it is now when caught up
        m = self.mentions[index]
        if (m.start, m.kind) != (old.start, old.kind):
            self.__init__(self.mentions, keys=self._name_keys)  # type: ignore[misc]  # never so far: read anew
            return
        entries = self._of_actor[(old.actor, old.kind)]
        del entries[bisect_left(entries, (old.start, index))]
        self._index_actor(m, index)

    def latest_of(self, actor: str, kind: str, before: int) -> tuple[int, int] | None:
        """(start, index) of the mention of ``actor`` as ``kind`` that ``latest_first(before)``
        would reach first (the latest start before ``before``; of equal starts, the earliest made)."""
        self._catch_up()
        order = self._of_actor.get((actor, kind), [])
        k = bisect_left(order, (before, -1))
        return order[bisect_left(order, (order[k - 1][0], -1))] if k else None

    def count_of(self, actor: str, kind: str) -> int:
        """How many mentions name ``actor`` as ``kind`` so far."""
        self._catch_up()
        return len(self._of_actor.get((actor, kind), ()))

    def names_span(self, start: int, end: int, actor: str) -> bool:
        """Whether a mention begins at ``start`` or a mention of ``actor`` overlaps ``start``-``end`` ("Federal
        Reserve" inside "The Federal Reserve"): a span counts once. Names are short, so only mentions starting
        at most ``_NAME_REACH`` characters before are read."""
        order = self._catch_up()
        near = order[bisect_left(order, (start - _NAME_REACH, -1)):bisect_left(order, (max(end, start + 1), -1))]
        return start in self._starts or any(self.mentions[i].actor == actor and self.mentions[i].end > start
                                            for _, i in near)

    def latest_first(self, before: int) -> Iterator[ActorMention]:
        """Mentions starting before ``before``, latest start first."""
        order = self._catch_up()
        k = bisect_left(order, (before, -1))
        while k > 0:
            group = k - 1
            while group and order[group - 1][0] == order[k - 1][0]:
                group -= 1
            together = [self.mentions[i] for _, i in order[group:k]]
            k = group
            yield from together

    def from_start(self, start: int) -> Iterator[ActorMention]:
        """Mentions starting at or after ``start``, earliest first."""
        order = self._catch_up()
        for k in range(bisect_left(order, (start, -1)), len(order)):
            yield self.mentions[order[k][1]]


@lru_cache(maxsize=65536)
def actor_description(actor: Any) -> tuple[str, frozenset[str]]:
    """An actor's name and role as lower-case words, joined and as a set: what a role or a
    "the department" is looked up in (read once per actor, not once per mention passed)."""
    described = " ".join(words_of(actor.name) + words_of(actor.role or ""))
    return described, frozenset(described.split())
