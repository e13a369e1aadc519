"""The second member of news tone: Pattern's adjective lexicon, scored with Pattern's own rules.

VADER adds word sentiments up; Pattern (De Smedt & Daelemans 2012) averages the polarity of the rated
adjectives and adverbs of a sentence, so one strong word among several weak ones counts for less, and
it rates many evaluative adjectives VADER lacks; adjectives and adverbs neither rates ("unwise",
"disastrously", "clearer") carry the polarity of the rated words WordNet links them to
(``data/wordnet_adjectives.tsv``, bench/make_wordnet_tone.py). ``sentence_tone`` blends the two
(``params.PATTERN_WEIGHT``, chosen by cross-validation on the NYT odd ids).

Pattern's rules, as its English scorer (``pattern.en.sentiment``, also in TextBlob) applies them to words
without parts of speech:

* every rated word is one assessment, its polarity weighed by its subjectivity (mediadiff's choice,
  ``params.PATTERN_SUBJECTIVITY_WEIGHTED``: Pattern reports subjectivity beside polarity); the sentence's
  polarity is the mean over its assessments
  (words rated 0, such as "political", count and pull the mean towards 0);
* a rated adverb (a *modifier*, "very", "terribly") right before a rated word scales it by the
  modifier's intensity, and the pair is one assessment ("very good");
* a negation ("no", "not", "n't", "never") before a rated word, across words of one or two letters
  ("not a good"), turns it into -0.5 times its polarity ("not good" is slightly bad); so does the negation news
  tone reads beyond Pattern's words (``tone.scopes``, one reading for VADER and Pattern: the word "hardly" or
  "scarcely" modifies, "hardly **good**", and the predicate of a negative quantifier subject, "nobody was
  **happy**"), passed in ``negated``;
* each "!" after a word strengthens the last assessment by 1.25.

Words VADER's news rules set aside (names, evaluated subjects, topic nouns, reporting verbs) are passed
in ``skip`` and read as unknown words; rated words inside names ("the Royal Navy") are left out too.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress

from mediadiff.corpus.wordtables import DATA
from mediadiff.tone import newsrules
from mediadiff.tone.certainty import frozen_instance
from mediadiff.tone.names import _shipped_names_by_first_word
from mediadiff.tone.params import PATTERN_SUBJECTIVITY_WEIGHTED

__all__ = ["PatternAssessment", "PatternTone", "PatternWord", "load_pattern_lexicon", "pattern_assessments",
           "pattern_parts", "pattern_tone", "wordnet_words"]

NEGATIONS = frozenset({"no", "not", "n't", "never"})
EXCLAMATION_BOOST = 1.25


@dataclass(frozen=True)
class PatternWord:
    """One row of ``data/pattern_adjectives.tsv``: polarity in [-1, 1], subjectivity in [0, 1],
    intensity (scales the next rated word when ``modifier``)."""

    polarity: float
    subjectivity: float
    intensity: float
    modifier: bool


@dataclass(frozen=True)
class PatternAssessment:
    """One assessment: the whitespace tokens it spans (modifier and rated word), the token of the rated
    word, its polarity after Pattern's rules (in [-1, 1]) and the rated word's own polarity."""

    tokens: tuple[int, ...]
    head: int
    polarity: float
    word_polarity: float


def _rows(name: str) -> list[list[str]]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith(("#", "word\t"))]


@lru_cache(maxsize=1)
def wordnet_words() -> frozenset[str]:
    """The words of ``data/wordnet_adjectives.tsv``: adjectives and adverbs neither VADER nor Pattern rates,
    given the mean polarity of the rated words WordNet links them to (bench/make_wordnet_tone.py)."""
    return frozenset(r[0] for r in _rows("wordnet_adjectives.tsv"))


@lru_cache(maxsize=1)
def load_pattern_lexicon() -> dict[str, PatternWord]:
    """Lower-cased word -> row: ``data/pattern_adjectives.tsv`` (bench/make_pattern_lexicon.py) and the words
    WordNet carries their polarity to, ``data/wordnet_adjectives.tsv`` (read as plain adjectives: intensity 1,
    no modifier). With ``params.PATTERN_SUBJECTIVITY_WEIGHTED`` a row's polarity is the word's polarity times
    its subjectivity: how much opinion the word expresses, the value Pattern's rules and mean then read. Quantity
    and order words (``newsrules.QUANTITY_WORDS``: "many", "first", "least") are no tone and no assessment; a
    modifier among them keeps its rule. Nor are words naming who someone is (``newsrules.identity_words``)."""
    quantity = newsrules.QUANTITY_WORDS | newsrules.identity_words()
    derived = {r[0]: (float(r[1]), float(r[2]), 1.0, False) for r in _rows("wordnet_adjectives.tsv")}
    rated = {r[0]: (float(r[1]), float(r[2]), float(r[3]), r[4] == "1") for r in _rows("pattern_adjectives.tsv")}
    weighted = PATTERN_SUBJECTIVITY_WEIGHTED
    return {word: PatternWord(polarity * subjectivity if weighted else polarity, subjectivity, intensity, modifier)
            for word, (polarity, subjectivity, intensity, modifier) in {**derived, **rated}.items()
            if modifier or word not in quantity}


def _clip(value: float) -> float:
    return max(-1.0, min(value, 1.0))


def _parts(lower: str, token: str) -> list[str]:
    """A whitespace token as Pattern's tokenizer would split it: the word ("n't" apart: "isn't" -> "is",
    "n't"), then one "!" per exclamation mark after it (other punctuation changes nothing)."""
    parts = [lower[:-3], "n't"] if lower.endswith("n't") and len(lower) > 3 else [lower]
    bangs = token.count("!")
    return parts + ["!"] * bangs if bangs else parts


def pattern_assessments(
    tokens: Sequence[str], lower: Sequence[str], *, skip: Collection[int] = (),
    lexicon: dict[str, PatternWord] | None = None, negated: Collection[int] = (),
) -> list[PatternAssessment]:  # long because: Pattern's assessment loop is one state machine
    """Pattern's assessments of a sentence given as whitespace ``tokens`` and their lower-cased cores
    (``lower``); token indices in ``skip`` read as unknown words, those in ``negated`` as after a negation (see
    the module docstring)."""
    lexicon = load_pattern_lexicon() if lexicon is None else lexicon
    found: list[list] = []  # [token indices, head, polarity, subjectivity, intensity, negated, word polarity]
    modifier: str | None = None
    negation: str | None = None
    for index, (token, core) in enumerate(zip(tokens, lower)):
        for word in ("zname",) if index in skip else _parts(core, token):
            row = lexicon.get(word)
            if row is not None:
                if modifier is None:
                    found.append([[index], index, row.polarity, row.subjectivity, row.intensity, False, row.polarity])
                else:  # "very good": the modifier's assessment becomes the pair's
                    last = found[-1]
                    last[0].append(index)
                    last[1], last[6] = index, row.polarity
                    last[2], last[3], last[4] = _clip(row.polarity * last[4]), _clip(row.subjectivity * last[4]), \
                        row.intensity
                if negation is not None or index in negated:
                    found[-1][4] = 1.0 / found[-1][4]
                    found[-1][5] = True
                modifier = word if row.modifier else None
                negation = word if word in NEGATIONS else None
                continue
            if word in NEGATIONS:
                negation = word
            elif negation and len(word.strip("'")) > 1:  # "not a good": kept across one- or two-letter words
                negation = None
            if negation is not None and modifier is not None and modifier.endswith("ly"):
                found[-1][5] = True  # "really not good"
                negation = None
            elif modifier and len(word) > 2:
                modifier = None
            if word == "!" and found:
                found[-1][2] = _clip(found[-1][2] * EXCLAMATION_BOOST)
    return [PatternAssessment(tuple(t), head, -0.5 * p if negated else p, own)
            for t, head, p, _, _, negated, own in found]


@dataclass(frozen=True)
class PatternTone:
    """Pattern's polarity of a sentence (mean over its assessments, in [-1, 1]; ``None``: no rated word),
    readable notes for the rated words that count (``"scathing (Pattern -0.60)"``) and their tone cues
    ``(word, start, end, valence)``, valence on VADER's -4..4 scale (4 x the polarity read: the word's polarity
    x subjectivity when weighted)."""

    polarity: float | None
    words: tuple[str, ...]
    cues: tuple[tuple[str, int, int, float], ...]


NO_PATTERN_TONE = PatternTone(None, (), ())  # no rated word (shared: results are frozen)


def _rules_apply(tokens: Sequence[str], lower: Sequence[str], rated: list[int], kept: list[int],
                 rule_flags: Sequence[bool] | None = None, negated: Collection[int] = ()) -> bool:
    """Whether a modifier, negation or "!" may change an assessment: a "!", a kept rated word in ``negated``, or a
    negation or rated modifier whose reach (the next word, across one- or two-letter words) holds a rated word or a
    negation. False means each rated word is an assessment of its own polarity, as ``pattern_assessments`` would
    find. ``rule_flags``: whether each word of ``lower`` is a modifier or negation (``_triggers``), when the caller
    knows."""
    joined = "".join(tokens)
    if "!" in joined or negated and not set(negated).isdisjoint(kept):
        return True
    # most sentences hold no modifier, negation nor "n't" (an "'t" or "'T" in the text): one pass in C says so
    if "'t" not in joined and "'T" not in joined and \
            (_triggers().isdisjoint(lower) if rule_flags is None else not any(rule_flags)):
        return False
    modifiers = _modifiers()
    triggers = [i for i in kept if lower[i] in modifiers]
    if not NEGATIONS.isdisjoint(lower) or "n't" in " ".join(lower):
        triggers += [i for i, word in enumerate(lower) if word in NEGATIONS or word.endswith("n't")]
    if not triggers:
        return False
    rated_at = set(rated)
    for i in triggers:
        after = i + 1
        while after < len(lower) and len(lower[after]) <= 2 and after not in rated_at:
            after += 1
        if after in rated_at or (after < len(lower) and (lower[after] in NEGATIONS or "n't" in lower[after])):
            return True  # a rated word in reach, or a negation after a modifier ("surely not", "really not good")
    return False


@lru_cache(maxsize=1)
def _modifiers() -> frozenset[str]:
    """The rated words that are modifiers ("very", "terribly"): a set lookup per word instead of its row."""
    return frozenset(word for word, row in load_pattern_lexicon().items() if row.modifier)


@lru_cache(maxsize=1)
def _triggers() -> frozenset[str]:
    """Modifiers and negations: a sentence without any (nor "n't") has no rule to apply."""
    return _modifiers() | NEGATIONS


@lru_cache(maxsize=1)
def _polarities() -> dict[str, float]:
    """Rated word -> its polarity: the plain case reads only that column, one lookup per word."""
    return {word: row.polarity for word, row in load_pattern_lexicon().items()}


def _note(word: str, polarity: float) -> str:
    source = "WordNet" if word in wordnet_words() else "Pattern"  # who rated it: "unwise (WordNet -0.37)"
    return f"{word} ({source} {polarity:+.2f})"  # Pattern's -1..1 scale: two decimals ("social" +0.03)


class _Notes(dict[str, str]):
    """Rated word -> its note in ``sentiment_words`` (``_note``), once per word: its polarity is its row's."""

    def __missing__(self, word: str) -> str:
        value = self[word] = _note(word, _polarities()[word])
        return value


