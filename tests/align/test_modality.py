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


def test_a_modal_of_a_conditional_is_no_hedge():
    # "could clinch ... with a win" against "clinched": a possibility against a fact; no word says "with" is a
    # condition there rather than a manner ("could hit the coast with a storm surge")
    assert certainty_change("The Colts clinched a playoff berth with a win over the Chiefs.",
                            "The Colts could clinch a playoff berth with a win over the Chiefs.") == "B only: could"
    assert certainty_change("If the winds turn, the storm will hit Florida on Friday.",
                            "If the winds turn, the storm could hit Florida on Friday.") is None
    assert certainty_change("The storm hits the coast on Friday.",
                            "The storm may hit the coast on Friday if the winds turn.") is None
    assert certainty_change("The storm hits the coast on Friday.",
                            "The storm may hit the coast on Friday.") == "B only: may"


def test_would_should_and_can_are_no_hedges():
    # "would" is the past of "will" (reported future, hypothetical), "should" advice, "can" ability
    assert certainty_change("Obama said he will fight to keep the protections.",
                            "Obama said he would fight to keep the protections.") is None
    assert certainty_change("He played it safe with a field goal.",
                            "He should have played it safe with a field goal.") is None


def test_one_hedge_on_each_side_is_no_change():
    assert certainty_change("Officials took actions that could harm listed species.",
                            "Officials took actions that may harm listed species.") is None


def test_a_hedge_noun_or_adjective_counts_only_when_said_of_the_claim():
    assert certainty_change("Lohan checked into the clinic, facing the prospect of arrest.",
                            "Lohan checked into the clinic, dodging arrest.") is None
    assert certainty_change("A commission formed to study potential changes to the court met.",
                            "A commission formed to study changes to the court met.") is None
    assert "possible" in (certainty_change("The court will add two justices.",
                                           "It is possible that the court will add two justices.") or "")
    assert certainty_change("The court will add two justices.",
                            "The court is likely to add two justices.") == "B only: likely"
    # an evidential adjective withholds support from its noun, which is the claim
    assert certainty_change("The cases concern excessive force by police officers.",
                            "The cases concern alleged excessive force by police officers.") == "B only: alleged"


def test_importance_and_make_sure_are_no_boosters():
    assert certainty_change("The Chiefs failed to convert on fourth down.",
                            "The Chiefs failed to convert on a crucial fourth down.") is None
    assert certainty_change("Note all the chances the defense gave the Chiefs.",
                            "Make sure that you note all the chances the defense gave the Chiefs.") is None
    assert certainty_change("The plan failed.", "Clearly, the plan failed.") == "B only: clearly"


def test_a_quoted_hedge_is_the_source_s():
    assert certainty_change('The report said expansion would undermine the court\u2019s legitimacy.',
                            '"Expansion is likely to undermine the court\u2019s legitimacy," the report said.') is None


def test_a_cue_in_single_quotation_marks_is_the_source_s():
    quoted = "The US declared that 'incremental progress' on border security is 'unacceptable.'"
    assert in_quote(quoted, quoted.index("unacceptable"))
    assert not in_quote(quoted, quoted.index("border"))
    plural = "He said 'the officers' lawyers may lie' before the hearing could start."
    assert in_quote(plural, plural.index("may"))
    assert not in_quote(plural, plural.index("could"))
    assert not in_quote("Biden’s plan doesn't work, the officers' lawyers may say.", 50)
    assert certainty_change("Sheinbaum said cooperation yields results.",
                            "Sheinbaum said that 'cooperation always yields results, and it must be so.'") is None


def test_could_with_a_negative_object_and_degree_adverbs_are_no_cues():
    assert certainty_change("Police offered no details about the bomb.",
                            "Police could offer no details about the bomb.") is None
    assert certainty_change("Police offered details about the bomb.",
                            "Police could offer details about the bomb.") == "B only: could"
    # Only an inability to offer, find, say or do: "could have no effect" is still the writer's doubt.
    assert certainty_change("The ruling will have no effect on prices.",
                            "The ruling could have no effect on prices.") == "B only: could"
    assert certainty_change("The cut will mean no raises this year.",
                            "The cut could mean no raises this year.") == "B only: could"
    assert certainty_change("Experts recommend that users apply the patch.",
                            "Experts strongly recommend that users apply the patch.") is None


def test_suggest_that_should_is_a_proposal_not_a_hedge():
    assert certainty_change("Nichols will serve his time in the Supermax prison.",
                            "The judge suggested that Nichols should serve his time in the Supermax prison.") is None
    assert certainty_change("Nichols served his time in the Supermax prison.",
                            "Records suggest that Nichols served his time in the Supermax prison.") \
        == "B only: suggest that"


