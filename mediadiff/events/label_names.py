"""Names as a label shows them: whole names a journalist would write, never pieces.

Grouping reads a capitalised run of words as a name feature ("Barack Obama’s", "York City"
when "New" opened a sentence, "Macron RECALLS French" from a headline, "Democrat Hillary
Clinton"). Those features stay as they are for grouping; this module only decides how a
label names them:

- a possessive belongs to the sentence, not the name: "Barack Obama’s" is Barack Obama, and
  "CNN’s Anderson Cooper" names Anderson Cooper;
- a word a headline shouts ("RECALLS": all capitals, read by WordNet mostly as a verb) is no
  part of a name, so a run holding one names nobody as a whole;
- a role or descriptor before a name is cut by the rule ``voices`` uses for speakers
  (``split_role``: "Democrat Hillary Clinton" is Hillary Clinton, "Leader McConnell" McConnell);
- a piece of a longer name the group's articles write is shown as that name ("Nancy" and
  "Pelosi" as Nancy Pelosi, "York City" as New York City) when most of the articles that
  carry the piece write the longer name, and is left out when it overlaps a name without
  lying inside it ("York COVID" beside "New York"); a surname alone is a name, a first
  word alone is not, nor a first name whose person the group names ("Derek" beside "Derek Chauvin");
- what the texts write around a piece decides the rest (``name_context``): a name with "of" or "and"
  inside is one name ("Freedom of Information Act", "Food and Drug Administration"), a word written
  only after other capitals ends their name ("Command" of "U.S. Central Command"), and an abbreviation
  before a name is a title ("Gen" of "Gen. Kenneth McKenzie"), no label; a word written only before "and" and
  a name of two words shares that name's head ("Central" of "Central and South Asia" is Central Asia).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from functools import lru_cache
from typing import NamedTuple

from mediadiff.corpus.dates import MONTHS, WEEKDAYS
from mediadiff.corpus.wordtables import table_row
from mediadiff.events.name_context import (
    abbreviation,
    in_title,
    organisation_tail,
    organisation_whole,
    run_before,
    shared_head,
)
from mediadiff.events.name_context import occurrences as _occurrences
from mediadiff.events.terms import NEWS_WORDS, stop_words
from mediadiff.voices.name_match import nickname_pair

__all__ = ["display_name", "organisation_whole", "same_person", "whole_names", "written_whole"]

_POSSESSIVE_END = re.compile(r"[’']s?$")
_CONTRACTION = re.compile(r"[’'](?:ll|re|ve|d|m|t)$")
_DATE_NAMES = frozenset(MONTHS) | frozenset(WEEKDAYS)
# Role words that name a person's job, not an organisation: a name made only of them names no one.


class _Roles(NamedTuple):
    org_heads: frozenset[str]  # an organisation's head word ("Bureau", "Administration")
    personal: frozenset[str]  # role words that name a person's job, not an organisation
    alone: frozenset[str]  # role words that, alone, name no one
    split_role: Callable[[str], tuple[str | None, str]]


@lru_cache(maxsize=1)
def _roles() -> _Roles:
    """voices' role and organisation words, read on first use (importing voices costs ``group`` ~50 ms)."""
    from mediadiff.voices.names import HONORIFICS, ORG_HEADS, ROLE_WORDS, split_role

    personal = ROLE_WORDS - ORG_HEADS
    # A role word alone, capitalised because a title followed it ("Foreign" of "Foreign Minister Jean-Yves Le
    # Drian"), names no one; parties and departments alone do ("GOP", "Treasury").
    parties_and_departments = "democrat democratic gop republican white presidential treasury justice interior commerce"
    alone = HONORIFICS | personal - frozenset(f"{parties_and_departments} defense state".split())
    return _Roles(ORG_HEADS, personal, alone, split_role)


