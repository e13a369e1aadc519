"""What one article adds to the facts it shares with another: the names and the words.

A reader of a comparison's summary wants to see who or what an outlet brings into a shared
fact and in which words it tells it. So names and words are listed apart:

- a name is a run of capitalised words, as written ("Kaitlan Collins", "Geneva", with its particles:
  "Juan Ramón de la Fuente", and an organisation's "of" or "for" after its head word: "Bureau of Labor
  Statistics", "Centers for Disease Control"); a
  sentence's first word counts only when the shared sentences capitalise it mid-sentence
  too. A name is added only when the other side names no part of it: "Joe Biden" adds
  nothing beside a counterpart's "Biden", so a first name is never listed as a word;
- a word is a content word the counterpart sentences lack (by stem, accents folded), less
  the most frequent words of English that WordNet does not read mostly as nouns ("makes",
  "said", "took", "really"): such words tell a reader nothing of how the fact is told.
  Frequent nouns ("war", "government") stay.

A word or name the row's own word alignment pairs with a word of the other side ("fell" beside the
row's "fell=dropped") is told in other words, not added. Words are shown as the article writes them
("Republican-controlled", "GOP-led", "Friday"), only a possessive left off; lower-casing and dropping
hyphens are for matching alone. A capital that only opens a sentence is the sentence's, not the word's,
when the word is written in lower case elsewhere in the two articles ("Trade" as "trade") or its form
says it is an ordinary word, as ``voices.capitals`` reads an opening capital (a gerund or participle, an
-ly adverb, a function word: "Speaking", "Additionally"); else the word is shown as written ("Analysts",
"Friday").
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Sequence
from functools import lru_cache
from itertools import chain

from mediadiff.align.lexicon import zipf
from mediadiff.align.params import SUMMARY_COMMON_ZIPF
from mediadiff.align.similarity import STOPWORDS, normalise_word, stem
from mediadiff.align.vectors import sentence_tokens
from mediadiff.corpus.dates import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS
from mediadiff.corpus.namewords import NAME_PARTICLES, ORGANISATION_JOINERS
from mediadiff.voices.names import ORG_HEADS, ROLE_WORDS, split_role
from mediadiff.voices.wordclass import function_words, is_closed_class, is_inflected_form, senses

__all__ = ["added_terms"]

# Runs of capitalised words joined by single spaces ("Joe Biden", "Kaitlan Collins's", "Ángel Merino"): a
# capital of the Latin alphabets, accented ones too (Latin-1 to Latin Extended-B, built once).
_CAPITAL = "[" + "".join(c for c in map(chr, range(0x250)) if c.isupper()) + "]"
# A particle joins the words around it ("Juan Ramón de la Fuente"), but not the two that are also common
# English words before a capital ("Why do Democrats", "Biden ten Republicans").
_PARTICLE = "(?:" + "|".join(sorted(NAME_PARTICLES - {"do", "ten"}, key=len, reverse=True)) + ") "
# Not inside a word: the look-behind stands after the run's first capital (no word character before it), so
# a search skips from capital to capital instead of trying the pattern at every character (same matches).
_CAPITALISED_RUN = re.compile(rf"{_CAPITAL}(?<![\w’'-].)[\w’'.-]*(?: (?:{_PARTICLE})*{_CAPITAL}[\w’'.-]*)*")
_POSSESSIVE = re.compile(r"[’']s?$")
_POSSESSIVE_END = re.compile(r"[’']s$")
_ROLES = ROLE_WORDS | {"u.s", "us"}
_INITIALISM = re.compile(r"(?:[A-Z]\.){2,}")  # "U.S."; "X." ends a sentence
_DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(MONTH_ABBREVIATIONS)
_SENTENCE_OPENERS = frozenset(".!?:;\"“‘'(")
# What lies between the two runs of one organisation's name: "Bureau| of |Labor Statistics", "of the".
_JOINED = re.compile(r" (?:" + "|".join(sorted(ORGANISATION_JOINERS)) + r")(?: the)? ")
_IN_NAMES = NAME_PARTICLES | ORGANISATION_JOINERS | {"the"}  # small words a name may hold, naming no one
# The pronoun "I", alone or contracted ("I'm", "I’ve"): capitalised by English spelling, it names no one.
_FIRST_PERSON = re.compile(r"I(?:[’'](?:m|ve|ll|d))?")


@lru_cache(maxsize=65536)
def folded(word: str) -> str:
    """A word's stem with accents folded: "Ramón" and "Ramon" are one word to a reader."""
    return stem(unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode("ascii") or word)


