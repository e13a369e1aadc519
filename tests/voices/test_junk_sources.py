"""Sources a journalist would read as wrong: a word that heads no noun phrase, a naming "called"."""

from __future__ import annotations

from voices_builders import article

from mediadiff.voices import attribute


def _sources(*paragraphs: str) -> list[tuple[str | None, str | None]]:
    return [(a.source, a.speaker) for a in attribute(article(*paragraphs))]


def test_a_negated_auxiliary_is_skipped_to_the_subject():
    found = _sources("Sen. David Perdue said he didn't believe those characterizations did Romney in.")
    assert ("didn't", None) not in found
    assert ("he", "David Perdue") in found


def test_a_modal_is_skipped_to_the_subject():
    found = _sources("Donald Trump said he should not have called Rubio a lightweight in the debate.")
    assert all(source != "should" for source, _ in found)
    assert ("he", "Donald Trump") in found


def test_an_aspect_verb_before_a_gerund_cue_is_no_source():
    found = _sources("In their report they could not resist pointing out that every shooting was different.")
    assert [source for source, _ in found] == ["they"]


def test_an_adverb_between_subject_and_verb_is_no_source():
    found = _sources("Mr. Ryan has long said that he will support the party's nominee.")
    assert [source for source, _ in found][:1] == ["Mr. Ryan"]


def test_an_intensifying_reflexive_is_no_part_of_the_source():
    found = _sources("Mrs. Clinton herself, as well as her campaign, has always maintained that the server was safe.")
    assert [source for source, _ in found] == ["Mrs. Clinton"]


def test_pronouns_and_quantifiers_still_head_a_source():
    found = _sources("He's also said much over the years about the Senate's duty to confirm a judge.",
                     "As many as three-fourths of them tell pollsters they have a negative view of him.")
    assert [source for source, _ in found] == ["He", "three-fourths of them"]  # "He's": the pronoun


def test_called_after_an_object_names_a_thing():
    assert _sources("Reid launched a new fashion line called Mantra in December.") == []
    assert _sources("The group is sponsoring a competition called the House to Home Prize this year.") == []


def test_called_after_an_indefinite_subject_names_a_thing_before_a_name():
    assert _sources("A company called Harmony Enterprises gave $5,000 to the PAC on June 1.") == []
    found = _sources("A German news organization called “The Local” cited a poll on Merkel.")
    assert all(source != "A German news organization" for source, _ in found)


def test_called_with_a_speaker_still_reports():
    assert ("one lawmaker", None) in _sources('Parliament held a debate; one lawmaker called Trump '
                                              '"the orange prince of American self-publicity."')
    assert ("Trump", "Trump") in _sources("After the debate, Trump called Clinton a liar and a fraud.")
    assert ("U.S. District Judge Michael W. Mosman", "Michael W. Mosman") in _sources(
        'In a clip that U.S. District Judge Michael W. Mosman called "distasteful," Santilli spoke.')
    assert ("Clinton", "Clinton") in _sources("Rep. Steve Israel said Clinton called the plan “a disaster” on Tuesday.")


def test_markup_tags_quote_nothing_and_report_nothing():
    found = attribute(article('Trump took to Twitter to fire back: <tweet tweet-id="667366217527767040"><tweet/>. '
                              'Later he said "the media is dishonest" at a rally.'))
    assert [a.text for a in found.direct] == ["the media is dishonest"]
    assert all(a.source != "tweet" for a in found)


def test_an_outlets_possessive_is_the_actors_role():
    found = attribute(article("After the press conference, CNN’s Kaitlan Collins asked Biden about Putin. "
                              "“Why are you so confident?” Collins asked."))
    assert [(a.speaker, a.role) for a in found.direct] == [("Kaitlan Collins", "CNN")]


def test_who_after_a_place_goes_to_the_people_there():
    found = _sources("The move may placate nervous Democrats on Capitol Hill, who have argued that it helps them.")
    assert [speaker for _, speaker in found] == ["Democrats"]
    found = _sources("But that is not enough, said Howard Rubel, a senior analyst at Jefferies, who notes that "
                     "the firm cut costs.")
    assert ("Howard Rubel", "Howard Rubel") in found and all(speaker != "Jefferies" for _, speaker in found)


def test_who_after_a_person_named_after_a_preposition_stays_with_them():
    found = _sources("The idea drew a harsh response from Donald Trump Jr., who suggested that it was a stunt.")
    assert [speaker for _, speaker in found] == ["Donald Trump Jr"]


def test_a_verb_between_two_names_ends_the_phrase_before_who():
    found = _sources("Ah, friends once more: Ted Cruz endorses Trump, who says he is honored.",
                     "In nearby Decatur, the steel plant is hanging on, said the company's chief executive, "
                     "John J. Ferriola.")
    assert [source for source, _ in found][:1] == ["Trump"]
    assert all(source != "Decatur" for source, _ in found)


def test_an_honorific_never_names_a_person_of_the_other_sex():
    found = attribute(article("Michelle Obama spoke on Tuesday. She said the race was close.",
                              "“Tolerance is on the ballot,” Mr. Obama said at the dinner."))
    assert [a.speaker for a in found.direct] == ["Mr. Obama"]


def test_first_names_say_nothing_of_a_surname_or_an_unknown_name():
    from mediadiff.voices.first_names import first_name_pronoun

    assert first_name_pronoun("Michelle Obama") == "she"
    assert first_name_pronoun("Donald Trump") == "he"
    assert first_name_pronoun("Obama") is None
    assert first_name_pronoun("Barack Obama") is None
    assert first_name_pronoun("Joe Biden") is None  # a first name, but borne by both sexes


def test_a_first_name_of_either_sex_opens_a_persons_name():
    from mediadiff.voices.first_names import opens_with_first_name

    assert opens_with_first_name("Joe Biden") and opens_with_first_name("Chris Christie")
    assert not opens_with_first_name("Biden")  # one word: a surname as often
    assert not opens_with_first_name("Barack Obama")  # not in the table: says nothing
