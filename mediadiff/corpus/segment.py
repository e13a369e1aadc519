"""Offline sentence splitting that keeps character offsets.

NLTK's Punkt needs a downloaded model (and importing nltk costs about a second),
so mediadiff splits with a rule set tuned for English news: a sentence ends at
``.``, ``!`` or ``?`` (plus any closing quotes or brackets) followed by space and
something that can open a sentence, unless the period belongs to a known
abbreviation ("Mr.", "Jan."), an initialism ("U.S.", "D.C.") that is not
followed by a typical sentence opener, a single initial ("John F. Kennedy") or
a number ("3.5" never splits because no space follows the period).

The same rule serves other scripts: the next sentence may open with any
capital (Cyrillic, Greek) or with a letter of a script without case (Arabic,
Hebrew, Devanagari); Arabic ``؟`` and Devanagari ``।`` end sentences too, and
Chinese and Japanese ``。！？`` end one without a following space. Thai marks
no sentence ends, so a Thai paragraph stays one sentence.

Line breaks are hard boundaries: news files put one paragraph on a line. A
"sentence" longer than ``MAX_SENTENCE_CHARS`` is cut at a space, so no stage
after this one (sentiment, quotes, alignment) ever works on one huge span.
Every pattern is linear in time: a line of 500,000 dots or abbreviations is
split in about a second (``bench/bench_splitter_pathological.py``).
"""

from __future__ import annotations

import re

from mediadiff.corpus.grammar import ARTICLES, DEMONSTRATIVES, SUBJECT_PRONOUNS
from mediadiff.corpus.params import MAX_SENTENCE_CHARS

