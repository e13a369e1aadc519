"""Attribution over a whole body: direct quotes, reported speech, speakers, voices."""

from __future__ import annotations

import pytest
from voices_builders import article

from mediadiff.voices import attribute


def direct(*paragraphs: str) -> list[tuple[str, str | None, str | None]]:
    return [(a.text, a.speaker, a.cue) for a in attribute(article(*paragraphs)).direct]


@pytest.mark.parametrize(("text", "speaker", "cue"), [
    ("“We will win,” Senator Jane Doe said.", "Jane Doe", "said"),
    ("“We will win,” said Senator Jane Doe, a Democrat.", "Jane Doe", "said"),
    ("Jane Doe said: “We will win.”", "Jane Doe", "said"),
    ("Jane Doe told Bloomberg that “we will win” in November.", "Jane Doe", "told"),
    ("The remark was dismissed by Jane Doe, recently telling Bloomberg “we will win in the end.”", "Jane Doe",
     "telling"),
    ("Jane Doe, the party's chairwoman, insisted that the party would “win in November.”", "Jane Doe", "insisted"),
    ("Sen. Jane Doe, R-Ky., told Fox News that the polls could be “way off.”", "Jane Doe", "told"),
    ("“We will win,” said retired neurosurgeon Jane Doe, asked about the polls.", "Jane Doe", "said"),
    ("“We will win,” said former Ohio governor Jane Doe (R), a party elder.", "Jane Doe", "said"),
    ("Voters became more “enthusiastic” about the race this spring, Senator Jane Doe said.", "Jane Doe", "said"),
    ("Groups met. \"We will win in the end,\" Jane Doe, director of the group Vote Now, said.", "Jane Doe", "said"),
    ("“We will win in the end,” Senator Jane Doe, Republican of Ohio, said of the race.", "Jane Doe", "said"),
    ("The fact that the race “is a dead heat now,” as Senator Jane Doe said on Monday, matters.", "Jane Doe", "said"),
    ("“Imagine the two of them on one stage,” mused radio host Jane Doe.", "Jane Doe", "mused"),
    ("Senator Jane Doe last week said the race was “a dead heat now.”", "Jane Doe", "said"),
    ("The Ohio Party less than two weeks ago said the race was “a dead heat now.”", "Ohio Party", "said"),
    ("The race, as Senator Jane Doe put it, is “a dead heat now.”", "Jane Doe", "put it"),
    ("“Silly boys acting like they've never seen a girl,” scoffed Jane Doe, 22.", "Jane Doe", "scoffed"),
    ("“We're extremely happy” about the decision, said Jane Doe, director of the union.", "Jane Doe", "said"),
    ("“This will be a challenge” for the party, Senator Jane Doe said on Monday.", "Jane Doe", "said"),
])
def test_direct_quote_speaker_and_cue(text, speaker, cue):
    (found,) = direct(text)
    assert found[1:] == (speaker, cue)


def test_more_news_reporting_verbs_and_read_only_beside_a_quote():
    assert direct("“Let me talk,” Senator Jane Doe shot back.")[0][1:] == ("Jane Doe", "shot back")
    assert direct("“Merger today, layoffs tomorrow,” the sign read.")[0][2] == "read"
    reported = attribute(article("Senator Jane Doe read the report that the party won on Tuesday.")).reported
    assert not [a for a in reported if a.cue == "read"]


def test_a_name_alone_before_a_colon_speaks_and_a_misturned_mark_closes():
    found = direct("Jane Doe and John Roe disagree.", "Doe: “We will win.” Roe: “We will not.” The vote: “It will be soon.”")
    assert [f[1] for f in found] == ["Jane Doe", "John Roe", None]
    assert direct("“It's unusual,“ said Senator Jane Doe.")[0] == ("It's unusual,", "Jane Doe", "said")


def test_titles_in_title_case_are_the_outlet_words():
    result = attribute(article("She watched “Saturday Night Live” and “Person of the Year” on Tuesday."))
    assert result.direct == ()
    # Title Case leaves prepositions of any length in lower case (Chicago), "about" and "after" as "of"
    assert attribute(article("The senator watched “Something about Mary” on Tuesday.")).direct == ()
    assert attribute(article("She read “Lost after Dark in the City of Angels” twice.")).direct == ()


