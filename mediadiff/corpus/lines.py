"""The text lines of a file as a copy editor reads them: paragraphs, not the breaks a mail program or a PDF made.

A news file puts one paragraph on a line, with or without blank lines between paragraphs. Text e-mailed
from a wire or pasted from a PDF is hard-wrapped instead: a paragraph runs over several lines, broken
mid-sentence. ``unwrap`` joins those lines before any line rule runs, by two rules a copy editor would
state: a line that does not end a sentence continues on the next line when that line opens with a
lower-case word ("... along\\nthe Miami River."), or, in a file wrapped at a width, when the next line's
first word would not have fitted on it. A joined paragraph is written with one space where each line break
was (and none inside a word a hyphen split), and the spaces saved pad its end, before its line break: the text
keeps its length, so offsets into the file hold up to that paragraph, and no run of spaces is left inside it.

``is_heading`` and ``is_title_case_headline`` tell a headline's or a subhead's shape. ``text_lines`` then gives
each line's place, which tells a subhead from a body sentence that lost its final
full stop (``is_subhead``): a subhead heads the text below it, so it is never the file's last line, and it
stands apart from the paragraphs (blank lines on both sides), is written in Title Case or capitals, or is a
phrase of a few words. ``is_final`` reads closing quotes and brackets after ``. ? !`` as the sentence's end
('He asked the crowd, "Can she stay? Can she stay?"').
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from mediadiff.corpus.exports import is_export_label, record_lines
from mediadiff.corpus.furniture import date_line
from mediadiff.corpus.namewords import TITLE_CASE_SMALL
from mediadiff.corpus.params import (
    CHARS_PER_WORD_HAN_KANA,
    CHARS_PER_WORD_THAI_LIKE,
    DECK_MAX_WORDS,
    HEADING_MAX_CHARS,
    HEADING_MAX_WORDS,
    SUBHEAD_PHRASE_MAX_WORDS,
    SUBHEADS_WARNING_MIN,
    SUBHEADS_WARNING_SHARE,
    WRAP_FIT,
    WRAP_LOWER_SHARE,
    WRAP_MAX_WIDTH,
    WRAP_MIN_FULL_LINES,
)
from mediadiff.corpus.scripts import unspaced_characters
from mediadiff.corpus.wordtables import table_row
from mediadiff.models import Removed

# A sentence's end: . ! ? (and the CJK, Devanagari and Arabic-script marks) with any closing quotes or brackets,
# also spaced as tokenised text writes them ("... coward . ''").
_SENTENCE_END = re.compile(r"[.!?…。！？．।॥؟۔](?:\s?['\"”’»)\]」』）])*$")
# Punctuation that ends a line of prose: a sentence's end, or a clause's (, ; :) that continues below.
_PUNCTUATED = re.compile(r"[.!:;,。！？．，；：।॥؟۔](?:\s?['\"”’»)\]」』）])*$")
_CLOSERS = "'\"”’»)]」』）"
_WORDS = re.compile(r"[^\W\d_][\w'’.-]*")
# A word split over two lines by a hyphen: letters and the hyphen (or a soft hyphen) end the line, letters open
# the next; group 1 is the first part ("the" of "state-of-the-"), the second part's letters are group 1 of the
# second pattern, which takes the rest of that token too ("ernment," of "gov-" over "ernment, officials said").
_SPLIT_WORD_END = re.compile(r"([^\W\d_]+)[-\u2010\u00ad]$")
_SPLIT_WORD_START = re.compile(r"([^\W\d_]+)\S*")
_SUSPENDED_BEFORE = frozenset(("and", "or", "to", "nor"))
# Prefixes a hyphen may join to a word ("re-sign", "co-worker", "non-white"): AP's and Chicago's lists' commonest.
_PREFIXES = frozenset("re co pre non anti post pro semi".split())
# The marks that open a list's items ("- ", "* " as typed; "•" as pasted). An en or em dash is no bullet: it frames
# AFP's subheads ("– Old hands –") and opens a quotation's source ("— Sen. Tom Cotton, in a tweet").
_BULLETS = ("- ", "* ", "• ", "● ", "▪ ", "◦ ", "‣ ")


@dataclass(frozen=True)
class Line:
    """One text line of a file (white space trimmed), with offsets into the file.

    ``apart``: a blank line directly above or below it (``blank_below``: below it). ``last``: no text line follows it.
    ``deck_below``: it is the file's first line, ends in ";" and the next line is its deck (``has_deck``).
    ``listed``: it is an item of a list (``list_items``), body text whatever its length or case.
    ``label_below``: the next text line is an archive export's label ("ABSTRACT.", ``exports``) or, under a line
    of a headline's length, a date stamp ("Posted on December 23, 2012, 4:42 PM EDT", ``furniture.date_line``).
    ``field``: a field of an archive's record ("Subject: Climate change", ``exports.record_lines``)."""

    text: str
    start: int
    end: int
    apart: bool = False
    last: bool = False
    deck_below: bool = False
    listed: bool = False
    label_below: bool = False
    field: bool = False
    blank_below: bool = False


