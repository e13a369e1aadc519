"""Count, on one PolNeAR split, the attributions a journalist would read as wrong, by cause.

Causes (each a rule-free test here, to count and read, not the rule that fixes it):

* ``closed-head``: the source as written ends in a lower-case word that never heads a noun phrase: a
  function word, modal or negated auxiliary ("didn't", "should", "though") or a word WordNet reads as a
  verb or adverb rather than a noun ("resist", "held", "instead").
* ``after-preposition``: a capitalised source right after a preposition (with no "who"/"which" cue of its
  own: "Democrats on Capitol Hill, who have argued" gives "Capitol Hill").
* ``naming-call``: "called"/"dubbed"/"named" after a noun phrase that is the object of a verb or a
  preposition ("launched a new fashion line called Mantra").
* ``short-quote``: a direct quote of one or two words; ``in-gold`` says how many lie inside a gold
  PolNeAR Content (are they annotated as attributions?), and how many of those have a cue next to them.
* ``org-possessive``: a person actor whose name opens with a possessive ("CNN's Kaitlan Collins").

    MEDIADIFF_BENCH_DATA=/path/to/shared/bench python bench/list_junk_sources.py --split train [--show CAUSE]
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_polnear import load, overlap  # noqa: E402

PREPOSITIONS = {"on", "in", "at", "from", "of", "with", "for", "into", "about", "by", "to", "near", "across"}
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "who", "which", "one", "another", "others", "some"}


def _closed_head(source: str) -> bool:
    from mediadiff.voices.wordclass import is_closed_class, reads_as_verb

    words = source.split()
    last = words[-1].lower()
    if not words[-1][:1].islower() or last in PRONOUNS:
        return False
    return is_closed_class(last) or reads_as_verb(last)


def causes(raw: str, attribution, golds) -> list[str]:
    found = []
    source = attribution.source
    if source and _closed_head(source):
        found.append("closed-head")
    if source and source[:1].isupper() and attribution.source_start is not None:
        before = raw[max(0, attribution.source_start - 12):attribution.source_start].split()
        if before and before[-1].lower() in PREPOSITIONS:
            found.append("after-preposition")
    if attribution.cue and attribution.cue.lower() in {"called", "dubbed", "named"} and source \
            and attribution.source_start is not None:
        before = raw[max(0, attribution.source_start - 20):attribution.source_start].split()
        if before and before[-1][:1].islower() and before[-1].isalpha() and before[-1].lower() not in PRONOUNS \
                and before[-1].lower() not in {"and", "but", "when", "after", "before", "as", "because", "while"}:
            found.append("naming-call")
    if attribution.kind == "direct" and attribution.n_words <= 2:
        inside = [g for g in golds if overlap(g.content, (attribution.start, attribution.end)) * 2
                  >= attribution.end - attribution.start]
        found.append("short-quote-in-gold" if inside else "short-quote-not-in-gold")
    return found


def main() -> None:
    from mediadiff import load_article
    from mediadiff.voices import attribute

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", default="train", choices=("train", "dev"))
    parser.add_argument("--show", default="", help="print each attribution of this cause, with its context")
    args = parser.parse_args()
    counts: collections.Counter[str] = collections.Counter()
    total = 0
    actors: collections.Counter[str] = collections.Counter()
    for path, golds in load(args.split):
        article = load_article(path)
        result = attribute(article)
        for a in result:
            total += 1
            for cause in causes(article.raw, a, golds):
                counts[cause] += 1
                if cause == args.show:
                    context = " ".join(article.raw[max(0, min(a.start, a.source_start or a.start) - 90):
                                                   max(a.end, a.cue_end or 0) + 30].split())
                    print(f"{Path(path).stem[:40]}\t{a.source!r}\t{a.speaker!r}\t{a.cue!r}\t{a.text[:40]!r}\t{context}")
        for actor in result.actors:
            if actor.kind == "person" and re.match(r"\S+['’]s\s+[A-Z]", actor.name):
                actors[actor.name] += 1
    print(f"{args.split}: {total} attributions")
    for cause, n in sorted(counts.items()):
        print(f"{cause:<26}{n:>6}")
    print(f"{'org-possessive actors':<26}{sum(actors.values()):>6}  (article, actor) rows; most common: "
          + ", ".join(f"{k} ({n})" for k, n in actors.most_common(8)))


if __name__ == "__main__":
    main()
