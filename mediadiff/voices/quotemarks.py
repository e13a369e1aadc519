"""Quotation marks in running text: which characters open and close a quote.

News writes quotes with curly or straight, double or single marks, runs a
quote over several paragraphs (each new paragraph re-opens it, only the last
closes it), and uses the same characters as apostrophes ("Mexico’s", "don't",
"the ’90s") and inch signs (5'11"). ``quote_spans`` reads the marks of a
sequence of paragraphs and returns the outermost quotes only; a quote nested
inside another belongs to it. Unbalanced marks never raise: a double quote
left open runs to the end of its paragraph (``closed`` is False), a single
mark left open is taken for an apostrophe. A "paragraph" of more sentences
than any news paragraph (``LONGEST_PARAGRAPH``) is a text that lost its
paragraph breaks (a file on one line): there only the body sentences' marks
count and a quote left open closes at the end of its sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import accumulate

from mediadiff.corpus.namewords import TITLE_CASE_SMALL
from mediadiff.voices.params import LONGEST_PARAGRAPH

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‹"
SINGLE_CLOSE = "’›"
_TWO_CHAR = re.compile(r"''|``")
ALL_MARKS = DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE + "\"'"
_MARK = re.compile("[" + re.escape(ALL_MARKS) + "]")


@dataclass(frozen=True)
class QuoteSpan:
    """A quotation: ``start``/``end`` bound its words (marks excluded),
    ``outer_start``/``outer_end`` include the marks; offsets into the text
    given to ``quote_spans``. ``closed`` is False when the closing mark is
    missing. ``paragraphs`` counts the paragraphs it runs over (1 or more)."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    double: bool
    closed: bool
    paragraphs: int = 1


def _is_letter(ch: str) -> bool:
    return ch.isalnum()


