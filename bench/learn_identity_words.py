"""Are identity words, class words naming a group and fixed news compounds tone? (issue 14; tone/newsrules.py)

A QA pass found sentence tone moved by words that say who someone is or name an institution, not how the writer
judges: lower-case "black" (news valence -0.1, Pattern -0.07; 120 hits on PolNeAR dev), "A super PAC aired ads"
+0.52 ("super"), "the Republican primary" +0.12, "raise taxes on wealthy households" +0.26. The rules
(newsrules.identity_words, CLASS_WORDS, news_compounds): words naming race, ethnicity, nationality, religion,
gender, sexuality, age and colour are never tone (Kiritchenko & Mohammad 2018 document the bias of sentiment
lexicons on them); class adjectives before a noun of people or after "the" name a group; rated words inside a
fixed news compound name an office, institution or policy area. These are rules of meaning (the brief's, issue 14),
not choices of this script: it measures what they cost on train, to check that no train figure falls beyond noise.

Each variant runs in a fresh process (``--worker``) with the rules it names switched on, and computes there, as
the run-time scorer would read the texts:
* the NYT editorial snippets with ODD ids: 5-fold CV grouped by article, two shufflings, news valences re-fitted
  without the held-out fold (bench/learn_quantity_words.py's folds, whose word skips read the same rules);
* NewsMTSC TRAIN, whole-sentence news tone against each mention's polarity (macro-F1, Pearson r, paired bootstrap).
Nothing from the NYT even ids or NewsMTSC devtest is read.

    MEDIADIFF_BENCH_DATA=/path/to/bench python bench/learn_identity_words.py   # needs: pip install textblob
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

VARIANTS = ("no rule", "identity words", "identity + class groups", "identity + class groups + compounds (shipped)")


def worker(name: str, out: str) -> None:
    """Score with the rules ``name`` switches on (patched before any lexicon is read) into ``out`` (JSON)."""
    from mediadiff.tone import newsrules

    if "identity" not in name:
        newsrules.identity_words = frozenset
    if "class" not in name:
        newsrules.CLASS_WORDS = frozenset()
    if "compounds" not in name:
        newsrules.news_compounds = dict
    import learn_news_valence as L
    import learn_quantity_words as Q
    import learn_tone_blend as B
    import learn_topic_noun_weight as W
    import numpy as np
    from learn_target_tone import read_mentions
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from mediadiff.tone.params import NEGATIVE_WEIGHT, PATTERN_WEIGHT
    from mediadiff.tone.sentiment import sentence_tone

    base, _, nyt, _, texts, candidates, data = L.training_data()
    analyzer = SentimentIntensityAnalyzer()
    analyzer.lexicon = {w: (NEGATIVE_WEIGHT * v if v < 0 else v) for w, v in base.items()}
    sums = np.array([sum(L.token_sentiments(analyzer, text)[1]) for text in texts[:len(nyt)]])
    n = len(nyt)
    run = {"y": data["y"][:n], "n_words": data["n_words"][:n],
           "pattern": np.array([B.pattern_polarity(t) or 0.0 for _, _, t in nyt]),
           "folds": Q.held_out(data, nyt, sums, frozenset(), candidates)}
    sentences = list(dict.fromkeys(r[0] for r in read_mentions("train")))
    Path(out).write_text(json.dumps({
        "cv": [float(r) for r in W.cv_r(run, PATTERN_WEIGHT)],
        "newsmtsc": dict(zip(sentences, (sentence_tone(s).compound for s in sentences), strict=True)),
    }), encoding="utf-8")


def main() -> None:
    import learn_quantity_words as Q
    import learn_topic_noun_weight as W
    import numpy as np
    from variant_workers import run_variants

    scores = run_variants(__file__, VARIANTS)
    reference = np.array(scores[VARIANTS[0]]["cv"])
    print("NYT odd ids, 5-fold CV grouped by article, two shufflings\n| variant | CV r (Δ ± SE, paired over 10 folds) |"
          "\n|---|---|")
    for name in VARIANTS:
        print(f"| {name} | {W.paired(np.array(scores[name]['cv']), reference)} |")
    Q.newsmtsc({name: s["newsmtsc"] for name, s in scores.items()})


if __name__ == "__main__":
    if sys.argv[1:2] == ["--worker"]:
        worker(sys.argv[2], sys.argv[3])
    else:
        main()
