"""Missed gold reported contents on PolNeAR, by kind: what the reported-speech recall of
``bench_polnear.py`` loses, to read before fixing (train only: the kinds choose the fixes).

    MEDIADIFF_BENCH_DATA=../shared/bench python bench/polnear_reported_misses.py --split train [--show KIND] [--n 60]

A gold reported content (a Content without quote marks, with a Cue) is missed when no found reported
clause covers half of its characters. Each miss gets the first kind that fits, in this order:

* ``cue found, clause short``: a found reported clause overlaps it, but covers less than half;
* ``cue found, no clause``: a cue mediadiff found overlaps the gold cue, with no clause;
* ``according to``: the gold cue is "according to" (or "according");
* ``noun cue``: the gold cue is a noun ("claims that", "his statement", "the report");
* ``cue not in lexicon``: the gold cue's head word is no form of ``data/reporting_verbs.tsv``;
* ``content before cue``: the content ends before the cue ("…, X says" with no comma-led source found);
* ``infinitival``: the content opens with "to" ("urged him to", "asked them to");
* ``other sentence``: content and cue in different sentences;
* ``cue in lexicon, no cue found``: a known verb, missed by the source patterns;
and the gold cue word's counts by kind (``--words``).
"""

from __future__ import annotations

import argparse
import collections
import functools
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from bench_polnear import load, overlap  # noqa: E402

NOUN_CUES = frozenset("""
statement statements claim claims report reports remarks remark comments comment speech interview letter memo
announcement assertion argument view views belief message tweet tweets post posts testimony warning promise
pledge vow accusation accusations charge charges allegation allegations suggestion suggestions proposal plan
plans criticism call calls analysis study survey poll polls data document documents filing filings lawsuit
complaint request response answer words opinion position suit record records ad ads editorial op-ed note notes
""".split())


def head(cue: str) -> str:
    words = [w.strip(".,;:\"'“”’").lower() for w in cue.split()]
    words = [w for w in words if w and w not in {"has", "have", "had", "was", "were", "is", "are", "be", "been",
                                                 "will", "would", "could", "also", "not", "did", "does", "do"}]
    return words[0] if words else cue.lower()


def classify(article, attrs, g, text, lexicon, sentences) -> str:
    rep = [(a.start, a.end) for a in attrs.reported]
    if any(overlap(g.content, r) for r in rep):
        return "cue found, clause short"
    from mediadiff.voices.cues import find_cues
    from mediadiff.voices.verbs import verb_pattern

    if any(overlap(g.cue, (c.start, c.end)) for c in article_cues(article, attrs)):
        return "cue found, no clause"
    cue = text[g.cue[0]:g.cue[1]]
    h = head(cue)
    if h.startswith("according"):
        return "according to"
    if h in NOUN_CUES:
        return "noun cue"
    if not verb_pattern().search(cue.lower()):
        return "cue not in lexicon"
    if g.content[1] <= g.cue[0]:
        return "content before cue"
    if g.text.lower().startswith("to "):
        return "infinitival"
    if sentences(g.content[0]) != sentences(g.cue[0]):
        return "other sentence"
    del find_cues
    return "cue in lexicon, no cue found"


def _sentence_of(starts: list[int], offset: int) -> int:
    return sum(1 for s in starts if s <= offset)


_CUES: dict = {}


def article_cues(article, attrs):
    if article.id not in _CUES:
        from mediadiff.voices.cues import find_cues
        from mediadiff.voices.quotemarks import mask_quoted, quote_spans

        paragraphs: dict[int, list[int]] = {}
        for s in article.sentences:
            paragraphs.setdefault(s.paragraph, [s.start, s.end])[1] = s.end
        masked = mask_quoted(article.raw, quote_spans(article.raw, [tuple(b) for b in paragraphs.values()]))
        _CUES[article.id] = [c for s in article.sentences for c in find_cues(masked, s.start, s.end)]
    return _CUES[article.id]


def main() -> None:
    from mediadiff import load_article
    from mediadiff.voices import attribute
    from mediadiff.voices.verbs import verb_lexicon

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="train", choices=("train", "dev"))
    parser.add_argument("--show", default="", help="print this many misses of a kind (a prefix of its name)")
    parser.add_argument("--n", type=int, default=40)
    parser.add_argument("--words", action="store_true", help="gold cue head words per kind")
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    lexicon = verb_lexicon()
    kinds: collections.Counter = collections.Counter()
    words: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    shown = total = 0
    for path, golds in load(args.split)[: args.limit or None]:
        article = load_article(path)
        attrs = attribute(article)
        rep = [(a.start, a.end) for a in attrs.reported]
        sentence = functools.partial(_sentence_of, [s.start for s in article.sentences])

        for g in golds:
            if g.direct or not g.cue:
                continue
            total += 1
            if any(overlap(g.content, r) * 2 >= g.content[1] - g.content[0] for r in rep):
                continue
            text = article.raw
            kind = classify(article, attrs, g, text, lexicon, sentence)
            kinds[kind] += 1
            words[kind][head(text[g.cue[0]:g.cue[1]])] += 1
            if args.show and kind.startswith(args.show) and shown < args.n:
                shown += 1
                lo = min(g.content[0], g.cue[0])
                hi = max(g.content[1], g.cue[1])
                print(f"--- {os.path.basename(path)} cue={text[g.cue[0]:g.cue[1]]!r} source={g.source!r}")
                print("   ", text[max(0, lo - 80):hi + 40].replace("\n", " "))
                print("    CONTENT:", g.text.replace("\n", " ")[:200])
    missed = sum(kinds.values())
    print(f"PolNeAR {args.split}: {total} gold reported, {missed} missed ({missed / total:.3f})")
    print(f"{'kind':<32}{'missed':>8}{'share':>8}  commonest cue words")
    for kind, n in kinds.most_common():
        top = ", ".join(f"{w} {c}" for w, c in words[kind].most_common(8 if args.words else 5))
        print(f"{kind:<32}{n:>8}{n / missed:>8.3f}  {top}")


if __name__ == "__main__":
    main()
