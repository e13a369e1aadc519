"""Actors: names resolved across an article and across a corpus."""

from __future__ import annotations

import pytest
from voices_builders import article

from mediadiff.voices import actor_mentions, attribute, merge_actors
from mediadiff.voices.actors import split_role


def test_roles_split_from_names():
    assert split_role("Secretary of State Marco Rubio") == ("Secretary of State", "Marco Rubio")
    assert split_role("Mexican Foreign Minister Juan Ramón de la Fuente") == (
        "Mexican Foreign Minister", "Juan Ramón de la Fuente")
    assert split_role("U.S. State Department") == (None, "U.S. State Department")


def test_mentions_resolve_to_one_actor():
    mentions = actor_mentions(article(
        "Mexican President Claudia Sheinbaum met the U.S. State Department envoy.",
        "Sheinbaum said the State Department was wrong.", "“It was a good call,” she said."))
    by_text = {m.text: m.actor for m in mentions}
    assert by_text["Sheinbaum"] == "Claudia Sheinbaum"
    assert by_text["she"] == "Claudia Sheinbaum"
    assert by_text["State Department"] == "U.S. State Department"
    assert any(m.role == "Mexican President" for m in mentions if m.actor == "Claudia Sheinbaum")


def test_a_source_over_a_name_already_mentioned_is_one_mention():
    mentions = actor_mentions(article("The Federal Reserve said rates would rise.",
                                      "President Donald Trump spoke. Trump's Justice Department said it would appeal."))
    assert [m.actor for m in mentions if m.actor in {"Federal Reserve", "Justice Department"}] == [
        "Federal Reserve", "Justice Department"]


def test_corpus_merge_takes_the_longest_name():
    merged = merge_actors(["Sheinbaum", "Claudia Sheinbaum", "State Department", "U.S. State Department", "Trump"])
    assert merged["Sheinbaum"] == "Claudia Sheinbaum"
    assert merged["State Department"] == "U.S. State Department"
    assert merged["Trump"] == "Trump"


def test_corpus_merge_joins_place_spellings_and_accents():
    merged = merge_actors(["US", "U.S.", "United States", "the United States", "Juan Ramón de la Fuente",
                           "Juan Ramon de la Fuente", "U.S. State Department"])
    assert {merged[n] for n in ("US", "U.S.", "United States", "the United States")} == {"United States"}
    assert merged["Juan Ramon de la Fuente"] == merged["Juan Ramón de la Fuente"] == "Juan Ramón de la Fuente"
    assert merged["U.S. State Department"] == "U.S. State Department"


def test_corpus_merge_joins_an_organisation_and_its_acronym():
    merged = merge_actors(["NYT", "New York Times", "F.B.I.", "Federal Bureau of Investigation",
                           "CBP", "Customs and Border Protection", "DC", "Department of Commerce",
                           "ABC", "Ashton B. Carter", "NY"])
    assert merged["NYT"] == "New York Times"
    assert merged["F.B.I."] == "Federal Bureau of Investigation"
    assert merged["CBP"] == "Customs and Border Protection"
    # two letters fit too much, a person's initials are not an acronym, and "NY" is not every initial
    assert (merged["DC"], merged["ABC"], merged["NY"]) == ("DC", "ABC", "NY")


def test_events_places_and_quantified_groups_are_not_actors():
    mentions = actor_mentions(article(
        "Both governments said the World Cup in New York City will go ahead, Senator Jane Doe said.",
        "“It will,” Both governments added."))
    actors = {m.actor for m in mentions}
    assert "Jane Doe" in actors
    assert not actors & {"Both governments", "World Cup", "New York City"}


def test_the_president_is_the_president_who_has_the_floor():
    from mediadiff.voices import attribute

    result = attribute(article(
        "US President Donald Trump spoke with Mexican President Claudia Sheinbaum on Monday.",
        "On Wednesday, Sheinbaum mentioned that she might meet Trump once the celebrations are over.",
        "The President stressed that both countries have a broad agenda of joint work."))
    assert result.reported[-1].speaker == "Claudia Sheinbaum"
    other = attribute(article(
        "Mexican President Claudia Sheinbaum met officials. US President Donald Trump spoke on Monday.",
        "The president said that the talks went well."))
    assert other.reported[-1].speaker == "Donald Trump"  # nobody has the floor: the last president named