def test_pronoun_and_surname_resolve_to_the_full_name():
    found = direct("Mexican President Claudia Sheinbaum spoke on Monday.",
                   "“There needs to be shared responsibility,” she added.",
                   "“We have results,” Sheinbaum said.")
    assert [f[1] for f in found] == ["Claudia Sheinbaum", "Claudia Sheinbaum"]


def test_role_phrase_resolves_to_its_actor():
    found = direct("Mexican President Claudia Sheinbaum spoke on Monday.",
                   "“We have results,” the Mexican president said.")
    assert found[0][1] == "Claudia Sheinbaum"


def test_department_resolves_to_the_organisation():
    found = direct("The U.S. State Department issued a note.", "“Progress is unacceptable,” the department said.")
    assert found[0][1] == "U.S. State Department"


def test_paragraph_of_quote_only_continues_the_speaker():
    found = direct("“We will win,” Jane Doe said.", "“And we will win big.”")
    assert [f[1] for f in found] == ["Jane Doe", "Jane Doe"]


def test_reported_speech_is_attributed():
    result = attribute(article("Jane Doe said the economy is growing faster than expected.",
                               "According to the Treasury Department, revenue rose in May."))
    assert [(a.kind, a.speaker, a.cue) for a in result] == [
        ("reported", "Jane Doe", "said"), ("reported", "Treasury Department", "According to")]
    assert result.items[0].text == "the economy is growing faster than expected"


def test_offsets_point_into_raw_and_voice_is_told():
    art = article("Jane Doe said her plan has “very strong results” so far.")
    result = attribute(art)
    for a in result:
        assert art.raw[a.start:a.end] == a.text
    assert result.voice_at(art.raw.index("very")).speaker == "Jane Doe"
    assert result.voice_at(art.raw.index("said")).own
    assert result.voice_of(0, len(art.raw)).own is False or result.quoted_spans()


def test_scare_quotes_and_titles_are_the_outlet_words():
    result = attribute(article("The “undercard” debate aired on “Saturday Night Live” last week."))
    assert result.items == ()


@pytest.mark.parametrize("paragraphs", [
    ("“Nobody is named anywhere near this long quotation of several words.",),
    ("“" + "An article that is one long quote. " * 40,),
    ('He is 6\'2" tall and "unbalanced, ” marks “ everywhere',),
    ("",),
])
def test_bad_input_never_crashes_nor_invents_a_speaker(paragraphs):
    result = attribute(article(*paragraphs))
    assert all(a.speaker is None for a in result)


def test_seed_003_boosters_are_state_department_words(seeds):
    art = seeds["003"]
    result = attribute(art)
    for phrase in ("made clear", "unacceptable"):
        pos = art.raw.index(phrase)
        voice = result.voice_at(pos)
        assert not voice.own and "State Department" in voice.speaker


def test_seed_001_i_dont_think_is_sheinbaums(seeds):
    art = seeds["001"]
    assert attribute(art).voice_at(art.raw.index("I don't think")).speaker == "Claudia Sheinbaum"


def test_seed_shared_responsibility_changes_speaker(seeds):
    voices = {}
    for ref in ("000", "002"):
        art = seeds[ref]
        voices[ref] = attribute(art).voice_at(art.raw.index("shared responsibility")).speaker
    assert voices["000"] == "Claudia Sheinbaum"
    assert "State Department" in voices["002"]


def test_to_dict_is_json_ready(seeds):
    import json

    json.dumps(attribute(seeds["000"]).to_dict())


def test_seed_003_the_president_who_stressed_is_sheinbaum(seeds):
    art = seeds["003"]
    assert attribute(art).voice_at(art.raw.index("both countries have a broad agenda")).speaker == "Claudia Sheinbaum"


def test_a_quote_with_no_verb_takes_the_named_subject_of_its_clause():
    found = direct("Senator Ted Cruz coached his rival to “breathe, breathe, breathe.”")
    assert found[0][1:] == ("Ted Cruz", None)
    assert direct("The crowd waved signs reading “not my president” all night.") == [
        ("not my president", None, None)]  # no named subject: no speaker


