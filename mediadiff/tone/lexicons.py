"""Cue lexicons (hedges, boosters, attribution verbs) and the matcher that finds them.

The word lists live in ``mediadiff/data/*.tsv`` (one entry per row, with its
source); this module reads them once and finds cues as character spans.

Row format (tab-separated, ``#`` lines are comments, first non-comment row is
the header)::

    cue  forms  weight  scope  train_n  train_precision  not_after  not_before  source  note

* ``cue``: the lemma or phrase, lower case, words separated by spaces.
* ``forms``: ``|``-separated surface forms matched instead of ``cue`` (inflections
  are listed, not guessed, so a reader can see exactly what matches); empty means
  the cue itself is the only form.
* ``weight``: in [0, 1], how reliably the cue marks its category in news prose.
* ``scope``: ``news`` rows form the default lexicon; ``wiki`` rows are weasel cues
  learned on the CoNLL-2010 Wikipedia training set, used only by
  ``profile="wikipedia"`` (the benchmark).
* ``train_n`` / ``train_precision``: support and precision of the cue on that
  training set (diagnostics; empty if unseen).
* ``not_after`` / ``not_before``: ``|``-separated words that veto a match when
  they are the previous / next word (``his might`` is a noun).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, chain, compress, repeat
from operator import add
from typing import Any, NamedTuple

from mediadiff.corpus.wordtables import DATA
from mediadiff.models import InvalidArgument
from mediadiff.tone.claimscope import clause_breaks
from mediadiff.tone.modality import epistemic
from mediadiff.tone.newsrules import noun_use

KINDS = ("hedge", "booster", "attribution")

# Letters/digits with inner apostrophes: "don't", "U.S" splits at the dot.
_TOKEN = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")  # gaps and words alternate: offsets by summing lengths
# The same words in lower-cased ASCII text, where [^\W_] is exactly [a-z0-9]: a plain class is faster to scan.
_ASCII_TOKEN_SPLIT = re.compile(r"([a-z0-9]+(?:'[a-z0-9]+)*)")
_MONTH_NEXT = re.compile(r"\s*(\d|,)")


class Token(NamedTuple):
    """A word of the scored text: lower-cased ``norm`` and its half-open span.
    (A named tuple, not a frozen dataclass: every word of a corpus makes one.)"""

    norm: str
    start: int
    end: int


class Tokens(Sequence[Token]):
    """The words of one text as three parallel lists: lower-cased ``norms`` and the half-open
    ``starts``/``ends`` of each. A sequence of ``Token`` for any reader; the scorers read the lists,
    because a tuple object per word of a corpus costs more than finding the words."""

    __slots__ = ("norms", "starts", "ends", "joins")

    def __init__(self, norms: list[str], starts: list[int], ends: list[int], joins: int | None = None) -> None:
        self.norms, self.starts, self.ends = norms, starts, ends
        # how many gaps between two words are one period or hyphen ("U.S", "narco-terrorist"): see word_count
        self.joins = joins

    def __len__(self) -> int:
        return len(self.norms)

    def __getitem__(self, i):  # type: ignore[no-untyped-def,override]
        if isinstance(i, slice):
            return [Token(*t) for t in zip(self.norms[i], self.starts[i], self.ends[i])]
        return Token(self.norms[i], self.starts[i], self.ends[i])

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Tokens({list(self)!r})"


_JOIN = re.compile(r"(?<=[^\W_])[.\-](?=[^\W_])")  # one period or hyphen between two letters or digits
# The same joins in ASCII text, found faster: the letter before is consumed instead of looked behind at
# (it cannot start the next join, which needs a period or hyphen first).
_ASCII_JOIN = re.compile(r"[A-Za-z0-9][.\-](?=[A-Za-z0-9])")


def word_count(text: str, tokens: Sequence[Token]) -> int:
    """``mediadiff.models.count_words(text)`` from the text's ``tokenize`` tokens: a counted word is
    one or more tokens joined by a single period or hyphen ("U.S.", "narco-terrorist"; apostrophes
    already join tokens), so the count is the tokens less those joins, without reading every word again.
    ``tokenize`` counted them already, from the gaps between words (a gap of exactly "." or "-")."""
    joins = getattr(tokens, "joins", None)
    if joins is None:
        joins = len((_ASCII_JOIN if text.isascii() else _JOIN).findall(text))
    return len(tokens) - joins


def columns(tokens: Sequence[Token]) -> tuple[list[str], list[int], list[int]]:
    """``(norms, starts, ends)`` of any sequence of tokens (free for ``Tokens``)."""
    if isinstance(tokens, Tokens):
        return tokens.norms, tokens.starts, tokens.ends
    return [t.norm for t in tokens], [t.start for t in tokens], [t.end for t in tokens]


@dataclass(frozen=True)
class LexiconEntry:
    """One surface form of a cue: ``words`` are lower-cased tokens."""

    kind: str
    cue: str
    words: tuple[str, ...]
    weight: float
    not_after: frozenset[str] = frozenset()
    not_before: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Match:
    """A cue found in a text: ``entry`` and the half-open span it covers."""

    entry: LexiconEntry
    start: int
    end: int


def tokenize(text: str) -> Tokens:
    """Split ``text`` into word tokens with character offsets (apostrophes normalised)."""
    ascii_text = text.isascii()
    # lower-casing ASCII keeps every offset, so such text is lowered once; words and the gaps between
    # them alternate, so every offset is a running sum of lengths (all done in C, no object per word)
    parts = _ASCII_TOKEN_SPLIT.split(text.lower()) if ascii_text else _TOKEN_SPLIT.split(text)
    offsets = list(accumulate(map(len, parts)))
    norms = parts[1::2]
    if not ascii_text:
        norms = [w.lower().replace("\u2019", "'") for w in norms]
    inner = parts[2:-1:2]  # the gaps between two words
    return Tokens(norms, offsets[0::2][: len(norms)], offsets[1::2], inner.count(".") + inner.count("-"))


class _WordIn(dict[str, "str | None"]):
    """ASCII whitespace token -> its only word lower-cased, "" for a token without a word ("--"), ``None`` for
    one with several ("U.S.", "1,000", "well-known"); once per distinct token: news repeats its words. Where
    that word starts in the token is ``_WORD_AT``'s: two columns, each one map in C per sentence."""

    def __missing__(self, token: str) -> str | None:
        if len(self) >= 200_000:  # a bound for endless streams of distinct tokens
            self.clear()
        parts = _ASCII_TOKEN_SPLIT.split(token.lower())
        value = self[token] = "" if len(parts) == 1 else parts[1] if len(parts) == 3 else None
        return value