def is_final(text: str) -> bool:
    """Whether ``text`` ends a sentence: ". ! ?" (or a script's own marks) with any closing quotes or brackets."""
    return bool(_SENTENCE_END.search(text[-20:]))  # the closing marks are few: the line's tail is enough


def is_punctuated(text: str) -> bool:
    """Whether ``text`` ends in punctuation (". ! , ; :" or a script's own, with any closing quotes): no heading
    and no name does."""
    return bool(_PUNCTUATED.search(text[-20:]))


def ends_in_quoted_question(text: str) -> bool:
    """'... "Can she stay?"': a question closed by a quote mark or bracket is a quoted question, not a heading."""
    stripped = text.rstrip(_CLOSERS + " ")
    return stripped != text and stripped.endswith(("?", "？", "!", "！"))

def word_count(text: str) -> float:
    """Words in ``text``; for Chinese, Japanese, Thai and similar scripts, estimated from the characters."""
    spaced = len(text.split())
    if text.isascii():
        return spaced
    han_kana, southeast_asian = unspaced_characters(text)
    if not (han_kana or southeast_asian):
        return spaced
    return spaced + han_kana / CHARS_PER_WORD_HAN_KANA + southeast_asian / CHARS_PER_WORD_THAI_LIKE


_HEADLINE_LETTERS = re.compile(r"[^\W\d_]+")
_SENTENCE_INSIDE = re.compile(r"[.!?]['\"”’)]*\s+\S")


def is_heading(text: str) -> bool:
    """A short line without sentence-final punctuation: a headline or subhead."""
    if len(text) > HEADING_MAX_CHARS:  # one 500 KB "word" is not a headline
        return False
    words = word_count(text)
    if not words or words > HEADING_MAX_WORDS or is_punctuated(text) or ends_in_quoted_question(text):
        return False
    if text.endswith(("?", "？")):
        return words <= HEADING_MAX_WORDS // 2
    return True


def is_title_case_headline(text: str) -> bool:
    """One short sentence ending in a full stop (or "!") with every word of four letters or more capitalised:
    a headline as some archives store them ("New Polls Show Double-Digit Gaps in Republican Contest.",
    a third of PolNeAR's 924 articles open so); body sentences are not written in Title Case."""
    core = text.rstrip(_CLOSERS)  # the full stop may sit inside a closing quote: "... Trump ‘Reeks of Fear.’"
    if not core.endswith((".", "!")) or len(text) > HEADING_MAX_CHARS or word_count(text) > HEADING_MAX_WORDS:
        return False
    if _SENTENCE_INSIDE.search(core[:-1]):  # "Polls close. Count begins." is two sentences of a lede
        return False
    long_words = [w for w in _HEADLINE_LETTERS.findall(text) if len(w) >= 4]
    return len(long_words) >= 3 and all(w[0].isupper() for w in long_words)


def _raw_lines(raw: str) -> list[tuple[int, int]]:
    """(start, end) of every line of ``raw``, blank ones included, white space trimmed (a blank line is empty)."""
    spans = []
    offset = 0
    for piece in raw.split("\n"):
        right = len(piece.rstrip())
        left = min(len(piece) - len(piece.lstrip()), right)
        spans.append((offset + left, offset + right))
        offset += len(piece) + 1
    return spans


def _first_word(text: str) -> str:
    return text.split(maxsplit=1)[0] if text else ""


