"""Who wrote an article: the people a byline names ("By Jane Doe and John Roe, Reuters").

``read_byline`` reads a line ``furniture.is_byline`` took for a byline; ``read_staff_credit`` an agency's
closing credit ("(Reporting by Jane Doe; Editing by John Roe)"); ``field_authors`` a file's authors field.
A byline lists people, and after a comma or a bar it may add their role ("Staff Writer"), the outlet ("CNN",
"The Washington Post") or the news agency that sent the story ("Reuters"). A role and an outlet are
dropped; an agency is returned apart, as the story's wire credit, never as an author. After the first name
a part of the byline is a person's name only when it belongs to a list of people ("By A, B and C") or opens
with a known first name, so a place or a desk after a comma ("By Jane Doe, New York") is no author. Names of
an all-capitals byline ("BY JANE DOE") are given in ordinary capitals ("Jane Doe"). The word lists are in
``params``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from mediadiff.corpus.dates import MONTHS, WEEKDAYS
from mediadiff.corpus.namewords import NAME_PARTICLES
from mediadiff.corpus.params import (
    BYLINE_ORGANISATION_WORDS,
    BYLINE_ROLE_WORDS,
    NAME_CREDENTIALS,
    NAME_GENERATIONS,
    NEWS_AGENCIES,
)
from mediadiff.corpus.wordtables import DATA, table_row

# What opens a byline: "By", "Written by", CNN's "Analysis by" and "Opinion by", the Washington Post's "Perspective by".
BYLINE_PREFIX = (r"(?:by|written by|story by|words by|posted by|(?:opinion|analysis|commentary|perspective|review)"
                 r" by|author|authors|byline)")
_PREFIX = re.compile(rf"^{BYLINE_PREFIX}\s*:?\s+", re.IGNORECASE)
# Bars, bullets, semicolons, slashes and brackets part a byline's names from its role or outlet ("By A | Staff
# Writer", "By Jane Doe (CNN)").
_PARTS = re.compile(r"\s*[|·•;/()]\s*")
_AND = re.compile(r"(?:^|\s+)(?:and|&)\s+|\s*&\s*", re.IGNORECASE)  # "A and B", "A & B", ", and B"
# Lower-case words that end a name inside a byline: "Jane Doe of The Washington Post", "Jane Doe in Washington".
_NAME_ENDS = frozenset({"of", "for", "in", "at", "with", "the"})
_AGENCIES = {agency.lower(): agency for agency in NEWS_AGENCIES}
_AGENCY_MAX_WORDS = max(len(agency.split()) for agency in NEWS_AGENCIES)
# A person's name has two to five words ("Jane Doe", "Juan Ramón de la Fuente"): a single word after "By" is
# an outlet, a desk or a place as often as a person ("By Reuters", "By Staff", "By Washington").
NAME_MIN_WORDS, NAME_MAX_WORDS = 2, 5
# A newspaper's editorial board signs its editorials ("By The Editorial Board", "By the Times Editorial Board",
# "By the Editors"): the board is their author, a body of people and no person.
_BOARD = re.compile(r"(?i:the\s+)?(?:[A-Z][\w.&'’-]*\s+){0,4}(?i:editorial\s+board|editors)"
                    r"(?:\s+(?i:of)\s+(?i:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4})?")
# "By Jane Doe, Special to The Washington Post": a writer who is not on the paper's staff. The phrase is a role.
SPECIAL_TO = re.compile(r"(?:\s*,\s*|\s+)special\s+to\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Byline:
    """What one byline says: the authors it names, in its order, and the news agency it credits (or ``None``)."""

    authors: tuple[str, ...] = ()
    wire: str | None = None


def read_byline(text: str, *, header: bool = True) -> Byline:
    """The authors and the agency of a byline: "By Jane Doe, John Roe and Ann Poe, Reuters" ->
    (Jane Doe, John Roe, Ann Poe) and Reuters; "By Megan Henney | FOXBusiness" -> (Megan Henney,).

    ``header``: the line stands before the article's text, where bylines stand. After it a line such as
    "By Election Day" is as likely a subhead, so a name counts there only if it opens with a known first name."""
    prefix = _PREFIX.match(text)
    rest = " ".join(text[prefix.end() if prefix else 0:].split()).rstrip(" .")
    authors: list[str] = []
    wire: str | None = None
    for position, part in enumerate(p for p in _PARTS.split(rest) if p):
        segments = [s for s in re.split(r"\s*,\s*", part) if s]
        for index, segment in enumerate(segments):
            board = board_author(segment) if position == index == 0 else None
            if board:
                authors.append(board)
                continue
            agency = _AGENCIES.get(segment.lower().removeprefix("the "))
            if agency:
                wire = wire or agency
                continue
            opens = position == 0 and index == 0  # "By" stands right before it: a name, cut at its role
            # "By A, B and C": every segment up to the one with "and" is one of the people listed.
            listed = any(_AND.search(s) for s in segments[index:])
            for name in filter(None, _AND.split(segment)):
                person, agency = _person(name, opens=opens)
                wire = wire or agency
                if person and not opens and is_place(person):  # "By Kevin Sieff, Rio de Janeiro"
                    continue
                if person and ((opens or listed) and header or _known_first_name(person)) and person not in authors:
                    authors.append(person)
    return Byline(tuple(authors), wire)


def agency_line(text: str) -> str | None:
    """The news agency a line under a byline credits, when the line is only that: the agency ("Associated
    Press", "The Associated Press", "Reuters") or AP's desk line, the agency and a role ("AP Economics Writer",
    "Associated Press Writer"); ``None`` for any other line."""
    words = " ".join(text.split()).rstrip(" .").split(" ")
    if len(words) > _AGENCY_MAX_WORDS + 4:
        return None
    for size in range(min(_AGENCY_MAX_WORDS, len(words)), 0, -1):
        agency = _AGENCIES.get(" ".join(words[:size]).lower().removeprefix("the "))
        role = words[size:]
        if agency and (not role or all(w[:1].isupper() for w in role) and role[-1].lower() in BYLINE_ROLE_WORDS):
            return agency
    return None


def board_author(name: str) -> str | None:
    """The editorial board ``name`` is, in ordinary capitals with "The" capitalised ("the Times Editorial Board"
    -> "The Times Editorial Board", "EDITORIAL BOARD" -> "Editorial Board"), or ``None``."""
    name = " ".join(name.split()).rstrip(" .")
    if len(name) > 120 or not _BOARD.fullmatch(name):
        return None
    if not any(c.islower() for c in name):
        name = " ".join(w.lower() if w.lower() in ("of", "the") else _ordinary_capitals(w) for w in name.split())
    return name[:1].upper() + name[1:]


def _person(name: str, *, opens: bool) -> tuple[str | None, str | None]:
    """A person's name in ordinary capitals, or ``None`` when ``name`` is a role, an outlet, a place or a
    date; and an agency it names ("JANE DOE AP Business Writer", "AP Business Writer"). Right after "By" a
    name ends at the first word of a role or an outlet; elsewhere such a word makes the segment no name."""
    kept: list[str] = []
    agency = None
    words = name.split()
    for at, word in enumerate(words):
        # "Jane Doe in Washington", "Jane Doe of The Washington Post"; a capitalised "The" opens an outlet's
        # name after a person's ("Jane Doe The Washington Post"). An agency may follow ("Jane Doe for Reuters").
        if word in _NAME_ENDS or at and word.lower() == "the":
            after = at + 1 + (word.lower() != "the" and at + 1 < len(words) and words[at + 1].lower() == "the")
            through = _agency_through(words, after) if after < len(words) else None
            agency = through[1] if through is not None and through[0] == after else None
            break
        if _role_or_outlet(word):
            # An agency's name may hold such a word ("Associated Press", "United Press International"): the
            # name stops before the agency, which is the wire ("JANE DOE Associated Press Writer").
            through = _agency_through(words, at)
            if through is not None:
                start, agency = through
                kept = kept[:start]
                if kept and kept[-1].lower() == "the":  # "Jane Doe The Associated Press"
                    kept.pop()
                if not opens and not kept:
                    return None, agency
                break
            if not opens:
                return None, _AGENCIES.get(" ".join(kept).lower())
            break
        kept.append(word)
    for size in (2, 1):  # an agency's name closing the kept words: "JANE DOE AP", "Jane Doe Agence France-Presse"
        tail = " ".join(kept[-size:]).lower()
        if agency is None and len(kept) - size >= NAME_MIN_WORDS and tail in _AGENCIES:
            agency, kept = _AGENCIES[tail], kept[:-size]
            break
    if not NAME_MIN_WORDS <= len(kept) <= NAME_MAX_WORDS:
        return None, agency
    first = kept[0].lower()
    if first in WEEKDAYS or (first in MONTHS and not _known_first_name(first)):  # "By Monday Morning"
        return None, agency
    if not all(w[:1].isupper() or w.lower() in NAME_PARTICLES for w in kept):
        return None, agency
    if any(c.islower() for w in kept for c in w):
        return " ".join(kept), agency
    # A particle is written small only inside the name: "JUAN DE LA CRUZ" -> "Juan de la Cruz", "AL GORE" -> "Al Gore".
    return " ".join(w.lower() if 0 < k < len(kept) - 1 and w.lower() in NAME_PARTICLES else _ordinary_capitals(w)
                    for k, w in enumerate(kept)), agency


def _agency_through(words: list[str], at: int) -> tuple[int, str] | None:
    """Where an agency's name holding ``words[at]`` starts, and the agency, when one does ("Jane Doe Associated
    Press": (2, "Associated Press")); the longest such name wins."""
    for size in range(_AGENCY_MAX_WORDS, 0, -1):
        for start in range(max(0, at - size + 1), at + 1):
            agency = _AGENCIES.get(" ".join(w.strip(",.") for w in words[start:start + size]).lower())
            if agency is not None and start + size > at:
                return start, agency
    return None


