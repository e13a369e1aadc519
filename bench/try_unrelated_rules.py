"""Rules measured against false links on unrelated pairs (issue 12, alignprec).

``links`` prints, for every link the aligner made before the row rule
(``claims.ClaimRule.refuse``) on the development gold
sets (seed pairs, AllSides development; right or wrong by the gold) and on the
development half of the unrelated AllSides pairs (all wrong), where it came
from (matching, join, second chance), its link score, the content it shares
beyond names and dates, how common that content is and the pair's word-aligned
similarity (the figures behind the rule). ``measure VARIANT``
prints the figures of the aligner with one rule patched on top of the shipped
aligner (seed, AllSides development, unrelated halves, generated 1,000 x 3);
the AllSides held-out set stays unread.

Usage (repository root)::

    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/try_unrelated_rules.py links
    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/try_unrelated_rules.py measure [VARIANT ...]
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_align_allsides import data_dir  # noqa: E402
from bench_align_generated import ours as generated_links  # noqa: E402
from bench_align_unrelated import stories, unrelated_pairs  # noqa: E402
from bench_seed_alignment import load_gold, ours  # noqa: E402
from edited_copies import make_pair  # noqa: E402

import mediadiff.align.alignment as alignment  # noqa: E402
from mediadiff.align import claims  # noqa: E402
from mediadiff.align.claims import ClaimRule  # noqa: E402
from mediadiff.align.params import LINK_FLOOR  # noqa: E402
from mediadiff.align.similarity import sentence_similarity  # noqa: E402
from mediadiff.align.vectors import sentence_terms  # noqa: E402
from mediadiff.corpus.reading import load_corpus  # noqa: E402

UNRELATED_PAIRS = 1500


def development_sets():
    """(set name, pair name, a sentences, b sentences, gold links or None for an unrelated pair)."""
    seeds = {a.id[:3]: a for a in load_corpus(ROOT / "seeds")}
    for split in ("test", "dev"):
        for g in load_gold(split):
            yield f"seed {split}", f"{g['a']}/{g['b']}", seeds[g["a"]].sentences, seeds[g["b"]].sentences, \
                {tuple(x) for x in g["links"]}
    gold = json.loads((ROOT / "bench" / "gold" / "allsides_alignment.json").read_text(encoding="utf-8"))
    corpus = load_corpus(data_dir() / "corpus")
    for p in gold["pairs"]:
        yield "AllSides dev", f"{p['a']}/{p['b']}", corpus[p["a"]].sentences, corpus[p["b"]].sentences, \
            {tuple(x) for x in p["links"]}
    for half in ("development", "check"):
        for a, b in unrelated_pairs(stories(), half=half, count=UNRELATED_PAIRS, seed=0):
            yield f"unrelated {half}", f"{a}/{b}", corpus[a].sentences, corpus[b].sentences, None


def staged_links(a, b) -> dict[tuple[int, int], str]:
    """The links of the aligner before the row rule (every row's words taken to correspond), each tagged with
    the step that made it, as ``alignment._align`` ran then."""
    scores, va, vb = alignment.link_scores(a, b)
    same_claim = ClaimRule([s.text for s in a], [s.text for s in b], LINK_FLOOR)
    groups = alignment._match(scores, LINK_FLOOR, same_claim)
    matched = {(g.a[0], g.b[0]) for g in groups}
    groups = alignment._join_better(groups, scores, va, vb, LINK_FLOOR, same_claim)
    paired_a = {i for g in groups for i in g.a}
    paired_b = {j for g in groups for j in g.b}
    rematched = alignment._match({(i, j): s for (i, j), s in scores.items()
                                  if i not in paired_a and j not in paired_b}, LINK_FLOOR, same_claim)
    second = alignment._second_chance(groups + rematched, scores, va, vb, LINK_FLOOR, same_claim, {})
    tags = {}
    for g in groups + rematched:
        for i in g.a:
            for j in g.b:
                tags[i, j] = "match" if (i, j) in matched or len(g.a) == len(g.b) == 1 else "join"
    for g in second:
        tags[g.a[0], g.b[0]] = "second"
    return tags


def shared_content(x: str, y: str) -> list[str]:
    (ca, na), (cb, nb) = claims.reading(x), claims.reading(y)
    return sorted((ca & cb) - na - nb)


def links() -> None:
    print("| set | pair | link | right | step | link score | word similarity | shared content | content terms A / B |",
          "|---|---|---|---|---|---|---|---|---|", sep="\n")
    for set_name, pair, a, b, gold in development_sets():
        if set_name == "unrelated check":
            continue
        scores = alignment.link_scores(a, b)[0]
        for (i, j), step in sorted(staged_links(a, b).items()):
            shared = shared_content(a[i].text, b[j].text)
            words = shared or ["~" + ",".join(sorted(str(k) for k in claims.covered(a[i].text, b[j].text)))]
            right = "-" if gold is None else ("yes" if (i, j) in gold else "NO")
            sizes = f"{len(sentence_terms(a[i].text).counts)} / {len(sentence_terms(b[j].text).counts)}"
            similarity = sentence_similarity(a[i].text, b[j].text)
            print(f"| {set_name} | {pair} | {i}->{j} | {right} | {step} | {scores.get((i, j), 0):.3f} | "
                  f"{similarity:.3f} | {' '.join(words)} | {sizes} |")


def measure(*, check: bool = False) -> None:
    totals: dict[str, list[int]] = {}
    for set_name, _, a, b, gold in development_sets():
        if set_name == "unrelated check" and not check:
            continue
        found = ours(a, b)
        tp, predicted, total = totals.setdefault(set_name, [0, 0, 0])
        totals[set_name] = [tp + len(found & gold) if gold else 0, predicted + len(found),
                            total + (len(gold) if gold else 0)]
    for set_name, (tp, predicted, total) in totals.items():
        if set_name.startswith("unrelated"):
            print(f"| {set_name} ({UNRELATED_PAIRS} pairs) | false links {predicted} |")
        else:
            p, r = tp / predicted if predicted else 0.0, tp / total
            print(f"| {set_name} | P {p:.3f} ({tp}/{predicted}) | R {r:.3f} ({tp}/{total}) |")
    tp = predicted = total = 0
    seconds = []
    for seed in range(3):
        pair = make_pair(1000, seed)
        start = time.process_time()
        found = generated_links(pair)[0]
        seconds.append(time.process_time() - start)
        tp, predicted, total = tp + len(found & pair.links), predicted + len(found), total + len(pair.links)
    p, r = tp / predicted, tp / total
    print(f"| generated 1,000 x 3 | P {p:.4f} | R {r:.4f} | F1 {2 * p * r / (p + r):.4f} | "
          f"CPU s median {statistics.median(seconds):.3f} |")


def patch_similarity(floor: float | None) -> None:
    """A row's words correspond at a word-aligned ``sentence_similarity`` of ``floor`` instead of the link
    floor (None: every row corresponds, the aligner before this rule)."""

    def refuse(self, a_indices, b_indices):
        score = self.row_similarity(a_indices, b_indices)
        if floor is None or score is None or score >= floor:
            return False
        self._refused.update({(i, j): score for i in a_indices for j in b_indices})
        return True

    ClaimRule.refuse = refuse


def patch_coverage(floor: float, *, surface: bool) -> None:
    """Words correspond when the information-weighted share of aligned words (``alignment_signals.coverage``;
    with ``surface``, blended with the surface overlap as ``sentence_similarity`` blends them) reaches
    ``floor``, without the penalties for other numbers, names, antonyms or negation (a changed figure is a
    rewording of the same fact, not another fact)."""
    from mediadiff.align.params import BLEND
    from mediadiff.align.similarity import alignment_signals, overlap_similarity
    from mediadiff.align.vectors import sentence_terms

    def refuse(self, a_indices, b_indices):
        text_a = " ".join(self._a[i] for i in a_indices)
        text_b = " ".join(self._b[j] for j in b_indices)
        if sentence_terms(text_a).words == sentence_terms(text_b).words:
            return False
        score = alignment_signals(text_a, text_b).coverage
        if surface:
            score = (1 - BLEND.surface_share) * score + BLEND.surface_share * overlap_similarity(text_a, text_b)
        if score >= floor:
            return False
        self._refused.update({(i, j): score for i in a_indices for j in b_indices})
        return True

    ClaimRule.refuse = refuse


TIME_UNITS = frozenset("minut hour day daili week weekend month year decad centuri ago".split())


def patch_time_units() -> None:
    """Time units ("for years", "last week") are not claim content, as dates are not."""
    shipped = claims.reading

    def reading(text):
        content, names = shipped(text)
        return content - TIME_UNITS, names | (content & TIME_UNITS)

    claims.reading = reading


def patch_no_second_chance() -> None:
    alignment._second_chance = lambda *args: []


VARIANTS: dict[str, object] = {
    "before": lambda: patch_similarity(None),
    **{f"similarity-{f}": (lambda f=f: patch_similarity(f))
       for f in (0.1, 0.15, 0.175, 0.2, 0.21, 0.225, 0.25, 0.3)},
    "no-second-chance": patch_no_second_chance,
    "time-units": patch_time_units,
    **{f"coverage-{f}": (lambda f=f: patch_coverage(f, surface=False)) for f in (0.15, 0.21, 0.25, 0.3)},
    **{f"unpenalised-{f}": (lambda f=f: patch_coverage(f, surface=True)) for f in (0.21, 0.25, 0.3)},
}


def main() -> None:
    what = sys.argv[1] if len(sys.argv) > 1 else "measure"
    if what == "links":
        links()
        return
    names = sys.argv[2:]
    if len(names) != 1:
        for name in names or ["shipped", *VARIANTS]:
            print(f"\n{name}:")
            sys.stdout.flush()
            subprocess.run([sys.executable, __file__, what, name], check=True)
        return
    if names[0] != "shipped":
        VARIANTS[names[0]]()
    measure(check=what == "check")


if __name__ == "__main__":
    main()