def _opens_in_lower_case(text: str) -> bool:
    """The line opens with a lower-case word: a sentence running on ("the Miami River."), not "iPhone" or "eBay"."""
    word = _first_word(text)
    return bool(word) and word[0].islower() and not any(ch.isupper() for ch in word[1:])


def wrap_width(texts: list[str]) -> int | None:
    """The width a file was hard-wrapped at (its longest line), or ``None`` when it was not wrapped.

    Wrapped text has no line longer than the width; of its lines that stop mid-sentence, at least
    ``WRAP_MIN_FULL_LINES`` and half run to the width, and the lines after them often open in lower case
    (a sentence running on). A file of one paragraph per line has longer lines, and its lines that stop
    mid-sentence are short (headlines, bylines) or open the next in capitals (summary points)."""
    if not texts:
        return None
    width = max(len(text) for text in texts)
    if width > WRAP_MAX_WIDTH:
        return None
    after_mid = [following for text, following in zip(texts, texts[1:], strict=False) if not is_final(text)]
    full = sum(len(text) >= WRAP_FIT * width for text in texts[:-1] if not is_final(text))
    lower = sum(_opens_in_lower_case(text) for text in after_mid)
    wrapped = full >= max(WRAP_MIN_FULL_LINES, len(after_mid) / 2) and lower >= len(after_mid) * WRAP_LOWER_SHARE
    return width if wrapped else None


def unwrap(raw: str, *, stop: Callable[[str], bool] | None = None) -> tuple[str, int]:
    """``raw`` with the line breaks inside hard-wrapped paragraphs made single spaces (same length: each joined
    paragraph is padded at its end), and how many.

    A line runs on into the next when it does not end a sentence and the next would not have fitted on it
    (a file wrapped at a width), or opens in lower case after a line that is no heading in Title Case or
    capitals; a run joined only by lower case must end a sentence ("San Diego lineman arrested on suspicion
    of DUI" over "on Feb. 4, 2009" is a headline and its date line), or ends in a word split by a hyphen
    ("anti-" over "American"; rejoined as one word when it is one, ``_joint``). ``stop``: a test of a
    line's text (a comments header) from which on nothing is joined: a thread's author line and its comment are
    two lines by design."""
    spans = _raw_lines(raw)
    width = wrap_width([raw[start:end] for start, end in spans if end > start])
    # joins[i]: how line i runs on into line i + 1 ("width", "lower", "hyphen" or None)
    joins: list[str | None] = [None] * len(spans)
    for index, ((start, end), (next_start, next_end)) in enumerate(zip(spans, spans[1:], strict=False)):
        text, following = raw[start:end], raw[next_start:next_end]
        if not text or not following or is_final(text):
            continue
        if width is not None and len(text) + 1 + len(_first_word(following)) > width * WRAP_FIT:
            joins[index] = "width"
        elif _opens_in_lower_case(following) and not (is_title_case(text) or is_capitals(text)):
            joins[index] = "lower"  # a heading does not run on: "REPORT: RED SOX MAKE OFFER" over "on Tuesday ..."
        elif following[0].isalpha() and _SPLIT_WORD_END.search(text[-60:]):
            joins[index] = "hyphen"  # a word split by a hyphen runs on: "anti-" over "American voters ..."
    if not any(joins):  # most files: the stop test is not run on their lines
        return raw, 0
    if stop is not None:
        last = max(index for index, how in enumerate(joins) if how)
        header = next((index for index in range(last + 1) if stop(raw[spans[index][0]:spans[index][1]])), None)
        if header is not None:
            joins[header:] = [None] * (len(joins) - header)
    _drop_runs_without_an_end(joins, spans, raw)
    chars = list(raw)
    first = 0
    for index, how in enumerate(joins):
        if how:
            continue
        if index > first:  # lines first..index form one paragraph: written compact, padded at its end
            pieces = [raw[spans[first][0]:spans[first][1]]]  # a list, not a string rebuilt at each join; the
            tail = pieces[0][-60:]  # split word's test reads the paragraph's last 60 characters only
            for line in range(first + 1, index + 1):
                following = raw[spans[line][0]:spans[line][1]]
                cut, space = _joint(tail, following)
                pieces[-1] = pieces[-1][:len(pieces[-1]) - cut]
                pieces.append(space + following)
                tail = (tail[:len(tail) - cut] + space + following)[-60:]
            start, end = spans[first][0], spans[index][1]
            chars[start:end] = list("".join(pieces).ljust(end - start))
        first = index + 1
    return "".join(chars), sum(bool(how) for how in joins)


