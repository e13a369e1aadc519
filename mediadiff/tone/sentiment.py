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

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from mediadiff.tone.params import NEUTRAL_BAND

__all__ = ["NameMask", "mask_names", "load_names", "straighten_quotes"]

_PUNCT = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\u201c\u201d\u2018\u2019"
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
    return text.translate(_STRAIGHT)


@dataclass(frozen=True)
class NameMask:
    """The text VADER should score and the words left out, as ``[start, end)``
    character ranges into the original text (lower-cased word, start, end)."""

    text: str
    masked: tuple[tuple[str, int, int], ...]


@lru_cache(maxsize=1)
def load_names() -> tuple[tuple[str, ...], ...]:
    """The shipped names (``data/names.txt``) as token tuples, longest first."""
    raw = resources.files("mediadiff").joinpath("data/names.txt").read_text(encoding="utf-8")
    names = {tuple(line.split()) for line in raw.splitlines() if line.strip() and not line.startswith("#")}
    return tuple(sorted(names, key=len, reverse=True))


def _core(token: str) -> tuple[str, int]:
    """The token without surrounding punctuation, and where it starts in the token."""
    stripped = token.lstrip(_PUNCT)
    return stripped.rstrip(_PUNCT), len(token) - len(stripped)


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def mask_names(
    text: str, *, lexicon: Mapping[str, float], keep: Collection[str] = (),
    names: tuple[tuple[str, ...], ...] | None = None,
) -> NameMask:
    """Replace lexicon words that are part of a proper name in ``text`` by a
    placeholder. ``lexicon`` maps lower-cased words to VADER valences; words in
    ``keep`` (VADER's negations and boosters) are never masked."""
    names = load_names() if names is None else names
    spans = [(m.group(), m.start()) for m in re.finditer(r"\S+", text)]
    cores = [_core(tok) for tok, _ in spans]
    words = [c for c, _ in cores]
    alpha = [w for w in words if w[:1].isalpha()]
    headline = len(alpha) >= 4 and sum(map(_capitalised, alpha)) >= 0.6 * len(alpha)

    listed: set[int] = set()
    for i in range(len(words)):
        for name in names:
            if tuple(words[i : i + len(name)]) == name:
                listed.update(range(i, i + len(name)))
                break

    def clause_start(i: int) -> bool:
        if i == 0 or spans[i][0].startswith(_OPENING_QUOTES):
            return True
        before = spans[i - 1][0]
        # "Mr. Hope", "U.S. Justice Department": a title or initial, not a sentence end
        return before.endswith(_CLAUSE_END) and not _ABBREVIATION.fullmatch(before)

    chosen: list[int] = []
    for i, word in enumerate(words):
        key = word.lower()
        if key not in lexicon or key in keep or not _capitalised(word) or word.isupper():
            continue
        mid = not headline and not clause_start(i)
        if i in listed or mid:
            chosen.append(i)

    if not chosen:
        return NameMask(text, ())
    out, masked, last = [], [], 0
    for i in chosen:
        tok, start = spans[i]
        begin = start + cores[i][1]
        end = begin + len(words[i])
        out += [text[last:begin], PLACEHOLDER]
        masked.append((words[i].lower(), begin, end))
        last = end
    out.append(text[last:])
    return NameMask("".join(out), tuple(masked))


# --- VADER -----------------------------------------------------------------------------------------

_ANALYZER: Any = None


def _analyzer() -> Any:
    # Created once and lazily: importing mediadiff must stay cheap.
    global _ANALYZER
    if _ANALYZER is None:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        _ANALYZER = SentimentIntensityAnalyzer()
    return _ANALYZER


def label_of(compound: float) -> str:
    """``negative`` / ``neutral`` / ``positive`` with the VADER ±0.05 band."""
    if compound > NEUTRAL_BAND:
        return "positive"
    if compound < -NEUTRAL_BAND:
        return "negative"
    return "neutral"


def sentence_sentiment(text: str, *, news: bool = True) -> tuple[float, tuple[str, ...]]:
    """VADER compound in [-1, 1] for ``text`` and the lexicon words behind it,
    formatted ``"word (+1.9)"`` (valence on VADER's -4..+4 scale, before VADER's
    negation and booster rules).

    With ``news`` (the default) lexicon words that are part of a proper name
    ("The United States", "the Justice Department") are left out of the score
    (``mediadiff.tone.sentiment.mask_names``) and listed as
    ``"united (ignored: part of a name)"``, and typographic quotes are read as
    ASCII ones ("don\u2019t" negates); ``news=False`` is plain VADER."""
    analyzer = _analyzer()
    masked: dict[int, str] = {}
    scored = text
    if news:
        from vaderSentiment.vaderSentiment import BOOSTER_DICT, NEGATE

        keep = set(NEGATE) | set(BOOSTER_DICT)
        mask = mask_names(straighten_quotes(text), lexicon=analyzer.lexicon, keep=keep)
        scored = mask.text
        masked = {start: word for word, start, _ in mask.masked}
    compound = float(analyzer.polarity_scores(scored)["compound"])
    words: list[str] = []
    for match in re.finditer(r"\S+", text):
        raw = match.group()
        if raw in analyzer.lexicon:  # emoticons such as ":)" keep their punctuation
            key = raw
        else:
            key = raw.strip(_PUNCT).lower()
        core_start = match.start() + len(raw) - len(raw.lstrip(_PUNCT))
        if core_start in masked:
            words.append(f"{masked[core_start]} (ignored: part of a name)")
        elif key in analyzer.lexicon:
            words.append(f"{key} ({analyzer.lexicon[key]:+.1f})")
        for char in raw:
            desc = analyzer.emojis.get(char)
            if desc:
                for part in desc.split():
                    if part in analyzer.lexicon:
                        words.append(f"{char} {part} ({analyzer.lexicon[part]:+.1f})")
    return compound, tuple(words)
