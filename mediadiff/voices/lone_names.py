"""A lone capitalised word that names a source, with nothing to say whose: a person's or an organisation's.

"Exxon said on Tuesday it would cut jobs": one capitalised word, no first name, no title or role, no "he" or
"she" for it. News names a person in full at first mention and by surname after (AP Stylebook, "names"), and
a company, an agency or a group by one word ("Exxon", "Reuters", "Hamas"), so a word read alone as a source
is no evidence of a person; it was typed one only because the reader's default is a person. Its kind is
``unknown`` (a person or an organisation) unless the article gives evidence of a person: a title or role
written with it ("Mr. Smith", "Sen. Smith", "union president Smith"), a first name before it anywhere in the
text, quotes included ("James Comey"), "he" or "she" in a sentence naming it and no other person, unless "it"
takes the name up first ("Exxon said it fired the driver after he crashed"), or resolved to it as a speaker, or
the word is a first name itself (``data/first_names.tsv``) whose verb's clause does not take it up as "it" ("Ford
said it would build trucks": the pronoun tells a company's name, as for "Chase", "Dell"). A first name is
evidence only when it is no other word: not a month or weekday ("In April Exxon reported"), nor a modal ("Will",
"May"). Tried and dropped: no first name as evidence by itself (PolNeAR train: 8 of 11 such words were people's).
Only the kind shown changes: speakers were resolved while reading, as before.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Any

from mediadiff.corpus.dates import MONTHS, WEEKDAYS
from mediadiff.corpus.wordtables import table_row
from mediadiff.models import Article
from mediadiff.voices.names import HONORIFICS, ROLE_WORDS
from mediadiff.voices.subjects import people_noun
from mediadiff.voices.wordclass import is_closed_class, singular_stems

UNKNOWN = "unknown"
_GROUP = "group"  # a plural noun of people opening a sentence ("Officials said", "Witnesses said"): never one person
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]er|[Hh]is)\b")
_ANY_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]er|[Hh]is|[Ii]ts?)\b")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?\s+$")
_TIME_WORDS = WEEKDAYS | frozenset(MONTHS)
# "Ford said it would build", "Chase says that it cut": its subject's "it". Not "it" as the subject of a copula
# ("Graham said it was a mistake", "it would be time to", "it's important to"): a dummy or anaphoric "it" that
# people say as often, no evidence of a company (Quirk et al. 1985, 18.33: extraposition); a progressive after it
# is a deed ("Ford said it is recalling 500,000 cars").
_VERB_IT = re.compile(r"\s+[a-z]+\s+(?:that\s+)?it(?![’'])\s+(?!(?:is|was|has\s+been|had\s+been|[a-z]+\s+be|[a-z]+"
                      r"\s+have\s+been)\s+(?![a-z]+(?<!th)ing\b))[a-z]+")


def _attested(names: set[str], article: Article, registry: Any, mentions: Sequence[Any],
              items: Sequence[Any]) -> set[str]:
    """Those of the one-word people ``names`` the article gives evidence of a person for (see the module doc),
    the text read once for all of them."""
    found = {name for name in names if any(registry.titled.get(name, (0, 0))) or any(registry.gender.get(name, (0, 0)))}
    given = {name for name in names - found if _first_name(name.strip(".,").lower())}  # a person's unless "it"
    found |= {a.speaker for a in items if a.speaker in names and a.source  # "he said", resolved to it
              and a.source.split()[0].lower() in _PERSON_PRONOUNS}
    left = names - found
    if not left:
        return found
    its: set[str] = set()  # first names an "it" takes up ("Ford said it would build trucks"): a brand's
    raw, starts = article.raw, [s.start for s in article.sentences]
    people: dict[int, set[str]] = {}  # sentence -> the people its mentions name
    for m in mentions:
        if m.kind == "person" and (i := bisect_right(starts, m.start) - 1) >= 0:
            people.setdefault(i, set()).add(m.actor)
    for hit in _whole_words("|".join(map(re.escape, sorted(left, key=len, reverse=True))), raw):
        name = hit.group(0)
        if name in found:
            continue
        i = bisect_right(starts, hit.start()) - 1
        sentence = article.sentences[i] if i >= 0 and hit.start() < article.sentences[i].end else None
        # the word before, in the name's own sentence (or line): "... met the president. Smith said" is no title
        opens = sentence.start if sentence is not None else raw.rfind("\n", 0, hit.start()) + 1
        before = _WORD_BEFORE.search(raw, max(opens, hit.start() - 30), hit.start())
        if before and (before.group(1).lower() in HONORIFICS | ROLE_WORDS or before.group(1)[:1].isupper()
                       and _first_name(before.group(1).lower())):
            found.add(name)  # "Mr. Smith", "Sen. Smith", "President Smith", "James Comey" (in a quote, say)
            continue
        if name in given and _VERB_IT.match(raw, hit.end()):
            its.add(name)
        elif sentence is not None and people.get(i, set()) <= {name} \
                and _PRONOUN.search(raw, sentence.start, sentence.end) and not _taken_up_by_it(raw, hit, sentence.end):
            found.add(name)  # "Smith said he would resign": "he" can only be Smith
    return found | (given - its)


def _taken_up_by_it(raw: str, hit: re.Match, end: int) -> bool:
    """Whether the first personal pronoun after the name at ``hit`` in its sentence is "it" or "its": the name is
    a thing's, and a later "he" someone else ("Exxon said it fired the driver after he crashed a tanker")."""
    after = _ANY_PRONOUN.search(raw, hit.end(), end)
    return after is not None and after.group(0).lower() in {"it", "its"}