def test_an_outlet_named_after_its_city_is_an_actor_and_the_city_is_not():
    from mediadiff.voices import attribute

    found = attribute(article("The New York Post reports that the team “kept the details under wraps.”",
                              "The Chicago Tribune said the vote in New York was “close.”"))
    assert [a.speaker for a in found.direct] == ["New York Post", "Chicago Tribune"]
    assert {a.name: a.kind for a in found.actors}.get("Chicago Tribune") == "organisation"
    assert "New York" not in {a.name for a in found.actors}


def test_a_role_for_someone_names_an_unnamed_person_not_them():
    from mediadiff.voices.delegates import delegate_of
    from mediadiff.voices.name_match import same_actor

    assert delegate_of("A spokeswoman for Hillary Clinton") == ("spokeswoman", "Hillary Clinton")
    assert delegate_of("an aide to Trump") == ("aide", "Trump")
    assert delegate_of("Cameron's spokesman") == ("spokesman", "Cameron")
    assert delegate_of("Spokeswoman Jessica Ditto") is None  # named
    assert delegate_of("a spokeswoman for Sen. Ted Cruz") == ("spokeswoman", "Sen. Ted Cruz")  # his title
    assert delegate_of("Senior adviser to President Obama Valerie Jarrett") is None  # named after the title
    assert delegate_of("Spokesman for the State Department Ned Price") is None
    assert delegate_of("Clinton's campaign") is None  # an organisation, not a person
    assert not same_actor("Clinton", "spokeswoman for Hillary Clinton")
    assert same_actor("A spokeswoman for Hillary Clinton", "spokeswoman for Hillary Clinton")


def test_a_surname_two_people_share_casts_no_gender_vote():
    # After "Rakeyia Scott" is named, "Scott ... his" could be either Scott: it says nothing of her gender
    result = attribute(article(
        "Keith Lamont Scott was shot by police. Rakeyia Scott can be heard yelling that her husband was unarmed.",
        "Scott's relatives, including his wife, watched the videos. Scott had his hands at his side.",
        "“Don't shoot him,” she says."))
    assert [a.speaker for a in result.direct] == ["Rakeyia Scott"]


def test_a_description_as_source_founds_no_actor():
    names = {a.name for a in attribute(article(
        "Pagliano declined to testify. His lawyer said the subpoena was invalid.",
        "A new ad claimed that the senator was wrong.")).actors}
    assert not names & {"His lawyer", "A new ad"}


def test_he_said_never_goes_to_a_group_or_a_place():
    from voices_builders import article

    from mediadiff.voices import attribute

    body = ("Maria Lopez, a teacher, spoke in Independent Vermont after Trump supporters rallied.\n"
            "\u201cWe need schools,\u201d she said.")
    assert [a.speaker for a in attribute(article(body)).direct] == ["Maria Lopez"]


def test_an_honorific_settles_which_pronoun_a_person_takes():
    # "Mr. Trump" is never "she", though the sentence naming him alone holds her pronouns
    result = attribute(article(
        "Donald Trump praised the deal on Monday.",
        "Jane Roe is one of the workers who listened to the news on the factory floor. After 14 years on the "
        "line, she earns $21 an hour. And when she saw Mr. Trump talking about the plant on the news, all she "
        "could do was shout at the TV. “I loved it,” she said."))
    assert [a.speaker for a in result.direct] == ["Jane Roe"]


def test_an_honorific_of_a_shared_surname_tells_nothing_of_either():
    from mediadiff.voices.actors import read_actors

    registry = read_actors(article("John Schlafly and Phyllis Schlafly met. Later Mrs. Schlafly spoke."))
    assert "John Schlafly" not in registry.titled


def test_an_honorific_is_no_part_of_a_name():
    from mediadiff.voices.actors import read_actors

    registry = read_actors(article("Donald J. Trump spoke first. Voters heard Mr. Sanders and Mr. Trump "
                                   "on Monday. Yet Mr. Trump won the state."))
    assert "Mr. Trump" not in registry.actors
    assert {m.actor for m in registry.mentions if "Trump" in m.text} == {"Donald J. Trump"}


