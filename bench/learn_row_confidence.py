"""Fit and check the row confidence of ``compare`` (``align.params.ROW_CONFIDENCE``) on development gold only.

A row of an alignment makes a claim a reporter may print: a kept or reworded
row (a split or merge too) says its sentences report the same fact; a
dropped or added row says its sentence has no counterpart in the other
article. A row is *right* when the gold agrees: every link of a pair row is a
gold link; a dropped (added) sentence has no gold link at all.

Data: the rows ``align_sentences`` gives (default floor) on the development
gold: the seed dev pairs (``tests/data/gold_alignment_*.json`` with
``"split": "dev"``: 001/003, 000/004, 002/003, 001/004) and the AllSides
development set (``bench/gold/allsides_alignment.json`` ``pairs``: 12 story
pairs). Kept rows (the same words) keep confidence 1 and are only counted.

Two logistic regressions (L2 penalty on standardised features, Newton's
method, as ``bench/learn_paraphrase.py``), one for pair rows and one for
dropped/added rows, over the evidence each row already carries
(``evidence.pair_features`` / ``evidence.unmatched_features``). Feature sets
and the penalty are chosen by grouped cross-validation: leave one article
pair out (16 groups), pooled out-of-fold log loss. Printed for the current
confidence (a logistic curve of the link score alone) and the chosen model in
the same run: log loss, Brier score and a reliability table (10 bins of
confidence: rows, mean confidence, share right), out of fold for the new
model. ``--check`` also measures the seed "test" pairs (003/004, 000/002;
development figures all the same, see bench_seed_alignment.py) and, with
``--held-out``, the AllSides held-out set (once, at the end) with the
coefficients shipped in params.py.

Usage (repository root)::

    python bench/learn_row_confidence.py                  # fit: CV table, chosen coefficients
    python bench/learn_row_confidence.py --check          # shipped vs link-score confidence, seed test pairs
    python bench/learn_row_confidence.py --check --held-out   # also AllSides held-out: ONCE

The printed coefficients are copied by hand into ``mediadiff/align/params.py``.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from itertools import combinations
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_align_allsides import data_dir as allsides_dir  # noqa: E402
from bench_seed_alignment import load_gold  # noqa: E402
from learn_paraphrase import fit, probability  # noqa: E402

from mediadiff.align import evidence  # noqa: E402
from mediadiff.align.alignment import align_sentences, link_scores  # noqa: E402
from mediadiff.align.claims import shares_content  # noqa: E402
from mediadiff.align.params import LINK_FLOOR  # noqa: E402
from mediadiff.align.paraphrase import paraphrase_probability  # noqa: E402
from mediadiff.align.similarity import sentence_similarity  # noqa: E402
from mediadiff.align.vectors import sentence_terms  # noqa: E402
from mediadiff.corpus.reading import load_corpus  # noqa: E402

PENALTIES = (0.1, 0.3, 1.0, 3.0, 10.0, 30.0, 100.0)


def gold_pairs(which: str) -> list[tuple[str, list, list, set]]:
    """(group, A sentences, B sentences, gold links) of a gold set: seed-dev, seed-test, allsides-dev, -held-out."""
    out = []
    if which.startswith("seed"):
        corpus = load_corpus(ROOT / "seeds")
        for gold in load_gold(which.split("-")[1]):
            out.append((f"seed {gold['a']}/{gold['b']}", corpus[gold["a"]].sentences,
                        corpus[gold["b"]].sentences, {tuple(link) for link in gold["links"]}))
        return out
    data = json.loads((ROOT / "bench" / "gold" / "allsides_alignment.json").read_text(encoding="utf-8"))
    corpus = load_corpus(allsides_dir() / "corpus")
    for pair in data["pairs" if which == "allsides-dev" else "pairs_second"]:
        out.append((f"allsides {pair['a']}/{pair['b']}", corpus[pair["a"]].sentences,
                    corpus[pair["b"]].sentences, {tuple(link) for link in pair["links"]}))
    return out


def candidates(which: str) -> list[dict]:
    """Every one-to-one pair the aligner could make a row of (link score and word similarity at the floor
    or above, content shared beyond names and dates), with its features and whether it is a gold link.

    Rows alone are few (29 pair rows on development data, 5 wrong); the pairs the aligner weighs are
    ten times as many and carry the same evidence, so the pair model learns from them and is judged
    on rows."""
    found = []
    for group, a, b, gold in gold_pairs(which):
        scores = link_scores(a, b)[0]
        shared = shared_share(align_sentences(a, b))
        for (i, j), score in scores.items():
            text_a, text_b = a[i].text, b[j].text
            if score < LINK_FLOOR or not shares_content(text_a, text_b):
                continue
            same = sentence_terms(text_a).words == sentence_terms(text_b).words
            similarity = sentence_similarity(text_a, text_b)
            if same or similarity < LINK_FLOOR:
                continue
            features = evidence.pair_features(
                text_a, text_b, score=score, similarity=similarity,
                paraphrase=paraphrase_probability(text_a, text_b), pairs=evidence.word_pairs(text_a, text_b),
                floor=LINK_FLOOR, parts=2, shared=shared)
            found.append({"group": group, "kind": "candidate", "right": (i, j) in gold, "features": features})
    return found


def judged_rows() -> list[dict]:
    """The reworded rows of PolNeAR train events judged blind (``bench/gold/reworded_rows.tsv``, made by
    ``bench/reworded_rows_gold.py``), grouped by event; its AllSides rows are left out, as the AllSides
    development pairs' own gold already judges their rows."""
    from reworded_rows_gold import load

    found = []
    for item in load():
        row = item["row"]
        if row is None or not item["source"].startswith("polnear-train") or row.status != "reworded":
            continue
        found.append({"group": item["source"], "kind": "reworded", "status": row.status, "right": item["right"],
                      "features": pair_features(row, shared_share(item["rows"])),
                      "confidence": row.confidence,
                      "score_only": score_only(row), "split": len(row.a) > 1 or len(row.b) > 1,
                      "text": f"{row.a_text!r} -> {row.b_text!r}"})
    return found


