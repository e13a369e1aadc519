"""VADER's compound score, computed with vaderSentiment's own data and the same arithmetic, faster.

Why this exists: ``score`` must cost at most twice plain VADER, and VADER's per-word rules
(``SentimentIntensityAnalyzer.sentiment_valence`` and the negation, idiom and "least" checks it
calls) lower-case the whole sentence up to five times for every lexicon word and copy the
negation list for every word they test. Here each sentence is lower-cased once and the same
rules, in the same order and with the same float operations, read that list; lexicon, boosters,
negations, idioms and constants are vaderSentiment's own (3.3.2), and so are the emoji pass, the
"but" rule, the punctuation emphasis and the normalisation; only the compound of
``score_valence`` is computed (not its positive / negative / neutral shares).

Checked identical to ``polarity_scores(text)["compound"]`` on about 24,500 news sentences (NYT
editorial snippets, MSRP, NewsMTSC), with VADER's lexicon and with mediadiff's news lexicon, by
``bench/check_scoring_identical.py``; ``tests/tone/test_vader.py`` checks a sample of VADER's rules.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from functools import lru_cache
from itertools import compress
from typing import Any

__all__ = ["compound", "is_negation"]


@lru_cache(maxsize=1)
def _vader() -> Any:
    from vaderSentiment import vaderSentiment

    return vaderSentiment


class _VaderWords(dict[str, str]):
    """Whitespace token -> VADER's word for it (``SentiText._strip_punc_if_word``: surrounding
    ASCII punctuation stripped unless two or fewer characters would be left), once per distinct token."""

    def __missing__(self, token: str) -> str:
        if len(self) >= 200_000:  # a bound for endless streams of distinct tokens
            self.clear()
        value = self[token] = _vader().SentiText._strip_punc_if_word(token)
        return value


class _VaderLower(dict[str, str]):
    """Whitespace token -> ``_VADER_WORDS[token]`` lower-cased, once per distinct token: VADER's rules read
    the lower-cased words, and a sentence's column is then one map in C with no new string per word."""

    def __missing__(self, token: str) -> str:
        if len(self) >= 200_000:
            self.clear()
        value = self[token] = _VADER_WORDS[token].lower()
        return value


_VADER_WORDS = _VaderWords()
_VADER_LOWER = _VaderLower()


def compound(analyzer: Any, text: str, *, tokens: Sequence[str] | None = None, lower: Sequence[str] | None = None,
             hits: Sequence[bool] | None = None, rules: Sequence[bool] | None = None,
             negated: Collection[int] = ()) -> float:
    """``analyzer.polarity_scores(text)["compound"]``: VADER compound in [-1, 1] with
    ``analyzer.lexicon`` (VADER's own, or any lexicon of the same form). Text with non-ASCII
    characters (emoji to describe) goes through ``polarity_scores`` itself, unless some words are ``negated``:
    then its emoji are described here as ``polarity_scores`` does (``_described``) and the negations kept. ``tokens``:
    ``text.split()``, when the caller has it already; with them, the caller may also give each token's
    VADER word lower-cased (``lower``), whether it is in ``analyzer.lexicon`` (``hits``) and whether it is
    a booster or "kind" (``rules``): ``tone.reading`` has them for the news lexicon. ``negated``: token indices
    whose sentiment is multiplied by VADER's N_SCALAR after its own rules, as a negation right before them would
    (news tone: the word "hardly" modifies, ``tone.scopes.modified_negated``); empty is VADER exactly."""
    if not text.isascii() and (not negated or not analyzer.emojis.keys().isdisjoint(text)):
        if negated:  # emoji become words, as polarity_scores makes them; the negated words move with them
            described, moved = _described(analyzer.emojis, text.split(), negated)
            return compound(analyzer, described, negated=moved)
        # emoji become words (their descriptions); other non-ASCII characters are read as VADER reads them
        return float(analyzer.polarity_scores(text)["compound"])
    vader = _vader()
    text = text.strip()
    tokens = text.split() if tokens is None else tokens
    lower = list(map(_VADER_LOWER.__getitem__, tokens)) if lower is None else lower
    lexicon = analyzer.lexicon
    # every other word's sentiment is 0: VADER appends the 0 it starts from and does nothing else
    scored = list(compress(range(len(lower)), map(lexicon.__contains__, lower) if hits is None else hits))
    # most sentences have neither a booster nor "kind"
    if scored and (("kind" in lower or not _boosters().isdisjoint(lower)) if rules is None else any(rules)):
        scored = [i for i in scored if lower[i] not in vader.BOOSTER_DICT
                  and not (lower[i] == "kind" and i + 1 < len(lower) and lower[i + 1] == "of")]
    if not scored:  # VADER's compound of all-zero sentiments is normalize(0.0), 0.0
        return 0.0
    # VADER's words (punctuation stripped) only for the rules that read them; a word is ALL CAPS exactly
    # when its token is (stripping removes no cased letter), and whether the sentence mixes ALL-CAPS with
    # other words (vaderSentiment.allcap_differential) only matters near an ALL-CAPS word or in _valence
    words: list[str] | None = None
    cap_differential: bool | None = None
    sentiments: list[float] = [0] * len(lower)
    rules, pairs = _rule_words(), _idiom_pairs()
    apostrophe_t = "'t" in text or "'T" in text  # no "n't" in any word otherwise
    for i in scored:
        valence = lexicon[lower[i]]
        window = lower[max(0, i - 3) : i + 3]
        if valence and not apostrophe_t and rules.isdisjoint(window) and pairs.isdisjoint(zip(window, window[1:])):
            # no rule word nor idiom near: _valence would add nothing but VADER's emphasis of an ALL-CAPS word
            if tokens[i].isupper():
                cap_differential = _cap_differential(tokens) if cap_differential is None else cap_differential
                if cap_differential:
                    valence = valence + vader.C_INCR if valence > 0 else valence - vader.C_INCR
            sentiments[i] = valence
        else:
            words = list(map(_VADER_WORDS.__getitem__, tokens)) if words is None else words
            cap_differential = _cap_differential(tokens) if cap_differential is None else cap_differential
            sentiments[i] = _valence(words, lower, i, lexicon, cap_differential)
    for i in negated:  # before the "but" rule, as VADER's own negation
        if i < len(sentiments):
            sentiments[i] *= vader.N_SCALAR
    if "but" in lower:  # VADER's _but_check changes nothing otherwise
        words = list(map(_VADER_WORDS.__getitem__, tokens)) if words is None else words
        sentiments = analyzer._but_check(words, sentiments)
    # score_valence's compound (its pos / neg / neu shares are not needed)
    total = float(sum(sentiments))
    # emphasis from "!" and "?" (0.0 without either, which would change no total)
    emphasis = analyzer._punctuation_emphasis(text) if "!" in text or "?" in text else 0.0
    if total > 0:
        total += emphasis
    elif total < 0:
        total -= emphasis
    return float(round(vader.normalize(total), 4))


