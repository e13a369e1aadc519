"""Lines a page's layout tells, more than their own words: a photo's caption over the line of its credit, and
the links a bare "Read more:" heads; and a line that is a sentence without its full stop (a live page's key
points), which no layout makes a subhead; a headline that ends in a full stop, as archives store them.

Each test reads a line with its neighbours (the lines above and below it, the blank lines between them);
``cleaning`` sets the lines found aside when no rule of their own words does.
"""

from __future__ import annotations

import re
import unicodedata

from mediadiff.corpus.datelines import read_dateline
from mediadiff.corpus.furniture import credit_line, has_caption_shape, is_byline, is_date_label, is_furniture
from mediadiff.corpus.lines import (
    Line,
    ends_in_quoted_question,
    is_capitals,
    is_final,
    is_heading,
    is_punctuated,
    is_title_case,
)
from mediadiff.corpus.params import (
    DATELINE_LABELS,
    LINK_LEAD_INS,
    LONG_HEADLINE_MAX_CHARS,
    LONG_HEADLINE_MAX_WORDS,
    SENTENCE_LINE_MIN_WORDS,
    SLUG_MIN_CHARS,
)
from mediadiff.corpus.segment import split_sentences
from mediadiff.corpus.wordtables import table_row

# Finite auxiliaries and modals (closed classes): a clause's verb wherever they stand.
_FINITE = frozenset("am is are was were has have had do does did will would shall should can could may might must "
                    "isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't won't wouldn't can't "
                    "couldn't shouldn't".split())
# Before these a verb's form is no finite verb ("to enter", "the attacks", "a targeted strike").
_NOT_BEFORE_A_VERB = frozenset("to the a an his her their its our my your this that these those".split())
# A headline's label before a colon ("Opinion: ...", "Analysis: ...", "Live: ..."): the labels pages print.
_LABELS = frozenset(label.lower() for label in DATELINE_LABELS)


def _blank_between(raw: str, first: Line, second: Line) -> bool:
    return raw.count("\n", first.end, second.start) >= 2


def captions_over_credits(raw: str, lines: list[Line]) -> set[int]:
    """Positions of the lines that are a photo's caption because a line that is only its credit stands right
    under them ("Protesters gather in Lima on Tuesday." over "Photo: AP") and they read as a caption
    (``furniture.has_caption_shape``). The first line is the headline's place, never a caption.

    A caption opens its own block: where blank lines part the paragraphs, a line glued under a body line ends
    that paragraph. Over a credit without a label ("Jane Doe/Reuters") the caption must also touch it, as a
    page's figure is copied, in a text with blank lines: a credit standing alone between blank lines, as
    HuffPost's do in PolNeAR, belongs as often to the caption under it. In a text without blank lines every line
    touches its neighbours: the caption over such a credit is its caption unless the line under the credit reads
    as a caption too, when the layout cannot tell which of the two the credit is for."""
    blocks = any(_blank_between(raw, a, b) for a, b in zip(lines, lines[1:]))
    found = set()
    for position in range(1, len(lines) - 1):
        kind = credit_line(lines[position + 1].text)
        line = lines[position]
        if kind is None or (blocks and not _blank_between(raw, lines[position - 1], line)):
            continue
        if kind == "bare" and blocks and _blank_between(raw, line, lines[position + 1]):
            continue
        if (kind == "bare" and not blocks and position + 2 < len(lines)
                and has_caption_shape(lines[position + 2].text)):
            continue  # the credit may be the caption's under it: keep the line above, body text is not lost
        if has_caption_shape(line.text):
            found.add(position)
    return found


def link_lines(lines: list[Line]) -> set[int]:
    """Positions of the lines that are links to other stories because a lead-in with nothing after it heads
    them ("Read more:", "Related:", "More on this story:", ``params.LINK_LEAD_INS``): the lines right under it
    written as headlines are (short, no sentence's end, opening in capitals or after a label: "Opinion:
    Riverdale's flood wall is a bad bet"); the first line written otherwise ends the links. A line of page
    furniture among them ("Related: How climate change ...") goes on with them."""
    found: set[int] = set()
    heading = False
    for position, line in enumerate(lines):
        if " ".join(line.text.lower().split()).rstrip(" :.»›>→") in LINK_LEAD_INS:
            heading = True
        elif heading and (is_furniture(line.text) or _reads_as_a_link(line.text)):
            found.add(position)
        else:
            heading = False
    return found


def _reads_as_a_link(text: str) -> bool:
    """A story's headline as a link gives it: short, no sentence's end, in Title Case or capitals, after a
    label ("Opinion: ...") or in sentence case, as Reuters, the Guardian and the Washington Post write headlines
    ("Italy declares state of emergency after deadly floods")."""
    label, colon, rest = text.partition(":")
    return is_heading(text) and (is_title_case(text) or is_capitals(text) or text[:1].isupper()
                                 or bool(colon) and label.strip().lower() in _LABELS and bool(rest.strip()))


def is_unstopped_sentence(text: str) -> bool:
    """A line in sentence case of at least ``SENTENCE_LINE_MIN_WORDS`` words with a finite verb: a sentence that
    lost its full stop (BBC's key points atop a live page: "The attacks targeted people queuing to flee the
    country after Taliban militants returned to power"), body text and no subhead. Title Case and capitals are
    how headings are written, and stay headings."""
    words = text.split()
    if len(words) < SENTENCE_LINE_MIN_WORDS or is_title_case(text) or is_capitals(text):
        return False
    low = [w.strip("\"'“”‘’,;:()").lower() for w in words]
    # "Last updated 15:48", "7 : 35 am": a date line's label and a clock's "am" are no clause's verb.
    return any(_finite_verb(word) and low[at - 1] not in _NOT_BEFORE_A_VERB and not is_date_label(word)
               and not (word == "am" and low[at - 1][-1:].isdigit())
               for at, word in enumerate(low) if at and words[at][:1].islower())