def shared_share(aligned) -> float:
    """The lesser of the two articles' shares of sentences in kept or reworded rows (``alignment._rows``)."""
    a = {i for r in aligned for i in r.a_indices}
    b = {j for r in aligned for j in r.b_indices}
    paired_a = {i for r in aligned if r.status in ("kept", "reworded") for i in r.a_indices}
    paired_b = {j for r in aligned if r.status in ("kept", "reworded") for j in r.b_indices}
    return min(len(paired_a) / max(1, len(a)), len(paired_b) / max(1, len(b)))


def rows(which: str) -> list[dict]:
    """Every row of the aligner on a gold set, with its features, its shipped confidence and whether it is right."""
    if which == "polnear-judged":
        return judged_rows()
    found = []
    for group, a, b, gold in gold_pairs(which):
        linked_a, linked_b = {i for i, _ in gold}, {j for _, j in gold}
        aligned = align_sentences(a, b)
        for row in aligned:
            if row.status in ("kept", "reworded"):
                right = all((i, j) in gold for i in row.a_indices for j in row.b_indices)
                kind, features = row.status, pair_features(row, shared_share(aligned))
            else:
                sentence = row.a_indices[0] if row.status == "dropped" else row.b_indices[0]
                right = sentence not in (linked_a if row.status == "dropped" else linked_b)
                kind, features = "unmatched", unmatched_features(row)
            found.append({"group": group, "kind": kind, "status": row.status, "right": right,
                          "features": features, "confidence": row.confidence,
                          "score_only": score_only(row), "split": len(row.a) > 1 or len(row.b) > 1,
                          "text": f"{row.a_text!r} -> {row.b_text!r}"})
    return found


def pair_features(row, shared: float) -> dict[str, float]:
    """The row's evidence as ``pair_confidence`` reads it: the paraphrase probability before a claim change
    caps what the row states (``evidence.stated_paraphrase``)."""
    return evidence.pair_features(row.a_text, row.b_text, score=row.score, similarity=row.similarity,
                                  paraphrase=paraphrase_probability(row.a_text, row.b_text), pairs=row.word_pairs,
                                  floor=LINK_FLOOR, parts=len(row.a) + len(row.b), shared=shared)


def unmatched_features(row) -> dict[str, float]:
    """A dropped or added row's evidence as numbers: ``link`` (its nearest sentence's link score minus the
    floor) and why that sentence was not taken, one indicator each but "below" the floor (not shipped:
    see params.py, ROW_CONFIDENCE)."""
    kind = why_unmatched(row.reason)
    return {"link": row.score - LINK_FLOOR, "names": float(kind == "names"), "words": float(kind == "words"),
            "taken": float(kind == "taken")}


def why_unmatched(reason: str) -> str:
    """The kind ``evidence.unmatched_row`` chose, read back from the reason it wrote."""
    return ("names" if "share only names" in reason else "words" if "hardly correspond" in reason
            else "taken" if "a better match" in reason else "below")


def score_only(row) -> float:
    """The confidence before this change: a logistic curve of the link score alone (scale 0.05, 0.5 at the floor)."""
    if row.status == "kept" or (row.status in ("dropped", "added") and row.nearest is None):
        return 1.0
    pair = 1.0 / (1.0 + math.exp(-(row.score - LINK_FLOOR) / 0.05))
    return pair if row.status == "reworded" else 1.0 - pair


