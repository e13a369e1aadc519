"""Build ``mediadiff/data/pattern_adjectives.tsv``: Pattern's English adjective lexicon, for the second
member of mediadiff's news tone (``mediadiff/tone/pattern.py``).

Pattern (De Smedt & Daelemans 2012) rates about 2,900 English adjectives and their adverbs, sense by
sense, for polarity (-1 negative .. +1 positive), subjectivity (0 objective .. 1 subjective) and intensity
(how much a word strengthens the next one: "very" 1.3); each adjective's -ly adverb gets its scores. Its
lexicon is released under the Open Data Commons PDDL (public domain dedication; the file says
``license="PDDL"``); TextBlob 0.20.1 ships the same ``en-sentiment.xml``, which is read here at build
time only (mediadiff never imports TextBlob).

Each row is one word: its senses averaged per part of speech, then over the parts of speech, as Pattern
does, but over the adjective (JJ) and adverb (RB) senses only: the few noun and verb rows ("arrest",
"jail", "action") are topic in news, not tone (issue 14). Multi-word forms (Pattern's scorer reads single
words), reporting verbs ("confirmed": never tone) and forms that are not words ("13th") are left out, and
so are words that WordNet 3.0 knows mostly as nouns or verbs (counting the senses of their base word:
"rose" is "rise"; "rising", "base"), since Pattern, like VADER, reads words without their part of speech
and news uses those as topic ("prices rose"). ``modifier`` is 1 for a word with an adverb reading:
Pattern lets it scale the next rated word by its intensity ("very good").

    pip install textblob   # only its en-sentiment.xml is read
    apt-get install wordnet-base  # WordNet 3.0 index files in /usr/share/wordnet (parts of speech)
    python bench/make_pattern_lexicon.py
"""

from __future__ import annotations

import importlib.util
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
OUT = ROOT / "mediadiff" / "data" / "pattern_adjectives.tsv"
KEPT_TAGS = ("JJ", "RB")


def xml_path() -> Path:
    spec = importlib.util.find_spec("textblob")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("needs the Pattern lexicon shipped with TextBlob: pip install textblob")
    return Path(list(spec.submodule_search_locations)[0]) / "en" / "en-sentiment.xml"


def mean(values: list[float]) -> float:
    return sum(values) / len(values)


def main() -> None:
    from learn_news_valence import mostly_adjective
    from make_noun_words import wordnet_senses

    from mediadiff.tone.sentiment import reporting_verbs

    senses: dict[str, dict[str, list[tuple[float, float, float]]]] = {}
    for word in ET.parse(xml_path()).getroot().iter("word"):
        form, tag = word.get("form", ""), word.get("pos")
        senses.setdefault(form, {}).setdefault(tag, []).append(
            (float(word.get("polarity", 0)), float(word.get("subjectivity", 0)), float(word.get("intensity", 1))))
    verbs, wordnet = reporting_verbs(), wordnet_senses()
    # Pattern's own rule (pattern.en, as in TextBlob): each adjective also gives its -ly adverb the same
    # scores ("terrible" -> "terribly", "happy" -> "happily"), a modifier of the next rated word
    for form, by_tag in list(senses.items()):
        if "JJ" in by_tag:
            stem = form[:-1] + "i" if form.endswith("y") else form[:-2] if form.endswith("le") else form
            senses[stem + "ly"] = {"RB": [tuple(mean([v[k] for v in by_tag["JJ"]]) for k in range(3))]}
    rows = []
    for form, by_tag in sorted(senses.items()):
        kept = {tag: values for tag, values in by_tag.items() if tag in KEPT_TAGS}
        if not kept or not form.replace("-", "").replace("'", "").isalpha() or form.lower() in verbs:
            continue
        if not mostly_adjective(form.lower(), wordnet) and form.lower() in wordnet:  # "rose", "rising", "base"
            continue
        per_tag = [tuple(mean([v[k] for v in values]) for k in range(3)) for values in kept.values()]
        polarity, subjectivity, intensity = (mean([t[k] for t in per_tag]) for k in range(3))
        rows.append((form.lower(), polarity, subjectivity, intensity, int("RB" in kept)))
    OUT.write_text(
        "# Pattern's English adjective lexicon (De Smedt & Daelemans 2012, en-sentiment.xml as shipped in\n"
        "# TextBlob 0.20.1; Open Data Commons PDDL), adjective and adverb senses averaged per word as Pattern\n"
        "# does; noun and verb rows, multi-word forms and reporting verbs left out. Written by\n"
        "# bench/make_pattern_lexicon.py. polarity -1..1, subjectivity 0..1, intensity (x the next rated word\n"
        "# when modifier is 1).\n"
        "word\tpolarity\tsubjectivity\tintensity\tmodifier\n"
        + "".join(f"{w}\t{p:.4g}\t{s:.4g}\t{i:.4g}\t{m}\n" for w, p, s, i, m in rows),
        encoding="utf-8")
    print(f"{len(rows)} words -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