def test_a_condition_bears_on_its_own_clause_only():
    # the "if" of a question asked in another clause leaves the hedge standing
    hedged = "The storm could hit Florida on Friday, and officials asked residents if they had supplies."
    assert certainty_change(hedged, hedged.replace("could", "will")) == "A only: could"
    assert certainty_change("The storm could hit Florida on Friday, and officials will help if it does.",
                            "The storm will hit Florida on Friday, and officials will help if it does.") \
        == "A only: could"
    # what an embedded question asks is no claim of the outlet's
    assert certainty_change("Officials asked if the storm could hit Florida on Friday.",
                            "Officials asked if the storm will hit Florida on Friday.") is None


def test_a_quote_in_single_marks_ends_before_a_later_plural_possessive():
    for text, cue in (("The minister called the plan 'unacceptable' and said it may hurt the officers' union.", "may"),
                      ("The minister called the plan 'reckless' and warned it would likely raise the workers' taxes.",
                       "likely")):
        assert not in_quote(text, text.index(cue))
    assert certainty_change("The minister called the plan 'unacceptable' and said it may hurt the officers' union.",
                            "The minister called the plan 'unacceptable' and said it will hurt the officers' union.") \
        == "A only: may"
    # near misses: the possessive inside the quote, punctuation inside the closing mark, a quote in a quote
    inside = "He said 'the officers' lawyers may lie' and left."
    assert in_quote(inside, inside.index("may")) and not in_quote(inside, inside.index("left"))
    comma = "She called it 'risky,' and said the workers' pay may fall."
    assert not in_quote(comma, comma.index("may"))
    whole = "He said: 'It hurts the officers' union and it may last.'"
    assert in_quote(whole, whole.index("may"))


def test_certainty_of_a_very_long_sentence_is_read_in_linear_time():
    import time

    from mediadiff.align.modality import certainty_readings
    from mediadiff.align.wordalign import analyse

    unit = "officials called it 'risky' and said it could possibly fail "
    text = unit * (100_000 // len(unit))
    tokens = analyse(text)
    started = time.perf_counter()
    certainty_readings(text, tokens, set())
    assert time.perf_counter() - started < 5  # quadratic took minutes; linear takes a fraction of a second


def test_a_booster_opening_with_a_negator_is_a_booster_not_a_negation():
    assert certainty_change("The plan will work without a doubt.", "The plan will work.") == \
        "A only: without a doubt"
    assert certainty_change("No doubt the plan will work.", "The plan will work.") == "A only: no doubt"
    # A negation is no certainty cue: polarity, not modality (the row says "negated in A only" instead)
    assert certainty_change("The plan will not work.", "The plan will work.") is None


def test_a_negation_counts_only_on_its_focus_and_never_as_certainty():
    from mediadiff.align.evidence import certainty_change, claim_change

    # "could not stop X collapsing" negates "stop", which B lacks, and asserts the collapse
    a = "They contained the fire to one corner of the roof but could not stop part of the entrance building collapsing."
    b = "Half the roof at the entrance of the building has collapsed, fire crews said."
    assert "negated" not in (claim_change(a, b) or "") and certainty_change(a, b) is None
    # "won't play" in A's extra clause: B's "playoff game" is a related word, not what A negates
    a = "Pierre Thomas was placed on injured reserve on Wednesday, meaning he won't play in the NFL playoffs."
    b = "Pierre Thomas was put on injured reserve Wednesday as New Orleans prepares for its playoff game."
    assert "negated" not in (claim_change(a, b) or "") and certainty_change(a, b) is None
    # The near misses: the focus shared, past an adverb too, is still a negation of what B says
    assert "negated in A only (not)" in (claim_change("The minister did not immediately sign the decree.",
                                                      "The minister signed the decree.") or "")
    assert "negated in A only (not)" in (claim_change("The company could not pay its workers in March.",
                                                      "The company paid its workers in March.") or "")


def test_doubt_said_of_someone_is_their_stance_not_the_outlets_hedge():
    # "his sister doubted that ...": the outlet asserts that she doubted (qa15 T5)
    assert certainty_change("His sister doubted that he was carrying a gun at the time.",
                            "He was carrying a gun at the time.") is None
    assert certainty_change("She doubts that the fire was an accident.", "The fire was an accident.") is None
    # the writer's own doubt still hedges
    assert certainty_change("It is doubtful the fire was an accident.", "The fire was an accident.") \
        == "A only: doubtful"