def _cap_differential(tokens: Sequence[str]) -> bool:
    """``vaderSentiment.allcap_differential``: some but not all words are ALL CAPS (of the tokens, the same)."""
    n_upper = sum(map(str.isupper, tokens))
    return 0 < len(tokens) - n_upper < len(tokens)


def _valence(words: Sequence[str], lower: Sequence[str], i: int, lexicon: Mapping[str, float],
             cap_differential: bool) -> float:
    """``SentimentIntensityAnalyzer.sentiment_valence`` for lexicon word ``i``, step for step."""
    vader = _vader()
    item, key = words[i], lower[i]
    valence = lexicon[key]
    if key == "no" and i != len(words) - 1 and lower[i + 1] in lexicon:
        valence = 0.0  # "no" negates the next lexicon word instead of counting itself
    if (i > 0 and lower[i - 1] == "no") or (i > 1 and lower[i - 2] == "no") \
            or (i > 2 and lower[i - 3] == "no" and lower[i - 1] in ["or", "nor"]):
        valence = lexicon[key] * vader.N_SCALAR
    if item.isupper() and cap_differential:
        valence = valence + vader.C_INCR if valence > 0 else valence - vader.C_INCR
    window = lower[max(0, i - 3) : i + 3]
    # the negation and idiom checks can only change the valence when one of their words is near
    negation = not _negation_rule_words().isdisjoint(window) or any("n't" in w for w in window)
    idiom = not _idiom_pairs().isdisjoint(zip(window, window[1:]))
    for start_i in range(0, 3):
        if i > start_i and lower[i - (start_i + 1)] not in lexicon:
            before = words[i - (start_i + 1)]
            s = vader.scalar_inc_dec(before, valence, cap_differential) \
                if lower[i - (start_i + 1)] in vader.BOOSTER_DICT else 0.0
            if start_i == 1 and s != 0:
                s = s * 0.95
            if start_i == 2 and s != 0:
                s = s * 0.9
            valence = valence + s
            if negation:
                valence = _negation_check(valence, lower, start_i, i)
            if start_i == 2 and idiom:
                valence = _special_idioms_check(valence, lower, i)
    return _least_check(valence, lower, i, lexicon) if "least" in window else valence


def _described(emojis: Mapping[str, str], tokens: Sequence[str], negated: Collection[int]) -> tuple[str, list[int]]:
    """(the text with each emoji replaced by its description, as ``polarity_scores`` replaces it: after a space
    unless one is there, its next character right after it; the indices in ``negated`` in its tokens). A token
    with an emoji becomes several, the word before the emoji first ("good\U0001F600!" -> "good grinning face!"):
    a negated word is that one; a token opening with an emoji has none VADER reads apart."""
    out: list[str] = []
    moved: dict[int, int] = {}
    for i, token in enumerate(tokens):
        if token[:1] not in emojis:
            moved[i] = len(out)
        if emojis.keys().isdisjoint(token):
            out.append(token)
            continue
        pieces = []
        for at, char in enumerate(token):
            described = emojis.get(char)
            pieces.append(char if described is None else f" {described}" if at else described)
        out += "".join(pieces).split()
    return " ".join(out), [moved[i] for i in negated if i in moved]


