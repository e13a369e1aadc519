"""Sentence similarity that survives rewording, and word-level diffs for display.

``sentence_similarity`` compares *what* two sentences say, not how they spell
it. Its core is a monolingual word alignment (``wordalign.align_words``: same
words, stems and base forms, related words such as "Syrian"/"Syria", WordNet
synonyms such as "demanded"/"calls for", numbers only to the same number):
the share of each sentence's information that the other covers, rare words
weighing more than common ones (Sultan et al. 2014, 2015). A little surface
overlap (``overlap_similarity``: content stems, all words, bigrams) is blended
in, and conflicts lower the score: different numbers, opposite words
(rise/fall), a negation on one side only, a name on each side that the other
lacks ("Comcast shares ..." / "Lucent shares ...").

``alignment_signals`` exposes what the score reads, for evidence. A bare
``difflib`` ratio is used only for the displayed diff (``word_diff``) and for
the kept-vs-reworded decision.

Standard library plus ``snowballstemmer`` and the word lists in
``mediadiff/data`` (loaded on first use): ``import mediadiff`` stays fast.
About 1 ms per pair of news-length sentences seen for the first time (each
sentence's analysis, about 0.2 ms, and each pair's word alignment are cached,
and shared with the aligner's evidence); identical sentences return at once.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import snowballstemmer

from mediadiff.align.figures import Figure, agree, written_figures
from mediadiff.align.params import (
    ALL_WORDS_WEIGHT,
    BIGRAM_WEIGHT,
    BLEND,
    CONTENT_WEIGHT,
    NAME_WEIGHT,
    NEGATION_CONFLICT,
    NUMBER_CONFLICT,
    NUMBER_WEIGHT,
    SHARED_QUOTE_BONUS,
    WORD_WEIGHT,
    BlendWeights,
)
from mediadiff.align.wordalign import WordToken, align_tokens, analyse
from mediadiff.corpus.scripts import script_language

_WORD = re.compile(r"\d+(?:[.,]\d+)*%?|[^\W\d_]+(?:[-'’][^\W\d_]+)*", re.UNICODE)
_QUOTED = re.compile(r"[\"“”«»]([^\"“”«»]{3,}?)[\"“”«»]|(?<![\w])['‘]([^'‘’]{3,}?)['’](?![\w])")
_NEGATIONS = frozenset({"no", "not", "nor", "never", "n't", "cannot", "none", "without"})
_STEMMER = snowballstemmer.stemmer("english")

def _load_stopwords() -> frozenset[str]:
    text = (Path(__file__).parent.parent / "data" / "stopwords.txt").read_text(encoding="utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


STOPWORDS = _load_stopwords()


@dataclass(frozen=True)
class DiffOp:
    """One step of a word-level diff from sentence A to sentence B.

    ``op`` is ``"equal"``, ``"delete"`` (words only in A), ``"insert"`` (only in
    B) or ``"replace"``; ``a_text``/``b_text`` are the words on each side
    joined by single spaces (empty for the side that has none).
    """

    op: str
    a_text: str
    b_text: str

    def to_dict(self) -> dict[str, str]:
        return {"op": self.op, "a": self.a_text, "b": self.b_text}


@dataclass(frozen=True)
class SentenceFeatures:
    """What ``sentence_similarity`` compares: weighted content stems and facts.

    ``weights`` maps a content stem to its weight (numbers weigh more); ``words``
    are all normalised words, function words included;
    ``numbers`` are normalised figures ("1,029" -> "1029"); ``quoted`` are lower-cased quoted strings;
    ``negated`` says whether a negation word occurs; ``figures`` the numbers with their scale words.
    """

    weights: dict[str, float]
    words: frozenset[str]
    bigrams: frozenset[tuple[str, str]]
    numbers: frozenset[str]
    quoted: frozenset[str]
    negated: bool
    figures: tuple[Figure, ...] = ()

    @property
    def stems(self) -> frozenset[str]:
        return frozenset(self.weights)


@lru_cache(maxsize=131072)  # called for every word of every sentence, quote and summary
def normalise_word(word: str) -> str:
    """Lower-case, straighten apostrophes, drop a possessive and hyphens."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    return word.replace("-", "")


def tokens(text: str) -> list[str]:
    """Words and numbers of ``text`` in order (punctuation dropped)."""
    return _WORD.findall(text.replace("<QUOTE>", '"'))


