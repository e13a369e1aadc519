"""The evidence behind each alignment row: what corresponds, what changed, how sure.

- ``word_pairs``: a monolingual word alignment of a reworded pair (the
  similarity work's ``wordalign``): same words, stems, names and numbers,
  related words and WordNet synonyms.
- ``certainty_change``: a change of modality ("may", "reportedly", "claimed") or negation
  between A and B on what both say (``modality``), which a reader must not miss even when the fact is shared.
- ``claim_change``: what makes two aligned sentences say different things though
  their words correspond: figures that disagree, opposite words, a negation on
  one side only; such a row does not restate (``AlignedPair.restates``).
- ``pair_confidence``: how sure a reworded row (a split or merge too) is, a
  logistic regression over the evidence the row already has (its word
  similarity, whether it joins sentences), fitted on development gold rows
  (``params.PAIR_CONFIDENCE``). The link score alone said 0.93 of a row that
  shares only names.
- ``link_confidence``: a logistic curve of the link score (0.5 at the floor);
  a dropped or added row's confidence is one minus that of its nearest sentence.
- ``unmatched_row``: a dropped or added sentence with its nearest sentence in
  the other article, that sentence's score and why it was not taken.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from mediadiff.align import lexicon
from mediadiff.align.claims import reading
from mediadiff.align.figurediff import figure_changes
from mediadiff.align.modality import certainty_readings, stance_cues
from mediadiff.align.negation import negations, opposite_words, says_negation
from mediadiff.align.params import (
    BARE_PREDICATE_CONFIDENCE,
    CHANGED_PARAPHRASE,
    COINCIDENCE_BELOW,
    CONFIDENCE_SCALE,
    PAIR_CONFIDENCE,
    ConfidenceModel,
)
from mediadiff.align.replaced import replaced_names, replaced_ordinals
from mediadiff.align.roles import swapped_roles
from mediadiff.align.rows import AlignedPair
from mediadiff.align.similarity import DiffOp
from mediadiff.align.vectors import word_term
from mediadiff.align.wordalign import WordToken, align_tokens, align_words, analyse
from mediadiff.models import Sentence
from mediadiff.voices.wordclass import reads_as_verb


def pair_features(text_a: str, text_b: str, *, score: float, similarity: float | None, paraphrase: float | None,
                  pairs: Sequence[tuple[str, str]], floor: float, parts: int = 2, shared: float = 0.0,
                  names_needed: bool = True) -> dict[str, float]:
    """The evidence a pair row already has, as numbers: what its confidence is read from.

    ``link``: link score minus the floor; ``similarity``: the row's word-aligned
    similarity; ``paraphrase``: its paraphrase probability; ``name_share``: the
    share of its corresponding words (``pairs``) that are names or dates
    (``claims.reading``: "Trump", "January", "12"), 1 when none correspond;
    ``content_words``: log(1 + corresponding words that are not); ``joined``: 1
    for a split or merge (``parts``: sentences in the row); ``shared``: the lesser
    of the two articles' shares of sentences the alignment pairs (a property of the
    article pair, not of the row: in two articles that share few facts a link is
    more often a coincidence). Without ``names_needed`` the two name features are
    left out (they cost a reading of the texts).
    """
    features = {"link": score - floor, "similarity": similarity or 0.0, "paraphrase": paraphrase or 0.0,
                "joined": float(parts > 2), "shared": shared}
    if names_needed:
        names = reading(text_a)[1] | reading(text_b)[1]
        named = sum(word_term(a)[1] in names or word_term(b)[1] in names for a, b in pairs)
        features.update(name_share=named / len(pairs) if pairs else 1.0, content_words=math.log1p(len(pairs) - named))
    return features


def pair_reason(score: float, floor: float, a_count: int, b_count: int) -> str:
    """Why a pair was aligned, in words."""
    shape = ("one sentence of A split in B" if b_count > 1 else
             "sentences of A merged in B" if a_count > 1 else "matched one to one")
    return f"{shape}; link score {score:.2f} (floor {floor:.2f})"


def certainty_change(text_a: str, text_b: str) -> str | None:
    """"A only: reportedly; B only: clearly"-style note when one side hedges or boosts and the other does not,
    else None (a hedge on each side, "could harm" / "may affect", is no change of certainty).

    A cue (a hedge, booster or distancing reporting verb of the outlet's own: ``modality.certainty_readings``,
    the reading of the "Same fact, different certainty" list too) counts only when the words it governs have a
    counterpart on the other side: "after he allegedly pointed a revolver" hedges a revolver the other sentence
    never mentions. A negation is no certainty cue (polarity, not modality: ``negation``); ``claim_change``
    says "negated in A only".
    """
    ta, tb = analyse(text_a), analyse(text_b)
    pairs = align_tokens(text_a, text_b)
    cues_a = [c for c in certainty_readings(text_a, ta, {i for i, _, _, _ in pairs}) if c[0] != "negation"]
    cues_b = [c for c in certainty_readings(text_b, tb, {j for _, j, _, _ in pairs}) if c[0] != "negation"]
    differ = {kind for kind, _ in cues_a} ^ {kind for kind, _ in cues_b}
    # A side that gives the fact in a quote holding a cue of the same kind does not assert it (tone.stance).
    differ -= {kind for kind in differ if _quoted_kind(*((text_b, tb, pairs, 1) if any(k == kind for k, _ in cues_a)
                                                         else (text_a, ta, pairs, 0)), kind)}
    only_a = list(dict.fromkeys(word for kind, word in cues_a if kind in differ))
    only_b = list(dict.fromkeys(word for kind, word in cues_b if kind in differ))
    parts = []
    if only_a:
        parts.append("A only: " + ", ".join(only_a))
    if only_b:
        parts.append("B only: " + ", ".join(only_b))
    return "; ".join(parts) or None


def _quoted_kind(text: str, tokens: tuple[WordToken, ...], pairs: Sequence[tuple[int, int, str, float]], side: int,
                 kind: str) -> bool:
    """Whether ``text`` (side 0 A, 1 B of the word links ``pairs``) quotes a cue of ``kind`` on the shared fact."""
    hedges, boosters = stance_cues(text, tokens, {link[side] for link in pairs}, quoted=True)
    return bool(hedges if kind == "hedge" else boosters)


def claim_change(text_a: str, text_b: str) -> str | None:
    """What the two sides state differently although their words correspond, or None.

    "figures differ: 65 -> 56" (each side has a number the other does not; ordinals too, "seventh ->
    sixth": ``replaced.replaced_ordinals``), "names differ: Hasim Rahman -> Tony Thompson" (a person's name
    of each side left unlinked in the same place: ``replaced.replaced_names``),
    "opposite words: rose -> fell" (antonyms neither side links, in the same
    place: a neighbour of each links to a neighbour of the other), "negated in B
    only (not)" (a negation whose clause, up to three words on, holds a word the
    other side carries: "does not fund" / "funds", but not "Scruggs, who did not
    testify, was cleared" / "Scruggs was cleared"), "roles swapped: Smith beat
    Jones -> Jones beat Smith" (``roles.swapped_roles``). The paraphrase
    probability weighs such signals among many and can still say 0.98; a reader
    must see the change itself, and the row states at most ``stated_paraphrase``.
    """
    ta, tb = analyse(text_a), analyse(text_b)
    links = align_tokens(text_a, text_b)
    pairs = {(i, j) for i, j, _, _ in links}
    linked_a, linked_b = {i for i, _ in pairs}, {j for _, j in pairs}
    left_a = [t for t in ta if t.index not in linked_a]
    left_b = [t for t in tb if t.index not in linked_b]
    parts = []
    figures = [f"{', '.join(xs)} -> {', '.join(ys)}"
               for xs, ys in figure_changes(text_a, ta, left_a, text_b, tb, left_b, pairs)]
    figures += [f"{x} -> {y}" for x, y in replaced_ordinals(text_a, ta, text_b, tb, pairs)]
    if figures:
        parts.append("figures differ: " + "; ".join(figures))
    names = replaced_names(text_a, ta, text_b, tb, links)
    if names:
        parts.append("names differ: " + ", ".join(names))
    opposite = opposite_words(text_a, ta, left_a, text_b, tb, left_b, pairs)
    if opposite:
        parts.append("opposite words: " + ", ".join(dict.fromkeys(opposite)))
    # A negation's focus needs a counterpart of its own word or meaning, not a related word ("won't play" /
    # "playoff game" negates nothing the other side says).
    firm = [(i, j) for i, j, kind, _ in links if kind != "related"]
    negation_a, negation_b = negations(text_a, ta, {i for i, _ in firm}), negations(text_b, tb, {j for _, j in firm})
    swapped = swapped_roles(text_a, ta, text_b, tb, pairs)
    if swapped:
        parts.append(f"roles swapped: {swapped}")
    if bool(negation_a) != bool(negation_b):
        # The other side must say no negation at all, neither a word nor a negative verb ("had yet to regain" /
        # "had not yet regained"), nor "not" in a clause whose words found no counterpart ("Not a decision I
        # wanted" / "not one I wanted"): modality.says_negation.
        if not says_negation(*((text_b, tb) if negation_a else (text_a, ta))):
            parts.append(f"negated in {'A' if negation_a else 'B'} only ({', '.join(negation_a or negation_b)})")
    return "; ".join(parts) or None


def stated_paraphrase(probability: float, change: str | None) -> float:
    """The paraphrase probability a row states: at most ``params.CHANGED_PARAPHRASE`` when its claim changes
    (``claim_change``), so that "says something else" never stands beside a probability that says it restates."""
    return min(probability, CHANGED_PARAPHRASE) if change else probability


def word_pairs(text_a: str, text_b: str) -> tuple[tuple[str, str], ...]:
    """Content words of A and the words of B they correspond to, in A's order.

    From the monolingual word aligner (``mediadiff.align.wordalign``): the same
    word, stem or number, a related word ("Mexican"/"Mexico's") or a WordNet
    synonym ("refused"/"rejection"); each word used once. A link made only
    through a broader word ("murder"/"kill") counts towards the similarity but
    is shown only with support from its context (a word next to it, or one
    further, links in the same direction: "were murdered" / "were killed"), as
    Sultan et al. (2014) weigh non-identical links: alone such links read as
    nonsense ("contacts"/"border"). On iSTS headlines that keeps 44 of the 58
    right ones and drops 22 of the 24 wrong ones (``python bench/bench_word_pairs_ists.py``).
    """
    tokens_a, tokens_b = analyse(text_a), analyse(text_b)
    links = align_words(text_a, text_b)
    linked = {(link.a_index, link.b_index) for link in links}
    return tuple((link.a_text, link.b_text) for link in links
                 if tokens_a[link.a_index].is_content
                 and (link.kind != "related" or _supported(link.a_index, link.b_index, linked)
                      or not _broader_only(tokens_a[link.a_index], tokens_b[link.b_index])))


def _supported(i: int, j: int, linked: set[tuple[int, int]]) -> bool:
    """True when a word within two places of the link links in the same direction (i+d, j+d)."""
    return any((i + step, j + step) in linked for step in (-2, -1, 1, 2))


def _broader_only(word_a: WordToken, word_b: WordToken) -> bool:
    """True when two "related" words are linked only through a broader word, not as forms of one word."""
    return not (any(lexicon.linked(stem, "related") & word_b.stems for stem in word_a.stems)
                or any(lexicon.linked(stem, "related") & word_a.stems for stem in word_b.stems))


def beside_floor(score: float, floor: float) -> tuple[str, str]:
    """A score and the floor it is compared with, in two decimals, or in as many more as it takes for the
    two to differ as they do ("0.2099, below the floor 0.2100", never "0.21, below the floor 0.21")."""
    for places in (2, 3, 4):
        shown, floor_shown = f"{score:.{places}f}", f"{floor:.{places}f}"
        if shown != floor_shown or score == floor:
            break
    return shown, floor_shown


def unmatched_row(status: str, sentence: Sentence, nearest: tuple[float, int] | None, taken: Any,
                  floor: float, *, refusal: str | None = None, similarity: float | None = None) -> AlignedPair:
    """A dropped (A) or added (B) row with its nearest sentence of the other article and why not.

    ``refusal`` (``claims.ClaimRule.refusal``), why the nearest sentence, at the floor, was refused: "names" (it
    shares only names and dates), "words" (``similarity``, their word similarity, is below the floor),
    "coincidence" (``similarity`` is the refused row's confidence), "event" (it reports another event).
    """
    mine, other = ("A", "B") if status == "dropped" else ("B", "A")
    op = DiffOp("delete", sentence.text, "") if status == "dropped" else DiffOp("insert", "", sentence.text)
    sides = ((sentence,), ()) if status == "dropped" else ((), (sentence,))
    if nearest is None:
        return AlignedPair(status, *sides, None, (op,), 0.0, 1.0, None,
                           f"no sentence of {other} shares a rare word with it")
    score, index = nearest[0], -nearest[1]
    kind = (refusal if refusal in ("names", "event", "words", "coincidence") and score >= floor
            else "below" if score < floor or taken is None else "taken")
    if kind == "names":
        why = (f"nearest is {other}{index + 1} (link score {score:.2f}), but the two share only names and "
               f"dates, nothing that is said of them")
    elif kind == "event":
        why = (f"nearest is {other}{index + 1} (link score {score:.2f}), but it reports another event and shares "
               f"only what the two are about; another sentence reports this one's event")
    elif kind == "words":
        shown, floor_shown = beside_floor(similarity or 0.0, floor)
        why = (f"nearest is {other}{index + 1} (link score {score:.2f}), but their words hardly correspond "
               f"(word similarity {shown}, below the floor {floor_shown})")
    elif kind == "coincidence":
        why = (f"nearest is {other}{index + 1} (link score {score:.2f}), but the two articles share few sentences "
               f"and the pair is more likely a coincidence of topic words than one fact (confidence "
               f"{similarity or 0.0:.2f}, below {COINCIDENCE_BELOW:.2f})")
    elif kind == "below":
        shown, floor_shown = beside_floor(score, floor)
        why = f"nearest is {other}{index + 1}, link score {shown}, below the floor {floor_shown}"
    else:
        where = ",".join(f"{mine}{k + 1}" for k in (taken.a if mine == "A" else taken.b))
        why = (f"nearest is {other}{index + 1} (link score {score:.2f}), but it is aligned with {where}, "
               f"a better match; adding this sentence would not improve that pair")
    # The link score alone still decides a dropped or added row's confidence: a model over its evidence
    # (why the nearest sentence was not taken) beat it on development rows and lost to it on the seed
    # "test" pairs and the held-out AllSides pairs (bench/results/alignconf.md).
    return AlignedPair(status, *sides, None, (op,), score, 1.0 - link_confidence(score, floor), index, why)


def link_confidence(score: float, floor: float) -> float:
    """Confidence in [0, 1] that a pair with this link score reports the same fact (0.5 at the floor): the
    confidence of a dropped or added row is one minus that of its nearest sentence."""
    return 1.0 / (1.0 + math.exp(-(score - floor) / CONFIDENCE_SCALE))


def pair_confidence(text_a: str, text_b: str, *, score: float, similarity: float | None,
                    paraphrase: float | None, pairs: Sequence[tuple[str, str]], floor: float, parts: int,
                    shared: float) -> float:
    """Confidence in [0, 1] that the sentences of a reworded row (a split or merge too) report one fact.

    Read from the row's evidence (``pair_features``) by ``params.PAIR_CONFIDENCE``, fitted on
    development rows (gold pairs and PolNeAR rows judged by hand): its link score, the content words
    that correspond beyond names and dates (a row sharing only names, "Sanders is burrowing in for a
    floor fight" / "That won't end the competition with Sanders", has none), whether it joins
    sentences, and ``shared``, the lesser of the two articles' shares of sentences paired at all. A row whose one
    corresponding word is a verb (``voices.wordclass.reads_as_verb``), no argument shared, is at most
    ``params.BARE_PREDICATE_CONFIDENCE``: uncertain.
    """
    features = pair_features(text_a, text_b, score=score, similarity=similarity, paraphrase=paraphrase,
                             pairs=pairs, floor=floor, parts=parts, shared=shared, names_needed=_NAMES_NEEDED)
    probability = _probability(PAIR_CONFIDENCE, features)
    # A predicate without its arguments is no proposition: a row whose one corresponding word is a verb ("You can't
    # replace that." / "She then replaced board members with her cronies.") shares no participant (qa15 A8).
    if len(pairs) == 1 and all(reads_as_verb(word.lower()) for word in pairs[0]):
        return min(probability, BARE_PREDICATE_CONFIDENCE)
    return probability


_NAMES_NEEDED = any(name in ("name_share", "content_words") for name, _ in PAIR_CONFIDENCE.weights)


def _probability(model: ConfidenceModel, features: dict[str, float]) -> float:
    return 1.0 / (1.0 + math.exp(-(model.intercept + sum(w * features[name] for name, w in model.weights))))


def describe(pair: AlignedPair, *, words: int = 8) -> str:
    """One line of evidence for a row: why it is what it is, the words that correspond, a certainty change."""
    parts = [pair.reason] if pair.reason else []
    if pair.word_pairs:
        shown = [a if a.lower() == b.lower() else f"{a}={b}" for a, b in pair.word_pairs[:words]]
        more = f" (+{len(pair.word_pairs) - words} more)" if len(pair.word_pairs) > words else ""
        parts.append("corresponding words: " + ", ".join(shown) + more)
    if pair.status == "reworded" and pair.paraphrase is not None:
        verdict = (f"says something else: {pair.change}" if pair.change else
                   "restates it" if pair.restates else "one side says more or something else")
        parts.append(f"{verdict} (paraphrase probability {pair.paraphrase:.2f})")
    if pair.certainty:
        parts.append(f"certainty changes ({pair.certainty})")
    if pair.uncertain:
        parts.append("uncertain")
    return "; ".join(parts)
