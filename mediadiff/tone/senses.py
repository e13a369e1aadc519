"""Words whose tone belongs to one of their senses, told apart by the words around them.

* **"Treat": care and handling, not a treat.** VADER rates "treat" +1.7 (and the news lexicon its forms, "treated",
  "treating", as the lemma): the noun ("a treat", "holiday treats") and the verb of giving pleasure, which takes
  "to" ("treated the team to dinner", "were treated to a show", "treat yourself"). The verb's other senses are no
  tone (WordNet 3.0 treat.v.01 "interact in a certain way", v.02 "subject to a process", v.03 "provide medical
  care"): "He was treated for smoke inhalation", "treated at a hospital", "to treat the disease", "the police treat
  minorities"; how someone is treated is told by the words after it ("treated unfairly", "treated like trash"), which
  keep their own tone. In news the verb of care and handling is nearly every use: in the bench news (NYT snippets 7
  uses, NewsMTSC train 20, PolNeAR train/dev 70, AllSides 9) two are "treated to" (one passage twice) and none is
  the noun. So a form of "treat" carries no tone as a verb ("treated", "treating"; "treat(s)" after a word that puts
  a verb there: "to", a modal, an auxiliary, a subject pronoun, "not", an -ly adverb, or before an object pronoun or
  a determiner), unless "to" follows it, right after it or after an object pronoun ("treated them to dinner"), or a
  reflexive pronoun does ("treat yourself"): the pleasure sense. That "to" opens what one is treated to, a noun
  phrase; "to" before a verb opens a purpose infinitive ("Doctors treated him to prevent infection", "treated to
  stop the bleeding"), care again. Without a tagger, a verb there is a word WordNet gives no noun sense
  (``noun_words.tsv``) with a regular past ("prevent", "reduce", "relieve"). An adjective has no noun sense either,
  and many have a verb's regular past ("free" -> "freed", "live", "clean", "warm"): one WordNet also reads as an
  adjective (``adjective_verbs.tsv``) is a verb there only before what a verb takes, a determiner or an object
  pronoun ("treated to clean the wound", "to clear the airway"); before anything else it is the adjective of
  what one is treated to ("The guests were treated to **free** drinks", "treated to live music"), a noun phrase.

* **"Clear ... for": authorisation, not clarity.** VADER rates "clear" +0.6 ("cleared" +0.9 in the news lexicon) for
  the adjective of clarity and the verb of ridding ("cleared of all charges"). The verb that takes "for" after its
  object is the verb of authorising (WordNet 3.0 clear.v.05 "grant authorization or clearance for": "cleared for
  takeoff", "moved to clear the bill for the president's signature", "cleared the way for a vote"): a procedural
  step, no tone. A form of "clear" used as a verb ("cleared", "clearing", or "clear(s)" after a word that puts a verb
  there and before a determiner or object pronoun, what the verb takes) with "for" within ``CLEAR_FOR_REACH`` words
  after it in its clause carries none (``authorising``). Not "cleared of" (WordNet clear.v.04, exonerated: "cleared
  of wrongdoing for the shooting" keeps its tone), nor "clear" after a linking verb ("It is clear the plan for
  reform has worked": the adjective).

* **"Take care of" something bad: dealing with it, not care.** VADER rates "care" +2.2 for looking after ("take care
  of the children", "taking care of veterans"). With an object that is bad in itself (a noun the lexicon rates
  clearly negative, ``harms.bad_noun``: "take care of the problem", "told to take care of their enemies", "took care of
  the threat") the phrasal verb is the one of dealing with or disposing of a thing (WordNet 3.0 take_care.v.02 "be in
  charge of, act on, or dispose of"), a euphemism for killing with a hostile person: "care" carries no tone there,
  the object keeps its own (``dealt_with``). Those who suffer harm are looked after, not disposed of ("take care of
  a victim", "the casualties": ``SUFFERERS``).

* **"Justice": a judge, not the virtue.** After a determiner of count nouns, "court" or a word of a judge's tenure
  ("a justice wrote", "Supreme Court justice", "sitting justice", "no justice publicly dissented") the word names a
  judge (WordNet 3.0 justice.n.03) and carries no tone (``judges``); "demand justice", "social justice" keep it.

* **"Break out": a start, not damage.** The news lexicon rates "broke" -2.9 and "broken" -2.7 for what is damaged,
  penniless or violated ("a broken window", "he was broke", "broke the law"). Followed by the particle "out" the verb
  is the phrasal verb break_out, none of whose WordNet 3.0 senses is damage (v.01 "start abruptly": "A fire broke
  out", "fighting has broken out"; v.02 "erupt" of a rash; v.03 "escape": "broke out of prison"; v.04 "take out for
  use": "broke out the champagne"): it reports that something began or happened, whose tone, if any, the other
  words carry ("riots broke out", "broke out in tears"): "broke" there carries no tone (``outbreaks``). With a noun
  phrase right after "out" the verb is transitive, and in news that is mostly smashing ("Rioters broke out the
  windows"), not v.04's rarer champagne: it keeps its tone.

Tokens are lower-cased cores and whitespace tokens as written, as in ``newsrules.not_tone``.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from mediadiff.corpus.grammar import OBJECT_PRONOUNS
from mediadiff.corpus.wordtables import table_row
from mediadiff.tone.harms import bad_noun, object_head
from mediadiff.tone.newsrules import CLAUSE_MARKS, COPULAS, DETERMINERS, VERB_POSITION

__all__ = ["AUTHORISING_SENSE", "BREAK_OUT_SENSE", "CARE_SENSE", "DEALT_WITH_SENSE", "JUDGE_SENSE", "authorising",
           "care_verbs", "dealt_with", "judges", "outbreaks", "sense_words"]

TREAT_VERB_FORMS = frozenset({"treated", "treating"})  # never the noun "a treat"
TREAT_FORMS = TREAT_VERB_FORMS | {"treat", "treats"}
CARE_SENSE = "treat: care or handling, not a treat"


def care_verbs(lower: Sequence[str], raw: Sequence[str], *, lexicon: Mapping[str, float]) -> dict[int, str]:
    """Token index -> why, for each form of "treat" used as a verb of care or handling (see the docstring)."""
    if TREAT_FORMS.isdisjoint(lower):  # most sentences have none (a set test in C)
        return {}
    out = {}
    for i, word in enumerate(lower):
        if word not in TREAT_FORMS or not lexicon.get(word) or _pleasure(lower, raw, i):
            continue
        before = lower[i - 1] if i else ""
        after = lower[i + 1] if i + 1 < len(lower) and not raw[i].endswith(CLAUSE_MARKS) else ""
        if word in TREAT_VERB_FORMS or before in VERB_POSITION or before.endswith("ly") \
                or after in OBJECT_PRONOUNS or after in DETERMINERS:
            out[i] = CARE_SENSE
    return out


def _pleasure(lower: Sequence[str], raw: Sequence[str], i: int) -> bool:
    """The verb of giving pleasure: "to" right after it or after an object pronoun ("treated to a show", "treated
    them to dinner"; not "treat mild to moderate cases") or a reflexive pronoun right after it ("treat yourself")."""
    if i + 1 >= len(lower) or raw[i].endswith(CLAUSE_MARKS):
        return False
    after = lower[i + 1]
    if after.endswith(("self", "selves")):
        return True
    to = i + 1 if after == "to" else i + 2
    if to != i + 1 and (after not in OBJECT_PRONOUNS or raw[i + 1].endswith(CLAUSE_MARKS)):
        return False
    return to < len(lower) and lower[to] == "to" and (to + 1 >= len(lower) or not _bare_verb(lower, raw, to + 1))


def _bare_verb(lower: Sequence[str], raw: Sequence[str], i: int) -> bool:
    """Word ``i`` is a verb: no noun sense in WordNet (``noun_words.tsv``) and a regular past ("prevent" ->
    "prevented", "relieve" -> "relieved"), and when WordNet reads it as an adjective too (``adjective_verbs.tsv``:
    "free", "clean"), a determiner or object pronoun after it, what a verb takes ("to clean the wound"): after "to"
    it opens a purpose infinitive, not what one is treated to ("to free drinks")."""
    word = lower[i]
    if not word.isalpha() or table_row("noun_words.tsv", word) is not None:
        return False
    if table_row("word_frequency.tsv", word + "d" if word.endswith("e") else word + "ed") is None:
        return False
    if table_row("adjective_verbs.tsv", word) is None:
        return True
    after = lower[i + 1] if i + 1 < len(lower) and not raw[i].endswith(CLAUSE_MARKS) else ""
    return after in DETERMINERS or after in OBJECT_PRONOUNS


CLEAR_FORMS = frozenset({"clear", "clears", "cleared", "clearing"})
CLEAR_FOR_REACH = 4  # "clear [it | the bill | the way] for": the object, up to three words
AUTHORISING_SENSE = "clear ... for: authorisation, not clarity"
# Before "clear": a linking verb makes it the adjective ("It is clear the plan for reform has worked").
COPULAS_AND_LINKS = COPULAS | frozenset("become becomes became seems seem seemed appear appears appeared".split())


def authorising(lower: Sequence[str], raw: Sequence[str], *, lexicon: Mapping[str, float]) -> dict[int, str]:
    """Token index -> why, for each form of "clear" that is the verb of authorising (see the docstring)."""
    if CLEAR_FORMS.isdisjoint(lower) or "for" not in lower:
        return {}
    out = {}
    for i, word in enumerate(lower):
        if word not in CLEAR_FORMS or not lexicon.get(word):
            continue
        if word in ("clear", "clears") and not (i and lower[i - 1] in VERB_POSITION and i + 1 < len(lower)
                                                and (lower[i + 1] in DETERMINERS or lower[i + 1] in OBJECT_PRONOUNS)
                                                and lower[i - 1] not in COPULAS_AND_LINKS):
            continue  # "a clear case for", "turned to clear edges for", "it is clear the plan for": the adjective
        for k in range(i + 1, min(i + 1 + CLEAR_FOR_REACH, len(lower))):
            if raw[k - 1].endswith(CLAUSE_MARKS) or lower[k] == "of":  # "cleared of wrongdoing for": exonerated
                break
            if lower[k] == "for":
                out[i] = AUTHORISING_SENSE
                break
    return out


# "Justice": a judge, not the virtue. WordNet 3.0 justice.n.03 ("a public official authorized to decide questions
# brought before a court of justice") is a count noun, the virtue (justice.n.01) a mass noun: after a determiner of
# count nouns, after "court" ("Supreme Court justice") or an adjective of a judge's tenure ("sitting justice"), it is
# the judge and no tone ("a justice wrote", "no justice publicly dissented": QA +1.85); "justice was served",
# "social justice", "no justice, no peace" keep the virtue's. "No" counts only before a word that is no preposition
# nor a clause mark ("there is no justice for victims" is the virtue).
JUDGE_BEFORE = frozenset("a an each every another one either neither which no court associate sitting retired "
                         "fellow".split())
JUDGE_SENSE = "justice: a judge, not the virtue"


def judges(lower: Sequence[str], raw: Sequence[str], *, lexicon: Mapping[str, float],
           prepositions: Collection[str]) -> dict[int, str]:
    """Token index -> why, for each "justice" that names a judge (see ``JUDGE_BEFORE``'s comment)."""
    if "justice" not in lower:
        return {}
    out = {}
    for i, word in enumerate(lower):
        if word != "justice" or not i or not lexicon.get(word) or lower[i - 1] not in JUDGE_BEFORE \
                or raw[i - 1].endswith(CLAUSE_MARKS):
            continue
        if lower[i - 1] == "no" and (raw[i].endswith(CLAUSE_MARKS) or i + 1 >= len(lower)
                                     or lower[i + 1] in prepositions or lower[i + 1] in ("and", "or")):
            continue
        out[i] = JUDGE_SENSE
    return out


TAKE_FORMS = frozenset("take takes took taken taking".split())
# Those who suffer harm: "take care of a victim" looks after them, though the lexicon rates "victim" negative.
SUFFERERS = frozenset("victim victims casualty casualties survivor survivors patient patients".split())
DEALT_WITH_SENSE = "take care of: dealing with something bad, not care"


def dealt_with(lower: Sequence[str], raw: Sequence[str], *, lexicon: Mapping[str, float]) -> dict[int, str]:
    """Token index -> why, for each "care" of "take care of" whose object is bad in itself (see the docstring)."""
    if "care" not in lower:
        return {}
    out = {}
    for i, word in enumerate(lower):
        if word != "care" or not i or i + 2 >= len(lower) or lower[i - 1] not in TAKE_FORMS \
                or lower[i + 1] != "of" or raw[i].endswith(CLAUSE_MARKS) or not lexicon.get(word):
            continue
        head = object_head(lower, raw, i + 1)
        if head is not None and lower[head] not in SUFFERERS and bad_noun(lower[head], lexicon):
            out[i] = DEALT_WITH_SENSE
    return out


BREAK_FORMS = frozenset("break breaks broke broken breaking".split())
BREAK_OUT_SENSE = "break out: something began, not damage"


def outbreaks(lower: Sequence[str], raw: Sequence[str], *, lexicon: Mapping[str, float]) -> dict[int, str]:
    """Token index -> why, for each rated form of "break" right before the particle "out" (see the docstring)."""
    if "out" not in lower:
        return {}
    return {i: BREAK_OUT_SENSE for i in range(len(lower) - 1)
            if lower[i] in BREAK_FORMS and lower[i + 1] == "out" and raw[i + 1][:3] == "out"
            and not raw[i].endswith(CLAUSE_MARKS) and lexicon.get(lower[i]) and not _object_after(lower, raw, i + 1)}


# A noun phrase right after "out" is the object of transitive "break out" ("Rioters broke out the windows", "broke
# out store windows": smashing, review15); the senses of a start or an escape take none ("broke out at the store",
# "broke out Tuesday", "broke out again", "broke out."). Words after the intransitive particle: prepositions,
# adverbs and time words.
_AFTER_INTRANSITIVE = frozenset("""
in at on of across between after over during near inside outside around among amid throughout from following since
before within into until when as and but while again early late overnight shortly soon just there here today
yesterday tonight last this that monday tuesday wednesday thursday friday saturday sunday
""".split())


def _object_after(lower: Sequence[str], raw: Sequence[str], out: int) -> bool:
    return out + 1 < len(lower) and not raw[out].endswith(CLAUSE_MARKS) and lower[out + 1].isalpha() \
        and lower[out + 1] not in _AFTER_INTRANSITIVE  # not a figure ("11 days ago") nor a dash


def sense_words() -> frozenset[str]:
    """The words the rules of this module start from (a sentence without any needs none of them)."""
    return TREAT_FORMS | CLEAR_FORMS | BREAK_FORMS | frozenset(("justice", "care"))
