"""Priors on split and merge parts measured for issue 12's last seed wrong pair (003:6 -> 004:7), none shipped.

The matching pairs 003:6 "US President Donald Trump has reiterated the
possibility of attacking cartels operating in Mexico to combat drug
trafficking" with 004:7 "... Sheinbaum and ... Trump spoke on January 12 about
security, drug trafficking, trade, and investment" (link 0.32), and 003:13 (the
Monday call, the gold partner, link 0.26) joins them as a merge part. The
earlier rules (bench/try_event_rules.py, bench/try_reporting_verbs_rule.py)
looked at what two sentences share; these look at where a join's parts sit and
what else they could be paired with, as monolingual and bilingual sentence
aligners do for their many-to-one links (Gale and Church's 2-1 beads and
MASSAlign's vicinity search join neighbouring sentences only; CATS and the
neural CRF of Jiang et al. 2020 score a link by its position as well):

- ``locality``: a sentence joins a group only when it raises the join's cosine
  with the other side by more than LINK_FLOOR x its distance to the nearest
  member of the group on its own side, as a share of its article's length (an
  adjacent part needs almost nothing more than the shipped "beats its parts",
  a part half an article away half the floor).
- ``adjacent``: a join part must be next to a member of its group (contiguous
  beads, as in Gale and Church).
- ``best-partner``: a sentence joins a group only when the group's single
  sentence on the other side is its own best-scoring partner (joins compete
  with pairs).
- ``explained``: after the joins, a part stays only when what its group's other
  members leave unexplained of the other side (the other side's vector without
  their terms) is still its nearest sentence there; otherwise it is freed and
  matched again (a part whose remaining evidence points elsewhere is not a
  part). The member with the highest link score always stays.
- ``given-names``: not a prior, a reading: a person is one term, so a first
  name before a surname the articles also use alone ("Donald" before "Trump")
  is left out of the vectors (first mentions give the full name, and the rare
  "Donald" links first mentions).

Each rule is applied on top of the shipped aligner (the benches' own
``ours()``) in its own process, one after the other, with the shipped aligner
measured in the same run (``try_event_rules.measure``: seed gold both splits,
development figures; AllSides development and held-out; generated edited
copies of 1,000 sentences, 3 seeds, CPU seconds indicative only), then the
links of the four gold sets it adds (+) or removes (-), gold or wrong.

``parts`` prints, for every split or merge the shipped aligner makes on the
seed pairs and the AllSides development pairs (not the held-out ones), where
each part sits and what else it could pair with (with the CSLS margin of its
link): the figures the rules were designed from. Figures and conclusions: bench/results/align.md ("Priors on
split and merge parts").

Usage (repository root)::

    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/try_join_priors.py          # every rule
    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/try_join_priors.py locality # one rule
    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/try_join_priors.py parts
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_seed_alignment import ours  # noqa: E402
from try_event_rules import gold_pairs, measure  # noqa: E402

import mediadiff.align.alignment as alignment  # noqa: E402
from mediadiff.align.claims import NAME_PARTICLES  # noqa: E402
from mediadiff.align.params import LINK_FLOOR  # noqa: E402
from mediadiff.align.similarity import tokens  # noqa: E402
from mediadiff.align.vectors import (  # noqa: E402
    TYPOGRAPHY,
    SentenceTerms,
    candidate_scores,
    combined,
    cosine,
    document_frequency,
    sentence_terms,
    tfidf_vectors,
    word_term,
)


class _Seen:
    """The link scores of the alignment under way (patched in ``link_scores``)."""

    scores: dict[tuple[int, int], float] = {}
    best: dict[tuple[str, int], int] = {}


def _remember_scores() -> None:
    link_scores = alignment.link_scores

    def remembering(a, b):
        scores, va, vb = link_scores(a, b)
        best: dict[tuple[str, int], tuple[float, int]] = {}
        for (i, j), s in scores.items():
            best[("a", i)] = max(best.get(("a", i), (-1.0, 0)), (s, -j))
            best[("b", j)] = max(best.get(("b", j), (-1.0, 0)), (s, -i))
        _Seen.scores, _Seen.best = scores, {key: -q for key, (_, q) in best.items()}
        return scores, va, vb

    alignment.link_scores = remembering


def _distance(group, side: str, k: int) -> int:
    return min(abs(k - m) for m in alignment._members(group, side))


def _gain(group, side: str, k: int, va, vb) -> float:
    own, other = (va, vb) if side == "a" else (vb, va)
    target = combined([other[q] for q in alignment._members(group, "b" if side == "a" else "a")])
    members = alignment._members(group, side)
    return (cosine(combined([own[m] for m in [*members, k]]), target)
            - cosine(combined([own[m] for m in members]), target))


def patch_join_test(extra) -> None:
    """Add ``extra(group, side, k, va, vb) -> bool`` to the shipped "the join beats its parts" test."""
    beats_parts = alignment._beats_parts

    def test(group, side, k, va, vb):
        return beats_parts(group, side, k, va, vb) and extra(group, side, k, va, vb)

    alignment._beats_parts = test


def patch_locality() -> None:
    def far_needs_more(group, side, k, va, vb):
        length = len(va if side == "a" else vb)
        return _gain(group, side, k, va, vb) > LINK_FLOOR * _distance(group, side, k) / length

    patch_join_test(far_needs_more)


def patch_adjacent() -> None:
    patch_join_test(lambda group, side, k, va, vb: _distance(group, side, k) == 1)


def patch_best_partner() -> None:
    _remember_scores()

    def is_best_partner(group, side, k, va, vb):
        single = alignment._members(group, "b" if side == "a" else "a")
        return len(single) == 1 and _Seen.best.get((side, k)) == single[0]

    patch_join_test(is_best_partner)


def unexplained_parts(group, va, vb) -> list[int]:
    """Parts of a split or merge whose nearest sentence, against what the other parts leave unexplained of
    the single side, is another sentence; never the part with the highest link score."""
    many_a = len(group.a) > 1
    members, single = (group.a, group.b[0]) if many_a else (group.b, group.a[0])
    own, other = (va, vb) if many_a else (vb, va)
    keep = max(members, key=lambda m: (cosine(own[m], other[single]), -m))
    freed = []
    for m in members:
        if m == keep:
            continue
        covered = set().union(*(own[x].keys() for x in members if x != m))
        residual = {term: w for term, w in other[single].items() if term not in covered}
        left = cosine(own[m], residual) if residual else 0.0
        if any(cosine(own[m], other[q]) > left for q in range(len(other)) if q != single):
            freed.append(m)
    return freed


def _without(group, parts: set[int]):
    """The split or merge ``group`` without the ``parts`` on its many side."""
    if len(group.a) > 1:
        return alignment._Group([i for i in group.a if i not in parts], list(group.b))
    return alignment._Group(list(group.a), [j for j in group.b if j not in parts])


def patch_explained() -> None:
    join = alignment._join_better

    def join_then_free(groups, scores, va, vb, floor, same_claim):
        out = []
        for g in join(groups, scores, va, vb, floor, same_claim):
            if len(g.a) + len(g.b) > 2:
                g = _without(g, set(unexplained_parts(g, va, vb)))
            out.append(g)
        return out

    alignment._join_better = join_then_free


def parts() -> None:
    """Where each part of the shipped aligner's splits and merges sits, and what else it could pair with."""
    _remember_scores()
    print("| pair | group | part | gold | distance (share of article) | link | gain | best partner "
          "| unexplained nearest | margin (CSLS, k = 4) |", "|---|---|---|---|---|---|---|---|---|---|", sep="\n")
    for name, a, b, links in gold_pairs():
        if "held-out" in name:
            continue  # designed on development data only
        gold = {tuple(link) for link in links}
        rows = alignment.align_sentences(a, b)
        _, va, vb = alignment.link_scores(a, b)
        for row in rows:
            if not row.a_indices or not row.b_indices or len(row.a_indices) + len(row.b_indices) == 2:
                continue
            group = alignment._Group(list(row.a_indices), list(row.b_indices))
            side = "a" if len(group.a) > 1 else "b"
            members = alignment._members(group, side)
            freed = unexplained_parts(group, va, vb)
            single = alignment._members(group, "b" if side == "a" else "a")[0]
            for m in members:
                rest = _without(group, {m})
                link = (m, single) if side == "a" else (single, m)
                length = len(a if side == "a" else b)
                distance = _distance(rest, side, m)
                print(f"| {name} | {list(row.a_indices)} -> {list(row.b_indices)} | {side}:{m} | {link in gold} "
                      f"| {distance} ({distance / length:.2f}) | {_Seen.scores.get(link, 0.0):.2f} "
                      f"| {_gain(rest, side, m, va, vb):+.3f} | {_Seen.best.get((side, m))} "
                      f"| {'elsewhere' if m in freed else 'here'} | {csls(va, vb, *link):+.3f} |")