def test_a_time_phrase_is_never_a_source():
    found = attribute(article("Hours later, Jane Doe returned the compliment, telling Reuters, “He is a good man.”",
                              "Doe then spoke. First, she said “nobody will win this race.”"))
    assert all(a.source not in {"Hours later", "First"} for a in found)
    assert found.direct[0].speaker == "Jane Doe"


def test_an_and_inside_an_organisation_name_and_its_acronym_name_one_actor():
    found = attribute(article("U.S. Customs and Border Protection (CBP) reported a drop in arrests at the border.",
                              "CBP said “the numbers keep falling.”",
                              "Senator Jane Doe and Governor John Roe said “the talks went well.”"))
    assert [a.speaker for a in found.direct] == ["U.S. Customs and Border Protection", None]
    assert found.reported[0].speaker == "U.S. Customs and Border Protection"
    spelled = attribute(article("Seizures fell, reported by CBP (Customs and Border Protection) this week.",
                                "“We seized more,” CBP said."))
    assert spelled.direct[0].speaker == "Customs and Border Protection"


def test_a_place_named_with_of_is_not_a_person():
    found = attribute(article("At her press conference in the State of Mexico, the president spoke at length."))
    assert all(a.name != "State of Mexico" for a in found.actors)


def test_a_known_name_before_a_colon_labels_the_sentence_quotes():
    found = attribute(article("Jane Doe: Party Anger Appeals to ‘Bad Angels Of Our Nature.’",
                              "Senator Jane Doe said on Sunday that the party was angry.",
                              "Polls closed early - Jane Doe: “We saw turnout rise in every county.”",
                              "Related: Polls Are ‘Too Close To Call This Time.’"))
    assert [a.speaker for a in found.direct] == ["Jane Doe", "Jane Doe", None]
    assert found.direct[0].cue == ":"


def test_a_later_cue_takes_a_quote_only_when_the_quote_opens_its_sentence_and_a_comma_sets_it_off():
    assert direct("The party is “in trouble” after the vote, Jane Doe said.")[0][1] == "Jane Doe"  # as before
    assert direct("“We are in trouble” was the mood. Then Jane Doe said the party was fine.")[0][1] is None


def test_a_quote_with_no_verb_takes_a_named_subject_set_off_by_an_apposition():
    found = direct("Jane Doe, the party's fired campaign manager, ripped the director for acting as “the judge "
                   "and the jury.”", "Former Ohio Gov. John Roe, for his part, is labeling the order “a blatant "
                   "abuse of power.”")
    assert [f[1] for f in found] == ["Jane Doe", "John Roe"]
    assert direct("Jane Doe, John Roe, and their aides watched “the judge and the jury” all night.")[0][1] is None


def test_said_of_gives_the_topic_not_words_said():
    assert not attribute(article("“It is hard,” Jane Doe said of life in the city after the floods.")).reported
    (clause,) = attribute(article("Jane Doe said of the city that nothing had changed at all.")).reported
    assert clause.text == "nothing had changed at all"


def test_he_inside_a_clause_another_speaker_reports_is_that_speaker():
    found = attribute(article("President John Roe spoke on Monday.",
                              "On Roe's claim that generals agree, Senator Jack Doe said he believes “that is false.”"))
    assert (found.direct[0].source, found.direct[0].speaker) == ("he", "Jack Doe")


def speakers(*paragraphs: str) -> list[tuple[str | None, str | None]]:
    return [(a.source, a.speaker) for a in attribute(article(*paragraphs))]


def test_a_spokeswoman_for_someone_is_her_own_actor_and_never_them():
    found = speakers(
        "Hillary Clinton spoke in Ohio on Monday.",
        "A spokeswoman for Hillary Clinton said the campaign had no role in the visa.",
        "Clinton said the economy would grow.",
        "The spokeswoman said the matter was closed.")
    assert found[0] == ("A spokeswoman for Hillary Clinton", "spokeswoman for Hillary Clinton")
    assert found[1] == ("Clinton", "Hillary Clinton")
    assert found[2] == ("The spokeswoman", "spokeswoman for Hillary Clinton")


