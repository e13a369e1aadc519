"""Sentences as sparse tf-idf vectors, and the candidate pairs worth scoring.

The aligner compares sentences by the content they carry: content-word stems,
names and numbers (function words dropped), each weighted by tf-idf with the
idf taken over the sentences of the articles being compared, so a word that
every sentence uses ("Mexico" in an article about Mexico) counts for little
and a shared rare name or figure counts for much.

``candidate_scores`` never builds an n x m matrix: an inverted index over the
rarer terms proposes a few candidates per sentence, and only those are scored.
Time and memory grow about linearly with article length.

``soft_cosine`` is the same cosine with other forms, related words and WordNet
synonyms counted as shared terms; the aligner uses it only for the sentences
its first passes leave unpaired.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from mediadiff.align import lexicon
from mediadiff.align.params import CANDIDATE_MAX_POSTINGS, CANDIDATES_PER_SENTENCE, LINK_SCORES
from mediadiff.align.similarity import STOPWORDS, normalise_word, stem, tokens

Vector = dict[str, float]


@dataclass(frozen=True)
class SentenceTerms:
    """What the aligner reads in one sentence.

    ``counts`` maps each content term (a stem, or a number such as "1029") to
    how often it occurs; ``words`` is every word lower-cased with apostrophes,
    quotes and dashes straightened (punctuation dropped): two sentences with
    equal ``words`` differ only in punctuation or typography.
    """

    counts: dict[str, int]
    words: tuple[str, ...]


TYPOGRAPHY = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


@lru_cache(maxsize=65536)
def sentence_terms(text: str) -> SentenceTerms:
    """Parse ``text`` into its content terms and its typography-free word sequence."""
    parsed = list(map(word_term, typography_free_words(text)))
    lowers, terms = zip(*parsed) if parsed else ((), ())
    counts = Counter(filter(None, terms))  # first-seen order, as the vectors keep it
    if text.count(".") > 1:  # an initialism writes two dots at least ("U.K.")
        counts.update(initialisms(text))
    return SentenceTerms(dict(counts), lowers)


_DOTTED = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}")  # "U.K.", "E.U.": the words split them into single letters


@lru_cache(maxsize=65536)
def initialisms(text: str) -> tuple[str, ...]:
    """The terms of the dotted initialisms of ``text``: each is the word its letters spell, so "U.K." is "UK"
    ("uk"), "E.U." is "EU", and "U.S." is "US", no term, as a capitalised function word is not one.
    A text with fewer than two dots has none: most sentences end in their only dot, and the pattern's
    look-behind makes its search try every character."""
    if text.count(".") < 2:
        return ()
    return tuple(term for match in _DOTTED.findall(text) if (term := word_term(match.replace(".", ""))[1]))


@lru_cache(maxsize=65536)  # the link scores and the claim rule read every sentence this way
def typography_free_words(text: str) -> tuple[str, ...]:
    """The words of ``text`` (``similarity.tokens``) as written, once quotes and dashes are straightened."""
    return sentence_tokens(text if text.isascii() else text.translate(TYPOGRAPHY))  # ASCII has nothing to straighten


@lru_cache(maxsize=65536)  # one reading of each sentence for the link scores, the summaries and the cue words
def sentence_tokens(text: str) -> tuple[str, ...]:
    """``similarity.tokens(text)`` as a tuple, read once per distinct sentence."""
    return tuple(tokens(text))


@lru_cache(maxsize=131072)
def word_term(word: str) -> tuple[str, str | None]:
    """The lower-cased word and its content term (stem or number), None for a function word."""
    norm = normalise_word(word)
    if norm in STOPWORDS or (len(norm) < 2 and not norm[:1].isdigit()):
        return word.lower(), None
    return word.lower(), norm.rstrip("%").replace(",", "") if norm[:1].isdigit() else stem(norm)


def document_frequency(terms: Sequence[SentenceTerms]) -> Counter[str]:
    """In how many of the sentences each term occurs."""
    return Counter(t for s in terms for t in s.counts)


def tfidf_vectors(terms: Sequence[SentenceTerms], df: Counter[str], total: int) -> list[Vector]:
    """Unit-length tf-idf vectors: sublinear tf (1 + ln tf) x smoothed idf ln((total + 1) / (df + 1)) + 1.

    The + 1 keeps words that both articles use from weighing next to nothing
    when the articles are short (a plain idf starved three-sentence openings).
    A sentence written twice (a copy in the other article, a repeated line) is
    one ``sentence_terms`` reading and gets one vector, shared: vectors are
    never changed once made.
    """
    idf = {t: math.log((total + 1) / (n + 1)) + 1.0 for t, n in df.items()}  # once per term, not per use
    vectors = []
    made: dict[int, Vector] = {}  # by the reading's id: ``terms`` holds every reading for the whole loop
    for s in terms:
        vector = made.get(id(s))
        if vector is None:
            v = {t: (1.0 + math.log(c)) * idf[t] for t, c in s.counts.items()}
            norm = math.sqrt(sum(x * x for x in v.values()))
            vector = made[id(s)] = {t: x / norm for t, x in v.items()} if norm else {}
        vectors.append(vector)
    return vectors


def cosine(u: Vector, v: Vector) -> float:
    """Dot product of two unit vectors (their cosine), in [0, 1] for tf-idf."""
    return sum(u[t] * v[t] for t in u.keys() & v.keys())


def soft_cosine(u: Vector, v: Vector, v_index: EquivalenceIndex | None = None) -> float:
    """``cosine`` where a term without its twin may meet an equivalent term of the other sentence, in [0, 1].

    A soft cosine (Sidorov et al. 2014): besides the shared terms, each term of
    ``u`` that ``v`` lacks may pair with one term of ``v`` that ``u`` lacks when
    the two are the same word in another form ("fell"/"fall"), related words
    ("Mexican"/"Mexico") or WordNet synonyms ("refused"/"rejection",
    "repeatedly"/"reiterated"): the pair adds the product of their weights times
    the strength of the link (``params.LINK_SCORES``, as in the word aligner).
    Each term is used once, strongest products first, so the result stays at
    most 1 for unit vectors and equals ``cosine`` when nothing is equivalent.
    ``v_index`` is ``equivalence_index(v)``, passed when ``v`` is scored many times.
    """
    score = cosine(u, v)
    index = equivalence_index(v) if v_index is None else v_index
    offers: dict[tuple[str, str], float] = {}
    for t, x in u.items():
        if t in v:
            continue
        forms, related, groups = term_knowledge(t)
        if index.forms.isdisjoint(forms) and index.forms.isdisjoint(related) and index.related.isdisjoint(forms) \
                and index.groups.isdisjoint(groups):
            continue  # most words have no equivalent in the other sentence: skip the lookups
        # Weakest reason first: a stronger one found later overwrites the offer.
        for kind, tag, keys in (("synonym", "g", groups), ("related", "r", forms), ("related", "f", related),
                                ("stem", "f", forms)):
            for key in keys:
                for w in index.terms(tag, key):
                    if w not in u:
                        offers[t, w] = LINK_SCORES[kind] * x * v[w]
    used: set[str] = set()
    for (t, w), gain in sorted(offers.items(), key=lambda item: (-item[1], item[0])):
        if t not in used and w not in used:
            used.update((t, w))
            score += gain
    return min(1.0, score)


class EquivalenceIndex:
    """The terms of a vector by base form ("f"), related stem ("r") and synonym group ("g").

    ``forms``, ``related`` and ``groups`` are the key sets, built at once: most
    sentence pairs share no equivalent word, and those sets tell. The index
    from a key to the terms holding it is built on the first lookup.
    """

    def __init__(self, v: Vector) -> None:
        self._terms = list(v)
        knowledge = [term_knowledge(w) for w in self._terms]
        self.forms = frozenset().union(*(k[0] for k in knowledge))
        self.related = frozenset().union(*(k[1] for k in knowledge))
        self.groups = frozenset().union(*(k[2] for k in knowledge))
        self._index: dict[tuple[str, str], list[str]] | None = None

    def terms(self, tag: str, key: str) -> Sequence[str]:
        """The terms (in the vector's order) whose ``tag`` keys hold ``key``."""
        if self._index is None:
            self._index = defaultdict(list)
            for w in self._terms:
                for kind, keys in zip("frg", term_knowledge(w)):
                    for found in keys:
                        self._index[kind, found].append(w)
        return self._index.get((tag, key), ())


def equivalence_index(v: Vector) -> EquivalenceIndex:
    """The terms of ``v`` by base form, related stem and synonym group (``EquivalenceIndex``)."""
    return EquivalenceIndex(v)


@lru_cache(maxsize=65536)
def term_knowledge(term: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(base forms, related stems, WordNet synset ids) of a content term; nothing for a number."""
    if term[:1].isdigit():
        return frozenset(), frozenset(), frozenset()
    other_forms = lexicon.linked(term, "form")
    if not other_forms:  # most terms: the same sets, without building them again from one member
        return frozenset((term,)), lexicon.linked(term, "related"), lexicon.synonym_groups(term)
    forms = frozenset({term} | other_forms)
    related = frozenset().union(*(lexicon.linked(f, "related") for f in forms))
    groups = frozenset().union(*(lexicon.synonym_groups(f) for f in forms))
    return forms, related, groups


def combined(vectors: Sequence[Vector]) -> Vector:
    """Unit vector of the sum of ``vectors``: the text of several sentences read as one."""
    total: dict[str, float] = defaultdict(float)
    for v in vectors:
        for t, x in v.items():
            total[t] += x
    norm = math.sqrt(sum(x * x for x in total.values()))
    return {t: x / norm for t, x in total.items()} if norm else {}


def candidate_scores(va: Sequence[Vector], vb: Sequence[Vector], df: Counter[str],
                     words_a: Sequence[tuple[str, ...]] = (), words_b: Sequence[tuple[str, ...]] = ()
                     ) -> dict[tuple[int, int], float]:
    """Cosine of the candidate (a position, b position) pairs: at most a few per sentence.

    Candidates come from an inverted index over the terms found in at most
    ``CANDIDATE_MAX_POSTINGS`` sentences: each sentence of A keeps the
    ``CANDIDATES_PER_SENTENCE`` sentences of B with the largest dot product
    over those rare terms, each sentence of B likewise, and sentences with the
    same words (``words_a``/``words_b``, when given) are always candidates.
    Only candidates are scored exactly, so time and memory grow linearly with
    article length. The approximation (a pair sharing only common terms, or
    outside both top lists, is never scored) is measured against exhaustive
    scoring in bench/results/align.md.
    """
    scores: dict[tuple[int, int], float] = {}
    for i, j in _top_pairs(va, vb, df):
        scores[i, j] = cosine(va[i], vb[j])
    if words_a and words_b:
        same: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for j, words in enumerate(words_b):
            same[words].append(j)
        for i, words in enumerate(words_a):
            for j in same.get(words, ())[:CANDIDATES_PER_SENTENCE]:
                if (i, j) not in scores:  # most are candidates already, scored above
                    scores[i, j] = cosine(va[i], vb[j])
    return scores


def _top_pairs(va: Sequence[Vector], vb: Sequence[Vector], df: Counter[str]) -> set[tuple[int, int]]:
    """The pairs among each sentence's (A's and B's) top partners by dot product over rare terms."""
    rare = {t for t, n in df.items() if n <= CANDIDATE_MAX_POSTINGS}
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for j, v in enumerate(vb):
        for t, x in v.items():
            if t in rare:
                postings[t].append((j, x))
    keep = CANDIDATES_PER_SENTENCE
    pairs = set()
    best_of_b: list[list[tuple[float, int]]] = [[] for _ in vb]
    # The least dot product in each full list of B's: most offers are no larger and are turned away with one
    # comparison, without reading the list (dot products are positive, so -1 admits every offer until full).
    least_b = [-1.0] * len(vb)
    nothing: list[tuple[int, float]] = []
    for i, u in enumerate(va):
        partial: dict[int, float] = {}
        for t, x in u.items():
            for j, y in postings.get(t, nothing):
                partial[j] = partial.get(j, 0.0) + x * y
        if len(partial) > keep:
            # sorted(...)[:keep] is what heapq.nlargest returns, ties included, but in C: faster on these short rows
            pairs.update((i, j) for j in sorted(partial, key=partial.__getitem__, reverse=True)[:keep])
        else:
            pairs.update((i, j) for j in partial)
        for j, dot in partial.items():
            if dot > least_b[j]:
                heap = best_of_b[j]
                if len(heap) < keep:
                    heapq.heappush(heap, (dot, i))
                    if len(heap) == keep:
                        least_b[j] = heap[0][0]
                else:
                    heapq.heapreplace(heap, (dot, i))
                    least_b[j] = heap[0][0]
    pairs.update((i, j) for j, heap in enumerate(best_of_b) for _, i in heap)
    return pairs
