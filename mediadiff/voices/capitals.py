"""Capitalised runs of words, and which of their words name someone.

``NAME_RE`` finds runs of capitalised words ("Mexican President Claudia Sheinbaum", "Juan Ramón
de la Fuente"); ``trimmed_run`` cuts the words that open or close no name ("But", "of"). A word
opening a sentence is capitalised by its place, so its capital says nothing: ``opener_cut`` drops
it from the run ("Rival Hillary Clinton", "Injecting Clinton's", "Although Trump") when the article
gives evidence that it is an ordinary word (``CapitalEvidence``: written in lower case elsewhere,
never capitalised inside a sentence) or its form says so (a gerund, an -ly adverb, a function word). A modal
opening a question is its inverted auxiliary, never a first name ("Will Walmart keep growing?", "May Trump run?").
Rules and the shipped word lists only (``wordclass``); nothing here was fitted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from mediadiff.corpus.dates import MONTHS, WEEKDAYS
from mediadiff.corpus.grammar import DETERMINERS, SUBJECT_PRONOUNS
from mediadiff.corpus.wordtables import table_row
from mediadiff.voices.idioms import INVERTED_OPENERS
from mediadiff.voices.names import ORG_HEADS, ROLE_OR_ORG, ROLE_WORDS, SURNAME_HEADS
from mediadiff.voices.wordclass import (
    IRREGULAR_PASTS,
    MODALS,
    function_words,
    is_english_word,
    is_inflected_form,
    reads_as_verb,
    senses,
)

# Interjections and greetings (closed classes of English, listed here by hand): a heading "Cheers, Ms. Yellen"
# or "Thanks Sarah" opens a run with one, and it names nobody.
INTERJECTIONS = frozenset("""
cheers thanks thank hello hi hey wow oh sorry congratulations welcome goodbye bye alas hooray ugh whoa yeah yep nope
huh hmm aha oops greetings farewell please
""".split())
NOT_NAMES = DETERMINERS | SUBJECT_PRONOUNS | WEEKDAYS | frozenset(MONTHS) | frozenset("""
but and or if when while as in on at for from with by after before however meanwhile earlier later also then still
of to about like among under over into per mr mr. mrs mrs. ms ms. dr dr. yes no first second third
""".split()) | INTERJECTIONS
_CAP = r"(?:[A-Z][\w’'.\-]*|U\.S\.|UK|EU)"
_CONNECT = r"(?:of(?:[ \t]+the)?|for|de|la|del|da|van|von|and)"
NAME_RE = re.compile(rf"{_CAP}(?:[ \t]+(?:{_CONNECT}[ \t]+)*{_CAP})*")
_WORD_CHAR = re.compile(r"[\w’'\-]")
# Below this many characters, a word absent from the text is answered without reading its words into a
# set (one substring search is cheaper); above, the set is cheaper than a search per word. Speed only.
_SHORT_TEXT = 20000
_CLOSING = ".,;:!?\"'”’)]»"
_OPENING_MARKS = "\"'“‘([«"


# Time expressions are never part of a name ("CNN Tuesday", "Monday's Iowa", "Eastern Standard Time"): weekdays,
# months (those that are also first names, April, June, August, only beside a possessive: "Clinton's June";
# May never: "Theresa May"), time zones, and the words that open a time expression ("Super Tuesday",
# "Last September"). Closed classes of English; the zones as US and European news write them.
_NAME_MONTHS = frozenset("april june august".split())
_MONTHS = frozenset(MONTHS) - _NAME_MONTHS - {"may"}
_ZONES = frozenset("est edt cst cdt mst mdt pst pdt akst akdt hst gmt utc bst cet cest et pt ct mt a.m p.m am pm".split(
))
_ZONE_WORDS = frozenset("standard daylight mean".split())
_TIME_WORDS = WEEKDAYS | _MONTHS | _NAME_MONTHS | _ZONES | _ZONE_WORDS
_TIME_OPENERS = frozenset("""
super black cyber last early late next this that each every one since until by mid past on through eastern
central mountain pacific atlantic greenwich alaska hawaii
""".split())


def _time_at(tokens: list[str]) -> tuple[int, int] | None:
    """(first, last + 1) of the time expression among a run's ``tokens``, or ``None``."""
    low = [t.lower().rstrip(".,") for t in tokens]
    bare = [w[:-2] if w.endswith(("'s", "’s")) else w for w in low]
    for i, word in enumerate(bare):
        owned = i and low[i - 1].endswith(("'s", "’s"))
        if word in WEEKDAYS or word in _MONTHS or word in _ZONES and tokens[i].rstrip(".,").isupper() or (
                word in _NAME_MONTHS and (owned or low[i] != word)) or (
                word in _ZONE_WORDS and i + 1 < len(bare) and bare[i + 1] == "time"):
            first = i - 1 if i and bare[i - 1] in _TIME_OPENERS else i
            end = i + 2 if word in _ZONE_WORDS else i + 1
            while end < len(bare) and bare[end] in _ZONES and tokens[end].rstrip(".,").isupper():
                end += 1  # "AM EST"
            return first, end
    return None


