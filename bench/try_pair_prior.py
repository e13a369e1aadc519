"""Does the evidence a link needs depend on how much the two articles share? (issue 12, alignprec9)

A reworded row between two articles that share few sentences is more often a coincidence of topic words
(PolNeAR articles on one politician, AllSides stories of other events). ``params.PAIR_CONFIDENCE`` already
reads the pair's shared share (the lesser of the two articles' shares of sentences paired) beside the row's
link score, content words and joins; the rows stay "reworded" whatever it says. Rules tried here demote a
reworded row to a dropped and an added row (its sentences are not paired again) when:

- ``confidence-T``: its confidence is below T (equivalently a link floor that rises as the shared share
  falls, by PAIR_CONFIDENCE's weights: 7.7 / 7.2, about one point of link score per point of shared share);
- ``gate-S-T``: its confidence is below T and the pair's shared share is below S (an explicit prior: in a
  pair that shares much, a borderline link stands);
- ``read-T-HOW``: ``confidence-T`` with the shared share read otherwise (``max``, ``mean`` of the two
  articles' shares, or the ``shorter`` article's) under PAIR_CONFIDENCE's weight for the lesser (``min``).

Shipped: ``confidence-1/3`` (``params.COINCIDENCE_BELOW``); a file collected with the rule in place gives
under ``shipped`` what ``confidence-1/3`` gives on a file collected without it (``confidence-0.333`` keeps one
more PolNeAR row, at 0.3331).

The shipped aligner runs once per pair (``collect``, cached in a JSON file); each rule is then applied to
the rows it gave, which is exactly what a post-processing rule does (the other rows, their confidence and
the shared share are those of the shipped alignment). Sets, development only:

- seed gold, both splits (development figures; ``bench_seed_alignment.py``), AllSides development pairs
  (``bench/gold/allsides_alignment.json`` ``pairs``): link P / R;
- unrelated AllSides pairs, development half (``bench_align_unrelated.py``): every link false;
- PolNeAR *train* reworded rows judged blind (``bench/gold/reworded_rows.tsv``; these rows were also used to
  fit PAIR_CONFIDENCE, so their figures flatter any confidence rule a little): rows right / wrong demoted;
- ECB+ development pairs of one event, of one topic but other events, of different topics
  (``try_figure_rewordings.py``'s sets, 150 / 150 / 300) and AllSides same-story pairs (305): links;
- generated edited copies (1,000 sentences x 3, ``bench_align_generated.py`` seeds 0-2): link P / R / F1.

``--check`` adds the check half of the unrelated pairs (count only). The AllSides held-out pairs are not
read here.

Usage (repository root)::

    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/try_pair_prior.py collect /tmp/rows.json [--check]
    python bench/try_pair_prior.py measure /tmp/rows.json [RULE ...]
    python bench/try_pair_prior.py list /tmp/rows.json RULE [--set NAME]     # rows a rule demotes
    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/try_pair_prior.py sample /tmp/rows.json OUT.tsv
    python bench/try_pair_prior.py judged /tmp/rows.json bench/gold/ecbplus_reworded_rows.tsv

``sample`` writes 50 ECB+ same-event and 30 other-event reworded rows read uncertain (confidence below 2/3),
at random, without scores, to judge blind (column "same": 1 one fact, p in part, 0 not); ``judged`` gives
their precision by confidence band (below 1/3 is what the shipped rule demotes).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from fractions import Fraction
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

UNRELATED_PAIRS = 1500
GENERATED = (1000, 3)


def _row(row) -> dict:
    return {"a": list(row.a_indices), "b": list(row.b_indices), "status": row.status,
            "confidence": row.confidence, "score": row.score, "similarity": row.similarity,
            "text": f"{(row.a_text or '')[:160]!r} -> {(row.b_text or '')[:160]!r}"}


def _pair(name: str, rows, gold=None, judged=None) -> dict:
    paired_a = {i for r in rows if r.status in ("kept", "reworded") for i in r.a_indices}
    paired_b = {j for r in rows if r.status in ("kept", "reworded") for j in r.b_indices}
    n_a = len({i for r in rows for i in r.a_indices})
    n_b = len({j for r in rows for j in r.b_indices})
    shared = min(len(paired_a) / max(1, n_a), len(paired_b) / max(1, n_b))
    return {"name": name, "shared": shared, "n_a": n_a, "n_b": n_b,
            "rows": [_row(r) for r in rows if r.status in ("kept", "reworded")],
            "gold": sorted(gold) if gold is not None else None, "judged": judged}


def collect(out: Path, *, check: bool) -> None:
    from bench_align_generated import as_sentences
    from edited_copies import make_pair
    from reworded_rows_gold import load as judged_rows
    from try_figure_rewordings import _Articles, all_pairs
    from try_unrelated_rules import development_sets

    from mediadiff.align.alignment import align_sentences

    sets: dict[str, list] = {}
    for set_name, pair, a, b, gold in development_sets():
        if set_name == "unrelated check" and not check:
            continue
        sets.setdefault(set_name, []).append(_pair(pair, align_sentences(a, b), gold))
        print(set_name, pair, file=sys.stderr) if not set_name.startswith("unrelated") else None
    by_pair: dict[tuple[str, str], dict] = {}
    for item in judged_rows():
        if not item["source"].startswith("polnear-train") or item["row"] is None:
            continue
        key = (item["a"], item["b"])
        if key not in by_pair:
            by_pair[key] = _pair(f"{item['source']} {item['a'][:30]}/{item['b'][:30]}", item["rows"], judged=[])
        by_pair[key]["judged"].append([list(item["row"].a_indices), list(item["row"].b_indices), item["right"]])
    sets["PolNeAR judged"] = list(by_pair.values())
    articles = _Articles()
    for name, pairs in all_pairs().items():
        print(name, file=sys.stderr)
        sets[name] = [_pair(f"{a}/{b}", align_sentences(articles[a].sentences, articles[b].sentences))
                      for a, b in pairs]
    size, seeds = GENERATED
    sets["generated"] = []
    for seed in range(seeds):
        pair = make_pair(size, seed)
        rows = align_sentences(as_sentences(pair.a), as_sentences(pair.b))
        sets["generated"].append(_pair(f"generated {size} seed {seed}", rows, pair.links))
    out.write_text(json.dumps(sets), encoding="utf-8")


def demoted(pair: dict, rule: str) -> list[dict]:
    """The reworded rows of ``pair`` that ``rule`` demotes (module docstring)."""
    if rule == "shipped":
        return []
    kind, *numbers = rule.split("-")
    if kind == "confidence":
        least, share = float(Fraction(numbers[0])), 2.0
    elif kind == "gate":
        share, least = float(numbers[0]), float(numbers[1])
    elif kind == "read":  # read-T-HOW: confidence-T with the shared share read as HOW (min, max, mean, shorter)
        least, share, numbers = float(numbers[0]), 2.0, [numbers[0], "", numbers[1]]
    else:
        raise SystemExit(f"unknown rule {rule}")
    if pair["shared"] >= share:
        return []
    shift = 0.0
    if len(numbers) > 2:  # the confidence with another reading of the shared share (its weight kept)
        shift = SHARED_WEIGHT * (_share(pair, numbers[2]) - pair["shared"])
    return [r for r in pair["rows"] if r["status"] == "reworded" and _shifted(r["confidence"], shift) < least]


SHARED_WEIGHT = 7.70664  # params.PAIR_CONFIDENCE's weight of "shared"


def _shifted(confidence: float, shift: float) -> float:
    if not shift:
        return confidence
    logit = math.log(confidence / (1 - confidence)) if 0 < confidence < 1 else (50.0 if confidence else -50.0)
    return 1 / (1 + math.exp(-(logit + shift)))


def _share(pair: dict, how: str) -> float:
    paired_a = {i for r in pair["rows"] for i in r["a"]}
    paired_b = {j for r in pair["rows"] for j in r["b"]}
    share_a, share_b = len(paired_a) / max(1, pair["n_a"]), len(paired_b) / max(1, pair["n_b"])
    shorter = share_a if pair["n_a"] <= pair["n_b"] else share_b
    return {"min": min(share_a, share_b), "max": max(share_a, share_b), "mean": (share_a + share_b) / 2,
            "shorter": shorter}[how]


def links_of(pair: dict, rule: str) -> set[tuple[int, int]]:
    gone = {id(r) for r in demoted(pair, rule)}
    return {(i, j) for r in pair["rows"] if id(r) not in gone for i in r["a"] for j in r["b"]}


def measure(sets: dict, rules: list[str]) -> None:
    gold_sets = [s for s in ("seed test", "seed dev", "AllSides dev", "generated") if s in sets]
    counted = [s for s in sets if s.startswith("unrelated") or s in (
        "same event", "other event", "different topics", "AllSides same story")]
    header = ["rule", *(f"{s} P / R" for s in gold_sets), *(f"{s}: links" for s in counted),
              "PolNeAR judged rows demoted: right / wrong (of right / wrong)"]
    print("| " + " | ".join(header) + " |", "|" + "---|" * len(header), sep="\n")
    for rule in rules:
        cells = [rule]
        for s in gold_sets:
            tp = predicted = total = 0
            for pair in sets[s]:
                found, gold = links_of(pair, rule), {tuple(x) for x in pair["gold"]}
                tp, predicted, total = tp + len(found & gold), predicted + len(found), total + len(gold)
            p, r = tp / max(1, predicted), tp / max(1, total)
            cells.append(f"{p:.4f} / {r:.4f} ({tp}/{predicted}/{total})" if s == "generated"
                         else f"{p:.3f} ({tp}/{predicted}) / {r:.3f}")
        for s in counted:
            cells.append(str(sum(len(links_of(pair, rule)) for pair in sets[s])))
        right = wrong = all_right = all_wrong = 0
        for pair in sets.get("PolNeAR judged", []):
            gone = {(tuple(r["a"]), tuple(r["b"])) for r in demoted(pair, rule)}
            for a, b, ok in pair["judged"]:
                all_right, all_wrong = all_right + ok, all_wrong + (not ok)
                if (tuple(a), tuple(b)) in gone:
                    right, wrong = right + ok, wrong + (not ok)
        cells.append(f"{right} / {wrong} (of {all_right} / {all_wrong})")
        print("| " + " | ".join(cells) + " |")


def listing(sets: dict, rule: str, only: str | None) -> None:
    for s, pairs in sets.items():
        if only and s != only:
            continue
        for pair in pairs:
            gold = {tuple(x) for x in pair["gold"]} if pair["gold"] is not None else None
            judged = {(tuple(a), tuple(b)): ok for a, b, ok in pair["judged"]} if pair["judged"] else {}
            for r in demoted(pair, rule):
                links = {(i, j) for i in r["a"] for j in r["b"]}
                verdict = ("gold" if gold is not None and links <= gold else "WRONG" if gold is not None
                           else {True: "judged right", False: "judged wrong"}.get(
                               judged.get((tuple(r["a"]), tuple(r["b"]))), "-"))
                print(f"- {s} | {pair['name']} | shared {pair['shared']:.2f} | {r['a']}->{r['b']} | "
                      f"conf {r['confidence']:.2f} link {r['score']:.2f} sim {r['similarity'] or 0:.2f} | {verdict}\n"
                      f"    {r['text']}")


def sample(sets: dict, out: Path, counts: dict[str, int], seed: int = 9) -> None:
    """Write reworded rows read uncertain (confidence below 2/3) of the ECB+ sets, at random, WITHOUT any score,
    for a person to judge blind ("same": 1 one fact, or one side's fact within the other's; 0 not)."""
    import csv
    import random

    from try_figure_rewordings import _Articles

    articles, rng, chosen = _Articles(), random.Random(seed), []
    for name, count in counts.items():
        pool = [(pair["name"], r) for pair in sets[name] for r in pair["rows"]
                if r["status"] == "reworded" and r["confidence"] < 2 / 3]
        for pair_name, r in rng.sample(pool, min(count, len(pool))):
            a, b = pair_name.split("/")
            chosen.append({"set": name, "a": a, "b": b, "a_indices": ",".join(map(str, r["a"])),
                           "b_indices": ",".join(map(str, r["b"])),
                           "a_text": " ".join(articles[a].sentences[i].text for i in r["a"]),
                           "b_text": " ".join(articles[b].sentences[j].text for j in r["b"]), "same": ""})
    rng.shuffle(chosen)
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, list(chosen[0]), delimiter="\t")
        writer.writeheader()
        writer.writerows(chosen)


def judged(sets: dict, path: Path) -> None:
    """Precision of the judged ECB+ rows (``sample``) by confidence band, per set, from a collected file."""
    import csv

    with path.open(encoding="utf-8") as handle:
        items = list(csv.DictReader(handle, delimiter="\t"))
    confidence = {(s, p["name"], ",".join(map(str, r["a"])), ",".join(map(str, r["b"]))): r["confidence"]
                  for s, pairs in sets.items() for p in pairs for r in p["rows"]}
    print("| set | confidence band | rows | right | in part | wrong |", "|---|---|---|---|---|---|", sep="\n")
    for name in dict.fromkeys(item["set"] for item in items):
        for lo, hi in ((0.0, 1 / 3), (1 / 3, 0.5), (0.5, 2 / 3)):
            part = [i["same"].strip() for i in items if i["set"] == name and lo <= confidence[
                (name, f"{i['a']}/{i['b']}", i["a_indices"], i["b_indices"])] < hi]
            print(f"| {name} | {lo:.2f}-{hi:.2f} | {len(part)} | {part.count('1')} | {part.count('p')} | "
                  f"{part.count('0')} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("collect", "measure", "list", "sample", "judged"))
    parser.add_argument("file", type=Path)
    parser.add_argument("rules", nargs="*")
    parser.add_argument("--check", action="store_true", help="collect the check half of the unrelated pairs too")
    parser.add_argument("--set", help="list: only this set")
    args = parser.parse_args()
    if args.what == "collect":
        collect(args.file, check=args.check)
        return
    sets = json.loads(args.file.read_text(encoding="utf-8"))
    if args.what == "sample":
        sample(sets, Path(args.rules[0]), {"same event": 50, "other event": 30})
        return
    if args.what == "judged":
        judged(sets, Path(args.rules[0]))
        return
    if args.what == "list":
        listing(sets, args.rules[0], args.set)
        return
    default = ["shipped", *(f"confidence-{t}" for t in (0.2, 0.3, 0.4, 0.5, 0.6, 0.667)),
               *(f"gate-{s}-{t}" for s in (0.1, 0.2, 0.3) for t in (0.3, 0.5, 0.667))]
    measure(sets, args.rules or default)


if __name__ == "__main__":
    main()
