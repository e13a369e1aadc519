"""Resolution: the actor a source as written refers to."""

from __future__ import annotations

import pytest
from voices_builders import article

from mediadiff.voices.attribution import attribute
from mediadiff.voices.resolution import without_aside


@pytest.mark.parametrize(("text", "speaker"), [
    ("Sen. Bernie Sanders (I-Vt.) said the plan would fail.", "Bernie Sanders"),
    ("Rep. Gregory Meeks (D-N.Y.) told reporters that the vote would happen.", "Gregory Meeks"),
    ("Sen. Ted Cruz (R-Texas), who is running for president, said he opposed it.", "Ted Cruz"),
    ("The Department of Homeland Security (DHS) said the rule would change.", "Department of Homeland Security"),
    ("London's Raheem Kassam said the vote was close.", "Raheem Kassam"),  # a city's possessive, as "CNN's"
])
def test_a_bracketed_aside_does_not_hide_the_source(text, speaker):
    result = attribute(article(text))
    assert [a.speaker for a in result.items] == [speaker]
    assert all("(" not in actor.name for actor in result.actors)


def test_a_party_and_state_is_no_actor_and_the_pronoun_after_finds_the_person():
    text = ("Sen. Sheldon Whitehouse (D-R.I.) said the court had been captured. Rep. Stephen Lynch (D-Mass.) "
            "disagreed with the chairman. He said the law did not require it.")
    result = attribute(article(text))
    assert {a.name for a in result.actors} == {"Sheldon Whitehouse", "Stephen Lynch"}
    assert [a.speaker for a in result.items if a.source == "He"] == ["Stephen Lynch"]


def test_without_aside_keeps_a_phrase_that_is_only_an_aside():
    assert without_aside("Rep. Zoe Lofgren (D-Calif.)") == "Rep. Zoe Lofgren"
    assert without_aside("(AP)") == "(AP)"
    assert without_aside("the agency") == "the agency"


@pytest.mark.parametrize("text", [
    "The protesters marched toward Berlin, where Germany hosted the summit. They said the deal was unfair.",
    "The United States and Mexico signed the deal. They said it would reduce trafficking.",
])
def test_they_is_never_a_country(text):
    assert [a.speaker for a in attribute(article(text)).items if a.source == "They"] == [None]


def test_a_country_is_it_and_an_organisation_may_be_they():
    result = attribute(article("Mexico rejected the plan. It said the tariffs were illegal. The Mexican Foreign "
                               "Ministry issued a statement. They said the talks would continue."))
    assert [(a.source, a.speaker) for a in result.items] == [("It", "Mexico"), ("They", "Mexican Foreign Ministry")]


@pytest.mark.parametrize(("text", "actors"), [
    ("The House Ways and Means Committee said it would vote.", {"House Ways and Means Committee"}),
    ("The Georgetown University Institute of Politics and Public Service said it would host the debate.",
     {"Georgetown University Institute of Politics and Public Service"}),
    ("The State Department and the Pentagon met on Monday.", {"State Department", "Pentagon"}),
    ("Aides discussed CGI and Clinton Foundation leadership.", {"CGI", "Clinton Foundation"}),
    ("The Department of Health and Human Services said it would act.", {"Department of Health and Human Services"}),
    ("Talks between Washington and Congress stalled, aides said.", {"Washington", "Congress"}),  # a place first
    ("Kyiv and NATO agreed on Monday, officials said.", {"Kyiv", "NATO"}),  # a one-word organisation second
    ("An aide said Barack Obama and Congress would agree.", {"Barack Obama", "Congress"}),
    ("Moscow and the European Union signed the deal, officials said.", {"Moscow", "European Union"}),
])
def test_and_inside_one_organisations_name(text, actors):
    names = {a.name for a in attribute(article(text)).actors}
    assert actors <= names  # whole where one organisation is named, apart where two are
    assert not any(part in name for name in names - actors for whole in actors for part in whole.split(" and "))


