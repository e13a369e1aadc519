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

``--precise`` (issue 14, topic is not tone): the chosen prior through the precision filters of
make_sentiwordnet_prior.precise (no nouns, no relational adjectives, rated neighbours agree, no nouns of people, a
subjectivity floor, adverbs from kept adjectives), each with the identity words it keeps, CV on the odd ids and
whole-sentence news tone on NewsMTSC TRAIN (devtest_mt never read); ``select`` names the shipped filter.

    MEDIADIFF_BENCH_DATA=/path/to/bench python bench/learn_sentiwordnet_prior.py [--precise]  # pip install textblob
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


IDENTITY = ("feminine masculine bisexual gay lesbian elderly homeless unmarried unemployed disabled immigrant "
            "immigrants muslim jewish black white democratic republican conservative liberal").split()
_FULL = {"nouns": False, "relational_kept": False, "neighbours": True, "adverb_base": True}
PRECISE = [  # precision filters of make_sentiwordnet_prior.precise, alone and stacked
    ("every word (main ed6cf76)", {}),
    ("no nouns", {"nouns": False}),
    ("no nouns, no relational adjectives", {"nouns": False, "relational_kept": False}),
    ("rated neighbours agree (every part of speech)", {"neighbours": True}),
    ("no nouns, no relational, rated neighbours agree", {"nouns": False, "relational_kept": False, "neighbours": True}),
    ("... + adverbs only from a passing adjective", _FULL),
    ("... + neighbours' subjectivity >= 0.5", {**_FULL, "neighbour_subjectivity": 0.5}),
    ("... + no nouns of people (person or group)", {**_FULL, "people": "person or group"}),
    ("... + no collective nouns of people (group)", {**_FULL, "people": "group"}),
    ("... + neighbours' subjectivity >= 0.5, no nouns of people (person or group)",
     {**_FULL, "neighbour_subjectivity": 0.5, "people": "person or group"}),
    ("... + neighbours' subjectivity >= 0.5, no collective nouns of people (group)",
     {**_FULL, "neighbour_subjectivity": 0.5, "people": "group"}),
    ("... + neighbours' subjectivity >= 0.5, no nouns of people (person or group), subjectivity >= 0.3",
     {**_FULL, "neighbour_subjectivity": 0.5, "people": "person or group", "min_subjectivity": 0.3}),
    ("... + neighbours' subjectivity >= 0.5, no collective nouns of people (group), subjectivity >= 0.3",
     {**_FULL, "neighbour_subjectivity": 0.5, "people": "group", "min_subjectivity": 0.3}),
    ("... + neighbours' subjectivity >= 0.5, no nouns of people (person or group), subjectivity >= 0.3, no function "
     "words", {**_FULL, "neighbour_subjectivity": 0.5, "people": "person or group", "min_subjectivity": 0.3,
               "closed_class": True}),
    ("no nouns, no relational, no nouns of people, adverbs from a passing adjective (no neighbours)",
     {"nouns": False, "relational_kept": False, "people": "person or group", "adverb_base": True}),
]


def newsmtsc_train(variants: dict[str, dict | None], *, scale: dict[str, float],
                   resamples: int = 300) -> dict[str, tuple[float, float]]:
    """Whole-sentence news tone of each NewsMTSC TRAIN mention against its target polarity (macro-F1 over 3 classes,
    Pearson r of the compound with -1 / 0 / 1), the run-time scorer with the shipped SentiWordNet words replaced by
    each variant's derived rows (None: none), each at ``scale`` x 4 x prior, x NEGATIVE_WEIGHT and x
    TOPIC_NOUN_WEIGHT as in ``news_lexicon`` (the first variant is the reference); paired bootstrap over sentences
    of the difference from it. devtest_mt is not read."""
    import numpy as np
    from learn_target_tone import read_mentions
    from scipy.stats import pearsonr

    from mediadiff.tone import sentiment as S
    from mediadiff.tone.newsrules import topic_words
    from mediadiff.tone.newswords import sentiwordnet_valences
    from mediadiff.tone.params import NEGATIVE_WEIGHT, SENTIWORDNET_SCALE, TOPIC_NOUN_WEIGHT

    rows = read_mentions("train")
    gold = np.array([{"negative": -1, "neutral": 0, "positive": 1}[r[3]] for r in rows])
    groups = {g: i for i, g in enumerate(dict.fromkeys(r[4] for r in rows))}
    group = np.array([groups[r[4]] for r in rows])
    rng = np.random.default_rng(14)
    members = [np.flatnonzero(group == g) for g in range(len(groups))]
    draws = [np.concatenate([members[g] for g in rng.integers(0, len(groups), len(groups))]) for _ in range(resamples)]
    analyzer, swn = S._analyzer(True), set(sentiwordnet_valences())
    shipped = analyzer.lexicon
    scores = {}
    for name, kept in variants.items():
        c, topic = scale.get(name, SENTIWORDNET_SCALE), topic_words()
        added = {w: c * 4 * row[0] for w, row in (kept or {}).items()}
        analyzer.lexicon = {**{w: v for w, v in shipped.items() if w not in swn},
                            **{w: (NEGATIVE_WEIGHT * v if v < 0 else v) * (TOPIC_NOUN_WEIGHT if w in topic else 1)
                               for w, v in added.items()}}
        try:
            by_sentence = {s: S.sentence_tone(s).compound for s in dict.fromkeys(r[0] for r in rows)}
        finally:
            analyzer.lexicon = shipped
        scores[name] = np.array([by_sentence[r[0]] for r in rows])
    labels = lambda x: np.where(x > 0.05, 1, np.where(x < -0.05, -1, 0))  # noqa: E731  (label_of's band)

    def f1(x, i) -> float:  # macro-F1 over the three classes
        predicted, truth = labels(x[i]), gold[i]
        out = []
        for k in (-1, 0, 1):
            hit = np.sum((predicted == k) & (truth == k))
            out.append(2 * hit / max(np.sum(predicted == k) + np.sum(truth == k), 1))
        return float(np.mean(out))
    base = scores[next(iter(variants))]
    print(f"NewsMTSC train: {len(rows)} mentions, {len(groups)} sentences; whole-sentence news tone")
    print("| variant | macro-F1 | Δ (bootstrap SE) | Pearson r | Δ r (SE) |\n|---|---|---|---|---|")
    everything, out = np.arange(len(rows)), {}
    for name, x in scores.items():
        out[name] = (f1(x, everything) - f1(base, everything), pearsonr(x, gold)[0] - pearsonr(base, gold)[0])
        df = [f1(x, i) - f1(base, i) for i in draws]
        dr = [pearsonr(x[i], gold[i])[0] - pearsonr(base[i], gold[i])[0] for i in draws]
        print(f"| {name} | {f1(x, everything):.4f} | {f1(x, everything) - f1(base, everything):+.4f} "
              f"({np.std(df):.4f}) | {pearsonr(x, gold)[0]:.4f} | "
              f"{pearsonr(x, gold)[0] - pearsonr(base, gold)[0]:+.4f} ({np.std(dr):.4f}) |", flush=True)
    return out