def _role_or_outlet(word: str) -> bool:
    """A role or outlet word ("Correspondent", "News") or a web address ("Foxnews.com")."""
    bare = word.strip(".,'’").lower()
    return bare in BYLINE_ROLE_WORDS or bare in BYLINE_ORGANISATION_WORDS or bare.endswith((".com", ".org", ".net"))


@cache
def _places() -> frozenset[str]:
    """The names of ``data/places.txt`` (countries, US states, regions, cities of several words), lower case."""
    text = (DATA / "places.txt").read_text(encoding="utf-8")
    return frozenset(line.split("\t")[1] for line in text.splitlines() if line and not line.startswith("#"))


def is_place(name: str) -> bool:
    """A place of ``data/places.txt`` ("Rio de Janeiro", "South Africa"), "the" before it or not."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))  # "São Paulo"
    return " ".join(folded.split()).lower().removeprefix("the ") in _places()


def _known_first_name(name: str) -> bool:
    first = name.split()[0].strip(".").lower()
    return table_row("first_names.tsv", first) is not None


def _ordinary_capitals(word: str) -> str:
    """ "O'NEILL" -> "O'Neill", "SMITH-JONES" -> "Smith-Jones", "J." -> "J."."""
    return re.sub(r"[^\W\d_]+", lambda m: m[0][:1].upper() + m[0][1:].lower(), word)


# A news agency's closing credit: "(Reporting by Jane Doe in Washington; Additional reporting by John Roe;
# Writing by Ann Poe; Editing by Bob Loe)", parts parted by semicolons. Reporters and writers wrote the story;
# "additional reporting" names contributors to someone else's story (its byline's), and editors, researchers
# and graphic artists did not write it.
_CREDIT_PART = re.compile(r"^(additional\s+)?(reporting|writing|editing|compiled|compilation|research|graphics"
                          r"|photos?|video)\s+by\s+(\S.*)$", re.IGNORECASE)
_AUTHOR_CREDITS = frozenset({"reporting", "writing"})
# What names in a credit may hold besides capitalised words: "Jim Finkle in Boston, and Ben Blanchard".
_CREDIT_NAME_JOINERS = frozenset({"and", "&", "in", "at", "of", "the"}) | NAME_PARTICLES
# ... and what a source's or agency's name may hold: "the Associated Press", "Bureau of Labor Statistics".
_SOURCE_JOINERS = frozenset({"of", "the", "and", "&", "for"}) | NAME_PARTICLES
CREDIT_LINE_MAX_CHARS = 600  # the longest of PolNeAR's nine Reuters credits has 260


def read_staff_credit(text: str) -> Byline | None:
    """The authors of a news agency's closing credit line ("(Reporting by Jane Doe; Editing by John Roe)" ->
    (Jane Doe,); "(Additional reporting by Jane Doe; Editing by John Roe)" -> no one), or ``None`` for any other
    line: every part must be a role "by" names, so "Reporting by the Times showed that ..." is a sentence."""
    if len(text) > CREDIT_LINE_MAX_CHARS:
        return None
    parts = [p for p in re.split(r"\s*;\s*", text.strip().lstrip("-–—( ").rstrip(" .)")) if p]
    authors: list[str] = []
    wire: str | None = None
    for part in parts:
        match = _CREDIT_PART.match(part)
        if not match:
            return None
        words = [w for w in match[3].replace(",", " ").split() if w]
        if not all(w[:1].isupper() or w.lower() in _CREDIT_NAME_JOINERS for w in words):
            return None
        if not match[1] and match[2].lower() in _AUTHOR_CREDITS:
            credited = read_byline(match[3])  # the label says these are people: no first-name test
            authors += credited.authors
            wire = wire or credited.wire
    return Byline(tuple(dict.fromkeys(authors)), wire) if parts else None


def names_a_source(value: str) -> bool:
    """Whether a credit's value names an agency or a source ("EFE", "the Associated Press", "USA TODAY/Suffolk
    University"): capitalised words, numbers and the words that join them. "Sources said the talks had
    stalled." opens like a credit but goes on as a sentence of the story."""
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _SOURCE_JOINERS
               for w in value.replace("/", " ").split())


