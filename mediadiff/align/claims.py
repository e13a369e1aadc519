"""What two sentences must share to report the same claim: content beyond names and dates.

Two sentences that share only their actors and a date ("US President Donald
Trump ..." / "... President Donald Trump spoke on January 12 ...") are not the
same claim: news about one story names the same people on every line. A
claim is carried by what is said of them: content words (other forms,
related words and WordNet synonyms count, as in the word alignment) and
figures that are not dates.

``shares_content`` is the rule: the aligner pairs two sentences, or joins one
to a split or merge, only when they share at least one such word.

A shared word is not enough when it is all the two have in common:
"One case involved an officer accused of excessive force" and "They were
about the only ones." share "one", and in a short sentence that one word is
its whole tf-idf vector, so the link score reaches the floor. The words of two
sentences that report one claim correspond: ``words_correspond`` asks that
their word-aligned ``sentence_similarity`` (the similarity a reworded row
shows) reaches the link floor too. ``ClaimRule`` asks both questions of a
pair of articles, once per sentence pair and only when asked.

Names are capitalised words inside a sentence (not its first word, not in a
title-case headline), abbreviations such as "U.S.", and short lower-case
particles between capitalised words ("Juan Ramón de la Fuente"); dates are
month and day names, "today", "yesterday" and the like, a number next to a
month name, and years. Rules, not tuned numbers: nothing here was fitted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from mediadiff.align.frames import same_source_only
from mediadiff.align.params import COINCIDENCE_BELOW
from mediadiff.align.similarity import sentence_similarity
from mediadiff.align.vectors import initialisms, sentence_terms, typography_free_words, word_term
from mediadiff.align.wordalign import align_tokens, analyse
from mediadiff.corpus.dates import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS
from mediadiff.corpus.namewords import NAME_PARTICLES

MONTH_WORDS = frozenset(MONTHS) | frozenset(MONTH_ABBREVIATIONS)
RELATIVE_DAYS = frozenset("today yesterday tomorrow tonight".split())


def _is_month(word: str) -> bool:
    return word[:1].isupper() and word.lower().rstrip(".") in MONTH_WORDS


def _is_date(words: Sequence[str], k: int) -> bool:
    """True when ``words[k]`` is a month or day name, a relative day, a day number beside a month, or a year."""
    word = words[k]
    if word[:1].isdigit():
        if len(word) == 4 and word.isdigit():
            return 1900 <= int(word) <= 2099
        return len(word) <= 2 and ((k > 0 and _is_month(words[k - 1]))
                                   or (k + 1 < len(words) and _is_month(words[k + 1])))
    low = word.lower()
    return _is_month(word) or low in WEEKDAYS or low in RELATIVE_DAYS


def _name_or_date_words(words: Sequence[str]) -> list[str]:
    """The words of ``words`` that are part of a name or a date.

    Names: capitalised words inside the sentence, abbreviations ("U.S."), and
    particles right after a name ("de la" in "Juan Ramón de la Fuente").
    """
    # A headline In Title Case capitalises every long word: none of them is a name then.
    long_words = [w for w in words if len(w) > 3 and w[:1].isalpha()]
    title_case = len(long_words) >= 3 and all(w[:1].isupper() for w in long_words)
    all_caps = not any(ch.islower() for w in words for ch in w)
    found = []
    previous = False
    for k, word in enumerate(words):
        first = word[:1]
        if first.isupper():
            bare = word.replace(".", "")
            mark = (k > 0 and not title_case) or (len(bare) >= 2 and bare.isupper() and not all_caps) \
                or _is_date(words, k)
        elif first.isdigit() or word in RELATIVE_DAYS:
            mark = _is_date(words, k)
        else:
            mark = previous and word in NAME_PARTICLES
        if mark:
            found.append(word)
        previous = mark
    return found


# A parenthesis right after a name that holds figures and nothing but capitalised words ("Klitschko (58-3, 51 KO)",
# "the Chiefs (2-13)", "Smith (6-2)"), or a bare number between commas after one ("Klitschko, 36, said"), is an
# apposition that identifies its referent (a record, an age; Quirk et al. 1985, 17.65 on nonrestrictive
# apposition), as the name does: no content of the claim (qa14 A9).
_DESCRIPTOR = re.compile(r"([A-Z][\w.'’-]*)\s*(?:\(\s*([^()]{1,40}?)\s*\)|,\s*(\d{1,3})\s*,)")
_LOWER_WORD = re.compile(r"\b[a-z][a-z]+\b")
# The same of a noun phrase in apposition whose modifier is a figure ("Ortiz, a 15-year veteran and member",
# "A 15-year department veteran, Ortiz had ...", "Orozco, a 29-year-old gang member,"; qa15 A9).
# It ends where the phrase does (a comma, a full stop, "and", a preposition), not in a clause ("In Washington, a
# 10-year plan was approved.").
_AGED = r"an?\s+\d[\w-]*(?:\s+[a-z][\w-]*){1,2}?"
_NOUN_DESCRIPTOR = re.compile(rf"([A-Z][\w.'’-]*),\s+({_AGED})(?=\s*[,.;:]|\s+(?:and|of|at|in|for|with|from|who)\b)"
                              rf"|^({_AGED}),\s+([A-Z][\w.'’-]*)", re.IGNORECASE)


def _descriptor_words(text: str) -> list[str]:
    """The words of the appositions after names that only describe their referent (``_DESCRIPTOR``), and the names."""
    if "(" not in text and "," not in text:
        return []
    found = []
    for match in _DESCRIPTOR.finditer(text):
        inside = match.group(2) or match.group(3)
        if any(ch.isdigit() for ch in inside) and not _LOWER_WORD.search(inside):
            found.extend(typography_free_words(f"{match.group(1)} {inside}"))  # the name described is one too
    for match in _NOUN_DESCRIPTOR.finditer(text):
        name, phrase = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
        if name[:1].isupper():
            found.extend(typography_free_words(f"{name} {phrase}"))
    return found


@lru_cache(maxsize=65536)
def reading(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """(content terms, name and date terms) of ``text``, as the aligner's terms (``vectors.word_term``).

    A term used once as a name or date ("Trump" inside the sentence) is a
    name everywhere in it, also as its first word; so are the words of an
    apposition that only describes a name's referent (``_descriptor_words``).
    """
    words = _name_or_date_words(typography_free_words(text)) + _descriptor_words(text)
    terms = (word_term(word)[1] for word in words)
    names = frozenset(term for term in terms if term) | frozenset(initialisms(text))
    return frozenset(sentence_terms(text).counts.keys() - names), names


@lru_cache(maxsize=65536)
def _content_tokens(text: str) -> frozenset[int]:
    """Indices into ``wordalign.analyse(text)`` of its content words and figures (no names, no dates)."""
    content = reading(text)[0]
    return frozenset(t.index for t in analyse(text)
                     if t.kind in ("word", "number") and word_term(t.text)[1] in content)


def covered(part: str, other: str) -> frozenset[int]:
    """Content words of ``other`` (indices into ``analyse(other)``) that ``part`` shares or has an equivalent for.

    A word that either sentence uses as a name ("Trump" opening one sentence,
    inside the other) is a name for both.
    """
    mine, theirs = _content_tokens(part), _content_tokens(other)
    names = reading(part)[1] | reading(other)[1]
    ta, tb = analyse(part), analyse(other)
    return frozenset(j for i, j, _, _ in align_tokens(part, other) if i in mine and j in theirs
                     and word_term(ta[i].text)[1] not in names and word_term(tb[j].text)[1] not in names)


def shares_content(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` share a content word or figure, or equivalent words, beyond names and dates.

    Two sentences with the same words (a dateline, a list of names) always do.
    """
    if sentence_terms(a).words == sentence_terms(b).words:
        return True
    (content_a, names_a), (content_b, names_b) = reading(a), reading(b)
    if (content_a & content_b) - names_a - names_b:
        return True  # the common case, without the word alignment
    return bool(covered(a, b))


