"""What the members' texts write around a piece of a name that a label would show: the whole it was cut from.

Grouping's runs of capitals stop at a lower-case "of" or "and" ("Freedom" and "Information Act" of "Freedom of
Information Act", "Drug Administration" of "U.S. Food and Drug Administration"), at an initialism's period
("Command" of "U.S. Central Command": the word after "U.S." reads as a sentence's first) and at an
abbreviation's ("Gen" of "Gen. Kenneth McKenzie"). Those features stay as they are for grouping; a label reads
the texts to show the whole name, or no name for an abbreviated title (``label_names`` applies these rules).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterator

from mediadiff.corpus.wordtables import table_row
from mediadiff.events.terms import stop_words

__all__ = ["abbreviation", "in_title", "occurrences", "organisation_tail", "organisation_whole", "run_before",
           "shared_head"]

_POSSESSIVE_END = re.compile(r"[’']s?$")
_WORD_EDGE = re.compile(r"[\w’'-]")


def occurrences(name: str, texts: Collection[str]) -> Iterator[tuple[str, int, int]]:
    """(text, start, end) of each place a text writes ``name`` as whole words (plain searches: no
    pattern built per name, as a label asks about many names)."""
    for text in texts:
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            if not (start and _WORD_EDGE.match(text, start - 1)) and not _WORD_EDGE.match(text, end):
                yield text, start, end
            start = text.find(name, start + 1)


def in_title(text: str, start: int) -> bool:
    """Whether ``start`` lies on a text's first line (a title) written in title case: three words of four
    letters or more, every one with a capital."""
    end = text.find("\n")
    if end >= 0 and start > end:
        return False
    content = [w for w in text[:end if end >= 0 else len(text)].split() if len(w) > 3 and w[0].isalpha()]
    return len(content) >= 3 and all(w[0].isupper() for w in content)


def _heads() -> tuple[frozenset[str], frozenset[str]]:
    """voices' organisation heads ("Bureau", "Administration") and the role words that name a person's job."""
    from mediadiff.voices.names import ORG_HEADS, ROLE_WORDS

    return ORG_HEADS, ROLE_WORDS - ORG_HEADS


# Capitalised words, then "of", "and" or "for" (and "the"), right before a name: "Bureau of ", "Food and ".
_JOINED_BEFORE = re.compile(r"(?<![\w’'-])((?:[A-Z][\w’'.-]* )+)(of|and|for) (?:the )?$")
# A country's initialism before an organisation's name ("U.S.", "UK"): its owner, as a possessive is.
_INITIALISM = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,3}")


def organisation_whole(name: str, texts: Collection[str]) -> str:
    """A name that the runs of capitals cut at a lower-case "of", "for" or "and", when the texts never write
    ``name`` otherwise: after "of" or "for" a head of an organisation comes first ("Bureau of Labor
    Statistics", "Centers for Disease Control"), or one common word that is no role ("Freedom of Information Act";
    not "Justices of the Supreme Court", "Secretary of Homeland Security"); "and" joins one word to a name
    whose head is an organisation's ("Food and Drug Administration", of "U.S. Food and ..." too). Else ``name``."""
    heads, roles = _heads()
    joined: list[str] = []
    for text, start, _ in occurrences(name, texts):
        match = _JOINED_BEFORE.search(text, max(0, start - 80), start)
        if match is None:
            return name  # written alone somewhere: a name of its own
        run = [w for w in match.group(1).split() if w.lower() not in stop_words()]  # "The Bureau": no "The"
        owners = [k for k, w in enumerate(run) if _POSSESSIVE_END.search(w)]
        run = run[owners[-1] + 1:] if owners else run  # "China’s Ministry of": the owner is no part of it
        head = run[-1].lower().removesuffix("s") if run else ""
        connector = match.group(2)
        if connector == "and":
            while len(run) > 1 and _INITIALISM.fullmatch(run[0]):
                run = run[1:]
            if len(run) == 1 and run[0].lower() not in heads and name.split()[-1].lower() in heads:
                joined.append(f"{run[0]} and")  # not "Pentagon and State Department": two
                continue
        elif run and (head in heads or f"{head}s" in heads):
            joined.append(" ".join([*run, connector]))
            continue
        elif connector == "of" and len(run) == 1 and _common_word(run[0]) and not run[0].endswith("s") \
                and run[0].lower() not in roles:  # not "Parts of", "Justices of": a name's head is one thing
            joined.append(f"{run[0]} of")
            continue
        return name
    # the form written most often, of equals the first written: a set's order would change with the hash seed
    return f"{max(joined, key=joined.count)} {name}" if joined else name


