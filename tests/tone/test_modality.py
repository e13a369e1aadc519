"""A "must" of obligation and a "clearly" of manner are no boosters; their epistemic uses still are."""

import json

import pytest
from click.testing import CliRunner

from mediadiff.cli import main
from mediadiff.tone.certainty import sentence_certainty
from mediadiff.tone.lexicons import load_lexicon


def boosters(text: str) -> list[str]:
    return [text[m.start:m.end] for m in load_lexicon().find(text) if m.entry.kind == "booster"]


@pytest.mark.parametrize("text", [
    "Foreign travelers must provide proof of vaccination.",
    "Mr. Biden must sign the bill before midnight to avoid a shutdown.",
    "A lame duck session of Congress must not happen.",
    "People who sell firearms must be licensed, regardless of venue.",
    "Government must be strictly and constitutionally limited.",
    "The deal must be approved by union members.",
    "A president must be ready to start making decisions.",
    "He or she must have a license.",
    "Rubio is launching his campaign for the must-win primary in Florida.",
    "We must communicate clearly with key audiences.",
    "The boxes will clearly label what is inside.",
    "LinkedIn had the advantage of a clearly defined user base.",
    "We'll think very clearly about it.",
    "We will say loudly and clearly that the nation belongs to all of us.",
    "The smoke was clearly visible from the highway.",
    "Clearly audible chants rose from the crowd.",
])
def test_obligation_and_manner_are_no_boosters(text):
    assert boosters(text) == []


@pytest.mark.parametrize("text, cue", [
    ("It must be true.", "must"),
    ("It must be terrible for him to live with that.", "must"),
    ("He must have known about the payments.", "must"),
    ("They must have already left.", "must"),
    ("Republicans must be gnashing their teeth.", "must"),
    ("That must mean the plan failed.", "must"),
    ("Clearly, the plan failed.", "Clearly"),
    ("The withdrawal was clearly flawed.", "clearly"),
    ("Clinton clearly erred in saying that.", "clearly"),
    ("He clearly lacks the judgment to lead.", "clearly"),
    ("Trump was clearly unhappy with the way he was treated.", "clearly"),  # a state inferred: the writer's call
    ("Obviously, the vote will be close.", "Obviously"),
])
def test_epistemic_must_and_clearly_are_boosters(text, cue):
    assert boosters(text) == [cue]


def test_an_obligation_reads_less_certain_than_the_same_must_of_inference():
    rule, inference = sentence_certainty("Travelers must show a negative test."), \
        sentence_certainty("It must be a negative test.")
    assert "booster" not in {c.kind for c in rule.cues}
    assert "booster" in {c.kind for c in inference.cues}


def test_score_cli_shows_no_booster_for_an_obligation(tmp_path):
    (tmp_path / "a.txt").write_text("Title: Rules\nOutlet: Daily\n\nVisitors must provide proof of vaccination. "
                                    "The rules must be a mistake.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["--corpus", str(tmp_path), "score", "--by", "sentence", "--format", "json"])
    assert result.exit_code == 0, result.output
    rule, inference = json.loads(result.output)["sentences"]
    assert [c["kind"] for c in rule["cues"]] == []
    assert "booster" not in {c["kind"] for c in rule["certainty_cues"]}
    assert [(c["kind"], c["text"]) for c in inference["cues"]] == [("booster", "must")]


def hedges(text: str) -> list[str]:
    return [text[m.start:m.end] for m in load_lexicon().find(text) if m.entry.kind == "hedge"]


@pytest.mark.parametrize("text, expected", [
    ("Bair could not be immediately reached for comment.", []),
    ("The stakes in this year's election could not be higher.", []),
    ("He could never vote for her.", []),
    ("The storm could bring heavy rain.", ["could"]),
    ("He may not run again.", ["may"]),  # possible that not: still a hedge
    ("Officials could not rule out a second attack.", ["not rule out"]),
])
def test_a_negated_could_states_an_impossibility(text, expected):
    assert hedges(text) == expected


@pytest.mark.parametrize("first", ["The owner could not be reached for comment.", "Flames could be seen from the road."])
def test_score_cli_flags_only_the_possibility_as_hedged(tmp_path, first):
    # an impossibility ("could not be reached") and a perception ("could be seen") are no hedges; "could spread" is
    (tmp_path / "a.txt").write_text(f"Title: Fire\nOutlet: Daily\n\n{first} The fire could spread overnight.\n",
                                    encoding="utf-8")
    result = CliRunner().invoke(main, ["--corpus", str(tmp_path), "score", "--by", "sentence", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert [s["hedged"] for s in json.loads(result.output)["sentences"]] == [False, True]


@pytest.mark.parametrize("sentence", [
    "There were varying reports of casualties, but none could be confirmed.",
    "None of the reports could be confirmed.",
    "No one could be reached for comment.",
    "No agency could confirm it.",
    "No question could be answered.",  # "no question" right before the modal: the subject
])
def test_a_negative_subject_takes_could_as_negated_ability_not_a_hedge(sentence):
    from mediadiff.tone.scoring import score_text
    cues = score_text(sentence).sentences[0].certainty_cues
    assert not [c for c in cues if c.text == "could" and c.kind == "hedge"]


@pytest.mark.parametrize("sentence", [
    "One of the two blanks, worth no points, could be designated.",
    "No, the storm could hit the coast.",
    "The storm could hit the coast.",
    "No matter what, prices could rise.",  # "no matter", "no wonder": no quantifier of the subject
    "No wonder prices could rise.",
])
def test_could_stays_a_hedge_without_a_negative_subject(sentence):
    from mediadiff.tone.scoring import score_text
    cues = score_text(sentence).sentences[0].certainty_cues
    assert [c for c in cues if c.text == "could" and c.kind == "hedge"]


@pytest.mark.parametrize("text, expected", [
    ("Smoke could be seen for miles.", []),
    ("Flames could be seen coming out from under the eaves.", []),
    ("Screams could be heard from the street.", []),
    ("The smoke could be clearly seen from the highway.", []),
    ("It could be seen as a betrayal.", ["could"]),  # an interpretation offered as possible
    ("The fire could spread overnight.", ["could"]),
])
def test_could_be_seen_or_heard_states_a_perception_not_a_possibility(text, expected):
    assert hedges(text) == expected
