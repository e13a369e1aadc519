"""Join rules by residual evidence, measured for issue 12's last seed wrong pair (003:6 -> 004:7), none shipped.

The matching pairs 003:6 "US President Donald Trump has reiterated the
possibility of attacking cartels operating in Mexico to combat drug
trafficking" with 004:7 "... Sheinbaum and ... Trump spoke on January 12 about
security, drug trafficking, trade, and investment" (link 0.32), and 003:13 (the
Monday call, the gold partner, link 0.26) joins them as a merge part. The
issue asks that "a join must be justified by content shared with each part"
and that splits and merges "must beat their parts". These variants judge a
join part by what it adds, with the word-aligned evidence the row rule
(``claims.words_correspond``) uses, each patched on top of the shipped aligner:

- ``residual``: a sentence may join a group only when it corresponds to what
  the group's current members leave of the other side: the words of the single
  sentence that the members' word alignments (``wordalign.align_tokens``) do not
  take are its *residual*, and the part's ``sentence_similarity`` with that
  residual must reach the link floor.
- ``residual-content``: the same with the information-weighted share of the
  residual's content words (beyond names and dates, ``claims._content_tokens``)
  that the part links to, instead of the similarity.
- ``wordsim-beats``: the joined sentences' ``sentence_similarity`` with the
  single side must be higher than the group's without the part (the "beats its
  parts" test on the measure rows are judged by, besides the tf-idf cosine).
- ``recheck``: after the joins, every member of a split or merge is asked
  ``residual`` against all the *other* members (leave one out), so the
  matching's first member is asked too; the member with the lowest residual
  similarity below the floor is freed (and may pair again), until every member
  passes or one is left.
- ``recheck-story``: ``recheck`` with the residual's content counted beyond the
  story's own vocabulary as well: a term found in at least max(3, sqrt(n))
  of the n sentences of either article ("drug", "trafficking" in 003/004) is
  not evidence of a part (the residual's share of the remaining content words).
- ``parts-story``: not residual: every member of a split or merge must share
  with the single side a content word (or an equivalent, as the word aligner
  links them) beyond names, dates and that story vocabulary; the members that
  do not are freed (when none does, the member with the highest link score
  stays). ``parts-story-2``, ``-3``, ``-quarter``, ``-eighth``, ``-2-sqrt``: the
  same with a story term found in at least 2, 3, max(3, n/4), max(3, n/8) or
  max(2, sqrt(n)) sentences.
- ``parts-story-strict``: ``parts-story``, and a freed member pairs again only
  with a sentence it shares content beyond story terms with.
- ``links-story``: the story test on every link, pairs included (the
  names-and-dates rule of ``claims.shares_content`` extended to story terms).

``measure VARIANT`` prints, for the shipped aligner (``shipped``) or one
variant: link P / R on the seed gold (both splits; development figures), the
AllSides development gold (the held-out set stays unread), false links on the
development half of the unrelated AllSides pairs, generated edited copies of
1,000 sentences x 3 (link P / R / F1 and the recall of the gold links of
splits and merges, with CPU seconds of ``align_sentences``, median of 3,
indicative), and whether 003:6 -> 004:7 and the gold 003:13 -> 004:7 are
linked; then every link of the development gold sets it adds (+) or removes (-)
against the shipped aligner. Without arguments it runs every variant, each in
its own process, one after the other. ``parts`` prints, for every split and
merge of the shipped aligner on the development gold sets, each member's
residual figures. ``dump VARIANT OUT.json`` writes the links of
``try_figure_rewordings.py``'s ECB+ and AllSides same-story pairs with the
variant patched (read them with that script's ``diff``); ``sizes VARIANT``
measures generated copies of 100, 300 and 3,000 sentences. Figures and
conclusions: bench/results/align.md ("Join parts by residual evidence
(alignjoin)").

Usage (repository root)::

    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/try_join_residual.py
    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/try_join_residual.py measure residual
    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/try_join_residual.py parts
    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/try_join_residual.py dump parts-story after.json
    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/try_figure_rewordings.py diff before.json after.json
"""

from __future__ import annotations

import math
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_align_generated import ours as generated_links  # noqa: E402
from bench_seed_alignment import ours  # noqa: E402
from edited_copies import make_pair  # noqa: E402
from try_unrelated_rules import development_sets  # noqa: E402

import mediadiff.align.alignment as alignment  # noqa: E402
from mediadiff.align.claims import _content_tokens  # noqa: E402
from mediadiff.align.params import LINK_FLOOR  # noqa: E402
from mediadiff.align.similarity import sentence_similarity  # noqa: E402
from mediadiff.align.vectors import sentence_terms, word_term  # noqa: E402
from mediadiff.align.wordalign import align_tokens, analyse  # noqa: E402


