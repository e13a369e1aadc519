"""Certainty cues count when they bear on what both sentences say; distancing verbs are cues."""

from mediadiff.align.evidence import certainty_change
from mediadiff.align.modality import in_quote

GUN = "The man was armed with a long gun, either a shotgun or a rifle, Scherlinck {}."


def test_a_distancing_reporting_verb_is_a_certainty_change():
    assert certainty_change(GUN.format("said"), GUN.format("claimed")) == "B only: claimed"
    assert certainty_change("The senator said that the vote was rigged.",
                            "The senator alleged that the vote was rigged.") == "B only: alleged"
    # with no "that", a subject whose verb is an auxiliary takes the clause too
    assert certainty_change("Trump said the election was stolen from him.",
                            "Trump claimed the election was stolen from him.") == "B only: claimed"
    assert certainty_change("Russia said Ukraine would attack.", "Russia claimed Ukraine would attack.") \
        == "B only: claimed"


def test_claim_in_its_other_senses_is_no_cue():
    assert certainty_change("The group took responsibility for the attack on Monday.",
                            "The group claimed responsibility for the attack on Monday.") is None
    assert certainty_change("Jobless filings fell to 498,000 last week.",
                            "Jobless claims fell to 498,000 last week.") is None


def test_a_cue_on_words_the_other_sentence_lacks_is_not_counted():
    shot = "Two police officers fatally shot Kimani Gray on Saturday night after he {}pointed a revolver at them."
    other = "Protests erupted after two police officers fatally shot Kimani Gray on Saturday."
    assert certainty_change(shot.format("allegedly "), other) is None
    assert certainty_change(other, "Protests erupted after two police officers may have shot Kimani Gray.") == \
        "B only: may"


def test_quote_marks_tell_the_source_words_from_the_outlet():
    text = 'Cardona said that "it is simply unacceptable" and left.'
    assert in_quote(text, text.index("unacceptable")) and not in_quote(text, text.index("left"))
    continued = "It is simply unacceptable that leaders do this,” he said."
    assert in_quote(continued, continued.index("unacceptable")) and not in_quote(continued, continued.index("said"))


def test_the_month_may_is_no_modal():
    assert certainty_change("Jobless claims fell to 498,000 last month.", "Jobless claims fell to 498,000 in May.") is None
    assert certainty_change("Jobless claims fell to 498,000.", "Jobless claims may fall to 498,000.") == "B only: may"


def test_an_obligation_or_a_negated_could_is_no_certainty_cue_as_in_tone():
    assert certainty_change("Police could not confirm the report.", "Police did not confirm the report.") is None
    assert certainty_change("More must be done to confront shared threats.",
                            "More needs to be done to confront shared threats.") is None
    assert certainty_change("It must be true that the city paid.", "It is true that the city paid.") == "A only: must"


def test_a_negation_said_in_another_form_on_the_other_side_is_no_change():
    from mediadiff.align.evidence import certainty_change, claim_change

    pairs = [("Riva had not yet regained consciousness and was on a ventilator.",
              "Riva had yet to regain consciousness Wednesday and was on a ventilator."),
             ("Millions of Americans are skipping the second vaccine shot, data show.",
              "Millions of Americans are not getting the second shot of their vaccine, data show."),
             ("If you are fully vaccinated, you don't need a booster shot, officials say.",
              "Americans who have been fully vaccinated do not need a booster shot, officials say.")]
    for a, b in pairs:
        assert "negated" not in (claim_change(a, b) or ""), (a, b)
        assert certainty_change(a, b) is None, (a, b)
    # Asserted on one side, negated on the other: still a change.
    assert "negated in A only" in (claim_change("The company did not fund the project, officials said.",
                                                "The company funded the project, officials said.") or "")


def test_a_negation_does_not_reach_into_the_next_sentence_of_a_row():
    from mediadiff.align.evidence import claim_change

    change = claim_change("Bell played at Wayne State.",
                          "Bell has spent time with the Colts this season, but has no carries. He played at Wayne State.")
    assert "negated" not in (change or "")


def test_a_negation_governs_what_follows_it_never_the_words_before():
    from mediadiff.align.evidence import certainty_change, claim_change

    # "said no more" negates "more": nothing of "said" or "peace" is negated.
    assert certainty_change('At one point he mumbled, "I am peace," and said no more.',
                            'At one point he said, "I am but a mortal man seeking peace."') is None
    # "No. 5" is a number, not a negation.
    change = claim_change("Creighton will play No. 5 seed Indiana State on Saturday.",
                          "Creighton will meet fifth seed Indiana State on Saturday.")
    assert "negated" not in (change or "")