def _finite_verb(word: str) -> bool:
    """An auxiliary or modal, a regular past ("targeted", "returned": an -ed form of a known word), or a
    present a word has mainly as a verb ("says", "enter": WordNet gives it no more noun senses than verb senses,
    or none, and it has a regular past)."""
    if word in _FINITE:
        return True
    if not word.isalpha() or len(word) < 4:
        return False
    if word.endswith("ed"):
        stems = (word[:-2], word[:-1], word[:-3] if word[-3:-2] == word[-4:-3] else "")
        return any(len(stem) >= 3 and table_row("word_frequency.tsv", stem) for stem in stems)
    base = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    return _mainly_a_verb(base) or base != word and word.endswith("es") and _mainly_a_verb(word[:-2])


def _mainly_a_verb(word: str) -> bool:
    if len(word) < 3 or table_row("word_frequency.tsv", word) is None or word.endswith(("ing", "ly")):
        return False
    senses = table_row("noun_words.tsv", word)
    if senses is not None:
        return int(senses[1]) >= int(senses[0]) > 0 or int(senses[0]) == 0 and int(senses[1]) > 0
    past = word + "d" if word.endswith("e") else word + "ed"
    return table_row("word_frequency.tsv", past) is not None


def is_stopped_headline(line: Line, path: str) -> bool:
    """Whether a file's first line is its headline though it ends in a full stop, as PolNeAR's archive stores
    them ("Growing up American, only to learn you're not."; 439 of its 924 train and dev files had no title so,
    407 have one now):
    the file is named after it (the words of ``path``'s name after its last "_" open the line's words: a
    slug, "wash-post_2016-09-04_growing-up-american-only-to-lear.txt"), and it is one sentence of a headline's
    length ending in a full stop, apart from the text under it. A short lede ("From a distance, tax reform
    reflects ...") has the same shape: only the file's name tells a headline."""
    text = line.text
    if not line.apart or line.last or len(text) > LONG_HEADLINE_MAX_CHARS \
            or len(text.split()) > LONG_HEADLINE_MAX_WORDS:
        return False
    if not is_final(text) or not text.rstrip("\"'”’»)] ").endswith(".") or is_byline(text, opening=True):
        return False
    slug = _slug(path.replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[0].rsplit("_", 1)[-1])
    return len(slug) >= SLUG_MIN_CHARS and _slug(text).startswith(slug) and len(split_sentences(text)) == 1


def _slug(text: str) -> str:
    """The words in lower case without accents, joined by "-": how a file or a URL names a story."""
    plain = "".join(c if c.isalnum() else " " for c in unicodedata.normalize("NFKD", text.lower())
                    if not unicodedata.combining(c))  # "François" -> "francois", "Trump’s" -> "trump s"
    return "-".join(re.findall(r"[a-z0-9]*[a-z][a-z0-9]*", plain))  # numbers left out, as some slugs leave them


def is_long_headline(line: Line) -> bool:
    """Whether the file's opening line is a headline longer than a heading (``is_heading`` stops at
    ``HEADING_MAX_WORDS``): Daily Mail and NY Post write sentence-case headlines of 20 to 40 words ("Jury shown
    horrific moment innocent mother is shot dead shielding her child when she's caught up in gang attack"). Its
    length says nothing; what a headline has wherever it is long does: it opens the file (the caller asks only
    for the first text line), it ends in no punctuation (a paragraph ends in its full stop; "?" and "!" close
    quoted or rhetorical leads as often as headlines), a blank line sets it off from the text below, it is one
    sentence, and it opens as a title does, with a capital, a digit or a quote mark, not with a dateline
    ("WASHINGTON (AP) — ...": a lede that lost its full stop) or a byline (set aside before this test)."""
    text = line.text
    if not line.blank_below or line.last or len(text) > LONG_HEADLINE_MAX_CHARS \
            or len(text.split()) > LONG_HEADLINE_MAX_WORDS:
        return False
    if is_punctuated(text) or text.endswith(("?", "!", "？", "！")) or ends_in_quoted_question(text):
        return False
    if not (text[:1].isupper() or text[:1].isdigit() or text[:1] in "\"'“‘«"):
        return False
    return read_dateline(text) is None and len(split_sentences(text)) == 1


def headline_title(text: str) -> str:
    """A headline line as a title: without the one full stop archives end a headline with ("... Show Double-Digit
    Gaps in Republican Contest.", a ProQuest record's "Tax overhaul remains a distant goal."; PolNeAR's metadata
    titles have none). An abbreviation keeps its
    own ("... in the U.S.", "... King Jr."), and a quotation its mark inside the quote ("... ‘Reeks of Fear.’")."""
    words = text[:-1].split()
    if not text.endswith(".") or text.endswith("..") or not words:
        return text
    last = words[-1]
    keeps = len(last) == 1 or "." in last and not last.replace(".", "").isdigit() or last.lower() in _ABBREVIATED
    return text if keeps else text[:-1]


# Words written with a full stop of their own at a name's end ("Martin Luther King Jr.", "Apple Inc.").
_ABBREVIATED = frozenset("jr sr inc co corp ltd llc plc bros st mt ave blvd dept gov sen rep gen col capt".split())