class _WordAt(dict[str, int]):
    """ASCII whitespace token of one word -> where that word starts in it (-1 without a word)."""

    def __missing__(self, token: str) -> int:
        if len(self) >= 200_000:
            self.clear()
        parts = _ASCII_TOKEN_SPLIT.split(token.lower())
        value = self[token] = len(parts[0]) if len(parts) == 3 else -1
        return value


class _WordsIn(dict[str, "tuple[tuple[str, ...], tuple[int, ...], int]"]):
    """ASCII whitespace token -> its lower-cased words ("U.S.": "u", "s"), where each starts in the token, and how
    many of the gaps between them are one period or hyphen (the joins ``word_count`` subtracts), as ``tokenize``
    finds them in the token alone."""

    def __missing__(self, token: str) -> tuple[tuple[str, ...], tuple[int, ...], int]:
        if len(self) >= 200_000:
            self.clear()
        parts = _ASCII_TOKEN_SPLIT.split(token.lower())
        offsets = list(accumulate(map(len, parts)))
        inner = parts[2:-1:2]
        value = self[token] = (tuple(parts[1::2]), tuple(offsets[0::2][: len(parts) // 2]),
                               inner.count(".") + inner.count("-"))
        return value


_WORD_IN = _WordIn()
_WORD_AT = _WordAt()
_WORDS_IN = _WordsIn()


def tokenize_words(tokens: Sequence[str], starts: Sequence[int], *, single: Sequence[str | None] | None = None,
                   single_at: Sequence[int] | None = None, parts: Sequence[Any] | None = None) -> Tokens:
    """``tokenize(text)`` of an ASCII text from its whitespace ``tokens`` (``text.split()``) and where each
    starts (``single``, ``single_at``, ``parts``: their ``_WORD_IN``, ``_WORD_AT`` and ``_WORDS_IN``, given by
    ``tone.reader``). Most words of news are one token each: reading each distinct token once and the rest in C
    costs less than splitting the text again. Words never span whitespace, so the words of the text are those
    of its tokens, in order, and only the gaps inside a token can be joins ("U.S.")."""
    norms = list(map(_WORD_IN.__getitem__, tokens)) if single is None else list(single)
    if None in norms:  # a token of several words: every token's words, offsets and joins, in C
        words, offsets, joins = zip(*(map(_WORDS_IN.__getitem__, tokens) if parts is None else parts))
        norms = list(chain.from_iterable(words))
        # each word starts where its token does plus its offset in the token
        begins = list(map(add, chain.from_iterable(map(repeat, starts, map(len, words))), chain.from_iterable(offsets)))
        return Tokens(norms, begins, list(map(add, begins, map(len, norms))), sum(joins))
    begins = list(map(add, starts, map(_WORD_AT.__getitem__, tokens) if single_at is None else single_at))
    if "" in norms:  # tokens without a word ("--", "&") drop out
        keep = list(map(bool, norms))
        norms, begins = list(compress(norms, keep)), list(compress(begins, keep))
    return Tokens(norms, begins, list(map(add, begins, map(len, norms))), 0)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Lexicon:
    """All cue entries of one profile plus the hedge threshold.

    ``hedge_threshold`` in [0, 1]: a sentence counts as hedged when its hedge
    score reaches it. Without ``hedge_bias`` the hedge score is the weight of the
    strongest hedge cue; with it (learned profile) entry weights are log-odds and
    the score is ``sigmoid(hedge_bias + sum of weights of every hedge n-gram
    present)``, a probability of uncertainty. Only positive entries are shown as cues.
    """

    entries: tuple[LexiconEntry, ...]
    hedge_threshold: float = 0.5
    hedge_bias: float | None = None
    modal_rules: bool = False  # hedges and boosters only where epistemic (tone.modality: "must sign" is none)
    _index: dict[str, tuple[LexiconEntry, ...]] = field(
        init=False, repr=False, compare=False, hash=False, default_factory=dict
    )
    _log_odds: dict[str, float] = field(init=False, repr=False, compare=False, hash=False, default_factory=dict)
    # ``_index``'s entries that can match where a word is followed by another: by (word, next word)
    _by_pair: dict[tuple[str, str | None], tuple[LexiconEntry, ...]] = field(
        init=False, repr=False, compare=False, hash=False, default_factory=dict
    )
    # a word opening some cue -> its one-word cues and the second words of its longer ones: most such words
    # ("the", "to", "of") open only longer cues, and the next word tells at once that none can match
    _openers: dict[str, tuple[tuple[LexiconEntry, ...], frozenset[str]]] = field(
        init=False, repr=False, compare=False, hash=False, default_factory=dict
    )

    def __post_init__(self) -> None:
        index = _build_index(tuple(e for e in self.entries if e.weight > 0))
        object.__setattr__(self, "_index", index)
        by_pair = _pair_index(index)
        object.__setattr__(self, "_by_pair", by_pair)
        object.__setattr__(self, "_openers", {
            first: (by_pair[(first, None)], frozenset(e.words[1] for e in entries if len(e.words) > 1))
            for first, entries in index.items()})
        if self.hedge_bias is not None:
            log_odds = {" ".join(e.words): e.weight for e in self.entries if e.kind == "hedge"}
            object.__setattr__(self, "_log_odds", log_odds)

    def hedge_score(self, tokens: Sequence[Token], matches: list[Match]) -> float:
        """Hedge score in [0, 1] of one sentence (see the class docstring)."""
        if self.hedge_bias is None:
            return max([m.entry.weight for m in matches if m.entry.kind == "hedge"], default=0.0) if matches else 0.0
        words = columns(tokens)[0]
        grams = set(words) | {f"{a} {b}" for a, b in zip(words, words[1:])}
        z = self.hedge_bias + sum(self._log_odds.get(g, 0.0) for g in grams)
        return 1.0 / (1.0 + math.exp(-z))

    def is_hedged(self, score: float) -> bool:
        return score >= self.hedge_threshold and (score > 0 or self.hedge_bias is not None)

    def find(self, text: str, tokens: Sequence[Token] | None = None, *, opens_cue: Sequence[bool] | None = None,
             ) -> list[Match]:
        """Non-overlapping cues in ``text``, left to right; longer cues win ties (``opens_cue``: tone.reading)."""
        norms, starts, ends = columns(tokenize(text) if tokens is None else tokens)
        openers, by_pair, modal_rules = self._openers, self._by_pair, self.modal_rules
        found: list[Match] = []
        n_tokens = len(norms)
        # only words that open some cue are looked at (a dict lookup each, in C)
        for i in compress(range(n_tokens), map(openers.__contains__, norms) if opens_cue is None else opens_cue):
            single, seconds = openers[norms[i]]
            # the cues of this word whose second word is the next one ("in fact" after "in"), else its one-word cues
            entries = by_pair[(norms[i], norms[i + 1])] if i + 1 < n_tokens and norms[i + 1] in seconds else single
            if not entries or (found and starts[i] < found[-1].end):  # none, or inside the cue found last
                continue
            best: LexiconEntry | None = None
            for entry in entries:
                n = len(entry.words)
                if best is not None and n <= len(best.words):
                    continue
                if n > 1 and tuple(norms[i : i + n]) != entry.words:  # the first word is the index key
                    continue
                if i > 0 and norms[i - 1] in entry.not_after:
                    continue
                if i + n < n_tokens and norms[i + n] in entry.not_before:
                    continue
                if entry.words[0] == "may" and _is_month(text, starts, ends, i):
                    continue
                if n == 1 and entry.kind != "booster" and noun_use(norms, i):  # "the suspects", "his claims"
                    continue
                if modal_rules and entry.kind != "attribution" and not epistemic(
                        norms, i, clause_breaks(text, starts, ends)):  # "must sign"
                    continue
                best = entry
            if best is not None:
                found.append(Match(best, starts[i], ends[i + len(best.words) - 1]))
        return found


def _is_month(text: str, starts: list[int], ends: list[int], i: int) -> bool:
    """Capitalised "May" is the month or a name unless it opens the text and is
    not followed by a number ("May 5", "May, 2024", "Theresa May" are not hedges)."""
    if not text[starts[i]].isupper():
        return False
    if i > 0 and not re.search(r"[.!?:\"'\u201c\u2018(]\s*$", text[ends[i - 1] : starts[i]]):
        return True
    return bool(_MONTH_NEXT.match(text, ends[i]))


def _build_index(entries: tuple[LexiconEntry, ...]) -> dict[str, tuple[LexiconEntry, ...]]:
    index: dict[str, list[LexiconEntry]] = {}
    for entry in entries:
        index.setdefault(entry.words[0], []).append(entry)
    return {k: tuple(sorted(v, key=lambda e: -len(e.words))) for k, v in index.items()}


def _pair_index(index: dict[str, tuple[LexiconEntry, ...]]) -> dict[tuple[str, str | None], tuple[LexiconEntry, ...]]:
    """(first word, second word) of every cue of two or more words -> the entries of ``index[first]`` that
    can match there: those cues and the one-word cues, in ``index``'s order (so ``find`` picks the same
    one); (first word, None) -> its one-word cues, all that can match before any other next word (the
    longer ones would fail their word check). Most cue words ("in", "to", "may") open many longer cues."""
    out: dict[tuple[str, str | None], tuple[LexiconEntry, ...]] = {}
    for first, entries in index.items():
        out[(first, None)] = tuple(e for e in entries if len(e.words) == 1)
        for second in dict.fromkeys(e.words[1] for e in entries if len(e.words) > 1):
            out[(first, second)] = tuple(e for e in entries if len(e.words) == 1 or e.words[1] == second)
    return out


def read_rows(kind: str) -> tuple[list[dict[str, str]], dict[str, str]]:
    """Rows of ``data/<kind>s.tsv`` (``attribution.tsv`` for attribution) as dicts,
    plus ``key: value`` settings from ``# key: value`` comment lines."""
    name = "attribution.tsv" if kind == "attribution" else f"{kind}s.tsv"
    text = (DATA / name).read_text(encoding="utf-8")
    settings: dict[str, str] = {}
    header: list[str] | None = None
    rows: list[dict[str, str]] = []
    for line in text.splitlines():
        if line.startswith("#"):
            key, sep, value = line[1:].partition(":")
            if sep and " " not in key.strip():
                settings[key.strip()] = value.strip()
            continue
        if not line.strip():
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        rows.append(dict(zip(header, cells + [""] * (len(header) - len(cells)))))
    return rows, settings


def _entries(kind: str, row: dict[str, str], weight: float) -> list[LexiconEntry]:
    forms = [f.strip() for f in (row.get("forms") or row["cue"]).split("|") if f.strip()]
    not_after = frozenset(w for w in row.get("not_after", "").split("|") if w)
    not_before = frozenset(w for w in row.get("not_before", "").split("|") if w)
    return [
        LexiconEntry(kind, row["cue"], tuple(t.norm for t in tokenize(form)), weight, not_after, not_before)
        for form in forms
    ]


@lru_cache(maxsize=4)
def load_lexicon(profile: str = "news") -> Lexicon:
    """The shipped lexicon.

    ``profile="news"`` (default): the curated hedge, booster and attribution
    cues with their news weights. ``profile="wikipedia"``: the weasel/hedge
    n-gram classifier learned on the CoNLL-2010 Wikipedia training set (L1
    logistic regression; C and threshold chosen by cross-validation on train),
    which is what ``bench/bench_hedging.py`` measures.
    """
    if profile not in ("news", "wikipedia"):
        raise InvalidArgument(f"unknown lexicon profile {profile!r} (use 'news' or 'wikipedia')")
    entries: list[LexiconEntry] = []
    hedge_rows, settings = read_rows("hedge")
    if profile == "wikipedia":
        for row in hedge_rows:
            if row.get("scope") == "wiki":
                entries += _entries("hedge", row, float(row["weight"]))
        return Lexicon(tuple(entries), float(settings.get("wikipedia_threshold", "0.5")),
                       hedge_bias=float(settings.get("wikipedia_bias", "0")))
    for kind in KINDS:
        rows = hedge_rows if kind == "hedge" else read_rows(kind)[0]
        for row in rows:
            if row.get("scope", "news") == "news":
                entries += _entries(kind, row, float(row.get("weight") or 1.0))
    return Lexicon(tuple(entries), float(settings.get("news_threshold", "0.5")), modal_rules=True)