@lru_cache(maxsize=65536)
def _content_word(word: str) -> tuple[str, str] | None:
    """(normalised word, accent-folded stem) of a content word that says something on its own;
    None for a stopword, number, short word or a frequent non-noun ("makes", "said")."""
    norm = normalise_word(word)
    if norm in STOPWORDS or word[:1].isdigit() or len(word) <= 2:
        return None
    if zipf(norm) >= SUMMARY_COMMON_ZIPF:
        counts = senses(norm)
        if counts is None or counts[0] < max(counts[1], counts[2]):
            return None
    return norm, folded(word)


def _names(texts: Sequence[str]) -> list[tuple[str, list[str], int]]:
    """(name as written, its words, index of its text) for every capitalised run of ``texts``, in order,
    split at a possessive ("CNN's Kaitlan Collins": CNN, Kaitlan Collins); two runs joined by "of" or
    "for" after an organisation's head are one name ("Bureau of Labor Statistics"). A sentence's first
    word is a name's when another capitalised word follows it ("Joe Biden") or a text capitalises it
    mid-sentence; never a stop word ("The")."""
    runs: list[tuple[list[str], bool, int]] = []  # (words, opens a sentence, text index)
    inside: set[str] = set()
    for index, text in enumerate(texts):
        end = -1  # where this text's last run ended
        for match in _CAPITALISED_RUN.finditer(text):
            words = match.group().split()
            if end >= 0 and _JOINED.fullmatch(text, end, match.start()) and _heads_organisation(runs[-1][0]):
                runs[-1][0].extend(text[end:match.start()].split() + words)
                inside.update(words)
                end = match.end()
                continue
            at = match.start() - 1  # the last character before the run that is not a space
            while at >= 0 and text[at].isspace():
                at -= 1
            opens = at < 0 or text[at] in _SENTENCE_OPENERS
            runs.append((words, opens, index))
            inside.update(words[1:] if opens else words)
            end = match.end()
    names = []
    for words, opens, index in runs:
        if normalise_word(words[0]) in STOPWORDS or (opens and len(words) == 1 and words[0] not in inside) or (
                opens and is_closed_class(normalise_word(words[0]))):
            # "The White House", "As", "Officials said", "Although Smith": a capital that opens a sentence
            words = words[1:]
        part: list[str] = []
        for word in words:
            bare = _POSSESSIVE.sub("", word) if word[-2:] in ("'s", "’s") or word[-1:] in "'’" else word
            bare = bare.rstrip(".") if not _INITIALISM.fullmatch(bare) else bare
            if bare.lower() in _DATE_WORDS or (bare.rpartition("-")[2][:1].islower() and bare not in _IN_NAMES) or (
                    _FIRST_PERSON.fullmatch(word) and not part):
                # "CNN Thursday", "Senate-passed", "So I": a date, a description or the pronoun "I" is no part of
                # a name ("I" after a capitalised word is a number: "World War I", "Elizabeth I")
                names.append((part, index))
                part = []
                continue
            part.append(bare)
            if bare != word.rstrip("."):  # a possessive closes a name
                names.append((part, index))
                part = []
        if part:
            names.append((part, index))
    out = []
    for part, index in names:
        part = _without_trailing_particles(part)
        if part and not all(w.lower().strip(".") in _ROLES for w in part):  # "U.S. Secretary": an office
            _, name = split_role(" ".join(part))  # "Secretary Rubio" names Rubio
            out.append((name, name.split(), index))
    return out


def _heads_organisation(words: Sequence[str]) -> bool:
    """Whether a run of capitals ends with an organisation's head written as a word ("Bureau",
    "Department"; "Centers" when it is the run's only word), so an "of" or "for" after it goes on with
    its name. Not an acronym ("ABC for Oscar") nor a plural surname ("Jim Banks of Indiana")."""
    last = words[-1].rstrip(".")
    low = last.lower()
    if not last[1:].islower():
        return False
    return low in ORG_HEADS or (len(words) == 1 and low.endswith("s") and low[:-1] in ORG_HEADS)


def _without_trailing_particles(part: list[str]) -> list[str]:
    """A name cut after a particle ("Ford van" of "a Ford van Tuesday") ends at its last capitalised word."""
    end = len(part)
    while end and part[end - 1] in _IN_NAMES:
        end -= 1
    return part[:end]


