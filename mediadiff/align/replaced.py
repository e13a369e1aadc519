"""Names and ordinals one sentence puts where the other has another: "Hasim Rahman" / "Tony Thompson".

Two aligned sentences can share every word but one name: "Klitschko stopped Hasim Rahman in the seventh
round" / "Klitschko stopped Tony Thompson in the sixth round" are two fights, and "was being brought to
Genesee County" / "to Oakland County" two places, yet the paraphrase probability calls them restatements
(0.90, 0.99). ``replaced_names`` finds the pattern the antonym rule of ``evidence.claim_change`` reads:

- people's names only (``_people``): a place or an organisation replaced ("Genesee County" / "Oakland
  County") is left to the row's diff, since their short and wider forms fooled every rule on MSRP train;
- a name on each side that the word alignment leaves unlinked: a run of capitalised words (``wordalign``'s
  "name" tokens; a sentence's first word only when it starts a longer run or is no dictionary word, so
  "Police said" is no name), the unlinked part of a run read with the rest of it;
- in the same place: the word before one links to the word before the other, or the word after to the
  word after ("stopped Hasim Rahman in" / "stopped Tony Thompson in");
- not a name written two ways: one side's letters the initials of the other's words ("U.S." / "United
  States"), nor a title before a name alone ("Mr. Trump" / "President Trump": the same person), nor a
  weekday against a month ("on Monday" / "on Jan. 12" may be one day), nor two spellings ("Catherine" /
  "Katherine"), nor a nationality against a name ("the 41-year-old American" / "the 41-year-old Bowe").

``ordinals`` reads ordinal words and figures ("seventh", "7th", "21st") as figures, so that the figures rule
of ``evidence.claim_change`` compares them: "seventh round" / "sixth round" differ, "seventh" / "7th" do not.
Rules, not tuned numbers; how often they fire on development same-fact rows is in bench/results/align.md.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import lru_cache

from mediadiff.align.claims import MONTH_WORDS
from mediadiff.align.params import SPELLING_RATIO
from mediadiff.align.wordalign import WordToken
from mediadiff.corpus.dates import WEEKDAYS
from mediadiff.corpus.wordtables import DATA, table_row
from mediadiff.voices.name_match import nickname_pair

# Titles and honorifics written before a name: "Mr. Trump" / "President Trump" name one person.
_TITLES = frozenset(
    "mr mrs ms miss dr prof sir dame lord lady rev president vice sen senator rep representative gov governor "
    "mayor judge justice gen general col colonel capt captain lt sgt sergeant officer chief secretary minister "
    "premier chancellor king queen prince princess pope sheikh speaker leader chairman chairwoman chair "
    "ceo commissioner attorney ambassador deputy detective inspector superintendent sheriff undersheriff "
    "former acting prime".split())
# One country's names as news writes them: a demonym and the country's abbreviation name one place.
_ONE_PLACE = (frozenset(("us", "usa", "america", "american", "americans", "united states")),
              frozenset(("uk", "britain", "british", "united kingdom", "great britain")))
_FIRM = frozenset(("same", "stem", "spelling"))
# Words left out of a name's initials: "Federal Bureau of Investigation" is FBI.
_UNINITIALLED = frozenset("of and the for de".split())

_ORDINAL_WORDS = {word: value for value, word in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(), 1)} | {
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80,
    "ninetieth": 90, "hundredth": 100, "thousandth": 1000}
_SUFFIXES = frozenset(("st", "nd", "rd", "th"))


def _is_name(tokens: Sequence[WordToken], k: int, text: str, title_case: bool) -> bool:
    token = tokens[k]
    if token.kind == "name":
        return True
    if token.kind != "word" or not token.text[:1].isupper():
        return False
    if k:
        # The aligner reads a sentence with many names as title case ("Klitschko stopped Hasim Rahman in the
        # seventh round on Saturday in Mannheim": 5 of 8 long words); a headline capitalises every long word.
        return not title_case
    # A sentence's first word is capitalised whatever it is: a name when a name follows it in one run, or
    # when the dictionary does not know it as a word ("Klitschko stopped", not "Police said").
    joined = k + 1 < len(tokens) and _is_name(tokens, k + 1, text, title_case) \
        and text[token.end:tokens[k + 1].start] in (" ", "-")
    return joined or not (token.synonyms or token.related)


def _title_case(tokens: Sequence[WordToken]) -> bool:
    """True when no long word is written in lower case: a headline in title case, whose capitals name nothing."""
    return not any(t.text[:1].islower() and len(t.text) > 3 for t in tokens if t.kind != "number")


def _runs(tokens: Sequence[WordToken], text: str) -> list[tuple[int, int]]:
    """Runs of name words (first and last index), only a space or hyphen between them."""
    runs: list[tuple[int, int]] = []
    title_case = _title_case(tokens)
    for k in range(len(tokens)):
        if not _is_name(tokens, k, text, title_case):
            continue
        if runs and runs[-1][1] == k - 1 and text[tokens[k - 1].end:tokens[k].start] in (" ", "-"):
            runs[-1] = (runs[-1][0], k)
        else:
            runs.append((k, k))
    return runs


def _unlinked_parts(tokens: Sequence[WordToken], text: str, linked: set[int]) -> list[tuple[int, int, int, int]]:
    """(first, last) of each unlinked stretch of a name run that is more than titles, with its run's ends."""
    parts = []
    for first, last in _runs(tokens, text):
        k = first
        while k <= last:
            if k in linked:
                k += 1
                continue
            end = k
            while end + 1 <= last and end + 1 not in linked:
                end += 1
            if any(tokens[m].norm not in _TITLES for m in range(k, end + 1)):
                parts.append((k, end, first, last))
            k = end + 1
    return parts