def _joint(text: str, following: str) -> tuple[int, str]:
    """How ``text`` runs on into the next line's ``following`` (the characters cut from its end, what goes
    between): a space, or a word split by a hyphen at the break rejoined. "gov-" over "ernment" reads
    "government" when that is a known word (the shipped word frequencies); a compound keeps its hyphen ("well-"
    over "known"), a suspended hyphen before "and", "or", "to" keeps its space ("pre- and post-war"), and a
    capital after it is a name's ("anti-" over "American"). A soft hyphen (U+00AD) only ever marks a break.
    After a prefix (``_PREFIXES``) the same holds: "re-" over "main" is "remain", "pro-" over "gram" "program"
    (a program's hyphenation, with no other split in the file to prove it, was kept as "re-main"); the cost is a
    word whose hyphen is its own and whose joined form is a word too ("re-sign" reads "resign", "co-worker"
    "coworker"), the lesser harm. A doubled vowel keeps the hyphen ("re-elect", "co-operate")."""
    split = _SPLIT_WORD_END.search(text[-60:])
    word = _SPLIT_WORD_START.match(following)
    if split is None or word is None or word[1].lower() in _SUSPENDED_BEFORE:
        return 0, " "
    part, rest = split[1].lower(), word[1]
    if split[0].endswith("\u00ad"):
        return 1, ""
    joined = rest[0].islower() and table_row("word_frequency.tsv", part + rest.lower()) is not None
    if joined and part in _PREFIXES and part[-1] == rest[0]:
        joined = False
    return int(joined), ""


def _drop_runs_without_an_end(joins: list[str | None], spans: list[tuple[int, int]], raw: str) -> None:
    """Undo the lower-case joins of every run of joined lines whose last line ends no sentence."""
    first = 0
    for index, how in enumerate(joins):
        if how:
            continue
        start, end = spans[index]
        if not is_final(raw[start:end]):
            for inside in range(first, index):
                if joins[inside] == "lower":
                    joins[inside] = None
        first = index + 1


def text_lines(raw: str) -> list[Line]:
    """The non-blank lines of ``raw`` with their place: set apart by a blank line, last, a deck below, listed."""
    spans = _raw_lines(raw)
    found = []
    tight = []  # no blank line between this text line and the one above it
    for index, (start, end) in enumerate(spans):
        if end == start:
            continue
        above = index > 0 and spans[index - 1][0] == spans[index - 1][1]
        below = index + 1 < len(spans) and spans[index + 1][0] == spans[index + 1][1]
        found.append(Line(raw[start:end], start, end, apart=above or below, blank_below=below))
        tight.append(not above)
    if found:
        found[-1] = replace(found[-1], last=True)
    if _has_deck(spans, raw):
        found[0] = replace(found[0], deck_below=True)
    items = list_items([line.text for line in found], tight)
    return record_lines([replace(line, listed=index in items, label_below=index + 1 < len(found)
                                 and _metadata_below(line.text, found[index + 1].text))
                         for index, line in enumerate(found)])


def _metadata_below(text: str, below: str) -> bool:
    """Whether ``below`` is metadata a headline stands over: an export's label, or a date stamp under a short line
    (a page prints its headline, then when it was posted; the headline may end in a full stop: "... in K. C.")."""
    return is_export_label(below) or word_count(text) <= HEADING_MAX_WORDS and date_line(below) is not None


