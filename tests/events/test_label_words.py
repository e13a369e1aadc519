"""Event labels name what happened with nouns: a verb's form or an adverb the members share is no label word."""

import pytest

from mediadiff.events.labels import event_label


def label_words(words, texts=()):
    return event_label([], words, [], [None], texts=texts).split(", ")


@pytest.mark.parametrize("verb_or_adverb", ["railed", "seared", "likened", "readily", "sharply", "considered",
                                            "three-year"])
def test_a_verbs_form_an_adverb_or_a_number_compound_is_no_label_word(verb_or_adverb):
    assert label_words([verb_or_adverb, "photographs", "resettlement"]) == ["photographs", "resettlement"]


def test_words_wordnet_lacks_stay_unless_their_ending_is_a_verbs_or_an_adverbs():
    assert label_words(["fentanyl", "cyberattacks"]) == ["fentanyl", "cyberattacks"]


def test_an_ing_form_is_a_noun_where_a_determiner_or_preposition_stands_before_it():
    texts = ["Police said the shooting happened at noon.", "Minerals sitting in the ground are worth billions."]
    assert label_words(["sitting", "shooting", "minerals"], texts) == ["shooting", "minerals"]
    assert label_words(["spying", "ceiling"], ["He was accused of spying.", "The debt ceiling."]) == [
        "spying", "ceiling"]


def test_a_bare_form_is_the_verbs_where_verbs_openers_stand_before_it():
    texts = ["Rioters tried to storm the Capitol.", "They will storm the building again, he said."]
    assert label_words(["storm", "commission"], texts) == ["commission"]
    texts = ["The storm hit the coast.", "A storm of that size is rare."]
    assert label_words(["storm", "commission"], texts) == ["storm", "commission"]


def test_an_organisations_name_cut_before_of_is_shown_whole():
    from mediadiff.events.name_context import organisation_tail

    texts = ["The Texas Department of Criminal Justice is searching for the inmate.",
             "A spokeswoman for the Texas Department of Criminal Justice said he was armed."]
    assert organisation_tail("Texas Department", texts) == "Texas Department of Criminal Justice"
    # written alone somewhere, a person's name, or two organisations joined by "and": no tail
    assert organisation_tail("Justice Department", ["The Justice Department of the United States said.",
                                                    "The Justice Department said."]) == "Justice Department"
    assert organisation_tail("Jim Banks", ["Rep. Jim Banks of Indiana said."]) == "Jim Banks"
    assert organisation_tail("Alabama Department", ["The Alabama Department of Public Health and the Alabama "
                                                    "State Department of Education said."]) == (
        "Alabama Department of Public Health")


def test_an_organisations_tail_stops_at_a_persons_title():
    from mediadiff.events.name_context import organisation_tail

    # "Department of X Director NAME": the title and the name are no part of the organisation's.
    texts = ["The Texas Department of Criminal Justice Executive Director Bryan Collier said it was ready.",
             "A Texas Department of Criminal Justice spokesman said."]
    assert organisation_tail("Texas Department", texts) == "Texas Department of Criminal Justice"
    assert organisation_tail("Texas Department", texts[:1]) == "Texas Department of Criminal Justice"
    # A title that opens the tail is the name's ("Office of the Chief Medical Examiner"); texts that go on with
    # different names give no tail, the words all of them write do.
    assert organisation_tail("Texas Office", ["The Texas Office of the Chief Medical Examiner ruled."]) == (
        "Texas Office of the Chief Medical Examiner")
    assert organisation_tail("Texas Department", ["The Texas Department of Criminal Justice said.",
                                                  "The Texas Department of Transportation said."]) == "Texas Department"
    assert organisation_tail("Texas Department", ["The Texas Department of Public Safety said.",
                                                  "Texas Department of Public Safety Director Steve McCraw said."]) == (
        "Texas Department of Public Safety")


def test_a_verbs_present_in_s_is_no_label_word_unless_the_texts_write_it_as_a_plural_noun():
    # "warns", "owes": WordNet knows no noun of them; "vows" is a noun where the texts write it as one more often.
    texts = ["The Treasury warns that the debt limit nears. He vows to testify and owes the panel answers.",
             "She also vows a fight."]
    assert label_words(["warns", "owes", "vows", "ceiling"], texts) == ["ceiling"]
    texts = ["The vows were renewed. Two of the vows name the ships.", "His vows held."]
    assert label_words(["vows", "ceiling"], texts) == ["vows", "ceiling"]
    assert label_words(["airstrikes", "ceiling"], ["Dozens died in the airstrikes."]) == ["airstrikes", "ceiling"]