def precise_grid(scorer: Scorer, reference, data: dict) -> None:
    """--precise: the shipped prior (semcor, |prior| >= 0.2) through each precision filter, VADER's member at c 0.5
    and 1, w 0.3; the identity words each variant keeps; NewsMTSC train; the choice (select)."""

    base = SWN.derive("semcor", 0.2, data=data)
    rs, kept, sizes = {}, {}, {}
    print("| filter | words (a / v / r / n) | identity words kept | c 0.5 | c 1 |\n|---|---|---|---|---|")
    for name, options in PRECISE:
        derived = SWN.precise(base, data, **options)
        kept[name], sizes[name] = derived, len(derived)
        cells = []
        for c in (0.5, 1.0):
            rs[name, c] = W.cv_r(scorer.place(derived, "VADER c 0.5", scale=c), PATTERN_WEIGHT)
            cells.append(W.paired(rs[name, c], reference))
        parts = " / ".join(str(sum(v[5] == p for v in derived.values())) for p in "avrn")
        print(f"| {name} | {len(derived)} ({parts}) | {', '.join(w for w in IDENTITY if w in derived) or 'none'} | "
              + " | ".join(cells) + " |", flush=True)
    names = [name for name, _ in PRECISE]
    none = "no SentiWordNet words (main becb518)"
    news = {}
    for c in (0.5, 1.0):
        found = newsmtsc_train({none: None, **{f"{n}, c {c}": kept[n] for n in names}},
                               scale=dict.fromkeys((f"{n}, c {c}" for n in names), c))
        news.update({(n, c): found[f"{n}, c {c}"] for n in names})
    select(rs, reference, news, kept, sizes)


def select(rs: dict, reference, news: dict, kept: dict, sizes: dict) -> None:
    """Qualifying: no identity word kept, a paired CV gain over the tone without SentiWordNet of more than two
    standard errors, NewsMTSC train macro-F1 and r not below the tone without SentiWordNet; then the fewest words
    (then the smaller scale) within one standard error (the best's paired SE) of the best qualifying CV r."""
    import numpy as np

    se = {k: (r - reference).std(ddof=1) / np.sqrt(len(r)) for k, r in rs.items()}
    qualifying = [k for k, r in rs.items() if not any(w in kept[k[0]] for w in IDENTITY)
                  and (r - reference).mean() > 2 * se[k] and min(news[k]) >= 0]
    for k in qualifying:
        print(f"qualifies: {k} ({sizes[k[0]]} words): CV {W.paired(rs[k], reference)}; NewsMTSC train "
              f"Δ macro-F1 {news[k][0]:+.4f}, Δ r {news[k][1]:+.4f}")
    if not qualifying:
        print("no variant qualifies: take the SentiWordNet words out")
        return
    best = max(qualifying, key=lambda k: rs[k].mean())
    near = [k for k in qualifying if rs[k].mean() >= rs[best].mean() - se[best]]
    chosen = min(near, key=lambda k: (sizes[k[0]], k[1]))
    print(f"best qualifying {best}: {W.paired(rs[best], reference)}; within one SE: {near}; chosen (fewest words): "
          f"{chosen} ({sizes[chosen[0]]} words): {W.paired(rs[chosen], reference)}")


def main() -> None:
    import numpy as np

    scorer = Scorer()
    data = SWN.load()
    reference = W.cv_r(scorer.reference, PATTERN_WEIGHT)
    print(f"reference: the shipped tone (verb forms, topic nouns x0.75, w {PATTERN_WEIGHT}): CV r "
          f"{reference.mean():.4f} ± {reference.std(ddof=1) / np.sqrt(len(reference)):.4f}")
    if "--precise" in sys.argv:
        return precise_grid(scorer, reference, data)
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