def words_correspond(a: str, b: str, floor: float) -> bool:
    """True when ``a`` and ``b`` have the same words, or their ``sentence_similarity`` reaches ``floor``.

    ``floor`` is the link floor: a row the tf-idf link score takes must also
    be as close in its word alignment (same words, stems, related words and
    synonyms, weighted by information), so no reworded row shows a similarity
    below the floor it was linked at. Swept on development data only
    (``bench/try_unrelated_rules.py``, bench/results/align.md): the link floor
    is the best of the floors tried for this test.
    """
    return sentence_terms(a).words == sentence_terms(b).words or sentence_similarity(a, b) >= floor


class ClaimRule:
    """Whether sentence i of A and sentence j of B may be aligned.

    ``rule(i, j)``: they share content beyond names and dates
    (``shares_content``, computed once per pair and only when asked) and no
    row holding both was refused. ``refuse(a_indices, b_indices)`` asks
    ``words_correspond`` of a row (its sentences joined, as the row shows
    them) and, when they do not correspond, refuses every link of the row.
    ``refuse_other_events(pairs)`` refuses candidate pairs that report another event than a rival candidate
    does (``events.other_event_pairs``).
    ``refuse_coincidence(a_indices, b_indices, confidence)`` refuses a reworded
    row whose confidence (``evidence.pair_confidence``, which reads how much the
    two articles share) is below ``params.COINCIDENCE_BELOW``: more likely a
    coincidence of topic words than one fact. ``refusal(i, j)`` says why a pair
    is not taken: "names", "event", "words", "coincidence" or None.
    """

    def __init__(self, a: Sequence[str], b: Sequence[str], floor: float) -> None:
        self.texts_a, self.texts_b, self.floor = a, b, floor  # the sentences, read by partners.py too
        self._shares: dict[tuple[int, int], bool] = {}
        self._refused: dict[tuple[int, int], float] = {}  # link -> word similarity of the row that refused it
        self._coincidental: dict[tuple[int, int], float] = {}  # link -> confidence of the row that refused it
        self._rows: dict[tuple[tuple[int, ...], tuple[int, ...]], float | None] = {}
        self._other_event: frozenset[tuple[int, int]] = frozenset()

    def shares(self, i: int, j: int) -> bool:
        if (i, j) not in self._shares:
            self._shares[i, j] = shares_content(self.texts_a[i], self.texts_b[j])
        return self._shares[i, j]

    def __call__(self, i: int, j: int) -> bool:
        return (i, j) not in self._refused and (i, j) not in self._other_event and self.shares(i, j)

    def refuse_other_events(self, pairs: frozenset[tuple[int, int]]) -> None:
        """Refuse these pairs from now on: each reports another event than a rival candidate of one of its
        sentences does, and shares only arguments with it (``events.other_event_pairs``)."""
        self._other_event = pairs

    def row_similarity(self, a_indices: Sequence[int], b_indices: Sequence[int]) -> float | None:
        """``sentence_similarity`` of a row (its sentences joined), None when the two have the same words.

        Each row is asked once: the alignment is chosen again after a refusal, and the row shows it.
        """
        key = (tuple(a_indices), tuple(b_indices))
        if key not in self._rows:
            text_a = " ".join(self.texts_a[i] for i in a_indices)
            text_b = " ".join(self.texts_b[j] for j in b_indices)
            same = sentence_terms(text_a).words == sentence_terms(text_b).words
            self._rows[key] = None if same else sentence_similarity(text_a, text_b)
        return self._rows[key]

    def refuse(self, a_indices: Sequence[int], b_indices: Sequence[int]) -> bool:
        """True (and its links refused from now on) when the row's words do not correspond, or correspond only
        in a frame: its speech verb, or the frame that names one source (``frames.same_source_only``: the
        similarity stored is then that of what the two say)."""
        score = self.row_similarity(a_indices, b_indices)
        if score is None:
            return False
        if score >= self.floor:
            score = same_source_only(" ".join(self.texts_a[i] for i in a_indices),
                                     " ".join(self.texts_b[j] for j in b_indices), self.floor)
            if score is None:
                return False
        self._refused.update({(i, j): score for i in a_indices for j in b_indices})
        return True

    def refuse_coincidence(self, a_indices: Sequence[int], b_indices: Sequence[int], confidence: float) -> bool:
        """True (and the row's links refused) when a reworded row's confidence is below ``COINCIDENCE_BELOW``."""
        if confidence >= COINCIDENCE_BELOW:
            return False
        self._coincidental.update({(i, j): confidence for i in a_indices for j in b_indices})
        return True

    def refusal(self, i: int, j: int) -> str | None:
        return ("names" if not self.shares(i, j) else "event" if (i, j) in self._other_event
                else "words" if (i, j) in self._refused
                else "coincidence" if (i, j) in self._coincidental else None)

    def refused_at(self, i: int, j: int) -> float | None:
        """What refused the pair, as a number: the word similarity of the row that refused it ("words"), or that
        row's confidence ("coincidence"); None when no row did."""
        return self._refused.get((i, j), self._coincidental.get((i, j)))