def test_people_in_ers_or_ors_are_nouns_and_adjectives_in_ous_are_not():
    texts = ["Protestors marched on Paris as the tremendous crowd grew."]
    assert label_words(["protestors", "tremendous", "grew", "rally"], texts) == ["protestors", "rally"]


@pytest.mark.parametrize(("dates", "published", "shown"), [
    (["September 8"], ["2012-07-07", "2012-07-07"], "July 2012"),  # the next fight, announced: not this event's
    (["September 2009"], ["2013-07-02"], "July 2013"),  # a recalled earlier quake
    (["July 6"], ["2012-07-07"], "July 6"),  # the day before the reports
    (["December 30"], ["2026-01-02"], "December 30"),  # across the new year
    (["January 11"], [None], "January 11"),  # no member dated: the written date is all there is
])
def test_a_written_date_is_the_events_only_if_it_could_be_when_it_happened(dates, published, shown):
    label = event_label(["Wladimir Klitschko"], [], dates, published)
    assert label.split(", ")[1] == shown


def test_a_word_wordnets_noun_list_lacks_is_no_noun_when_its_ending_or_the_texts_say_verb_or_adjective():
    texts = ["Lawmakers will oppose the plan and want to accept the offer.", "The deadliest storm left voters jobless."]
    assert label_words(["oppose", "accept", "deadliest", "jobless", "prioritize", "telehealth"], texts) == [
        "telehealth"]
    # after the preposition "to", a noun newer than WordNet stays
    assert label_words(["telehealth", "ceiling"], ["Clinics switched to telehealth."]) == ["telehealth", "ceiling"]


def test_an_irregular_verb_form_is_no_label_word():
    texts = ["Treatment has begun after the heater blew and the money was stolen."]
    assert label_words(["begun", "blew", "stolen", "heater"], texts) == ["heater"]


def test_a_date_written_as_a_names_modifier_stays_in_the_label():
    texts = ["The Sept. 11 attacks shaped policy for a decade.", "Officials recalled the Sept. 11 attacks."]
    label = event_label(["George Bush"], [], ["September 11"], ["2021-09-20"], texts=texts)
    assert "September 11" in label.split(", ")
    texts = ["Troops moved on September 8 across the border."]
    label = event_label(["George Bush"], [], ["September 8"], ["2021-07-20"], texts=texts)
    assert "September 8" not in label.split(", ")


@pytest.mark.parametrize("adjective", ["easier", "fiscal", "chaotic", "bipartisan", "weak", "medical"])
def test_a_word_wordnet_knows_only_as_an_adjective_is_no_label_word(adjective):
    # A label names things; "easier" (a comparative) and "fiscal" were kept as words WordNet lacks.
    assert label_words([adjective, "photographs", "resettlement"]) == ["photographs", "resettlement"]


def test_a_noun_that_is_also_an_adjective_is_no_label_word_where_the_texts_write_it_before_a_noun():
    texts = ["The partisan divide deepened.", "Both parties fought along partisan lines over partisan politics."]
    assert label_words(["partisan", "divide"], texts) == ["divide"]
    texts = ["The partisan escaped into the hills.", "A partisan, he said, had led the raid."]
    assert label_words(["partisan", "raid"], texts) == ["partisan", "raid"]


@pytest.mark.parametrize("function_word", ["that", "ought", "would", "whose"])
def test_a_function_word_is_no_label_word(function_word):
    # WordNet knows no function word, so "that" and "ought" passed as words newer than it.
    assert label_words([function_word, "photographs", "resettlement"]) == ["photographs", "resettlement"]


def test_a_hyphenated_modifier_before_a_noun_is_no_label_word():
    # "nuclear-powered submarines", "closed-door talks": the compound describes what the label should name.
    texts = ["Australia will build nuclear-powered submarines.", "The nuclear-powered submarines anger China."]
    assert label_words(["nuclear-powered", "submarines"], texts) == ["submarines"]
    texts = ["The cease-fire held overnight.", "Both sides broke the cease-fire, officials said."]
    assert label_words(["cease-fire", "submarines"], texts) == ["cease-fire", "submarines"]
