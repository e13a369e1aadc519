"""Lines a web page adds around the article, as they come in text pasted from a news site.

Each test reads one whole line (never a phrase inside a sentence): the header of reader comments and
the controls of their thread, photo captions and credits (and, for ``cleaning`` to judge with the lines
around it, whether a line is only a credit and whether a line reads as a caption), page furniture
(advertising labels, share buttons, sign-up and cookie notices, print-edition notes, related links), a line
that is only a date or a time (a page's "Updated ..." line, a live blog's "6:05 p.m."), and a byline. The
word lists are in ``params``. Every pattern is linear in the line's length (a bounded tail, alternations of literals).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from mediadiff.corpus.bylines import BYLINE_PREFIX, SPECIAL_TO, board_author
from mediadiff.corpus.dates import MONTH_ABBREVIATIONS, MONTHS
from mediadiff.corpus.grammar import DEMONSTRATIVES, HAVE_FINITE, MODALS, SUBJECT_PRONOUNS
from mediadiff.corpus.namewords import NAME_PARTICLES
from mediadiff.corpus.params import (
    BYLINE_MAX_WORDS,
    CAPTION_MAX_SENTENCES,
    CAPTION_MAX_WORDS,
    COMMENT_CONTROLS,
    COMMENT_HEADERS,
    COMMENT_HEADERS_COUNTED,
    COMMENT_ORDERS,
    CREDIT_MAX_WORDS,
    FURNITURE_LINES,
    FURNITURE_PREFIX_MAX_WORDS,
    FURNITURE_PREFIXES,
    HEADING_MAX_WORDS,
    NEWS_AGENCIES,
    PHOTO_AGENCIES,
    SHARE_BUTTONS,
    SIGN_UP_MAX_WORDS,
    SIGN_UP_WORDS,
)
from mediadiff.corpus.segment import split_sentences
from mediadiff.corpus.wordtables import table_row

# A header with no count: every following author/text pair may be a comment.
UNCOUNTED = 10**6


class _Pattern:
    """A regular expression compiled on its first use: this module's patterns, built from long word lists,
    took about 15 ms to compile at import, which ``import mediadiff`` and ``mediadiff --help`` paid though they
    read no file. After the first use its methods are the compiled pattern's own (no lookup through here)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        compiled = re.compile(*self._source)
        for method in ("match", "fullmatch", "search", "finditer", "findall", "sub", "split"):
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


