"""Negative quantifier subjects ("No one was hurt"): tone/scopes.quantifier_scope's two parts on train data only.

Variants: none (before); the quantifier's "no" set aside only; the predicate negated only; both (shipped). For each:
NYT editorial snippets with ODD ids (Pearson r and F1 in-sample, as bench/bench_sentiment.py computes them), NewsMTSC
TRAIN whole-sentence tone (bench/learn_quantity_words.py's bootstrap), and the count of changed sentences of those and
of PolNeAR train/dev, with every changed sentence listed for the shipped variant, to read.

    MEDIADIFF_BENCH_DATA=/path/to/bench python bench/try_quantifier_subjects.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_sentiment import evaluate, read_nyt  # noqa: E402
from learn_hedge_weights import bench_dir  # noqa: E402
from learn_quantity_words import newsmtsc  # noqa: E402
from learn_target_tone import read_mentions  # noqa: E402

from mediadiff.tone import names, scopes, sentiment  # noqa: E402
from mediadiff.tone.sentiment import sentence_sentiment  # noqa: E402

SHIPPED = scopes.quantifier_scope
VARIANTS = {"none": (False, False), "'no' set aside": (True, False), "predicate negated": (False, True),
            "both (shipped)": (True, True)}
QUANTIFIERS = re.compile(r"\b(no|nobody|nothing|none|neither)\b", re.I)


def variant(aside: bool, negate: bool):
    def scope(*args, **kwargs):
        found, negated = SHIPPED(*args, **kwargs)
        return (found if aside else []), (negated if negate else [])
    return scope


def news_sentences() -> list[str]:
    """Sentences of PolNeAR train/dev holding a negative quantifier."""
    out = []
    for path in sorted((bench_dir() / "polnear").glob("*/text/*")):
        for sentence in re.split(r"(?<=[.!?])\s+|\n", path.read_text(encoding="utf-8", errors="replace")):
            if QUANTIFIERS.search(sentence):
                out.append(sentence.strip())
    return list(dict.fromkeys(out))


def main() -> None:
    odd = [(gold, text) for i, gold, text in read_nyt() if int(i.split("_")[0]) % 2 == 1]
    mt = list(dict.fromkeys(r[0] for r in read_mentions("train")))
    news = news_sentences()
    scores: dict[str, dict[str, float]] = {}
    for name, parts in VARIANTS.items():
        names.quantifier_scope = sentiment.quantifier_scope = variant(*parts)
        scores[name] = {t: sentence_sentiment(t)[0] for t in dict.fromkeys([t for _, t in odd] + mt + news)}
        r, f1 = evaluate([scores[name][t] for _, t in odd], [g for g, _ in odd])
        print(f"NYT odd ids, {name}: r {r:.4f}, F1 {f1:.4f}")
    names.quantifier_scope = sentiment.quantifier_scope = SHIPPED
    newsmtsc({name: {s: v[s] for s in mt} for name, v in scores.items()})
    gold = {t: g for g, t in odd}
    sources = (("NYT odd ids", [t for _, t in odd]), ("NewsMTSC train", mt), ("PolNeAR train/dev", news))
    for name in list(VARIANTS)[1:]:
        counts = [sum(scores["none"][t] != scores[name][t] for t in texts) for _, texts in sources]
        print(f"{name}: changed " + ", ".join(f"{label} {n}" for (label, _), n in zip(sources, counts)))
    name = list(VARIANTS)[-1]
    for label, texts in sources:
        print(f"\n{name}: {label}")
        for t in texts:
            if scores["none"][t] != scores[name][t]:
                rated = f"gold {gold[t]:+.2f}: " if t in gold else ""
                print(f"  {rated}{scores['none'][t]:+.3f} -> {scores[name][t]:+.3f}  {t[:160]}")


if __name__ == "__main__":
    main()
