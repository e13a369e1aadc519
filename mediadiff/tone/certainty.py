"""Graded certainty of a sentence: how firmly it states what it states, in [0, 1].

0 is a guess ("it may possibly be that ..."), 1 a flat assertion ("X is Y"). The value is a linear model over how
a sentence is written, never over what it is about: counts and weights of the news lexicon's hedges and boosters,
attribution cues ("reportedly", "according to"), modal verbs, conditionals, negation and whether a hedge or booster
sits inside a negation's scope ("no doubt", "not likely"), plus the presence of function and epistemic words, among
them the words of published epistemic lists (Hyland's hedges "approximately", "typically"; factive, assertive and
implicative verbs; report verbs), each shown as a cue where it stands when its effect shows at two decimals. Topic
words have no weight, nor a list verb used as a noun ("the suspects"). (The model may weigh word pairs, ``b:``.)

The weights ship in ``mediadiff/data/certainty_weights.tsv``, learned by ``bench/learn_certainty.py`` (ridge
regression) on the train split of Pei & Jurgens (2021) sentence certainty ratings, 1 to 6 rescaled to [0, 1], the
penalty chosen by grouped cross-validation on train. Nothing is trained at run time: one dot product a sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from functools import lru_cache
from itertools import compress
from operator import itemgetter, mul
from typing import Any

from mediadiff.corpus import grammar
from mediadiff.corpus.wordtables import DATA
from mediadiff.models import fields_dict
from mediadiff.tone.claimscope import Breaks, aside, clause_breaks
from mediadiff.tone.lexicons import Lexicon, Match, Token, columns, load_lexicon, tokenize
from mediadiff.tone.newsrules import noun_use
from mediadiff.tone.params import CUE_EFFECT_DECIMALS

__all__ = ["Certainty", "CertaintyCue", "certainty_cues", "certainty_features", "certainty_parts",
           "sentence_certainty", "load_certainty_weights"]

MODALS = grammar.MODALS | frozenset("cannot can't couldn't wouldn't shouldn't won't mightn't ought".split())
CONDITIONALS = frozenset("if unless whether provided assuming suppose supposing".split())
NEGATIONS = frozenset("not no never nor neither without n't don't doesn't didn't isn't aren't wasn't weren't "
                      "hasn't haven't hadn't cannot can't couldn't won't wouldn't shouldn't".split())
EVIDENTIALS = frozenset("reportedly allegedly apparently purportedly supposedly according".split())
_FUNCTION_WORDS = MODALS | CONDITIONALS | NEGATIONS
# word -> which of the counted features (evidentials, modals, conditionals, negations) it adds to: one
# pass over a sentence's words finds them all ("cannot" is a modal and a negation)
_COUNTED = {w: tuple(k for k, group in enumerate((EVIDENTIALS, MODALS, CONDITIONALS, NEGATIONS)) if w in group)
            for w in EVIDENTIALS | _FUNCTION_WORDS}
_DIGIT = re.compile(r"\d")
# Hyland's approximators that are also everyday prepositions ("talked about"): a hedge only right before a
# number ("about 20", "around three hundred"), where they blur a quantity.
APPROXIMATORS = frozenset({"about", "around"})
NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty "
                         "forty fifty sixty seventy eighty ninety hundred thousand million billion dozen half".split())
# A hedge or booster this many words after a negation, or a negative pronoun ("none doubt", "nobody is likely to"),
# is inside its scope ("not at all likely"). The pronouns are no counted negations: the model was fitted without.
NEGATION_SCOPE, SCOPE_NEGATIONS = 3, NEGATIONS | frozenset(("none", "nobody", "nothing"))


def frozen_instance(cls: type, values: dict[str, Any]) -> Any:
    """``cls(**values)`` for a frozen dataclass ``cls`` (every field, in order) without the generated ``__init__``,
    whose ``object.__setattr__`` per field costs more than scoring a word. Not for ``__post_init__`` or slots
    (tests/tone/test_results.py checks the ones used); here, the lowest module of tone/ that builds results."""
    instance = object.__new__(cls)
    object.__setattr__(instance, "__dict__", values)
    return instance


@dataclass(frozen=True, slots=True)
class CertaintyCue:
    """A word or phrase behind a certainty score: ``text`` at ``[start, end)`` of the scored text, ``kind`` (hedge,
    booster, attribution, modal, conditional, negation, factive, assertive, implicative) and ``weight``, its learned
    effect on certainty (negative lowers it)."""

    kind: str
    text: str
    start: int
    end: int
    weight: float

    def to_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "text": self.text, "start": self.start, "end": self.end,
                "weight": round(self.weight, 4)}


@dataclass(frozen=True)
class Certainty:
    """``value`` in [0, 1] (1 = stated as plain fact) and the cues that lowered or raised it."""

    value: float
    cues: tuple[CertaintyCue, ...]

    def to_dict(self) -> dict[str, Any]:
        return fields_dict(self)


@dataclass(frozen=True)
class CertaintyWeights:
    """The shipped linear model: ``bias`` plus one weight per feature name; ``words`` and
    ``bigrams`` hold the ``w:``/``b:`` weights keyed by word and word pair (fast lookup)."""

    bias: float
    weights: dict[str, float]
    words: dict[str, float]
    bigrams: dict[tuple[str, str], float]
    cue_words: dict[str, str]


@lru_cache(maxsize=1)
def load_certainty_weights() -> CertaintyWeights:
    """``data/certainty_weights.tsv``: ``# bias: x`` and ``feature<TAB>weight[<TAB>cue]`` rows; ``cue`` names
    the cue kind a weighted word of a published epistemic list is shown as (``cue_words``)."""
    text = (DATA / "certainty_weights.tsv").read_text(encoding="utf-8")
    bias, weights, cue_words = 0.0, {}, {}
    for line in text.splitlines():
        if line.startswith("# bias:"):
            bias = float(line.split(":", 1)[1])
        elif line and not line.startswith("#") and "\t" in line:
            name, value, *cue = line.split("\t")
            if name != "feature":
                weights[name] = float(value)
                if cue and cue[0] and name.startswith("w:"):
                    cue_words[name[2:]] = cue[0]
    words = {k[2:]: w for k, w in weights.items() if k.startswith("w:")}
    bigrams = {tuple(k[2:].split(" ", 1)): w for k, w in weights.items() if k.startswith("b:")}
    return CertaintyWeights(bias, weights, words, bigrams, cue_words)  # type: ignore[arg-type]


FEATURES = ("hedge_sum", "hedge_max", "boosters", "attributions", "evidentials", "modals", "conditionals",
            "negations", "negated_hedges", "negated_boosters", "length", "number", "question")


@lru_cache(maxsize=1)
def _feature_weights() -> tuple[float, ...]:
    """The weight of each of ``FEATURES``, in their order (0 when the model has none)."""
    weights = load_certainty_weights().weights
    return tuple(weights.get(name, 0.0) for name in FEATURES)


def _negated(i: int, words: Sequence[str]) -> bool:
    return any(w in SCOPE_NEGATIONS for w in words[max(0, i - NEGATION_SCOPE):i])


def certainty_features(text: str, tokens: Sequence[Token], matches: Sequence[Match], *,
                       terms: bool = True) -> dict[str, float]:
    """The features of one sentence (also what ``bench/learn_certainty.py`` fits on).

    ``w:`` word and ``b:`` bigram features are presence flags; a word without a
    shipped weight simply contributes nothing."""
    words, starts, ends = columns(tokens)
    breaks = clause_breaks(text, starts, ends)
    features = dict(zip(FEATURES, _feature_values(text, words, starts, matches, _counted_at(words, breaks))))
    approximations = sum(map(_approximates, words, words[1:]))
    if approximations:
        features["approximations"] = float(approximations)
    if terms:
        features.update(dict.fromkeys(_terms(words, breaks), 1.0))
    return features


def _feature_values(text: str, words: Sequence[str], starts: Sequence[int], matches: Sequence[Match],
                    counted_at: Sequence[int] | None = None) -> list[float]:
    """The values of ``FEATURES``, in their order: a list, because scoring takes a dot product of it
    for every sentence and most sentences have no lexicon cue at all. ``counted_at``: the indices of
    the words of ``_COUNTED`` (``_counted_at``), when the caller has them."""
    counts = [0, 0, 0, 0]  # evidentials, modals, conditionals, negations
    for i in _counted_at(words) if counted_at is None else counted_at:
        for k in _COUNTED[words[i]]:
            counts[k] += 1
    counted = [float(counts[0]), float(counts[1]), float(counts[2]), float(counts[3])]
    shape = [len(words) / 20, float(_DIGIT.search(text) is not None), float(text.rstrip().endswith("?"))]
    if not matches:
        return [0, 0.0, 0.0, 0.0, *counted, 0.0, 0.0, *shape]
    hedges = [m for m in matches if m.entry.kind == "hedge"]
    boosters = [m for m in matches if m.entry.kind == "booster"]
    # token index by start offset, only when a hedge or booster needs its negation scope
    index_of = dict(zip(starts, range(len(starts)))) if hedges or boosters else {}
    return [
        sum(m.entry.weight for m in hedges) if hedges else 0,
        max(m.entry.weight for m in hedges) if hedges else 0.0,
        float(len(boosters)),
        float(sum(m.entry.kind == "attribution" for m in matches)),
        *counted,
        float(sum(_negated(index_of.get(m.start, 0), words) for m in hedges)) if hedges else 0.0,
        float(sum(_negated(index_of.get(m.start, 0), words) for m in boosters)) if boosters else 0.0,
        *shape,
    ]


def _approximates(word: str, following: str) -> bool:
    """``word`` is an approximator and ``following`` a number ("about 20", "around three")."""
    return word in APPROXIMATORS and (following[:1].isdigit() or following in NUMBER_WORDS)


def _counted_at(words: Sequence[str], breaks: Breaks | None = None) -> list[int]:
    """Indices of the evidential, modal, conditional and negation words (one lookup per word, in C):
    the counted features and the function-word cues read the same few words."""
    return [i for i in compress(range(len(words)), map(_COUNTED.__contains__, words)) if not aside(words, i, breaks)]


def _terms(words: Sequence[str], breaks: Breaks | None = None) -> set[str]:
    """The word (``w:``) and bigram (``b:``) features present; a list verb used as a noun is none (``noun_use``), nor
    a word not the writer's (``claimscope.aside``)."""
    return {f"w:{w}" for i, w in enumerate(words) if w not in _cue_words() or not (
        noun_use(words, i) or aside(words, i, breaks))} | {f"b:{a} {b}" for a, b in zip(words, words[1:])}