@pytest.mark.parametrize("text", [
    "The State Department and the Pentagon said the talks failed.",
    "Rubio and de la Fuente said the talks failed.",
    "Smith and his lawyer said the talks had failed.",
    "Mexico and the United States said the talks failed.",
    "Google and the Justice Department said the case was closed.",  # a person or company, then an organisation
    "Sen. Bernie Sanders (I-Vt.) and Rep. Alexandria Ocasio-Cortez (D-N.Y.) said the bill was weak.",
])
def test_two_subjects_joined_by_and_are_one_source_of_two_speakers(text):
    result = attribute(article(text))
    assert [(a.source, a.speaker) for a in result.items] == [(text.split(" said")[0], None)]
    assert not any(" and " in actor.name for actor in result.actors)


@pytest.mark.parametrize("text", [
    "Moderna and German partner BioNTech SE said the vaccine worked.",  # a name, then a description and a name
    "Smith (left) and Jones (right) said the deal was done.",  # picture notes beside both names
])
def test_two_named_subjects_are_no_one_speaker(text):
    result = attribute(article(text))
    assert [a.speaker for a in result.items] == [None]
    assert result.items[0].source == text.split(" said")[0]


def test_a_clause_before_and_is_not_a_second_subject():
    result = attribute(article("Prices rose and the governor said the talks had failed."))
    assert [a.source for a in result.items] == ["the governor"]


def test_two_roles_joined_by_and_are_one_persons():
    result = attribute(article("Apple Chairman and CEO Tim Cook said the phone sold well."))
    assert [a.speaker for a in result.items] == ["Tim Cook"]
    assert [a.name for a in result.actors] == ["Tim Cook"]  # not "Apple Chairman" too


@pytest.mark.parametrize(("text", "speaker", "whole"), [
    ("Mr. Trump spoke. Trump's Justice Department said it would appeal.", "Justice Department", False),
    ("Emily's List said it would endorse her.", "Emily's List", True),
    ("The Ethiopian People's Revolutionary Party said the vote was fair.", None, True),
    ("CNN's Jake Tapper said the debate was over.", "Jake Tapper", False),
    ("George W. Bush's White House said the war would be short.", "White House", False),  # a first name
])
def test_a_possessive_inside_a_name_parts_an_owner_from_its_organisation(text, speaker, whole):
    result = attribute(article(text))
    if speaker is not None:
        assert [a.speaker for a in result.items] == [speaker]
    assert any(("'s " in a.name) for a in result.actors) == whole


@pytest.mark.parametrize(("owner", "person", "role"), [
    ("Democrat President Joe Biden", "Joe Biden", "Democrat President"),  # a role word, and a first name
    ("Joe Biden", "Joe Biden", None),  # "Joe", borne by both sexes, is a first name all the same
    ("Gov. Ron DeSantis", "Ron DeSantis", "Gov."),
    ("President Barack Obama", "Barack Obama", "President"),  # "Barack" is in no table: the role says a person
])
def test_a_possessive_owner_with_a_role_word_or_a_first_name_is_a_person(owner, person, role):
    text = f"{owner}'s Supreme Court Commission met on Friday, officials said."
    mentions = [(m.actor, m.kind, m.role) for m in attribute(article(text)).mentions]
    assert mentions[:2] == [(person, "person", role), ("Supreme Court Commission", "organisation", None)]


@pytest.mark.parametrize("text", [
    "Moody's Investors Service said the outlook was stable.",  # companies and colleges named after a founder
    "Lloyd's Banking Group said profits rose.",
    "King's College London said the study was sound.",
    "Trump's Justice Department said it would appeal.",  # a lone surname the article names no one by
])
def test_a_lone_capitalised_owner_no_person_of_the_article_bears_keeps_the_run_whole(text):
    result = attribute(article(text))
    assert [a.speaker for a in result.items] == [text.split(" said")[0]]


def test_two_companies_boards_are_two_actors():
    result = attribute(article("Tesla's Board of Directors said the pay was fair. "
                               "Disney's Board of Directors said it disagreed."))
    assert [a.speaker for a in result.items] == ["Tesla's Board of Directors", "Disney's Board of Directors"]


def test_a_possessive_owner_that_names_no_person_keeps_the_run_whole():
    text = "Vice Chairman Alan Greenspan's remarks came as the Federal Reserve Board's Open Market Committee met."
    assert "Federal Reserve Board's Open Market Committee" in {a.name for a in attribute(article(text)).actors}