def test_a_title_picks_the_person_of_its_sex_of_two_sharing_a_surname():
    result = attribute(article(
        "Hillary Clinton said her plan was ready.",
        "Bill Clinton said his wife would win.",
        "“We will win,” Mrs. Clinton said."))
    assert [a.speaker for a in result.direct] == ["Hillary Clinton"]


def test_a_bare_surname_is_the_bearer_the_article_names_most():
    doc = article("Ted Cruz endorsed the nominee on Friday.", "Cruz had refused for months.",
                  "“It was a hard choice,” Cruz said.", "His wife, Heidi Cruz, was at the rally in Houston.",
                  "“I gave my word,” Cruz said.")
    speakers = [a.speaker for a in attribute(doc).direct]
    assert speakers == ["Ted Cruz", "Ted Cruz"]
    assert {m.actor for m in actor_mentions(doc) if m.text == "Cruz"} == {"Ted Cruz"}


def test_a_bare_surname_of_two_bearers_named_alike_is_the_latest():
    doc = article("Bill Clinton spoke first.", "Hillary Clinton spoke next.", "“We will win,” Clinton said.")
    assert [a.speaker for a in attribute(doc).direct] == ["Hillary Clinton"]


def test_datelines_and_labels_in_capitals_name_no_actor():
    mentions = actor_mentions(article(
        "FULL TEXT.", "WASHINGTON (AP) — The Federal Reserve said it would raise rates.",
        "DES MOINES, Iowa — Senator Ted Cruz said he would win.",
        "NATO — the alliance of 30 countries — said it would act."))
    names = {m.actor: m.kind for m in mentions}
    assert "FULL TEXT" not in names and "WASHINGTON" not in names and "DES MOINES" not in names
    assert names["Federal Reserve"] == "organisation" and names["Ted Cruz"] == "person"
    assert names["AP"] == "organisation" and names["NATO"] == "organisation"  # an acronym before a dash stays


def test_honorifics_and_family_names_first_join_the_full_name():
    mentions = actor_mentions(article(
        "Mr Xi said trade would grow.", "Chinese President Xi Jinping met Mr. Biden on Monday.",
        "Joe Biden said the talks went well, and Xi said he agreed."))
    assert {m.actor for m in mentions if m.kind == "person"} == {"Xi Jinping", "Joe Biden"}


def test_a_common_noun_opening_a_sentence_before_a_full_name_is_no_part_of_it():
    mentions = actor_mentions(article("Billionaire Donald Trump said he would win.", "Marine Le Pen said so too."))
    assert {m.actor for m in mentions} == {"Donald Trump", "Marine Le Pen"}


def _kinds(*sentences: str) -> dict[str, str]:
    return {a.name: a.kind for a in attribute(article(*sentences)).actors}


def test_a_noun_of_its_kind_beside_a_name_makes_it_an_organisation_for_the_whole_article():
    kinds = _kinds("The Palestinian militant group Hamas rejected the offer.",
                   "“We will fight on,” Hamas said.", "It fired rockets on Monday.")
    assert kinds["Hamas"] == "organisation"
    kinds = _kinds("Clinton was paid for speeches to investment bank Goldman Sachs.",
                   "Goldman Sachs said in a statement that it paid her.")
    assert kinds["Goldman Sachs"] == "organisation"
    kinds = _kinds("Planned Parenthood, the women's health group, sued the state.",
                   "“Women will suffer,” Planned Parenthood said.")
    assert kinds["Planned Parenthood"] == "organisation"


def test_a_person_beside_an_organisations_noun_stays_a_person():
    kinds = _kinds("Tom Fitton, the group's president, said the emails mattered.",
                   "Jim Boyd, a member of the group, said more.")
    assert kinds["Tom Fitton"] == "person" and kinds["Jim Boyd"] == "person"
    # the noun heads a relative clause whose subject the name is
    kinds = _kinds("Voters without degrees, a group Barack Obama won by 2 points, now lean away.",
                   "“They left us,” Barack Obama said.")
    assert kinds["Barack Obama"] == "person"
    kinds = _kinds("Donald Trump spoke on Monday.", "The company Trump founded went bankrupt, Trump said.")
    assert kinds["Donald Trump"] == "person"