# A cue's slots set one by one: equal to CertaintyCue(...), without the dataclass __init__ (object.__setattr__
# per field), and slots take a quarter of the memory of a per-instance dict: scores keep every cue.
_CERTAINTY_CUE_SLOTS = tuple(getattr(CertaintyCue, f.name).__set__ for f in fields(CertaintyCue))  # in field order

# Cues are found as plain rows (kind, text, start, end, weight), built into CertaintyCue objects by
# certainty_cues: scoring keeps the rows until the cues are read (tone.lazy), a record reads only the rows.
CueRow = tuple[str, str, int, int, float]
_CUE_START = itemgetter(2)  # the sort key in C: a sentence with a lexicon cue sorts its cues


def certainty_cues(rows: Iterable[CueRow]) -> tuple[CertaintyCue, ...]:
    """The ``CertaintyCue`` of each ``(kind, text, start, end, weight)`` row, in order."""
    return tuple([_cue(*row) for row in rows])


def _cue(kind: str, text: str, start: int, end: int, weight: float) -> CertaintyCue:
    cue = object.__new__(CertaintyCue)
    set_kind, set_text, set_start, set_end, set_weight = _CERTAINTY_CUE_SLOTS
    set_kind(cue, kind), set_text(cue, text), set_start(cue, start), set_end(cue, end), set_weight(cue, weight)
    return cue


