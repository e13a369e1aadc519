"""Time expressions and dates: "last week", "less than two weeks ago", "on Tuesday", "on Oct. 4".

Between a subject and its verb they are adverbs ("Feinstein last week said", "Merrick Garland on Oct. 4
announced"); alone they never name a source ("Oct. 4 announced" is no one's announcement). Shared by
``phrases`` (noun phrases read from a verb) and ``cues``. Rules only; nothing here was fitted.
"""

from __future__ import annotations

from functools import lru_cache

from mediadiff.corpus.dates import MONTH_ABBREVIATIONS, MONTHS

# Time expressions ("last week", "less than two weeks ago", "on Tuesday", "Hours later", "first"): between a
# subject and its verb they are adverbs ("Feinstein last week said"); alone they never name a source.
TIME_WORDS = frozenset("""
now today yesterday tonight tomorrow monday tuesday wednesday thursday friday saturday sunday morning
afternoon evening night week weeks month months year years day days hour hours minute minutes weekend
last this next earlier later ago early late recently then once first finally less more than a an one
two three four five six seven eight nine ten few several on in at nearly almost about around roughly some
""".split())
TIME_HEADS = frozenset("""
now today yesterday tonight tomorrow monday tuesday wednesday thursday friday saturday sunday ago later
earlier week month year weekend morning afternoon evening night first finally recently
""".split())
_TIME_HEAD_FORMS = TIME_HEADS | {"hour", "day", "minute"}  # unions asked of many tokens: built once
# A season after a time word is a time ("Smith this spring announced", "last fall", "early next winter"; review15
# item 15); alone, "Spring", "Fall" and "Winter" may be names or nouns ("The fall in prices").
_SEASONS = frozenset("spring summer fall autumn winter".split())
_SEASON_TIMES = frozenset("this last next early late in during past that".split())
_MONTH_WORDS = frozenset(MONTHS) | frozenset(MONTH_ABBREVIATIONS)


def _date_back(toks, end: int) -> int | None:
    """Start of a date ending just before token ``end``: a month and a day, a day and a month, perhaps
    with a year after a comma ("Oct. 4", "Jan. 6, 2021", "4 October"), or a month after a time word
    ("in October", "last May"; alone, "May" and "June" name people), else ``None``."""
    k = end
    if k > 2 and toks[k - 1][0].isdigit() and len(toks[k - 1][0]) == 4 and toks[k - 2][0] == ",":
        k -= 2  # ", 2021"
    if k > 1 and _month(toks[k - 1][0]):
        if toks[k - 2][0].isdigit() and len(toks[k - 2][0]) <= 2:
            return k - 2
        return k - 1 if toks[k - 2][0].lower() in TIME_WORDS else None
    if k > 1 and toks[k - 1][0].isdigit() and len(toks[k - 1][0]) <= 2 and _month(toks[k - 2][0]):
        return k - 2
    return None


@lru_cache(maxsize=16384)  # asked of each word read back from every verb (words: a smaller cache than names)
def _month(word: str) -> bool:
    return word[:1].isupper() and word.lower().rstrip(".") in _MONTH_WORDS


def time_phrase_back(toks, end: int) -> int | None:
    """Start of a time expression ending just before token ``end`` ("last week", "less than two
    weeks ago", "on Tuesday", "Hours later", "on Oct. 4"), else ``None``."""
    date = _date_back(toks, end) if end else None
    if date is not None:
        end = date + 1  # read on backwards from the date's first word, as from a time head
    elif end == 0 or toks[end - 1][0].lower().removesuffix("s") not in _TIME_HEAD_FORMS and not (
            end > 1 and toks[end - 1][0].lower() in _SEASONS and toks[end - 2][0].lower() in _SEASON_TIMES):
        return None
    i = end - 1
    while i > 0 and end - i < 6 and (toks[i - 1][0].lower() in TIME_WORDS or toks[i - 1][0].isdigit()):
        i -= 1
    return i


def is_time_phrase(toks, np: tuple[int, int]) -> bool:
    """Whether a noun phrase is only a time expression ("Tuesday", "Hours later", "first")."""
    start = time_phrase_back(toks, np[1])
    return start is not None and start <= np[0]