def _speakers(*sentences: str) -> list[str | None]:
    return [a.speaker for a in attribute(article(*sentences))]


def test_a_relative_named_in_full_is_not_whom_the_bare_surname_names():
    assert _speakers("President Joe Biden spoke on Monday.", "His son Hunter Biden was in court.",
                     "“We are proud of him,” Mr. Biden said.") == ["Joe Biden"]
    assert _speakers("Jeb Bush campaigned in South Carolina.", "His brother, George W. Bush, joined him.",
                     "“I am glad he came,” Bush said.") == ["Jeb Bush"]


def test_an_honorific_never_names_a_person_leaning_to_the_other_sex():
    assert _speakers("Hillary Clinton said she would keep the foundation.", "On Tuesday, Bill Clinton was not there.",
                     "“We will step down,” Mr. Clinton said.") == ["Hillary Clinton", "Bill Clinton"]


def test_an_office_title_and_a_surname_never_name_a_relative_of_that_surname():
    # the only Biden named in full is the son: "President Biden" is someone else, whose full name is never given
    assert _speakers("Hunter Biden, the president's son, pleaded guilty on Tuesday.",
                     "“I love my son,” President Biden told reporters.") == ["President Biden"]
    assert _speakers("The president's son Hunter Biden pleaded guilty on Tuesday.",
                     "“I love my son,” President Biden told reporters.") == ["President Biden"]
    assert _speakers("Former first lady Laura Bush spoke in Dallas.", "“The war was just,” President Bush said.",
                     "“I am hopeful,” Mrs. Bush said.") == ["President Bush", "Laura Bush"]
    # the text names the office holder in full as well: the title is theirs, not the relative's
    assert _speakers("Joe Biden spoke on Monday.", "Hunter Biden, the president's son, was in Delaware.",
                     "President Biden said the economy is strong.") == ["Joe Biden"]
    # nothing says the person named in full is someone's relative: the title is theirs
    assert _speakers("Ted Cruz, the son of a Cuban immigrant, spoke in Iowa on Monday.",
                     "Sen. Cruz said the border must be secured.") == ["Ted Cruz"]
    assert _speakers("Tim Kaine spoke on Monday.", "“The bill will pass,” Sen. Kaine said.") == ["Tim Kaine"]
    # a relative the text gives the office keeps it
    assert _speakers("His son, Sen. Joe Smith, spoke on Monday.", "“The bill will pass,” Sen. Smith said.") \
        == ["Joe Smith"]


def test_an_honorific_names_the_one_whose_first_name_is_of_its_sex():
    assert _speakers("Hillary Clinton spoke on Monday.", "Bill Clinton spoke on Tuesday.",
                     "“We will step down,” Mr. Clinton said.") == ["Bill Clinton"]


def test_the_president_is_never_the_president_s_spouse_or_child():
    # "President Obama", then "first lady Michelle Obama": she is someone new, and "the president" is him
    assert _speakers("President Obama spoke on Monday.", "First lady Michelle Obama spoke in Philadelphia.",
                     "“We are here to help,” Mrs. Obama said.", "The president told reporters the water was safe.") \
        == ["Michelle Obama", "Obama"]
    assert _speakers("President Obama spoke on Monday.", "Michelle Obama, the president's wife, spoke again.",
                     "“We are here to help,” she said.", "The president told reporters the water was safe.") \
        == ["Michelle Obama", "Obama"]
    # a relative of someone else still joins the titled name ("Sen. Cruz" is Ted Cruz, the son of an immigrant)
    actors = {a.name: a.role for a in attribute(article("Sen. Cruz spoke on Monday.",
                                                         "Ted Cruz, the son of a Cuban immigrant, spoke again.")).actors}
    assert actors == {"Ted Cruz": "Sen."}


def test_an_adjective_and_a_common_noun_name_no_person():
    kinds = {a.name: a.kind for a in attribute(article(
        "The Transatlantic Trade and Investment Partnership stalled.", "Hillary Clinton spoke on Monday.",
        "Transatlantic Trade talks resumed.", "“It is not dead,” she said.")).actors}
    assert kinds.get("Transatlantic Trade") != "person" and kinds["Hillary Clinton"] == "person"
    assert _speakers("Hillary Clinton spoke on Monday.", "Transatlantic Trade talks resumed.",
                     "“It is not dead,” she said.") == ["Hillary Clinton"]
    # a rank is a title, and a first name makes a person whatever the surname means
    kinds = {a.name: a.kind for a in attribute(article("Admiral Harris spoke on Monday.", "Eric Trade said no.")).actors}
    assert kinds.get("Eric Trade") == "person"


