"""Event labels: the names, words and date the articles of one group share.

A label tells a reader at a glance what an event is: who or where, what happened
and when ("Lindsay Lohan, rehab, January 2013"). Terms are chosen among the
features most members carry, ranked by how distinctive they are in the corpus
(share of members x idf), so a word every story uses never beats the event's own.
Nothing here changes the vectors used for grouping.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Any

from mediadiff.corpus.dates import MONTHS
from mediadiff.corpus.grammar import MODALS
from mediadiff.corpus.wordtables import table_row, table_rows
from mediadiff.events.label_dates import could_be_when, names_something
from mediadiff.events.label_names import display_name, same_person, whole_names
from mediadiff.events.params import NAMES_IN_LABEL, WORDS_IN_LABEL
from mediadiff.voices.wordclass import IRREGULAR_PASTS, function_words, present_verb

__all__ = ["TermTable", "event_label", "label_and_terms", "term_table"]

_DATE_WORDS = frozenset(MONTHS) | frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow".split()
)
# Words a news story uses whatever it reports: true of the group, useless as its label.
# Only labels skip them; grouping still weighs them by idf.
_GENERIC_WORDS = frozenset(
    """
    security results result cooperation country countries government officials official
    need needs public state states national issue issues work working made make making
    including number second third first called days day month months told early later
    million billion thousand hundred help support plan plans action actions meeting
    group groups left late took take taking came come going way place points point
    world international local region area areas team members member part set high
    according told added reports statement spokesman spokeswoman
    """.split()
)
# Titles and offices: a capitalised "President" or "Secretary" names no one by itself.
_TITLE_NAMES = frozenset(
    "president secretary minister prime vice senator governor mayor general chief judge "
    "justice pope king queen prince princess federal former acting deputy department ministry "
    "state states".split()
)


@dataclass(frozen=True)
class TermTable:
    """What each column of a corpus's vectors means for labels, read once per corpus.

    ``text``: the column's most frequent spelling; ``lower``: one id per lower-cased text
    (two columns spelled alike count once); ``block``: 0 word, 1 name, 2 number; ``idf``:
    the smoothed inverse document frequency in the corpus (>= 1, higher is rarer);
    ``dated``: a number column of two words ("january 11"); ``phrase``: a name column of
    two words or more ("marco rubio").
    """

    text: list[str]
    lower: Any
    block: Any
    idf: Any
    dated: Any
    phrase: Any


_BLOCKS = {"word": 0, "name": 1, "number": 2}


def term_table(columns: Sequence[tuple[str, str]], surface: Mapping[tuple[str, str], str], frequency: Any,
               documents: int) -> TermTable:
    """The ``TermTable`` of a matrix of ``documents`` rows whose ``columns`` are (block, feature) pairs;
    ``frequency``: the number of rows carrying each column."""
    import numpy as np

    text = [surface.get(column, column[1]) for column in columns]
    lower_ids: dict[str, int] = {}
    lower = np.fromiter((lower_ids.setdefault(t.lower(), len(lower_ids)) for t in text), dtype=np.int64,
                        count=len(text))
    block = np.fromiter((_BLOCKS[b] for b, _ in columns), dtype=np.int8, count=len(columns))
    idf_of = {f: math.log((1 + documents) / (1 + f)) + 1 for f in set(np.asarray(frequency).tolist())}
    idf = np.array([idf_of[f] for f in np.asarray(frequency).tolist()], dtype=np.float64)
    spaced = np.array([" " in t for t in text], dtype=bool)
    return TermTable(text, lower, block, idf, (block == 2) & spaced, (block == 1) & spaced)


def label_and_terms(matrix: Any, members: Sequence[int], table: TermTable, published: Sequence[str | None], *,
                    proper_names: Collection[str] = (), shown: int = 30, texts: Collection[str] = ()
                    ) -> tuple[str, tuple[str, ...]]:
    """A group's label (``event_label``) and its ``shown`` strongest shared terms.

    Shared terms are the features carried by most ``members`` (rows of ``matrix``): a lone
    article keeps all its features, a group those in at least half of its members (and in two
    at least), strongest (mean weight x share) first, one per lower-cased spelling. The label
    ranks them by distinctiveness: share of members x idf, so a word every story uses never
    beats the event's own.
    """
    import numpy as np

    indices, data = _rows(matrix, members)
    positive = data > 0
    present_columns, inverse = np.unique(indices[positive], return_inverse=True)
    counts = np.bincount(inverse, minlength=len(present_columns))
    sums = np.bincount(inverse, weights=data[positive], minlength=len(present_columns))
    share = counts / len(members)
    weight = sums / len(members)
    needed = 1.0 if len(members) == 1 else max(0.5, 2 / len(members))
    keep = share >= needed
    order = np.argsort(-(share[keep] * weight[keep]), kind="stable")
    candidates, share = present_columns[keep][order], share[keep][order]
    _, first = np.unique(table.lower[candidates], return_index=True)  # one term per spelling: the strongest
    first.sort()
    candidates, share = candidates[first], share[first]
    terms = tuple(table.text[c] for c in candidates[:shown].tolist())
    # Stable: among equally distinctive terms the stronger (mean weight) stays first.
    ranked = candidates[np.argsort(-(share * table.idf[candidates]), kind="stable")]
    # Every multi-word name any member writes, with how many write it: what a shared piece of a name
    # ("Nancy", "York City") is a piece of.
    phrases = table.phrase[present_columns]
    runs = list(zip((table.text[c] for c in present_columns[phrases].tolist()), counts[phrases].tolist(),
                    strict=True))
    ranked_names = ranked[table.block[ranked] == 1]
    carried = counts[np.searchsorted(present_columns, ranked_names)].tolist()
    names = [table.text[c] for c in ranked_names.tolist()]
    whole = whole_names(runs, dict(zip(names, carried, strict=True)), texts)
    words = (table.text[c] for c in ranked[table.block[ranked] == 0].tolist())
    dates = [table.text[c] for c in candidates[table.dated[candidates]][:1].tolist()]
    return event_label(names, words, dates, published, proper_names=proper_names, whole_name=whole,
                       texts=texts), terms


def _rows(matrix: Any, members: Sequence[int]) -> tuple[Any, Any]:
    """Column indices and values of the ``members`` rows of a csr matrix, read from its arrays
    (a scipy row selection costs more than the work on one small group)."""
    import numpy as np

    if not hasattr(matrix, "indptr") or matrix.format != "csr":
        matrix = matrix.tocsr()
    indptr = matrix.indptr
    if len(members) == 1:
        start, end = indptr[members[0]], indptr[members[0] + 1]
        return matrix.indices[start:end], matrix.data[start:end]
    spans = [(indptr[m], indptr[m + 1]) for m in members]
    return (np.concatenate([matrix.indices[a:b] for a, b in spans]),
            np.concatenate([matrix.data[a:b] for a, b in spans]))


def event_label(
    names: Sequence[str],
    words: Iterable[str],
    dates: Sequence[str],
    published: Sequence[str | None],
    *,
    proper_names: Collection[str] = (),
    whole_name: Callable[[str], str | None] = display_name,
    texts: Collection[str] = (),
) -> str:
    """A few shared names, distinctive words and a date, e.g. "Claudia Sheinbaum, fentanyl, January 2026".

    ``names`` and ``words``: the group's shared names and words, most distinctive first
    (``words`` is read only as far as needed); ``dates``: its shared dates ("January 11").
    Names are chosen by their features, two runs of capitals first (people, mostly), then a
    single name, and shown as ``whole_name`` writes them ("Barack Obama’s" as Barack Obama,
    "Nancy" as Nancy Pelosi; None: no name as a whole, the next is taken). ``proper_names``
    holds the lower-cased single names seen capitalised mid-sentence somewhere in the corpus;
    a single capitalised word seen only at sentence starts ("Voters", "Rescuers") is left out,
    as are titles ("President"). Empty ``proper_names`` disables that check. Words are nouns only
    (``_reads_as_noun``; ``texts``: the members' texts, where an "-ing" form shows whether it is one).
    """
    phrases = [t for t in names if " " in t]
    in_phrases = {w.lower() for t in phrases for w in t.split()}
    singles: list[str] = []
    for t in names:
        low = t.lower()
        if " " in t or low in in_phrases or low in _TITLE_NAMES or (proper_names and not _proper(low, proper_names)):
            continue
        if not any(low[:4] == s.lower()[:4] for s in singles):  # "Chile" and "Chilean": one is enough
            singles.append(t)
    # People come as runs ("Marco Rubio"); lone capitals are more often places, so
    # one place is kept when there are two people.
    ordered = phrases[: NAMES_IN_LABEL - 1] + singles + phrases[NAMES_IN_LABEL - 1 :]
    chosen: list[str] = []
    for feature in ordered:  # only as far as needed: a whole name may read the members' texts
        shown = whole_name(feature)
        if not shown or any(_part_of(shown, c) or same_person(shown, c) for c in chosen):
            continue  # "Chuck Schumer" after "Charles Schumer": one person, shown once
        # "Biden" then "Joe Biden": the whole name takes the surname's place
        at = next((k for k, c in enumerate(chosen) if _part_of(c, shown)), None)
        if at is None:
            chosen.append(shown)
        else:
            chosen[at] = shown
        if len(chosen) == NAMES_IN_LABEL:
            break
    name_words = {w.lower() for t in [*names, *chosen] for w in t.replace(".", " ").split()}
    chosen += list(islice(_unique(
        word
        for word in map(_without_possessive, words)
        if word.islower()  # mostly written with a capital: a name seen at sentence starts
        and len(word) > 2  # "la" of "de la Fuente"
        and not _CONTRACTION.search(word)  # "he'll", "didn't": function words
        and word not in name_words
        and word not in _GENERIC_WORDS
        and word not in _FUNCTION_WORDS  # "that", "ought": closed classes name nothing
        and word not in _DATE_WORDS
        and _reads_as_noun(word, texts)
    ), WORDS_IN_LABEL))
    chosen += [date for date in dates if could_be_when(date, published) or names_something(date, texts)][:1]
    months = {p[:7] for p in published if p and re.match(r"\d{4}-\d\d", p)}
    if len(months) == 1 and all(published):
        year, month = months.pop().split("-")
        if 1 <= int(month) <= 12:
            chosen.append(f"{MONTHS[int(month) - 1].title()} {year}")
    return ", ".join(dict.fromkeys(chosen))  # a shared "October 2021" is the month of publication once


_FUNCTION_WORDS = function_words() | MODALS | frozenset(["ought"])  # "ought" is a modal outside Penn's MD
_POSSESSIVE = re.compile(r"[’']s$")
_CONTRACTION = re.compile(r"[’'](?:ll|re|ve|d|m|t)$")


# What stands before a noun and never before a finite verb ("the shooting", "a meeting", "his ruling"; a
# preposition before a noun or a gerund: "a lump of coal", "accused of spying"; not "to", which opens an infinitive).
_DETERMINERS = ("the|a|an|this|that|these|those|his|her|their|its|our|my|your|every|each|no"
                "|of|in|on|for|against|about|over|after|before|from|with|without|into|by")
_BE = "is|are|was|were|be|been|am|isn't|aren't|wasn't|weren't|[’']s|[’']re"
_VERB_OPENERS = "to|will|would|can|could|should|must|may|might|did|does|do|not|n't|never|i|we|you|they|he|she|who"
# Endings of words WordNet's noun list lacks that make no noun: a verb's past, an adverb, adjectives ("-ous",
# "-ful", "-less", "-ible"/"-able"), a superlative ("deadliest") and verbs ("-ize", "-ify": "prioritize", "testify").
_NOT_NOUN_ENDINGS = ("ed", "ly", "ous", "est", "ful", "less", "ible", "able", "ize", "ify")
# What stands before a verb's present in -s and never before a plural noun ("he warns", "who plans", "also owes").
_S_VERB_OPENERS = ("he|she|it|who|which|also|still|now|often|never|always|already|repeatedly|reportedly|again"
                   "|rarely|usually|sometimes|then")
# What counts things and stands before a plural noun, never before a verb ("two ships", "many plans").
_QUANTIFIERS = ("two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions|many|several|some"
                "|few|both|all|more|most|other|such|any|new")
# What opens a verb's object right after it ("to accept the deal", "to oppose it").
_OBJECT_OPENERS = "the|a|an|his|her|their|its|our|this|that|these|those|them|it|him|us|me|you|any|all|such"
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
                          "hundred thousand million billion half".split())


def _reads_as_noun(word: str, texts: Collection[str] = ()) -> bool:
    """Whether a label may show ``word``: a label names what happened with nouns ("rehab", "photographs",
    "resettlement"); a verb's form or an adverb ("railed", "seared", "likened", "readily") tells how one member
    wrote it. WordNet (``noun_words.tsv``: noun, verb senses) tells a noun: a word with noun senses and no more
    verb senses ("ceiling", "transport") is one, and so is a plural ("submarines", "shots"). A word that is more
    often a verb, or an "-ing" or "-ed" form of one, is a noun where a determiner, a possessive or a preposition
    stands before it in the members' ``texts`` ("the collapse", "Monday's recall", "accused of spying"; "minerals
    sitting idle" is the verb's; a bare form is a noun unless a verb's openers stand before it more often);
    without texts, never. A verb's present in -s (``_verb_s_form``) is a noun where the texts write it as a plural
    noun ("the plans", "two ships") at least as often as a verb ("he plans"); one WordNet knows no noun of ("warns")
    only where they write it as a plural noun.
    A word WordNet lacks is kept ("fentanyl", "cyberattacks": newer than it) unless its ending makes it a verb's
    past, an adverb, an adjective, a superlative or a verb (``_NOT_NOUN_ENDINGS``: "tremendous", "jobless",
    "deadliest", "prioritize"; "-ing" is read in the texts), it is an irregular verb form ("grew", "begun"), or the
    texts write it as a bare verb more often than as a noun ("to accept"); a hyphenated word opening with a number
    ("three-year") is a modifier."""
    first = word.split("-", 1)[0]
    if "-" in word:  # a compound ("cease-fire", "foot-dragging") unless a number opens it or it modifies a noun
        return not (first[:1].isdigit() or first in _NUMBER_WORDS or _modifier(word, texts))
    senses = table_row("noun_words.tsv", word)
    if _verb_s_form(word, senses):
        plural, verbal = _s_form_uses(word, texts)
        # WordNet knows no noun of it ("warns"): a noun only where written as one; else the verb's where more often so
        return plural > 0 if senses is None else plural >= verbal
    if senses is None and not word.endswith("ing"):
        if word.endswith(_NOT_NOUN_ENDINGS) or word in IRREGULAR_PASTS or _irregular_verb_form(word) \
                or table_row("other_words.tsv", word) is not None:  # WordNet knows it, not as a noun
            return False
        return _bare_form_noun(word, texts, new_word=True)  # "will oppose": a verb WordNet's noun list lacks
    nouns, verbs = (int(senses[0]), int(senses[1])) if senses else (1, 1)
    if not nouns or senses and int(senses[2]) and _modifier(word, texts):
        return False
    if not verbs or word.endswith("s") and not word.endswith("ss") \
            or verbs <= nouns and not word.endswith(("ing", "ed")):
        return True
    nominal = re.compile(rf"\b(?:{_DETERMINERS}|\w+['’]s)\s+{re.escape(word)}\b", re.IGNORECASE)
    if word.endswith("ed"):
        return any(nominal.search(text) for text in texts)
    if word.endswith("ing"):  # a gerund or a noun ("the looting", "of spying"), or the verb's ("were sitting")
        progressive = re.compile(rf"\b(?:{_BE})\s+{re.escape(word)}\b", re.IGNORECASE)
        counts = [sum(len(p.findall(t)) for t in texts) for p in (nominal, progressive)]
        # neither seen: a word WordNet lacks stays ("redistricting"), one it knows as its commoner part of speech
        return counts[0] > counts[1] or counts == [0, 0] and (senses is None or nouns >= verbs)
    return _bare_form_noun(word, texts)


def _modifier(word: str, texts: Collection[str]) -> bool:
    """Whether the ``texts`` write ``word``, which WordNet reads as a noun and as an adjective ("partisan",
    "nuclear", "key"), before another noun ("partisan divide", "key vote") more often than anywhere else ("a
    partisan.", "the key to", "the capital Kabul": a name after it is in apposition): there it describes what
    the label should name."""
    before, elsewhere = 0, 0
    for text in texts:
        for match in re.finditer(rf"\b{re.escape(word)}\b(?:\s+([A-Za-z][a-z]*))?", text, re.IGNORECASE):
            after = match[1] or ""
            if after.islower() and table_row("noun_words.tsv", after) is not None:
                before += 1
            else:
                elsewhere += 1
    return before > elsewhere


def _irregular_verb_form(word: str) -> bool:
    """Whether WordNet lists ``word`` as an irregular form of a verb ("begun", "tore", "stolen", "withdrawn": its
    exception list, kept in ``word_links.tsv`` as ``form`` rows): for a word its noun list lacks, no noun."""
    from mediadiff.align.lexicon import stem  # here: the stemmer is loaded only when a label asks

    return any(kind == "form" and lemma == word and pos == "v"
               for kind, lemma, pos, _ in table_rows("word_links.tsv", stem(word)))


def _bare_form_noun(word: str, texts: Collection[str], *, new_word: bool = False) -> bool:
    """A bare form ("storm", "reform", "test") is the verb's where "to", a modal or a subject pronoun stands before
    it more often than a determiner or a preposition ("storm the Capitol" / "the storm"); without texts, a noun.
    ``new_word``: one WordNet's noun list lacks, which may be a noun newer than it after the preposition "to"
    ("a switch to telehealth", "a commitment to multilateralism"): "to" counts only with an object after the word
    ("to accept the", "to oppose it")."""
    nominal = re.compile(rf"\b(?:{_DETERMINERS}|\w+['’]s)\s+{re.escape(word)}\b", re.IGNORECASE)
    openers = _VERB_OPENERS.removeprefix("to|") if new_word else _VERB_OPENERS
    verbal = re.compile(rf"\b(?:{openers})\s+{re.escape(word)}\b" + (
        rf"|\bto\s+{re.escape(word)}\s+(?:{_OBJECT_OPENERS})\b" if new_word else ""), re.IGNORECASE)
    return sum(len(nominal.findall(t)) for t in texts) >= sum(len(verbal.findall(t)) for t in texts)


def _verb_s_form(word: str, senses: Sequence[str] | None) -> bool:
    """Whether ``word`` may be a verb's present in -s ("warns", "plans", "vows"): WordNet gives it verb senses
    ("plans": 3 noun, 4 verb), or it knows it, or its stem, as no noun and its stem is a word ("warns") that names
    no one ("protestors")."""
    if not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return False
    if senses is not None:
        return int(senses[1]) > 0
    # "-er", "-or", "-ist" make nouns of people ("protestors": WordNet spells it "protesters")
    return present_verb(word) and not word.endswith(("ers", "ors", "ists"))


def _s_form_uses(word: str, texts: Collection[str]) -> tuple[int, int]:
    """How often the ``texts`` write ``word`` as a plural noun (a determiner, possessive, preposition, number or
    quantifier before it: "the plans", "Biden's plans", "of airstrikes", "two ships") and as a verb's present (a
    subject pronoun, a relative or an adverb of time or manner before it: "he warns", "who plans", "also owes")."""
    plural = re.compile(rf"\b(?:{_DETERMINERS}|{_QUANTIFIERS}|\d[\d,.]*|\w+['’]s)\s+{re.escape(word)}\b",
                        re.IGNORECASE)
    verbal = re.compile(rf"\b(?:{_S_VERB_OPENERS})\s+{re.escape(word)}\b", re.IGNORECASE)
    return sum(len(plural.findall(t)) for t in texts), sum(len(verbal.findall(t)) for t in texts)


def _without_possessive(word: str) -> str:
    """"general’s" is the word "general" to a reader."""
    return _POSSESSIVE.sub("", word) if "'" in word or "’" in word else word


def _unique(words: Iterable[str]) -> Iterator[str]:
    """Each word once, read only as far as asked ("general’s" and "general")."""
    seen: set[str] = set()
    for word in words:
        if word not in seen:
            seen.add(word)
            yield word


def _part_of(name: str, other: str) -> bool:
    """Whether ``name`` is ``other`` or one of its words ("Biden" of "Joe Biden"), case aside."""
    return name.lower() == other.lower() or (" " not in name and name.lower() in other.lower().split())


def _proper(low: str, proper_names: Collection[str]) -> bool:
    """Whether a single name was seen capitalised mid-sentence, possessive or not ("Mexico's")."""
    return low in proper_names or f"{low}'s" in proper_names or f"{low}’s" in proper_names
