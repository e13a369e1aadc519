"""Sentence sentiment: VADER, adjusted for news so proper names carry no sentiment.

``sentence_sentiment`` gives VADER's compound score and the lexicon words behind
it; ``label_of`` turns a compound into negative / neutral / positive.

VADER scores "The United States" as positive ("united" +1.8) and "the Justice
Department" as positive ("justice" +2.4). Before VADER sees a sentence, such
words are replaced by a neutral placeholder of the same case, so every other
VADER rule (negation and booster windows, "but", ALL-CAPS emphasis, punctuation)
sees the same number of tokens in the same places.

A lexicon word is taken as part of a name when it is written Capitalised (not
ALL CAPS) and either

* it is inside a listed name (``data/names.txt``, matched case-sensitively on
  whole tokens, anywhere in the sentence), or
* it is not at a clause start (sentence start, after ``.:;!?`` or an opening
  quote) and a neighbouring token is capitalised too ("Supreme Court",
  "Miss Otis"), or it stands alone mid-sentence ("an act of God").

Typographic quotes are straightened first (``straighten_quotes``): news copy
uses them, and VADER does not recognise "\u201cGreat" or "don\u2019t".

A Capitalised first word ("Great results were ...") is a sentence start, not a
name, and keeps its sentiment. Sentences written mostly in Title Case
(headlines) only use the list. Negations and VADER boosters ("No", "Most") are
never masked: they are VADER rules, not names.
"""

from __future__ import annotations

import copy
import math
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import accumulate, compress
from operator import or_
from typing import Any

from mediadiff.tone.newsrules import not_tone
from mediadiff.tone.params import LENGTH_EXPONENT, NEUTRAL_BAND
from mediadiff.tone.vader import compound as vader_compound

VADER_ALPHA = 15  # vaderSentiment's normalize(): compound = sum / sqrt(sum^2 + 15)

__all__ = ["NameMask", "SentenceTone", "label_of", "load_names", "mask_names", "news_lexicon", "sentence_sentiment",
           "sentence_tone", "straighten_quotes"]

PUNCT = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\u201c\u201d\u2018\u2019"
_OPENING_QUOTES = ("\"", "''", "\u201c", "\u2018", "'")
_CLAUSE_END = tuple(".:;!?")
_ABBREVIATION = re.compile(
    r"(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|Jr|Sr|Mt|Ft|[A-Z]|(?:[A-Za-z]\.)+[A-Za-z])\."
)
PLACEHOLDER = "Zname"  # not in VADER's lexicon, negations or boosters; Capitalised like the word it replaces


_STRAIGHT = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})


def straighten_quotes(text: str) -> str:
    """Typographic quotes and apostrophes as ASCII, one character for one, so
    offsets are unchanged. VADER only strips ASCII punctuation: it reads
    \u201cGreat as an unknown word and misses the negation in don\u2019t."""
    return text if text.isascii() else text.translate(_STRAIGHT)


@dataclass(frozen=True)
class NameMask:
    """The text VADER should score and the words left out, as ``[start, end)``
    character ranges into the original text (lower-cased word, start, end)."""

    text: str
    masked: tuple[tuple[str, int, int], ...]
    reasons: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def load_names() -> tuple[tuple[str, ...], ...]:
    """The shipped names (``data/names.txt``) as token tuples, longest first."""
    raw = resources.files("mediadiff").joinpath("data/names.txt").read_text(encoding="utf-8")
    names = {tuple(line.split()) for line in raw.splitlines() if line.strip() and not line.startswith("#")}
    return tuple(sorted(names, key=len, reverse=True))