def test_a_plural_of_people_is_a_group_never_a_person():
    text = "Democrat President Joe Biden met them on Friday. Democratic and Republican leaders said the plan would fail."
    result = attribute(article(text))
    assert ("Democratic and Republican leaders", "group") in {(a.name, a.kind) for a in result.actors}
    assert [a.speaker for a in result.items] == ["Democratic and Republican leaders"]  # voices names the same actor
    assert all(m.kind == "group" for m in result.mentions if "leaders" in m.actor)


@pytest.mark.parametrize(("text", "speaker", "kind"), [
    ("The mayor spoke to Trump supporters. Senate Republicans met on Tuesday. They said the bill would pass.",
     "Senate Republicans", "group"),  # the group named last, not the mayor
    ("Senate Republicans met on Tuesday. They said the bill would pass.", "Senate Republicans", "group"),
    ("The Turquoise Council of Americans gave money. It said the gifts were legal.", "Turquoise Council of Americans",
     "organisation"),  # a council of Americans is a council
])
def test_they_finds_a_group_and_it_an_organisation(text, speaker, kind):
    result = attribute(article(text))
    assert [(a.speaker, a.speaker_kind) for a in result.items] == [(speaker, kind)]


def test_a_group_source_is_the_antecedent_of_they():
    result = attribute(article("Trump supporters said the count was unfair. They said they would appeal."))
    assert {(a.source, a.speaker) for a in result.items} == {("Trump supporters", "Trump supporters"),
                                                             ("They", "Trump supporters")}


def test_he_never_finds_a_group_and_a_plural_of_documents_names_no_one():
    text = ("Marcel Lazar pleaded guilty on Wednesday. Federal investigators found no evidence, though he said he had "
            "done it. Court filings said the hacker had used a phone.")
    result = attribute(article(text))
    assert [a.speaker for a in result.items if a.source == "he"] == ["Marcel Lazar"]
    assert "Court filings" not in {a.name for a in result.actors}


def test_a_first_name_of_one_sex_settles_he_and_she():
    # "Kaitlan" is a girl's name in the first-name table: "he" after her question is not hers, even when the
    # article has written "he" beside her name (the pronoun votes); "Donald" is never "she".
    found = attribute(article("Kaitlan Collins asked the president whether he was confident, and he said no.",
                              "“I have been asking this for weeks,” he said."))
    assert "Kaitlan Collins" not in [a.speaker for a in found.direct]
    spoke = attribute(article("Donald Smith and Mary Jones spoke after the vote.", "“It was close,” she said."))
    assert [a.speaker for a in spoke.direct] == ["Mary Jones"]


def test_a_force_is_an_organisation_not_a_person_after_a_role():
    result = attribute(article("The Israel Defense Force (IDF) tweeted that the strike hit a command post."))
    assert [(a.speaker, a.speaker_kind, a.role) for a in result.items] == [
        ("Israel Defense Force", "organisation", None)]  # not "Force", role "Israel Defense"
    assert {m.text: m.actor for m in result.mentions}["IDF"] == "Israel Defense Force"


@pytest.mark.parametrize("opening", ["But", "And", "Yet"])
def test_a_conjunction_before_the_subject_keeps_it_the_subject_he_finds(opening):
    result = attribute(article("Andrew Lopez is accused of firing.",
                               f"{opening} Judge Vincent DelGiudice made clear the witness is reluctant.",
                               "\u201cThe man is petrified,\u201d he said."))
    assert [a.speaker for a in result.items if a.source == "he"] == ["Vincent DelGiudice"]


def test_a_name_before_a_role_modifies_it_and_the_role_holder_is_the_subject():
    result = attribute(article("Donald Trump spoke on Monday.",
                               "But Trump campaign chairman Paul Manafort was upbeat about the polls.",
                               "\u201cWe think those messages will resonate,\u201d he said."))
    assert [a.speaker for a in result.items if a.source == "he"] == ["Paul Manafort"]