def may_mark_time(token: str) -> bool:
    """Whether ``_time_at`` may find a time expression at ``token`` (a word of a run): every word it
    finds one at passes, and some it does not (a superset, for readers that skip runs: speed only)."""
    low = token.lower().rstrip(".,")
    return (low[:-2] if low.endswith(("'s", "’s")) else low) in _TIME_WORDS


# The words ``trimmed_run`` cuts from the end of a run ("the Bureau of"): they close no name.
NAME_TAIL_WORDS = frozenset({"of", "for", "de", "la", "the", "and", "on"})


@lru_cache(maxsize=65536)
def trimmed_run(phrase: str) -> tuple[int, str] | None:
    """A capitalised run with the words that open or close no name cut off: (characters cut at
    the start, the name), or ``None``; read once per distinct run (names recur). A time expression
    inside ends the name before it ("CNN Tuesday"), or opens the one after it ("Monday's Iowa")."""
    start = 0
    tokens = phrase.split()
    time = _time_at(tokens)
    if time is not None:
        if time[0] > 0:
            tokens = tokens[:time[0]]
        else:
            start = sum(len(t) + 1 for t in tokens[:time[1]])
            tokens = tokens[time[1]:]
    while tokens and tokens[0].lower() in NOT_NAMES:
        start += len(tokens[0]) + 1
        tokens = tokens[1:]
    while tokens and tokens[-1].lower() in NAME_TAIL_WORDS:
        tokens = tokens[:-1]
    if tokens and tokens[-1].endswith(".") and len(tokens[-1]) > 2 and "." not in tokens[-1][:-1]:
        tokens[-1] = tokens[-1][:-1]  # "the State Department." ends a sentence
    if not tokens or len(" ".join(tokens).strip(".")) < 2:
        return None
    return start, " ".join(tokens)


