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


def test_places_and_organisations_are_not_compared_only_people():
    # Places and organisations have short forms and wider names no rule on the words can tell from
    # another place ("Los Angeles" / "UCLA", "SEC" / "Exchange Commission"): on MSRP train most such notes
    # were on paraphrases. A replaced place is still in the row's diff, but no "names differ" note says so.
    assert "names differ" not in (claim_change(TRANSFER.format("Genesee"), TRANSFER.format("Oakland")) or "")
    assert "names differ" not in (claim_change("The SEC said on Thursday its staff was preparing rules.",
                                               "The Securities and Exchange Commission said its staff was "
                                               "preparing rules.") or "")


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


def test_two_people_spelt_alike_are_one_and_two_people_are_two():
    assert "names differ" not in (claim_change("The body of Catherine Gomes was found on Tuesday.",
                                               "The body of Katherine Gomes was found on Tuesday.") or "")
    assert "names differ: Hasim Rahman -> Tony Thompson" in (claim_change(
        FIGHT.format("Hasim Rahman", "seventh"), FIGHT.format("Tony Thompson", "seventh")) or "")


def test_a_given_name_and_its_nickname_are_one_person_but_another_person_is_not():
    # QA15 A1: "Stephen Bannon's" / "Steve Bannon" was "names differ", though data/nicknames.tsv pairs them.
    template = "{} was freed on Tuesday after a judge dismissed the case against him."
    for given, nickname in (("Stephen Bannon", "Steve Bannon"), ("William Ingaldson", "Bill Ingaldson"),
                            ("Robert Smith", "Bob Smith")):
        assert "names differ" not in (claim_change(template.format(given), template.format(nickname)) or "")
    assert "names differ: Stephen Bannon -> Peter Bannon" in (
        claim_change(template.format("Stephen Bannon"), template.format("Peter Bannon")) or "")


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