def csls(va, vb, i: int, j: int, k: int = 4) -> float:
    """Cross-domain similarity local scaling (Conneau et al. 2018; the margin scoring of Artetxe and Schwenk
    2019 used by sentence aligners such as Vecalign): 2 cos(i, j) minus the mean cosine of each sentence with
    its k nearest sentences of the other article, so a link between sentences close to everything counts less."""
    def hubness(u, others):
        return sum(sorted((cosine(u, v) for v in others), reverse=True)[:k]) / k

    return 2 * cosine(va[i], vb[j]) - hubness(va[i], vb) - hubness(vb[j], va)


def given_names(texts: list[str]) -> frozenset[str]:
    """Terms of first names: the word before the last word of a run of capitalised words ("Donald" in
    "President Donald Trump") when that last word is used alone elsewhere in either article ("Trump")."""
    runs: list[list[str]] = []
    for text in texts:
        current: list[str] = []
        for word in [*tokens(text.translate(TYPOGRAPHY)), "."]:
            if word[:1].isupper() or (current and word in NAME_PARTICLES):
                current.append(word)
            elif current:
                runs.append(current)
                current = []
    alone = {run[0] for run in runs if len(run) == 1}
    return frozenset(word_term(run[-2])[1] for run in runs
                     if len(run) >= 2 and run[-1] in alone and len(run[-2]) > 2 and not run[-2].isupper()
                     and run[-2][:1].isupper() and word_term(run[-2])[1])