# Abbreviations that end with a period but almost never end a sentence.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sr jr st mt ft gen lt col maj capt cmdr sgt adm gov sen rep pres
    supt insp rev hon amb atty messrs mmes jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun inc corp co ltd llc plc bros dept univ assn
    vol vols pp fig approx est vs etc cf al ca
    """.split()
)
# "No." abbreviates "number" only before one ("No. 3", "nos. 4 and 5"); before a word it is the answer "no" ending
# a sentence ("He said no. Then he left.", "would vote no. One ...").
_NUMBER_WORDS = frozenset(("no", "nos"))
_NUMBER_AFTER = re.compile(r"\s+[#(]?\d")
# A compass point abbreviated between a house number and a street's name ("325 E. Dahlia Ave.", "473 E. 52nd St.",
# "12 N. Main St."): AP's rule for numbered addresses.
_COMPASS = frozenset("NSEW")
_HOUSE_NUMBER = re.compile(r"\d[\d-]*[A-Za-z]?\s+$")
# A road's number is no house number: "Interstate 95 S. Drivers were told ..." ends a sentence (review15).
_ROAD_NUMBER = re.compile(r"\b(?:Interstate|Route|Rte\.|Highway|Hwy\.|Freeway|Road|I|US|U\.S\.|SR|State Road)"
                          r"[ -]?\d[\d-]*[A-Za-z]?\s+$")

# Titles abbreviated before a name, from the AP Stylebook's entries on abbreviations, legislative, military
# and religious titles (police "Det.", "Insp.", "Supt."; "Del." for a delegate; "Msgr.", "Fr."), with the
# plurals news writes before two names ("Sens. Roy Blunt and Josh Hawley", "Reps.", "Govs.", "Gens."). Their
# period ends no sentence when a capitalised word that is no sentence opener follows ("his partner, Det. Colin
# Orpe"; "the rank of Sgt. He" still ends one). Ambiguous ones are here rather than in ABBREVIATIONS, so they
# still end a sentence before anything else: "Sec." ("Sec. 5" is a section), "Del." after a place ("Dover,
# Del." is the state).
TITLES = frozenset(
    """
    sens reps govs drs profs gens cols lts majs capts cmdrs sgts adms dets
    det cpl cpls pvt pfc spc spec ens brig sec secs asst assoc fr msgr br del dels ald comm commr mme mlle
    dist
    """.split()
)
# A title right after a capitalised word and a comma is a state's abbreviation, as AP writes one after a
# city ("Dover, Del."), not a title ("his partner, Del. Colin Orpe").
_STATES = frozenset(("del",))
_AFTER_PLACE = re.compile(r"\b[A-Z][\w.'’-]*,\s*$")

# Words that typically open a sentence; after "U.S." they signal a real boundary.
SENTENCE_OPENERS = ARTICLES | DEMONSTRATIVES | SUBJECT_PRONOUNS | frozenset(
    """
    its his her their our
    but and however meanwhile still yet so then there here in on at for with as after
    before while when if although though because since despite also both many some
    most
    """.split()
)

# Possessive quantifiers and the look-behinds make each run of punctuation one
# candidate, tried once: a line of 500,000 dots is split in linear time, where
# plain backtracking retried the run from every dot (quadratic, minutes).
# The pattern opens with the one character class of both kinds of mark, each look-behind after it
# ("not after a mark of its kind": the two characters before the end of the first mark), so a search
# skips from mark to mark instead of trying the pattern at every character (a look-behind first
# defeats that skip): the same matches, the scan of a 1,000-sentence article about 7 times faster.
_CANDIDATE = re.compile(
    r"""[.!?؟।॥。！？]
        (?:(?<=[.!?؟।॥])(?<![.!?؟।॥].)   # terminal punctuation (also Arabic ؟ and Devanagari ।)
           [.!?؟।॥]*+
           [\"'”’»)\]]*+                # closing quotes or brackets
           (?=\s++[\"'“‘«(\[]*+(?P<next>[^\W_]))   # space, then the letter or digit that opens the next
         | (?<=[。！？])(?<![。！？].)    # CJK full stop, exclamation and question marks: no space follows
           [。！？]*+
           [」』”’）)]*+
        )
    """,
    re.VERBOSE,
)
_NEXT_WORD = re.compile(r"\s+[\"'“‘«(\[]*([A-Za-zÀ-ÿ]+)")


def _token_start(text: str, period: int, *, reach: int = 20) -> int | None:
    """Start of the letters-and-dots token ending at ``period`` ("U.S", "Mr"), looking back at most ``reach``."""
    start = period
    while start > max(0, period - reach) and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    while start < period and text[start] == ".":
        start += 1
    return start if start < period else None


def _is_false_boundary(text: str, punct_start: int, punct_end: int) -> bool:
    """True when the period at ``punct_start`` belongs to an abbreviation."""
    if text[punct_start] != "." or punct_end - punct_start != 1:
        return False
    token_start = _token_start(text, punct_start)
    if token_start is None:
        return False
    token = text[token_start:punct_start]
    bare = token.replace(".", "").lower()
    if "." in token:  # an initialism such as U.S. or D.C.
        following = _NEXT_WORD.match(text, punct_end)
        return not (following and following.group(1).lower() in SENTENCE_OPENERS)
    if bare in ABBREVIATIONS:
        return True
    if bare in _NUMBER_WORDS:
        return _NUMBER_AFTER.match(text, punct_end) is not None
    if bare in TITLES and token[:1].isupper():
        following = _NEXT_WORD.match(text, punct_end)
        state = bare in _STATES and _AFTER_PLACE.search(text, max(0, token_start - 40), token_start) is not None
        return bool(following) and following.group(1)[:1].isupper() and not state \
            and following.group(1).lower() not in SENTENCE_OPENERS
    # The "v." of a case name ("Sanchez v. Mayorkas", "Roe v. Wade") stands between two capitalised names, as the
    # Bluebook and AP write it; a lower-case "v." elsewhere ("part v. The next") may end a sentence.
    if token == "v":
        previous = text[max(0, token_start - 30) : token_start].split()
        following = _NEXT_WORD.match(text, punct_end)
        return bool(previous) and previous[-1][:1].isupper() and bool(following) \
            and following.group(1)[:1].isupper() and following.group(1).lower() not in SENTENCE_OPENERS
    # A middle initial ("John F. Kennedy") follows a capitalised name; "on X." does not.
    if len(token) == 1 and token.isupper():
        previous = text[max(0, token_start - 30) : token_start].split()
        return bool(previous) and previous[-1][:1].isupper() \
            or token in _COMPASS and _HOUSE_NUMBER.search(text, max(0, token_start - 12), token_start) is not None \
            and _ROAD_NUMBER.search(text, max(0, token_start - 24), token_start) is None \
            and _street_follows(text, punct_end)
    return False


def _street_follows(text: str, end: int) -> bool:
    """A street's name after ``end``: an ordinal ("52nd") or a capitalised word that opens no sentence."""
    following = _STREET_NAME.match(text, end)
    return following is not None and (following.group(1)[:1].isdigit()
                                      or following.group(1).lower() not in SENTENCE_OPENERS)


_STREET_NAME = re.compile(r"\s+(\d+(?:st|nd|rd|th)\b|[A-Z][A-Za-z]+)")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentences.

    Returns half-open ``(start, end)`` character spans into ``text``, in order,
    with surrounding whitespace excluded. Empty or blank text gives ``[]``.
    """
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        cursor = line.start()
        line_end = line.end()
        for match in _CANDIDATE.finditer(text, line.start(), line_end):
            opener = match.group("next")
            if opener and opener.islower():  # "e.g. the", "3 p.m. local": not a new sentence
                continue
            if _is_false_boundary(text, match.start(), match.start() + len(match.group(0).rstrip("\"'”’»)]"))):
                continue
            _append_trimmed(text, cursor, match.end(), spans)
            cursor = match.end()
        _append_trimmed(text, cursor, line_end, spans)
    return spans


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE_CHARS:  # not a sentence: cut it, so no later stage sees one huge span
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        _append_trimmed(text, start, cut, spans)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        spans.append((start, end))


def bounded_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with any longer than ``MAX_SENTENCE_CHARS`` cut at spaces (for splitters other than these rules)."""
    if all(end - start <= MAX_SENTENCE_CHARS for start, end in spans):
        return spans
    out: list[tuple[int, int]] = []
    for start, end in spans:
        _append_trimmed(text, start, end, out)
    return out