def log_loss(p: np.ndarray, y: np.ndarray) -> float:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def brier(p: np.ndarray, y: np.ndarray) -> float:
    return float(np.mean((p - y) ** 2))


def auc(p: np.ndarray, y: np.ndarray) -> float:
    right, wrong = p[y == 1], p[y == 0]
    return float(np.mean([(r > w) + 0.5 * (r == w) for r in right for w in wrong]))


def reliability(p: np.ndarray, y: np.ndarray) -> list[str]:
    lines = ["| confidence bin | rows | mean confidence | share right |", "|---|---|---|---|"]
    bins = np.minimum((p * 10).astype(int), 9)
    for k in range(10):
        mask = bins == k
        if mask.any():
            lines.append(f"| {k / 10:.1f}-{(k + 1) / 10:.1f} | {int(mask.sum())} | {p[mask].mean():.3f} "
                         f"| {y[mask].mean():.3f} |")
    return lines


def out_of_fold(x: np.ndarray, y: np.ndarray, groups: list[str], penalty: float,
                extra: tuple[np.ndarray, np.ndarray, list[str]] | None = None) -> np.ndarray:
    """Leave-one-article-pair-out predictions; ``extra`` (x, y, groups) is training data only."""
    p = np.zeros(len(y))
    for group in sorted(set(groups)):
        test = np.array([g == group for g in groups])
        x_train, y_train = x[~test], y[~test]
        if extra is not None:
            keep = np.array([g != group for g in extra[2]])
            x_train, y_train = np.vstack([x_train, extra[0][keep]]), np.r_[y_train, extra[1][keep]]
        weights, intercept = fit(x_train, y_train, penalty)
        p[test] = probability(x[test], weights, intercept)
    return p


def matrix(data: list[dict], names: tuple[str, ...]) -> np.ndarray:
    return np.array([[d["features"][n] for n in names] for d in data]).reshape(len(data), len(names))


def choose(data: list[dict], names: tuple[str, ...], label: str, extra: list[dict]
           ) -> tuple[tuple[str, ...], float, list[str]]:
    """Every non-empty subset of the features x every penalty, by pooled out-of-fold log loss on the rows."""
    y = np.array([d["right"] for d in data], dtype=float)
    groups = [d["group"] for d in data]
    y_extra = np.array([d["right"] for d in extra], dtype=float)
    table = [f"{label}: {len(y)} rows, {int(y.sum())} right, {len(set(groups))} article pairs", "",
             "| features | penalty | CV log loss | CV Brier |", "|---|---|---|---|"]
    best: tuple[float, tuple[str, ...], float] | None = None
    for size in range(1, len(names) + 1):
        for subset in combinations(names, size):
            x = matrix(data, subset)
            more = (matrix(extra, subset), y_extra, [d["group"] for d in extra]) if extra else None
            for penalty in PENALTIES:
                p = out_of_fold(x, y, groups, penalty, more)
                loss = log_loss(p, y)
                table.append(f"| {', '.join(subset)} | {penalty} | {loss:.4f} | {brier(p, y):.4f} |")
                if best is None or loss < best[0] - 1e-9:
                    best = (loss, subset, penalty)
    assert best is not None
    return best[1], best[2], table


def fit_subset(names: tuple[str, ...], penalty: float) -> None:
    """One feature set for pair rows at one penalty: its out-of-fold figures and coefficients (a choice within
    the noise of the search's best, made for a reason the search cannot see)."""
    part = [d for d in rows("seed-dev") + rows("allsides-dev") + rows("polnear-judged") if d["kind"] == "reworded"]
    extra = candidates("seed-dev") + candidates("allsides-dev")
    y, y_extra = np.array([d["right"] for d in part], dtype=float), np.array([d["right"] for d in extra], dtype=float)
    x, x_extra = matrix(part, names), matrix(extra, names)
    oof = out_of_fold(x, y, [d["group"] for d in part], penalty, (x_extra, y_extra, [d["group"] for d in extra]))
    print(f"{', '.join(names)}, penalty {penalty}: CV log loss {log_loss(oof, y):.4f}, Brier {brier(oof, y):.4f}, "
          f"AUC {auc(oof, y):.3f}\n\nReliability out of fold:\n\n" + "\n".join(reliability(oof, y)))
    weights, intercept = fit(np.vstack([x, x_extra]), np.r_[y, y_extra], penalty)
    print(f"\nFitted on all development rows: intercept {intercept:.6g}, "
          + ", ".join(f"{n} {w:.6g}" for n, w in zip(names, weights)))


