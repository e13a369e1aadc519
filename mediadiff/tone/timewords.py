"""Words that say when, not how good: time expressions in news (beside ``newsrules``' words that are not tone).

* **"late" and "early" before a time.** "late Thursday", "early next year", "late in the day", "early 2022", "late
  last week": the adjective places an event inside a period (Quirk et al. 1985, 8.51-8.57, adverbials of time
  position), as "former" and "latest" place a thing in time (``newsrules.TIME_WORDS``). Its tone ("late" is a news
  valence of -0.2, Pattern -0.18; "early" +0.27) is no judgement there. Before anything else ("a late payment", "an
  early success") it keeps its tone.
* **"new" after a number or before a record.** After a number "new" means "additional" ("500,000 new jobs", "684
  new deaths"), as "additional" does (``newsrules.QUANTITY_WORDS``); before a noun of published information it means
  "latest" ("a new report", "new figures", "new census data"). Elsewhere ("a new day", "new hope") it keeps the
  news valence the raters gave it (bench/learn_quantity_words.py measured it out everywhere: NYT odd-id CV fell).
* **"effective" before a date.** "Effective Nov. 8, travelers must ...", "effective immediately", "effective as of
  Monday": the adjective says from when a rule is in force (in force, operative), not that it works well (VADER
  +2.1).

A time is a weekday, a month (or its abbreviation), a part of the day, a season, a number ("2022", "1990s", "8"),
"this", "last" or "next" (a period follows), "in" or "on" with one of these or a period noun after an optional
"the" ("late in the day", "early in the season"). Tokens are lower-cased cores and whitespace tokens as written, as
in ``newsrules.not_tone``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import compress

from mediadiff.corpus import dates
from mediadiff.tone.newsrules import CLAUSE_MARKS

__all__ = ["TIME_STARTERS", "time_adjunct_at", "time_expressions"]

# The corpus stage's names of days and months, with the abbreviations news writes ("Thurs.", "Sept.").
WEEKDAYS = dates.WEEKDAYS | frozenset("mon tue tues wed thu thur thurs fri sat sun".split())
MONTHS = frozenset(dates.MONTHS) | frozenset(dates.MONTH_ABBREVIATIONS)
DAY_PARTS = frozenset("morning afternoon evening night tonight today yesterday tomorrow midnight noon overnight "
                      "spring summer fall autumn winter".split())
# The period nouns after "late in (the)" / "early in (the)": "late in the day", "early in the year".
PERIODS = frozenset("day week weekend month year decade century quarter season term session game race campaign "
                    "morning afternoon evening night spring summer fall autumn winter".split())
DEICTIC = frozenset("this last next".split())  # "late last week", "early next year"
POSITIONERS = frozenset({"late", "early"})
# "effective immediately", "effective today", "effective as of Monday"
EFFECTIVE_NOW = frozenset("immediately today tomorrow tonight midnight noon now".split())
# After a number "new" means "additional" ("500,000 new jobs", "684 new deaths"), as "additional" and "more" do
# (newsrules.QUANTITY_WORDS); before a noun of published information it means "latest" ("a new report", "new
# figures", "new census data"), as "latest" does (newsrules.TIME_WORDS).
NEWS_OF_RECORD = frozenset("report reports study studies poll polls survey surveys figures data numbers statistics "
                           "estimate estimates analysis assessment census count tally filing filings".split())
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten dozen dozens hundred hundreds thousand "
                          "thousands million millions billion billions".split())
TIME_STARTERS = POSITIONERS | {"effective", "new"}  # the words the rules start from


def _a_time(tokens: Sequence[str], raw: Sequence[str], j: int, *, periods: bool = False) -> bool:
    """Token ``j`` opens a time: a weekday, month, part of the day or season, a number, "this/last/next"; with
    ``periods`` a period noun ("day", "season") too."""
    if j >= len(tokens):
        return False
    word = tokens[j]
    return (word in WEEKDAYS or word in MONTHS or word in DAY_PARTS or word in DEICTIC or word[:1].isdigit()
            or (periods and word in PERIODS))


def _time_after(tokens: Sequence[str], raw: Sequence[str], i: int) -> bool:
    """A time follows token ``i`` in its clause: right after it, or after "in"/"on" (and "the")."""
    if raw[i].endswith(CLAUSE_MARKS) or i + 1 >= len(tokens):
        return False
    j = i + 1
    if _a_time(tokens, raw, j) and tokens[j] != "may":  # "late May" yes, "early may" is a modal: Capitalised only
        return True
    if tokens[j] == "may" and raw[j][:1] == "M":
        return True
    if tokens[j] in ("in", "on") and not raw[j].endswith(CLAUSE_MARKS):
        k = j + 1 + (j + 1 < len(tokens) and tokens[j + 1] == "the")
        return _a_time(tokens, raw, k, periods=True)
    return False


# Times that stand alone as an adjunct after a noun phrase ("killed the bill yesterday"); "morning" or "spring" alone
# may be a noun's modifier or a noun ("the morning rush"), so they need "this/last/next" or "on/in" before them.
BARE_TIMES = frozenset("yesterday today tonight tomorrow overnight".split())
ADJUNCT_PREPOSITIONS = frozenset("on in at during by".split())  # "on Tuesday", "in the morning", "during 2020"


def time_adjunct_at(tokens: Sequence[str], raw: Sequence[str], j: int) -> bool:
    """Token ``j`` opens an adverbial of time that can follow a noun phrase: a weekday or month as written
    (capitalised: "may", "march" lower-case are verbs), "yesterday"/"today"/..., "this/last/next" with a period, a
    weekday, month or season ("last week", "next year"), or "on/in/at/during/by" (and "the") before one of these or
    a period noun ("on Tuesday", "in the morning"). Used to end an object before its adjunct ("killed the bill
    **on Tuesday**", "created chaos **last week**")."""
    if j >= len(tokens):
        return False
    word = tokens[j]
    if word in BARE_TIMES or (word in WEEKDAYS or word in MONTHS) and raw[j][:1].isupper():
        return True
    if raw[j].endswith(CLAUSE_MARKS) or j + 1 >= len(tokens):
        return False
    after = tokens[j + 1]
    if word in DEICTIC:
        return after in PERIODS or after in WEEKDAYS or after in MONTHS
    if word in ADJUNCT_PREPOSITIONS:
        k = j + 1 + (after == "the" and not raw[j + 1].endswith(CLAUSE_MARKS))
        return k < len(tokens) and (tokens[k] in BARE_TIMES or tokens[k] in DAY_PARTS or tokens[k] in DEICTIC
                                    and k + 1 < len(tokens) and tokens[k + 1] in PERIODS
                                    or (tokens[k] in WEEKDAYS or tokens[k] in MONTHS) and raw[k][:1].isupper()
                                    or k > j + 1 and tokens[k] in PERIODS)
    return False


def time_expressions(tokens: Sequence[str], raw: Sequence[str], *, lexicon: Mapping[str, float]) -> dict[int, str]:
    """Token index -> why: "late"/"early" before a time, "effective" before a date, "new" after a number or before a
    record, when the lexicon rates them."""
    out: dict[int, str] = {}
    for i in compress(range(len(tokens)), map(TIME_STARTERS.__contains__, tokens)):
        word = tokens[i]
        if word not in lexicon:
            continue
        if word in POSITIONERS and _time_after(tokens, raw, i):
            out[i] = "a time expression"
        elif word == "effective" and not raw[i].endswith(CLAUSE_MARKS) and i + 1 < len(tokens) and (
                tokens[i + 1] in EFFECTIVE_NOW or _time_after(tokens, raw, i)
                or (tokens[i + 1] in ("as", "from") and i + 2 < len(tokens)
                    and (tokens[i + 2] == "of" or _a_time(tokens, raw, i + 2)))):
            out[i] = "a date from which something is in force"
        elif word == "new" and i + 1 < len(tokens) and not raw[i].endswith(CLAUSE_MARKS):
            if i > 0 and (tokens[i - 1][:1].isdigit() or tokens[i - 1] in _NUMBER_WORDS) \
                    and not raw[i - 1].endswith(CLAUSE_MARKS):
                out[i] = "'new' after a number: additional"
            elif tokens[i + 1] in NEWS_OF_RECORD:
                out[i] = "'new' before a report or figures: latest"
    return out
