"""Count, on one PolNeAR split, the attributions a journalist would read as wrong, by cause.

Causes (each a rule-free test here, to count and read, not the rule that fixes it):

* ``markup``: a quote or a source inside an HTML/XML tag (PolNeAR's ``<tweet tweet-id="...">``).
* ``closed-head``: a bare lower-case source (no name, determiner, pronoun or quantifier) ending in a
  function word, modal or negated auxiliary ("didn't", "should", "though").
* ``verb-or-adverb-head (read)``: a one-word bare source that WordNet does not read as a noun first
  ("resist", "held", "long", "instead"; also some nouns: "crowd", "expert"): to read, not a cause count.
* ``after-preposition``: a capitalised source right after a preposition (with no "who"/"which" cue of its
  own: "Democrats on Capitol Hill, who have argued" gives "Capitol Hill").
* ``naming-call``: "called"/"dubbed"/"named" after a noun phrase that is the object of a verb or a
  preposition ("launched a new fashion line called Mantra").
* ``short-quote``: a direct quote of one or two words; ``in-gold`` says how many lie inside a gold
  PolNeAR Content (are they annotated as attributions?), and how many of those have a cue next to them.
* ``they-country``: "they" resolved to a country.
* ``org-possessive``: a person actor whose name opens with a possessive ("CNN's Kaitlan Collins").

    MEDIADIFF_BENCH_DATA=/path/to/shared/bench python bench/list_junk_sources.py --split train [--show CAUSE]
    MEDIADIFF_BENCH_DATA=/path/to/shared/bench python bench/list_junk_sources.py --split train --short-quotes
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


_OPENERS = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your",
            "both", "one", "another", "some", "many", "most", "few", "all", "each", "none", "several", "other",
            "others", "two", "three"} | PRONOUNS
_ENDS = {"him", "her", "them", "us", "me", "all", "both", "each"}


def _bare_words(source: str) -> list[str] | None:
    words = source.split()
    if any(not w[:1].islower() for w in words) or words[0].lower() in _OPENERS or words[-1].lower() in _ENDS \
            or words[0].lower().replace("’", "'").split("'")[0] in PRONOUNS:  # "he's", "they've"
        return None
    return [w.lower() for w in words]


def causes(raw: str, attribution, golds) -> list[str]:
    from mediadiff.voices.names import place_kind
    from mediadiff.voices.wordclass import is_closed_class, reads_as_verb

    found = []
    source = attribution.source
    tag = raw.rfind("<", 0, attribution.start) > raw.rfind(">", 0, attribution.start)
    if tag or (source == "tweet" and raw[attribution.source_start - 1:attribution.source_start] == "<"):
        found.append("markup")  # a quote mark or a word inside an HTML/XML tag ("<tweet tweet-id=...>")
    elif source and (words := _bare_words(source)):
        if is_closed_class(words[-1]):
            found.append("closed-head")
        elif len(words) == 1 and reads_as_verb(words[0]) and words[0] not in {"tweet"}:
            found.append("verb-or-adverb-head (read)")
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
    if source and source.lower() == "they" and attribution.speaker and place_kind(attribution.speaker) == "country":
        found.append("they-country")
    if attribution.kind == "direct" and attribution.n_words <= 2:
        inside = [g for g in golds if overlap(g.content, (attribution.start, attribution.end)) * 2
                  >= attribution.end - attribution.start]
        found.append("short-quote-in-gold" if inside else "short-quote-not-in-gold")
    return found


def short_quote_class(raw: str, attribution, reported: dict) -> str:
    """How a short direct quote found its cue: adjacent after or before it, inside the clause the cue
    reports, elsewhere in the sentence run ("far"), or none."""
    a = attribution
    if a.cue_start is None:
        return "no cue"
    punctuation = re.compile(r"[\s,.;:!?—–\-'’”\"“]")
    first = min(a.cue_start, a.source_start if a.source_start is not None else a.cue_start)
    last = max(a.cue_end, a.source_end or 0)
    if first >= a.end and not punctuation.sub("", raw[a.end:first]):
        return "adjacent after"
    if last <= a.start and not punctuation.sub("", raw[last:a.start]):
        return "adjacent before"
    clause = reported.get(a.cue_start)
    if clause and clause.start <= a.start and a.end <= clause.end + 2:
        return "inside the reported clause"
    return "far"


def short_quotes(split: str) -> None:
    """One- and two-word direct quotes by how their cue was found: in a gold Content or not, and where the
    gold source is a name, whether the speaker is right (``bench_polnear``'s tests)."""
    from bench_polnear import is_name, name_words

    from mediadiff import load_article
    from mediadiff.voices import attribute

    counts: collections.Counter[tuple[str, str]] = collections.Counter()
    for path, golds in load(split):
        article = load_article(path)
        result = attribute(article)
        reported = {a.cue_start: a for a in result.reported if a.cue_start is not None}
        for a in result.direct:
            if a.n_words > 2:
                continue
            kind = short_quote_class(article.raw, a, reported)
            inside = [g for g in golds if overlap(g.content, (a.start, a.end)) * 2 >= a.end - a.start]
            if not inside:
                counts[kind, "no gold" + (" (tweet tag)" if "tweet/>" in a.text else "")] += 1
                continue
            counts[kind, "in gold"] += 1
            gold = min(inside, key=lambda g: g.content[1] - g.content[0])
            if is_name(gold.source):
                right = bool(name_words(gold.source) & (name_words(a.speaker) | name_words(a.source)))
                counts[kind, "named right" if right else "named wrong"] += 1
    for (kind, column), n in sorted(counts.items()):
        print(f"{kind:<28}{column:<22}{n:>6}")


def main() -> None:
    from mediadiff import load_article
    from mediadiff.voices import attribute

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", default="train", choices=("train", "dev"))
    parser.add_argument("--show", default="", help="print each attribution of this cause, with its context")
    parser.add_argument("--short-quotes", action="store_true", help="the one- and two-word quotes' table")
    args = parser.parse_args()
    if args.short_quotes:
        short_quotes(args.split)
        return
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
