"""Would PAIR_CONFIDENCE, refitted with ECB+ rows judged blind, demote fewer right one-event rows? (alignprec9)

Not shipped; a measurement for the next step of the coincidence rule (``params.COINCIDENCE_BELOW``). The
development rows ``bench/learn_row_confidence.py`` fits on (seed dev and AllSides development pair rows,
the blind-judged PolNeAR train rows, the gold candidate pairs as training data only) plus the 80 ECB+
development rows judged blind (``bench/gold/ecbplus_reworded_rows.tsv``; "in part" counts as 0.5). The
aligner runs with the coincidence rule off (its threshold patched to 0), so the rows it demotes are rows,
as when PAIR_CONFIDENCE was fitted. For each feature set (penalty 3, as shipped): pooled leave-one-group-out
log loss on the old development rows and on the ECB+ rows, fitted without and with the ECB+ rows (a group
is an article pair or a PolNeAR event), and what 1/3 demotes out of fold: ECB+ rows right / in part / wrong,
PolNeAR rows right / wrong.

Usage (repository root)::

    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/try_confidence_ecbplus.py /tmp/rows.json

``/tmp/rows.json``: ``bench/try_pair_prior.py collect`` on main before the rule (it holds each ECB+ row's
link score, similarity and the pair's shared share).
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from learn_paraphrase import fit, probability  # noqa: E402
from learn_row_confidence import candidates, log_loss, matrix, rows  # noqa: E402

from mediadiff.align import claims, evidence  # noqa: E402
from mediadiff.align.params import LINK_FLOOR  # noqa: E402
from mediadiff.align.paraphrase import paraphrase_probability  # noqa: E402

GOLD = ROOT / "bench" / "gold" / "ecbplus_reworded_rows.tsv"
FEATURE_SETS = (("link", "joined", "content_words", "shared"),
                ("link", "joined", "content_words", "shared", "similarity"),
                ("link", "joined", "content_words", "shared", "paraphrase"),
                ("link", "joined", "content_words", "shared", "name_share"),
                ("link", "joined", "content_words", "shared", "similarity", "paraphrase", "name_share"))
PENALTY = 3.0
LABEL = {"1": 1.0, "p": 0.5, "0": 0.0}


def ecbplus_rows(collected: Path) -> list[dict]:
    sets = json.loads(collected.read_text(encoding="utf-8"))
    found = {(s, p["name"], ",".join(map(str, r["a"])), ",".join(map(str, r["b"]))): (r, p["shared"])
             for s, pairs in sets.items() for p in pairs for r in p["rows"]}
    out = []
    with GOLD.open(encoding="utf-8") as handle:
        for item in csv.DictReader(handle, delimiter="\t"):
            row, shared = found[(item["set"], f"{item['a']}/{item['b']}", item["a_indices"], item["b_indices"])]
            text_a, text_b = item["a_text"], item["b_text"]
            features = evidence.pair_features(
                text_a, text_b, score=row["score"], similarity=row["similarity"],
                paraphrase=paraphrase_probability(text_a, text_b), pairs=evidence.word_pairs(text_a, text_b),
                floor=LINK_FLOOR, parts=len(row["a"]) + len(row["b"]), shared=shared)
            out.append({"group": f"ecb {item['a']}/{item['b']}", "right": LABEL[item["same"]], "features": features,
                        "set": item["set"]})
    return out


def out_of_fold(data: list[dict], names: tuple[str, ...], extra: list[dict]) -> np.ndarray:
    """Leave-one-group-out predictions for ``data``; ``extra`` is training data only (all groups differ)."""
    x, y = matrix(data, names), np.array([d["right"] for d in data], dtype=float)
    x_extra, y_extra = matrix(extra, names), np.array([d["right"] for d in extra], dtype=float)
    groups = [d["group"] for d in data]
    p = np.zeros(len(y))
    for group in sorted(set(groups)):
        test = np.array([g == group for g in groups])
        keep = np.array([d["group"] != group for d in extra])
        weights, intercept = fit(np.vstack([x[~test], x_extra[keep]]), np.r_[y[~test], y_extra[keep]], PENALTY)
        p[test] = probability(x[test], weights, intercept)
    return p


def main() -> None:
    claims.COINCIDENCE_BELOW = 0.0  # the rule off: the rows it demotes stay rows
    old = [d for d in rows("seed-dev") + rows("allsides-dev") + rows("polnear-judged") if d["kind"] == "reworded"]
    pool = candidates("seed-dev") + candidates("allsides-dev")
    ecb = ecbplus_rows(Path(sys.argv[1]))
    print(f"old development rows {len(old)} ({sum(d['right'] for d in old):.0f} right), candidate pairs "
          f"{len(pool)}, ECB+ judged rows {len(ecb)}\n")
    print("| features | trained on | CV log loss, old rows | CV log loss, ECB+ rows | ECB+ demoted (< 1/3): "
          "right / part / wrong, of one event | of other event | PolNeAR demoted: right / wrong | "
          "lowest gold-set row |", "|---|---|---|---|---|---|---|---|", sep="\n")
    for names in FEATURE_SETS:
        for label, with_ecb in (("old rows", False), ("old + ECB+", True)):
            data = old + ecb if with_ecb else old
            p = out_of_fold(data, names, pool)
            p_old = p[:len(old)]
            if with_ecb:
                p_ecb = p[len(old):]
            else:  # ECB+ rows predicted by the model fitted on all old rows
                x = matrix(pool + old, names)
                weights, intercept = fit(x, np.array([d["right"] for d in pool + old], dtype=float), PENALTY)
                p_ecb = probability(matrix(ecb, names), weights, intercept)
            y_old = np.array([d["right"] for d in old], dtype=float)
            y_ecb = np.array([d["right"] for d in ecb], dtype=float)
            cells = []
            for which in ("same event", "other event"):
                part = [(d["right"], q) for d, q in zip(ecb, p_ecb) if d["set"] == which and q < 1 / 3]
                cells.append(f"{sum(r == 1 for r, _ in part)} / {sum(r == 0.5 for r, _ in part)} / "
                             f"{sum(r == 0 for r, _ in part)}")
            polnear = [(d["right"], q) for d, q in zip(old, p_old) if d["group"].startswith("polnear") and q < 1 / 3]
            gold = [q for d, q in zip(old, p_old) if not d["group"].startswith("polnear") and d["right"]]
            print(f"| {', '.join(names)} | {label} | {log_loss(p_old, y_old):.4f} | {log_loss(p_ecb, y_ecb):.4f} | "
                  f"{cells[0]} | {cells[1]} | {sum(r for r, _ in polnear):.0f} / "
                  f"{sum(1 - r for r, _ in polnear):.0f} | {min(gold):.2f} |")


if __name__ == "__main__":
    main()