def _alternation(words: tuple[str, ...] | frozenset[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_COUNT = r"(\d{1,6})"
_SORT_ORDER = rf"sort(?:ed)?\s+by\s*:?\s*(?:{_alternation(COMMENT_ORDERS)})(?:\s+first)?"
_COMMENT_HEADER = _Pattern(
    rf"^(?:{_COUNT}\s+(?:reader\s+)?(?:{_alternation(COMMENT_HEADERS + COMMENT_HEADERS_COUNTED)})"
    rf"|(?:{_alternation(COMMENT_HEADERS)})(?:\s*\(\s*{_COUNT}\s*\)|\s*:\s*{_COUNT}|\s+{_COUNT})?"
    rf"|(?:{_alternation(COMMENT_HEADERS_COUNTED)})(?:\s*\(\s*{_COUNT}\s*\)|\s*:\s*{_COUNT}|\s+{_COUNT})"
    rf"|(?:show|view|see|read)\s+(?:all\s+)?{_COUNT}\s+comments?"
    # A thread's order control ("Sort by: Newest") stands above the comments where a page prints no header.
    rf"|{_SORT_ORDER}"
    # WordPress: "3 thoughts on “Fed holds rates”", "One response to “...”".
    # The line ends where the title's quote closes: "One response to "Obamacare repeal" came from ..." is prose.
    rf"|(?:{_COUNT}|one)\s+(?:thoughts?|responses?|replies|comments?)\s+(?:on|to)\s+[\"“‘'«][^\"”’'»]{{1,300}}[\"”’'»]:?)$",
    re.IGNORECASE,
)
_SEPARATORS = _Pattern(r"\s*[|·•]\s*")
# "2h", "2h ago", "2 hours ago", "3 days": how old a comment is, as its thread prints it.
_AGE = _Pattern(r"^(?:\d{1,4}\s*(?:s|m|h|d|w|mo|y|min|mins|hr|hrs|secs?|seconds?|minutes?|hours?|days?|weeks?"
                  r"|months?|years?)(?:\s+ago)?|just now|yesterday|edited)$", re.IGNORECASE)
_CONTROL = _Pattern(rf"^(?:\d{{1,7}}\s+)?(?:{_alternation(COMMENT_CONTROLS)})(?:\s*\(\d{{1,7}}\))?$",
                      re.IGNORECASE)
_SORT_CONTROL = _Pattern(_SORT_ORDER, re.IGNORECASE)
_FURNITURE = frozenset(FURNITURE_LINES)
_FURNITURE_PREFIX = _Pattern(rf"^(?:{_alternation(FURNITURE_PREFIXES)})", re.IGNORECASE)
_SIGN_UP = _Pattern(r"^(?:sign up|subscribe|register|get)\b", re.IGNORECASE)
_REPORTING = frozenset("said says told according".split())
_CALL_TO_ACTION_END = _Pattern(r"\b(?:click|clicking|tap|tapping) here[.!]?$", re.IGNORECASE)
_TRAILING_MARKS = " .:»›>→"  # and any white space: stripped from a line whose white space is single spaces

_AGENCY = _alternation(tuple(PHOTO_AGENCIES))
_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}"
_CAPTION_LABEL = _Pattern(r"^(?:photo(?:graph)?s?|pictures?|images?|credits?|photo credit|video|illustration|"
                            r"graphic)\s*(?::|\.\.\.|…)\s*\S", re.IGNORECASE)
# BBC: "Image source, Getty Images", "Image caption, Jerome Powell speaks".
_CAPTION_COMMA_LABEL = _Pattern(r"^(?:image|media|video) (?:source|caption),\s*\S", re.IGNORECASE)
# A line that is only a credit: "Getty Images", "(Getty Images)", "AP Photo/Evan Vucci",
# "Jane Doe/AFP via Getty Images".
_CREDIT_LINE = _Pattern(rf"^\(?(?:{_NAME}\s*/\s*)?(?:{_AGENCY})(?:\s*/\s*{_NAME})?(?:\s+via\s+(?:{_AGENCY}))?\)?\.?$")
# A line that is only a labelled credit: "Photo: AP", "Photograph: Jane Doe/Reuters", "(Photo: Getty Images)",
# "Photo by Jane Doe", NYT's "Credit...Doug Mills/The New York Times". The label's text is group 1 or 2.
_CREDIT_LABEL = _Pattern(
    r"^\(?(?:photo(?:graph)?s?|pictures?|images?|credits?|photo credit|photo courtesy)\s*(?::|\.\.\.|…)\s*"
    r"(\S[^()]{0,100}?)\)?\.?$|^\(?photo(?:graph)?\s+by\s+(\S[^()]{0,100}?)\)?\.?$", re.IGNORECASE)
# Lower-case words a credit may hold between names: "Jane Doe for The New York Times", "courtesy of the family".
_CREDIT_JOINERS = frozenset({"via", "for", "and", "&", "of", "the", "by", "courtesy", "/"} | NAME_PARTICLES)
# A caption that opens with a pronoun refers back to the text, which a caption never does: it stands alone.
_REFERS_BACK = SUBJECT_PRONOUNS | DEMONSTRATIVES | frozenset("his her their its there".split())
_QUOTE_MARKS = ('"', "“", "”", "«", "»", "„")
# A caption shows one moment, in the present ("Protesters gather in Lima on Tuesday.", AP's rule for what the photo
# shows) or without a verb ("Protesters in Lima on Tuesday."); the perfect, the past of "be", the future and the
# modals tell of time the photo cannot show ("Residents have waited a decade for relief.", "The state will pay
# half."): such a first sentence narrates the story.
_NARRATING = HAVE_FINITE | MODALS | frozenset("was were did hasn't haven't hadn't wasn't weren't won't wouldn't can't "
                                             "couldn't didn't".split())
_ENDS_SENTENCE = _Pattern(r"[.!?][\"”’)\]]*$")
# A dateline opens a story's first paragraph ("WASHINGTON (Reuters) — ", "Washington (CNN) — "), never a caption.
_DATELINE = _Pattern(r"^[A-Z][^.!?—–]{0,60}?(?:\([^()]{1,40}\))?\s*(?:—|–|--|-\s)\s*\S")
_READING_TIME = _Pattern(r"^\d{1,3}\s*(?:min|mins|minutes?)\s+read$")
# Searched on the line's last 200 characters only: the credit ends the caption. A name and an agency
# follow a sentence's end or open the line; a parenthesised credit or NYT's "Credit..." may stand anywhere.
_CREDIT_END = _Pattern(
    rf"(?:^|[.!?\"”’)]\s*)(?:{_NAME}\s*/\s*(?:{_AGENCY})(?:\s+via\s+(?:{_AGENCY}))?|{_NAME}\s+via\s+(?:{_AGENCY}))\.?$"
    rf"|\((?:(?:{_AGENCY})\s+Photo|Photo(?:graph)?\s+by|Photo:|Credit:)[^()]{{0,100}}\)\.?$"
    r"|Credit(?:\.\.\.|…)\s*\S[^.]{0,120}$"
)

_MONTH = _alternation(tuple(MONTHS) + tuple(MONTH_ABBREVIATIONS))
_DATE = _Pattern(
    rf"\b(?:(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH})\.?,?\s+(?P<y2>\d{{4}})"
    # The year first is year, month, day whatever joins them ("2012.08.08 09:01 AM", "2012/08/08").
    r"|(?P<y3>\d{4})(?P<sep>[-./])(?P<m3>\d{2})(?P=sep)(?P<d3>\d{2})"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s?[ap]\.?m\b\.?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    # All in figures with slashes ("11/30/09 05:40 PM ET", HuffPost): month first, as US news writes it (``_iso``).
    r"|(?<![\d/])(?P<m4>\d{1,2})/(?P<d4>\d{1,2})/(?P<y4>\d{4}|\d{2})(?![\d/]))\b",
    re.IGNORECASE,
)
# A date without its year ("APR 28", "28 April"): a blog's post stamp; a line of nothing else is a date line too.
_YEARLESS = _Pattern(rf"\b(?:{_MONTH})\.?\s+(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b"
                     rf"|\b(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+(?:{_MONTH})\b\.?", re.IGNORECASE)
# "4: 42 PM": text copied from a page splits a clock time after its colon; with am/pm it is still a time.
# A 24-hour time in four figures is a time only before its zone ("POSTED: 1052 GMT (1852 HKT)", CNN).
_TIME = _Pattern(r"\b\d{1,2}(?:[:.]\s?\d{2})?\s*[ap]\.?\s?m\b\.?|\b\d{1,2}[:.]\d{2}\b"
                 r"|\b(?:[01]\d|2[0-3])[0-5]\d\s+(?:gmt|utc|[ecmp][sd]?t|bst|cest|cet|hkt|jst|sgt|ist)\b"
                 r"|\b\d{1,3}\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b",
                 re.IGNORECASE)
# What else a date line may hold: its label, the weekday, the time zone, "at", "on".
_DATE_WORDS = _Pattern(
    r"\b(?:published|updated|posted|modified|last|first|date|time|on|at|and|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?"
    r"|fri|sat(?:ur)?|sun)(?:day)?|et|est|edt|ct|cst|cdt|mt|mst|mdt|pt|pst|pdt|gmt|bst|utc|cet|cest|aest|aedt"
    r"|ist|jst|hkt|sgt|uk|local)\b\.?",  # "8:05am UK, Monday 16 September 2013" (the Telegraph's)
    re.IGNORECASE,
)
_SAYS = _Pattern(r"\s+(?:says|writes)\s*:$", re.IGNORECASE)
_UPDATED_BEFORE = _Pattern(r"(?:updated|modified)\W*$", re.IGNORECASE)

_BYLINE = _Pattern(rf"^{BYLINE_PREFIX}\s*:?\s+(\S.*)$", re.IGNORECASE)
_BYLINE_JOINERS = frozenset({"and", "&", "of", "the", "for", "in", "at", "with"} | NAME_PARTICLES)
_NEWS_AGENCIES = frozenset(agency.lower() for agency in NEWS_AGENCIES)
_NOT_A_NAME = frozenset("the a an our this that these those any all no some every".split())


def comment_header(text: str) -> int | None:
    """The number of comments a comments header announces (``UNCOUNTED`` when it gives none), or ``None``
    when ``text`` is no comments header: "3 Comments", "Comments (3)", "Join the conversation"."""
    match = _COMMENT_HEADER.match(" ".join(text.split())) if len(text) <= 300 else None
    if not match:
        return None
    count = next((group for group in match.groups() if group), None)
    return int(count) if count else UNCOUNTED


def is_comment_control(text: str) -> bool:
    """A line of a comment thread's controls: "Reply · 12 likes", "Load more comments", "Sort by: Newest"."""
    if len(text) > 120:
        return False
    if _SORT_CONTROL.fullmatch(" ".join(text.split())):
        return True
    parts = [p for p in _SEPARATORS.split(text.strip()) if p]
    return bool(parts) and all(_CONTROL.match(p) or _AGE.match(p) for p in parts) and not all(
        _AGE.match(p) for p in parts)


def comment_author(text: str) -> str:
    """A comment's author line without the comment's age or "says:": "bob_1962 · 2h ago" -> "bob_1962",
    "John Smith says:" -> "John Smith"."""
    parts = _SEPARATORS.split(_SAYS.sub("", text.strip()[:200]))
    while len(parts) > 1 and (_AGE.match(parts[-1]) or _CONTROL.match(parts[-1])):
        parts.pop()
    return " · ".join(parts)


def is_date_label(word: str) -> bool:
    """A word that labels a date or time ("Published:", "Updated", "Wed", "EDT") or only punctuates it ("|"),
    not a section's name."""
    word = word.strip(":,;|·•-–—")
    return not word or bool(_DATE_WORDS.fullmatch(word))


def _has_separator(line: str) -> bool:
    return "|" in line or "·" in line or "•" in line


def is_furniture(text: str) -> bool:
    """Page furniture: "Advertisement", "Share this article", "Facebook Twitter Email", "Order Reprints |
    Today's Paper | Subscribe", "Read more: ...", "Sign up for our newsletter", a cookie notice."""
    if len(text) > 600:
        return False
    # Single spaces are the only white space left after the join, so the trailing marks strip as characters;
    # a line without a separator is one part; only a line holding "here" can end in "click here" (it is
    # lower case now). The same answers as the patterns, without three scans of every body paragraph.
    line = " ".join(text.lower().split()).rstrip(_TRAILING_MARKS)
    parts = [p for p in _SEPARATORS.split(line) if p] if _has_separator(line) else [line] if line else []
    if parts and all(p in _FURNITURE for p in parts):
        return True
    words = line.split()
    if words and all(w in SHARE_BUTTONS for w in words):
        return True
    if len(words) > FURNITURE_PREFIX_MAX_WORDS:
        return False
    if _FURNITURE_PREFIX.match(line) or ("here" in line and _CALL_TO_ACTION_END.search(line)) \
            or _READING_TIME.match(line):
        return True
    # A sign-up prompt is a short call to action about the site's own mail, never a sentence that reports
    # ("Register to vote by email before Friday, officials said." is news).
    return len(words) <= SIGN_UP_MAX_WORDS and bool(_SIGN_UP.match(line)) and any(
        w.strip(".,:!'’") in SIGN_UP_WORDS for w in words) and not any(w.strip(".,") in _REPORTING for w in words)


def is_caption(text: str) -> bool:
    """A photo caption or credit: "Photo: Reuters", "Image: ...", "... June 12, 2024. Chip Somodevilla/Getty
    Images", "Scott Olson via Getty Images.", "... a press conference. (AP Photo/Evan Vucci)"."""
    if _CAPTION_LABEL.match(text) or _CAPTION_COMMA_LABEL.match(text):
        return True
    # A bare agency name ("Reuters", "Associated Press") may be a byline; with a slash, brackets or "Images" it
    # is a photo's credit.
    if len(text) <= 120 and _CREDIT_LINE.match(text) and ("/" in text or "(" in text or "Images" in text):
        return True
    tail = max(0, len(text) - 200)
    return _may_end_in_credit(text[tail:]) and bool(_CREDIT_END.search(text, tail))


def credit_line(text: str) -> str | None:
    """For a line that is only a photo's credit, ``"labelled"`` ("Photo: AP", "Credit...Doug Mills/The New York
    Times", "Photo by Jane Doe/Reuters") or ``"bare"`` ("Getty Images", "Chip Somodevilla/Getty Images", "Scott
    Olson via Getty Images."); ``None`` for any other line ("Image: A trader on the floor." is a caption)."""
    if len(text) > 120:
        return None
    label = _CREDIT_LABEL.match(text)
    if label:
        words = (label[1] or label[2]).replace("/", " / ").split()
        credit = len(words) <= CREDIT_MAX_WORDS and all(
            w[:1].isupper() or w[:1].isdigit() or w.lower() in _CREDIT_JOINERS for w in words)
        return "labelled" if credit else None
    if _CREDIT_LINE.match(text) and ("/" in text or "(" in text or "Images" in text):
        return "bare"
    return "bare" if _may_end_in_credit(text) and _CREDIT_END.match(text) else None


def has_caption_shape(text: str) -> bool:
    """Whether a line reads as a photo's caption: one or two sentences (AP: what the photo shows, then
    background) of at most ``CAPTION_MAX_WORDS`` words, ending in sentence punctuation. A caption describes
    the photo: it neither quotes (no quotation marks) nor reports ("said", "told", "according to"); it stands
    alone (it does not open with a pronoun), carries no dateline ("WASHINGTON (Reuters) — ") and its first
    sentence shows a moment: no perfect, past of "be", future or modal ("Residents have waited a decade for
    relief." narrates)."""
    words = text.split()
    if not words or len(words) > CAPTION_MAX_WORDS or not _ENDS_SENTENCE.search(text):
        return False
    if any(mark in text for mark in _QUOTE_MARKS) or words[0].lower().strip(",") in _REFERS_BACK:
        return False
    if any(w.lower().strip(".,;:") in _REPORTING for w in words) or _DATELINE.match(text):
        return False
    sentences = split_sentences(text)
    first = text[sentences[0][0]:sentences[0][1]] if sentences else text
    # Written in lower case, as inside a sentence: "Will Smith arrives ...", "in Lima on May 5" name no modal.
    if any(w.strip(".,;:").replace("’", "'") in _NARRATING or w.endswith(("'ve", "’ve", "'ll", "’ll"))
           for w in first.split()):
        return False
    return len(sentences) <= CAPTION_MAX_SENTENCES


def _may_end_in_credit(tail: str) -> bool:
    """Whether ``tail`` holds what each kind of ``_CREDIT_END`` needs ("/" or "via" after a name, a closing
    bracket at the end, "Credit"): most lines hold none, and the pattern is then not tried at every character."""
    return "/" in tail or "via" in tail or "Credit" in tail or tail.endswith((")", ")."))


def date_line(text: str) -> str | None:
    """For a line that holds only a date and/or a time with its label ("Updated 3:45 PM EDT, Wed June 12,
    2024", "Sept. 30, 2021", "6:05 p.m. ET", "Posted on December 23, 2012, 4: 42 PM EDT", "APR 28"), the date
    it publishes as YYYY-MM-DD ("" when it gives only a time, a date without its year or no valid date);
    ``None`` for any other line. The first date not labelled "Updated" wins."""
    if len(text) > 200:
        return None
    dates = list(_DATE.finditer(text))
    rest = _TIME.sub(" ", _YEARLESS.sub(" ", _DATE.sub(" ", text)))
    if not dates and rest == text:
        return None
    if re.search(r"\w", _DATE_WORDS.sub(" ", rest)):
        return None
    found = [(match, _iso(match)) for match in dates]
    found = [(match, iso) for match, iso in found if iso]
    if not found:
        return ""
    first = next((iso for match, iso in found if not _UPDATED_BEFORE.search(text[:match.start()])), found[0][1])
    return first


def _iso(match: re.Match[str]) -> str:
    if match["y4"]:  # "11/30/09": month/day/year as US news writes it; a first number over 12 is the day
        month, day, year = int(match["m4"]), int(match["d4"]), int(match["y4"])  # ("30/11/09", a British page)
        month, day = (day, month) if month > 12 >= day else (month, day)
        year += 2000 if year < 100 else 0  # a two-figure year on a news page is this century's
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return ""
    year = match["y1"] or match["y2"] or match["y3"]
    day = match["d1"] or match["d2"] or match["d3"]
    month_word = (match["m1"] or match["m2"] or "").lower()
    month = (MONTHS.index(MONTH_ABBREVIATIONS.get(month_word, month_word)) + 1 if month_word
             else int(match["m3"]))
    try:
        return date(int(year), month, int(day)).isoformat()
    except ValueError:
        return ""


def is_byline(text: str, *, opening: bool = False) -> bool:
    """A byline: "By Jane Doe, CNN", "By Jane Doe and John Roe", "By Megan Henney | FOXBusiness".

    Every word after "By" is capitalised or joins names ("and", "de"; "Special to" before an outlet's name).
    On the file's first line, where a headline such as "By Any Means Necessary" stands, the first name must be
    a known first name. A news agency alone ("By The Associated Press") and an editorial board ("By the
    Editorial Board") are bylines too."""
    match = _BYLINE.match(text) if len(text) <= 200 else None
    if not match:
        return False
    if " ".join(match[1].split()).rstrip(" .").lower().removeprefix("the ") in _NEWS_AGENCIES:
        return True  # "By The Associated Press", "By Reuters": the agency wrote it
    if board_author(re.split(r"\s*[,|·•;/]\s*", match[1])[0]):
        return True  # "By The Editorial Board": the board wrote it
    # A page's reading time or the story's age may follow the names ("By Jane Doe · Reuters · 3 min read").
    # ... or the day it was posted ("Posted by Sarah Kim | March 12, 2025 at 9:15 am").
    names = " · ".join(p for p in _SEPARATORS.split(match[1]) if not (_READING_TIME.match(p.lower().strip(" ."))
                                                                      or _AGE.match(p.lower().strip(" ."))
                                                                      or date_line(p)))
    words = [w.strip("()") for w in re.split(r"[\s,|·•;]+", SPECIAL_TO.sub(", ", names).rstrip(".")) if w.strip("()")]
    if not words or len(words) > BYLINE_MAX_WORDS or not words[0][:1].isupper() \
            or words[0].lower() in _NOT_A_NAME:  # "By The Numbers", "By Any Means" are subheads
        return False
    if not all(w[:1].isupper() or w.lower() in _BYLINE_JOINERS for w in words):
        return False
    return not opening or table_row("first_names.tsv", words[0].strip(".").lower()) is not None


_LINE_END_MARKS = tuple(".!?,;:\"”’)")  # a sentence's or a clause's end: no heading ends so
_PATH_SEPARATORS = re.compile(r"\s+(?:>|›|»|\||/)\s+")


def section_path(text: str, below: str | None) -> tuple[str, ...] | None:
    """The sections a page names above its headline, or ``None``: a path of section names ("HOME > NEWS >
    LOCAL", "World | Europe") or one section name ("Politics"), each of at most two words in capitals or Title
    Case, with the headline right below (``below``: a heading of five words or more that is no byline). A
    headline of one or two words over its deck has no such line below."""
    if below is None or not 5 <= len(below.split()) <= HEADING_MAX_WORDS or below.endswith(_LINE_END_MARKS) \
            or text.endswith(_LINE_END_MARKS) or is_byline(below):
        return None
    parts = [p for p in _PATH_SEPARATORS.split(text.strip()) if p]
    if not parts or any(len(p.split()) > 2 or not all(w[:1].isupper() for w in p.split()) for p in parts):
        return None
    sections = tuple(p for p in parts if p.lower() not in _FURNITURE)  # a path's "Home"; "Menu" names no section
    return sections if sections and (len(parts) > 1 or sections == tuple(parts)) else None
