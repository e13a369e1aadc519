"""The word tables the news lexicon adds to VADER's (``sentiment.news_lexicon``), each read once from
``mediadiff/data``: news valences, the forms of rated verbs, and SentiWordNet priors of words no lexicon rates."""

from __future__ import annotations

from functools import lru_cache

from mediadiff.corpus.wordtables import DATA
from mediadiff.tone.params import SENTIWORDNET_SCALE


def _rows(name: str) -> list[list[str]]:
    """The data rows of ``data/<name>`` (comments and the header line left out), split at tabs."""
    text = (DATA / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith(("#", "word\t"))]


@lru_cache(maxsize=1)
def news_valences() -> dict[str, float]:
    """``data/news_valence.tsv``: lexicon words re-rated for news (bench/learn_news_valence.py)."""
    return {row[0]: float(row[2]) for row in _rows("news_valence.tsv")}


@lru_cache(maxsize=1)
def verb_forms() -> dict[str, tuple[float, str]]:
    """``data/wordnet_verb_forms.tsv``: inflected form -> (its lemma's rating, lemma) for the forms of rated verbs
    VADER's lexicon lacks ("sabotaged" as "sabotage" -2.4; bench/make_wordnet_verbs.py), only where the lemma's
    rating is of the verb (not "fanned" from VADER's "fan")."""
    return {row[0]: (float(row[1]), row[2]) for row in _rows("wordnet_verb_forms.tsv")}


@lru_cache(maxsize=1)
def sentiwordnet_valences() -> dict[str, float]:
    """``data/sentiwordnet_prior.tsv``: word -> valence on VADER's -4..4 scale (SENTIWORDNET_SCALE x 4 x the word's
    SentiWordNet 3.0 prior) for words no other lexicon rates ("baffling", "paralyzed", "upbeat"; filtered for
    precision: no nouns, no relational adjectives, no words of people; bench/make_sentiwordnet_prior.py)."""
    return {row[0]: SENTIWORDNET_SCALE * 4 * float(row[1]) for row in _rows("sentiwordnet_prior.tsv")}
