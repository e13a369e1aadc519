"""Obligation and manner are not certainty: the booster rule of ``tone/modality.py`` on and off, in one run.

With the rule off, every "must" and "clearly" is a booster (main before this pass); with it on, a "must" of
obligation ("must sign", "must be licensed") and a "clearly" of manner ("speak clearly", "will clearly label")
are none. Prints, for each:

* Pei & Jurgens (2021) certainty ratings: Pearson r of ``sentence_certainty`` with the shipped weights on train
  (1,084, tuning) and val (136, held out), and the grouped 5-fold CV r on train of the model re-learned in each
  setting (bench/learn_certainty.py's folds, penalty 10 as shipped, 5 shuffles: r of the out-of-fold predictions,
  averaged over shuffles), each against main by a paired bootstrap over sentences;
* hedge detection F1 of the news lexicon (``SentenceScore.hedged``) on CoNLL-2010 Wikipedia train and test and
  BioScope (boosters do not enter the hedge flag: a check that it stays put);
* how many boosters the rule takes away on AllSides and PolNeAR train/dev, and (``--show N``) N of them, to read.

    MEDIADIFF_BENCH_DATA=/path/to/bench python bench/try_modal_boosters.py [--show 40] [--write]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from statistics import mean

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_certainty import paired_bootstrap  # noqa: E402
from bench_hedging import hedged, read_bioscope, write_section  # noqa: E402
from diff_sentence_splits import texts  # noqa: E402
from learn_certainty import read_split  # noqa: E402
from learn_hedge_weights import f1, read_wikiweasel  # noqa: E402
from scipy.stats import pearsonr  # noqa: E402

from mediadiff.corpus.segment import split_sentences  # noqa: E402
from mediadiff.tone import certainty as C  # noqa: E402
from mediadiff.tone import lexicons  # noqa: E402
from mediadiff.tone.certainty import sentence_certainty  # noqa: E402
from mediadiff.tone.lexicons import load_lexicon, tokenize  # noqa: E402

SHIPPED_PENALTY = 10


SETTINGS = ("off (main)", "booster rule", "booster rule, and no modal verb")


@contextmanager
def rule(on: bool | str) -> Iterator[None]:
    """The booster rule as shipped (on) or every booster epistemic (off, main before this pass); the third setting
    also leaves a "must" of obligation out of the certainty model's modal-verb count (its word weight stays)."""
    shipped, features = lexicons.epistemic, C._feature_values
    if not on or on == SETTINGS[0]:  # (the "could not" rule stays: bench/try_could_not.py measures it)
        lexicons.epistemic = lambda norms, i: norms[i] in ("must", "clearly") or shipped(norms, i)
    if on == SETTINGS[2]:
        def no_modal(text, words, starts, matches, counted_at=None):  # type: ignore[no-untyped-def]
            values = features(text, words, starts, matches, counted_at)
            musts = [i for i, w in enumerate(words) if w == "must"]
            values[C.FEATURES.index("modals")] -= sum(not shipped(words, i) for i in musts)
            return values
        C._feature_values = no_modal
    try:
        yield
    finally:
        lexicons.epistemic, C._feature_values = shipped, features


def out_of_fold(texts: list[str], targets: list[float]) -> list[list[float]]:
    """Each train sentence's certainty predicted by the model re-learned without its fold, once per shuffle
    (bench/learn_certainty.py's grouped folds and shuffles, the shipped penalty)."""
    from learn_certainty import REPEATS, base_features, fit, near_duplicate_groups, predict, sentence_words
    from sklearn.model_selection import GroupKFold

    groups, base, words = near_duplicate_groups(texts), base_features(texts), sentence_words(texts)
    out = []
    for seed in range(REPEATS):
        predicted = [0.0] * len(texts)
        for a, b in GroupKFold(5, shuffle=True, random_state=seed).split(texts, groups=groups):
            bias, weights = fit([base[i] for i in a], [words[i] for i in a], [targets[i] for i in a], SHIPPED_PENALTY)
            for i, value in zip(b, predict(bias, weights, [base[i] for i in b], [words[i] for i in b])):
                predicted[i] = value
        out.append(predicted)
    return out


def cv_bootstrap(new: list[list[float]], old: list[list[float]], gold: list[float], *,
                 rounds: int = 2000) -> tuple[float, float, float]:
    """2.5th, 50th, 97.5th percentiles over resampled sentences of the mean over shuffles of r(new) - r(old)."""
    import numpy as np

    a, b, y = np.array(new), np.array(old), np.array(gold)
    rng, diffs = np.random.default_rng(0), []
    for _ in range(rounds):
        i = rng.integers(0, len(y), len(y))
        diffs.append(np.mean([np.corrcoef(a[k, i], y[i])[0, 1] - np.corrcoef(b[k, i], y[i])[0, 1]
                              for k in range(len(a))]))
    low, mid, high = np.percentile(diffs, [2.5, 50, 97.5])
    return float(low), float(mid), float(high)