@lru_cache(maxsize=65536)
def display_name(text: str) -> str | None:
    """How a label writes one name feature, or None when the run is no name as a whole."""
    words = text.split()
    for i in range(len(words) - 2, -1, -1):
        # "CNN’s Anderson Cooper": the name is what the owner has, when that is a name of two words
        # or more; "Donald Trump's Facebook" is two names, neither whole
        if _POSSESSIVE_END.search(words[i]):
            if len(words) - i == 2:
                return None
            words = words[i + 1:]
            break
    while len(words) > 1 and (_describes(words[0]) or _sentence_word(words[0])):
        # "Republican-dominated Texas", "Then-President Trump": a description before the name; "Was Harris"
        # of "Was Harris worth it?": a sentence's first word, capitalised only because it opens the sentence
        if _sentence_word(words[0]) and len(words) == 2 and _reads_as_verb(words[1].lower()):
            return None  # "You Feel": a sentence, no name (and "Was Biden" too: the run is doubtful as a name)
        words = words[1:]
    words[-1] = _POSSESSIVE_END.sub("", words[-1]) if words[-1][-2:].lower() in ("'s", "’s") else words[-1]
    if not words[-1] or (len(words) > 1 and (any(_shouted(w) for w in words) or 1 in (len(words[0]), len(words[-1])))):
        return None  # a headline's capitals, or a name cut at an initial ("Mary J" of "Mary J. Blige", "J Covid")
    if len(words) == 1:  # a day is a date, a role ("Foreign", "Gov") no one, and "I'm" or "I've" no name
        low = words[0].lower()
        return None if low in _DATE_NAMES or low in _roles().alone or _CONTRACTION.search(low) else words[0]
    role, name = _roles().split_role(" ".join(words))
    if all(w.lower().strip(".") in _roles().personal for w in name.split()):
        return None  # "Foreign Minister", "Vice President": an office, nobody named
    return name


def _describes(word: str) -> bool:
    """A hyphenated word that describes what follows: its last part is lower-case ("Republican-dominated",
    "WHO-convened") or a role ("Then-President")."""
    head, hyphen, last = word.rpartition("-")
    return bool(hyphen and head and last) and (last[:1].islower() or last.lower() in _roles().personal)


# Function words that also open names: articles, prepositions and determiners ("The Washington Post", "For
# the People Act", "All Blacks") and modals that are first names ("Will Smith").
_NAME_OPENERS = frozenset("""
a an the will may of at by for with about against between into through during before after above below to
from up down in on off over under again further once all any both each few more most other some such no
nor not only own same so than too very out here there our my your his her their its
""".split())


def _sentence_word(word: str) -> bool:
    """A function word written with a capital ("Was", "But", "When"): a sentence start, no part of a name."""
    from mediadiff.voices.wordclass import function_words

    low = word.lower()
    return word[:1].isupper() and word[1:].islower() and low in function_words() and low not in _NAME_OPENERS


def _reads_as_verb(low: str) -> bool:
    from mediadiff.voices.wordclass import reads_as_verb

    return reads_as_verb(low)


def _verb(word: str) -> bool:
    """A word WordNet reads mostly as a verb ("Feel", "Look"; not "Harris", nor "Biden", which it lacks)."""
    from mediadiff.voices.wordclass import reads_as_verb, senses

    low = word.lower()
    return senses(low) is not None and reads_as_verb(low)


def _shouted(word: str) -> bool:
    """A headline's capitals: an all-capital word of four letters or more that WordNet reads
    mostly as a verb ("RECALLS", "SLAMS"); acronyms ("NATO", "COVID") are not."""
    if len(word) < 4 or not word.isalpha() or not word.isupper():
        return False
    from mediadiff.voices.wordclass import senses

    counts = senses(word.lower())
    return counts is not None and counts[1] > counts[0]


def whole_names(runs: Sequence[tuple[str, int]], carriers: Mapping[str, int], texts: Collection[str] = ()
                ) -> Callable[[str], str | None]:
    """A function giving, for one of a group's name features, the whole name a label shows for it,
    or None when the feature names nothing whole (see the module's rules).

    ``runs``: every multi-word name feature any member carries, with how many members carry it;
    ``carriers``: how many members carry each name feature asked about; ``texts``: the members'
    texts, read only for the names asked about (a label asks for a few).
    """
    by_word: dict[str, list[_Run]] = {}
    for text, count in runs:
        words, distinct, shown = _run_parts(text)
        run = _Run(words, shown, count)
        for word in distinct:
            by_word.setdefault(word, []).append(run)

    def whole(feature: str) -> str | None:
        shown = display_name(feature)
        if shown is None or (" " not in shown and abbreviation(shown, texts)):
            return None  # "Gen" of "Gen. Kenneth McKenzie": a title
        shown = _whole(shown, by_word, carriers.get(feature, 1), texts)
        if shown is not None and " " not in shown and texts:
            shown = shared_head(shown, texts) or shown  # "Central" of "Central and South Asia"
        if shown is None or (texts and not _named_in_texts(shown, texts)):
            return None
        if not shown.isupper() and not written_whole(shown, texts):
            # "York COVID", and "York" of "New York Post" where the run is no feature ("New COVID cases" says
            # nothing: an acronym is a name of its own)
            return None
        return organisation_tail(organisation_whole(shown, texts), texts) if " " in shown else shown

    return whole


