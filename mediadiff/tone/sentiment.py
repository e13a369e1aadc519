"""Sentence sentiment: VADER, adjusted for news so proper names carry no sentiment.

``sentence_sentiment`` gives VADER's compound score and the lexicon words behind it, blended with
Pattern's adjective tone (``mediadiff.tone.pattern``); ``label_of`` turns a compound into a label.

Lexicon words that are part of a proper name ("The United States": "united" +1.8) are
replaced by a neutral placeholder before VADER sees the sentence (``mediadiff.tone.names``),
and so are words that are not tone by what they do in the sentence (``mediadiff.tone.newsrules``).

Typographic quotes are straightened first (``straighten_quotes``): news copy
uses them, and VADER does not recognise "\u201cGreat" or "don\u2019t".
"""

from __future__ import annotations

import copy
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from operator import itemgetter
from typing import Any

from mediadiff.tone import newsrules
from mediadiff.tone.certainty import frozen_instance
from mediadiff.tone.names import (
    _CORES,
    NameMask,
    _name_words,
    _tokens,
    load_names,
    mask_names,
    mask_parts,
    masked_parts,
)
from mediadiff.tone.newsrules import topic_words
from mediadiff.tone.newswords import news_valences, sentiwordnet_valences, verb_forms
from mediadiff.tone.objectscope import deserved_comparatives
from mediadiff.tone.params import (
    LENGTH_EXPONENT,
    NEGATIVE_WEIGHT,
    NEUTRAL_BAND,
    PATTERN_WEIGHT,
    TOPIC_NOUN_WEIGHT,
)
from mediadiff.tone.pattern import NO_PATTERN_PARTS, load_pattern_lexicon, pattern_parts
from mediadiff.tone.reading import Reading
from mediadiff.tone.scopes import lacked_objects, modified_negated, quantifier_scope, reporting_verbs
from mediadiff.tone.vader import _VADER_LOWER, _boosters
from mediadiff.tone.vader import compound as vader_compound

VADER_ALPHA = 15  # vaderSentiment's normalize(): compound = sum / sqrt(sum^2 + 15)

__all__ = ["NameMask", "SentenceTone", "label_of", "load_names", "mask_names", "news_lexicon", "sentence_sentiment",
           "sentence_tone", "straighten_quotes", "tone_parts"]


_STRAIGHT = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})


def straighten_quotes(text: str) -> str:
    """Typographic quotes and apostrophes as ASCII, one character for one, so
    offsets are unchanged. VADER only strips ASCII punctuation: it reads
    \u201cGreat as an unknown word and misses the negation in don\u2019t."""
    return text if text.isascii() else text.translate(_STRAIGHT)


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
def base_news_lexicon() -> dict[str, float]:
    """VADER's lexicon without the reporting verbs (what the news valences were learned on)."""
    verbs = reporting_verbs()
    return {w: v for w, v in _analyzer().lexicon.items() if w not in verbs}