@lru_cache(maxsize=4)
def _names_by_first_word(names: tuple[tuple[str, ...], ...]) -> tuple[dict[str, tuple[tuple[str, ...], ...]],
                                                                       frozenset[str]]:
    """First word -> the names it opens (longest first), and those first words lower-cased (the
    sentence's lower-cased words are what a pass over every word reads)."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for name in names:  # already longest first, and kept so
        index.setdefault(name[0], []).append(name)
    return {first: tuple(group) for first, group in index.items()}, frozenset(first.lower() for first in index)


@lru_cache(maxsize=1)
def _shipped_names_by_first_word() -> tuple[dict[str, tuple[tuple[str, ...], ...]], frozenset[str]]:
    return _names_by_first_word(load_names())


_WORD_RUNS = re.compile(r"(\S+)")  # \S is str.split()'s notion of whitespace (both use str.isspace)


class _Cores(dict[str, tuple[str, int, str]]):
    """Whitespace token -> (core without surrounding punctuation, where the core starts in the
    token, lower-cased core), computed once per distinct token: news repeats its words."""

    def __missing__(self, token: str) -> tuple[str, int, str]:
        if len(self) >= 200_000:  # a bound for endless streams of distinct tokens
            self.clear()
        stripped = token.lstrip(PUNCT)
        core = stripped.rstrip(PUNCT)
        value = self[token] = (core, len(token) - len(stripped), core.lower())
        return value


class _LowerCores(dict[str, str]):
    """Whitespace token -> its lower-cased core (``_CORES``' third column, in a dict of its own so a
    sentence's column is one map in C)."""

    def __missing__(self, token: str) -> str:
        if len(self) >= 200_000:
            self.clear()
        value = self[token] = _CORES[token][2]
        return value


_CORES = _Cores()
_LOWER_CORES = _LowerCores()
_ONE = 1  # a token's length plus the space after it


@lru_cache(maxsize=16)
def _tokens(text: str) -> tuple[tuple[str, ...], tuple[int, ...], tuple[str, ...]]:
    """Whitespace tokens as parallel columns: the tokens, where each starts, and their lower-cased
    cores (``_CORES[token]`` has the core and where it starts in the token, for the few words that
    need them). Cached because masking and the cue listing read the same sentence."""
    tokens = text.split()
    if not tokens:
        return (), (), ()
    if " ".join(tokens) == text:  # one space between tokens (most sentences): offsets are running sums
        starts = tuple(accumulate(map(_ONE.__add__, map(len, tokens)), initial=0))[:-1]
    else:  # gaps and tokens alternate: offsets are running sums of lengths
        parts = _WORD_RUNS.split(text)
        starts = tuple(accumulate(map(len, parts)))[0::2][: len(tokens)]
    return tuple(tokens), starts, tuple(map(_LOWER_CORES.__getitem__, tokens))


def mask_names(
    text: str, *, lexicon: Mapping[str, float], keep: Collection[str] = (),
    names: tuple[tuple[str, ...], ...] | None = None, rules: bool = False,
) -> NameMask:
    """Replace lexicon words that are part of a proper name in ``text`` by a
    placeholder. ``lexicon`` maps lower-cased words to VADER valences; words in
    ``keep`` (VADER's negations and boosters) are never masked."""
    # hashing the list of names for the cache costs more than masking a sentence: the shipped list has its own
    by_first, firsts = _names_by_first_word(names) if names is not None else _shipped_names_by_first_word()
    tokens, starts, lower = _tokens(text)
    listed: set[int] = set()
    # Only names starting with a word of the sentence are tried: the list is long, sentences are many.
    for i in compress(range(len(lower)), map(firsts.__contains__, lower)):
        for name in by_first.get(_CORES[tokens[i]][0], ()):
            if tuple(_CORES[t][0] for t in tokens[i : i + len(name)]) == name:
                listed.update(range(i, i + len(name)))
                break

    def clause_start(i: int) -> bool:
        if i == 0 or tokens[i].startswith(_OPENING_QUOTES):
            return True
        before = tokens[i - 1]
        # "Mr. Hope", "U.S. Justice Department": a title or initial, not a sentence end
        return before.endswith(_CLAUSE_END) and not _ABBREVIATION.fullmatch(before)

    chosen: list[int] = []
    headline: bool | None = None  # decided when a capitalised lexicon word needs it
    for i in compress(range(len(lower)), map(lexicon.__contains__, lower)):
        word = _CORES[tokens[i]][0]
        if lower[i] in keep or not word[:1].isupper() or word.isupper():
            continue
        if headline is None:
            alpha = [w for w, _, _ in map(_CORES.__getitem__, tokens) if w[:1].isalpha()]
            headline = len(alpha) >= 4 and sum(w[:1].isupper() for w in alpha) >= 0.6 * len(alpha)
        if i in listed or (not headline and not clause_start(i)):
            chosen.append(i)

    reasons = dict.fromkeys(chosen, "part of a name")
    if rules:  # words that are not tone by what they do in the sentence (mediadiff.tone.newsrules)
        found = not_tone(lower, tokens, lexicon=lexicon, keep=keep)
        if found:
            reasons.update({i: why for i, why in found.items() if i not in reasons})
            chosen = sorted(reasons)
    if not chosen:
        return NameMask(text, ())
    out, masked, last = [], [], 0
    for i in chosen:
        word, offset, _ = _CORES[tokens[i]]
        begin = starts[i] + offset
        end = begin + len(word)
        out += [text[last:begin], PLACEHOLDER]
        masked.append((lower[i], begin, end))
        last = end
    out.append(text[last:])
    return NameMask("".join(out), tuple(masked), tuple(reasons[i] for i in chosen))


# --- VADER -----------------------------------------------------------------------------------------

_ANALYZERS: dict[bool, Any] = {}


def _analyzer(news: bool = False) -> Any:
    """VADER's analyser, plain or with the news lexicon. Created once and lazily:
    importing mediadiff must stay cheap."""
    if news not in _ANALYZERS:
        if False not in _ANALYZERS:
            from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

            _ANALYZERS[False] = SentimentIntensityAnalyzer()
        if news:
            analyzer = copy.copy(_ANALYZERS[False])
            analyzer.lexicon = news_lexicon()
            _ANALYZERS[True] = analyzer
    return _ANALYZERS[news]


@lru_cache(maxsize=1)
def vader_rule_words() -> frozenset[str]:
    """VADER's negations and boosters: rules, never masked or re-rated."""
    from vaderSentiment.vaderSentiment import BOOSTER_DICT, NEGATE

    return frozenset(NEGATE) | frozenset(BOOSTER_DICT)


@lru_cache(maxsize=1)
def reporting_verbs() -> frozenset[str]:
    """One-word forms of the attribution cues (said, stressed, warned, accused ...): in news
    they report who said something, so they carry no tone ("stressed" is -1.4 in VADER)."""
    from mediadiff.tone.lexicons import read_rows

    forms = {f.strip() for row in read_rows("attribution")[0] for f in (row.get("forms") or row["cue"]).split("|")}
    return frozenset(f for f in forms if f and " " not in f)


@lru_cache(maxsize=1)
def base_news_lexicon() -> dict[str, float]:
    """VADER's lexicon without the reporting verbs (what the news valences were learned on)."""
    verbs = reporting_verbs()
    return {w: v for w, v in _analyzer().lexicon.items() if w not in verbs}


@lru_cache(maxsize=1)
def news_valences() -> dict[str, float]:
    """``data/news_valence.tsv``: lexicon words re-rated for news (bench/learn_news_valence.py)."""
    text = resources.files("mediadiff").joinpath("data/news_valence.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith(("#", "word\t"))]
    return {row[0]: float(row[2]) for row in rows}


@lru_cache(maxsize=1)
def news_lexicon() -> dict[str, float]:
    """The lexicon the news scorer uses: VADER's, reporting verbs removed, news valences applied
    (VADER's words re-rated, and subjective words VADER lacks added)."""
    return {**base_news_lexicon(), **news_valences()}


def label_of(compound: float) -> str:
    """``negative`` / ``neutral`` / ``positive`` with the VADER ±0.05 band."""
    if compound > NEUTRAL_BAND:
        return "positive"
    if compound < -NEUTRAL_BAND:
        return "negative"
    return "neutral"


@dataclass(frozen=True)
class SentenceTone:
    """Compound tone in [-1, 1] and the words behind it.

    ``words`` are readable notes (``"security (+1.4, news +0.2)"``); ``cues`` are
    ``(word, start, end, valence)`` for every lexicon word that counted, with
    offsets into the scored text and the valence used (-4..4, before VADER's rules)."""

    compound: float
    words: tuple[str, ...]
    cues: tuple[tuple[str, int, int, float], ...]


def _length_adjusted(compound: float, n_words: int) -> float:
    """VADER's compound with its sum divided by (words / 10) ** LENGTH_EXPONENT for sentences
    over ten words: VADER adds word sentiments up, so long news sentences saturate near +-1
    while readers rate their overall tone (exponent chosen on the NYT odd ids)."""
    if n_words <= 10 or not compound or abs(compound) >= 1:
        return compound
    total = compound * math.sqrt(VADER_ALPHA) / math.sqrt(1 - compound * compound)  # VADER's normalize, inverted
    total /= (n_words / 10) ** LENGTH_EXPONENT
    return total / math.sqrt(total * total + VADER_ALPHA)


@lru_cache(maxsize=2)
def _listable(news: bool) -> frozenset[str]:
    """Words ``sentence_tone`` lists: VADER's lexicon and the scorer's (news words VADER lacks)."""
    return frozenset(_analyzer().lexicon) | frozenset(_analyzer(news).lexicon)


class _Notes(dict[str, tuple[str | None, float]]):
    """Lexicon key -> how ``sentence_tone`` lists it (``"security (+1.4, news +0.6)"``, or ``None``) and the
    valence its tone cue carries (0: no cue), once per distinct word: news repeats its words."""

    def __init__(self, news: bool) -> None:
        super().__init__()
        self.news = news

    def __missing__(self, key: str) -> tuple[str | None, float]:
        plain, lexicon = _analyzer().lexicon, _analyzer(self.news).lexicon
        value: tuple[str | None, float] = (None, 0.0)
        if self.news and key in reporting_verbs() and key in plain:
            value = (f"{key} (ignored: reporting verb)", 0.0)
        elif key in lexicon:
            valence = lexicon[key]
            if key not in plain:  # a subjective word VADER lacks, rated for news (data/news_valence.tsv)
                value = (f"{key} (news {valence:+.1f})", valence)
            else:
                note = f", news {valence:+.1f}" if self.news and abs(valence - plain[key]) >= 0.05 else ""
                value = (f"{key} ({plain[key]:+.1f}{note})", valence)
        self[key] = value
        return value


@lru_cache(maxsize=2)
def _notes(news: bool) -> _Notes:
    return _Notes(news)


def sentence_tone(text: str, *, news: bool = True) -> SentenceTone:
    """VADER tone of ``text`` with the news adjustment (default) or plain (``news=False``).

    News adjustment: lexicon words inside proper names are left out ("The United
    States"), reporting verbs carry no tone ("stressed"), and words whose valence
    human ratings of news contradict are re-rated (``data/news_valence.tsv``:
    "security", "progress" ...); typographic quotes are read as ASCII ones."""
    analyzer = _analyzer(news)
    masked: dict[int, str] = {}
    scored = text
    if news:
        text = straighten_quotes(text)  # one character for one: offsets are unchanged
        mask = mask_names(text, lexicon=analyzer.lexicon, keep=vader_rule_words(), rules=True)
        scored = mask.text
        if mask.masked:
            masked = {start: f"{word} (ignored: {why})" for (word, start, _), why in zip(mask.masked, mask.reasons)}
    tokens, starts, lowered = _tokens(text)
    compound = vader_compound(analyzer, scored, tokens=tokens if scored is text else None)
    if news:
        compound = _length_adjusted(compound, len(tokens))  # masking keeps the whitespace tokens
    plain = _analyzer().lexicon
    notes = _notes(news)
    words: list[str] = []
    cues: list[tuple[str, int, int, float]] = []
    lexicon = analyzer.lexicon
    listed: Iterable[int] = range(len(tokens))
    if text.isascii():  # no emoji: only lexicon words (or emoticons such as ":)") are listed
        known = _listable(news)
        listed = compress(listed, map(or_, map(known.__contains__, lowered), map(plain.__contains__, tokens)))
    for i in listed:
        raw, low = tokens[i], lowered[i]
        key = raw if raw in plain else low  # emoticons such as ":)" keep punctuation
        if key not in lexicon and key not in plain and raw.isascii():  # no lexicon word nor emoji: nothing to list
            continue
        token_start = starts[i]
        core_start = token_start + _CORES[raw][1]
        if core_start in masked:
            words.append(masked[core_start])
        else:
            note, valence = notes[key]
            if note:
                words.append(note)
            if valence:
                cues.append((key, core_start, core_start + len(key) if key != raw else token_start + len(raw), valence))
        if raw.isascii():  # VADER's emoji descriptions only concern non-ASCII characters
            continue
        for char in raw:
            for part in (analyzer.emojis.get(char) or "").split():
                if part in analyzer.lexicon:
                    words.append(f"{char} {part} ({analyzer.lexicon[part]:+.1f})")
    return SentenceTone(compound, tuple(words), tuple(cues))


def sentence_sentiment(text: str, *, news: bool = True) -> tuple[float, tuple[str, ...]]:
    """``(compound, words)`` of ``sentence_tone``: VADER compound in [-1, 1] and
    the lexicon words behind it, formatted ``"word (+1.9)"`` (valence on VADER's
    -4..+4 scale, before VADER's negation and booster rules; with the news
    valence beside it when that differs), names and reporting verbs listed as
    ignored. ``news=False`` is plain VADER."""
    tone = sentence_tone(text, news=news)
    return tone.compound, tone.words