def _words(tokens: Sequence[WordToken], text: str, first: int, last: int) -> str:
    return text[tokens[first].start:tokens[last].end]


def _initials(tokens: Sequence[WordToken], first: int, last: int) -> str:
    return "".join(t.norm[:1] for t in tokens[first:last + 1] if t.norm not in _UNINITIALLED)


def _abbreviation(text: str, token: WordToken) -> bool:
    """Written as an abbreviation: in capitals ("CA") or with a period after it ("Calif.")."""
    return token.text.replace(".", "").isupper() or text[token.end:token.end + 1] == "."


def _one_name(x: Sequence[WordToken], x_run: tuple[int, int], y: Sequence[WordToken], y_run: tuple[int, int],
              texts: tuple[str, str]) -> bool:
    """True when one run is the other's initials ("U.S." / "United States"), or both are one word each and
    one is an abbreviation whose letters the other has in order from its first ("CA" / "Calif.", "Sen." /
    "Senator")."""
    for (a, a_run), (b, b_run) in (((x, x_run), (y, y_run)), ((y, y_run), (x, x_run))):
        letters = "".join(t.norm for t in a[a_run[0]:a_run[1] + 1])
        if len(letters) >= 2 and letters == _initials(b, *b_run):
            return True
    if x_run[0] != x_run[1] or y_run[0] != y_run[1]:
        return False
    words = sorted(((x[x_run[0]], texts[0]), (y[y_run[0]], texts[1])), key=lambda word: len(word[0].norm))
    (short, short_text), (long, _) = words
    rest = iter(long.norm)
    return _abbreviation(short_text, short) and short.norm[:1] == long.norm[:1] and all(ch in rest for ch in short.norm)


def _calendar_clash(x: Sequence[WordToken], y: Sequence[WordToken], xi: int, yj: int) -> bool:
    """A weekday against a month (or the reverse): perhaps one date, written two ways."""
    kinds = {("day" if t.norm in WEEKDAYS else "month" if t.norm in MONTH_WORDS else "") for t in (x[xi], y[yj])}
    return kinds == {"day", "month"}