@lru_cache(maxsize=1)
def news_lexicon() -> dict[str, float]:
    """The lexicon the news scorer uses: VADER's, reporting verbs removed, words no lexicon rates at a fraction of
    their SentiWordNet prior (``sentiwordnet_valences``), the inflected forms of its verbs that
    it lacks (``verb_forms``, each at its lemma's valence here: "helped" counts as "help" does), news valences
    applied (VADER's words re-rated, and subjective words VADER lacks added), negative valences x NEGATIVE_WEIGHT
    (readers of news weigh bad more than good) and topic nouns' valences x TOPIC_NOUN_WEIGHT (a noun names what a
    story is about more often than how it is told: ``tone/params.py``); quantity and order words never
    (``newsrules.QUANTITY_WORDS``: "first", "many", "at least"), nor words naming who someone is
    (``newsrules.identity_words``: "black", "gay", "elderly")."""
    topic, news = topic_words(), news_valences()
    quantity = newsrules.QUANTITY_WORDS | newsrules.identity_words()
    forms = {word: news.get(lemma, valence) for word, (valence, lemma) in verb_forms().items()}
    return {word: (NEGATIVE_WEIGHT * valence if valence < 0 else valence) * (TOPIC_NOUN_WEIGHT if word in topic else 1)
            for word, valence in {**sentiwordnet_valences(), **base_news_lexicon(), **forms, **news}.items()
            if word not in quantity}


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
    offsets into the scored text and the valence used (VADER's -4..4 scale, negative valences
    x ``NEGATIVE_WEIGHT`` in news tone; before VADER's rules)."""

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
            if key in verb_forms() and key not in plain:  # a form of a rated verb: "sabotaged (as sabotage -3.1)"
                value = (f"{key} (as {verb_forms()[key][1]} {valence:+.1f})", valence)
            elif key in sentiwordnet_valences() and key not in plain:  # "baffling (SentiWordNet -1.0)"
                value = (f"{key} (SentiWordNet {valence:+.1f})", valence)
            elif key not in plain:  # a subjective word VADER lacks, rated for news (data/news_valence.tsv)
                value = (f"{key} (news {valence:+.1f})", valence)
            else:
                note = f", news {valence:+.1f}" if self.news and abs(valence - plain[key]) >= 0.05 else ""
                value = (f"{key} ({plain[key]:+.1f}{note})", valence)
        self[key] = value
        return value


@lru_cache(maxsize=2)
def _notes(news: bool) -> _Notes:
    return _Notes(news)


class _Listing(dict[str, "tuple[int, int, str | None, str, float] | None"]):
    """ASCII whitespace token -> how ``sentence_tone`` lists it, or ``None`` when it is no lexicon word
    (most tokens): where its word starts and ends in the token, its note, lexicon key and cue valence
    (``_Notes``). Once per distinct token, so a sentence's words are looked up in one pass in C."""

    def __init__(self, news: bool) -> None:
        super().__init__()
        self.news = news

    def __missing__(self, raw: str) -> tuple[int, int, str | None, str, float] | None:
        if len(self) >= 200_000:  # a bound for endless streams of distinct tokens
            self.clear()
        plain, (_, first, low) = _analyzer().lexicon, _CORES[raw]
        value = None
        if low in _listable(self.news) or raw in plain:
            key = raw if raw in plain else low  # emoticons such as ":)" keep punctuation
            note, valence = _notes(self.news)[key]
            value = (first, first + len(key) if key != raw else len(raw), note, key, valence)
        self[raw] = value
        return value


@lru_cache(maxsize=2)
def _listing(news: bool) -> _Listing:
    return _Listing(news)


def _core_offset(token: str) -> int:
    """Where a whitespace token's core starts in it (``_CORES``), as Pattern's member asks."""
    return _CORES[token][1]


_START = itemgetter(1)  # a tone cue's start


def _pattern_name_starts(tokens: Sequence[str], starts: Sequence[int], lowered: Sequence[str]) -> list[int]:
    """Where Pattern's rated words inside names start: the words ``mask_names`` would mask with Pattern's
    lexicon, asked of ``_name_words`` directly (the masked text, which nothing reads, is not built)."""
    rated = load_pattern_lexicon()
    hits = list(compress(range(len(lowered)), map(rated.__contains__, lowered)))
    return [starts[i] + _CORES[tokens[i]][1] for i in _name_words(tokens, lowered, hits, keep=vader_rule_words(),
                                                                   names=None)]


def sentence_tone(text: str, *, news: bool = True) -> SentenceTone:
    """VADER tone of ``text`` with the news adjustment (default) or plain (``news=False``).

    News adjustment: lexicon words inside proper names are left out ("The United
    States"), reporting verbs carry no tone ("stressed"), and words whose valence
    human ratings of news contradict are re-rated (``data/news_valence.tsv``:
    "security", "progress" ...); typographic quotes are read as ASCII ones."""
    compound, words, cues = tone_parts(text, news=news)
    # built without the dataclass __init__ (see certainty.frozen_instance)
    return frozen_instance(SentenceTone, {"compound": compound, "words": words, "cues": cues})


ToneCue = tuple[str, int, int, float]  # (word, start, end, valence), as in SentenceTone.cues


def tone_parts(text: str, *, news: bool = True,
               reading: Reading | None = None) -> tuple[float, tuple[str, ...], tuple[ToneCue, ...]]:
    """``sentence_tone``'s compound, words and cues as a triple (scoring reads them straight into its result).
    ``reading``: the text's ``tone.reader.read_sentence``, when the caller has it (read with news only)."""
    analyzer = _analyzer(news)
    masked: dict[int, str] = {}
    scored = text
    if not news:
        reading = None  # its flags are the news lexicon's
    negated: Sequence[int] = ()
    if news:
        text = straighten_quotes(text)  # one character for one: offsets are unchanged
        tokens, starts, lowered = _tokens(text) if reading is None else reading[:3]
        # the scope of each negative quantifier subject, read once: its "no" is set aside in masking, its predicate
        # negated for VADER and Pattern's member alike ("no one was hurt"), as is what "hardly" modifies: tone.scopes
        quantifiers = quantifier_scope(lowered, tokens, lexicon=analyzer.lexicon)
        negated = modified_negated(lowered, tokens) + quantifiers[1] \
            + lacked_objects(lowered, tokens, lexicon=analyzer.lexicon) + deserved_comparatives(lowered, tokens)
        if reading is None:
            scored, found, reasons = mask_parts(text, lexicon=analyzer.lexicon, keep=vader_rule_words(), rules=True,
                                                quantifiers=quantifiers)
        else:
            scored, found, reasons, chosen = masked_parts(
                text, reading.tokens, reading.starts, reading.lower, list(compress(range(len(reading.in_news)),
                                                                                  reading.in_news)),
                lexicon=analyzer.lexicon, keep=vader_rule_words(), rules=True, triggers=reading.trigger,
                quantifiers=quantifiers)
        if found:
            masked = {start: f"{word} (ignored: {why})" for (word, start, _), why in zip(found, reasons)}
    else:
        tokens, starts, lowered = _tokens(text)
    if reading is not None:  # VADER reads the reading's columns, those of the masked tokens replaced
        columns = _vader_columns(reading, chosen, analyzer.lexicon) if chosen else \
            (tokens, reading.vader_lower, reading.vader_hit, reading.vader_rule)
        compound = vader_compound(analyzer, scored, tokens=columns[0], lower=columns[1], hits=columns[2],
                                  rules=columns[3], negated=negated)
    else:
        compound = vader_compound(analyzer, scored, tokens=tokens if scored is text else None, negated=negated)
    pattern = NO_PATTERN_PARTS
    if news:
        compound = _length_adjusted(compound, len(tokens))  # masking keeps the whitespace tokens
        if PATTERN_WEIGHT:  # 0 turns Pattern's member off, and its cost (about 0.28x plain VADER) with it
            pattern = pattern_parts(tokens, starts, lowered, core_offset=_core_offset, set_aside=masked,
                                    names_at=lambda: _pattern_name_starts(tokens, starts, lowered),
                                    rated_flags=reading and reading.rated, rule_flags=reading and reading.pattern_rule,
                                    negated=negated)
            # the ensemble of VADER's sum and Pattern's mean (0, as Pattern says, when it rates no word)
            compound = (1 - PATTERN_WEIGHT) * compound + PATTERN_WEIGHT * (pattern[0] or 0.0)
    # text with emoji to describe or typographic marks: every token is read
    words, cues = _listed_ascii(tokens, starts, masked, news=news, entries=reading and reading.listing) \
        if text.isascii() else _listed_any(tokens, starts, lowered, masked, news=news)
    if pattern[2]:  # a word both members rate keeps VADER's cue (one cue per word), and both notes
        words += pattern[1]
        taken = {cue[1] for cue in cues}  # where VADER's cues start
        extra = [c for c in pattern[2] if c[1] not in taken]
        if extra:  # VADER's cues are listed in reading order already: sorted only when Pattern adds one
            cues = sorted(cues + extra, key=_START)
    return compound, tuple(words), tuple(cues)


def _vader_columns(reading: Reading, chosen: Mapping[int, str], lexicon: dict[str, float]) -> tuple[list[Any], ...]:
    """VADER's columns of ``reading`` (tokens, lower-cased VADER words, lexicon words, boosters or "kind") after
    the tokens ``chosen`` had their cores replaced (by the placeholder, or "not": ``masked_parts``)."""
    tokens, lower, hits, rules = list(reading.tokens), list(reading.vader_lower), list(reading.vader_hit), \
        list(reading.vader_rule)
    for i, placeholder in chosen.items():
        core, offset, _ = _CORES[tokens[i]]
        tokens[i] = masked = f"{tokens[i][:offset]}{placeholder}{tokens[i][offset + len(core):]}"
        lower[i] = word = _VADER_LOWER[masked]
        hits[i], rules[i] = word in lexicon, word == "kind" or word in _boosters()
    return tokens, lower, hits, rules


def _listed_ascii(tokens: Sequence[str], starts: Sequence[int], masked: dict[int, str], *, news: bool,
                  entries: Sequence[Any] | None = None) -> tuple[list[str], list[tuple[str, int, int, float]]]:
    """``SentenceTone``'s words and cues from VADER's lexicon, for ASCII text: the tokens are looked up in
    ``_Listing`` in one pass (or its ``entries`` given), and only its lexicon words are read."""
    words: list[str] = []
    cues: list[tuple[str, int, int, float]] = []
    entries = list(map(_listing(news).__getitem__, tokens)) if entries is None else entries
    for i in compress(range(len(entries)), entries):
        first, last, note, key, valence = entries[i]  # type: ignore[misc]
        core_start = starts[i] + first
        if core_start in masked:
            words.append(masked[core_start])
        else:
            if note:
                words.append(note)
            if valence:
                cues.append((key, core_start, starts[i] + last, valence))
    return words, cues


def _listed_any(tokens: Sequence[str], starts: Sequence[int], lowered: Sequence[str], masked: dict[int, str], *,
                news: bool) -> tuple[list[str], list[tuple[str, int, int, float]]]:
    """``SentenceTone``'s words and cues from VADER's lexicon, for text with non-ASCII characters (emoji
    described by VADER)."""
    analyzer, plain, notes = _analyzer(news), _analyzer().lexicon, _notes(news)
    lexicon = analyzer.lexicon
    words: list[str] = []
    cues: list[tuple[str, int, int, float]] = []
    for i, raw in enumerate(tokens):
        low = lowered[i]
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
    return words, cues


def sentence_sentiment(text: str, *, news: bool = True) -> tuple[float, tuple[str, ...]]:
    """``(compound, words)`` of ``sentence_tone``: VADER compound in [-1, 1] and
    the lexicon words behind it, formatted ``"word (+1.9)"`` (valence on VADER's
    -4..+4 scale, before VADER's negation and booster rules; with the news
    valence beside it when that differs), names and reporting verbs listed as
    ignored. ``news=False`` is plain VADER."""
    tone = sentence_tone(text, news=news)
    return tone.compound, tone.words
