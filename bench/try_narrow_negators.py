"""Narrow negators ("hardly improved"): tone/scopes.NARROW_NEGATORS variants on train data only.

For each variant: NYT editorial snippets with ODD ids (Pearson r and F1 in-sample, as bench/bench_sentiment.py
computes them), NewsMTSC TRAIN whole-sentence tone (bench/learn_quantity_words.py's bootstrap), and every changed
sentence of those and of PolNeAR train/dev and the seeds, to read.

    MEDIADIFF_BENCH_DATA=/path/to/bench python bench/try_narrow_negators.py
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

from mediadiff.tone import scopes  # noqa: E402
from mediadiff.tone.sentiment import sentence_sentiment  # noqa: E402

VARIANTS = {"none": frozenset(), "hardly, scarcely": frozenset({"hardly", "scarcely"}),
            "hardly, scarcely, barely": frozenset({"hardly", "scarcely", "barely"})}


def news_sentences() -> list[str]:
    """Sentences of PolNeAR train/dev and the seeds holding one of the adverbs."""
    files = sorted((bench_dir() / "polnear").glob("*/text/*")) + sorted(p for p in (REPO / "seeds").rglob("*")
                                                                        if p.is_file())
    out = []
    for path in files:
        for sentence in re.split(r"(?<=[.!?])\s+|\n", path.read_text(encoding="utf-8", errors="replace")):
            if re.search(r"\b(hardly|barely|scarcely)\b", sentence, re.I):
                out.append(sentence.strip())
    return list(dict.fromkeys(out))


def main() -> None:
    odd = [(gold, text) for i, gold, text in read_nyt() if int(i.split("_")[0]) % 2 == 1]
    mt = list(dict.fromkeys(r[0] for r in read_mentions("train")))
    news = news_sentences()
    scores: dict[str, dict[str, float]] = {}
    for name, words in VARIANTS.items():
        scopes.NARROW_NEGATORS = words
        scores[name] = {t: sentence_sentiment(t)[0] for t in dict.fromkeys([t for _, t in odd] + mt + news)}
        r, f1 = evaluate([scores[name][t] for _, t in odd], [g for g, _ in odd])
        print(f"NYT odd ids, {name}: r {r:.4f}, F1 {f1:.4f}")
    newsmtsc({name: {s: v[s] for s in mt} for name, v in scores.items()})
    gold = {t: g for g, t in odd}
    for name in list(VARIANTS)[1:]:
        for label, texts in (("NYT odd ids", [t for _, t in odd]), ("NewsMTSC train", mt),
                             ("PolNeAR train/dev, seeds", news)):
            changed = [t for t in texts if scores["none"][t] != scores[name][t]]
            print(f"\n{name}: {label}, {len(changed)} changed")
            for t in changed:
                rated = f"gold {gold[t]:+.2f}: " if t in gold else ""
                print(f"  {rated}{scores['none'][t]:+.3f} -> {scores[name][t]:+.3f}  {t[:160]}")


if __name__ == "__main__":
    main()
