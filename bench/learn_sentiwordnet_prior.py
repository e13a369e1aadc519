"""Does a SentiWordNet 3.0 prior for words no shipped lexicon rates help news tone? (issue 14, NYT item)

The words and their priors come from bench/make_sentiwordnet_prior.py (formulas after Guerini, Gatti & Turchi 2013:
the plain mean of PosScore - NegScore over a word's senses, the mean weighted by 1 / sense number, the mean weighted
by SemCor counts, the first sense). Where they could go, as the WordNet words before them
(bench/learn_wordnet_verbs.py):

* VADER's member (the news lexicon), valence c x 4 x prior: where the topic-noun rule sees a noun (set aside when
  it classifies a noun or heads a subject, else counted TOPIC_NOUN_WEIGHT times) and negative valences count
  NEGATIVE_WEIGHT times, as at run time;
* Pattern's member, prior x subjectivity (SentiWordNet's PosScore + NegScore, the same weighted mean), as the WordNet
  adjectives are; nouns would escape the topic-noun rule there, so only adjectives, adverbs and verbs go there
  ("Pattern + nouns in VADER's": the nouns in VADER's member at c 0.25).

Same data, folds and reference as bench/learn_verb_form_senses.py: 5-fold CV grouped by article on the NYT
editorial snippets with ODD ids, two shufflings, news valences re-fitted without the held-out fold; the reference
is the shipped tone (the shipped verb forms in VADER's member at their lemma's rating, topic nouns x0.75, Pattern's
weight 0.3); paired per-fold differences of Pearson r, mean ± standard error over the 10 folds; the
one-standard-error rule towards the shipped tone (no words; then the fewest words, then w 0.3). Nothing from the
even ids is read.

    MEDIADIFF_BENCH_DATA=/path/to/bench python bench/learn_sentiwordnet_prior.py   # needs: pip install textblob
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import learn_topic_noun_weight as W  # noqa: E402
import learn_wordnet_verbs as LV  # noqa: E402
import make_sentiwordnet_prior as SWN  # noqa: E402

from mediadiff.tone.params import PATTERN_WEIGHT  # noqa: E402
from mediadiff.tone.sentiment import verb_forms  # noqa: E402

WEIGHTS = (0.25, 0.3, 0.35)
FORMULAS = ("mean", "rank", "semcor", "first")
THRESHOLDS = (0.2, 0.3, 0.4, 0.5)
PLACES = ("VADER c 0.25", "VADER c 0.5", "VADER c 1", "Pattern", "Pattern + nouns in VADER's")

VARIANTS = [
    ("every part of speech", lambda v: True),
    ("no nouns (topic is not tone)", lambda v: v[5] != "n"),
    ("adjectives and adverbs only", lambda v: v[5] in "ar"),
    ("verbs only", lambda v: v[5] == "v"),
    ("nouns only", lambda v: v[5] == "n"),
    ("subjectivity >= 0.3", lambda v: v[1] >= 0.3),
    ("subjectivity >= 0.5", lambda v: v[1] >= 0.5),
    ("no nouns, subjectivity >= 0.3", lambda v: v[5] != "n" and v[1] >= 0.3),
]


class Scorer(LV.Scorer):
    """learn_wordnet_verbs' scorer with the shipped verb forms always in VADER's member."""

    def __init__(self) -> None:
        super().__init__()
        self.forms = {w: rating for w, (rating, _) in verb_forms().items()}
        self.reference = self.place({}, "VADER c 1")

    def place(self, derived: dict, where: str, *, scale: float | None = None) -> dict:
        nouns = {w: v for w, v in derived.items() if v[5] == "n"}
        vader = {"VADER c 0.25": (derived, 0.25), "VADER c 0.5": (derived, 0.5), "VADER c 1": (derived, 1.0),
                 "Pattern": ({}, 0.0), "Pattern + nouns in VADER's": (nouns, 0.25)}[where]
        vader = (vader[0], vader[1] if scale is None else scale)
        extra = {**{w: vader[1] * 4 * v[0] for w, v in vader[0].items()}, **self.forms}
        added = self.sums(extra) - self.reference_sums
        run = dict(self.run, folds=[(fold, total + added) for fold, total in self.run["folds"]])
        if where.startswith("Pattern"):
            others = {w: v for w, v in derived.items() if v[5] != "n"}
            run["pattern"] = self.pattern_run(others)["pattern"]
        return run


def main() -> None:
    import numpy as np

    scorer = Scorer()
    data = SWN.load()
    reference = W.cv_r(scorer.reference, PATTERN_WEIGHT)
    print(f"reference: the shipped tone (verb forms, topic nouns x0.75, w {PATTERN_WEIGHT}): CV r "
          f"{reference.mean():.4f} ± {reference.std(ddof=1) / np.sqrt(len(reference)):.4f}")
    rs, sizes = {("none", 0, "none", PATTERN_WEIGHT): reference}, {("none", 0): 0}
    print("| formula | min \\|prior\\| | words | where | " + " | ".join(f"w {w}" for w in WEIGHTS) + " |\n"
          "|---|---|---|---|" + "---|" * len(WEIGHTS))
    for formula in FORMULAS:
        for threshold in THRESHOLDS:
            derived = SWN.derive(formula, threshold, data=data)
            sizes[formula, threshold] = len(derived)
            for where in PLACES:
                run, cells = scorer.place(derived, where), []
                for w in WEIGHTS:
                    rs[formula, threshold, where, w] = W.cv_r(run, w)
                    cells.append(W.paired(rs[formula, threshold, where, w], reference))
                print(f"| {formula} | {threshold} | {len(derived)} | {where} | " + " | ".join(cells) + " |",
                      flush=True)
    if "--fine" in sys.argv:  # around the best cell: the SemCor-weighted prior, more thresholds and scales, w 0.3
        for threshold in (0.1, 0.15, 0.2, 0.25):
            derived = SWN.derive("semcor", threshold, data=data)
            sizes["semcor", threshold] = len(derived)
            for c in (0.375, 0.5, 0.625, 0.75):
                run = scorer.place(derived, "VADER c 0.5", scale=c)
                rs["semcor", threshold, f"VADER c {c}", PATTERN_WEIGHT] = r = W.cv_r(run, PATTERN_WEIGHT)
                print(f"fine: semcor, |prior| >= {threshold} ({len(derived)} words), VADER c {c}, w {PATTERN_WEIGHT}: "
                      f"{W.paired(r, reference)}", flush=True)
    if "--variants" in sys.argv:  # the chosen prior restricted: parts of speech, a subjectivity floor
        base = SWN.derive("semcor", 0.2, data=data)
        for name, keep in VARIANTS:
            derived = {w: v for w, v in base.items() if keep(v)}
            r = W.cv_r(scorer.place(derived, "VADER c 0.5"), PATTERN_WEIGHT)
            print(f"variant: semcor, |prior| >= 0.2, {name} ({len(derived)} words), VADER c 0.5, w {PATTERN_WEIGHT}: "
                  f"{W.paired(r, reference)}", flush=True)
    best = max(rs, key=lambda key: rs[key].mean())
    within = [key for key, r in rs.items() if (r - rs[best]).mean() >= -(r - rs[best]).std(ddof=1) / np.sqrt(len(r))]
    chosen = min(within, key=lambda key: (key[0] != "none", sizes[key[:2]], abs(key[3] - PATTERN_WEIGHT)))
    for key in sorted(within, key=lambda key: -rs[key].mean()):
        print(f"within one SE of the best: {key} ({sizes[key[:2]]} words): {W.paired(rs[key], reference)}")
    print(f"CV-best {best}: {W.paired(rs[best], reference)}; one-standard-error choice {chosen}: "
          f"{W.paired(rs[chosen], reference)}; {len(within)} of {len(rs)} within one SE")


if __name__ == "__main__":
    main()