# "of" or "for" and capitalised words (joined by "of", "for") right after a name: " of Criminal Justice"; never
# across "and" ("... of Public Health and the Alabama State Department of Education" names two).
_JOINED_AFTER = re.compile(r" (of|for) ((?:the )?[A-Z][\w’'-]*(?: (?:of |for )?[A-Z][\w’'-]*)*)")


def organisation_tail(name: str, texts: Collection[str]) -> str:
    """A name ending in an organisation's head ("Texas Department", "Interior Ministry") that the runs of
    capitals cut before a lower-case "of" or "for", when every text that writes it goes on with one: the whole
    name the texts write most ("Texas Department of Criminal Justice"; a headline in Title Case is not read).
    Else ``name``: written alone somewhere, it is a name of its own ("the Justice Department said")."""
    heads, _ = _heads()
    if name.split()[-1].lower() not in heads:  # "Jim Banks of Indiana" is a person's
        return name
    tails: list[list[str]] = []
    for text, start, end in occurrences(name, texts):
        if in_title(text, start):
            continue  # a headline in Title Case runs on into its verb ("... Board of Supervisors Approves Plan")
        match = _JOINED_AFTER.match(text, end)
        if match is None:
            return name
        words = match.group(2).split()
        # A person's title after the name ends it ("Department of Criminal Justice Executive Director Bryan
        # Collier"), unless it is the first word ("Office of the Director of National Intelligence").
        cut = next((k for k, word in enumerate(words) if k > int(words[0] == "the") and word.lower() in _TITLES),
                   len(words))
        tails.append([match.group(1), *words[:cut]])
    # What every text goes on with: the words common to all tails, not the most written (which ran on into a title)
    common = tails[0] if tails else []
    for tail in tails[1:]:
        common = common[:next((k for k, (x, y) in enumerate(zip(common, tail)) if x != y), min(len(common), len(tail)))]
    while common and (common[-1][:1].islower() or common[-1].lower() in ("of", "for")):
        common = common[:-1]  # never end on "of", "for" or "the": "of the" is no name's part on its own
    return f"{name} {' '.join(common)}" if len(common) > 1 else name


# Titles of a person's job that follow an organisation's name in US news ("Department of Homeland Security
# Secretary X", "... Executive Director X"): never a word of the name itself after its first.
_TITLES = frozenset("""
secretary director commissioner chief spokesman spokeswoman spokesperson spokesmen chairman chairwoman chair
executive deputy minister president vice governor mayor ambassador adviser advisor official officials commander
manager ceo sheriff officer superintendent administrator inspector undersecretary assistant acting interim
""".split())


def _common_word(word: str) -> bool:
    """A capitalised word of the language ("Freedom", "Statue", "Gulf"), not a surname ("Hochul of New York")."""
    from mediadiff.voices.wordclass import senses

    return word[1:].islower() and senses(word.lower()) is not None


def abbreviation(word: str, texts: Collection[str]) -> bool:
    """Whether the texts write ``word`` only as an abbreviation before a name: four letters at most, each time
    with its period and a capitalised word after ("Gen. Kenneth McKenzie", "Sgt. Ryan Knauss", "St. Louis"):
    a title or a piece of a name, no name alone. A name ending a sentence ("in Iraq. The") is written
    otherwise somewhere; an acronym ("CIA. The Army") is no abbreviation of a word."""
    if len(word) > 4 or not word.isalpha() or not word[1:].islower():
        return False  # "CIA. The Army": an acronym ends a sentence
    found = [(text, end) for text, _, end in occurrences(word, texts)]
    return bool(found) and all(text[end:end + 2] == ". " and text[end + 2:end + 3].isupper() for text, end in found)


