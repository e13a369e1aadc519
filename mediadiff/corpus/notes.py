"""Lines about the article rather than of it, as a news page prints them around the story.

Each test reads one whole line (never a phrase inside a sentence) and names its kind: a ``correction`` or
clarification ("Correction: An earlier version of this article misspelled ..."), an ``editors-note``
("Editor's note: ...", "This story has been updated."), a contributor's credit ("The Associated Press
contributed to this report.": a ``wire-credit`` naming the agency; "Jane Doe contributed reporting from
Paris.": a ``credit``), a ``contact`` line for the reporter or the newsroom ("Reporter Kevin O'Brien can be
reached at ...", "Write to Jane Doe at ...", "Have a news tip? Email us at ...": a police or an agency
appeal, "Anyone with information is asked to contact Crime Stoppers at ...", and a line that reports speech, "...
can email Catholic Charities at help@cc.org, the agency said.", are none), and an ``author-bio`` ("Jane
Doe is a reporter covering city hall for the Herald."), which only the end of a story holds and only of an
author (the byline's, or a full name the story never gave when no byline names anyone). The word lists
are in ``params``; a line over ``NOTE_MAX_CHARS`` is never read (one 32,000-character "word" took
7 s in the address search, whose time grows with the square of a run of word characters).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from itertools import islice, takewhile

from mediadiff.corpus.furniture import comment_header
from mediadiff.corpus.lines import Line
from mediadiff.corpus.params import (
    AUTHOR_ROLE_NOUNS,
    CORRECTION_MAX_LINES,
    CORRECTION_MAX_WORDS,
    CORRECTION_PARAGRAPH_WORDS,
    NEWS_AGENCIES,
    NOTE_MAX_CHARS,
    NOTE_MAX_WORDS,
)

_CORRECTION = re.compile(
    r"(?:(?:corrections?|clarifications?)\s*(?::|$)|correction appended\b"
    r"|an earlier version of this (?:story|article|report|post)\b"
    r"|this (?:story|article|report|post) (?:has been|was) corrected\b)", re.IGNORECASE)
_CORRECTION_LABEL = re.compile(r"(?:corrections?|clarifications?)\s*:?", re.IGNORECASE)
_EDITORS_NOTE = re.compile(
    r"(?:editor[’']?s[’']? note|note from the editors?:|note to readers:"
    r"|this (?:story|article|report|post) (?:has been|was|will be) updated)\b", re.IGNORECASE)
# "... contributed to this report.", "... contributed reporting (from Paris).", "Additional reporting by ..."
_CONTRIBUTED = re.compile(
    r"(?P<who>.{1,200}?) (?:also )?contributed(?: reporting| additional reporting)?(?: to (?:this|the) "
    r"(?:report|story|article))?(?: from [^.]{1,80})?\.?$", re.IGNORECASE)
# What makes a credit a credit anywhere in a story: the reporting it names ("contributed reporting", "contributed
# to this report", "Additional reporting by").
_REPORTING = re.compile(r"\breporting\b|\bto (?:this|the) (?:report|story|article)\b", re.IGNORECASE)
_ADDITIONAL = re.compile(r"(?:additional|with additional) reporting by\b", re.IGNORECASE)
# A reporter's or a newsroom's contact line is written in a few ways, told apart from a police or an agency appeal
# ("Anyone with information is asked to contact Crime Stoppers at 1-800-222-8477.") by its form: a pronoun or the
# reporter ("Follow him on Twitter @x", "Email us at", "Contact the reporter at", "She can be reached at"), the
# newsroom's appeal for tips ("Have a news tip?", "Send tips to"), anywhere in the line; or a name that opens the
# line or a sentence of it, with an e-mail address or a handle ("Write to Jane Doe at jdoe@wsj.com", "Follow Pam
# Key on Twitter @pamkeyNEN", "Reporter Kevin O'Brien can be reached at ..."). Case-blind but for the name.
_CONTACT = re.compile(
    r"\b(?:(?i:contact|write to|email|e-mail|reach|follow) (?i:him|her|them|us|me|the (?:author|reporter|writer))"
    r" (?i:at|on|via|directly at)\b|(?:(?i:he|she|they)|(?i:the )?(?i:author|reporter|writer|columnist)) "
    r"(?i:can be reached)\b|(?i:news tip)|(?i:send (?:us )?(?:a |your )?tips?)\b)")
_NAMED_CONTACT = re.compile(
    r"(?:^|[.?!]\s+)[\"“(]?(?:(?:(?i:contact|write to|email|e-mail|reach|follow) "
    r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3} (?i:at|on|via))"
    r"|(?:[\w-]+ ){0,2}[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3} (?i:can be reached))\b")
# A line that reports speech is the story's: "Families who need help can email Catholic Charities at help@cc.org,
# the agency said." A newsroom's own contact line quotes no one.
_REPORTS_SPEECH = re.compile(r"\b(?:said|says|according to|told)\b", re.IGNORECASE)
_ONLINE = re.compile(r"[\w.+-]+\s?@\s?[\w-]+\.[\w.]+|(?<!\w)@\w{2,}")
_PHONE = r"\(?\d{3}\)?[ .-]\d{3}[.-]\d{4}\b"
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|(?<!\w)@\w{2,}|" + _PHONE)
# Without an "@" only the telephone number can match, and the e-mail alternative would still scan every run of
# word characters for one (20 ms of reading a 1,000-sentence pair's lines with figures, for no match).
_PHONE_ONLY = re.compile(_PHONE)
_NAME = r"[A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|de|van|von|da|del|la|le|bin|al-\w+)){0,4}"
_BIO = re.compile(rf"(?P<who>{_NAME}) (?:is|was|has been|serves as) (?:a|an|the) (?P<rest>[^.]{{0,200}})")
# "Maria Lopez covers city government for the Herald.": a reporter's beat, said only of the article's author
_BEAT = re.compile(rf"(?P<who>{_NAME}) (?:covers|has covered|writes about) [^.]{{1,200}}? for ")
_AGENCY_NAMES = {agency.lower(): agency for agency in NEWS_AGENCIES}
# AP's closing credit names its own staff: "Associated Press writer Jane Doe in Chicago contributed to this report."
_AGENCY_STAFF = re.compile(
    r"(?:the )?(?P<agency>" + "|".join(re.escape(a) for a in sorted(NEWS_AGENCIES, key=len, reverse=True))
    + r") (?:staff )?(?:writers?|reporters?|correspondents?|photographers?|researchers?) (?P<who>.+)", re.IGNORECASE)
# A contributor's place after the name: "Jane Doe in Paris", "John Roe in New York".
_IN_PLACE = re.compile(r"\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}$")


def note_kind(text: str) -> tuple[str, str | None] | None:
    """``(reason, wire)`` for a line that is a note about the article (``wire``: the news agency a
    contributor's credit names, else ``None``), or ``None`` for any other line."""
    if len(text) > NOTE_MAX_CHARS or len(text.split()) > NOTE_MAX_WORDS:  # the searches below stay short
        return None
    if _CORRECTION.match(text):
        return "correction", None
    if _EDITORS_NOTE.match(text):
        return "editors-note", None
    lower = text.lower()
    credit = _credit(text) if "contribut" in lower or "reporting by" in lower else None
    if credit is not None and (credit[0] == "wire-credit" or _REPORTING.search(text)):
        return credit
    if (_ADDRESS if "@" in text else _PHONE_ONLY).search(text) and (
            _CONTACT.search(text) or "@" in text and _NAMED_CONTACT.search(text) and _ONLINE.search(text)) \
            and not _REPORTS_SPEECH.search(text):
        return "contact", None
    return None


def is_bare_credit(text: str) -> bool:
    """A credit that says only who contributed ("Nolan McCaskill contributed."): only the last line of a story
    is one, since inside it "Smith, Jones and Brown contributed." or "Exxon, Chevron and BP contributed." is
    news; ``note_kind`` reads a credit only when it says "reporting" or "to this report"."""
    if len(text) > NOTE_MAX_CHARS or len(text.split()) > NOTE_MAX_WORDS or "contribut" not in text.lower():
        return False
    return _credit(text) == ("credit", None)


def is_correction_label(text: str) -> bool:
    """A line that is only the label of a correction ("CORRECTION:", as NYT's archive appends one): the
    correction's own text follows it, a short block that ends the story (``CORRECTION_MAX_LINES``); before a
    longer text the label is a section's heading ("Corrections" over a budget's prison spending)."""
    return bool(_CORRECTION_LABEL.fullmatch(text))


def _credit(text: str) -> tuple[str, str | None] | None:
    if _ADDITIONAL.match(text):
        return "credit", None
    match = _CONTRIBUTED.match(text)
    if match is None:
        return None
    who = re.sub(r"^(?:the|and)\s+", "", match["who"].strip(" ,"), flags=re.IGNORECASE)
    agency = _AGENCY_NAMES.get(who.lower())
    if agency is not None:
        return "wire-credit", agency
    staff = _AGENCY_STAFF.fullmatch(who)
    if staff is not None:  # the agency's people: a contributors' credit, and the agency is the story's wire
        agency, who = _AGENCY_NAMES[staff["agency"].lower()], staff["who"]
    # People, each perhaps where they reported from: names joined by commas and "and" ("Jane Doe in Paris and
    # John Roe contributed reporting.")
    parts = [_IN_PLACE.sub("", p) for p in re.split(r",\s*|\s+and\s+|\s*&\s*", who) if p]
    if parts and all(re.fullmatch(_NAME, p) for p in parts):
        return "credit", agency
    return None


def is_author_bio(text: str, authors: Collection[str] = (), *, story: str = "") -> bool:
    """A line that says who an author of the article is ("Jane Doe is a reporter covering city hall for the
    Herald.", "John Roe is a senior fellow at the Brookings Institution.", "Jane Doe covers city hall for the
    Herald."): a sentence of that shape whose subject is one of ``authors`` (the byline's people, matched by
    surname) and whose role is a writer's, a reporter's or an expert's (``AUTHOR_ROLE_NOUNS``) or who covers a
    beat. Of anyone else it is a fact of the story ("Lieber is a professor at Harvard University ..."). Where no
    byline names anyone, an opinion piece's closing line still names its author in full, a name the ``story``
    before it never gave ("James Bovard is the author of ...", PolNeAR's USA Today op-eds); a lone surname is
    someone the story named. The caller asks only of a story's last lines: inside a story such a sentence
    introduces someone."""
    if len(text) > NOTE_MAX_CHARS or len(text.split()) > NOTE_MAX_WORDS:
        return False
    surnames = {_surname(name) for name in authors}
    beat = _BEAT.match(text)
    if beat is not None:
        return _surname(beat["who"]) in surnames
    match = _BIO.match(text)
    if match is None:
        return False
    who = match["who"]
    if surnames and _surname(who) not in surnames:
        return False
    if not surnames and (len(who.split()) < 2 or re.search(rf"\b{re.escape(who.split()[-1])}\b", story)):
        return False
    role = re.split(r"\b(?:who|whose|at|for|of|with|in|on|covering|based)\b", match["rest"])[0]
    return any(word.lower().strip(",") in AUTHOR_ROLE_NOUNS for word in role.split())


def _surname(name: str) -> str:
    words = name.replace(",", " ").split()
    return words[-1].strip(".").lower() if words else ""


def correction_extent(label: str, lines: list[Line], start: int) -> str | None:
    """What a line that is only a correction's label ("CORRECTION:") heads among ``lines[start:]``, to the end
    or a comment thread: ``"end"`` when they are a note's length (one paragraph, with short lines around it:
    "As published in ...", a date); ``"block"``, the short lines and the one paragraph after them, when the
    label ends in a colon and another story follows (NYT's archive pasted article after article); else
    nothing: "Corrections" over more of the story is a section's heading."""
    if not is_correction_label(label):
        return None
    rest = islice(lines, start, None)  # not a copy of the rest per line read: quadratic in a file's lines
    counts = [len(line.text.split()) for line in takewhile(lambda line: comment_header(line.text) is None, rest)]
    if len(counts) <= CORRECTION_MAX_LINES and sum(counts) <= CORRECTION_MAX_WORDS \
            and sum(count > CORRECTION_PARAGRAPH_WORDS for count in counts) <= 1:
        return "end"
    paragraph = next((k for k, count in enumerate(counts) if count > CORRECTION_PARAGRAPH_WORDS), len(counts))
    if label.rstrip().endswith(":") and paragraph < CORRECTION_MAX_LINES \
            and sum(counts[:paragraph + 1]) <= CORRECTION_MAX_WORDS:
        return "block"
    return None