def _opens(text: str, i: int) -> bool:
    """A straight mark at ``i`` opens when it follows a space, the start or an
    opening bracket/dash and a non-space follows."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-/:;,") and not after.isspace()


def _closes(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not _is_letter(after)


def _marks(text: str, start: int, end: int) -> list[tuple[int, str, str]]:
    """(position, "open"|"close"|"either", "double"|"single") of candidate
    marks between ``start`` and ``end``; apostrophes and inch signs dropped."""
    found = []
    for mark in _MARK.finditer(text, start, end):  # only the marks: the rest of the text is never a candidate
        i = mark.start()
        ch = text[i]
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if ch in DOUBLE_OPEN:
            # an opening mark typed where a closing one belongs ("“It's unusual,“ said X") closes
            found.append((i, "close" if _closes(text, i) and not _opens(text, i) else "open", "double"))
        elif ch in DOUBLE_CLOSE:
            found.append((i, "close", "double"))
        elif ch == '"':
            if before.isdigit() and not _is_letter(after):
                continue  # 5'11": an inch sign
            opens, closes = _opens(text, i), _closes(text, i)
            found.append((i, "either" if opens == closes else ("open" if opens else "close"), "double"))
        elif _is_letter(before) and _is_letter(after):
            continue  # don't, Mexico’s, O'Malley
        elif ch in SINGLE_OPEN or ch in SINGLE_CLOSE or ch == "'":
            if after.isdigit() and not _is_letter(before):
                continue  # the ’90s
            opens, closes = _opens(text, i), _closes(text, i)
            if ch in SINGLE_OPEN:
                opens, closes = True, False
            elif ch in SINGLE_CLOSE:
                opens = opens and ch == "’" and _is_letter(after)
            if opens or closes:
                found.append((i, "open" if opens and not closes else "close" if closes and not opens
                              else "either", "single"))
    return found


def _paragraph_quotes(text: str, start: int, end: int,
                      pieces: Sequence[tuple[int, int]] = ()) -> list[list[int | bool]]:
    """Outermost quotes of one paragraph as [open_pos, close_pos or None, double]; only the marks
    within ``pieces`` ((start, end) spans, in order) when given."""
    quotes: list[list[int | bool]] = []
    current: list[int | bool] | None = None
    marks = [m for s, e in pieces for m in _marks(text, s, e)] if pieces else _marks(text, start, end)
    for pos, role, kind in marks:
        double = kind == "double"
        if current is None:
            if role in ("open", "either") and (double or role == "open" or _opens(text, pos)):
                current = [pos, None, double]
            continue
        if current[2] != double:
            continue  # a nested mark of the other kind belongs to the open quote
        if role == "open" and double and text[pos] in DOUBLE_OPEN:
            quotes.append(current)  # a new opening before a close: the first was never closed
            current = [pos, None, double]
        elif role in ("close", "either"):
            current[1] = pos
            quotes.append(current)
            current = None
    if current is not None and current[2]:
        quotes.append(current)  # an open double quote runs to the paragraph end
    return [q for q in quotes if q[1] is not None or q[2]]


# An HTML or XML tag left in the text (PolNeAR's `<tweet tweet-id="…">` for an embedded tweet): markup, not
# prose, so its quote marks quote nothing and its words are no reporting verb or source.
_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>\n]*)?/?>")


def without_markup(text: str) -> str:
    """``text`` with every HTML/XML tag blanked to spaces (offsets kept; the text between tags stays)."""
    if "<" not in text:
        return text
    return _TAG.sub(lambda m: " " * len(m.group(0)), text)


def _two_char_marks(text: str) -> str:
    """``text`` with the two-character double quotes of some wire copy and
    typesetting ('' and ``) written as one straight double quote and a space,
    offsets kept: the space goes outside the quote."""
    def one(m: re.Match) -> str:
        before = text[m.start() - 1] if m.start() else " "
        return ' "' if m.group(0) == "``" or before.isspace() or before in "([{—–-" else '" '
    return _TWO_CHAR.sub(one, text)


def quote_spans(text: str, paragraphs: Sequence[tuple[int, int]],
                sentences: Sequence[tuple[int, int]] = ()) -> tuple[QuoteSpan, ...]:
    """Outermost quotations in ``text`` over ``paragraphs`` ((start, end) pairs
    in reading order). A double quote left open at a paragraph end continues
    into the next paragraph when that one starts with an opening mark.
    ``sentences`` ((start, end) of the body sentences, in order) tell a paragraph of more than
    ``LONGEST_PARAGRAPH`` sentences, read sentence by sentence (see the module doc)."""
    text = _two_char_marks(without_markup(text))
    spans: list[QuoteSpan] = []
    carry: QuoteSpan | None = None
    sentence_starts = [s for s, _ in sentences]
    for p_start, p_end in paragraphs:
        lead = p_start
        while lead < p_end and text[lead].isspace():
            lead += 1
        pieces = sentences[bisect_left(sentence_starts, p_start):bisect_left(sentence_starts, p_end)]
        if len(pieces) <= LONGEST_PARAGRAPH:
            pieces = ()
        found = _paragraph_quotes(text, p_start, p_end, pieces)
        if pieces:
            # No paragraph to run to: a quote left open closes with its sentence (and never runs on into the next
            # paragraph), so a one-line file's unclosed marks quote a sentence each, not the rest of the file.
            if carry is not None:
                spans.append(carry)
                carry = None
            ends = [e for _, e in pieces]
            for open_pos, close_pos, double in found:
                stop = close_pos if close_pos is not None else \
                    _rstrip(text, open_pos + 1, ends[min(bisect_left(ends, open_pos + 1), len(ends) - 1)])
                if stop > open_pos + 1:
                    spans.append(QuoteSpan(open_pos + 1, stop, open_pos, stop + (close_pos is not None),
                                           bool(double), close_pos is not None))
            continue
        if carry is not None:
            if found and found[0][0] == lead and found[0][2]:
                first = found.pop(0)
                closed = first[1] is not None
                stop = first[1] if closed else _rstrip(text, lead, p_end)
                carry = QuoteSpan(carry.start, stop, carry.outer_start, stop + 1 if closed else p_end,
                                  True, closed, carry.paragraphs + 1)
                if closed:
                    spans.append(carry)
                    carry = None
                elif found:
                    spans.append(carry)
                    carry = None
            else:
                spans.append(carry)
                carry = None
        for i, (open_pos, close_pos, double) in enumerate(found):
            if close_pos is None:
                span = QuoteSpan(open_pos + 1, _rstrip(text, open_pos + 1, p_end), open_pos, p_end, True, False)
                if i == len(found) - 1:
                    carry = span
                else:
                    spans.append(span)
                continue
            if close_pos > open_pos + 1:
                spans.append(QuoteSpan(open_pos + 1, close_pos, open_pos, close_pos + 1, bool(double), True))
    if carry is not None:
        spans.append(carry)
    return tuple(s for s in spans if any(_is_letter(c) for c in text[s.start:s.end]))


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def starting_between(quotes: Sequence[QuoteSpan]) -> Callable[[int, int], list[QuoteSpan]]:
    """``lookup(start, end)``: the quotes whose words start in [start, end), in ``quotes``' order.

    A bisection over the starts: ``attribute`` asks this for every unit of text, and
    scanning every quote each time made long, quote-heavy articles quadratic."""
    order = sorted(range(len(quotes)), key=lambda i: quotes[i].start)
    starts = [quotes[i].start for i in order]

    def lookup(start: int, end: int) -> list[QuoteSpan]:
        return [quotes[i] for i in sorted(order[bisect_left(starts, start):bisect_left(starts, end)])]
    return lookup


def within_marks(quotes: Sequence[QuoteSpan]) -> Callable[[int], bool]:
    """``inside(offset)``: whether ``offset`` lies strictly between some quote's outer marks.

    The quotes opening before ``offset`` are a prefix of those sorted by opening mark; the
    furthest any of them reaches says whether one is still open there (no scan per offset)."""
    spans = sorted((q.outer_start, q.outer_end) for q in quotes)
    opens = [start for start, _ in spans]
    reach = list(accumulate((end for _, end in spans), max))

    def inside(offset: int) -> bool:
        before = bisect_left(opens, offset)
        return before > 0 and reach[before - 1] > offset
    return inside


def is_title(text: str) -> bool:
    """"Saturday Night Live", "Person of the Year": a title or a name, not words someone said."""
    if text.rstrip()[-1:] in {",", ".", "!", "?", ";", ":"}:
        return False  # a headline's quoted words in title case end like speech: "Trying To Heal,"
    # Words are read one at a time and the first that is not title case settles it: a long quote
    # (behind an unclosed mark, a whole article) is not split into words first.
    words = (match.group() for match in _WORD.finditer(text))
    first = next(words, None)
    return first is not None and first[:1].isupper() and all(
        w[:1].isupper() or w.lower() in TITLE_CASE_SMALL for w in words)


_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def mask_quoted(raw: str, quotes: tuple[QuoteSpan, ...]) -> str:
    """``raw`` with quoted words blanked to "~" (marks and offsets kept) and markup tags to spaces."""
    # Spans are merged first and each merged stretch blanked by one regex: quotes can nest or, behind
    # an unclosed mark, overlap over thousands of words, and blanking each span char by char was
    # quadratic (a 5 MB one-line article spent a minute here).
    pieces, done = [], 0
    for start, end in _merged((q.start, q.end) for q in quotes):
        start = max(start, done)
        if end <= start:
            continue
        pieces += [raw[done:start], _NOT_SPACE.sub("~", raw[start:end])]
        done = end
    pieces.append(raw[done:])
    return without_markup("".join(pieces))


_NOT_SPACE = re.compile(r"\S")


def _merged(spans) -> list[tuple[int, int]]:
    """Overlapping or touching (start, end) spans joined, in order."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]