def _cues(text: str, tokens: tuple[list[str], list[int], list[int]], matches: Sequence[Match],
          model: CertaintyWeights, offset: int, counted_at: Sequence[int],
          cue_at: Sequence[int] = ()) -> tuple[CueRow, ...]:
    """The lexicon cues, the modal, conditional and negation words and the weighted words of the published
    epistemic lists (``cue_at``: "suggests", "found", "believe"), each with its learned effect;
    offsets into ``text`` moved by ``offset``. ``tokens`` are the sentence's (norms, starts, ends),
    ``counted_at`` as in ``_feature_values``."""
    cues = []
    covered: set[int] = set()
    norms, starts, ends = tokens
    weights, word_weights = model.weights, model.words  # model.words[w] is weights[f"w:{w}"]
    if matches:
        cues.extend(_lexicon_cues(text, tokens, matches, offset, covered))
    # only function words can be cues, and they are among the counted words
    function_cues = _function_cues()
    for i in counted_at:
        start = starts[i]
        if start not in covered and norms[i] in function_cues:
            kind, effect = function_cues[norms[i]]
            cues.append((kind, text[start:ends[i]], start + offset, ends[i] + offset, effect))
    for i in cue_at:  # a list word inside a lexicon cue counts in that cue's effect
        start = starts[i]
        if start not in covered:
            word = norms[i]
            if word in APPROXIMATORS:
                kind, effect = "hedge", weights.get("approximations", 0.0) + word_weights.get(word, 0.0)
            else:
                kind, effect = model.cue_words[word], word_weights[word]
            cues.append((kind, text[start:ends[i]], start + offset, ends[i] + offset, effect))
    shown = [cue for cue in cues if round(cue[4], CUE_EFFECT_DECIMALS)]  # "get" (-0.002) explains nothing shown
    return tuple(sorted(shown, key=_CUE_START)) if matches or cue_at else tuple(shown)


