"""Words that look like a reporting verb or a source but are not: a reporting form used as a noun
("Continuing claims", "Jobless claims fell", "Clinton emails had", "Rhineland-Palatinate state", "over new
reporting in Peril") and a figure or a date where a source's head noun should be ("Oct. 4 announced",
"590,000 in late April, adding").

A source is a noun phrase headed by a noun or a name; a reporting verb agrees with its subject. Rules of
English grammar read with the shipped word lists (``wordclass``); nothing here was fitted.
"""

from __future__ import annotations

from mediadiff.corpus.grammar import BE_FINITE, DO_FINITE, HAVE_FINITE, MODALS
from mediadiff.corpus.wordtables import table_row
from mediadiff.voices.phrases import AUXILIARIES, DETERMINERS, PREPOSITIONS, PRONOUNS
from mediadiff.voices.times import time_phrase_back
from mediadiff.voices.wordclass import (
    IRREGULAR_PARTICIPLES,
    IRREGULAR_PASTS,
    is_closed_class,
    is_english_word,
    is_inflected_form,
    senses,
)

_OBJECT_PREPOSITIONS = PREPOSITIONS - {"to"}  # "to" also opens an infinitive ("to deny saying")


def subject_word(toks, k: int, form: str) -> bool:
    """Whether the capitalised word at token ``k``, right before a reporting form that may be a noun
    ("claims", "state", "post"), can be its subject: a name, not a sentence's first word capitalised only
    by its place ("Continuing claims": a participle modifies the noun), nor the modifier of a plural form that
    heads a noun phrase ("Jobless claims fell", ``noun_head``), and, before a base form, a plural
    ("Democrats", "Obama and Clinton call"; a singular name takes "states": "Rhineland-Palatinate state",
    "a Facebook post" are nouns)."""
    word = toks[k][0]
    if not word[:1].isupper() or k == 0 and is_inflected_form(word.lower()) or noun_head(toks, k + 1, form):
        return False
    if form.endswith("s") or word.lower() in PRONOUNS or word.endswith("s"):
        return True
    while k > 0 and toks[k - 1][0][:1].isupper():
        k -= 1  # the name's first word, then what joins it to another: "Obama and Clinton"
    return k > 1 and toks[k - 1][0].lower() == "and" and toks[k - 2][0][:1].isupper()


# Words whose complement is a gerund with no subject of its own ("It's worth noting that", "it bears repeating
# that"): the remark is the writer's, and "it" is a dummy subject, no source.
_GERUND_TAKERS = frozenset({"worth", "bears"})


def gerund_object(toks, v: int) -> bool:
    """Whether a reporting form in -ing at token ``v`` is a noun with an adjective before it: the object of
    a preposition ("came under attack over new reporting in Peril", "in recent polling") or a noun's modifier,
    a noun after it ("recorded financial reporting charges": inside one noun phrase, no verb). The word before
    it lower-case, WordNet reads it as no noun, and it is no function word, adverb or verb form. Or the
    complement of "worth" or "bears" ("It is worth noting that ..."): the writer's own remark."""
    if v and toks[v - 1][0].lower() in _GERUND_TAKERS:
        return True
    if v < 2:
        return False
    after = toks[v + 1][0] if v + 1 < len(toks) else ""
    modifies = after[:1].islower() and after.isalpha() and not is_closed_class(after) and bool(senses(after)) \
        and senses(after)[0] > 0
    if toks[v - 2][0].lower() not in _OBJECT_PREPOSITIONS and not modifies:
        return False
    word = toks[v - 1][0]
    low = word.lower()
    return word[:1].islower() and word.isalpha() and is_english_word(low) and senses(low) is None \
        and not (is_closed_class(low) or low in AUXILIARIES or low.endswith(("ly", "ed", "ing", "s")))


def headed_by_number(toks, span: tuple[int, ...]) -> bool:
    """Whether the phrase at tokens [``span[0]``, ``span[1]``) ends in a figure ("4", "590,000"), is a
    date ("Oct. 4") or ends, after a figure, in a lower-case word WordNet reads as no noun ("29,128 new
    reported cases": an adjective): no noun heads it, so it names no source. A bracketed aside is read
    past ("Customs and Border Protection (CBP)")."""
    start, end = span[0], span[1]
    if toks[end - 1][0] == ")":
        end = next((k for k in range(end - 1, start, -1) if toks[k][0] == "("), end)
    date = time_phrase_back(toks, end)
    last = toks[end - 1][0]
    return not any(c.isalpha() for c in last) or date is not None and date <= start or end - start > 1 \
        and not any(c.isalpha() for c in toks[end - 2][0]) and last.isalpha() and last.islower() \
        and is_english_word(last) and senses(last) is None


