"""Indexes over one article's actors and mentions, so reading stays linear in its length.

``voices.actors.ActorRegistry`` keeps its actors in an ``ActorTable``, so that
matching a new name ("Sheinbaum") tries only the actors sharing one of its
words ("Claudia Sheinbaum") or the place it spells instead of every actor, and asks a ``MentionOrder``
for mentions by position instead of sorting them all for every question:
both were quadratic on long articles. Neither changes an answer.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Callable, Iterator
from typing import Any

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

    def __init__(self, items: dict[str, Actor], *, keys: Callable[[str], tuple[str, ...]]) -> None:
        super().__init__()
        self._name_words = keys
        self._order: dict[str, int] = {}
        self._next = 0
        self._words: dict[str, set[str]] = {}
        for key, value in items.items():
            self[key] = value

    def __setitem__(self, key: str, value: Actor) -> None:
        if key not in self:
            self._order[key] = self._next
            self._next += 1
        for word in {*self._name_words(key), *self._name_words(value.name)}:
            self._words.setdefault(word, set()).add(key)
        super().__setitem__(key, value)

    def pop(self, key: str, *default: Actor | None) -> Actor | None:  # type: ignore[override]
        if key in self:
            self._order.pop(key)
            for word in {*self._name_words(key), *self._name_words(self[key].name)}:
                self._words[word].discard(key)
        return super().pop(key, *default)

    def candidates(self, name: str) -> list[tuple[str, Actor]]:
        """(key, actor) of the actors sharing an index key with ``name``, in insertion order."""
        keys = {k for word in self._name_words(name) for k in self._words.get(word, ())}
        return [(k, self[k]) for k in sorted(keys, key=self._order.__getitem__)]


class MentionOrder:
    """The mentions of an article in order of their start offsets, kept up to date cheaply.

    ``ActorRegistry.mentions`` is only ever appended to (or has an item replaced
    in place with the same offsets), so each new mention is inserted once
    instead of sorting every mention on every question (quadratic on long
    articles). Mentions that start at the same offset keep the order they were
    made in, as a stable sort would.
    """

    def __init__(self, mentions: list[ActorMention]) -> None:
        self.mentions = mentions
        self._sorted: list[tuple[int, int]] = []  # (start, index in mentions)
        self._starts: set[int] = set()

    def _catch_up(self) -> list[tuple[int, int]]:
        for i in range(len(self._sorted), len(self.mentions)):
            insort(self._sorted, (self.mentions[i].start, i))
            self._starts.add(self.mentions[i].start)
        return self._sorted

    def has_start(self, start: int) -> bool:
        """Whether a mention begins at ``start``."""
        self._catch_up()
        return start in self._starts

    def latest_first(self, before: int) -> Iterator[ActorMention]:
        """Mentions starting before ``before``, latest start first."""
        order = self._catch_up()
        k = bisect_left(order, (before, -1))
        while k > 0:
            group = bisect_left(order, (order[k - 1][0], -1))
            together = [self.mentions[i] for _, i in order[group:k]]
            k = group
            yield from together

    def from_start(self, start: int) -> Iterator[ActorMention]:
        """Mentions starting at or after ``start``, earliest first."""
        order = self._catch_up()
        for k in range(bisect_left(order, (start, -1)), len(order)):
            yield self.mentions[order[k][1]]