@lru_cache(maxsize=65536)
def _folded(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


def _written_in(tokens: Sequence[WordToken], first: int, last: int, other: Sequence[WordToken]) -> bool:
    """Whether every word of ``tokens[first..last]`` is written in the other sentence too, accents aside
    ("Juan Ramon" / "Juan Ramón"), or both name one country ("Americans" / "U.S.")."""
    words = {_folded(t.norm) for t in other}
    if all(_folded(t.norm) in words for t in tokens[first:last + 1]):
        return True
    mine = " ".join(t.norm for t in tokens[first:last + 1])
    words |= {f"{x.norm} {y.norm}" for x, y in zip(other, other[1:])}
    return any(mine in place and words & place for place in _ONE_PLACE)


def _in_brackets(text: str, token: WordToken) -> bool:
    """Inside parentheses or brackets: an aside ("Pfizer (PFE.N)", "McCarthy (R-Calif.)"), which replaces nothing."""
    before = text[:token.start]
    return max(before.rfind("("), before.rfind("[")) > max(before.rfind(")"), before.rfind("]"))


def _beside(text_a: str, ta: Sequence[WordToken], part_a: tuple[int, ...], text_b: str, tb: Sequence[WordToken],
            part_b: tuple[int, ...], firm: set[tuple[int, int]]) -> bool:
    """Whether two unlinked parts of names stand in the same place: the word before each (or after each)
    links to the other, written beside it the same way ("Trump has" / "Sheinbaum, has" is no one place),
    and both inside their names or both outside them ("a Democratic oversight committee" / "the House
    Oversight Committee": "oversight" follows the name on one side and is part of it on the other)."""
    (i, i_end, first_a, last_a), (j, j_end, first_b, last_b) = part_a, part_b
    before = i > 0 and j > 0 and (i - 1, j - 1) in firm and (i > first_a) == (j > first_b) \
        and text_a[ta[i - 1].end:ta[i].start] == text_b[tb[j - 1].end:tb[j].start]
    after = i_end + 1 < len(ta) and j_end + 1 < len(tb) and (i_end + 1, j_end + 1) in firm \
        and (i_end < last_a) == (j_end < last_b) \
        and text_a[ta[i_end].end:ta[i_end + 1].start] == text_b[tb[j_end].end:tb[j_end + 1].start]
    return before or after


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """The places of ``data/places.txt`` (countries, US states, regions), lower case."""
    text = (DATA / "places.txt").read_text(encoding="utf-8")
    return frozenset(line.split("\t")[1] for line in text.splitlines() if line and not line.startswith("#"))


def _demonym(tokens: Sequence[WordToken], first: int, last: int) -> bool:
    """A single word related to a place ("American", "Syrian"): a nationality, which may describe a person."""
    return first == last and bool(tokens[first].related & _places())


def _one_name_spelt_two_ways(ta: Sequence[WordToken], part_a: tuple[int, int], tb: Sequence[WordToken],
                             part_b: tuple[int, int]) -> bool:
    """Two names spelt almost alike in one place are one name ("Catherine Gomes" / "Katherine Gomes", as the
    aligner's spelling links read "Rowhani" / "Rohani"), unless both are places ("Austria" / "Australia")."""
    x = _folded(" ".join(t.norm for t in ta[part_a[0]:part_a[1] + 1]))
    y = _folded(" ".join(t.norm for t in tb[part_b[0]:part_b[1] + 1]))
    return SequenceMatcher(None, x, y).ratio() >= SPELLING_RATIO and not (x in _places() and y in _places())


def _given_name_and_nickname(ta: Sequence[WordToken], part_a: tuple[int, int], tb: Sequence[WordToken],
                             part_b: tuple[int, int]) -> bool:
    """One word each, a given name and its nickname ("Stephen Bannon" / "Steve Bannon", "William" / "Bill";
    ``data/nicknames.tsv``): one person written two ways, as ``voices`` merges their actors."""
    return part_a[0] == part_a[1] and part_b[0] == part_b[1] and nickname_pair(ta[part_a[0]].norm, tb[part_b[0]].norm)


def _named_elsewhere(pairs: set[tuple[int, int]], run_a: tuple[int, ...], run_b: tuple[int, ...]) -> bool:
    """Whether a word of one name links to a word outside the other ("Secretary of State Marco Rubio" /
    "a call between Rubio and"): that name is written elsewhere in the other sentence, not replaced."""
    in_a, in_b = range(run_a[0], run_a[1] + 1), range(run_b[0], run_b[1] + 1)
    return any((i in in_a) != (j in in_b) for i, j in pairs if i in in_a or j in in_b)


def replaced_names(text_a: str, ta: Sequence[WordToken], text_b: str, tb: Sequence[WordToken],
                   links: Sequence[tuple[int, int, str, float]]) -> list[str]:
    """"Hasim Rahman -> Tony Thompson" for each name of A that B replaces with another in the same place.

    ``links``: the word alignment (``wordalign.align_tokens``); the place is shown by a neighbour linked as
    the same word or stem, not a synonym ("said Tuesday" is no place of "state Attorney General")."""
    pairs = {(i, j) for i, j, _, _ in links}
    firm = {(i, j) for i, j, kind, _ in links if kind in _FIRM}
    linked_a, linked_b = {i for i, _ in pairs}, {j for _, j in pairs}
    found = []
    parts_b = _unlinked_parts(tb, text_b, linked_b)
    for i, i_end, *run_a in _unlinked_parts(ta, text_a, linked_a) if parts_b else ():
        for j, j_end, *run_b in parts_b:
            # The cheap tests first: most sentences have unlinked names, few in one place.
            if not _beside(text_a, ta, (i, i_end, *run_a), text_b, tb, (j, j_end, *run_b), firm) \
                    or _calendar_clash(ta, tb, i, j) or _in_brackets(text_a, ta[i]) or _in_brackets(text_b, tb[j]) \
                    or _named_elsewhere(pairs, tuple(run_a), tuple(run_b)) \
                    or _written_in(ta, i, i_end, tb) or _written_in(tb, j, j_end, ta) \
                    or _demonym(ta, i, i_end) != _demonym(tb, j, j_end) \
                    or _one_name_spelt_two_ways(ta, (i, i_end), tb, (j, j_end)) \
                    or _given_name_and_nickname(ta, (i, i_end), tb, (j, j_end)):
                continue
            if not _people(ta, run_a, tb, run_b):
                continue
            texts = (text_a, text_b)
            if _one_name(ta, (i, i_end), tb, (run_b[0], run_b[1]), texts) \
                    or _one_name(ta, (run_a[0], run_a[1]), tb, (j, j_end), texts) \
                    or _one_name(ta, (i, i_end), tb, (j, j_end), texts):
                continue
            found.append(f"{_words(ta, text_a, *run_a)} -> {_words(tb, text_b, *run_b)}")
    return list(dict.fromkeys(found))


def _people(ta: Sequence[WordToken], run_a: Sequence[int], tb: Sequence[WordToken], run_b: Sequence[int]) -> bool:
    """Two people's full names: each of two words or more, one of them opening with a first name
    (``first_names.tsv``, which lacks many names from outside the US: "Hasim Rahman" / "Tony Thompson").
    Only people are compared: organisations, places and dates have short forms, acronyms and wider names
    that no rule on the words can tell from a different one ("SEC" / "Exchange Commission", "Los Angeles" /
    "UCLA", "Federal District Court" / "US District Court", "Tuesday" / "Iraq"); on MSRP train 72 of the
    91 pairs the rule changed when it read every name were paraphrases (bench/results/align.md)."""
    words_a = [t.text for t in ta[run_a[0]:run_a[1] + 1] if t.text[:1].isalpha()]
    words_b = [t.text for t in tb[run_b[0]:run_b[1] + 1] if t.text[:1].isalpha()]
    return len(words_a) >= 2 and len(words_b) >= 2 and any(
        table_row("first_names.tsv", words[0].lower()) is not None for words in (words_a, words_b))


def is_suffixed(tokens: Sequence[WordToken], token: WordToken) -> bool:
    """True for the figure of a written ordinal ("7" of "7th"): it orders, it does not count."""
    after = token.index + 1
    return token.kind == "number" and token.norm.isdigit() and after < len(tokens) \
        and tokens[after].norm in _SUFFIXES and tokens[after].start == token.end


def ordinals(text: str, tokens: Sequence[WordToken], linked: set[int]) -> list[tuple[WordToken, int, int]]:
    """The unlinked ordinals of a sentence: (token, value, index of the word it orders or -1).

    An ordinal word ("seventh") or a figure with its suffix ("7th", written as "7" and "th"); the word it
    orders is the content word right after it ("seventh round"), -1 when none follows ("finished second").
    """
    found = []
    for k, token in enumerate(tokens):
        if k in linked:
            continue
        value, after = _ORDINAL_WORDS.get(token.norm), k + 1
        if value is None and is_suffixed(tokens, token):
            value, after = int(token.norm), after + 1
        if value is None:
            continue
        next_word = tokens[after] if after < len(tokens) else None
        follows = next_word is not None and next_word.is_content and next_word.start - tokens[after - 1].end <= 1
        found.append((token, value, after if follows else -1))
    return found


def replaced_ordinals(text_a: str, ta: Sequence[WordToken], text_b: str, tb: Sequence[WordToken],
                      pairs: set[tuple[int, int]]) -> list[tuple[str, str]]:
    """(A's ordinal, B's) where the two order the same thing ("seventh round" / "sixth round": the ordered
    words link) or, ordering nothing, follow words that link, with different values; none when one side has the
    other's value."""
    linked_a, linked_b = {i for i, _ in pairs}, {j for _, j in pairs}
    found_a, found_b = ordinals(text_a, ta, linked_a), ordinals(text_b, tb, linked_b)
    out = []
    for x, value_x, head_x in found_a:
        for y, value_y, head_y in found_b:
            ordered = head_x >= 0 and head_y >= 0 and ((head_x, head_y) in pairs or ta[head_x].norm == tb[head_y].norm)
            # Without an ordered word on either side, the word before must link ("finished second" / "finished third").
            same_place = head_x < 0 and head_y < 0 and (x.index - 1, y.index - 1) in pairs
            if not (ordered or same_place) or value_x == value_y:
                continue
            if any(v == value_y for _, v, _ in found_a) or any(v == value_x for _, v, _ in found_b):
                continue  # "seventh" beside "7th" elsewhere: the value is on both sides
            out.append((x.text + ("" if x.norm in _ORDINAL_WORDS else ta[x.index + 1].text),
                        y.text + ("" if y.norm in _ORDINAL_WORDS else tb[y.index + 1].text)))
    return list(dict.fromkeys(out))