# A file's authors field: "Jane Doe; John Roe" (trafilatura), "Jane Doe and John Roe", "[Jane Doe, John Roe]".
_FIELD_SEPARATORS = re.compile(r"\s*(?:[;|]|\s(?:and|&)\s)\s*", re.IGNORECASE)
# A value this long is a sentence or a biography, not a name (names have at most NAME_MAX_WORDS words; room
# left for "Jane Doe Jr." and "Dr. Juan Ramón de la Fuente").
FIELD_NAME_MAX_WORDS = 8


def field_authors(value: object) -> tuple[str, ...]:
    """The authors a file's metadata gives (a JSON ``authors`` list, an HTML page's author, front matter's
    ``author``): a byline's text is read as a byline, a list gives one name per item ({"name": ...} items of
    schema.org included), a text is cut at semicolons, bars, commas and "and". After a comma come people,
    or what a byline adds: a role ("Jane Doe, Staff Writer"), an outlet, an agency, a place, a degree ("Ph.D.");
    "Doe, Jane" (one word each side) is one name, "Jane Doe". Agencies, roles, places, empty values and values
    longer than a name are left out."""
    if isinstance(value, dict):
        value = [value]
    if isinstance(value, str):
        text = value.strip().strip("[]")
        if _PREFIX.match(text):
            return read_byline(text).authors
        items: list[object] = _FIELD_SEPARATORS.split(text)
    elif isinstance(value, (list, tuple)):
        items = [item.get("name") if isinstance(item, dict) else item for item in value]
    else:
        return ()
    names = []
    for item in items:
        if not isinstance(item, str):  # a number or an object is no name
            continue
        for part in _field_names(item):
            name = " ".join(_PREFIX.sub("", " ".join(part.split())).split()).strip(" .,;'\"")
            if name and len(name.split()) <= FIELD_NAME_MAX_WORDS and not _field_no_person(name):
                names.append(name)
    return tuple(dict.fromkeys(names))


