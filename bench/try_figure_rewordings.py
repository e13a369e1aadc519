"""Recall of same-fact rewordings on ECB+ pairs (issue 12, alignrecall): links kept, lost and gained, to read.

ECB+ has no sentence-alignment gold, so links are counted and read. Pairs, all from the development topics
(1-35) and read as ``bench_ecbplus.load`` reads them (one sentence per line):

- *same event*: 150 pairs of documents of one ECB+ event, *other event*: 150 of one topic but different
  events (seed 0, drawn as ``try_different_events_warning.py`` draws them);
- *different topics*: 300 ordered pairs of documents of different topics (seed 0, as
  ``bench_align_unrelated.py --ecbplus 300`` draws them): every link there is false;
- *AllSides same story*: every pair of two articles (title and opening sentences) of one AllSides story of
  the development half of the stories (``bench_align_unrelated.py``'s halves), leaving out the stories of
  both gold sets (``bench/gold/allsides_alignment.json``: the held-out pairs' texts stay unread). Real
  outlets reporting one event, in news prose (hyphens and figures as printed, unlike ECB+'s tokens).

``dump OUT.json [--tree PATH] [--no-row-rule]`` writes each pair's links as the aligner of the tree at PATH
(default: this one) makes them (``--no-row-rule``: every row's words taken to correspond, the aligner before
``claims.ClaimRule.refuse``), and prints the link counts. ``diff BEFORE.json AFTER.json [--set NAME]
[--sample N] [--seed S]`` prints the links one has and the other lacks, with both sentences, their
``sentence_similarity`` in the tree running the diff and the word links that carry it (a random sample of N
per direction when given). Run ``dump`` in each tree, one after the other (one heavy process at a time).

Usage (repository root)::

    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/try_figure_rewordings.py dump after.json
    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/try_figure_rewordings.py dump before.json --tree /path/to/main
    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/try_figure_rewordings.py diff before.json after.json \\
        --set "same event" --sample 30
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

SETS = ("same event", "other event", "different topics", "AllSides same story")
PAIRS_PER_KIND = 150
DIFFERENT_TOPIC_PAIRS = 300


def _use_tree(tree: Path) -> None:
    """Import ``mediadiff`` from ``tree`` now: the bench modules put this repository first on the path."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    sys.path.insert(0, str(tree))
    import mediadiff.align.alignment  # noqa: F401

    assert Path(sys.modules["mediadiff"].__file__).resolve().is_relative_to(tree), "mediadiff from another tree"


def ecbplus_pairs() -> tuple[dict[str, list[tuple[int, int]]], list[tuple[int, str, str]]]:
    """The pairs of each set as indices into the development documents, and those documents."""
    from bench_ecbplus import TEST_TOPICS, load

    dev = [d for d in load() if d[0] < TEST_TOPICS.start]
    random.seed(0)  # as try_different_events_warning.py
    by_topic: dict[int, list[int]] = {}
    for i, (topic, _, _) in enumerate(dev):
        by_topic.setdefault(topic, []).append(i)
    same, other = [], []
    for members in by_topic.values():
        pairs = [(a, b) for a in members for b in members if a < b]
        random.shuffle(pairs)
        for a, b in pairs:
            (same if dev[a][1] == dev[b][1] else other).append((a, b))
    sets = {"same event": random.sample(same, PAIRS_PER_KIND), "other event": random.sample(other, PAIRS_PER_KIND)}
    rng = random.Random("0-ecbplus")  # as bench_align_unrelated.ecbplus_corpus
    topics = [(topic, text) for topic, _, text in dev]
    different: list[tuple[int, int]] = []
    while len(different) < DIFFERENT_TOPIC_PAIRS:
        a, b = rng.sample(range(len(topics)), 2)
        if topics[a][0] != topics[b][0] and (a, b) not in different:
            different.append((a, b))
    sets["different topics"] = different
    return sets, dev


def patch_contained(floor: float) -> None:
    """Variant: a row's words also correspond when one side is contained in the other: its information is
    covered at ``floor`` or more (``alignment_signals.coverage_a``/``_b``) through at least two content words
    beyond names and dates (``claims.covered``), and neither a number, antonym nor negation conflicts."""
    from mediadiff.align import claims
    from mediadiff.align.claims import ClaimRule
    from mediadiff.align.similarity import alignment_signals

    shipped = ClaimRule.refuse

    def refuse(self, a_indices, b_indices):
        text_a = " ".join(self._a[i] for i in a_indices)
        text_b = " ".join(self._b[j] for j in b_indices)
        s = alignment_signals(text_a, text_b)
        if max(s.coverage_a, s.coverage_b) >= floor and len(claims.covered(text_a, text_b)) >= 2 \
                and not (s.number_conflict or s.antonym or s.negation_conflict):
            return False
        return shipped(self, a_indices, b_indices)

    ClaimRule.refuse = refuse


VARIANTS = {f"contained-{f}": (lambda f=f: patch_contained(f)) for f in (0.5, 0.6, 0.75, 0.9)}