def added_terms(own_texts: Sequence[str], other_texts: Sequence[str], *, paired: Sequence[Collection[str]] = (),
                written_lower: Collection[str] | None = None) -> tuple[list[str], list[str]]:
    """(names, words) of this article's shared sentences that none of the other article's shared
    sentences contain, each by how often it occurs (ties in order of first use), words as written.

    ``paired[i]``, when given, holds the words of ``own_texts[i]`` (as written) that its row's word
    alignment pairs with a word of the other side ("fell" of "fell=dropped"): told in other words, not
    added. ``written_lower``: the words the articles write in lower case, the evidence that a capital opening
    a sentence is the sentence's; those of the texts given must be among them (``compare`` reads the two
    articles' once for both summaries); ``None``: the texts' own."""
    theirs = set(map(folded, set(chain.from_iterable(map(sentence_tokens, other_texts)))))
    # A sentence the other side has word for word adds nothing (its words are all theirs).
    theirs_as_written = set(other_texts)
    rows = [(text, {folded(word) for word in (paired[i] if i < len(paired) else ())})
            for i, text in enumerate(own_texts) if text not in theirs_as_written]
    names: Counter[str] = Counter()
    in_names: set[str] = set()
    for name, words, row in _names([text for text, _ in rows]):
        keys = {folded(normalise_word(w)) for w in words if w not in _IN_NAMES}  # "de" names no one
        in_names |= keys | {folded(normalise_word(w)) for w in words}  # "van" of "van Gogh" is no added word
        if not keys & theirs and not keys & rows[row][1]:  # "Joe Biden" beside "Biden" adds no one
            names[name] += 1
    counts: Counter[str] = Counter()  # by accent-folded stem, in order of first use
    written: dict[str, Counter[str]] = {}  # the forms a stem is written in mid-sentence
    opening: dict[str, str] = {}  # the first form of a stem written where a sentence opens
    for text, pairs in rows:
        if theirs.issuperset(map(folded, sentence_tokens(text))):
            continue  # the other side has every word (a kept row written with other quote marks): none added
        for word, opens in _words_and_openings(text):
            content = _content_word(word)
            if content is None or content[1] in theirs or content[1] in in_names or content[1] in pairs or (
                    "-" in word and all(folded(part) in theirs or folded(part) in pairs for part in word.split("-"))):
                continue  # "tax-dodging" beside "tax avoidance" with "avoidance=dodging": each part is told
            key, shown = content[1], _POSSESSIVE_END.sub("", word)
            counts[key] += 1
            if opens:
                opening.setdefault(key, shown)
            else:
                written.setdefault(key, Counter())[shown] += 1
    ranked = [n for n, _ in names.most_common()]
    # "Sheinbaum" beside "Claudia Sheinbaum": one person, named once (one set of the words of the
    # longer names, not a search of every name for every name: a long article names thousands)
    in_longer_names = {word for name in ranked if " " in name for word in name.split()}
    ranked = [n for n in ranked if " " in n or n not in in_longer_names]
    lower = written_lower
    if lower is None:  # read only when some word is written only where a sentence opens
        lower = {w for text in chain(own_texts, other_texts) for w in sentence_tokens(text)
                 if w.islower()} if opening.keys() - written.keys() else set()
    return ranked, [written[key].most_common(1)[0][0] if key in written else _opening_shown(opening[key], lower)
                    for key, _ in counts.most_common()]


def _opening_shown(word: str, written_lower: Collection[str]) -> str:
    """A word written only where a sentence opens, as a reader should see it: in lower case when the
    capital is the sentence's (the word is written in lower case elsewhere, or is an inflected form or a
    function word), else as written (a day, a month, "Analysts" with no other evidence)."""
    low = word.lower()
    if not word[1:] == low[1:] or low in _DATE_WORDS:
        return word  # "GOP-led", "McCain": capitals inside the word are its own
    if low in written_lower or is_inflected_form(low) or low in function_words():
        return low
    return word


def _words_and_openings(text: str) -> list[tuple[str, bool]]:
    """The words of ``text`` as written (``sentence_tokens``), each with whether it opens a sentence (no
    character but a space before it, or one that ends a sentence or opens a quote)."""
    out = []
    position = 0
    for word in sentence_tokens(text):
        at = text.find(word, position)
        if at < 0:  # not written as read (a typographic quote the reading straightened): not an opening
            out.append((word, False))
            continue
        before = at - 1
        while before >= 0 and text[before].isspace():
            before -= 1
        out.append((word, before < 0 or text[before] in _SENTENCE_OPENERS))
        position = at + len(word)
    return out