class CapitalEvidence:
    """What one article says about its words' capitals: ``capitalises``, whether it writes a word with a
    capital inside a sentence (after a lower-case word, a comma, a semicolon or a bracket and one space:
    read off the word's own occurrences, found by ``str.find``, when first asked), and ``writes_lower``,
    whether it writes a word in lower case. Most sentences never ask."""

    __slots__ = ("_text", "_capitalises", "_lower", "cuts")

    def __init__(self, text: str) -> None:
        self._text = text
        self._capitalises: dict[str, bool] = {}
        self._lower: frozenset[str] | None = None
        self.cuts: dict[str, int] = {}  # opener_cut's answers: a name opens many sentences

    def modifies(self, end: int, start: int) -> bool:
        """Whether a name ending at ``end`` modifies the name at ``start`` as the attributive of its role: only
        lower-case words ending with a noun of a role or of people stand between ("Trump campaign chairman Paul
        Manafort", "Clinton spokesman Brian Fallon"), after the first name's possessive and before an
        apposition's comma too ("Horton's mother, Denise Peace"); the sentence's subject is the second name."""
        gap = self._text[end:start].strip()
        owned = gap[:2] in ("'s", "’s")
        gap = gap[2:] if owned else gap
        words = (gap[:-1] if gap.endswith(",") else gap).split()
        return 0 < len(words) <= 3 and all(w.isalpha() and w.islower() for w in words) and (
            words[-1] in ROLE_OR_ORG or table_row("people_nouns.tsv", words[-1]) == ["person"]) and (
            owned or not any(map(_finite_or_past, words[:-1])))  # "Trump fired adviser Steve Bannon": a verb

    def capitalises(self, word: str) -> bool:
        """Whether the article writes ``word`` (or ``word``'s) capitalised inside a sentence."""
        if word not in self._capitalises:
            self._capitalises[word] = self._written_inside(word)
        return self._capitalises[word]

    def _written_inside(self, word: str) -> bool:
        text, at = self._text, -1
        while (at := text.find(word, at + 1)) >= 0:
            end = at + len(word)
            if end < len(text) and _WORD_CHAR.match(text, end) and not text.startswith(("'s", "’s"), end):
                continue  # inside a longer word ("Trumpism")
            if at < 2 or text[at - 1] != " ":
                continue
            before = text[at - 2]
            if before in ",;)%":
                return True
            if before.isalnum():  # the word before: lower-case (a capitalised one makes one name with this)
                start = text.rfind(" ", 0, at - 1) + 1
                if text[start:at - 1].lstrip("(“‘\"'[")[:1].islower():
                    return True
        return False

    def writes_lower(self, low: str) -> bool:
        """Whether the article writes ``low`` in lower case: one of its words (split at white space) is
        ``low``, with at most one opening mark before it ("(", "“") or one closing mark or punctuation
        after it (",", ".", "”"). The words are read once, when first asked."""
        if self._lower is None:
            if len(self._text) < _SHORT_TEXT and low not in self._text:
                return False  # not even a substring: no need to read the words (speed only)
            self._lower = frozenset(self._text.split())
        words = self._lower
        return low in words or any(low + mark in words for mark in _CLOSING) or any(
            mark + low in words for mark in _OPENING_MARKS)

    def ordinary(self, word: str) -> bool:
        """Whether ``word``, written with a capital, is an ordinary word here rather than a name: never
        capitalised inside a sentence, and written in lower case elsewhere or a gerund, an -ly adverb or
        a function word ("Get those jokes off", "Check out the trailer": a sentence's first word)."""
        low = word.lower()
        return word.isalpha() and (is_inflected_form(low) or low in function_words() or self.writes_lower(
            low)) and not self.capitalises(word)

    def verb_opening(self, word: str) -> bool:
        """Whether ``word`` is a verb opening an imperative ("Check out the trailer for “13th”"): a word
        never capitalised inside a sentence here that reads as a verb (``wordclass.reads_as_verb``) and
        is written in lower case elsewhere or has WordNet noun senses to weigh (names have neither)."""
        low = word.lower()
        return word.isalpha() and reads_as_verb(low) and (senses(low) is not None or self.writes_lower(
            low)) and not self.capitalises(word)


def _finite_or_past(low: str) -> bool:
    """Whether a lower-case word, no noun in WordNet, is a verb's past ("fired", "thanked", "endorsed") or
    third person present ("endorses") of a known word: such a word between two names is the first name's
    verb, never part of a noun phrase that names the second's role ("former", "longtime" are no such form); an
    irregular past too ("met", "told": ``IRREGULAR_PASTS``)."""
    if low in IRREGULAR_PASTS:
        return True
    if senses(low) is not None or len(low) < 5 or not reads_as_verb(low):
        return False
    if low.endswith("ed"):
        stem = low[:-2]
        return any(is_english_word(s) for s in (stem, stem + "e", stem[:-1] if stem[-1] == stem[-2] else ""))
    return low.endswith("s") and not low.endswith("ss") and (is_english_word(low[:-1]) or (
        low.endswith("es") and is_english_word(low[:-2])))


