"""Word knowledge for the word aligner: frequencies, inflections, related words, synonyms.

Read lazily from ``mediadiff/data`` (built by ``bench/make_word_links.py`` from
WordNet 3.0 and wordfreq; sources and licences in ``mediadiff/data/README.md``),
so ``import mediadiff`` stays fast. Each file is sorted by its first column and
searched by bisection, so first use costs a file read, not a dictionary build.
Every key but the frequency list's is a Snowball stem of a lower-cased word,
multi-word lemmas joined with ``_`` ("call_for"). A stem's word links are kept
by WordNet lemma and part of speech: ``word_links(word)`` reads only those of
lemmas the word can be, ``linked(stem, relation)`` the union of the stem's.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from functools import lru_cache

import snowballstemmer

from mediadiff.corpus.wordtables import table_lines as _lines
from mediadiff.corpus.wordtables import table_rows as _rows

_STEMMER = snowballstemmer.stemmer("english")
# Zipf value given to a word missing from the frequency list (which keeps Zipf >= 2.5):
# such words are rarer than any listed one.
UNLISTED_ZIPF = 2.0


@lru_cache(maxsize=131072)
def stem(word: str) -> str:
    """Snowball stem of a lower-cased word."""
    return _STEMMER.stemWord(word)


@lru_cache(maxsize=131072)
def zipf(word: str) -> float:
    """Frequency of a lower-cased word on the Zipf scale (7 = "the", 3 = rare); UNLISTED_ZIPF if unlisted."""
    rows = _rows("word_frequency.tsv", word)
    return float(rows[0][0]) if rows else UNLISTED_ZIPF


# One empty set for every miss: most words have no base form, no synonym of a phrase and no antonym,
# and a new empty frozenset per miss is one more object for the cyclic collector to visit.
_NONE: frozenset[str] = frozenset()


@lru_cache(maxsize=131072)
def linked(stem_key: str, relation: str) -> frozenset[str]:
    """Stems joined to ``stem_key`` by ``relation``: "form" (fell -> fall), "related" (syrian -> syria),
    "antonym", "broader" (murder -> kill: direct WordNet hypernyms of common senses), over every lemma
    of that stem."""
    at, opening = len(stem_key) + 1, relation + "\t"
    # Only the relation's own rows are split: a stem's rows are mostly "broader" rows, and the aligner
    # asks every term's forms and related words (vectors.term_knowledge), rarely the others.
    written = [line.split("\t")[4] for line in _stem_lines(stem_key) if line.startswith(opening, at)]
    if not written:
        return _NONE
    targets = frozenset((written[0] if len(written) == 1 else " ".join(written)).split())
    if relation == "form":
        targets = targets - {stem_key}  # "stopped" -> "stop" says which lemma, not another stem
    return targets or _NONE


@lru_cache(maxsize=65536)
def _stem_lines(stem_key: str) -> tuple[str, ...]:
    """The lines of word_links.tsv keyed ``stem_key``, as written (relation, lemma, part of speech, stems)."""
    lines = _lines("word_links.tsv")
    prefix = stem_key + "\t"
    lo = hi = bisect_left(lines, prefix)
    while hi < len(lines) and lines[hi].startswith(prefix):
        hi += 1
    return tuple(lines[lo:hi]) if hi > lo else ()


@lru_cache(maxsize=65536)
def _lemma_rows(stem_key: str) -> tuple[tuple[str, str, str, str], ...]:
    """(relation, WordNet lemma, part of speech, stems as written: separated by spaces) of each row of
    ``stem_key`` in word_links.tsv. The stems are split only for the rows a word reads: most rows are
    "broader" rows of lemmas the words of a text are not."""
    return tuple((kind, lemma, pos, targets) for _, kind, lemma, pos, targets
                 in (line.split("\t") for line in _stem_lines(stem_key)))


# WordNet's morphy detachment rules per part of speech (suffix, replacement): the regular inflections.
_INFLECTIONS = {
    "n": (("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"),
          ("ies", "y")),
    "v": (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")),
    "a": (("er", ""), ("est", ""), ("er", "e"), ("est", "e")),
}


def _by_last_letter(rules: Iterable[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """``rules`` (suffix first) grouped by the suffix's last letter, in their order: a word is tried only
    against the suffixes it can end in (most words end in none: "state", "minister")."""
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for rule in rules:
        grouped.setdefault(rule[0][-1], []).append(rule)
    return {letter: tuple(group) for letter, group in grouped.items()}


_INFLECTIONS_BY_END = _by_last_letter((suffix, replacement, pos) for pos, rules in _INFLECTIONS.items()
                                      for suffix, replacement in rules)


def _inflected_from(word: str) -> frozenset[tuple[str, str]]:
    """(lemma, part of speech) pairs of which ``word`` is a regular inflection ("stated": the verb "state")."""
    return frozenset((word[: -len(suffix)] + replacement, pos)
                     for suffix, replacement, pos in _INFLECTIONS_BY_END.get(word[-1:], ())
                     if word.endswith(suffix) and len(word) - len(suffix) >= 2)


@lru_cache(maxsize=65536)
def word_links(word: str) -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """(stems of ``word``'s base forms, relation -> stems) of a lower-cased word, read only from the rows of
    lemmas the word can be: itself in any part of speech, a regular inflection of a lemma in that part of
    speech (WordNet's morphy rules), or an irregular one (WordNet's exception lists, ``form`` rows).

    A Snowball stem is shared by words of other meanings ("conversation" and "conversion" are both
    "convers", "publicly" and "public" both "public") and a form has only some parts of speech ("stated"
    is the verb "state", never the noun): their rows linked "conversation" to "figures" and "stated" to
    "government". The stem itself still links by ``stem`` ("publicly" / "public").
    """
    own = stem(word)
    rows, unknown = _lemma_rows(own), base_forms(word)
    if not rows and not unknown:  # most words of a text: nothing to read
        return _NONE, {}
    inflected: frozenset[tuple[str, str]] | None = None  # built for the first row of another lemma
    found: dict[str, set[str]] = {}
    irregular: list[tuple[str, str]] = []  # (base stem, part of speech)
    for kind, lemma, pos, targets in rows:
        if kind == "form":
            if lemma == word:
                irregular.extend((base, pos) for base in targets.split())
            continue
        if lemma != word:
            if inflected is None:
                inflected = _inflected_from(word)
            # A noun spelt as an adjective names whom the adjective describes ("Cypriots", "Syrians"): it
            # shares the adjective's pertainym (Cyprus, Syria).
            if (lemma, pos) not in inflected \
                    and not (kind == "related" and pos == "a" and (lemma, "n") in inflected):
                continue
        found.setdefault(kind, set()).update(targets.split())
    bases = set(unknown)
    for base, part in irregular:
        if base != own:
            bases.add(base)
        for kind, _, pos, targets in _lemma_rows(base):
            if kind != "form" and pos == part:
                found.setdefault(kind, set()).update(targets.split())
    if unknown:  # a word the lists do not know: only the lemmas it inflects
        inflected = _inflected_from(word) if inflected is None else inflected
        for base in unknown:
            for kind, lemma, pos, targets in _lemma_rows(base):
                if kind != "form" and (lemma, pos) in inflected:
                    found.setdefault(kind, set()).update(targets.split())
    return frozenset(bases), {kind: frozenset(targets) for kind, targets in found.items()}


def synonym_groups(stem_key: str) -> frozenset[str]:
    """WordNet synset ids (a word's first senses) holding ``stem_key``; two words sharing one are synonyms."""
    return _synonym_row(stem_key)[0]


@lru_cache(maxsize=131072)
def _synonym_row(stem_key: str) -> tuple[frozenset[str], int]:
    """(``synonym_groups(stem_key)``, where ``stem_key``'s line is or would be in synonyms.tsv)."""
    lines = _lines("synonyms.tsv")
    prefix = stem_key + "\t"
    at = bisect_left(lines, prefix)
    found = at < len(lines) and lines[at].startswith(prefix)
    return (frozenset(lines[at].split("\t")[1].split()) if found else _NONE), at


# WordNet's morphy detachment rules (suffix, replacement), for words the lists do not know.
_DETACHMENT = (("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""),
               ("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
               ("men", "man"), ("er", ""), ("er", "e"), ("est", ""), ("est", "e"))
_DETACHMENT_BY_END = _by_last_letter(_DETACHMENT)


def known(stem_key: str) -> bool:
    """Whether the word lists hold ``stem_key`` (it has synonyms or links)."""
    if synonym_groups(stem_key):
        return True
    at = len(stem_key) + 1  # a row of another relation, or a form row naming another stem
    return any(not line.startswith("form\t", at) for line in _stem_lines(stem_key)) \
        or bool(linked(stem_key, "form"))


@lru_cache(maxsize=65536)
def has_verb_lemma(stem_key: str) -> bool:
    """Whether a WordNet lemma with the stem ``stem_key`` is a verb ("convers": converse; "call"): a noun of that
    stem may name the act the verb does (``events``)."""
    return any(pos == "v" for _, _, pos, _ in _lemma_rows(stem_key))


@lru_cache(maxsize=131072)
def base_forms(word: str) -> frozenset[str]:
    """Stems of the base forms of a lower-cased word the lists do not know, by WordNet's morphy rules.

    Snowball leaves some inflections apart from their base ("freed" -> "freed",
    not "free"); WordNet's own lemmatiser strips a suffix and keeps the bases it
    knows. Tried only when the word's stem is unknown, as morphy does, so
    "news" stays "news".
    """
    if known(stem(word)):
        return _NONE
    bases = set()
    for suffix, replacement in _DETACHMENT_BY_END.get(word[-1:], ()):
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            base = stem(word[: -len(suffix)] + replacement)
            if known(base):
                bases.add(base)
    return frozenset(bases) if bases else _NONE


def is_phrase(first: str, second: str) -> bool:
    """Whether the two stems form a multi-word lemma with synonyms ("call" + "for")."""
    lo, hi = _lemmas_opening_with(first)
    if lo == hi:
        return False  # most words open no multi-word lemma: no search for the pair
    lines = _lines("synonyms.tsv")
    prefix = f"{first}_{second}\t"
    at = bisect_left(lines, prefix, lo, hi)
    return at < hi and lines[at].startswith(prefix) and bool(lines[at].split("\t")[1].split())


@lru_cache(maxsize=65536)
def _lemmas_opening_with(first: str) -> tuple[int, int]:
    """lines[lo:hi] of synonyms.tsv are the multi-word lemmas opening with stem ``first`` ("call_for", ...).

    They sort right after ``first``'s own line, which the word's synonyms were read from, so they are
    found by stepping on from there rather than by a search of the whole list for every word pair.
    """
    lines = _lines("synonyms.tsv")
    lo = _first_not_below(lines, first + "_", _synonym_row(first)[1])
    return lo, _first_not_below(lines, first + "`", lo)  # "`" follows "_": past every "first_..." key


def _first_not_below(lines: list[str], key: str, start: int) -> int:
    """``bisect_left(lines, key, start)``, probing 1, 2, 4, ... lines on from ``start`` first (the answer is
    usually a few lines on, so the search stays in memory already read)."""
    lo, hi, step = start, start, 1
    while hi < len(lines) and lines[hi] < key:
        lo, hi, step = hi + 1, hi + step, step * 2
    return bisect_left(lines, key, lo, min(hi, len(lines)))