@lru_cache(maxsize=65536)
def _run_parts(text: str) -> tuple[list[str], frozenset[str], str | None]:
    """A run's lower-cased words, its distinct words and its name as shown, read once per corpus."""
    words = text.lower().split()
    return words, frozenset(words), display_name(text)


class _Run(NamedTuple):
    words: list[str]  # as the feature has them, lower-cased
    shown: str | None  # as a label shows it (display_name)
    count: int  # members that carry it


def _whole(shown: str, by_word: dict[str, list[_Run]], carried: int, texts: Collection[str]) -> str | None:
    """``shown`` itself, the longer name it is a piece of, or None for a piece that is no name."""
    words = shown.lower().split()
    longer: dict[str, tuple[bool, int]] = {}  # name -> (ends with the piece, members that carry it)
    in_role_only = in_name = False
    for run in by_word.get(words[0], []):
        if run.shown is None:
            continue  # a run that names nobody says nothing of its words
        shown_words = run.shown.lower().split()
        at = _find(shown_words, words)
        if at is None:
            # "Majority" of "Majority Leader Chuck Schumer" ("Senate" of it is an organisation's name)
            in_role_only |= _find(run.words, words) is not None and words[-1] not in _roles().org_heads
            if _find(run.words, words) is None and run.words[-1] == words[0] and run.words[0] in stop_words():
                return None  # "York COVID" beside "New York": "New" opened a sentence, the rest is a piece
            continue
        in_name = True
        if at == 1 and len(shown_words) == len(words) + 1 and shown_words[0] in stop_words():
            return run.shown  # "York City" of "New York City": a sentence start cut "New" off
        if len(shown_words) > len(words):
            ends = at + len(words) == len(shown_words)
            was = longer.get(run.shown, (ends, 0))
            longer[run.shown] = (ends, was[1] + run.count)
    if len(words) == 1 and in_role_only and not in_name:
        return None  # a role word capitalised in a title, never a name alone
    if len(words) > 1 or shown.isupper():
        # "Supreme Court" is whole beside "Supreme Court Texas", "CFO" beside "Trump Organization CFO":
        # only a single word of a person's name ("Nancy", "Pelosi") is a piece
        return shown
    surname = any(ends for ends, _ in longer.values())
    if surname:  # "Pelosi" is Nancy Pelosi; "Trump" is Donald Trump, not Trump Tower
        longer = {name: value for name, value in longer.items() if value[0]}
    elif not longer and texts and not _written_alone(shown, texts):
        run = run_before(shown, texts)  # "Command" of "U.S. Central Command", never written alone
        return (display_name(run) if run else None) or shown
    alone = not surname and (not longer or _written_alone(shown, texts))
    if alone and not (longer and _first_name_of(shown, longer)):
        return shown  # "Texas" beside "Texas Heartbeat Act": a name of its own where a text writes it alone
    ranked = sorted(((count, name) for name, (_, count) in longer.items()), reverse=True)
    if 2 * ranked[0][0] >= carried and (len(ranked) == 1 or ranked[1][0] < ranked[0][0]):
        return ranked[0][1]
    return shown if surname or alone else None  # "Nancy", "Hamid": a first word is no name alone


def _first_name_of(word: str, longer: Mapping[str, tuple[bool, int]]) -> bool:
    """Whether ``word`` is a first name (``data/first_names.tsv``) that opens a person's name of the group
    ("Derek" of "Derek Chauvin": two words, the second no organisation's head): written alone in a text
    cut short ("officer Derek..."), it is still a piece of that name when most of its carriers write it
    (else it stays as written: "Oscar" beside a few "Oscar Wilde")."""
    heads = _roles().org_heads
    return table_row("first_names.tsv", word.lower()) is not None and any(
        len(parts := name.split()) == 2 and parts[0].lower() == word.lower() and parts[1].lower() not in heads
        for name in longer)


def _named_in_texts(name: str, texts: Collection[str]) -> bool:
    """False when the texts show ``name`` is no name: only a title-case headline writes it, and it is three
    words long or holds words the texts write in lower case ("Biden Criminalizes CRT Dissent"); a word read
    mostly as a verb is capitalised only where a sentence starts ("Look, ..."); or a single word is written
    only as the end of an organisation's name ("Prevention" of "Centers for Disease Control and Prevention")."""
    found = list(_occurrences(name, texts))
    if not found:
        return True  # the texts read are a sample: nothing to judge by
    words = name.split()
    if all(in_title(text, start) for text, start, _ in found) and (len(words) > 2 or any(
            len(word) > 3 and next(_occurrences(word.lower(), texts), None) for word in words)):
        return False
    if " " in name:
        return True
    if _verb(name) and all(_sentence_start(text, start) for text, start, _ in found):
        return False
    return not all(_organisation_piece(text, start) for text, start, _ in found)