def test_an_aide_or_lawyer_for_someone_is_not_them_and_a_possessive_role_too():
    found = speakers(
        "Carly Fiorina spoke in Iowa. A lawyer for Fiorina said the speeches were paid.",
        "David Cameron's spokesman said the prime minister stood by his comments.",
        "The spokesman added that nothing had changed.")
    assert ("A lawyer for Fiorina", "lawyer for Fiorina") in found
    assert ("David Cameron's spokesman", "David Cameron's spokesman") in found
    assert ("The spokesman", "David Cameron's spokesman") in found


def test_a_name_before_a_possessive_role_speaks():
    found = speakers("Dan Smith, Romney’s deputy political director, said the campaign would win.")
    assert found == [("Dan Smith", "Dan Smith")]


def test_she_said_goes_to_the_subject_of_the_sentence_before_over_the_last_speaker():
    quotes = direct('Hillary Clinton said on Monday that the deal was "a bargain we all made." Elizabeth Warren '
                    'made the same point while running for the Senate in 2012. "Part of the underlying social '
                    'contract is you take a hunk of that and pay forward," she said.')
    assert quotes[0][1] == "Hillary Clinton"
    assert quotes[-1][1] == "Elizabeth Warren"


def test_a_residence_after_a_name_is_not_the_speaker():
    quotes = direct('Donna Rawlings, 59, of Ashton, Md., who watched the ceremony, said the event "brought back '
                    'memories of her father." "Seeing it is emotional," she said.')
    assert [speaker for _, speaker, _ in quotes] == ["Donna Rawlings", "Donna Rawlings"]


def test_two_sources_joined_by_nor_found_no_actor_that_takes_their_quotes():
    quotes = direct("Chris Christie spoke in Manchester. Neither Cruz nor Christie acknowledged the plan.",
                    '"They expect you to plow the snow," Christie said.')
    assert quotes[-1][1] == "Chris Christie"


def test_a_senator_of_a_state_is_the_same_actor_as_the_surname_after():
    quotes = direct("Senator Bernie Sanders of Vermont spoke first.", '"We will win," Sanders said.')
    assert quotes[-1][1] == "Bernie Sanders"


def test_a_sentences_first_word_capitalised_by_its_place_is_no_speaker_of_continue_or_add():
    result = attribute(article("Prices continued to rise in March. Sales added to the pressure, the report said."))
    assert [a.name for a in result.actors] == []
    assert [a.source for a in result] == ["the report"]
    named = attribute(article("Sen. Bernie Sanders spoke in Iowa.", "Sanders continued: “We will win.”"))
    assert [a.speaker for a in named] == ["Bernie Sanders"]  # a name the text capitalises after a word


@pytest.mark.parametrize("text, speaker", [
    ("President Trump met adviser John Bolton on Friday. “We agreed,” he said.", "Trump"),
    ("Hillary Clinton told aide Huma Abedin about it. “It is done,” she said.", "Hillary Clinton"),
])
def test_an_irregular_past_between_two_names_is_the_first_ones_verb_not_the_seconds_role(text, speaker):
    assert [a.speaker for a in attribute(article(text))] == [speaker]


def test_attributions_index_and_slice_like_a_tuple():
    result = attribute(article("“We will rebuild,” the mayor said.", "The governor said the state would help."))
    assert len(result) == 2 and result[0] is result.items[0] and result[-1].kind == "reported"
    assert result[:1] == result.items[:1] and list(result) == list(result.items)


def test_attributions_and_groups_give_flat_records():
    # QA15 R4: to_records(attribute(article)), to_records(group_events(corpus)) raised ArgumentTypeError.
    from mediadiff import Event, Story, to_records

    rows = to_records(attribute(article('"We will rebuild," Mayor Ana Ruiz said on Monday.')))
    assert [(r["article"], r["kind"], r["speaker"]) for r in rows] == [("t", "direct", "Ana Ruiz")]
    event = Event("S1.1", "bridge, Ruiz", ("a", "b"), cohesion={"a": 0.5, "b": 0.4})
    story = Story("S1", "bridge", ("a", "b"), events=(event,))
    assert [(r["story"], r["event"], r["id"], r["cohesion"]) for r in to_records([story])] == [
        ("S1", "S1.1", "a", 0.5), ("S1", "S1.1", "b", 0.4)]
    assert to_records(event)[0]["article_count"] == 2