def learn() -> None:
    data = rows("seed-dev") + rows("allsides-dev") + rows("polnear-judged")
    kept = [d for d in data if d["kind"] == "kept"]
    print(f"Development rows: {len(data)} ({len(kept)} kept, {sum(d['right'] for d in kept)} of them right)\n")
    pool = candidates("seed-dev") + candidates("allsides-dev")
    print(f"Candidate pairs (one to one, at the floor, content shared, words correspond): {len(pool)}, "
          f"{sum(d['right'] for d in pool)} gold links\n")
    for kind, label, extra in (("reworded", "Pair rows (reworded, splits, merges)", pool),
                               ("unmatched", "Dropped and added rows", [])):
        part = [d for d in data if d["kind"] == kind]
        names = tuple(part[0]["features"])
        subset, penalty, table = choose(part, names, label, extra)
        y = np.array([d["right"] for d in part], dtype=float)
        groups = [d["group"] for d in part]
        x = matrix(part, subset)
        y_extra = np.array([d["right"] for d in extra], dtype=float)
        more = (matrix(extra, subset), y_extra, [d["group"] for d in extra]) if extra else None
        oof = out_of_fold(x, y, groups, penalty, more)
        old = np.array([d["score_only"] for d in part])
        constant = out_of_fold(np.zeros((len(y), 1)), y, groups, 1e6, (np.zeros((len(y_extra), 1)), y_extra,
                                                                      [d["group"] for d in extra]) if extra else None)
        print("\n".join(table))
        print(f"\nChosen: {', '.join(subset)}, penalty {penalty}\n")
        print(f"| {label} | log loss | Brier |\n|---|---|---|")
        print(f"| link score alone (shipped before) | {log_loss(old, y):.4f} | {brier(old, y):.4f} |")
        print(f"| chosen model, out of fold | {log_loss(oof, y):.4f} | {brier(oof, y):.4f} |")
        print(f"| the training rows' share right, out of fold | {log_loss(constant, y):.4f} "
              f"| {brier(constant, y):.4f} |")
        print(f"\nRanking (AUC: chance a right row is above a wrong one): link score alone {auc(old, y):.3f}, "
              f"chosen model out of fold {auc(oof, y):.3f}")
        print("\nReliability, link score alone:\n\n" + "\n".join(reliability(old, y)))
        print("\nReliability, chosen model out of fold:\n\n" + "\n".join(reliability(oof, y)))
        weights, intercept = fit(np.vstack([x, more[0]]) if more else x, np.r_[y, y_extra], penalty)
        print(f"\nFitted on all development rows: intercept {intercept:.6g}, "
              + ", ".join(f"{n} {w:.6g}" for n, w in zip(subset, weights)) + "\n")


def check(sets: tuple[str, ...]) -> None:
    """The shipped confidence against the link-score curve, on the named gold sets."""
    for which in sets:
        data = [d for d in rows(which) if d["kind"] != "kept"]
        print(f"## {which}: {len(data)} rows (kept rows left out)\n")
        for kind, label in (("reworded", "pair rows"), ("unmatched", "dropped and added rows"), (None, "all rows")):
            part = [d for d in data if kind is None or d["kind"] == kind]
            if not part:
                continue
            y = np.array([d["right"] for d in part], dtype=float)
            old = np.array([d["score_only"] for d in part])
            new = np.array([d["confidence"] for d in part])
            print(f"| {label} ({len(y)}, {int(y.sum())} right) | log loss | Brier | uncertain (< 2/3) "
                  f"| right among uncertain |\n|---|---|---|---|---|")
            for name, p in (("link score alone", old), ("shipped (evidence model)", new)):
                flagged = p < 2 / 3
                print(f"| {name} | {log_loss(p, y):.4f} | {brier(p, y):.4f} | {int(flagged.sum())} "
                      f"| {int(y[flagged].sum())} |")
            print("\nReliability, link score alone:\n\n" + "\n".join(reliability(old, y)))
            print("\nReliability, shipped:\n\n" + "\n".join(reliability(new, y)) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="measure the shipped confidence instead of fitting")
    parser.add_argument("--held-out", action="store_true",
                        help="with --check: also the AllSides held-out set (once per finished method)")
    parser.add_argument("--dump", action="store_true", help="print every development row with its features")
    parser.add_argument("--features", nargs="+", help="fit these pair-row features only (with --penalty)")
    parser.add_argument("--penalty", type=float, default=3.0)
    args = parser.parse_args()
    if args.features:
        fit_subset(tuple(args.features), args.penalty)
    elif args.dump:
        for d in rows("seed-dev") + rows("allsides-dev"):
            print(d["group"], d["status"], d["right"], {k: round(v, 3) for k, v in d["features"].items()},
                  round(d["score_only"], 3), d["text"][:160])
    elif args.check:
        check(("seed-dev", "allsides-dev", "polnear-judged", "seed-test")
              + (("allsides-held-out",) if args.held_out else ()))
    else:
        learn()


if __name__ == "__main__":
    main()
