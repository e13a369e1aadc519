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
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

KINDS = ("hedge", "booster", "attribution")

# Letters/digits with inner apostrophes: "don't", "U.S" splits at the dot.
_TOKEN = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
_MONTH_NEXT = re.compile(r"\s*(\d|,)")


class Token(NamedTuple):
    """A word of the scored text: lower-cased ``norm`` and its half-open span.
    (A named tuple, not a frozen dataclass: every word of a corpus makes one.)"""

    norm: str
    start: int
    end: int


_new_token = tuple.__new__


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


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into word tokens with character offsets (apostrophes normalised)."""
    if text.isascii():  # lower-casing ASCII keeps every offset, so the text is lowered once
        # tuple.__new__ as namedtuple's own _make does: Token(...) costs a Python call per word
        return [_new_token(Token, (m.group(), *m.span())) for m in _TOKEN.finditer(text.lower())]
    return [
        Token(m.group().lower().replace("\u2019", "'"), m.start(), m.end())
        for m in _TOKEN.finditer(text)
    ]


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
    _index: dict[str, tuple[LexiconEntry, ...]] = field(
        init=False, repr=False, compare=False, hash=False, default_factory=dict
    )
    _log_odds: dict[str, float] = field(init=False, repr=False, compare=False, hash=False, default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_index", _build_index(tuple(e for e in self.entries if e.weight > 0)))
        if self.hedge_bias is not None:
            log_odds = {" ".join(e.words): e.weight for e in self.entries if e.kind == "hedge"}
            object.__setattr__(self, "_log_odds", log_odds)

    def hedge_score(self, tokens: list[Token], matches: list[Match]) -> float:
        """Hedge score in [0, 1] of one sentence (see the class docstring)."""
        if self.hedge_bias is None:
            return max((m.entry.weight for m in matches if m.entry.kind == "hedge"), default=0.0)
        words = [t.norm for t in tokens]
        grams = set(words) | {f"{a} {b}" for a, b in zip(words, words[1:])}
        z = self.hedge_bias + sum(self._log_odds.get(g, 0.0) for g in grams)
        return 1.0 / (1.0 + math.exp(-z))

    def is_hedged(self, score: float) -> bool:
        return score >= self.hedge_threshold and (score > 0 or self.hedge_bias is not None)

    def find(self, text: str, tokens: list[Token] | None = None) -> list[Match]:
        """Non-overlapping cues in ``text``, left to right; longer cues win ties."""
        tokens = tokenize(text) if tokens is None else tokens
        index = self._index
        norms = [t.norm for t in tokens]
        found: list[Match] = []
        i = 0
        while i < len(tokens):
            best: LexiconEntry | None = None
            for entry in index.get(norms[i], ()):
                n = len(entry.words)
                if best is not None and n <= len(best.words):
                    continue
                if n > 1 and tuple(norms[i : i + n]) != entry.words:  # the first word is the index key
                    continue
                if i > 0 and tokens[i - 1].norm in entry.not_after:
                    continue
                if i + n < len(tokens) and tokens[i + n].norm in entry.not_before:
                    continue
                if entry.words[0] == "may" and _is_month(text, tokens, i):
                    continue
                best = entry
            if best is None:
                i += 1
                continue
            n = len(best.words)
            found.append(Match(best, tokens[i].start, tokens[i + n - 1].end))
            i += n
        return found


def _is_month(text: str, tokens: list[Token], i: int) -> bool:
    """Capitalised "May" is the month or a name unless it opens the text and is
    not followed by a number ("May 5", "May, 2024", "Theresa May" are not hedges)."""
    tok = tokens[i]
    if not text[tok.start].isupper():
        return False
    if i > 0 and not re.search(r"[.!?:\"'\u201c\u2018(]\s*$", text[tokens[i - 1].end : tok.start]):
        return True
    return bool(_MONTH_NEXT.match(text, tok.end))


def _build_index(entries: tuple[LexiconEntry, ...]) -> dict[str, tuple[LexiconEntry, ...]]:
    index: dict[str, list[LexiconEntry]] = {}
    for entry in entries:
        index.setdefault(entry.words[0], []).append(entry)
    return {k: tuple(sorted(v, key=lambda e: -len(e.words))) for k, v in index.items()}


def read_rows(kind: str) -> tuple[list[dict[str, str]], dict[str, str]]:
    """Rows of ``data/<kind>s.tsv`` (``attribution.tsv`` for attribution) as dicts,
    plus ``key: value`` settings from ``# key: value`` comment lines."""
    name = "attribution.tsv" if kind == "attribution" else f"{kind}s.tsv"
    text = resources.files("mediadiff").joinpath("data", name).read_text(encoding="utf-8")
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
        raise ValueError(f"unknown lexicon profile {profile!r} (use 'news' or 'wikipedia')")
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
    return Lexicon(tuple(entries), float(settings.get("news_threshold", "0.5")))
