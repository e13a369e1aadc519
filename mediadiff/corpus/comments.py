"""Reader comments: the thread after a comments header ("Comments (3)"), as authors and their text.

A thread pasted from a page writes each comment as an author line over its text ("bob_1962 · 2h ago" over
"Powell is a disaster."), or on one line, the author's name before a colon ("jdoe42: Waste of money.",
"Sandy_B wrote: Who is going to pay?"): an author of several words is a capitalised name, so "Bottom line: he
must go." goes on with the comment before it. The thread's controls ("Reply · 12 likes"), the comments' dates and
page furniture belong to no comment and are set aside; lines that fit no comment are handed back, so the
caller keeps them as body rather than lose them. WordPress heads a comment with its author and "says:" over its
date ("Bob Smith says:" over "March 3, 2020 at 4:12 pm", or on one line): that opens a thread where the page
printed no comments header (``comment_head``), and the date is set aside, no part of the comment's text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from mediadiff.corpus.furniture import UNCOUNTED, comment_author, date_line, is_comment_control, is_furniture
from mediadiff.corpus.lines import Line, is_punctuated
from mediadiff.corpus.namewords import NAME_PARTICLES
from mediadiff.corpus.params import COMMENT_AUTHOR_MAX_WORDS, NOT_COMMENT_AUTHORS
from mediadiff.models import Comment, Removed

# "jdoe42: Waste of money.", "Sandy_B wrote: ...", "Jane Doe says: ...": a name of a few tokens (a handle or a
# person's name: letters, digits, "_", "@", "." of an initial), the verb a thread prints, a colon, the text.
_INLINE = re.compile(rf"(?P<name>[\w@][\w@.'’-]*(?: [\w@][\w@.'’-]*){{0,{COMMENT_AUTHOR_MAX_WORDS - 1}}}?)"
                     r"(?: (?:wrote|writes|says|said))?: +(?P<text>\S.*)")


# WordPress heads each comment with its author and "says:" over the date and time it was posted ("Bob Smith says:"
# over "March 3, 2020 at 4:12 pm"), or both on one line. No sentence of a story ends in "says:" with a bare date
# after it, so the pair opens a thread where the page printed no comments header.
_SAYS_HEAD = re.compile(r"(?P<name>\S.*?\s(?:says|writes))\s*:\s*(?P<date>.*)$", re.IGNORECASE)


def comment_head(lines: list[Line], position: int) -> int | None:
    """``UNCOUNTED`` where the line at ``position`` opens a WordPress comment (a reader's name and "says:" over
    a date line, or with the date after the colon), else ``None``: a thread with no comments header."""
    match = _SAYS_HEAD.match(lines[position].text) if len(lines[position].text) < 200 else None
    if match is None or not _is_author(match["name"] + ":") or not _names_a_reader(comment_author(
            match["name"] + ":").split()):
        return None
    date = match["date"] or (lines[position + 1].text if position + 1 < len(lines) else "")
    return UNCOUNTED if date_line(date) else None


def read_thread(lines: list[Line], expected: int, removed: list[Removed]) -> tuple[list[Comment], list[Line]]:
    """The comments of the thread after a comments header announcing ``expected`` comments, and the lines
    after it that are no comment."""
    kept = []
    for line in lines:
        head = _SAYS_HEAD.match(line.text)
        if head and head["date"] and date_line(head["date"]):  # "Bob Smith says: March 3, 2020 at 4:12 pm"
            colon = line.start + head.start("date")
            removed.append(Removed(head["date"], "timestamp", colon, line.end))
            line = replace(line, text=line.text[:line.text.index(":", head.end("name")) + 1],
                           end=line.start + line.text.index(":", head.end("name")) + 1)
        if is_comment_control(line.text):
            removed.append(Removed(line.text, "comment-control", line.start, line.end))
        elif date_line(line.text) is not None:  # "June 12, 2024 at 3:45 pm"
            removed.append(Removed(line.text, "timestamp", line.start, line.end))
        elif is_furniture(line.text):  # "Leave a Reply": the form under the thread
            removed.append(Removed(line.text, "page-furniture", line.start, line.end))
        else:
            kept.append(line)
    return _parse_comments(kept, expected)


# A name that ends in an initial ("Laura B.", "Mike T."): threads print a reader's first name and initial.
_INITIAL_END = re.compile(r"(?<=\S )[A-Z]\.$")


def _is_author(text: str) -> bool:
    """A comment's author line: at most four words and no sentence punctuation, once its "says:" is gone; the
    full stop of a final initial ("Laura B.") is the name's, not a sentence's."""
    name = comment_author(text)
    return len(name.split()) <= COMMENT_AUTHOR_MAX_WORDS and not is_punctuated(_INITIAL_END.sub("", name))


def _inline(text: str) -> re.Match[str] | None:
    """The author and text of a comment written on one line ("jdoe42: Waste of money."), else ``None``.
    A label is no author ("Update: the council met again.", "Editor's note: ...")."""
    match = _INLINE.match(text) if len(text) > 3 else None
    if match is None or match["name"].lower().rstrip(".") in NOT_COMMENT_AUTHORS:
        return None
    # An author of several words is a person's name, every word capitalised ("Jane Doe says:"); one token may
    # be a handle ("jdoe42:"). "Bottom line: he must go." goes on with the comment it stands in.
    return match if _names_a_reader(match["name"].split()) else None


def _names_a_reader(words: list[str]) -> bool:
    """One token (a handle: "jdoe42"), or a person's name, every word capitalised ("Jane Doe", "Mary de Souza")."""
    return len(words) == 1 or all(w[:1].isupper() or w[:1].isdigit() or w.lower() in NAME_PARTICLES for w in words)


def _opens_comment(text: str) -> bool:
    return _inline(text) is not None or _is_author(text)


def _parse_comments(lines: list[Line], expected: int) -> tuple[list[Comment], list[Line]]:
    """Read the comments: each opens with its author, on a line of its own or before a colon, and runs to the
    next author (or, once ``expected`` comments are read, to the end)."""
    comments: list[Comment] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        inline = _inline(line.text)
        if inline is not None:
            author, texts, start, end = inline["name"], [inline["text"]], line.start + inline.start("text"), line.end
            index += 1
        elif _is_author(line.text) and index + 1 < len(lines):
            first = lines[index + 1]
            author, texts, start, end = comment_author(line.text), [first.text], first.start, first.end
            index += 2
        else:
            break
        while index < len(lines) and not (_opens_comment(lines[index].text) and len(comments) + 1 < expected):
            texts.append(lines[index].text)
            end = lines[index].end
            index += 1
        comments.append(Comment(author=author, text=" ".join(texts), start=start, end=end))
    return comments, lines[index:]