def stem(word: str) -> str:
    """Snowball stem of a normalised word."""
    return _stem(normalise_word(word))


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    return _STEMMER.stemWord(word)


def content_stems(text: str) -> list[str]:
    """Stems of the content words of ``text`` (stopwords and 1-letter words removed)."""
    return [key for key in map(_content_stem, tokens(text)) if key is not None]


@lru_cache(maxsize=131072)
def _content_stem(word: str) -> str | None:
    """The stem of a content word, None for a stopword or a 1-letter word."""
    norm = normalise_word(word)
    if norm in STOPWORDS or (len(norm) < 2 and not norm.isdigit()):
        return None
    return _stem(norm)


@lru_cache(maxsize=16384)
def features(text: str) -> SentenceFeatures:
    """Parse ``text`` once into the features ``sentence_similarity`` compares."""
    weights: dict[str, float] = {}
    numbers = set()
    negated = False
    sequence = tokens(text)
    normalised = [normalise_word(word) for word in sequence]
    for position, (word, norm) in enumerate(zip(sequence, normalised)):
        if norm in _NEGATIONS or norm.endswith("n't"):
            negated = True
        if norm in STOPWORDS or (len(norm) < 2 and not norm[:1].isdigit()):
            continue
        if norm[:1].isdigit():
            key = norm.rstrip("%").replace(",", "")
            numbers.add(key)
            weight = NUMBER_WEIGHT
        else:
            key = _stem(norm)
            weight = NAME_WEIGHT if position > 0 and word[:1].isupper() else WORD_WEIGHT
        weights[key] = max(weights.get(key, 0.0), weight)
    quoted = frozenset(
        " ".join(content_stems(m.group(1) or m.group(2)))
        for m in _QUOTED.finditer(text.replace("<QUOTE>", '"'))
    )
    bigrams = frozenset(zip(normalised, normalised[1:]))
    figures = written_figures(sequence, normalised) if numbers else ()
    return SentenceFeatures(
        weights, frozenset(normalised), bigrams, frozenset(numbers), quoted - {""}, negated, figures
    )


def overlap_score(fa: SentenceFeatures, fb: SentenceFeatures) -> float:
    """Weighted Dice coefficient of the content stems, in [0, 1]."""
    total = sum(fa.weights.values()) + sum(fb.weights.values())
    if not total:
        return 0.0
    shared = sum(fa.weights[k] + fb.weights[k] for k in fa.weights.keys() & fb.weights.keys())
    return shared / total


@dataclass(frozen=True)
class AlignmentSignals:
    """What ``sentence_similarity`` reads off the word alignment of two sentences.

    ``coverage`` is the information-weighted share of content words (both
    sentences) that found a counterpart, each link counted by its strength, in
    [0, 1]; ``coverage_a``/``coverage_b`` the same for each side alone;
    ``number_conflict`` says both sides state a number the other lacks;
    ``antonym`` that a word of one has an opposite in the other (rise/fall);
    ``negation_conflict`` that only one side is negated; ``name_conflict``
    in [0, 1] is the smaller of the two sides' information shares held by
    capitalised words without counterpart (Comcast / Lucent: each side names
    someone the other does not).
    """

    coverage: float
    coverage_a: float
    coverage_b: float
    number_conflict: bool
    antonym: bool
    negation_conflict: bool
    name_conflict: float


@lru_cache(maxsize=8192)
def alignment_signals(a: str, b: str) -> AlignmentSignals:
    """Align the words of ``a`` and ``b`` and measure how much of each the other covers.

    Cached per pair: ``sentence_similarity`` and ``paraphrase_probability`` of
    one aligned row read the same signals.
    """
    ta, tb = analyse(a), analyse(b)
    links = align_tokens(a, b)
    covered_a = sum(ta[i].weight * score for i, j, _, score in links if ta[i].is_content and tb[j].is_content)
    covered_b = sum(tb[j].weight * score for i, j, _, score in links if ta[i].is_content and tb[j].is_content)
    total_a = sum(t.weight for t in ta if t.is_content)
    total_b = sum(t.weight for t in tb if t.is_content)
    linked_a = {i for i, _, _, _ in links}
    linked_b = {j for _, j, _, _ in links}
    stems_a = frozenset().union(*(t.stems for t in ta))
    stems_b = frozenset().union(*(t.stems for t in tb))
    return AlignmentSignals(
        coverage=(covered_a + covered_b) / (total_a + total_b) if total_a + total_b else 0.0,
        coverage_a=covered_a / total_a if total_a else 0.0,
        coverage_b=covered_b / total_b if total_b else 0.0,
        number_conflict=any(t.kind == "number" and t.index not in linked_a for t in ta)
        and any(t.kind == "number" and t.index not in linked_b for t in tb),
        antonym=any(t.antonyms & stems_b for t in ta if t.index not in linked_a)
        or any(t.antonyms & stems_a for t in tb if t.index not in linked_b),
        negation_conflict=_negated(ta) != _negated(tb),
        name_conflict=min(_unlinked_name_share(ta, linked_a, total_a), _unlinked_name_share(tb, linked_b, total_b)),
    )


