"""Word knowledge for the word aligner: frequencies, inflections, related words, synonyms.

Loaded lazily from ``mediadiff/data`` (built by ``bench/make_word_links.py`` from
WordNet 3.0 and wordfreq; sources and licences in ``mediadiff/data/README.md``),
so ``import mediadiff`` stays fast. Every key is a Snowball stem of a
lower-cased word, multi-word lemmas joined with ``_`` ("call_for").
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import snowballstemmer

_DATA = Path(__file__).resolve().parent.parent / "data"
_STEMMER = snowballstemmer.stemmer("english")
# Zipf value given to a word missing from the frequency list (which keeps Zipf >= 2.5):
# such words are rarer than any listed one.
UNLISTED_ZIPF = 2.0


@lru_cache(maxsize=131072)
def stem(word: str) -> str:
    """Snowball stem of a lower-cased word."""
    return _STEMMER.stemWord(word)


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, float]:
    out = {}
    for line in (_DATA / "word_frequency.txt").read_text(encoding="utf-8").splitlines():
        value, _, words = line.partition("\t")
        for word in words.split():
            out[word] = float(value)
    return out


def zipf(word: str) -> float:
    """Frequency of a lower-cased word on the Zipf scale (7 = "the", 3 = rare); UNLISTED_ZIPF if unlisted."""
    return _frequencies().get(word, UNLISTED_ZIPF)


@lru_cache(maxsize=1)
def _links() -> dict[tuple[str, str], frozenset[str]]:
    out = {}
    for line in (_DATA / "word_links.tsv").read_text(encoding="utf-8").splitlines():
        key, relation, targets = line.split("\t")
        out[key, relation] = frozenset(targets.split())
    return out


def linked(stem_key: str, relation: str) -> frozenset[str]:
    """Stems joined to ``stem_key`` by ``relation``: "form" (fell -> fall), "related" (syrian -> syria), "antonym"."""
    return _links().get((stem_key, relation), frozenset())


@lru_cache(maxsize=1)
def _synonym_groups() -> dict[str, list[int]]:
    groups: dict[str, list[int]] = {}
    text = (_DATA / "synonyms.txt").read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines()):
        for member in line.split():
            groups.setdefault(member, []).append(number)
    return groups


@lru_cache(maxsize=65536)
def synonym_groups(stem_key: str) -> frozenset[int]:
    """Ids of the WordNet synsets (a word's first senses only) that contain ``stem_key``."""
    return frozenset(_synonym_groups().get(stem_key, ()))


def is_phrase(first: str, second: str) -> bool:
    """Whether the two stems form a multi-word lemma with synonyms ("call" + "for")."""
    return f"{first}_{second}" in _synonym_groups()