def sqrt_least(n: int) -> float:
    return max(3.0, math.sqrt(n))


class _Texts:
    """The sentences of the alignment under way (set by the patched ``_align``)."""

    a: list[str] = []
    b: list[str] = []
    story: frozenset[str] = frozenset()
    least = staticmethod(sqrt_least)
    freed: set[tuple[str, int]] = set()  # members parts-story freed in the alignment under way


def _remember_texts() -> None:
    align = alignment._align

    def remembering(a, b, threshold, similarity):
        _Texts.a, _Texts.b = [s.text for s in a], [s.text for s in b]
        _Texts.story = story_terms(_Texts.a) | story_terms(_Texts.b)
        _Texts.freed = set()
        return align(a, b, threshold, similarity)

    alignment._align = remembering


def story_terms(texts: list[str], least=None) -> frozenset[str]:
    """Terms in at least ``least(n)`` (default max(3, sqrt(n))) of the n sentences: what the article repeats."""
    df = Counter(t for text in texts for t in set(sentence_terms(text).counts))
    floor = (least or _Texts.least)(len(texts))
    return frozenset(t for t, n in df.items() if n >= floor)


def _texts(side: str) -> list[str]:
    return _Texts.a if side == "a" else _Texts.b


def residual_indices(single: str, members: list[str]) -> list[int]:
    """Indices into ``analyse(single)`` of its words that no member's word alignment takes."""
    taken = {j for m in members for _, j, _, _ in align_tokens(m, single)}
    return [t.index for t in analyse(single) if t.index not in taken]


def residual_text(single: str, members: list[str]) -> str:
    tokens = analyse(single)
    return " ".join(tokens[k].text for k in residual_indices(single, members))


def residual_similarity(part: str, single: str, members: list[str]) -> float:
    left = residual_text(single, members)
    return sentence_similarity(part, left) if left.strip() else 0.0


def residual_content(part: str, single: str, members: list[str], *, story: frozenset[str] = frozenset()) -> float:
    """Information share of the residual's content words (beyond names, dates and ``story`` terms) the part takes."""
    tokens = analyse(single)
    content = {k for k in _content_tokens(single) if word_term(tokens[k].text)[1] not in story}
    left = set(residual_indices(single, members)) & content
    total = sum(tokens[k].weight for k in left)
    if not total:
        return 0.0
    return sum(tokens[j].weight * s for _, j, _, s in align_tokens(part, single) if j in left) / total


def _group_texts(group, side: str, k: int) -> tuple[str, list[str], str]:
    """(joining sentence, current members on its side, the single sentence(s) of the other side joined)."""
    other = "b" if side == "a" else "a"
    part = _texts(side)[k]
    members = [_texts(side)[m] for m in alignment._members(group, side)]
    single = " ".join(_texts(other)[q] for q in alignment._members(group, other))
    return part, members, single


def patch_join_test(extra) -> None:
    """Add ``extra(part, members, single) -> bool`` to the shipped "the join beats its parts" test."""
    _remember_texts()
    beats_parts = alignment._beats_parts

    def test(group, side, k, va, vb):
        return beats_parts(group, side, k, va, vb) and extra(*_group_texts(group, side, k))

    alignment._beats_parts = test


def patch_residual() -> None:
    patch_join_test(lambda part, members, single: residual_similarity(part, single, members) >= LINK_FLOOR)


def patch_residual_content() -> None:
    patch_join_test(lambda part, members, single: residual_content(part, single, members) >= LINK_FLOOR)


def patch_wordsim_beats() -> None:
    def beats(part, members, single):
        return sentence_similarity(" ".join([*members, part]), single) > sentence_similarity(" ".join(members), single)

    patch_join_test(beats)


def _free_members(member_score) -> None:
    """After the joins, free the member of each split or merge with the lowest ``member_score(member, others,
    single)`` while it is below the floor (never the last member)."""
    _remember_texts()
    join = alignment._join_better

    def join_then_free(groups, scores, va, vb, floor, same_claim):
        out = []
        for g in join(groups, scores, va, vb, floor, same_claim):
            while len(g.a) + len(g.b) > 2:
                side = "a" if len(g.a) > 1 else "b"
                other = "b" if side == "a" else "a"
                members = alignment._members(g, side)
                single = " ".join(_texts(other)[q] for q in alignment._members(g, other))
                own = _texts(side)
                figures = [(member_score(own[m], [own[x] for x in members if x != m], single), m) for m in members]
                worst, m = min(figures)
                if worst >= floor:
                    break
                members.remove(m)
            out.append(g)
        return out

    alignment._join_better = join_then_free


def patch_recheck() -> None:
    _free_members(lambda part, others, single: residual_similarity(part, single, others))