def _unlinked_name_share(tokens: tuple[WordToken, ...], linked: set[int], total: float) -> float:
    """Share of the sentence's information in capitalised words without a counterpart."""
    unlinked = sum(
        t.weight for t in tokens
        if t.index not in linked and (t.kind == "name" or (t.kind == "word" and t.text[:1].isupper()))
    )
    return unlinked / total if total else 0.0


def _negated(tokens: tuple[WordToken, ...]) -> bool:
    return any(t.norm in _NEGATIONS or t.norm.endswith("n't") for t in tokens)


def sentence_similarity(a: str, b: str) -> float:
    """How close two sentences are in meaning, in [0, 1]; higher is closer.

    1.0 for sentences with the same words; at or above
    ``align.params.DEFAULT_THRESHOLD`` (chosen on MSRP train) for paraphrases;
    near 0 for unrelated sentences. Symmetric up to ties in the word alignment.
    The core is the information-weighted share of words that found a
    counterpart in the other sentence (``wordalign``: same word, stem,
    related word or synonym; rare words weigh more than common ones), blended
    with ``overlap_similarity`` (surface overlap), minus penalties when the two
    state different numbers, use opposite words (rise/fall) or only one is
    negated. Weights in ``align.params.BLEND``, chosen on MSRP train and STS
    headlines 2013 (``bench/learn_similarity.py``).
    """
    if a == b:
        return 1.0 if a.strip() else 0.0
    return blend(alignment_signals(a, b), overlap_similarity(a, b))


def blend(signals: AlignmentSignals, surface: float, weights: BlendWeights = BLEND) -> float:
    """``sentence_similarity`` from its parts: word-alignment ``signals`` and ``surface`` overlap, in [0, 1].

    (1 - surface share) x coverage (the mean of both sides' coverage, leaning
    towards the less covered side by ``weights.least_covered``) + surface share
    x ``surface``, minus one penalty per conflict. ``weights`` defaults to the
    values in ``align.params`` (``bench/learn_similarity.py`` chose them).
    """
    coverage = (1 - weights.least_covered) * signals.coverage + weights.least_covered * min(
        signals.coverage_a, signals.coverage_b)
    score = (1 - weights.surface_share) * coverage + weights.surface_share * surface
    score -= weights.number_conflict * signals.number_conflict
    score -= weights.antonym * signals.antonym
    score -= weights.negation_conflict * signals.negation_conflict
    score -= weights.name_conflict_share * signals.name_conflict
    score -= weights.name_conflict * (signals.name_conflict > 0)
    return max(0.0, min(1.0, score))


def overlap_similarity(a: str, b: str) -> float:
    """How close two sentences are in meaning, in [0, 1]; higher is closer.

    1.0 for sentences with the same words; above ``align.DEFAULT_THRESHOLD``
    (chosen on MSRP train) for paraphrases; near 0 for unrelated sentences.
    Symmetric. Signals, blended with weights fitted on MSRP train: weighted
    Dice overlap of content-word stems (numbers weigh more), Jaccard overlap
    of all words, word-bigram overlap (negative weight), penalties for conflicting numbers (no figure
    agrees, rounding allowed: ``figures.agree``) and for a negation on one side only; plus a bonus when
    both sentences quote the same words.
    """
    return overlap_features(features(a), features(b))