def test_a_verb_between_two_names_keeps_the_first_name_the_subject():
    # "fired adviser Steve Bannon": the verb makes Bannon its object, not the holder of Trump's role
    for verb, role, second, pronoun, first in (
            ("fired", "adviser", "Steve Bannon", "he", "Donald Trump"),
            ("thanked", "attorney", "Rudy Giuliani", "he", "Donald Trump"),
            ("endorsed", "former secretary", "Hillary Clinton", "he", "Bernie Sanders")):
        surname = first.split()[-1]
        result = attribute(article(f"{first} spoke on Monday.",
                                   f"{surname} {verb} {role} {second} on Friday after a long feud.",
                                   f"\u201cWe had to move on,\u201d {pronoun} said."))
        assert [a.speaker for a in result.items if a.source == pronoun] == [first], verb


def _document_speakers(*paragraphs: str) -> dict[str, str | None]:
    return {i.text: i.speaker for i in attribute(article(*paragraphs)).items if i.kind == "direct"}


def test_a_document_is_no_guess_at_the_organisation_named_last():
    speakers = _document_speakers(
        "Officials from Washington and Ottawa met on Monday. The two governments issued a joint statement. The "
        "statement said both sides \u201cremain committed to open trade.\u201d The report noted that \u201cdemand "
        "weakened in the spring.\u201d")
    assert speakers == {"remain committed to open trade.": None, "demand weakened in the spring.": None}
    joint = _document_speakers("The statement released from Washington and the Government of Mexico was short. "
                               "\u201cWe will meet again,\u201d the statement said.")
    assert joint == {"We will meet again,": None}


@pytest.mark.parametrize("text, issuer", [
    ("A report released by the Commerce Department on Tuesday said exports fell. The report noted that "
     "\u201cdemand weakened in the spring.\u201d", "Commerce Department"),
    ("Fox News said in a statement that the talks went well. \u201cWe are pleased,\u201d the statement said.",
     "Fox News"),
    ("Sen. Marco Rubio spoke on Monday. \u201cWe will win,\u201d Rubio's press release said.", "Marco Rubio"),
])
def test_a_document_is_its_issuers_when_the_article_says_whose(text, issuer):
    assert set(_document_speakers(text).values()) == {issuer}


@pytest.mark.parametrize("text, issuer", [
    # "the statement" is the statement's issuer's, not that of a report named after it
    ("Exxon Mobil said in a statement that a report by Amnesty International was false. \u201cWe did nothing "
     "wrong,\u201d the statement said.", "Exxon Mobil"),
    ("In a statement, Senator Warren said the bill was a mistake. \u201cI will vote against it,\u201d the "
     "statement said.", "Warren"),
    ("In its report on Tuesday, the Commerce Department said exports fell. \u201cDemand weakened,\u201d the "
     "report said.", "Commerce Department"),
    ("A statement from Senator Elizabeth Warren said the bill was a mistake. \u201cI will vote against it,\u201d "
     "the statement said.", "Elizabeth Warren"),
    ("Exxon said in a statement that a report by Amnesty International was false. \u201cWe did nothing wrong,\u201d "
     "the statement said.", "Exxon"),  # a subject no name was read in, registered as the source of "said"
    ("A statement from Exxon said the bill was a mistake. \u201cWe will fight it,\u201d the statement said.", "Exxon"),
])
def test_a_document_noun_finds_its_own_issuer_a_person_too(text, issuer):
    assert set(_document_speakers(text).values()) == {issuer}


def test_a_document_by_people_not_named_next_is_not_the_next_persons():
    speakers = _document_speakers("A report by researchers at the university said Senator Warren was wrong. "
                                  "\u201cThe figures do not add up,\u201d the report said.")
    assert speakers == {"The figures do not add up,": None}
    officials = _document_speakers("Officials said in a statement that it was fine. \u201cNothing more,\u201d the "
                                   "statement said.")  # a common noun: nobody in particular
    assert officials == {"Nothing more,": None}


@pytest.mark.parametrize("text, source, speaker", [
    ("A report released by the Commerce Department on Tuesday said exports fell 3 percent.",
     "A report released by the Commerce Department", "Commerce Department"),
    ("A statement issued by the White House said the talks went well.",
     "A statement issued by the White House", "White House"),
])
def test_a_document_released_by_an_organisation_is_a_source(text, source, speaker):
    items = attribute(article(text)).items
    assert [(i.kind, i.source, i.speaker) for i in items] == [("reported", source, speaker)]
    after_a_joint_statement = attribute(article("The two governments issued a joint statement. " + text)).items
    assert [(i.source, i.speaker) for i in after_a_joint_statement] == [(source, speaker)]


