"""The event a sentence reports, and a candidate that reports another event than its rival."""

from __future__ import annotations

from mediadiff.align.events import (
    event_words,
    other_event_pairs,
    reports_another_event,
    reports_one_event,
    same_event,
)

THREAT = "US President Donald Trump has reiterated the possibility of attacking cartels to combat drug trafficking."
SPOKE = "Sheinbaum and Trump spoke on January 12 about security, drug trafficking, trade and investment."
CALL = "The conversation between the foreign ministers follows the call held on Monday between Trump and Sheinbaum."


def test_a_reporting_frame_and_a_frame_noun_are_read_through_to_the_event():
    assert "attacking" in event_words(THREAT)
    assert "withdraw" in event_words("The minister said that the army would withdraw from the border.")
    assert event_words("The senators agreed to pay for the bridge.") == ("agreed", "pay")


def test_a_light_or_relational_verb_gives_its_event_nouns():
    assert set(event_words(CALL)) == {"conversation", "call"}
    assert event_words("The two ministers held a call on Thursday.") == ("call",)


def test_every_finite_clause_is_read():
    # A coordinated predicate reports a second event: "reiterated her country's rejection".
    words = event_words("Sheinbaum defended the record and reiterated her country's rejection of the plan.")
    assert {"defended", "reiterated"} <= set(words)


def test_events_correspond_by_stem_related_word_or_synonym():
    assert same_event(CALL, SPOKE) is True  # conversation = spoke
    assert same_event(THREAT, SPOKE) is False
    assert same_event("Storm damage.", SPOKE) is None  # no verb: no event read, nothing to compare


def test_two_sentences_that_share_only_arguments_report_another_event():
    assert reports_another_event(THREAT, SPOKE)
    # The same event named by a noun in the other sentence is no other event: "rejected" / "rejection".
    assert not reports_another_event("Sheinbaum said she rejected the proposal.",
                                     "Sheinbaum reiterated her country's rejection of any intervention.")


def test_a_candidate_reporting_another_event_is_refused_only_beside_one_reporting_the_same():
    a, b = [THREAT, CALL], [SPOKE]
    assert other_event_pairs({(0, 0): 0.32, (1, 0): 0.26}, a, b, 0.21) == {(0, 0)}
    # Alone, or beside a rival under the floor, the candidate stands: the rule only chooses between partners.
    assert other_event_pairs({(0, 0): 0.32}, a, b, 0.21) == frozenset()
    assert other_event_pairs({(0, 0): 0.32, (1, 0): 0.15}, a, b, 0.21) == frozenset()


def test_one_event_needs_corresponding_events_and_a_shared_argument():
    fell = "Worker filings for jobless claims fell 92,000 last week from 590,000 the prior week."
    assert reports_one_event(fell, "Initial claims fell by 92,000 to 498,000 in the week ended May 1.")
    assert not reports_one_event(fell, "Initial claims fell by 10,000 to 498,000 in the week ended May 1.")
    assert not reports_one_event(THREAT, SPOKE)  # Trump in both, but a threat is no phone call
    assert reports_one_event(CALL, SPOKE)  # Trump and Sheinbaum, conversation = spoke