# Finite auxiliaries and modals (closed classes): right after a noun they are its verb ("claims were").
_FINITE_AUXILIARIES = MODALS | BE_FINITE | HAVE_FINITE | DO_FINITE
# Past tenses and participles of irregular verbs (wordclass; the regular ones end in "-ed"): after a noun, its
# verb or a participle modifying it ("claims fell", "emails sent to", "claims hit a record").
_IRREGULAR_PASTS = IRREGULAR_PASTS | IRREGULAR_PARTICIPLES | {"hit"}
# Derivational suffixes that make adjectives of nouns and verbs ("jobless", "previous", "Islamophobic",
# "punitive", "harmful", "reliable", "visible"): a word so formed that WordNet reads as no noun is an adjective.
_ADJECTIVE_SUFFIXES = ("less", "ous", "ic", "ive", "ful", "able", "ible")
# What opens a reporting verb's complement: a clause, a hearer, a quote ("claims that", "notes the", "calls him").
_COMPLEMENT_OPENERS = DETERMINERS | PRONOUNS | frozenset("""
that : “ " ‘ ' there what how whether why when some many several no more most all every each any his him her them
himself herself itself themselves out up on off
""".split())


def noun_head(toks, v: int, form: str) -> bool:
    """Whether a plural reporting form that is also a noun at token ``v``, right after the word before it
    ("claims", "reports", "emails"), heads a noun phrase rather than reporting. A noun phrase has a head noun, a
    subject agrees with the verb after it; so it does when (1) a finite auxiliary, a modal or a past tense
    follows it, its verb ("Jobless claims can be volatile", "Clinton emails had", "Unemployment claims fell
    to", "Previous reports alleged that"; a past participle before a noun is that noun's adjective: "reports
    alleged abuse" reports), or (2) the word before it, capitalised only by opening the sentence (or after a
    determiner), is an adjective, which heads no noun phrase ("Jobless claims", "his Islamophobic remarks"),
    and no complement opens after it ("Sharp notes that" reports). A pronoun before it is its subject, and
    "what" before the phrase makes it a relative ("What Trump claims is false")."""
    word = toks[v - 1][0]
    if not form.endswith("s") or word.lower() in PRONOUNS or any(t[0].lower() == "what" for t in toks[max(0, v - 4):v]):
        return False
    after = toks[v + 1][0] if v + 1 < len(toks) else ""
    if after in _FINITE_AUXILIARIES or _past_tense(toks, v + 1):
        return True
    opening = v == 1 or v > 1 and (toks[v - 2][0] in {".", "?", "!", "“", '"', "(", ":"}
                                   or toks[v - 2][0].lower() in DETERMINERS)
    return opening and word[:1].isupper() and _adjective(word.lower()) and not (
        after.lower() in _COMPLEMENT_OPENERS or after[:1].isupper() or after[:1].isdigit())


def _past_tense(toks, k: int) -> bool:
    """A lower-case regular past (WordNet reads it as no noun) or an irregular one at token ``k``, not before a
    noun it would modify ("alleged abuse")."""
    word = toks[k][0] if k < len(toks) else ""
    if not (word in _IRREGULAR_PASTS or word.endswith("ed") and word.isalpha() and word.islower()
            and is_english_word(word) and senses(word) is None):
        return False
    after = toks[k + 1][0] if k + 1 < len(toks) else ""
    counts = senses(after) if after.isalpha() and after.islower() and not is_closed_class(after) else None
    return counts is None or counts[0] <= counts[2]


def _adjective(low: str) -> bool:
    """An adjective of Pattern's lexicon (``data/pattern_adjectives.tsv``, not its intensifiers: "very") or one
    formed by an adjective suffix, that WordNet reads as no noun, and no first name ("Eric")."""
    if senses(low) is not None or not is_english_word(low) or is_closed_class(low):
        return False
    row = table_row("pattern_adjectives.tsv", low)
    return (row is not None and row[-1] == "0" or low.endswith(_ADJECTIVE_SUFFIXES)) \
        and table_row("first_names.tsv", low) is None