def patch_recheck_story() -> None:
    _free_members(lambda part, others, single: residual_content(part, single, others, story=_Texts.story))


def beyond_story(x: str, y: str) -> bool:
    """``x`` and ``y`` share a content word (or equivalent) beyond names, dates and story terms."""
    return residual_content(x, y, [], story=_Texts.story) > 0


def patch_links_story() -> None:
    """Every link (pairs too, not only split and merge parts) must share content beyond story terms."""
    _remember_texts()
    shares = alignment.ClaimRule.shares

    def strict(self, i, j):
        return shares(self, i, j) and (self._a[i] == self._b[j] or beyond_story(self._a[i], self._b[j]))

    alignment.ClaimRule.shares = strict


def patch_parts_story_strict() -> None:
    """``parts-story``, and a freed member pairs again only with a sentence it shares content beyond story
    terms with (the test that freed it)."""
    patch_parts_story()
    join = alignment._join_better

    def join_then_mark(groups, scores, va, vb, floor, same_claim):
        out = join(groups, scores, va, vb, floor, same_claim)
        strict_a = {k for side, k in _Texts.freed if side == "a"}
        strict_b = {k for side, k in _Texts.freed if side == "b"}
        shares = same_claim.shares

        def strict(i, j):
            if i in strict_a or j in strict_b:
                return shares(i, j) and beyond_story(same_claim._a[i], same_claim._b[j])
            return shares(i, j)

        same_claim.shares = strict
        return out

    alignment._join_better = join_then_mark


def patch_parts_story(least=sqrt_least) -> None:
    """Free the members of a split or merge that share no content beyond names, dates and story terms with the
    single side (``least(n)``: how many of an article's n sentences make a term a story term); when none
    does, the member with the highest link score stays."""
    _remember_texts()
    _Texts.least = staticmethod(least)
    join = alignment._join_better

    def join_then_free(groups, scores, va, vb, floor, same_claim):
        out = []
        for g in join(groups, scores, va, vb, floor, same_claim):
            if len(g.a) + len(g.b) > 2:
                side = "a" if len(g.a) > 1 else "b"
                other = "b" if side == "a" else "a"
                members = alignment._members(g, side)
                single = " ".join(_texts(other)[q] for q in alignment._members(g, other))
                own = _texts(side)
                keep = [m for m in members if residual_content(own[m], single, [], story=_Texts.story) > 0]
                if not keep:
                    q = alignment._members(g, other)[0]
                    keep = [max(members, key=lambda m: alignment._link(scores, side, m, q))]
                _Texts.freed |= {(side, m) for m in members if m not in keep}
                members[:] = keep
            out.append(g)
        return out

    alignment._join_better = join_then_free


VARIANTS = {"residual": patch_residual, "residual-content": patch_residual_content,
            "wordsim-beats": patch_wordsim_beats, "recheck": patch_recheck, "recheck-story": patch_recheck_story,
            "parts-story": patch_parts_story, "links-story": patch_links_story,
            "parts-story-strict": patch_parts_story_strict,
            "parts-story-2": lambda: patch_parts_story(lambda n: 2),
            "parts-story-3": lambda: patch_parts_story(lambda n: 3),
            "parts-story-quarter": lambda: patch_parts_story(lambda n: max(3.0, n / 4)),
            "parts-story-eighth": lambda: patch_parts_story(lambda n: max(3.0, n / 8)),
            "parts-story-2-sqrt": lambda: patch_parts_story(lambda n: max(2.0, math.sqrt(n)))}


def measure() -> dict[str, list[tuple[int, int]]]:
    """Print the figures of the aligner as patched now; return the links of every development gold pair."""
    totals: dict[str, list[int]] = {}
    found_by_pair: dict[str, list[tuple[int, int]]] = {}
    for set_name, pair, a, b, gold in development_sets():
        if set_name == "unrelated check":
            continue  # the check half stays unread
        found = ours(a, b)
        if gold is not None:
            found_by_pair[f"{set_name} {pair}"] = sorted(found)
        tp, predicted, total = totals.setdefault(set_name, [0, 0, 0])
        totals[set_name] = [tp + (len(found & gold) if gold else 0), predicted + len(found),
                            total + (len(gold) if gold else 0)]
    for set_name, (tp, predicted, total) in totals.items():
        if set_name.startswith("unrelated"):
            print(f"| {set_name} (1,500 pairs) | false links {predicted} |")
        else:
            p, r = tp / predicted if predicted else 0.0, tp / total
            print(f"| {set_name} | P {p:.3f} ({tp}/{predicted}) | R {r:.3f} ({tp}/{total}) |")
    generated()
    seed = found_by_pair["seed test 003/004"]
    print(f"| 003:6 -> 004:7 linked: {(6, 7) in seed} | 003:13 -> 004:7 (gold) linked: {(13, 7) in seed} |")
    return found_by_pair