def patch_given_names() -> None:
    """A person is one term: a first name before a surname the articles also use alone is left out of the
    vectors (first mentions give the full name, so "Donald" otherwise links first mentions as a rare term)."""
    def link_scores(a, b):
        drop = given_names([s.text for s in (*a, *b)])

        def read(sentence):
            terms = sentence_terms(sentence.text)
            return SentenceTerms({t: c for t, c in terms.counts.items() if t not in drop}, terms.words)

        terms_a, terms_b = [read(s) for s in a], [read(s) for s in b]
        df = document_frequency(terms_a + terms_b)
        total = len(terms_a) + len(terms_b)
        va, vb = tfidf_vectors(terms_a, df, total), tfidf_vectors(terms_b, df, total)
        return candidate_scores(va, vb, df, [t.words for t in terms_a], [t.words for t in terms_b]), va, vb

    alignment.link_scores = link_scores


def main() -> None:
    rules = {"locality": patch_locality, "adjacent": patch_adjacent, "best-partner": patch_best_partner,
             "explained": patch_explained, "given-names": patch_given_names}
    if len(sys.argv) < 2:
        # Patches do not undo: each variant runs in its own process, one after the other.
        for name in ("shipped", *rules):
            subprocess.run([sys.executable, __file__, name], check=True)
        return
    name = sys.argv[1]
    if name == "parts":
        parts()
        return
    before = gold_links()
    if name != "shipped":
        rules[name]()
    print(f"\n{name}:", "| set | link P | link R | F1 |", "|---|---|---|---|", *measure(), sep="\n", flush=True)
    after = gold_links()
    for pair, links in before.items():
        gained, lost = sorted(after[pair][0] - links[0]), sorted(links[0] - after[pair][0])
        for change, found in (("+", gained), ("-", lost)):
            for i, j in found:
                print(f"{change} {pair} {i} -> {j} ({'gold' if (i, j) in links[1] else 'wrong'})")


def gold_links() -> dict[str, tuple[set, set]]:
    """Links found and gold links of every pair of the four gold sets, by pair name."""
    return {name: (ours(a, b), {tuple(link) for link in links}) for name, a, b, links in gold_pairs()}


if __name__ == "__main__":
    main()
