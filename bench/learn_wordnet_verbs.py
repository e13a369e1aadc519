"""Do the verbs and derived nouns WordNet carries tone to (bench/make_wordnet_verbs.py) help news tone?

Issue 14, NYT item: "missed words" (mostly verbs and nouns: "flourished", "sabotaged", "cause for celebration")
were the largest cause in the error analysis of the odd ids. Two places the words could go:

* VADER's member (the news lexicon), valence c x 4 x polarity (not learned): where VADER's own verbs and nouns
  are, and where the topic-noun rule sees a noun (set aside when it classifies a noun or heads a subject, else
  counted TOPIC_NOUN_WEIGHT times) and negative valences count NEGATIVE_WEIGHT times, as at run time;
* Pattern's member, as the WordNet adjectives are (polarity x subjectivity, Pattern's rules and mean); a noun
  there would escape the topic-noun rule, so only the verb forms are tried there.

Same data, folds and reference as bench/learn_topic_noun_weight.py: 5-fold CV grouped by article on the NYT
editorial snippets with ODD ids, two shufflings, news valences re-fitted without the held-out fold; the reference
is the shipped tone (topic nouns x0.75, w 0.3); paired per-fold differences of Pearson r, one-standard-error rule
towards the shipped tone (no words; then the fewest words, then w 0.3). The texts are prepared (names masked,
set-aside rules applied) with the new words in the lexicon, as at run time; the learned valences' correction is
the reference's (a new word that makes the rules set an old one aside is counted at the old word's VADER valence:
an approximation, small). Nothing from the even ids is read.

    MEDIADIFF_BENCH_DATA=/path/to/bench python bench/learn_wordnet_verbs.py   # needs: pip install textblob
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
import learn_wordnet_tone as T  # noqa: E402
import make_wordnet_verbs as V  # noqa: E402

from mediadiff.tone import pattern as P  # noqa: E402
from mediadiff.tone import sentiment as S  # noqa: E402
from mediadiff.tone.newsrules import topic_words  # noqa: E402
from mediadiff.tone.params import NEGATIVE_WEIGHT, PATTERN_WEIGHT, TOPIC_NOUN_WEIGHT  # noqa: E402

WEIGHTS = (0.25, 0.3, 0.35)
SCALES = (0.25, 0.5, 1.0)  # c: valence c x 4 x polarity in VADER's member
# (name, derive options)
SETTINGS = [
    ("verbs and nouns, votes >= 1, |p| >= 0.2 (the Liu check's setting)", {}),
    ("verbs and nouns, votes >= 1, |p| >= 0.3", {"min_polarity": 0.3}),
    ("verbs and nouns, votes >= 2, |p| >= 0.2", {"min_votes": 2}),
    ("verbs only, votes >= 1, |p| >= 0.2", {"pos_kept": "v"}),
    ("derived nouns only, votes >= 1, |p| >= 0.2", {"pos_kept": "n"}),
    ("inflections of rated verbs only (lemma not mostly an adjective, verb senses >= a third of noun senses)",
     {"pos_kept": "v", "only": "inflection", "lemma_filter": "verb third"}),
    ("inflections of rated verbs only (lemma not mostly an adjective)", {"pos_kept": "v", "only": "inflection",
                                                                         "lemma_filter": "not adjective"}),
    ("inflections of rated verbs only (lemma mostly a verb)", {"pos_kept": "v", "only": "inflection",
                                                               "lemma_filter": "mostly"}),
    ("inflections of rated verbs only (any rated lemma)", {"pos_kept": "v", "only": "inflection",
                                                           "lemma_filter": "any"}),
    ("plurals of rated nouns only", {"pos_kept": "n", "plurals": True, "only": "plural"}),
    ("inflections of rated verbs and plurals of rated nouns", {"plurals": True, "only": ("inflection", "plural")}),
]


def shipped_factor(word: str) -> float:
    return TOPIC_NOUN_WEIGHT if word in topic_words() else 1.0


def derived_words(options: dict, data: dict) -> dict:
    options = dict(options)
    only = options.pop("only", None)
    derived = V.derive(data=data, **options)
    if only:
        kinds = {only} if isinstance(only, str) else set(only)
        derived = {w: v for w, v in derived.items() if {x.split(":")[0] for x in v[3].split()} <= kinds}
    return derived


class Scorer:
    """The odd-id snippets' VADER-member sums with extra words in the news lexicon, and Pattern's member with extra
    words in its lexicon, beside the shipped run."""

    def __init__(self) -> None:
        import numpy as np

        base, _, nyt, _, texts, candidates, data = L.training_data()
        self.nyt, self.base = nyt, base
        self.raw = [S.straighten_quotes(t) for _, _, t in nyt]
        self.new = [w for w in candidates if w not in base]  # learned words VADER lacks: in the lexicon at run time
        self.reference_sums = self.sums({}, texts[: len(nyt)])
        self.run = W.held_out(shipped_factor)
        self.pattern_lexicon = P.load_pattern_lexicon()
        self.np = np

    def sums(self, extra: dict[str, float], texts: list[str] | None = None):
        """VADER's summed sentiments with the news lexicon's rules (negative x k, topic nouns x beta)."""
        lexicon = {**self.base, **extra}
        if texts is None:
            texts = L.prepared(self.raw, {**lexicon, **dict.fromkeys(self.new, 1.0)})
        factor = {w: shipped_factor(w) for w in lexicon}
        return B.vader_sums(texts, {w: factor[w] * v for w, v in lexicon.items()}, NEGATIVE_WEIGHT)

    def vader_run(self, derived: dict, scale: float) -> dict:
        added = self.sums({w: scale * 4 * v[0] for w, v in derived.items()}) - self.reference_sums
        return dict(self.run, folds=[(fold, total + added) for fold, total in self.run["folds"]],
                    touched=int((added != 0).sum()))

    def pattern_run(self, derived: dict) -> dict:
        rows = {w: P.PatternWord(p * s, s, 1.0, False) for w, (p, s, *_) in derived.items()}
        T.with_lexicon({**rows, **self.pattern_lexicon})
        pattern = self.np.array([B.pattern_polarity(t) or 0.0 for _, _, t in self.nyt])
        T.with_lexicon(self.pattern_lexicon)
        return dict(self.run, pattern=pattern, touched=int((pattern != self.run["pattern"]).sum()))


def main() -> None:
    import numpy as np

    scorer = Scorer()
    reference = W.cv_r(scorer.run, PATTERN_WEIGHT)
    print(f"reference: the shipped tone (topic nouns x{TOPIC_NOUN_WEIGHT}, w {PATTERN_WEIGHT}): CV r "
          f"{reference.mean():.4f} ± {reference.std(ddof=1) / np.sqrt(len(reference)):.4f}")
    data = V.load()
    rs, sizes = {("none", 0, PATTERN_WEIGHT): reference}, {"none": 0}
    print("| words | where | forms | odd snippets changed | " + " | ".join(f"w {w}" for w in WEIGHTS) + " |\n"
          "|---|---|---|---|" + "---|" * len(WEIGHTS))
    for name, options in SETTINGS:
        derived = derived_words(options, data)
        sizes[name] = len(derived)
        places = [(f"VADER's member, c {c}", c, scorer.vader_run(derived, c)) for c in SCALES]
        verbs = {w: v for w, v in derived.items() if v[5] == "v"}
        if verbs:
            places.append(("Pattern's member (verb forms)", "pattern", scorer.pattern_run(verbs)))
        for where, key, run in places:
            cells = []
            for w in WEIGHTS:
                rs[name, key, w] = W.cv_r(run, w)
                cells.append(W.paired(rs[name, key, w], reference))
            print(f"| {name} | {where} | {len(derived)} | {run['touched']} | " + " | ".join(cells) + " |", flush=True)
    # the inflections in VADER's member and the propagated verbs of |p| >= 0.3 in Pattern's member, together
    inflected = derived_words(SETTINGS[5][1], data)  # the shipped forms
    propagated = {w: v for w, v in derived_words(SETTINGS[1][1], data).items() if v[5] == "v" and w not in inflected}
    both = scorer.vader_run(inflected, 1.0)
    both = dict(both, pattern=scorer.pattern_run(propagated)["pattern"])
    cells = [W.paired(W.cv_r(both, w), reference) for w in WEIGHTS]
    print(f"| inflections (VADER's member, c 1) + propagated verbs, |p| >= 0.3 (Pattern's member) | both | "
          f"{len(inflected) + len(propagated)} | | " + " | ".join(cells) + " |")
    key = (SETTINGS[5][0], 1.0, PATTERN_WEIGHT)
    print(f"the propagated verbs on top of the inflections, w {PATTERN_WEIGHT}, paired against the inflections alone: "
          f"{W.paired(W.cv_r(both, PATTERN_WEIGHT), rs[key])}")
    best = max(rs, key=lambda key: rs[key].mean())
    within = [key for key, r in rs.items() if (r - rs[best]).mean() >= -(r - rs[best]).std(ddof=1) / np.sqrt(len(r))]
    chosen = min(within, key=lambda key: (key[0] != "none", sizes[key[0]], abs(key[2] - PATTERN_WEIGHT)))
    print(f"CV-best {best}: {W.paired(rs[best], reference)}; one-standard-error choice {chosen}: "
          f"{W.paired(rs[chosen], reference)}; {len(within)} of {len(rs)} within one SE")


if __name__ == "__main__":
    main()
