"""Actors: names resolved across an article and across a corpus."""

from __future__ import annotations

from voices_builders import article

from mediadiff.voices import actor_mentions, merge_actors
from mediadiff.voices.actors import split_role


def test_roles_split_from_names():
    assert split_role("Secretary of State Marco Rubio") == ("Secretary of State", "Marco Rubio")
    assert split_role("Mexican Foreign Minister Juan Ramón de la Fuente") == (
        "Mexican Foreign Minister", "Juan Ramón de la Fuente")
    assert split_role("U.S. State Department") == (None, "U.S. State Department")


def test_mentions_resolve_to_one_actor():
    mentions = actor_mentions(article(
        "Mexican President Claudia Sheinbaum met the U.S. State Department envoy.",
        "Sheinbaum said the State Department was wrong.", "“It was a good call,” she said."))
    by_text = {m.text: m.actor for m in mentions}
    assert by_text["Sheinbaum"] == "Claudia Sheinbaum"
    assert by_text["she"] == "Claudia Sheinbaum"
    assert by_text["State Department"] == "U.S. State Department"
    assert any(m.role == "Mexican President" for m in mentions if m.actor == "Claudia Sheinbaum")


def test_corpus_merge_takes_the_longest_name():
    merged = merge_actors(["Sheinbaum", "Claudia Sheinbaum", "State Department", "U.S. State Department", "Trump"])
    assert merged["Sheinbaum"] == "Claudia Sheinbaum"
    assert merged["State Department"] == "U.S. State Department"
    assert merged["Trump"] == "Trump"
