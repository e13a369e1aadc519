"""A name or ordinal one sentence puts where the other has another is a changed claim, not a restatement."""

from align_builders import article

from mediadiff.align.comparison import compare
from mediadiff.align.evidence import claim_change

FIGHT = "Klitschko stopped {} in the {} round on Saturday in Mannheim."
TRANSFER = "He said the suspect was being brought to {} County, since it was the arresting agency."


def test_a_replaced_person_and_ordinal_say_something_else():
    change = claim_change(FIGHT.format("Hasim Rahman", "seventh"), FIGHT.format("Tony Thompson", "sixth"))
    assert change is not None
    assert "names differ: Hasim Rahman -> Tony Thompson" in change and "figures differ: seventh -> sixth" in change
    (row,) = compare(article("a", FIGHT.format("Hasim Rahman", "seventh")),
                     article("b", FIGHT.format("Tony Thompson", "sixth"))).pairs
    assert row.status == "reworded" and row.restates is False and "names differ" in row.to_dict()["evidence"]["change"]


def test_a_replaced_place_inside_a_longer_name_says_something_else():
    assert claim_change(TRANSFER.format("Genesee"), TRANSFER.format("Oakland")) == \
        "names differ: Genesee County -> Oakland County"


def test_one_name_written_two_ways_is_no_change():
    same = [
        ("The U.S. imposed new tariffs on steel on Monday.", "The United States imposed new tariffs on steel on Monday."),
        ("Mr. Trump signed the order on Monday.", "President Trump signed the order on Monday."),
        ("The talks resumed on Monday in Geneva.", "The talks resumed on Jan. 12 in Geneva."),
        ("Rubio spoke with Juan Ramon de la Fuente by phone.", "Rubio spoke with Juan Ramón de la Fuente by phone."),
        ("Police said the man was armed.", "Officers said the man was armed."),
        ("The letter urged Kevin McCarthy (R-Calif.) to act.", "The letter urged Kevin McCarthy (R-CA) to act."),
        ("Half of Americans fully vaccinated by July is the goal.", "Half of U.S. adults fully vaccinated by July is the goal."),
        ("The body of Catherine Gomes, 61, was found on Tuesday.", "The body of Katherine Gomes, 61, was found on Tuesday."),
        ("It was the first fight in three years for the 41-year-old American on Saturday.",
         "It was the first fight in three years for the 41-year-old Bowe on Saturday."),
    ]
    for text_a, text_b in same:
        assert "names differ" not in (claim_change(text_a, text_b) or ""), (text_a, text_b)


def test_two_places_spelt_alike_are_two_places():
    assert "names differ: Austria -> Australia" in (claim_change(
        "The team flew to Austria for the final on Sunday.", "The team flew to Australia for the final on Sunday.") or "")


def test_a_name_written_elsewhere_in_the_other_sentence_is_not_replaced():
    text_a = "A statement from the U.S. State Department followed a call between Rubio and his counterpart."
    text_b = "A statement from the U.S. Secretary of State Marco Rubio followed a call with his counterpart."
    assert "names differ" not in (claim_change(text_a, text_b) or "")


def test_ordinals_are_figures_of_what_they_order():
    assert claim_change(FIGHT.format("Rahman", "seventh"), FIGHT.format("Rahman", "7th")) is None
    assert "figures differ: first -> second" in (claim_change(
        "It was the first time the court had ruled on the question.",
        "It was the second time the court had ruled on the question.") or "")
    assert "figures differ: 21st -> 22nd" in (claim_change(
        "The bill passed on the 21st day of the session.", "The bill passed on the 22nd day of the session.") or "")