def _bare(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word


def opener_cut(name: str, evidence: CapitalEvidence) -> int:
    """Characters to cut from the start of ``name``, a capitalised run that opens its sentence: the
    length of its first word and the space after it when that word is no part of the name, else 0.

    The first word is kept when the article capitalises it inside a sentence ("Hillary"). It is cut
    when it is a gerund or an -ly adverb of a known word ("Injecting Clinton's", "Reportedly"), a
    function word ("What Mr. Trump", "During Tuesday"), or a word the article writes in lower case
    elsewhere, before a name it capitalises inside a sentence elsewhere, and the word either has no
    noun reading ("Although Trump", "Even China") or stands before two capitalised words or more
    ("Rival Hillary Clinton"; not "Bill Clinton": a noun and one word may be a first name and a
    surname; not "Federal Reserve" when only this run writes "Reserve").
    """
    first, _, rest = name.partition(" ")
    low = first.lower()
    if not rest or not first.isalpha() or low in ROLE_OR_ORG or len(first) > 1 and first.isupper():
        return 0  # a role or organisation word opens the role ("President Barack Obama"); "US" is an acronym
    if low in function_words() and low not in MODALS or low in INVERTED_OPENERS and not evidence.capitalises(first):
        return len(first) + 1  # "What Mr. Trump", "Said Ellis:" (a verb before its subject, ``idioms``)
    inflected, words = is_inflected_form(low), rest.split()
    if _descriptor(low, words[0]) and not evidence.capitalises(first):
        return len(first) + 1  # "Billionaire Donald Trump", "Rapper Kanye West": a common noun before a name
    if not inflected and senses(low) is not None and sum(w[:1].isupper() for w in words) < 2:
        return 0  # "Bill Clinton": checked first, as it needs no look at the text
    if not inflected and not evidence.writes_lower(low) or evidence.capitalises(first):
        return 0  # a name's first word ("Aaron") stops at the first test
    return len(first) + 1 if inflected or evidence.capitalises(_bare(words[0])) else 0


def _descriptor(low: str, following: str) -> bool:
    """Whether a sentence's first word ``low`` is a common noun describing the person named after it: a noun
    of a person (``data/people_nouns.tsv``) that is no first name, before a first name ("Billionaire Donald
    Trump"; not "Hunter Biden", a first name, nor "Marine Le Pen", before no first name)."""
    return table_row("people_nouns.tsv", low) == ["person"] and table_row("first_names.tsv", low) is None \
        and following.strip(".,").lower() not in ROLE_OR_ORG \
        and table_row("first_names.tsv", following.strip(".,").lower()) is not None  # "German Chancellor Merkel"


def sentence_names(text: str, base: int, evidence: CapitalEvidence | None = None,
                   opened: dict[int, int] | None = None) -> Iterable[tuple[str, int, int]]:
    """Names in a sentence ``text`` at ``base``; with ``evidence``, a word capitalised only by its place
    at the start of the sentence is left out of the name it opens (``opener_cut``), and ``opened`` maps
    where such a name starts to where its sentence does."""
    first = evidence is not None  # only the first run can open the sentence
    for m in NAME_RE.finditer(text):
        trimmed = trimmed_run(m.group(0))
        if first:
            first = False
            if is_dateline(text, m.start(), m.end()):
                continue
            if trimmed is not None and " " in trimmed[1]:
                trimmed = _without_opener(text, base, m.start(), trimmed, evidence, opened)
            elif trimmed is not None and m.start() + trimmed[0] == len(text) - len(text.lstrip(_OPENING)) \
                    and _modifier_noun(trimmed[1], text[m.end():m.end() + 40], evidence):
                continue  # "Union leaders met": no body named
            if trimmed is not None and opened is not None and trimmed[0]:
                _after_conjunction(text, base, m.start(), m.group(0)[:trimmed[0]], opened)
        if trimmed is not None:
            skip, name = trimmed
            yield name, base + m.start() + skip, base + m.start() + skip + len(name)


# Organisation heads that stand alone for one body without an article, as a collective or a proper name:
# "Police said", "Congress voted", "Senate leaders". Closed list, from ORG_HEADS.
_BARE_BODIES = frozenset("police press congress senate parliament army navy kremlin pentagon house".split())


def _modifier_noun(word: str, after: str, evidence: CapitalEvidence) -> bool:
    """Whether ``word``, alone in its run at a sentence's start, is a common noun of organisations ("union",
    "party", "campaign") modifying the noun of people after it ("Union leaders met", "Party officials said",
    "Campaign aides"): capitalised by its place only (never inside a sentence of the article), it names no
    body. A name before such a noun is capitalised inside sentences too, or is no dictionary noun ("CNN",
    "Reuters"), or one organisation's own name ("Fox viewers"); a bare word that names one body by itself
    stays ("Police officers said", "Congress")."""
    following = after.split(None, 1)[:1]
    noun = following[0].strip(".,;:").lower() if following and following[0][:1].islower() else ""
    low = word.lower()
    if not noun or low not in ORG_HEADS or low in _BARE_BODIES | SURNAME_HEADS or not word.istitle() \
            or senses(low) is None or evidence.capitalises(word):
        return False
    singular = (noun, noun[:-1], noun[:-3] + "y" if noun.endswith("ies") else noun[:-2])
    return noun in ROLE_WORDS or any(table_row("people_nouns.tsv", s) is not None for s in singular if s)


def _without_opener(text: str, base: int, at: int, trimmed: tuple[int, str], evidence: CapitalEvidence,
                    opened: dict[int, int] | None) -> tuple[int, str] | None:
    """``trimmed`` (characters cut, name) of the run at ``at``, its first word cut when it opens the
    sentence and ``opener_cut`` says so; ``opened`` notes where the cut name's sentence starts."""
    skip, name = trimmed
    opening = len(text) - len(text.lstrip(_OPENING))
    if at + skip != opening:
        return trimmed
    first = name.split(" ")[0]
    cut = len(first) + 1 if first.lower() in MODALS and " " in name and text.rstrip(" \n\"”’'").endswith("?") \
        else evidence.cuts.get(name)  # "Will Walmart keep growing?": a question's inverted auxiliary, no first name
    if cut is None:
        cut = evidence.cuts[name] = opener_cut(name, evidence)
    if not cut:
        return trimmed
    rest = trimmed_run(name[cut:])
    if rest is None:
        return None
    if opened is not None:
        opened[base + at + skip + cut + rest[0]] = base + opening
    return skip + cut + rest[0], rest[1]


def capitalised_by_place(text: str, start: int, end: int) -> bool:
    """Whether the word at ``[start, end)`` of ``text`` owes its capital to its place alone: it opens its sentence
    and the text never writes it capitalised after another word ("Prices continued to rise"; not "Sanders
    continued" where "Bernie Sanders" is written, nor a name a headline repeats)."""
    at = start
    while at and text[at - 1] in _OPENING:
        at -= 1
    if at and text[at - 1] not in ".!?\n":
        return False
    word = text[start:end]
    if _WORD.fullmatch(word):  # the usual word: one look-up in what the text writes after another word
        return word not in _after_a_word(text)
    return re.search(rf"[\w,;:)%’'][ \t]+{re.escape(word)}\b", text) is None


_WORD = re.compile(r"\w+")
_AFTER_A_WORD = re.compile(r"(?<=[\w,;:)%’'])[ \t]+(\w+)")  # no character taken twice: "a Sales Sales"


@lru_cache(maxsize=8)
def _after_a_word(text: str) -> frozenset[str]:
    """The words ``text`` writes after another word, a comma or a bracket and a space: read once per text (every
    "added" or "continued" cue asks; a regex over the whole text each time made a long one quadratic)."""
    return frozenset(_AFTER_A_WORD.findall(text))


# Words that join a sentence to the one before without being part of its subject: a coordinating
# conjunction or a linking adverb ("But Judge Vincent DelGiudice made clear ..."; Quirk et al. 1985, 8.137:
# conjuncts stand before the subject). The name after them still opens its clause.
_CONJUNCTS = frozenset("and but yet so or nor still now then meanwhile also however instead".split())


def _after_conjunction(text: str, base: int, at: int, cut: str, opened: dict[int, int]) -> None:
    """Notes in ``opened`` that the name after ``cut`` (words trimmed off the run at ``at``) opens the
    sentence when they are only conjuncts ("But Judge Vincent DelGiudice", "And Bloomberg")."""
    opening = len(text) - len(text.lstrip(_OPENING))
    words = cut.lower().replace(",", " ").split()
    if at == opening and words and all(w in _CONJUNCTS for w in words):
        opened.setdefault(base + at + len(cut), base + opening)


# What follows a dateline's place: perhaps a state or date after a comma ("MANCHESTER, N.H.", "WASHINGTON,
# Jan. 5"), perhaps the agency in brackets ("(AP)"), then a dash.
_AFTER_DATELINE = re.compile(
    r"(?:,(?:[ \t]+[A-Z0-9][\w.’']*){1,3})?[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:[—–―]|--?[ \t])")


def is_dateline(text: str, start: int, end: int) -> bool:
    """Whether the run at ``[start, end)`` of a sentence ``text`` is its dateline: the place a report was
    filed from, in capitals throughout at the sentence's opening, before a dash ("WASHINGTON (AP) —",
    "DES MOINES, Iowa —"). A place there, not an actor (it founded "WASHINGTON" as an organisation)."""
    run = text[start:end]
    if not run.isupper() or text[:start].strip(_OPENING) or all(len(w) < 3 for w in run.split()):
        return False
    after = _AFTER_DATELINE.match(text, end)
    # one short word before a bare dash is an acronym as often ("NATO — the alliance — said"; "ROME —" lost)
    return after is not None and (" " in run or len(run) > 5 or after.group(0).lstrip()[:1] in ",(")


# What may stand before a sentence's first word: space, quote marks, brackets, dashes.
_OPENING = " \t\n\r“\"‘'(«[—–-~"