def _field_names(item: str) -> list[str]:
    """The names in one item of an authors field, cut at its commas: "Doe, Jane" -> ["Jane Doe"]; "Jane Doe,
    Jr." -> ["Jane Doe Jr."] (its period dropped later, as any name's); "Jane Doe, Ph.D." -> ["Jane Doe"]."""
    parts = [p for p in re.split(r"\s*,\s*", item.strip()) if p.strip(" .")]
    bare = [p.replace(".", "").lower() for p in parts]
    if len(parts) == 2 and all(len(p.split()) == 1 and p[:1].isupper() for p in parts) \
            and not any(b in NAME_CREDENTIALS or b in NAME_GENERATIONS for b in bare) \
            and not any(_field_no_person(p) for p in parts):
        return [f"{parts[1]} {parts[0]}"]  # "Surname, Given"
    names: list[str] = []
    for part, word in zip(parts, bare):
        if word in NAME_GENERATIONS and names:
            names[-1] = f"{names[-1]} {part}"
        elif word not in NAME_CREDENTIALS:
            names.append(part)
    return names


def _field_no_person(name: str) -> bool:
    """An agency, a place, or a role or outlet ("Staff Writer", "Fox News") that opens with no first name; an
    editorial board ("The Times Editorial Board") is its editorials' author."""
    words = name.split()
    if board_author(name):
        return False
    return name.lower().removeprefix("the ") in _AGENCIES or is_place(name) \
        or (any(_role_or_outlet(w) for w in words) and not _known_first_name(name))
