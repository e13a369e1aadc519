"""What is refused or denied is not tone: does the rule (tone/newsrules.py ``REFUSALS``) hold on the odd ids?

Issue 14 (toneforms): "Students of art history and Italian were denied credit as well" (NYT, rated -1.05) scored
positive: "denied" is a reporting verb (never tone) and "credit" +1.6 counted; "They refused help" scored positive
too ("help" +2.6 outweighed "refused"). VADER reads "not", "without", "rarely" as negations, but not "deny",
"refuse" or "reject". The rule: a positive lexicon word up to three words after a form of deny / refuse / reject,
within its clause, carries no tone (set aside as the other news rules set words aside). Variants: the rule off
(main before it), positive objects only (shipped), objects of either sign ("denied the charges" neutral too).

Same data, folds and reference as bench/learn_topic_noun_weight.py (5-fold CV grouped by article on the NYT odd ids,
two shufflings, news valences re-fitted without the held-out fold with the rule as at run time: the texts are
prepared afresh for each variant); paired per-fold differences against the rule off. Nothing from the even ids is
read. In this harness the words VADER lacks are prepared at valence +1 (as learn_news_valence.py prepares them), so
"positive only" also sets aside a negative Pattern word after a refusal: an approximation, rare.

    MEDIADIFF_BENCH_DATA=/path/to/bench python bench/try_refused_objects.py   # needs: pip install textblob
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import learn_news_valence as L  # noqa: E402
import learn_topic_noun_weight as W  # noqa: E402

from mediadiff.tone import newsrules  # noqa: E402
from mediadiff.tone.newsrules import topic_words  # noqa: E402
from mediadiff.tone.params import PATTERN_WEIGHT, TOPIC_NOUN_WEIGHT  # noqa: E402

WEIGHTS = (0.25, 0.3, 0.35)


def shipped_factor(word: str) -> float:
    return TOPIC_NOUN_WEIGHT if word in topic_words() else 1.0


def run_with(signs: str | None) -> dict:
    """``W.held_out`` with the rule off (``None``) or setting aside objects of ``signs``."""
    shipped_rule, shipped_signs = newsrules._refused, newsrules.REFUSED_SIGNS
    if signs is None:
        newsrules._refused = lambda *args, **kwargs: None
    newsrules.REFUSED_SIGNS = signs or shipped_signs
    try:
        return W.held_out(shipped_factor)
    finally:
        newsrules._refused, newsrules.REFUSED_SIGNS = shipped_rule, shipped_signs


def prepared(texts: list[str], signs: str | None) -> list[str]:
    """The texts as VADER's member reads them (names and words set aside masked) under the variant."""
    from mediadiff.tone import sentiment as S

    shipped_rule, shipped_signs = newsrules._refused, newsrules.REFUSED_SIGNS
    if signs is None:
        newsrules._refused = lambda *args, **kwargs: None
    newsrules.REFUSED_SIGNS = signs or shipped_signs
    try:
        return L.prepared([S.straighten_quotes(t) for t in texts], S.news_lexicon())
    finally:
        newsrules._refused, newsrules.REFUSED_SIGNS = shipped_rule, shipped_signs


def main() -> None:
    import numpy as np

    nyt = [t for i, _, t in L.read_nyt() if int(i.split("_")[0]) % 2 == 1]
    refusal = re.compile(r"\b(" + "|".join(sorted(newsrules.REFUSALS)) + r")\b", re.I)
    print(f"odd snippets with a form of deny / refuse / reject: {sum(bool(refusal.search(t)) for t in nyt)} of "
          f"{len(nyt)}")
    runs = {name: run_with(signs) for name, signs in (("rule off (before)", None), ("positive objects (shipped)",
                                                                                     "positive"),
                                                      ("objects of either sign", "both"))}
    reference = W.cv_r(runs["rule off (before)"], PATTERN_WEIGHT)
    print(f"rule off, w {PATTERN_WEIGHT}: CV r {reference.mean():.4f} ± "
          f"{reference.std(ddof=1) / np.sqrt(len(reference)):.4f}")
    print("| variant | odd snippets changed | " + " | ".join(f"w {w}" for w in WEIGHTS) + " |\n|---|---|"
          + "---|" * len(WEIGHTS))
    for (name, run), signs in zip(runs.items(), (None, "positive", "both")):
        changed = sum(a != b for a, b in zip(prepared(nyt, signs), prepared(nyt, None)))
        print(f"| {name} | {changed} | " + " | ".join(W.paired(W.cv_r(run, w), reference) for w in WEIGHTS) + " |")


if __name__ == "__main__":
    main()