_OPENS_SENTENCE = frozenset(".!?…:;\"“”‘’'(—–-\n")


def _sentence_start(text: str, start: int) -> bool:
    """Whether ``start`` opens a sentence, a line or a quote ("… Look, we" but not "Donald Trump")."""
    before = text[max(0, start - 4):start].rstrip(" ")
    return not before or before[-1] in _OPENS_SENTENCE
# A run of capitals (with inner "of", "for", "and") and then "and", "of" or "for" right before a word.
_RUN_JOINED_BEFORE = re.compile(
    r"(?<![\w’'-])((?:[A-Z][\w’'.-]* (?:(?:of|for|and) (?:the )?)?)+)(?:of|and|for) (?:the )?$")


def _organisation_piece(text: str, start: int) -> bool:
    """Whether the word at ``start`` ends an organisation's name: a run of capitals holding an
    organisation's head ("Centers", "Department") and "and", "of" or "for" right before it."""
    match = _RUN_JOINED_BEFORE.search(text, max(0, start - 80), start)
    words = match.group(1).split() if match else []
    ends = [i for i, word in enumerate(words) if word.endswith(".") and len(word) > 4 and "." not in word[:-1]]
    words = words[ends[-1] + 1:] if ends else words  # "Prevention. Israel and Gaza": a sentence ended
    heads = _roles().org_heads
    for i, word in enumerate(words):
        if not word[1:].islower():
            continue  # "ABC for Oscar Sunday": an acronym is an organisation's name, not a head word
        low, inner = word.lower(), i + 1 < len(words) and words[i + 1] in ("of", "for", "and")
        # "Centers for ...", "Department of": a head before a joining word; "Jim Banks of Indiana" is a
        # person and a place ("banks" is no head)
        if (low in heads and (inner or i == len(words) - 1)) or (low.removesuffix("s") in heads and inner):
            return True
    return False

_CAPITALISED_BEFORE = re.compile(r"(?<![\w’'.-])[A-Z][\w’'.-]* $")
_CAPITALISED_AFTER = re.compile(r" [A-Z]")
_WORD_EDGE = re.compile(r"[\w’'-]")


def _written_alone(name: str, texts: Collection[str]) -> bool:
    """Whether some text writes ``name`` with no capitalised word right before or after it, as a name
    of its own ("Texas said", "in Texas.", not only "Texas Heartbeat Act")."""
    return any(not _CAPITALISED_BEFORE.search(text, max(0, start - 40), start)
               and not _CAPITALISED_AFTER.match(text, end) for text, start, end in _occurrences(name, texts))


# Capitalised news words that open names ("New York") but are stop words, so a sentence start cuts them off.
_OPENERS = sorted(w.title() for w in NEWS_WORDS if w.isalpha())
_OPENER_BEFORE = re.compile(rf"(?<![\w’'-])(?:{'|'.join(_OPENERS)}) $")
_OPENER_REACH = max(map(len, _OPENERS)) + 2


def written_whole(name: str, texts: Collection[str]) -> bool:
    """False when the texts write ``name`` only right after a capitalised news word that names open
    with: "York COVID" of a title's "New York COVID restrictions" is a piece of a longer name, while
    "Mitt Romney" of "The New Mitt Romney" is written alone elsewhere."""
    after_opener = [_OPENER_BEFORE.search(text, max(0, start - _OPENER_REACH), start) is not None
                    for text, start, _ in _occurrences(name, texts)]
    return not after_opener or not all(after_opener)


def _find(longer: Collection[str], words: Collection[str]) -> int | None:
    """Where ``words`` lie in ``longer`` as a contiguous run, or None."""
    n = len(words)
    for i in range(len(longer) - n + 1):
        if list(longer[i:i + n]) == list(words):
            return i
    return None


def same_person(name: str, other: str) -> bool:
    """Two spellings of one person: the same surname after first names that are a known name and
    nickname pair ("Charles Schumer", "Chuck Schumer"; ``data/nicknames.tsv``). "Joe Biden" and "Jill
    Biden" are two people."""
    words, other_words = name.lower().split(), other.lower().split()
    if len(words) < 2 or len(other_words) < 2 or words[-1] != other_words[-1]:
        return False
    return nickname_pair(words[0], other_words[0])
