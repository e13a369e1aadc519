"""Quote extraction and matching: inline articles and the seed cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from mediadiff.models import Article, Sentence
from mediadiff.quotes import extract_quotes, match_quotes

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def article(id_: str, *paragraphs: str) -> Article:
    sents, raw, pos = [], "", 0
    for p, text in enumerate(paragraphs):
        sents.append(Sentence(p, text, pos, pos + len(text), paragraph=p))
        raw += text + "\n"
        pos = len(raw)
    return Article(id=id_, path=f"{id_}.txt", raw=raw, sentences=tuple(sents))


def test_curly_and_straight_quotes_with_offsets():
    art = article("q", "Sheinbaum said her government achieved “very strong results” in the fight.",
                  '"There needs to be a shared responsibility," she added.')
    quotes = extract_quotes(art)
    assert [q.text for q in quotes] == ["very strong results", "There needs to be a shared responsibility,"]
    for q in quotes:
        assert art.raw[q.start:q.end] == q.text
    assert [(q.speaker, q.verb) for q in quotes] == [("Sheinbaum", "said"), ("Sheinbaum", "added")]


def test_apostrophes_are_not_quotes():
    art = article("a", "Mexico's president said she doesn't believe the cartels' claims about the border.",
                  "The minister called it 'unacceptable,' Rubio stressed.")
    quotes = extract_quotes(art)
    assert [q.text for q in quotes] == ["unacceptable,"]
    assert quotes[0].verb == "stressed"


def test_single_curly_quote_with_apostrophe_inside():
    art = article("s", "The statement said ‘Mexico’s violent networks must be dismantled’ before talks.")
    (quote,) = extract_quotes(art)
    assert quote.text == "Mexico’s violent networks must be dismantled"
    assert quote.speaker == "The statement" and quote.verb == "said"


def test_institution_speaker_after_quote():
    art = article("i", "“Progress is unacceptable,” the State Department’s Bureau of Western Hemisphere Affairs said.")
    (quote,) = extract_quotes(art)
    assert quote.speaker == "the State Department’s Bureau of Western Hemisphere Affairs"


def test_match_reports_trim_and_speaker_change():
    a = extract_quotes(article("a", "“We need tangible results against the cartels now,” Rubio said."))
    b = extract_quotes(article("b", "The White House stressed the need for “tangible results against the cartels”."))
    (match,) = match_quotes(a, b)
    assert match.status == "trimmed"
    assert any(d.startswith("speaker:") for d in match.differences)
    assert "verb: said -> stressed" in match.differences


def test_different_quotes_do_not_match():
    a = extract_quotes(article("a", "“The talks were productive,” Rubio said."))
    b = extract_quotes(article("b", "“Cartels are running Mexico,” Trump said."))
    assert match_quotes(a, b) == ()


@pytest.fixture(scope="module")
def seeds():
    corpus_module = pytest.importorskip("mediadiff.corpus")
    return corpus_module.load_corpus(SEEDS)


def test_seed_tangible_results_in_three_outlets(seeds):
    for ref in ("000", "001", "004"):
        assert any(q.text.strip(" ,.") == "tangible results" for q in extract_quotes(seeds[ref]))
    matches = match_quotes(extract_quotes(seeds["000"]), extract_quotes(seeds["001"]))
    assert any(m.status == "same" and m.a.text == "tangible results" for m in matches)


def test_seed_shared_responsibility_changes_source(seeds):
    q000 = [q for q in extract_quotes(seeds["000"]) if "shared responsibility" in q.text]
    q002 = [q for q in extract_quotes(seeds["002"]) if "shared responsibility" in q.text]
    assert q000[0].speaker == "Sheinbaum"
    assert "State Department" in (q002[0].speaker or "")
    (match,) = [m for m in match_quotes(q000, q002)]
    assert any(d.startswith("speaker:") for d in match.differences)