@pytest.mark.parametrize("caption", [
    "Photo: Mary Smith at the rally.",
    "Mary Smith waves at the rally. (AP Photo/Jim Lee)",
    "Jim Lee/Getty Images",
])
def test_he_does_not_resolve_into_a_photo_caption_or_credit(caption):
    result = attribute(article("The mayor, John Carter, spoke to supporters on Saturday.", caption,
                               "“We will win,” he added."))
    assert [(a.source, a.speaker) for a in result] == [("he", "John Carter")]
    assert [a.name for a in result.actors] == ["John Carter"]


def test_he_does_not_resolve_into_a_caption_in_a_file(tmp_path):
    import mediadiff

    path = tmp_path / "rally.txt"
    path.write_text("Mayor faces voters at rally\n\nThe mayor, John Carter, spoke to supporters on Saturday.\n\n"
                    "Mary Smith waves at the rally. (AP Photo/Jim Lee)\n\n“We will win,” he added.\n",
                    encoding="utf-8")
    result = attribute(mediadiff.load_article(path))
    assert [(a.source, a.speaker) for a in result] == [("he", "John Carter")]


def test_it_after_a_joint_statement_is_the_statement_of_both_issuers():
    result = attribute(article("A joint statement from Washington and Mexico said the talks went well.",
                               "It said the two sides would meet again in February."))
    assert [(a.source, a.speaker) for a in result] == [("A joint statement from Washington and Mexico", None),
                                                       ("It", None)]


def test_it_after_a_statement_from_one_issuer_is_that_issuer():
    result = attribute(article("A statement from the State Department said the talks went well.",
                               "It said the two sides would meet again in February."))
    assert [a.speaker for a in result][-1] == "State Department"


@pytest.mark.parametrize("paragraphs", [
    ("Microsoft's statement said the outage was over.", "Microsoft Corp. said it had fixed the bug."),
    ("Microsoft Corp. said it had fixed the bug.", "Microsoft's statement said the outage was over."),
    ("Microsoft Corp. said it had fixed the bug.", "Microsoft said the outage was over."),
])
def test_a_company_its_legal_form_and_its_statement_are_one_actor(paragraphs):
    result = attribute(article(*paragraphs))
    assert [a.speaker for a in result] == ["Microsoft Corp", "Microsoft Corp"]
    assert [(a.name, a.kind) for a in result.actors] == [("Microsoft Corp", "organisation")]


def test_a_named_owners_document_speaks_for_its_owner():
    result = attribute(article("On Monday, Microsoft's annual report said the outage was over."))
    assert [(a.source, a.speaker) for a in result] == [("Microsoft's annual report", "Microsoft")]
    assert [a.name for a in result.actors] == ["Microsoft"]


def test_a_newspaper_is_not_the_company_of_the_same_word():
    result = attribute(article("News Corp said it would sell the paper.", "Jones told The News she was leaving."))
    assert "News Corp" in [a.name for a in result.actors] and all(
        m.actor != "News Corp" for m in result.mentions if m.text == "News")


@pytest.mark.parametrize("text", ["Friday's jobs report said employers added 200,000 jobs.",
                                  "March's inflation report said prices rose 0.4 percent."])
def test_a_document_dated_by_a_possessive_speaks_for_no_actor(text):
    result = attribute(article(text))
    assert [a.speaker for a in result] == [None]
    assert result.actors == ()


def test_a_plural_noun_of_people_opening_a_sentence_is_never_he_or_she():
    found = attribute(article("Environmentalists criticised the plan. The interior secretary said he would ask the "
                              "courts to review it."))
    assert [(a.source, a.speaker) for a in found if a.source == "he"] == [("he", None)]
    found = attribute(article("Witnesses said bodies were strewn over the road.",
                              "In Washington, President Obama released a statement. He said he had directed his "
                              "team to help."))
    assert [a.speaker for a in found if a.source == "He"] == ["Obama"]