def overlap_features(fa: SentenceFeatures, fb: SentenceFeatures) -> float:
    """``overlap_similarity`` on already parsed features."""
    union = len(fa.words | fb.words)
    jaccard = len(fa.words & fb.words) / union if union else 0.0
    pairs = len(fa.bigrams) + len(fb.bigrams)
    bigram_dice = 2 * len(fa.bigrams & fb.bigrams) / pairs if pairs else 0.0
    score = (
        CONTENT_WEIGHT * overlap_score(fa, fb)
        + ALL_WORDS_WEIGHT * jaccard
        + BIGRAM_WEIGHT * bigram_dice
    ) / (CONTENT_WEIGHT + ALL_WORDS_WEIGHT + BIGRAM_WEIGHT)
    if fa.numbers and fb.numbers and not fa.numbers & fb.numbers \
            and not any(agree(x, y) for x in fa.figures for y in fb.figures):  # a rounding is the same figure
        score -= NUMBER_CONFLICT
    if fa.negated != fb.negated:
        score -= NEGATION_CONFLICT
    score = max(0.0, min(1.0, score))
    if fa.quoted & fb.quoted:
        score += (1.0 - score) * SHARED_QUOTE_BONUS
    return score


def surface_ratio(a: str, b: str) -> float:
    """difflib ratio of the lower-cased word sequences, in [0, 1] (1 = same words, same order)."""
    wa = [normalise_word(w) for w in tokens(a)]
    wb = [normalise_word(w) for w in tokens(b)]
    if not wa and not wb:
        return 1.0
    return difflib.SequenceMatcher(None, wa, wb, autojunk=False).ratio()


_CURLY_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


def _diff_key(word: str) -> str:
    """``word`` lower-cased with curly quotes straightened (an ASCII word has none to straighten)."""
    low = word.lower()
    return low if low.isascii() else low.translate(_CURLY_QUOTES)


def word_diff(a: str, b: str) -> tuple[DiffOp, ...]:
    """Word-level diff turning ``a`` into ``b`` (whitespace-separated words, punctuation kept).

    Words are compared case-insensitively with curly and straight quotes
    equated, so the diff shows real wording changes rather than typography.
    """
    wa, wb = a.split(), b.split()
    ka = [_diff_key(w) for w in wa]
    kb = [_diff_key(w) for w in wb]
    ops = []
    matcher = difflib.SequenceMatcher(None, ka, kb, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        ops.append(DiffOp(tag, " ".join(wa[i1:i2]), " ".join(wb[j1:j2])))
    return tuple(ops)


# A few very frequent function words per language: enough to tell an English
# article from a Spanish, French, German, Portuguese or Italian one.
_FUNCTION_WORDS = {
    "en": frozenset("the of and to in is that for it was with on as by".split()),
    "es": frozenset("el la de que y en los las del por con una para es se".split()),
    "fr": frozenset("le la les de des et est que une dans pour qui sur au du".split()),
    "de": frozenset("der die das und ist nicht den dem ein eine zu mit von sich auf".split()),
    "pt": frozenset("o a os as de que e do da em um uma para com não".split()),
    "it": frozenset("il la di che e un una per del della non sono con gli".split()),
}


def guess_language(text: str, *, words: Iterable[str] | None = None) -> str | None:
    """ISO code of the likeliest language of ``text``.

    Text mostly in one non-Latin script gets that script's usual language
    (``ru`` for Cyrillic, ``ar``, ``zh``, ``ja``, ``hi``, ...: see
    ``corpus.scripts``). Latin text: counts the commonest function words of
    en/es/fr/de/pt/it; ``None`` when fewer than 5 % of the words are function
    words of any of them (too short or another language). ``words``: ``tokens(text)``
    when already read (an article's body: its sentences' words, one after another).
    """
    by_script = script_language(text)
    if by_script:
        return by_script
    words = Counter(map(str.lower, tokens(text) if words is None else words))  # count each word once
    if not words:
        return None
    counts = {lang: sum(words[w] for w in vocab) for lang, vocab in _FUNCTION_WORDS.items()}
    lang = max(counts, key=lambda k: counts[k])
    return lang if counts[lang] >= max(1, 0.05 * words.total()) else None


def equal_share(diff: Sequence[DiffOp]) -> float:
    """Share of words (both sides counted) that the diff keeps unchanged, in [0, 1]."""
    equal = sum(2 * len(op.a_text.split()) for op in diff if op.op == "equal")
    total = sum(len(op.a_text.split()) + len(op.b_text.split()) for op in diff)
    return equal / total if total else 0.0