_NOTES = _Notes()


def pattern_tone(
    tokens: Sequence[str], starts: Sequence[int], lower: Sequence[str], *, core_offset: Callable[[str], int],
    set_aside: Collection[int] = (), names_at: Callable[[], Collection[int]] = tuple,
) -> PatternTone:
    """Pattern's tone of a sentence given as whitespace tokens, where each starts and their lower-cased
    cores; ``core_offset(token)`` is where a token's core starts in it. Words whose core starts at an offset
    in ``set_aside`` (names and the words news rules set aside) are not read, nor rated words inside names:
    ``names_at()`` gives where those start, asked only when a rated word is Capitalised ("the Royal Navy")."""
    polarity, words, cues = pattern_parts(tokens, starts, lower, core_offset=core_offset, set_aside=set_aside,
                                          names_at=names_at)
    if polarity is None:
        return NO_PATTERN_TONE
    # built without the dataclass __init__ (see certainty.frozen_instance)
    return frozen_instance(PatternTone, {"polarity": polarity, "words": words, "cues": cues})


NO_PATTERN_PARTS: tuple[None, tuple[str, ...], tuple[tuple[str, int, int, float], ...]] = (None, (), ())


def pattern_parts(
    tokens: Sequence[str], starts: Sequence[int], lower: Sequence[str], *, core_offset: Callable[[str], int],
    set_aside: Collection[int] = (), names_at: Callable[[], Collection[int]] = tuple,
    rated_flags: Sequence[bool] | None = None, rule_flags: Sequence[bool] | None = None,
    negated: Collection[int] = (),
) -> tuple[float | None, tuple[str, ...], tuple[tuple[str, int, int, float], ...]]:
    """``pattern_tone``'s polarity, words and cues as a triple (news tone reads them straight into its own).
    ``rated_flags`` and ``rule_flags``: whether each word of ``lower`` is rated and whether it is a modifier or
    negation, when the caller knows (``tone.reading``). ``negated``: token indices news tone reads as negated
    beyond Pattern's own negations (``tone.scopes``: "hardly **good**", "nobody was **happy**"), which Pattern's
    negation rule then applies to, as to "not good"."""
    polarity_of = _polarities()
    rated = list(compress(range(len(lower)), map(polarity_of.__contains__, lower) if rated_flags is None
                          else rated_flags))
    if not rated:
        return NO_PATTERN_PARTS
    begins = {i: starts[i] + core_offset(tokens[i]) for i in rated}
    skip = {i for i in rated if begins[i] in set_aside} if set_aside else set()
    # a Capitalised rated word may be in a name; the first word is a clause start: part of a name only
    # when a listed name opens there ("New York")
    for i in rated:
        if i not in skip and not tokens[i].islower() and (i or lower[0] in _shipped_names_by_first_word()[1]):
            in_names = set(names_at())
            skip.update(i for i in rated if begins[i] in in_names)
            break
    kept = [i for i in rated if i not in skip] if skip else rated
    if not kept:
        return NO_PATTERN_PARTS
    if not _rules_apply(tokens, lower, rated, kept, rule_flags, negated):  # each rated word one assessment, as rated
        owns = list(map(polarity_of.__getitem__, map(lower.__getitem__, kept)))
        heads, polarities = kept, owns
    else:
        found = pattern_assessments(tokens, lower, skip=skip, lexicon=load_pattern_lexicon(), negated=negated)
        heads, polarities, owns = [a.head for a in found], [a.polarity for a in found], [a.word_polarity for a in found]
    words, cues = [], []
    for head, own in zip(heads, owns):
        if own:
            word = lower[head]
            # a rated head whose token ends in "n't" is rated as its stem: its own note
            words.append(_NOTES[word] if own == polarity_of.get(word) else _note(word, own))
            cues.append((word, begins[head], begins[head] + len(word), 4 * own))
    return sum(polarities) / len(polarities), tuple(words), tuple(cues)
