"""Every split and merge part the aligner makes on development data, and rules that might drop the wrong ones.

Issue 12 (alignprec11): wrong split/merge parts cost precision. For each row of more than one sentence on a
side, each member of that side is a *part*; the single sentence of the other side is the row's *single*.
Printed per part: where it came from (``join``: ``alignment._join_better``, or a first pair a later join
grew; ``partner``: ``partners.join_second_partners``), its gold label where there is gold, its link score
with the single sentence, whether its best link (by link score) is a sentence of the single's side that
another row holds (``taken``), whether what it shares with the single beyond names and dates is only figures,
and the shared stems.

Sets (development only): the seed gold of both splits (development figures) and the other seed pairs (no
gold), the AllSides development pairs (``bench/gold/allsides_alignment.json`` "pairs"; the held-out
"pairs_second" are not read); with ``--free`` also sets without gold: the sets of ``try_figure_rewordings.py``
("same event", "other event", "AllSides same story") and "same event (more)", 500 further ECB+ same-event
pairs of the development topics (1-35) drawn with seed 11.

``--partners`` prints every second partner with the words of the single sentence it covers that the row's
other members do not (its own evidence: word, kind, information weight), its reading from
``bench/gold/partner_parts_read.tsv`` (R right, P in part, W wrong) and what each candidate rule would
refuse (bench/results/align.md, "Second partners and join parts read").

Usage (repository root)::

    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/try_join_parts.py [--free "same event,AllSides same story"]
    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/try_join_parts.py --partners \\
        --free "same event,other event,AllSides same story,same event (more)"
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MORE_PAIRS, MORE_SEED = 500, 11
BAR = 1.5  # information weight: INFORMATION_CAP 7 minus params.SUMMARY_COMMON_ZIPF 5.5


def _instrument() -> dict[tuple[str, int, int], bool]:
    """Record the parts ``join_second_partners`` adds, (side, part, single) -> the part is the single's best
    unpaired candidate by link score (filled for each alignment made)."""
    from mediadiff.align import alignment

    added: dict[tuple[str, int, int], bool] = {}
    shipped = alignment.join_second_partners

    def wrapped(rows, scores, *args, **kwargs):
        before = {id(r): (list(r.a), list(r.b)) for r in rows}
        paired = {"a": {i for r in rows for i in r.a}, "b": {j for r in rows for j in r.b}}
        shipped(rows, scores, *args, **kwargs)

        def best(side, q):
            options = [(s, -(i if side == "a" else j)) for (i, j), s in scores.items()
                       if (j if side == "a" else i) == q and (i if side == "a" else j) not in paired[side]]
            return -max(options)[1] if options else None

        for r in rows:
            a, b = before[id(r)]
            added.update({("a", i, r.b[0]): best("a", r.b[0]) == i for i in r.a if i not in a})
            added.update({("b", j, r.a[0]): best("b", r.a[0]) == j for j in r.b if j not in b})

    alignment.join_second_partners = wrapped
    return added


def parts(a, b, added, gold=None) -> list[dict]:
    """One dict per part of every split or merge row of ``align_sentences(a, b)``."""
    from mediadiff.align.alignment import align_sentences, link_scores
    from mediadiff.align.claims import covered, reading
    from mediadiff.align.wordalign import analyse

    added.clear()
    rows = align_sentences(a, b)
    scores = link_scores(a, b)[0]
    row_of = {(side, k): n for n, r in enumerate(rows) if r.status in ("kept", "reworded")
              for side, ks in (("a", r.a_indices), ("b", r.b_indices)) for k in ks}
    out = []
    for n, row in enumerate(rows):
        if row.status not in ("kept", "reworded") or (len(row.a_indices) < 2 and len(row.b_indices) < 2):
            continue
        side = "a" if len(row.a_indices) > 1 else "b"
        members, q = (row.a_indices, row.b_indices[0]) if side == "a" else (row.b_indices, row.a_indices[0])
        own, other, other_side = (a, b, "b") if side == "a" else (b, a, "a")
        for k in members:
            link = (k, q) if side == "a" else (q, k)
            mine = {(j if side == "a" else i): s for (i, j), s in scores.items() if (i if side == "a" else j) == k}
            best = max(mine, key=mine.get) if mine else None
            content_p, names_p = reading(own[k].text)
            content_s, names_s = reading(other[q].text)
            shared = content_p & content_s - names_p - names_s
            rest = frozenset().union(*(covered(own[m].text, other[q].text) for m in members if m != k))
            tokens = analyse(other[q].text)
            new = sorted(covered(own[k].text, other[q].text) - rest)
            out.append({
                "side": side, "part": k, "single": q, "members": list(members),
                "origin": "partner" if (side, k, q) in added else "join", "mutual": added.get((side, k, q)),
                "gold": None if gold is None else link in gold, "score": scores.get(link, 0.0),
                "taken": best is not None and best != q and row_of.get((other_side, best), n) != n,
                "figures-only": bool(shared) and all(t[:1].isdigit() for t in shared), "shared": sorted(shared),
                "new": [(tokens[t].text, tokens[t].kind, round(tokens[t].weight, 1)) for t in new],
                "part_text": own[k].text, "single_text": other[q].text,
            })
    return out


def more_same_event() -> list[tuple[str, str]]:
    """ECB+ same-event development pairs beyond the 150 of ``try_figure_rewordings.py``: MORE_PAIRS, seed 11."""
    from try_figure_rewordings import ecbplus_pairs

    sets, dev = ecbplus_pairs()
    used = set(sets["same event"])
    by_event: dict[tuple, list[int]] = {}
    for i, (topic, event, _) in enumerate(dev):
        by_event.setdefault((topic, event), []).append(i)
    pool = [(a, b) for m in by_event.values() for a in m for b in m if a < b and (a, b) not in used]
    random.Random(MORE_SEED).shuffle(pool)
    return [(f"d{a}", f"d{b}") for a, b in pool[:MORE_PAIRS]]


RULES = {  # a second partner is kept when its own evidence (words of the single it adds) passes
    "figure or word rarer than Zipf 5.5": lambda new: any(w > BAR for _, _, w in new),
    "digits or word rarer than Zipf 5.5": lambda new: any((k == "number" and t[:1].isdigit()) or
                                                          (k != "number" and w > BAR) for t, k, w in new),
    "word rarer than Zipf 5.5 (figures not)": lambda new: any(k != "number" and w > BAR for _, k, w in new),
    "two informative words": lambda new: sum(w > BAR for _, _, w in new) >= 2,
}


def report_partners(found: list[dict]) -> None:
    path = HERE / "gold" / "partner_parts_read.tsv"
    with path.open(encoding="utf-8") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        read = {(r["pair"], r["side"], int(r["part"]), int(r["single"])): r["label"]
                for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)}
    partners = [p for p in found if p["origin"] == "partner"]
    for p in partners:
        p["label"] = read.get((p["pair"], p["side"], p["part"], p["single"]), "?")
        print(f"{p['label']} {p['set']:22} {p['pair']:12} {p['side']}{p['part']}->{p['single']} "
              f"{'' if p['mutual'] else 'not-mutual '}{p['new']}")
    print(f"\n{len(partners)} second partners; read: "
          f"{ {x: sum(p['label'] == x for p in partners) for x in 'RPW?'} }")
    rules = {**RULES, "best unpaired candidate of the single": None}
    for name, keep in rules.items():
        refused = [p for p in partners if not (p["mutual"] if keep is None else keep([tuple(x) for x in p["new"]]))]
        print(f"- refused by '{name}': {dict((x, sum(p['label'] == x for p in refused)) for x in 'RPW?')} "
              f"{[p['pair'] + ' ' + p['side'] + str(p['part']) for p in refused]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--free", default="", help="comma-separated sets without gold to add (module docstring)")
    parser.add_argument("--partners", action="store_true", help="second partners, their evidence and the rules")
    parser.add_argument("--json", type=Path, help="write every part to this file")
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))
    added = _instrument()
    from bench_align_allsides import data_dir
    from bench_seed_alignment import load_gold

    from mediadiff.corpus.reading import load_corpus

    found = []
    seeds = load_corpus(HERE.parent / "seeds")
    golds = load_gold()
    with_gold = {(g["a"], g["b"]) for g in golds}
    golds += [{"a": x, "b": y, "split": "no gold", "links": None}
              for x, y in itertools.combinations(sorted(s.id for s in seeds), 2) if (x, y) not in with_gold]
    for g in golds:
        gold = None if g["links"] is None else {tuple(x) for x in g["links"]}
        for p in parts(seeds[g["a"]].sentences, seeds[g["b"]].sentences, added, gold):
            found.append({"set": "seed " + g["split"], "pair": f"{g['a']}/{g['b']}", **p})
    allsides = load_corpus(data_dir() / "corpus")
    for g in json.loads((HERE / "gold" / "allsides_alignment.json").read_text(encoding="utf-8"))["pairs"]:
        for p in parts(allsides[g["a"]].sentences, allsides[g["b"]].sentences, added,
                       {tuple(x) for x in g["links"]}):
            found.append({"set": "AllSides dev", "pair": f"{g['a']}/{g['b']}", **p})
    if args.free:
        from try_figure_rewordings import _Articles, all_pairs

        articles, sets = _Articles(), all_pairs()
        for name in args.free.split(","):
            for a, b in more_same_event() if name == "same event (more)" else sets[name]:
                for p in parts(articles[a].sentences, articles[b].sentences, added):
                    found.append({"set": name, "pair": f"{a}/{b}", **p})
    if args.json:
        args.json.write_text(json.dumps(found, indent=1), encoding="utf-8")
    if args.partners:
        report_partners(found)
        return
    print("| set | pair | row | part | origin | gold | link | taken | figures only | shared content |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for p in found:
        row = (f"A{','.join(map(str, p['members']))} -> B{p['single']}" if p["side"] == "a"
               else f"A{p['single']} -> B{','.join(map(str, p['members']))}")
        gold = "" if p["gold"] is None else "gold" if p["gold"] else "WRONG"
        print(f"| {p['set']} | {p['pair']} | {row} | {p['side'].upper()}{p['part']} | {p['origin']} | {gold} "
              f"| {p['score']:.2f} | {'yes' if p['taken'] else ''} | {'yes' if p['figures-only'] else ''} "
              f"| {' '.join(p['shared'])} |")
    print()
    for p in found:
        if p["gold"] is not True:
            print(f"- {p['set']} {p['pair']} part {p['side'].upper()}{p['part']} ({p['origin']}, "
                  f"{'wrong' if p['gold'] is False else 'no gold'}) -> single {p['single']}\n"
                  f"    part:   {p['part_text'][:240]}\n    single: {p['single_text'][:240]}")


if __name__ == "__main__":
    main()
