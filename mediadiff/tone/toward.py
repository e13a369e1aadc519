"""Tone toward a mention: how a sentence treats the person or organisation at given offsets.

"Trump suggested the Russian investigation played a role in firing Comey" is neutral as a
sentence but negative toward Comey. ``tone_toward(sentence, start, end)`` scores the
mention, not the sentence: the clause that holds the mention (between clause punctuation)
and the words right before and after it inside that clause weigh more than the rest of the sentence.

Model: multinomial logistic regression over
  the news tone of the whole sentence, of the mention's clause, and a distance-weighted sum
  of news valences (``mediadiff.tone.sentiment``); and presence of the words up to WINDOW
  before (``L:``) and after (``R:``) the mention within its clause, and in its clause (``C:``).
A mention that is the subject of a verb of judgement, emotion or support (``data/stance_verbs.txt``: "condemned",
"mourned", "praised", "opposes") holds a stance toward that verb's object. Blanking that stance before the features
are read (``stance_predicate``, STANCE_SCOPE) was measured and is off: NewsMTSC's annotators read a subject's
stance verb as tone toward the subject ("X praised ..." positive for X in 8 of 13 train mentions, "accused" negative
in 7 of 10), and grouped CV on train fell (bench/learn_stance_verbs.py, bench/results/scoring.md).

The weights ship in ``mediadiff/data/target_tone_weights.tsv``, learned by
``bench/learn_target_tone.py`` on NewsMTSC train (Hamborg & Donnay 2021), regularisation
chosen by cross-validation on train. At run time: three dot products and a softmax.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from mediadiff.corpus.grammar import DO_FINITE, HAVE_FINITE, MODALS
from mediadiff.corpus.wordtables import DATA
from mediadiff.models import InvalidArgument
from mediadiff.tone.sentiment import news_lexicon, sentence_tone

__all__ = ["TargetTone", "target_features", "target_tone", "tone_toward"]

CLASSES = ("negative", "neutral", "positive")
WINDOW = 6
# Characters that end a clause around a mention (quotes too: a quoted clause is its own voice).
_CLAUSE_MARKS = ",;:()[]\u2014\u2013\"\u201c\u201d"
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
# Valence of a word counts 1 / (1 + characters from the mention / DISTANCE_SCALE).
DISTANCE_SCALE = 30
# What a stance verb with the mention as subject takes out of the features: "predicate" (the verb and the rest of
# its clause), "object" (the rest of the clause after the verb), None (nothing). Chosen by
# bench/learn_stance_verbs.py (NewsMTSC train, 5-fold CV grouped by sentence, macro-F1 at C 0.1, 107 mentions
# touched): None 0.6394; "predicate" 0.6370 (-0.0024 +- 0.0010); "object" 0.6388 (-0.0006 +- 0.0007); reporting
# verbs' complements too 0.6227 at C 0.3 (-0.0167 +- 0.0016). The brief's rule: ship only if CV is not worse.
STANCE_SCOPE: str | None = None
# Also the reporting verbs (scopes.reporting_verbs: "said", "warned"): their complement is what the mention says.
STANCE_REPORTING = False
# Words between a subject and its verb ("Holloway has condemned", "Holloway also strongly condemned"); never a form
# of "be": "Holloway was praised" is a passive, the praise is toward her.
_BEFORE_VERB = HAVE_FINITE | MODALS | DO_FINITE | frozenset("not also again never still just already".split())
# Base forms that are mostly another word right after a noun ("back in office", "leaders like him").
_NOT_VERBS = frozenset({"back", "like"})
# A past participle right before these is a passive ("accused of fraud", "praised by critics"): the mention is the
# verb's object there.
_PASSIVE_AFTER = frozenset({"by", "of"})


@dataclass(frozen=True)
class TargetTone:
    """Tone toward one mention: ``value`` in [-1, 1] (P(positive) - P(negative)),
    the most probable ``label`` and the ``[clause_start, clause_end)`` offsets of the
    clause that holds the mention."""

    value: float
    label: str
    probabilities: tuple[float, float, float]
    clause_start: int
    clause_end: int


def clause_around(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the clause holding ``[start, end)``: out to the nearest clause mark on each side."""
    left = max((sentence.rfind(mark, 0, start) for mark in _CLAUSE_MARKS), default=-1) + 1
    rights = [i for i in (sentence.find(mark, end) for mark in _CLAUSE_MARKS) if i >= 0]
    return left, min(rights, default=len(sentence))


@lru_cache(maxsize=2)
def stance_verbs(reporting: bool = False) -> frozenset[str]:
    """The forms of ``data/stance_verbs.txt``'s verbs (base, -s, -ed, -ing), with the reporting verbs' forms when
    ``reporting``."""
    text = (DATA / "stance_verbs.txt").read_text(encoding="utf-8")
    forms: set[str] = set()
    for line in text.splitlines():
        if line and not line.startswith("#"):
            forms.update(_verb_forms(line.split("\t")[1]))
    if reporting:
        from mediadiff.tone.sentiment import reporting_verbs

        forms |= reporting_verbs()
    return frozenset(forms - _NOT_VERBS)


