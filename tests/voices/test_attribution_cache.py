"""An article's attribution is read once per Article object, and never answers for another article."""

from __future__ import annotations

import gc
import weakref
from dataclasses import replace

from voices_builders import article

from mediadiff.models import per_article
from mediadiff.voices import attribute


def test_the_same_article_object_is_attributed_once():
    piece = article('"We will not back down," Maria Lopez said.', "The vote is on Friday.")
    first = attribute(piece)
    assert attribute(piece) is first
    assert first.items[0].speaker == "Maria Lopez"


def test_an_equal_copy_or_a_changed_article_is_read_anew():
    piece = article('"We will not back down," Maria Lopez said.')
    other = article('"We will win," John Smith said.')
    first = attribute(piece)
    assert attribute(replace(piece)) is not first and attribute(replace(piece)) == first
    changed = replace(piece, raw=other.raw, sentences=other.sentences)
    assert attribute(changed).items[0].speaker == "John Smith"
    object.__setattr__(piece, "raw", other.raw)  # a frozen article changed behind its back
    object.__setattr__(piece, "sentences", other.sentences)
    assert attribute(piece).items[0].speaker == "John Smith"


def test_an_entry_goes_with_its_article():
    calls = []

    @per_article
    def read(item):
        calls.append(item.id)
        return len(item.raw)

    piece = article("One sentence here.")
    assert read(piece) == read(piece) and calls == ["t"]
    read.cache_clear()
    read(piece)
    assert calls == ["t", "t"]
    held = weakref.ref(piece)  # the cache holds no article: once the caller drops it, it is collected
    attribute(piece)
    del piece
    gc.collect()
    assert held() is None