@lru_cache(maxsize=1)
def _boosters() -> frozenset[str]:
    """VADER's boosters: a lexicon word among them counts nothing on its own (``sentiment_valence``)."""
    return frozenset(_vader().BOOSTER_DICT)


@lru_cache(maxsize=1)
def _negations() -> frozenset[str]:
    return frozenset(_vader().NEGATE)


@lru_cache(maxsize=1)
def _negation_rule_words() -> frozenset[str]:
    """The words ``_negation_check`` reacts to: VADER's negations (and any word with "n't"), "never so",
    "without doubt", and "so" or "this" just before a word (which VADER's rule boosts on their own)."""
    return _negations() | {"never", "without", "doubt", "so", "this"}


@lru_cache(maxsize=1)
def _rule_words() -> frozenset[str]:
    """Every word one of ``_valence``'s rules reacts to on its own within three words: "no", "least",
    boosters and negations. A lexicon word with none of them near, no idiom near (``_idiom_pairs``)
    and no "n't" keeps its valence."""
    return _negation_rule_words() | frozenset(_vader().BOOSTER_DICT) | {"no", "least"}


@lru_cache(maxsize=1)
def _idiom_pairs() -> frozenset[tuple[str, str]]:
    """Every pair of adjacent words in VADER's multi-word idioms and boosters ("kiss of", "of death",
    "kind of"): the phrases ``_special_idioms_check`` looks for lie within three words of the
    lexicon word, so unless one of these pairs is there it changes nothing. Pairs, not words: "the",
    "of", "to" and "for" are idiom words, and near almost every word of news."""
    vader = _vader()
    return frozenset(pair for phrase in [*vader.SPECIAL_CASES, *vader.BOOSTER_DICT] if " " in phrase
                     for pair in zip(phrase.split(), phrase.split()[1:]))


def is_negation(word: str) -> bool:
    """``vaderSentiment.negated([word])`` for one lower-cased word: one of VADER's negations or a word with "n't"
    (``tone.scopes`` asks it too, to leave a word VADER negates already)."""
    return word in _negations() or "n't" in word


def _negation_check(valence: float, lower: Sequence[str], start_i: int, i: int) -> float:
    """``SentimentIntensityAnalyzer._negation_check`` on the lower-cased words."""
    n_scalar = _vader().N_SCALAR
    if start_i == 0:
        if is_negation(lower[i - 1]):
            valence = valence * n_scalar
    if start_i == 1:
        if lower[i - 2] == "never" and (lower[i - 1] == "so" or lower[i - 1] == "this"):
            valence = valence * 1.25
        elif lower[i - 2] == "without" and lower[i - 1] == "doubt":
            pass
        elif is_negation(lower[i - 2]):
            valence = valence * n_scalar
    if start_i == 2:
        if lower[i - 3] == "never" and (lower[i - 2] == "so" or lower[i - 2] == "this") or \
                (lower[i - 1] == "so" or lower[i - 1] == "this"):
            valence = valence * 1.25
        elif lower[i - 3] == "without" and (lower[i - 2] == "doubt" or lower[i - 1] == "doubt"):
            pass
        elif is_negation(lower[i - 3]):
            valence = valence * n_scalar
    return valence


def _special_idioms_check(valence: float, lower: Sequence[str], i: int) -> float:
    """``SentimentIntensityAnalyzer._special_idioms_check`` on the lower-cased words."""
    vader = _vader()
    special, booster = vader.SPECIAL_CASES, vader.BOOSTER_DICT
    onezero = f"{lower[i - 1]} {lower[i]}"
    twoonezero = f"{lower[i - 2]} {lower[i - 1]} {lower[i]}"
    twoone = f"{lower[i - 2]} {lower[i - 1]}"
    threetwoone = f"{lower[i - 3]} {lower[i - 2]} {lower[i - 1]}"
    threetwo = f"{lower[i - 3]} {lower[i - 2]}"
    for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
        if seq in special:
            valence = special[seq]
            break
    if len(lower) - 1 > i:
        zeroone = f"{lower[i]} {lower[i + 1]}"
        if zeroone in special:
            valence = special[zeroone]
    if len(lower) - 1 > i + 1:
        zeroonetwo = f"{lower[i]} {lower[i + 1]} {lower[i + 2]}"
        if zeroonetwo in special:
            valence = special[zeroonetwo]
    for n_gram in (threetwoone, threetwo, twoone):  # booster bigrams such as "kind of"
        if n_gram in booster:
            valence = valence + booster[n_gram]
    return valence


def _least_check(valence: float, lower: Sequence[str], i: int, lexicon: Mapping[str, float]) -> float:
    """``SentimentIntensityAnalyzer._least_check`` on the lower-cased words."""
    n_scalar = _vader().N_SCALAR
    if i > 1 and lower[i - 1] not in lexicon and lower[i - 1] == "least":
        if lower[i - 2] != "at" and lower[i - 2] != "very":
            valence = valence * n_scalar
    elif i > 0 and lower[i - 1] not in lexicon and lower[i - 1] == "least":
        valence = valence * n_scalar
    return valence