def _verb_forms(lemma: str) -> set[str]:
    """A regular verb's forms: "condemn" -> condemns, condemned, condemning; "decry" -> decries, decried; "slam" ->
    slams, slammed, slamming (a doubled final consonant is listed besides the plain one: no harm where it is wrong)."""
    if lemma.endswith("e"):
        return {lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return {lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    forms = {lemma, lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else "s"), lemma + "ed", lemma + "ing"}
    if lemma[-1] not in "aeiouwxy" and lemma[-2:-1] in tuple("aeiou") and lemma[-3:-2] not in tuple("aeiou"):
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


def stance_predicate(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """``[verb start, clause end)`` when the mention ``[start, end)`` is the subject of a stance verb in its clause
    (``stance_verbs``; auxiliaries, "not", "also" and -ly adverbs may come between), else ``None``."""
    _, clause_end = clause_around(sentence, start, end)
    verbs = stance_verbs(STANCE_REPORTING)
    words = list(_WORD.finditer(sentence, end, clause_end))
    for k, match in enumerate(words):
        word = match.group().lower()
        if word in verbs:
            passive = word.endswith("ed") and k + 1 < len(words) and words[k + 1].group().lower() in _PASSIVE_AFTER
            return None if passive else (match.start(), clause_end)
        if word not in _BEFORE_VERB and not word.endswith("ly"):
            return None
    return None


def target_features(sentence: str, start: int, end: int) -> dict[str, float]:
    """The features of one mention (also what ``bench/learn_target_tone.py`` fits on)."""
    predicate = stance_predicate(sentence, start, end) if STANCE_SCOPE else None
    if predicate:  # the mention's own stance, blanked with spaces: every offset stays as it was
        begin, stop = predicate
        if STANCE_SCOPE == "object":
            begin = _WORD.match(sentence, begin).end()  # type: ignore[union-attr]
        sentence = sentence[:begin] + " " * (stop - begin) + sentence[stop:]
    clause_start, clause_end = clause_around(sentence, start, end)
    lexicon = news_lexicon()
    words = [(m.group().lower(), m.start()) for m in _WORD.finditer(sentence)]
    # The words right before and after stay inside the mention's clause: in "Critics condemned Smith,
    # while Jones won praise" the praise is Jones's (NewsMTSC train, grouped 5-fold CV macro-F1 0.633 ->
    # 0.641 against windows that cross clause marks; bench/results/scoring.md).
    left = [w for w, at in words if clause_start <= at < start][-WINDOW:]
    right = [w for w, at in words if end <= at < clause_end][:WINDOW]
    # reading order, not a set: the score's float sum must not depend on the process's string hashes
    clause = dict.fromkeys(w for w, at in words if clause_start <= at < clause_end and not start <= at < end)
    centre = (start + end) / 2
    near = sum(lexicon.get(w, 0.0) / (1 + abs(at - centre) / DISTANCE_SCALE)
               for w, at in words if not start <= at < end)
    features = {
        "sentence": sentence_tone(sentence).compound,
        "clause": sentence_tone(sentence[clause_start:start] + " " + sentence[end:clause_end]).compound,
        "near": near / 4,
        "first": float(start <= 2),
    }
    features.update({f"L:{w}": 1.0 for w in left})
    features.update({f"R:{w}": 1.0 for w in right})
    features.update({f"C:{w}": 1.0 for w in clause})
    return features


@dataclass(frozen=True)
class TargetWeights:
    bias: tuple[float, float, float]
    weights: dict[str, tuple[float, float, float]]


@lru_cache(maxsize=1)
def load_target_weights() -> TargetWeights:
    """``data/target_tone_weights.tsv``: ``feature<TAB>negative<TAB>neutral<TAB>positive`` rows;
    the row named ``(bias)`` holds the intercepts."""
    text = (DATA / "target_tone_weights.tsv").read_text(encoding="utf-8")
    weights: dict[str, tuple[float, float, float]] = {}
    for line in text.splitlines():
        if not line or line.startswith("#") or line.startswith("feature\t"):
            continue
        name, *values = line.split("\t")
        weights[name] = (float(values[0]), float(values[1]), float(values[2]))
    return TargetWeights(weights.pop("(bias)", (0.0, 0.0, 0.0)), weights)


def target_tone(sentence: str, start: int, end: int) -> TargetTone:
    """Tone toward the mention ``sentence[start:end]`` (see the module docstring)."""
    if not 0 <= start < end <= len(sentence):
        raise InvalidArgument(f"mention offsets {start}:{end} are not inside a sentence of {len(sentence)} characters")
    model = load_target_weights()
    scores = list(model.bias)
    for name, value in target_features(sentence, start, end).items():
        row = model.weights.get(name)
        if row:
            for k in range(3):
                scores[k] += value * row[k]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    probabilities = (exps[0] / total, exps[1] / total, exps[2] / total)
    best = max(range(3), key=lambda k: probabilities[k])
    clause_start, clause_end = clause_around(sentence, start, end)
    return TargetTone(probabilities[2] - probabilities[0], CLASSES[best], probabilities, clause_start, clause_end)


def tone_toward(sentence: str, start: int, end: int) -> float:
    """Tone of ``sentence`` toward the mention at ``[start, end)``, in [-1, 1]:
    P(positive) - P(negative); negative is unfavourable to the person or organisation."""
    return target_tone(sentence, start, end).value