def certainty_rows() -> list[list[str]]:
    train, val = read_split("train"), read_split("val")
    texts_, targets = [t for t, _ in train], [(y - 1) / 5 for _, y in train]
    values, oof, rows = {}, {}, []
    for setting in SETTINGS:
        with rule(setting):
            values[setting] = [[sentence_certainty(t).value for t, _ in rows_] for rows_ in (train, val)]
            oof[setting] = out_of_fold(texts_, targets)
        cells = [f"{pearsonr(v, [y for _, y in rows_])[0]:.4f}" for v, rows_ in zip(values[setting], (train, val))]
        cells.append(f"{mean(pearsonr(p, targets)[0] for p in oof[setting]):.4f}")
        rows.append([setting, *cells])
    off = SETTINGS[0]
    for setting in SETTINGS[1:]:  # minus off: the median and 95% interval of a paired bootstrap over sentences
        cells = []
        for k, rows_ in enumerate((train, val)):
            low, mid, high = paired_bootstrap(values[setting][k], values[off][k], [y for _, y in rows_])
            cells.append(f"{mid:+.4f} ({low:+.4f} to {high:+.4f})")
        low, mid, high = cv_bootstrap(oof[setting], oof[off], targets)
        changed = sum(a != b for k in (0, 1) for a, b in zip(values[setting][k], values[off][k]))
        cells.append(f"{mid:+.4f} ({low:+.4f} to {high:+.4f})")
        rows.append([f"{setting} - off ({changed} sentences change)", *cells])
    return rows


def hedge_rows() -> list[list[str]]:
    news = load_lexicon()
    sets = {"Wikipedia train": read_wikiweasel("train"), "Wikipedia test": read_wikiweasel("test"),
            "BioScope": read_bioscope()}
    rows = []
    for on in (False, True):
        with rule(on):
            rows.append([SETTINGS[1] if on else SETTINGS[0],
                         *(f"{f1([hedged(news, t) for t, _ in data], [y for _, y in data]):.4f}"
                           for data in sets.values())])
    return rows


def boosters(text: str) -> list[tuple[str, int]]:
    tokens = tokenize(text)
    return [(text[m.start:m.end], m.start) for m in load_lexicon().find(text, tokens) if m.entry.kind == "booster"]


def news_changes(show: int) -> tuple[Counter[str], Counter[str], list[str]]:
    counts: Counter[str] = Counter()
    removed: Counter[str] = Counter()
    shown: list[str] = []
    for corpus, _, text in texts():
        if corpus == "seeds":
            continue
        for a, b in split_sentences(text):
            sentence = text[a:b]
            with rule(False):
                before = boosters(sentence)
            after = set(boosters(sentence))
            counts[corpus] += len(before)
            for cue, start in before:
                if (cue, start) not in after:
                    removed[f"{corpus} {cue.lower()}"] += 1
                    if len(shown) < show:
                        shown.append(f"{corpus}: {' '.join(sentence[max(0, start - 70):start + 80].split())}")
    return counts, removed, shown


def table(header: list[str], rows: list[list[str]]) -> str:
    return "\n".join(["| " + " | ".join(header) + " |", "|" + "---|" * len(header),
                      *("| " + " | ".join(r) + " |" for r in rows)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--write", action="store_true", help="write the tables to bench/results/scoring.md")
    args = parser.parse_args()
    counts, removed, shown = news_changes(args.show)
    print("Boosters (before the rule) by corpus:", dict(counts))
    print("Taken away by the rule:", dict(removed.most_common()))
    print(*shown, sep="\n")
    certainty = table(["Pei & Jurgens certainty", "train r (shipped weights)", "val r (held out)",
                       "train grouped CV r (re-learned, out of fold)"], certainty_rows())
    hedging = table(["news lexicon hedge F1", "Wikipedia train", "Wikipedia test", "BioScope"], hedge_rows())
    removed_text = ", ".join(f"{k} {n}" for k, n in removed.most_common())
    print(certainty, hedging, sep="\n\n")
    if args.write:
        write_section("modal-boosters", f"""## Obligation and manner are not certainty (booster rule, tone/modality.py)

Command: `python bench/try_modal_boosters.py --write` (rule on and off in one run). Boosters taken away on news
(AllSides, PolNeAR train/dev; {sum(counts.values()):,} boosters before): {removed_text}.

{certainty}

{hedging}

Shipped: the booster rule. Every interval of its row holds 0 (train's reaches it): the raters rate the few
obligations of these science findings ("We must pay more attention to this lifestyle factor." is rated 6 of 6) as
certain, which is how firmly a rule is stated, not how sure a writer is of a fact. The third setting (an obligation
also no modal verb of the model, only its word weight, +0.05) is as neutral, but would rate "Travelers must show a
test" above "It must be a test": not shipped. The hedge flag reads no booster, so hedge F1 cannot move (a check).
Tone (NYT, NewsMTSC) reads no cue either: `bench/compare_tone_trees.py` gives identical figures for the two trees.
""")


if __name__ == "__main__":
    main()
