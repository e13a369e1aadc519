"""What two sentences must share to report the same claim: content beyond names and dates.

Two sentences that share only their actors and a date ("US President Donald
Trump ..." / "... President Donald Trump spoke on January 12 ...") are not the
same claim: news about one story names the same people on every line. A
claim is carried by what is said of them: content words (other forms,
related words and WordNet synonyms count, as in the word alignment) and
figures that are not dates.

``shares_content`` is the rule: the aligner pairs two sentences, or joins one
to a split or merge, only when they share at least one such word.

Names are capitalised words inside a sentence (not its first word, not in a
title-case headline), abbreviations such as "U.S.", and short lower-case
particles between capitalised words ("Juan Ramón de la Fuente"); dates are
month and day names, "today", "yesterday" and the like, a number next to a
month name, and years. Rules, not tuned numbers: nothing here was fitted.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from mediadiff.align.vectors import sentence_terms, typography_free_words, word_term
from mediadiff.align.wordalign import align_tokens, analyse
from mediadiff.corpus.dates import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS

MONTH_WORDS = frozenset(MONTHS) | frozenset(MONTH_ABBREVIATIONS)
RELATIVE_DAYS = frozenset("today yesterday tomorrow tonight".split())
# Lower-case words that sit inside a person's name.
NAME_PARTICLES = frozenset("de la del da das dos di du le van von der den ten ter bin al el y".split())


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


@lru_cache(maxsize=65536)
def reading(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """(content terms, name and date terms) of ``text``, as the aligner's terms (``vectors.word_term``).

    A term used once as a name or date ("Trump" inside the sentence) is a
    name everywhere in it, also as its first word.
    """
    terms = (word_term(word)[1] for word in _name_or_date_words(typography_free_words(text)))
    names = frozenset(term for term in terms if term)
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
