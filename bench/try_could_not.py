"""A negated "could" is no hedge ("could not be reached for comment"): the rule of ``tone/modality.py`` on and off.

Negation takes scope over "could" (not possible, not able) but under "may"/"might" (possible that not), so "could
not" states an impossibility or an inability. Prints, with the rule off (main before it) and on, in one run:

* hedge detection F1 of the news lexicon (``SentenceScore.hedged``) on CoNLL-2010 Wikipedia train (the split to
  choose on), Wikipedia test and BioScope (measured, nothing chosen on them);
* Pei & Jurgens (2021) certainty: r with the shipped weights on train and val, and the re-learned model's grouped
  CV r on train (out-of-fold, ``try_modal_boosters.out_of_fold``), each against off by a paired bootstrap;
* how many "could" hedges the rule takes away on AllSides and PolNeAR train/dev, and (``--show N``) N of them.

    MEDIADIFF_BENCH_DATA=/path/to/bench python bench/try_could_not.py [--show 40] [--write]
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
from learn_hedge_weights import read_wikiweasel  # noqa: E402
from scipy.stats import pearsonr  # noqa: E402
from try_modal_boosters import cv_bootstrap, out_of_fold, table  # noqa: E402

from mediadiff.corpus.segment import split_sentences  # noqa: E402
from mediadiff.tone import lexicons  # noqa: E402
from mediadiff.tone.certainty import sentence_certainty  # noqa: E402
from mediadiff.tone.lexicons import load_lexicon, tokenize  # noqa: E402

SETTINGS = ("off (main)", "could-not rule")


@contextmanager
def rule(on: bool) -> Iterator[None]:
    shipped = lexicons.epistemic
    if not on:
        lexicons.epistemic = lambda norms, i: norms[i] == "could" or shipped(norms, i)
    try:
        yield
    finally:
        lexicons.epistemic = shipped


def prf(data: list[tuple[str, int]]) -> str:
    news = load_lexicon()
    pred = [hedged(news, t) for t, _ in data]
    tp = sum(p and y for p, (_, y) in zip(pred, data))
    p, r = tp / max(sum(pred), 1), tp / max(sum(y for _, y in data), 1)
    return f"{p:.3f} / {r:.3f} / **{2 * p * r / (p + r) if tp else 0:.4f}**"


def hedge_rows() -> list[list[str]]:
    sets = (read_wikiweasel("train"), read_wikiweasel("test"), read_bioscope())
    rows = []
    for on in (False, True):
        with rule(on):
            rows.append([SETTINGS[on], *(prf(data) for data in sets)])
    return rows


def certainty_rows() -> list[list[str]]:
    train, val = read_split("train"), read_split("val")
    texts_, targets = [t for t, _ in train], [(y - 1) / 5 for _, y in train]
    values, oof, rows = {}, {}, []
    for on in (False, True):
        with rule(on):
            values[on] = [[sentence_certainty(t).value for t, _ in rows_] for rows_ in (train, val)]
            oof[on] = out_of_fold(texts_, targets)
        cells = [f"{pearsonr(v, [y for _, y in rows_])[0]:.4f}" for v, rows_ in zip(values[on], (train, val))]
        rows.append([SETTINGS[on], *cells, f"{mean(pearsonr(p, targets)[0] for p in oof[on]):.4f}"])
    cells = []
    for k, rows_ in enumerate((train, val)):
        low, mid, high = paired_bootstrap(values[True][k], values[False][k], [y for _, y in rows_])
        cells.append(f"{mid:+.4f} ({low:+.4f} to {high:+.4f})")
    low, mid, high = cv_bootstrap(oof[True], oof[False], targets)
    cells.append(f"{mid:+.4f} ({low:+.4f} to {high:+.4f})")
    changed = sum(a != b for k in (0, 1) for a, b in zip(values[True][k], values[False][k]))
    rows.append([f"on - off ({changed} sentences change)", *cells])
    return rows


def news_changes(show: int) -> tuple[Counter[str], list[str]]:
    removed: Counter[str] = Counter()
    shown: list[str] = []
    for corpus, _, text in texts():
        if corpus == "seeds":
            continue
        for a, b in split_sentences(text):
            sentence = text[a:b]
            tokens = tokenize(sentence)
            with rule(False):
                before = {m.start for m in load_lexicon().find(sentence, tokens) if m.entry.kind == "hedge"}
            after = {m.start for m in load_lexicon().find(sentence, tokens) if m.entry.kind == "hedge"}
            for start in sorted(before - after):
                removed[corpus] += 1
                if len(shown) < show:
                    shown.append(f"{corpus}: {' '.join(sentence[max(0, start - 70):start + 80].split())}")
    return removed, shown


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--write", action="store_true", help="write the tables to bench/results/scoring.md")
    args = parser.parse_args()
    removed, shown = news_changes(args.show)
    print("Hedges taken away:", dict(removed), *shown, sep="\n")
    hedging = table(["news lexicon hedge P / R / F1", "Wikipedia train (choose)", "Wikipedia test", "BioScope"],
                    hedge_rows())
    certainty = table(["Pei & Jurgens certainty", "train r (shipped weights)", "val r (held out)",
                       "train grouped CV r (re-learned, out of fold)"], certainty_rows())
    print(hedging, certainty, sep="\n\n")
    if args.write:
        taken = ", ".join(f"{k} {n}" for k, n in removed.items())
        write_section("could-not", f"""## "could not" is no hedge (tone/modality.py)

Command: `python bench/try_could_not.py --write` (rule on and off in one run). "could" hedges taken away on news:
{taken}.

{hedging}

{certainty}
""")


if __name__ == "__main__":
    main()