def generated(sizes=(1000,)) -> None:
    """Link P / R / F1 and the recall of split and merge links on generated edited copies, 3 seeds per size."""
    for n in sizes:
        _generated(n)


def _generated(n: int) -> None:
    tp = predicted = total = joined_tp = joined_total = 0
    seconds = []
    for seed in range(3):
        pair = make_pair(n, seed)
        start = time.process_time()
        found = generated_links(pair)[0]
        seconds.append(time.process_time() - start)
        tp, predicted, total = tp + len(found & pair.links), predicted + len(found), total + len(pair.links)
        per_a, per_b = Counter(i for i, _ in pair.links), Counter(j for _, j in pair.links)
        joined = {(i, j) for i, j in pair.links if per_a[i] > 1 or per_b[j] > 1}  # links of splits and merges
        joined_tp, joined_total = joined_tp + len(found & joined), joined_total + len(joined)
    p, r = tp / predicted, tp / total
    print(f"| generated {n:,} x 3 | P {p:.4f} ({tp}/{predicted}) | R {r:.4f} ({tp}/{total}) | "
          f"F1 {2 * p * r / (p + r):.4f} | split/merge R {joined_tp / joined_total:.4f} ({joined_tp}/{joined_total}) "
          f"| CPU s median {statistics.median(seconds):.3f} |")


def parts() -> None:
    """Each member of the shipped aligner's splits and merges on the development gold sets, with its link,
    its similarity with the single side, and its residual figures against the other members."""
    _remember_texts()
    print("| pair | group | member | gold | link | similarity | residual similarity | residual content "
          "| residual content beyond story |", "|---|---|---|---|---|---|---|---|---|", sep="\n")
    for set_name, pair, a, b, gold in development_sets():
        if gold is None:
            continue
        rows = alignment.align_sentences(a, b)
        scores = alignment.link_scores(a, b)[0]
        for row in rows:
            if not row.a_indices or not row.b_indices or len(row.a_indices) + len(row.b_indices) == 2:
                continue
            side = "a" if len(row.a_indices) > 1 else "b"
            members = list(row.a_indices if side == "a" else row.b_indices)
            single = " ".join(s.text for s in (row.b if side == "a" else row.a))
            own = _texts(side)
            for m in members:
                others = [own[x] for x in members if x != m]
                link = (m, row.b_indices[0]) if side == "a" else (row.a_indices[0], m)
                print(f"| {set_name} {pair} | {list(row.a_indices)} -> {list(row.b_indices)} | {side}:{m} "
                      f"| {link in gold} | {scores.get(link, 0.0):.2f} | {sentence_similarity(own[m], single):.2f} "
                      f"| {residual_similarity(own[m], single, others):.2f} "
                      f"| {residual_content(own[m], single, others):.2f} "
                      f"| {residual_content(own[m], single, others, story=_Texts.story):.2f} |")


def main() -> None:
    if len(sys.argv) < 2:
        # Patches do not undo: each variant runs in its own process, one after the other.
        for name in ("shipped", *VARIANTS):
            subprocess.run([sys.executable, __file__, "measure", name], check=True)
        return
    if sys.argv[1] == "parts":
        parts()
        return
    if sys.argv[1] == "dump":  # dump VARIANT OUT.json: try_figure_rewordings.py's ECB+ and AllSides same-story links
        from try_figure_rewordings import dump

        if sys.argv[2] != "shipped":
            VARIANTS[sys.argv[2]]()
        dump(Path(sys.argv[3]), no_row_rule=False)
        return
    if sys.argv[1] == "sizes":  # sizes VARIANT: generated copies of 100, 300 and 3,000 sentences, 3 seeds each
        if sys.argv[2] != "shipped":
            VARIANTS[sys.argv[2]]()
        generated(sizes=(100, 300, 3000))
        return
    name = sys.argv[2]
    gold = {f"{s} {p}": (a, b, g) for s, p, a, b, g in development_sets() if g is not None}
    shipped = {pair: sorted(ours(a, b)) for pair, (a, b, _) in gold.items()}
    if name != "shipped":
        VARIANTS[name]()
    print(f"\n{name}:", "| set | link P | link R |", "|---|---|---|", sep="\n", flush=True)
    after = measure()
    for pair, links in shipped.items():
        gained, lost = sorted(set(after[pair]) - set(links)), sorted(set(links) - set(after[pair]))
        for change, found in (("+", gained), ("-", lost)):
            for i, j in found:
                print(f"{change} {pair} {i} -> {j} ({'gold' if (i, j) in gold[pair][2] else 'wrong'})")
    print(flush=True)


if __name__ == "__main__":
    main()
