"""Descriptors: the common noun an article writes beside a name, saying what kind of actor it names.

News introduces an organisation whose name alone does not say so with a noun of its kind, either before the
name ("investment bank Goldman Sachs", "the Palestinian militant group Hamas") or in an apposition after it
("Planned Parenthood, the women's health group,"), as it introduces a person with a role ("spokesman Brian
Fallon"). ``described_organisations`` reads those nouns once per article, so every mention of the name, and the
pronouns that refer back to it ("it", never "he"), treat it as an organisation. A rule of English news style;
nothing here was fitted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from mediadiff.voices.first_names import opens_with_first_name
from mediadiff.voices.wordclass import is_english_word, senses

# Nouns of organisations, as news writes them beside a name: the kinds of body ("group", "party", "union"), of
# business ("bank", "firm", "retailer"; not "giant", said of people too: "the retailing giant Amancio Ortega") and of
# publication ("newspaper", "website", "outlet").
ORGANISATION_NOUNS = frozenset("""
group organization organisation company firm bank business corporation conglomerate agency network outlet
newspaper website magazine publication broadcaster nonprofit charity foundation institute think-tank tank party
movement militia union coalition committee council association lobby watchdog retailer manufacturer automaker
carmaker airline insurer lender startup chain insurgency faction organizations groups companies
""".split())
_NOUNS = "|".join(sorted(ORGANISATION_NOUNS, key=len, reverse=True))
# Just before the name, perhaps after an opening quote mark: "investment bank Goldman Sachs", "the group “Hamas”".
# Right after a determiner, the noun may instead head a relative clause whose subject the name is ("a group
# Barack Obama won by 2 points"): then a word in lower case after the name says so (``_CLAUSE_AFTER``).
_BEFORE = re.compile(rf"(?<![\w'’-])(?P<det>(?:[Aa]n?|[Tt]h(?:e|at|is))\s+)?(?:{_NOUNS})\s+[“\"‘']?$")
_CLAUSE_AFTER = re.compile(r"[”\"’']?\s+[a-z]")
_NOUN_ENDINGS = tuple(ORGANISATION_NOUNS)  # what the words before a name end with when ``_BEFORE`` can match
_POSSESSIVE = re.compile(r"[’']s\s")
# An apposition right after the name, of a determiner, up to four modifiers (no preposition or conjunction among
# them: "a member of the group" describes a person) and the noun, which ends the apposition or opens its relative
# clause ("the group's president," ends in a person's noun).
_MODIFIER = r"(?!(?:of|for|at|with|in|on|from|to|by|and|or|who|whose|which|that)\b)[\w'’-]+\s+"
_AFTER = re.compile(rf",\s+(?:a|an|the)\s+(?:{_MODIFIER}){{0,4}}(?:{_NOUNS})(?:\s*[,;.)]|\s+(?:that|which|based|"
                    rf"founded|whose)\b|\s*$)")


def described_organisations(text: str, runs: Iterable[tuple[str, int, int]],
                            reading: Callable[[str], tuple[str, str | None, str, str] | None]) -> frozenset[str]:
    """The names of ``runs`` (capitalised runs: phrase, start, end in ``text``) that ``text`` describes as an
    organisation's by a noun of its kind just before or in an apposition just after. ``reading`` reads a run
    as (phrase, role, name, kind) (``name_reading.name_in``); only a person's name with no role or honorific before
    it counts. A name opening with a first name ("the company Donald Trump founded"), the surname of a longer
    name ("the firm Trump built", "Donald Trump") or a name the article writes with a role or an honorific
    elsewhere ("a group Barack Obama won", "President Barack Obama") is a person's whatever stands beside it:
    a relative clause's subject follows its noun."""
    found: dict[str, bool] = {}
    names, titled = [], set()
    for phrase, start, end in runs:
        if "'" in phrase or "’" in phrase:  # "Barack Obama's Iowa victory" names Barack Obama too
            names.extend(part[2] for part in map(reading, _POSSESSIVE.split(phrase)[:-1]) if part)
        named = reading(phrase)
        if named is None or named[3] != "person":
            continue
        name = named[2]
        names.append(name)
        if named[1] or not named[0].endswith(name):
            titled.add(name)  # "President Barack Obama", "Mr. Obama": the article's own word for a person
            continue
        if not found.get(name) and not opens_with_first_name(name):
            window = text[max(0, start - 40):start]  # a noun, white space, perhaps a quote mark: else no search
            before = _BEFORE.search(text, max(0, start - 40), start) if window.rstrip().rstrip("“\"‘'").rstrip(
                ).endswith(_NOUN_ENDINGS) else None
            found[name] = bool(before and not (before.group("det") and _CLAUSE_AFTER.match(text, end))) or bool(
                _AFTER.match(text[end:end + 120])) or adjective_and_noun(name)
    longer = {n for n in names if " " in n}
    return frozenset(name for name, said in found.items() if said and name not in titled and not any(
        other.endswith(" " + name) for other in longer))


# An English adjective by its suffix ("transatlantic", "congressional", "sustainable", "conservative"), which no
# given name is once the first-name table is asked first; military ranks in "-al" are titles ("Admiral Harris").
_ADJECTIVE = re.compile(r"[a-z]{3,}(?:ic|al|able|ible|ous|ive|ary|ful|less|ian|ish)")
_RANKS = frozenset("admiral general corporal marshal cardinal principal".split())


def adjective_and_noun(name: str) -> bool:
    """A pair of capitalised ordinary words, an adjective and a common noun, names no person: "Transatlantic Trade"
    (of "Transatlantic Trade and Investment Partnership"), "Congressional District", "Persian Gulf", "Conservative
    Solutions", "Criminal Justice". PolNeAR train and dev: the 46 person actors this reads (40 names), all read, none
    a person but "Admiral Harris" (a rank, left out)."""
    words = name.lower().split()
    return len(words) == 2 and words[0] not in _RANKS and _ADJECTIVE.fullmatch(words[0]) is not None \
        and is_english_word(words[0]) and (senses(words[1]) or (0,))[0] > 0
