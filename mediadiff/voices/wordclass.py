"""What an ordinary English word can be, for telling names and noun phrases from the words around them.

Read lazily from the shipped lists (sources and licences in ``mediadiff/data/README.md``):
``word_frequency.tsv`` (wordfreq: the words of English, names among them), ``noun_words.tsv``
(WordNet 3.0 sense counts of the words that may be nouns) and ``stopwords.txt`` (function words).
Both tables are sorted by word and searched by bisection, so first use costs a file read, not a
dictionary build. Rules only: nothing here was fitted.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mediadiff.corpus.grammar import (
    BE,
    DEMONSTRATIVES,
    DETERMINERS,
    DO_FINITE,
    HAVE_FINITE,
    MODALS,  # never part of a noun phrase ("Trump will", "Rakeyia Scott can")
    OBJECT_PRONOUNS,
    SUBJECT_PRONOUNS,
)
from mediadiff.corpus.wordtables import DATA as _DATA
from mediadiff.corpus.wordtables import table_row as _row


@lru_cache(maxsize=65536)
def is_english_word(low: str) -> bool:
    """Whether a lower-cased word is in the frequency list (Zipf >= 2.5; common names are too)."""
    return _row("word_frequency.tsv", low) is not None


@lru_cache(maxsize=65536)
def senses(low: str) -> tuple[int, int, int] | None:
    """WordNet (noun, verb, adjective+adverb) sense counts of a word that may be a noun, else ``None``."""
    row = _row("noun_words.tsv", low)
    return None if row is None else (int(row[0]), int(row[1]), int(row[2]))


# Conjunctions and prepositions (closed classes of English grammar) that the Snowball stop list lacks.
_MORE_FUNCTION_WORDS = frozenset("""
although though unless whereas whether whilst lest despite unlike amid amidst among amongst beyond besides
toward towards upon within without via per neither either nor since
""".split())


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """``data/stopwords.txt`` (Snowball's English stop words) and the conjunctions and prepositions it lacks."""
    text = (_DATA / "stopwords.txt").read_text(encoding="utf-8")
    listed = (w for line in text.splitlines() if not line.startswith("#") for w in line.split())
    return frozenset(listed) | _MORE_FUNCTION_WORDS


def is_contraction(low: str) -> bool:
    return low.endswith(("n't", "n’t"))


@lru_cache(maxsize=65536)
def is_closed_class(low: str) -> bool:
    """A modal, a negated auxiliary or a function word: never the head of a noun phrase."""
    return low in MODALS or is_contraction(low) or low in function_words()


@lru_cache(maxsize=65536)
def reads_as_verb(low: str) -> bool:
    """A known English word that WordNet does not read as a noun at least as often as a verb
    ("spoke", "went", "calls", "later"; not "campaign", "supporters"). Right after a name, such a
    word is the name's verb or adverb ("Jennifer Palmieri spoke"), not a noun compound ("Clinton
    campaign"). Rare words are not judged."""
    if not is_english_word(low):
        return False
    counts = senses(low)
    return counts is None or counts[1] > counts[0]


def singular_stems(low: str) -> tuple[str, ...]:
    """The forms an English word in -s may come from, most likely first: "-ies" from "-y" ("authorities",
    "denies"), "-es" from the word without "s" or "es" ("witnesses", "pledges"), else without "s"."""
    return (low[:-3] + "y",) if low.endswith("ies") else (low[:-1], low[:-2]) if low.endswith("es") else (low[:-1],)


def present_verb(low: str) -> bool:
    """Whether a word in -s is a verb's present, not a noun's plural: neither it nor its stem ("deny" of "denies",
    "insist") is a known word WordNet reads as a noun ("funds", "rivals", "news" are nouns)."""
    stem = next((s for s in singular_stems(low) if is_english_word(s)), None)
    return stem is not None and senses(low) is None and senses(stem) is None


# Simple pasts of irregular verbs, the commonest of news (a closed class of English, listed by hand; regular pasts
# end in "-ed"): between a name and a role ("Trump met adviser John Bolton", "Clinton told aide Huma Abedin") the
# first name's verb, never part of the role. Forms that are also a present or a noun ("hit", "put", "cut") are left
# out. After a noun (noun_uses: "claims fell", "emails sent to") these, the participles below and "hit" (a past
# as much as a present there: "claims hit a record") are its verb.
IRREGULAR_PASTS = frozenset("""
met told left beat chose fought sought caught bought brought taught thought heard saw knew threw took gave made
held led sent won lost paid kept found got ran drew spent stood began became grew fell rose came went shook struck
swore wrote spoke broke forgave forgot hid overtook upheld withheld sank
""".split())
# Past participles of irregular verbs that differ from their past (a closed class; the commonest of news).
IRREGULAR_PARTICIPLES = frozenset("shown written given taken".split())


def finite_verb(low: str) -> bool:
    """Whether a lower-case word is a finite verb that may open a predicate: an auxiliary or modal ("could",
    "won't"), a simple past ("fell", "collapsed") or a present in -s ("rises"); a noun's plural is none."""
    low = low.replace("’", "'")
    if low in MODALS or low in BE and low not in {"be", "been", "being"} or low in HAVE_FINITE | DO_FINITE \
            or low.endswith("n't"):
        return True
    if not low.isalpha():
        return False
    return low in IRREGULAR_PASTS or low.endswith("ed") and reads_as_verb(low) or (
        low.endswith("s") and present_verb(low))


@lru_cache(maxsize=65536)
def is_inflected_form(low: str) -> bool:
    """A gerund or participle ("injecting", "speaking") or an -ly adverb ("reportedly") of a known
    word: such a word opening a sentence is never the first word of a name."""
    for suffix, bases, shortest in (("ing", ("", "e"), 3), ("ally", ("",), 4), ("ily", ("y",), 4), ("ly", ("",), 4)):
        stem = low[: -len(suffix)]
        if low.endswith(suffix) and len(stem) >= shortest:
            doubled = (stem[:-1],) if stem[-1] == stem[-2] else ()  # "getting" -> "get"
            if any(is_english_word(stem + b) for b in bases) or any(map(is_english_word, doubled)):
                return True
    return False


# Closed-class words that never stand inside a name, capitalised or not: personal pronouns, auxiliaries,
# conjunctions and adverbs of time or degree ("Forget It", "Or Will It?", "So Goes The Routine", "Donald Trump
# Is Right" in a feed written in Title Case; "World War I"). Prepositions, articles and "and" may ("Bureau Of
# Labor Statistics", "Doctors Without Borders"), as may "here" ("Unite Here"), the words that are also first
# names ("Will", "May", "Don"), "Us" ("Us Weekly"), possessive determiners and "we" of organisations named by a
# slogan ("Save Our Youth", "Our Revolution") and "now" ("One Wisconsin Now", "Liberty Now PAC"), which only
# opening a sentence stands before a name without being part of it ("Now Melania said").
_PERSONAL = (SUBJECT_PRONOUNS | OBJECT_PRONOUNS) - {"we", "us", "her"}  # "her" is a possessive determiner too
NEVER_IN_NAMES = _PERSONAL | DEMONSTRATIVES | BE | HAVE_FINITE | DO_FINITE | frozenset("""
myself yourself yourselves himself hers herself itself themselves what which who whom whose having doing but
if or because until while so than nor although though unless whereas whether then once there when where
why how again further too very just also not
""".split())


# A pronoun and a contracted verb ("I'm", "She'll", "they're"): a clause's opening, never a word of a name.
_PRONOUN_CONTRACTION = re.compile(r"(?:i|you|he|she|it|we|they)'(?:m|re|ll|ve|d|s)")


@lru_cache(maxsize=16384)  # asked of each word of every capitalised run
def _never_in_name(token: str) -> bool:
    low = token.strip(".,;:!?\"“”‘’").lower().replace("’", "'")
    return (low in NEVER_IN_NAMES or is_contraction(low) or _PRONOUN_CONTRACTION.fullmatch(low) is not None) and not (
        token.isupper() and len(token) > 1)


def holds_closed_class_word(name: str) -> bool:
    """Whether a capitalised phrase holds a word of ``NEVER_IN_NAMES`` (a contraction too: "Don'T"), which no
    name holds; an acronym in capitals is no such word ("WHO", "IT")."""
    return any(map(_never_in_name, name.split()))


def opens_no_name(token: str) -> bool:
    """A phrase's first word that is no part of the name after it: a word of ``NEVER_IN_NAMES`` or "Now"."""
    return _never_in_name(token) or token.strip(".,").lower() == "now"


@lru_cache(maxsize=65536)
def plural_of_people(phrase: str) -> bool | None:
    """``None`` unless a phrase ends in a plural common noun written in lower case; then whether that noun
    names people or a group of them (``data/people_nouns.tsv``, WordNet's noun.person and noun.group):
    "Democratic and Republican leaders", "Trump supporters", "Teachers unions" (True) name a group, never
    one person; "Federal Election Commission filings", "Exit polls" (False) name no one."""
    last = phrase.split()[-1].strip(".,;:") if phrase.split() else ""
    low = last.lower()
    if not last[:1].islower() or not low.endswith("s") or low.endswith(("ss", "'s", "’s")) or senses(low) is None:
        return None
    singular = (low[:-3] + "y",) if low.endswith("ies") else (low[:-1], low[:-2])
    if not any(senses(s) is not None for s in singular) or senses(low)[0] < senses(low)[1]:
        return None  # "Trump says": a verb
    return any(_row("people_nouns.tsv", s) is not None for s in singular)


def ing_head(toks: list[tuple[str, int, int]], k: int, end: int) -> bool:
    """Whether the lower-case word in -ing at token ``k``, the last of a noun phrase read back from ``end``, is a noun
    after a determiner ("Witnesses to the shooting said", "People at the hearing said"; QA15 V8): a participle
    follows no determiner right before a finite verb, so the word heads its phrase (a premodifier in -ing, "the
    outgoing president", is read as before; so is a compound, "his early-morning tweets")."""
    word = toks[k][0]
    return k + 1 == end and k > 0 and word.isalpha() and word.islower() and word.endswith("ing") \
        and toks[k - 1][0].lower() in DETERMINERS
