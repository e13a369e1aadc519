"""Epistemic or not: whether a hedge or booster of the cue lexicon says how sure the writer is, by its neighbours.

Linguistics separates epistemic modality, the writer's confidence in what is said ("it must be true", "he must
have known", "clearly, the plan failed"), from deontic and dynamic modality, obligation and manner ("travelers
must provide proof of vaccination", "Biden must sign the bill", "the boxes will clearly label their contents").
Hedge corpora (CoNLL-2010, BioScope) annotate only the first; certainty is about the first. Three rules, all read
off the words, no tagger:

* **"must" is epistemic only about a state.** Epistemic "must" is an inference, and English infers states, not
  single actions: "must" reads epistemic before "be" ("it must be true", "they must be exhausted"; not the passive
  of a doing, "firearms dealers must be licensed", nor a property one can be told to have, "must be ready"), before
  perfect "have" + participle ("he must have known") and before a verb of state ("that must mean", "it must
  seem"). Before any other verb or none, or "have" with an object ("must have a license"), it is obligation ("must
  sign", "must not happen", "a must-win race", "The candidate must:"). Adverbs between are skipped ("must surely
  be", "must not have done", "must be strictly limited").
* **"clearly" of manner is no booster.** "Clearly" is "in a clear way" when graded ("very clearly", "more
  clearly": a sentence adverb takes no degree), when it closes a verb's phrase ("communicate clearly with", "spoke
  clearly."), when it is coordinated with an adverb of manner ("loudly and clearly") and when it modifies a verb
  of showing or saying after an auxiliary, "to" or a determiner ("will clearly label", "to clearly state", "had
  been clearly demarcated", "a clearly defined base"), and before an adjective of perceptibility ("clearly
  visible", "clearly audible", "clearly legible"): it grades how well the thing is perceived, a degree, not how
  sure the writer is ("the smoke was clearly visible" is no surer than "the smoke was visible"). Elsewhere,
  sentence-initially, after a form of "be" or before an adjective or a clause ("is clearly a conflict", "clearly
  erred"), it is the writer's certainty: before an adjective of a state seen from outside too ("was clearly
  unhappy", "was clearly outmatched", "was clearly pregnant"), an inference from what the writer saw, which is what
  a booster commits to (Hyland 2005; PolNeAR train/dev and AllSides hold "clearly unhappy", "clearly outmatched",
  "clearly experienced", each the writer's judgement, and no "clearly visible").

* **"could not" is no hedge.** Negation takes scope over "can" and "could" (it is not possible, or one was not
  able) but under "may" and "might" (it is possible that not: "he may not run" hedges). So "could not", "could
  never" state an impossibility or an inability as fact: "could not be reached for comment", "could not have been
  more delighted", "could never win". ("could not rule out" still hedges through "not rule out".) A negative
  quantifier opening the subject, and its clause, negates the clause the same way ("but none could be confirmed",
  "no one could be reached", "nobody could miss it", "none of the reports could be verified": not possible, said as
  fact); not a "no" inside another phrase ("worth no points, could be") nor the answer "No, it could".
* **"could be seen" is perception.** "could" before "be" and a participle of perception ("Flames could be seen coming
  out from under the eaves", "Screams could be heard", "could be clearly seen") is the ability to perceive, dynamic
  modality (Palmer 2001), a fact of what was visible or audible, not a possibility: no hedge. "could be seen as a
  betrayal" offers an interpretation as possible and keeps it.

* **Not the writer's word on a claim** (``tone.claimscope``): a cue inside an embedded question ("asked whether
  the storm could hit"), a verb of inference after denied evidence ("no evidence to suggest that") and a noun of
  possibility naming a possible thing ("faces the prospect of arrest").

``epistemic(norms, i)`` is read by the news lexicon's ``Lexicon.find`` (``modal_rules``) for the cue at word
``i``. The word lists below are the rules' vocabulary, read against AllSides and PolNeAR train/dev
(``bench/try_modal_boosters.py --show 200``, ``bench/try_could_not.py --show 200``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from mediadiff.corpus.grammar import BE, DETERMINERS, DO_FINITE, HAVE_FINITE, MODALS, NOT_QUANTIFIED, SENTENCE_ADVERBS
from mediadiff.tone.claimscope import Breaks, in_denied_evidence, in_embedded_question, names_possible_thing

__all__ = ["epistemic"]

# Adverbs and negation that may stand between "must" and its verb ("must surely be", "must not sign").
_BETWEEN = frozenset("not never also still surely certainly therefore now then all both first too always "
                     "indeed really clearly obviously simply only just already even ever".split())
# Verbs of state: "must" before them is an inference ("that must mean", "it must seem odd").
_STATES = frozenset("seem appear mean know exist lie reflect belong relish feel".split())
# Irregular past participles (regular ones end in -ed): after "must be" they make a passive of a doing.
_IRREGULAR_PARTICIPLES = frozenset(
    "been done made held paid given taken kept brought built sold told found shown seen known sent set put met "
    "won lost left read run cut hit spent written chosen driven drawn thrown broken spoken stolen forgotten "
    "forgiven hidden beaten bound caught taught fought bought sought struck laid led fed heard understood "
    "withdrawn begun undone overthrown torn worn sworn borne born shut split spread upheld dealt meant felt "
    "lent".split())
# Negation after "could" denies the possibility or the ability itself.
_NEGATORS = frozenset("not never hardly scarcely".split())
# Properties one can be told to have: "must be" before them is a demand ("must be ready", "must be able to").
_CONTROLLED = frozenset("able ready careful prepared willing vigilant strong united".split())
_BE = BE | frozenset("'s 're 'm".split())  # and its contracted forms ("it's", "they're")
_AUXILIARIES = _BE | MODALS | DO_FINITE | HAVE_FINITE | frozenset("to not n't".split())
_DEGREE = frozenset("very more most less least too as".split())
# Prepositions and conjunctions that may follow a verb's manner adverb ("communicate clearly with").
_AFTER_MANNER = frozenset("with about to in on at for from by and or than enough".split())
# Adjectives of perceptibility: "clearly" before them is a degree of how well one perceives ("clearly visible").
_PERCEPTIBLE = frozenset("visible invisible audible inaudible legible illegible discernible noticeable perceptible "
                         "recognizable recognisable identifiable distinguishable readable observable".split())
# Verbs of showing, saying and marking, whose "clearly" before them is how they are done.
_SHOWING = ("state label mark define explain articulate express communicate identify indicate outline "
            "specify describe delineate demarcate display post spell write see hear read visible codify "
            "separate distinguish word").split()


def epistemic(norms: Sequence[str], i: int, breaks: Breaks | None = None) -> bool:
    """Whether the hedge or booster at word ``i`` of ``norms`` (lower-cased words of one sentence) says how sure the
    writer is; ``False`` only for a "must" of obligation, a "clearly" of manner, a negated "could" and a cue that is
    no word on the writer's claim (``tone.claimscope``, with ``breaks`` its clause punctuation; see the module
    docstring)."""
    word = norms[i]
    if in_embedded_question(norms, i, breaks) or in_denied_evidence(norms, i) or names_possible_thing(norms, i):
        return False
    if word == "must":
        return _must_epistemic(norms, i)
    if word == "clearly":
        return not _manner(norms, i)
    if word == "could":  # "could not be reached": not possible, said as fact (negation scopes over can/could)
        return (i + 1 >= len(norms) or norms[i + 1] not in _NEGATORS) and not _negative_subject(norms, i) \
            and not _perceived(norms, i)
    return True


# Negative quantifiers that open a subject ("none", "no one", "no agency", "none of the reports").
_NEGATIVE_SUBJECTS = frozenset("none nobody nothing neither no".split())
_PRONOUNS = frozenset("i you he she it we they this that these those there".split())
_SUBJECT_WORDS = 4  # "none of the reports", "no other agency": a short subject before the modal
_CLAUSE_OPENERS = frozenset("but and or yet so that because since while although though when as if".split())


def _negative_subject(norms: Sequence[str], i: int) -> bool:
    """The subject right before "could" at ``i`` opens with a negative quantifier, which opens its clause (the
    sentence, or after a conjunction: "but none could"; not "worth no points, could"): see the module docstring."""
    for k in range(i - 1, max(i - 1 - _SUBJECT_WORDS, -1), -1):
        word = norms[k]
        if word in _NEGATIVE_SUBJECTS:  # "no" a determiner, not the answer ("No, the storm could hit")
            if word == "no" and (norms[k + 1] in DETERMINERS or norms[k + 1] in _PRONOUNS
                                 or norms[k + 1] in NOT_QUANTIFIED  # "No matter what, prices could rise"
                                 or norms[k + 1] in SENTENCE_ADVERBS and k + 2 < i):  # "No wonder prices could"
                return False
            return k == 0 or norms[k - 1] in _CLAUSE_OPENERS
        if not word.isalpha() or word in _AUXILIARIES or word in _CLAUSE_OPENERS:
            return False
    return False


# Participles of perception: "could be seen" is what was perceptible, not what was possible.
_PERCEIVED = frozenset("seen heard smelled smelt spotted glimpsed sighted".split())


def _perceived(norms: Sequence[str], i: int) -> bool:
    """"could" at ``i`` before "be" and a participle of perception ("Smoke could be seen for miles", "Screams could be
    heard"; adverbs between): it tells what one was able to perceive (dynamic modality), not that something may be
    so. Not "could be seen as" or "to": an interpretation offered as possible ("could be seen as a betrayal")."""
    k = i + 1
    while k < len(norms) and norms[k] in _BETWEEN and norms[k] not in _NEGATORS:
        k += 1
    if k + 1 >= len(norms) or norms[k] != "be":
        return False
    k += 1
    while k < len(norms) and norms[k] in _BETWEEN or norms[k].endswith("ly"):
        k += 1
    return k < len(norms) and norms[k] in _PERCEIVED and (k + 1 >= len(norms) or norms[k + 1] not in ("as", "to"))


def _must_epistemic(norms: Sequence[str], i: int) -> bool:
    j = i + 1
    while j < len(norms) and norms[j] in _BETWEEN:
        j += 1
    if j >= len(norms):
        return False  # an ellipsis ("The candidate must:", "if you must") leaves out a doing
    verb = norms[j]
    if verb not in ("be", "have"):
        return verb in _STATES
    k = j + 1
    while k < len(norms) and (norms[k].endswith("ly") or norms[k] in _BETWEEN or norms[k] == "and"):
        k += 1  # "must be strictly and constitutionally limited", "must have only included"
    if verb == "be":
        return k >= len(norms) or not (_participle(norms[k]) or norms[k] in _CONTROLLED)
    return k < len(norms) and _participle(norms[k])


def _participle(word: str) -> bool:
    return (len(word) > 4 and word.endswith("ed")) or word in _IRREGULAR_PARTICIPLES


def _manner(norms: Sequence[str], i: int) -> bool:
    before = norms[i - 1] if i else ""
    after = norms[i + 1] if i + 1 < len(norms) else ""
    if before in _DEGREE or (before in ("and", "or") and i > 1 and norms[i - 2].endswith("ly")):
        return True  # "very clearly", "loudly and clearly"
    if after in _PERCEPTIBLE:
        return True  # "clearly visible": how well it is seen, not how sure the writer is
    if after in _showing_forms() and (before in _AUXILIARIES or before in DETERMINERS):
        return True  # "will clearly label", "had never been clearly demarcated", "a clearly defined base"
    if not before or before in _BE or before.endswith(("'s", "'re")):
        return False
    return (not after or after in _AFTER_MANNER) and before not in _AUXILIARIES and before not in ("and", "but", "so")


@lru_cache(maxsize=1)
def _showing_forms() -> frozenset[str]:
    """The verbs of showing and their regular forms ("label", "labels", "labeled", "labelled", "labeling")."""
    forms = set()
    for verb in _SHOWING:
        if verb.endswith("y"):
            forms |= {verb, verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
            continue
        stem = verb[:-1] if verb.endswith("e") else verb
        forms |= {verb, verb + "s", stem + "ed", stem + "ing"}
        if verb.endswith("l") and not verb.endswith("ll"):
            forms |= {verb + "led", verb + "ling"}
    forms |= {"written", "wrote", "seen", "heard", "spelled", "spelt", "said", "says", "say", "told", "tell"}
    return frozenset(forms)
