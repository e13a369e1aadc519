"""False links on unrelated pairs: AllSides articles of DIFFERENT stories, where every link is wrong.

A measure that needs no annotation (issue 12, alignprec). Two articles about
different AllSides stories (``labels.tsv``: story ids; September-October 2021,
title and opening sentences) report no common fact, so any sentence the aligner
pairs across them is a false link. Pairs are drawn with a fixed seed from two
disjoint halves of the stories (sorted story ids, alternating): the
*development* half, whose false links were read to find their causes, and the
*check* half, read only to report. The two articles of a pair come from
different outlets' coverage of different stories, as a user comparing two
files of a folder would meet them. About 3 in 100 such pairs get a link, so a
half holds 1,500 pairs by default (about 6,000 A sentences; seconds to run).

Caveat: AllSides sometimes files one news event under two stories (a vaccine
donation announced, then detailed; weekly jobless claims of two weeks), so a
few links counted here as false report a related fact; the count is an upper
bound on false links, the same for every method.

Reports, per half and method, in one run: pairs with at least one link, links
per pair, links per 100 sentences of A (a link is one A sentence paired with
one B sentence; a split or merge of three sentences counts two links), for
mediadiff's defaults and tf-idf + optimal assignment at the same floor
(``bench_align_generated.tfidf_assignment``). ``--list`` prints mediadiff's
false links with their link score and the content terms the two sentences
share (what carried the link).

``--ecbplus N`` adds N pairs of ECB+ development documents (topics 1-35, the
topics ``bench_ecbplus.py`` tunes on) of *different* topics: whole news
articles (an earthquake against an Oscar ceremony), longer than the AllSides
openings, read as ``bench_ecbplus.load`` reads them (one sentence per line).

Usage (repository root)::

    MEDIADIFF_BENCH_DATA=/work/shared/bench python bench/bench_align_unrelated.py [--pairs 1500] [--seed 0] [--list] \
        [--ecbplus 300]
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_align_allsides import data_dir  # noqa: E402
from bench_seed_alignment import ours, tfidf  # noqa: E402

from mediadiff.align.alignment import link_scores  # noqa: E402
from mediadiff.align.params import LINK_FLOOR  # noqa: E402
from mediadiff.align.vectors import sentence_terms  # noqa: E402
from mediadiff.corpus.reading import load_corpus  # noqa: E402

METHODS = (("mediadiff", ours), ("tf-idf + assignment", tfidf))


def stories() -> dict[str, str]:
    """Article id -> story id, from ``labels.tsv``."""
    with (data_dir() / "labels.tsv").open(encoding="utf-8") as handle:
        return {row["article"]: row["story"] for row in csv.DictReader(handle, delimiter="\t")}


def unrelated_pairs(story_of: dict[str, str], *, half: str, count: int, seed: int) -> list[tuple[str, str]]:
    """``count`` distinct ordered pairs of articles of different stories, both from ``half`` of the stories."""
    ordered = sorted(set(story_of.values()), key=int)
    keep = set(ordered[0::2] if half == "development" else ordered[1::2])
    articles = sorted(a for a, s in story_of.items() if s in keep)
    rng = random.Random(f"{seed}-{half}")
    pairs: list[tuple[str, str]] = []
    seen: set[tuple[str, str]] = set()
    while len(pairs) < count:
        a, b = rng.sample(articles, 2)
        if story_of[a] != story_of[b] and (a, b) not in seen:
            seen.add((a, b))
            pairs.append((a, b))
    return pairs


def ecbplus_corpus(count: int, seed: int) -> tuple[list[tuple[str, str]], dict]:
    """``count`` ordered pairs of ECB+ development documents of different topics, and the documents by id."""
    from bench_ecbplus import TEST_TOPICS, load

    from mediadiff.corpus.cleaning import clean_text

    docs = [(topic, text) for topic, _, text in load() if topic < TEST_TOPICS.start]
    rng = random.Random(f"{seed}-ecbplus")
    pairs: list[tuple[str, str]] = []
    while len(pairs) < count:
        a, b = rng.sample(range(len(docs)), 2)
        if docs[a][0] != docs[b][0] and (f"d{a}", f"d{b}") not in pairs:
            pairs.append((f"d{a}", f"d{b}"))
    used = {k for pair in pairs for k in pair}
    return pairs, {k: clean_text(docs[int(k[1:])][1], article_id=k, path="-") for k in used}


def measure(pairs: list[tuple[str, str]], corpus) -> list[str]:
    sentences = sum(len(corpus[a].sentences) for a, _ in pairs)
    lines = ["| method | pairs with a link | links | links per pair | links per 100 A sentences |",
             "|---|---|---|---|---|"]
    for name, method in METHODS:
        linked = links = 0
        for a, b in pairs:
            found = method(corpus[a].sentences, corpus[b].sentences)
            linked += bool(found)
            links += len(found)
        lines.append(f"| {name} | {linked} of {len(pairs)} | {links} | {links / len(pairs):.3f} | "
                     f"{100 * links / sentences:.2f} |")
    lines.append(f"\n{len(pairs)} pairs, {sentences} A sentences.")
    return lines


def false_links(pairs: list[tuple[str, str]], corpus) -> list[str]:
    """mediadiff's links on ``pairs``, each with its link score and the content terms both sentences carry."""
    lines = []
    for a, b in pairs:
        sa, sb = corpus[a].sentences, corpus[b].sentences
        found = ours(sa, sb)
        if not found:
            continue
        scores = link_scores(sa, sb)[0]
        for i, j in sorted(found):
            shared = sorted(sentence_terms(sa[i].text).counts.keys() & sentence_terms(sb[j].text).counts.keys())
            lines.append(f"- {a}:{i} -> {b}:{j} link {scores.get((i, j), 0.0):.3f} shared {shared}\n"
                         f"    A: {sa[i].text[:160]}\n    B: {sb[j].text[:160]}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=1500, help="pairs per half (default 1500)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--list", action="store_true", help="print mediadiff's false links on the development half")
    parser.add_argument("--list-check", action="store_true", help="print them on the check half too")
    parser.add_argument("--ecbplus", type=int, default=0, help="also N pairs of ECB+ dev documents of other topics")
    args = parser.parse_args()
    story_of = stories()
    corpus = load_corpus(data_dir() / "corpus")
    print(f"Link floor {LINK_FLOOR}; seed {args.seed}; pairs of articles of different AllSides stories "
          "(every link is false). One run.\n")
    for half in ("development", "check"):
        pairs = unrelated_pairs(story_of, half=half, count=args.pairs, seed=args.seed)
        print(f"{half.capitalize()} half of the stories:\n")
        print("\n".join(measure(pairs, corpus)) + "\n")
        if (args.list and half == "development") or (args.list_check and half == "check"):
            print("\n".join(false_links(pairs, corpus)) + "\n")
    if args.ecbplus:
        pairs, documents = ecbplus_corpus(args.ecbplus, args.seed)
        print("ECB+ development documents of different topics:\n")
        print("\n".join(measure(pairs, documents)) + "\n")
        if args.list:
            print("\n".join(false_links(pairs, documents)) + "\n")


if __name__ == "__main__":
    main()
