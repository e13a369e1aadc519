"""Which rated lemmas should pass their rating to their verb forms, and at which valence? (toneforms, issue 14)

``mediadiff/data/wordnet_verb_forms.tsv`` (bench/make_wordnet_verbs.py) gives 123 unrated inflections of rated
verbs their lemma's VADER valence. VADER rates a word, not a sense: where its raters read the word as a noun or an
adjective, the verb form takes a rating of another word ("fanned" +1.3 from a fan, "tempered" -1.8 from a temper,
"sparked" +0.9 from a spark, "topped" +0.8). And the form takes VADER's valence of the lemma, not the valence the
news lexicon gives it ("helped" +1.7 while "help" counts +2.6, "lacked" -1.3 while "lack" counts -2.8).

Two questions, answered on the NYT editorial snippets with ODD ids only:

1. **Which lemmas' rated sense is a verb.** Filters, each a subset of the shipped 123 forms (their lemma filter
   stays): ``verb usage``: the lemma's SemCor-tagged verb uses are at least its noun uses and its adjective/adverb
   uses (WordNet's ``cntlist.rev``; a lemma SemCor never tags: verb senses at least noun senses) -- a rater reading
   the word out of context reads its commonest use; ``verb evidence``: the lemma's first 3 verb senses link
   (synonym, verb group, antonym flipped, derivation; ``make_wordnet_verbs.votes``) to rated words whose mean
   polarity has the rating's sign -- the verb itself is rated that way by its neighbours; ``verb usage or verb
   evidence``; ``no contrary evidence``: drop only a lemma whose verb senses' neighbours have the other sign.
2. **Which valence**: VADER's rating of the lemma (shipped), or the lemma's valence in the news lexicon (the
   news valences, re-fitted without the held-out fold as everything else is; VADER's where the lemma is not
   re-rated), as every other word of the news lexicon is read.

Folds, reference and rule as bench/learn_wordnet_verbs.py (5-fold CV grouped by article, two shufflings, news
valences re-fitted without the held-out fold, negative valences x1.3, topic nouns x0.75, Pattern's weight 0.3);
paired per-fold differences of Pearson r against the shipped forms, mean ± standard error over the 10 folds.
Nothing from the even ids is read.

    MEDIADIFF_BENCH_DATA=/path/to/bench python bench/learn_verb_form_senses.py   # needs: pip install textblob
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import learn_news_valence as L  # noqa: E402
import learn_tone_blend as B  # noqa: E402
import learn_topic_noun_weight as W  # noqa: E402
import learn_wordnet_verbs as LV  # noqa: E402
import make_wordnet_verbs as V  # noqa: E402

from mediadiff.tone.params import PATTERN_WEIGHT  # noqa: E402

# (name, which of the shipped forms' lemmas pass their rating on)
FILTERS = [
    ("shipped (lemma not mostly an adjective, verb senses >= a third of noun senses)", lambda lemma, data: True),
    ("verb senses outnumber noun and adjective senses (WordNet sense counts, the brief's first example)",
     lambda lemma, data: V.mostly(lemma, "v", data["counts"])),
    ("verb senses outnumber the others, or verb evidence", lambda lemma, data: V.mostly(lemma, "v", data["counts"])
     or V.verb_evidence(lemma, data["seeds"][lemma][0], data) > 0),
    ("verb usage", V.verb_usage),
    ("verb evidence", lambda lemma, data: V.verb_evidence(lemma, data["seeds"][lemma][0], data) > 0),
    ("VADER rates a verb-only form", V.vader_rates_verb_form),
    ("verb usage or verb evidence", lambda lemma, data: V.verb_usage(lemma, data)
     or V.verb_evidence(lemma, data["seeds"][lemma][0], data) > 0),
    ("verb sense: a VADER-rated verb form, verb usage or verb evidence", V.rated_as_verb),
    ("verb sense, verb-rated neighbours only", lambda lemma, data: V.rated_as_verb(lemma, data, "verb sense, "
                                                                                 "verb-rated neighbours")),
    ("no contrary verb evidence", lambda lemma, data: V.verb_evidence(lemma, data["seeds"][lemma][0], data) >= 0),
]


def filtered(forms: dict, data: dict) -> dict[str, dict]:
    """Each filter's subset of ``forms`` (form -> make_wordnet_verbs row; row[4] the lemma)."""
    return {name: {w: row for w, row in forms.items() if keep(row[4], data)} for name, keep in FILTERS}


class FoldScorer(LV.Scorer):
    """learn_wordnet_verbs' scorer, with the news valences of every training fold kept, so a form can take its
    lemma's news valence as fitted without the held-out fold."""

    def __init__(self) -> None:
        super().__init__()
        import numpy as np
        from sklearn.model_selection import GroupKFold

        *_, candidates, data = L.training_data()
        n = len(self.nyt)
        self.column = {w: j for j, w in enumerate(candidates)}
        groups, self.fold_valences = np.array([a for a, _, _ in self.nyt]), []
        for seed in range(L.REPEATS):
            splits = GroupKFold(5, shuffle=True, random_state=seed).split(np.arange(n), groups=groups)
            per_fold = []
            for train, _ in splits:
                rows = np.concatenate([train, np.arange(n, len(data["y"]))])
                evidence = np.asarray(data["present"][rows].sum(axis=0)).ravel()
                per_fold.append(L.valences(data, rows, B.SHIPPED, evidence))
            self.fold_valences.append(per_fold)

    def news_run(self, forms: dict) -> dict:
        """The forms in VADER's member at their lemma's news valence of each training fold."""
        texts = L.prepared(self.raw, {**self.base, **dict.fromkeys(forms, 1.0), **dict.fromkeys(self.new, 1.0)})
        folds = []
        for (fold, total), valences in zip(self.run["folds"], self.fold_valences):
            total = total.copy()
            for j, valence in enumerate(valences):
                extra = {w: float(valence[self.column[row[4]]]) if row[4] in self.column else 4 * row[0]
                         for w, row in forms.items()}
                added = self.sums(extra, texts) - self.reference_sums
                total[fold == j] += added[fold == j]
            folds.append((fold, total))
        return dict(self.run, folds=folds)


def main() -> None:
    import numpy as np

    scorer = FoldScorer()
    data = V.load()
    shipped = V.derive(pos_kept="v", lemma_filter="verb third", data=data)
    shipped = {w: v for w, v in shipped.items() if {x.split(":")[0] for x in v[3].split()} == {"inflection"}}
    sets = filtered(shipped, data)
    reference = W.cv_r(scorer.vader_run(shipped, 1.0), PATTERN_WEIGHT)
    none = W.cv_r(scorer.run, PATTERN_WEIGHT)
    print(f"the shipped forms ({len(shipped)}, VADER's lemma valence): CV r {reference.mean():.4f} ± "
          f"{reference.std(ddof=1) / np.sqrt(len(reference)):.4f}; without forms {W.paired(none, reference)}")
    print("| lemmas whose rating passes to their forms | forms | VADER's lemma valence | the lemma's news valence |\n"
          "|---|---|---|---|")
    for name, forms in sets.items():
        cells = [W.paired(W.cv_r(run, PATTERN_WEIGHT), reference)
                 for run in (scorer.vader_run(forms, 1.0), scorer.news_run(forms))]
        print(f"| {name} | {len(forms)} | " + " | ".join(cells) + " |", flush=True)
    for name, forms in sets.items():
        lemmas = sorted({row[4] for w, row in shipped.items() if w not in forms})
        print(f"{name}: {len(lemmas)} lemmas dropped: {', '.join(lemmas)}")


if __name__ == "__main__":
    main()