def test_a_first_name_before_an_organisations_surname_head_names_a_person():
    from mediadiff.voices.names import actor_kind, split_role

    assert actor_kind("Michael Bloomberg") == actor_kind("Michael R. Bloomberg") == actor_kind("Vicente Fox") == "person"
    assert actor_kind("Bloomberg News") == actor_kind("Bloomberg") == actor_kind("Chase Bank") == "organisation"
    assert split_role("Former New York Mayor Michael Bloomberg") == ("Former New York Mayor", "Michael Bloomberg")
    result = attribute(article("Former New York Mayor Michael Bloomberg said he would spend more.",
                               "Bloomberg said the race was open. Bloomberg News reported the figure."))
    assert [(a.source, a.speaker, a.speaker_kind) for a in result] == [
        ("Former New York Mayor Michael Bloomberg", "Michael Bloomberg", "person"),
        ("Bloomberg", "Michael Bloomberg", "person"), ("Bloomberg News", "Bloomberg News", "organisation")]


def test_a_surname_head_after_its_organisation_is_named_again_is_the_organisations():
    result = attribute(article("Megan Fox appeared in the ad. Fox News said the network would not air it. "
                               "Fox said the decision was final."))
    assert [(a.source, a.speaker_kind) for a in result] == [("Fox News", "organisation"), ("Fox", "organisation")]
    result = attribute(article("Fox News said the network would not air it. Megan Fox appeared in the ad. "
                               "Fox said the decision was final."))  # the person named since: hers
    assert [(a.source, a.speaker) for a in result][-1] == ("Fox", "Megan Fox")


def test_a_title_and_a_surname_name_the_holder_of_that_office_not_a_relative_named_beside():
    result = attribute(article("Rep. Liz Cheney, daughter of former Vice President Dick Cheney, voted against the bill.",
                               "Rep. Cheney said she would not back down.",
                               "Former Vice President Cheney said he backed her."))
    assert [(a.source, a.speaker) for a in result] == [("Rep. Cheney", "Liz Cheney"),
                                                       ("Former Vice President Cheney", "Dick Cheney")]


@pytest.mark.parametrize("text, role", [
    ("Union president Mary Smith said the strike would go on.", "Union president"),
    ("Clinton spokesman Brian Fallon said the strike would go on.", "Clinton spokesman"),
    ("The strike will go on, the union president Mary Smith said.", "union president"),
    ("Trump met adviser Mary Smith on Friday.", "adviser"),
])
def test_a_role_written_in_lower_case_before_a_name_is_its_role(text, role):
    result = attribute(article(text))
    assert [(a.name, a.role) for a in result.actors if a.name == "Mary Smith" or a.name == "Brian Fallon"] == [
        ("Brian Fallon" if "Fallon" in text else "Mary Smith", role)]
    assert "Union" not in [a.name for a in result.actors]  # a common noun modifying the role, no actor


def test_a_run_opened_by_former_before_a_role_names_no_one():
    text = "Former Vermont governor Howard Dean said the party would win."
    mentions = [(m.actor, m.role) for m in actor_mentions(article(text))]
    assert mentions == [("Howard Dean", "Former Vermont governor")]


@pytest.mark.parametrize("text, role", [
    ("Acting Homeland Security secretary Chad Wolf said the border was secure.",
     "Acting Homeland Security secretary"),  # "Acting" cut from the run as a sentence's first word
    ("On Monday, acting Homeland Security secretary Chad Wolf said the border was secure.",
     "acting Homeland Security secretary"),  # in lower case, outside the run
])
def test_an_organisation_between_an_adjective_of_time_and_a_role_is_the_role(text, role):
    result = attribute(article(text))
    assert [(a.name, a.role) for a in result.actors] == [("Chad Wolf", role)]
    assert [a.speaker for a in result] == ["Chad Wolf"]