def list_items(texts: list[str], tight: list[bool]) -> set[int]:
    """Positions of the lines (``texts``; ``tight``: no blank line above each) that are items of a list, as a
    copy editor marks them: a line opening with a bullet ("- ", "* ", "• "); the line after a lead-in, a line
    ending in a colon ("The bill includes:"), and, in a list without bullets, the lines glued under an item
    until one ends the sentence the lead-in opened ("... and a tax credit."). A line in capitals is a heading,
    never an item ("Here are their plans:" over "AUSTRALIA" heads a section). Page furniture heads no list: a
    lead-in is a sentence of three words or more that is no furniture ("Read more:", "Tags:", "Subscribe to our
    newsletter:" head links and labels), and bullets under a furniture line ("Most Popular") are its links."""
    from mediadiff.corpus.furniture import is_furniture  # furniture reads lines' neighbours: imported late

    items: set[int] = set()
    runs_on = False  # the line above is an item without a bullet that ends no sentence
    plain = ""  # the last line above that is no bullet: page furniture heads its links
    for index, text in enumerate(texts):
        bulleted = text.startswith(_BULLETS) and len(text) > 2
        above = texts[index - 1] if index else ""
        after_lead_in = above.rstrip(_CLOSERS + " ").endswith((":", "：")) and len(above.split()) >= 3 \
            and not is_furniture(above)
        listed = (bulleted and not is_furniture(plain) or after_lead_in or (runs_on and tight[index])) \
            and not is_capitals(text)
        if listed:
            items.add(index)
        runs_on = listed and not bulleted and not is_final(text)
        plain = plain if bulleted else text
    return items


def _has_deck(spans: list[tuple[int, int]], raw: str) -> bool:
    """The file opens with a headline and its deck, archive style ("Jobs report gives Democrats a lift;" over
    "Solid upturn ... could blunt Republican claims."): a first line ending in ";" (no paragraph ends so), the
    deck on the next line, and a blank line under the deck."""
    text = list(spans)
    while text and text[0][0] == text[0][1]:
        text.pop(0)
    if len(text) < 3:
        return False
    (h_start, h_end), (d_start, d_end), (after_start, after_end) = text[:3]
    return (raw[h_start:h_end].endswith(";") and d_end > d_start and after_start == after_end
            and len(raw[d_start:d_end].split()) <= DECK_MAX_WORDS)


def is_title_case(text: str) -> bool:
    """Every word but the small ones ("of", "and", "with") capitalised, at least two of them: a heading's case."""
    words = _WORDS.findall(text)
    major = [w for w in words if w.lower().strip(".") not in TITLE_CASE_SMALL or w is words[0]]
    return len(major) >= 2 and all(w[0].isupper() for w in major)


def is_capitals(text: str) -> bool:
    """Written in capitals ("THE WEEKEND'S POLLS", "BELGIUM"): at least two letters and none in lower case."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 2 and not any(ch.islower() for ch in letters)


def is_subhead(line: Line, words: float) -> bool:
    """Whether a short line without a sentence's end, of ``words`` words, heads the text below it.

    Title Case and capitals are how headings are written. A line in sentence case is a subhead when a blank
    line sets it apart from the text around it or it is a phrase of at most ``SUBHEAD_PHRASE_MAX_WORDS`` words
    ("The version from Mexico"), and never as the file's last line: nothing is below it, so it is a sentence
    that lost its full stop ("The mayor said the bridge would reopen next week, pending a state inspection")."""
    if is_title_case(line.text) or is_capitals(line.text):
        return True
    return not line.last and (line.apart or words <= SUBHEAD_PHRASE_MAX_WORDS)


def subheads_warning(path: str, removed: list[Removed], lines: int) -> tuple[str, ...]:
    """One line when many of a file's ``lines`` were set aside as subheads: a layout the line rules misread
    (text wrapped in a way ``unwrap`` did not see) would otherwise lose its sentences silently."""
    subheads = sum(r.reason == "subhead" for r in removed)
    if subheads < SUBHEADS_WARNING_MIN or subheads < lines * SUBHEADS_WARNING_SHARE:
        return ()
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    return (f"{name}: {subheads} of {lines} lines set aside as subheads (short lines without a full stop); "
            "`mediadiff show` lists them",)


# A style sheet's lines: a selector or an at-rule opening a block (".image-wrap img {", "@media screen and
# (max-width: 600px) {"), or one declaration ("text-align: left;", "width:100px;"). Prose ends no line so.
_STYLE_RULE = re.compile(r"[^{}]{1,200}\{|[a-z][a-z-]{1,40} ?: ?[^;:{}]{1,100};")


def is_style_rule(text: str) -> bool:
    """A line of a page's style sheet (CSS) pasted with the article's text, or a row of a table drawn with bars
    (Markdown's "| 1 | 2 |"): cells, not sentences."""
    return len(text) <= 300 and bool(_STYLE_RULE.fullmatch(text)) \
        or text.startswith("|") and text.endswith("|") and text.count("|") >= 3