def _first_name(low: str) -> bool:
    """A first name (``data/first_names.tsv``) that is not a month or a weekday ("In April Exxon reported") nor a
    modal or another function word ("Will Walmart keep growing?", "May")."""
    return table_row("first_names.tsv", low) is not None and low not in _TIME_WORDS and not is_closed_class(low)


def people_plural(low: str) -> bool:
    """A plural whose singular is a noun of people ("officials", "witnesses", "authorities"); the plural itself may
    be a surname that WordNet lists ("Bridges": Harry Bridges), so only the singular is looked up."""
    singulars = singular_stems(low)
    # A singular that is a first name makes the word a patronymic surname ("Roberts", "Peters", "Adams", "Walters":
    # WordNet lists "robert" and "peter" as nouns of people from its proper names).
    return low.endswith("s") and not low.endswith("ss") and any(
        people_noun(s) and table_row("first_names.tsv", s) is None for s in singulars if s)


def never_one_person(name: str, evidence: Any) -> bool:
    """Whether a one-word name is a plural noun of people the article capitalises only where it opens a sentence
    ("Environmentalists criticised the plan."): a group, never "he" or "she" (``evidence``: ``CapitalEvidence``)."""
    return " " not in name and people_plural(name.lower()) and not evidence.capitalises(name)


def _capitalised_by_place(article: Article, name: str) -> bool:
    """Whether every occurrence of ``name`` opens a sentence, where a common noun is capitalised too; a capital
    elsewhere marks a name ("..., Sanders said": a surname, not sanders who sand)."""
    starts = [s.start for s in article.sentences]
    for hit in _whole_words(re.escape(name), article.raw):
        i = bisect_right(starts, hit.start()) - 1
        if i < 0 or article.raw[starts[i]:hit.start()].strip(" \n\"“‘'—-("):
            return False
    return True


def _whole_words(alternatives: str, text: str) -> Iterator[re.Match]:
    """The matches of ``\\b(?:alternatives)\\b`` in ``text``, in order: found by ``(?:alternatives)\\b``, the word
    boundary before each then checked, a start without one tried again one character on, as the engine tries
    starts. The same matches, found faster: ``re`` skips ahead to a pattern's first letters only when the pattern
    opens with them, not with ``\\b`` (a name over a 1,000-sentence article: 3.9 ms, then 0.1 ms)."""
    pattern = re.compile(f"(?:{alternatives})\\b")
    at = 0
    while (hit := pattern.search(text, at)) is not None:
        start = hit.start()
        if (start > 0 and _word_char(text[start - 1])) != (start < len(text) and _word_char(text[start])):
            yield hit
            at = hit.end()
        else:
            at = start + 1


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what ``\\w`` matches in a ``str`` pattern (Unicode alphanumerics and "_")


def typed_by_evidence(article: Article, items: Sequence[Any], actors: Sequence[Any], mentions: Sequence[Any],
                      registry: Any) -> tuple[list[Any], tuple[Any, ...], list[Any]]:
    """``items`` (attributions), ``actors`` and ``mentions`` with each one-word person the article gives no
    evidence of retyped ``unknown``, or ``group`` when it is a plural noun of people capitalised by its place
    ("Officials", "Witnesses", as "Residents" already is) opening every sentence it stands in; the same objects
    when there is none."""
    lone = {a.name for a in actors if a.kind == "person" and " " not in a.name.strip() and not a.role}
    lone -= _attested(lone, article, registry, mentions, items) if lone else set()
    if not lone:
        return list(items), tuple(actors), list(mentions)
    kind = {name: _GROUP if people_plural(name.lower()) and _capitalised_by_place(article, name) else UNKNOWN
            for name in lone}
    return ([replace(a, speaker_kind=kind[a.speaker]) if a.speaker in lone and a.speaker_kind == "person" else a
             for a in items],
            tuple(replace(a, kind=kind[a.name]) if a.name in lone else a for a in actors),
            [replace(m, kind=kind[m.actor]) if m.actor in lone and m.kind == "person" else m for m in mentions])