def _lexicon_cues(text: str, tokens: tuple[list[str], list[int], list[int]], matches: Sequence[Match],
                  offset: int, covered: set[int]) -> list[CueRow]:
    """The lexicon matches as cues, each with what it adds through the cue features and its words; the start
    of every word inside one is added to ``covered`` (those words are not cues of their own)."""
    norms, starts, _ = tokens
    hedge_sum, hedge_max, boosters, attributions, negated_hedges, negated_boosters, inner_effects = _cue_effects()
    cues: list[CueRow] = []
    strongest, strongest_weight = -1, 0.0  # the first hedge of the highest weight also carries hedge_max
    for m in matches:
        first, last = bisect_left(starts, m.start), bisect_left(starts, m.end)  # tokens starting in the match
        kind = m.entry.kind
        if kind == "hedge":  # a hedge or booster inside a negation's scope also carries negated_* ("not likely")
            effect = hedge_sum * m.entry.weight
            if not SCOPE_NEGATIONS.isdisjoint(norms[max(0, first - NEGATION_SCOPE):first]):
                effect += negated_hedges
            if strongest < 0 or m.entry.weight > strongest_weight:
                strongest, strongest_weight = len(cues), m.entry.weight
        elif kind == "booster":
            effect = boosters
            if not SCOPE_NEGATIONS.isdisjoint(norms[max(0, first - NEGATION_SCOPE):first]):
                effect += negated_boosters
        else:
            effect = attributions
        # its words' own weights and the counts they add to ("not" of "does not rule out" is a negation)
        effect += sum([inner_effects.get(w, 0.0) for w in norms[first:last]])
        covered.update(starts[first:last])
        cues.append((kind, text[m.start:m.end], m.start + offset, m.end + offset, effect))
    if strongest >= 0:
        kind, cue_text, start, end, effect = cues[strongest]
        cues[strongest] = (kind, cue_text, start, end, effect + hedge_max * strongest_weight)
    return cues


@lru_cache(maxsize=1)
def _cue_effects() -> tuple[Any, ...]:
    """What a lexicon cue carries: the weights of hedge_sum, hedge_max, boosters, attributions, negated_hedges and
    negated_boosters, then a dict: a word inside a cue -> its own weight plus the counted features' it adds to."""
    model = load_certainty_weights()
    names = ("hedge_sum", "hedge_max", "boosters", "attributions", "negated_hedges", "negated_boosters")
    counted = ("evidentials", "modals", "conditionals", "negations")
    inner = dict(model.words)
    for word, groups in _COUNTED.items():
        inner[word] = inner.get(word, 0.0) + sum(model.weights.get(counted[k], 0.0) for k in groups)
    return (*(model.weights.get(name, 0.0) for name in names), inner)


@lru_cache(maxsize=1)
def _function_cues() -> dict[str, tuple[str, float]]:
    """Modal, conditional and negation word -> its cue kind (modal first) and learned effect."""
    weights = load_certainty_weights().weights
    out = {}
    for kind, words in (("negation", NEGATIONS), ("conditional", CONDITIONALS), ("modal", MODALS)):
        out.update({w: (kind, weights.get(f"{kind}s", 0.0) + weights.get(f"w:{w}", 0.0)) for w in words})
    return out


def sentence_certainty(
    text: str, *, lexicon: Lexicon | None = None, tokens: Sequence[Token] | None = None,
    matches: Sequence[Match] | None = None, offset: int = 0,
) -> Certainty:
    """Certainty of ``text`` in [0, 1] and the cues behind it (offsets into ``text``, plus ``offset``:
    scoring passes where ``text`` starts in the article, so cues are not built twice).

    ``tokens``/``matches`` may be passed when already computed (scoring does)."""
    tokens = tokenize(text) if tokens is None else tokens
    if matches is None:
        matches = (lexicon or load_lexicon()).find(text, tokens)
    value, rows = certainty_parts(text, tokens, matches, offset)
    return frozen_instance(Certainty, {"value": value, "cues": certainty_cues(rows)})