# A capitalised word or an initialism ("U.S."), then one space, right before a name; a word with a period
# of its own ends a sentence ("Afghanistan. Biden") or is a title ("Gen. Kenneth McKenzie") and stops the run.
_CAPITALISED_RUN_BEFORE = re.compile(r"(?<![\w’'.-])((?:(?:[A-Z]\.){2,} |[A-Z][\w’'-]* )+)$")


_CAPITAL_AFTER = re.compile(r" (?![A-Z][a-z]{0,3}\. )[A-Z]")  # a title after ends the run: "Command Gen. Kenneth"
_MID_SENTENCE = re.compile(r"[a-z,] $")
_OF_BEFORE = re.compile(r"(?<![\w’'-])[A-Z][\w’'.-]* (?:of|for) (?:the )?$")


def run_before(word: str, texts: Collection[str]) -> str | None:
    """The name a single capitalised ``word`` ends when every text writes it right after other capitalised
    words ("Command" of "U.S. Central Command"): the run written most often, with the word and without a
    country's initialism before it ("Central Command"), when more than half the places write that run; None
    when some place writes ``word`` otherwise (a name of its own), after a first name (a surname is a name
    alone) or the places disagree."""
    runs = []
    for text, start, end in occurrences(word, texts):
        match = _CAPITALISED_RUN_BEFORE.search(text, max(0, start - 80), start)
        if match is None or "\n" in match.group(1) or _CAPITAL_AFTER.match(text, end):
            return None  # written alone, or inside a longer run ("York" of "New York Post")
        if not _MID_SENTENCE.search(text, max(0, match.start() - 2), match.start()) or in_title(text, start):
            return None  # "Former Minneapolis", "In Turkey", "Trip to Rally Dems": capitalised as sentences are
        if _OF_BEFORE.search(text, max(0, match.start() - 80), match.start()):
            return None  # "Joint Chiefs of Staff Army": the run ends a name joined by "of" ("Austin and" lists)
        words = [w for w in match.group(1).split() if w.lower() not in stop_words()] + [word]  # "of The Memo"
        if len(words) == 1:
            return None
        if table_row("first_names.tsv", words[-2].lower()) is not None:
            return None  # "Donald Trump": a surname alone is a name
        while len(words) > 2 and _INITIALISM.fullmatch(words[0]):
            words = words[1:]
        runs.append(" ".join(words))
    if not runs:
        return None
    run, count = Counter(runs).most_common(1)[0]
    return run if 2 * count > len(runs) else None


# "and" or "or", then a name of two capitalised words, and no third: "Central| and South Asia".
_SHARED_HEAD_AFTER = re.compile(r" (?:and|or) ([A-Z][\w’'-]*) ([A-Z][\w’'-]*)(?![\w’'-]| [A-Z])")


def shared_head(word: str, texts: Collection[str]) -> str | None:
    """The name a single capitalised ``word`` makes with the head it shares with a coordinated name: every text
    writes it only as the first of two modifiers of one head ("Central" of "Central and South Asia" is Central
    Asia, "North" of "North and South Korea" North Korea, "Senate" of "Senate and House Republicans"). None when
    some text writes it otherwise, the texts give it two heads, a first name or a place takes part ("Biden
    and Kamala Harris", "Mexico and Central America": two names, no shared head), or the head is an
    organisation's ("Food and Drug Administration" is one name)."""
    from mediadiff.corpus.bylines import is_place

    heads = set()
    for text, _, end in occurrences(word, texts):
        match = _SHARED_HEAD_AFTER.match(text, end)
        if match is None:
            return None
        heads.add(match.group(2))
        if table_row("first_names.tsv", match.group(1).lower()) is not None:
            return None
    if len(heads) != 1 or is_place(word) or table_row("first_names.tsv", word.lower()) is not None:
        return None
    if next(iter(heads)).lower() in _heads()[0]:
        return None  # "Food and Drug Administration", "Ways and Means Committee": an organisation's one name
    return f"{word} {heads.pop()}"
