"""Words that look like a reporting verb or a source but are not: a reporting form used as a noun
("Continuing claims", "Rhineland-Palatinate state", "over new reporting in Peril") and a figure or a date
where a source's head noun should be ("Oct. 4 announced", "590,000 in late April, adding").

A source is a noun phrase headed by a noun or a name; a reporting verb agrees with its subject. Rules of
English grammar read with the shipped word lists (``wordclass``); nothing here was fitted.
"""

from __future__ import annotations

from mediadiff.voices.phrases import AUXILIARIES, PREPOSITIONS, PRONOUNS
from mediadiff.voices.times import time_phrase_back
from mediadiff.voices.wordclass import is_closed_class, is_english_word, is_inflected_form, senses

_OBJECT_PREPOSITIONS = PREPOSITIONS - {"to"}  # "to" also opens an infinitive ("to deny saying")


def subject_word(toks, k: int, form: str) -> bool:
    """Whether the capitalised word at token ``k``, right before a reporting form that may be a noun
    ("claims", "state", "post"), can be its subject: a name, not a sentence's first word capitalised only
    by its place ("Continuing claims": a participle modifies the noun), and, before a base form, a plural
    ("Democrats", "Obama and Clinton call"; a singular name takes "states": "Rhineland-Palatinate state",
    "a Facebook post" are nouns)."""
    word = toks[k][0]
    if not word[:1].isupper() or k == 0 and is_inflected_form(word.lower()):
        return False
    if form.endswith("s") or word.lower() in PRONOUNS or word.endswith("s"):
        return True
    while k > 0 and toks[k - 1][0][:1].isupper():
        k -= 1  # the name's first word, then what joins it to another: "Obama and Clinton"
    return k > 1 and toks[k - 1][0].lower() == "and" and toks[k - 2][0][:1].isupper()


def gerund_object(toks, v: int) -> bool:
    """Whether a reporting form in -ing at token ``v`` is a noun with an adjective before it: the object of
    a preposition ("came under attack over new reporting in Peril", "in recent polling") or a noun's modifier,
    a noun after it ("recorded financial reporting charges": inside one noun phrase, no verb). The word before
    it lower-case, WordNet reads it as no noun, and it is no function word, adverb or verb form."""
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