def certainty_parts(text: str, tokens: Sequence[Token], matches: Sequence[Match], offset: int = 0, *,
                    weighted: Sequence[bool] | None = None, cue_word: Sequence[bool] | None = None,
                    ) -> tuple[float, tuple[CueRow, ...]]:
    """``sentence_certainty``'s value and its cues as rows (``certainty_cues`` builds them, scoring when read).
    ``weighted``, ``cue_word``: whether the model weighs each token, whether it may be a cue (``tone.reading``)."""
    model = load_certainty_weights()
    columns_ = columns(tokens)
    words = columns_[0]
    counted_at, cue_at, weighted, pairs = _terms_present(words, weighted, cue_word, clause_breaks(text, *columns_[1:]))
    raw = model.bias + sum(map(mul, _feature_values(text, words, columns_[1], matches, counted_at), _feature_weights()))
    # each word and word pair counts once (presence), as in training; summed in reading order, not
    # set order, so every process (string hashes differ) gets the same float. Only those with a weight
    # are kept (the rest would add 0.0, which changes no sum).
    raw += sum(map(model.words.__getitem__, weighted))
    raw += sum(map(model.bigrams.__getitem__, pairs))
    if cue_at:
        raw += model.weights.get("approximations", 0.0) * sum(words[i] in APPROXIMATORS for i in cue_at)
    value = min(1.0, max(0.0, raw))
    if not matches and not counted_at and not cue_at:  # no lexicon cue, function word or list word
        return value, ()
    return value, _cues(text, columns_, matches, model, offset, counted_at, cue_at)


def _terms_present(words: Sequence[str], weighted_flags: Sequence[bool] | None = None,
                   cue_flags: Sequence[bool] | None = None, breaks: Breaks | None = None,
                   ) -> tuple[list[int], list[int], dict[str, None], dict[tuple[str, str], None]]:
    """The indices of the counted words (``_counted_at``) and of the other cue words (``cue_words``,
    approximators before a number), and the words and word pairs with a weight, each once, in reading order
    (dicts as ordered sets). Each is one pass of set lookups (or of the flags given) in C; only the few cue
    words (and, in a model with pairs, the first words of weighted pairs) are visited in Python."""
    model = load_certainty_weights()
    weighted = dict.fromkeys(compress(words, map(model.words.__contains__, words) if weighted_flags is None
                                      else weighted_flags))
    counted_at: list[int] = []
    cue_at: list[int] = []
    nouns: set[str] = set()
    for i in compress(range(len(words)), map(_cue_words().__contains__, words) if cue_flags is None else cue_flags):
        word = words[i]
        if word not in _COUNTED and noun_use(words, i) or aside(words, i, breaks):  # "suspects", "asked if it could"
            nouns.add(word)  # no cue, nor its count or word weight unless used as a verb or claim too (claimscope)
        elif word in _COUNTED:
            counted_at.append(i)
        elif word not in APPROXIMATORS or (i + 1 < len(words) and _approximates(word, words[i + 1])):
            cue_at.append(i)
    for word in nouns.difference(words[i] for i in cue_at + counted_at):  # its weight, unless also used as a verb
        weighted.pop(word, None)  # a counted modal set aside may have no word weight of its own ("whether ... shall")
    pairs: dict[tuple[str, str], None] = {}
    if model.bigrams:
        seconds = _pair_seconds()
        for i in compress(range(len(words) - 1), map(seconds.__contains__, words)):
            if words[i + 1] in seconds[words[i]]:
                pairs[(words[i], words[i + 1])] = None
    return counted_at, cue_at, weighted, pairs


@lru_cache(maxsize=1)
def _cue_words() -> frozenset[str]:
    """The words that may be cues besides lexicon matches: counted words, approximators, the model's list words."""
    return frozenset(_COUNTED) | APPROXIMATORS | frozenset(load_certainty_weights().cue_words)


@lru_cache(maxsize=1)
def _pair_seconds() -> dict[str, frozenset[str]]:
    """The first word of each weighted word pair -> the second words it pairs with (one lookup a word)."""
    seconds: dict[str, set[str]] = {}
    for first, second in load_certainty_weights().bigrams:
        seconds.setdefault(first, set()).add(second)
    return {first: frozenset(words) for first, words in seconds.items()}