def allsides_same_story() -> list[tuple[str, str]]:
    """Pairs of articles of one story, development half of the stories, no gold story (module docstring)."""
    from bench_align_unrelated import stories

    gold = json.loads((Path(__file__).resolve().parent / "gold" / "allsides_alignment.json").read_text())
    story_of = stories()
    gold_stories = {story_of[p[side]] for key in ("pairs", "pairs_second") for p in gold[key] for side in "ab"}
    ordered = sorted(set(story_of.values()), key=int)
    keep = set(ordered[0::2]) - gold_stories
    members: dict[str, list[str]] = {}
    for article, story in sorted(story_of.items()):
        if story in keep:
            members.setdefault(story, []).append(article)
    return [(a, b) for group in members.values() for k, a in enumerate(group) for b in group[k + 1:]]


class _Articles:
    """ECB+ documents ("d12") and AllSides articles ("s0541") by id, each read once."""

    def __init__(self) -> None:
        self._dev = ecbplus_pairs()[1]
        self._allsides = None
        self._read: dict[str, object] = {}

    def __getitem__(self, key: str):
        from mediadiff.corpus.cleaning import clean_text

        if key not in self._read:
            if key.startswith("d"):
                self._read[key] = clean_text(self._dev[int(key[1:])][2], article_id=key, path="-")
            else:
                if self._allsides is None:
                    from bench_align_allsides import data_dir

                    from mediadiff.corpus.reading import load_corpus

                    self._allsides = load_corpus(data_dir() / "corpus")
                self._read[key] = self._allsides[key]
        return self._read[key]


def all_pairs() -> dict[str, list[tuple[str, str]]]:
    sets = {name: [(f"d{a}", f"d{b}") for a, b in pairs] for name, pairs in ecbplus_pairs()[0].items()}
    sets["AllSides same story"] = allsides_same_story()
    return sets


def dump(out: Path, *, no_row_rule: bool) -> None:
    from mediadiff.align.alignment import align_sentences
    from mediadiff.align.claims import ClaimRule

    if no_row_rule:
        ClaimRule.refuse = lambda self, a_indices, b_indices: False
    articles = _Articles()
    result: dict[str, list] = {}
    for name, pairs in all_pairs().items():
        rows = []
        for a, b in pairs:
            found = sorted({(i, j) for p in align_sentences(articles[a].sentences, articles[b].sentences)
                            for i in p.a_indices for j in p.b_indices})
            rows.append([a, b, found])
        result[name] = rows
        print(f"| {name} | {len(pairs)} pairs | links {sum(len(r[2]) for r in rows)} | "
              f"pairs linking nothing {sum(not r[2] for r in rows)} |")
    out.write_text(json.dumps(result), encoding="utf-8")


def diff(before: Path, after: Path, *, set_name: str, sample: int, seed: int) -> None:
    from mediadiff.align.similarity import alignment_signals, sentence_similarity
    from mediadiff.align.wordalign import align_words

    old = {(a, b): {tuple(x) for x in found} for a, b, found in json.loads(before.read_text())[set_name]}
    new = {(a, b): {tuple(x) for x in found} for a, b, found in json.loads(after.read_text())[set_name]}
    articles = _Articles()

    def sentence(k: str, i: int) -> str:
        return articles[k].sentences[i].text

    for title, first, second in (("only in AFTER", new, old), ("only in BEFORE", old, new)):
        links = [(a, b, i, j) for (a, b), found in first.items() for i, j in sorted(found - second[a, b])]
        print(f"\n## {set_name}: {title}: {len(links)} links")
        if sample and len(links) > sample:
            links = sorted(random.Random(seed).sample(links, sample))
        for a, b, i, j in links:
            x, y = sentence(a, i), sentence(b, j)
            signals = alignment_signals(x, y)
            words = ", ".join(f"{w.a_text}/{w.b_text}" for w in align_words(x, y) if w.kind != "same"
                              or w.a_text[:1].isdigit())
            print(f"- {a}:{i} -> {b}:{j} similarity {sentence_similarity(x, y):.3f}"
                  f"{' number conflict' if signals.number_conflict else ''} [{words}]\n"
                  f"    A: {x[:220]}\n    B: {y[:220]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("dump", "diff", "measure"))
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--variant", choices=sorted(VARIANTS))
    parser.add_argument("--tree", type=Path, default=Path(__file__).resolve().parents[1])
    parser.add_argument("--no-row-rule", action="store_true")
    parser.add_argument("--set", default="same event", choices=SETS)
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    _use_tree(args.tree.resolve())
    if args.variant:
        VARIANTS[args.variant]()
    if args.what == "measure":  # seed, AllSides development, unrelated development half, generated 1,000 x 3
        from try_unrelated_rules import measure

        measure()
    elif args.what == "dump":
        dump(args.files[0], no_row_rule=args.no_row_rule)
    else:
        diff(args.files[0], args.files[1], set_name=args.set, sample=args.sample, seed=args.seed)


if __name__ == "__main__":
    main()
