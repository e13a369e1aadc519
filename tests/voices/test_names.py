import pytest

from mediadiff.voices.names import is_actor_name, is_group, is_organisation, place_kind, split_role


def test_countries_speak_as_governments_and_states_or_regions_name_no_actor():
    assert place_kind("South Korea") == "country"
    assert is_actor_name("South Korea") and is_organisation("South Korea")
    assert not is_actor_name("Independent Vermont")
    assert not is_actor_name("Central Asia")
    assert not is_actor_name("Aral Sea")


def test_a_first_name_that_is_also_a_place_stays_a_person():
    assert place_kind("Deborah Jordan") is None
    assert is_actor_name("Deborah Jordan") and not is_organisation("Deborah Jordan")


def test_plural_group_nouns_name_groups_not_people():
    assert is_group("Trump supporters") and is_organisation("Senate Republicans")
    assert not is_group("Bernie Sanders")


def test_a_company_or_college_name_is_not_split_into_a_role_and_a_person():
    assert split_role("Sony Pictures Classics") == (None, "Sony Pictures Classics")
    assert is_organisation("Keene State College")
    assert split_role("State Department spokesman Ned Price")[1] == "Ned Price"


def test_an_abbreviated_title_before_a_name_is_a_role():
    # The sentence splitter keeps "Sens.", "Fr.", "Lt. Col." with the name after them: no part of it.
    assert split_role("Sens. Ted Cruz")[1] == "Ted Cruz"
    assert split_role("Fr. Frank Pavone") == ("Fr.", "Frank Pavone")
    assert split_role("Lt. Col. John Smith") == ("Lt. Col.", "John Smith")
    assert split_role("Msgr. Jim Lee")[1] == "Jim Lee"
    assert split_role("Retired Lt. Gen. Michael Flynn")[1] == "Michael Flynn"
    assert split_role("Gen Nakatani") == (None, "Gen Nakatani")  # a given name, no title without its period


def test_a_function_word_alone_names_nobody_but_a_first_name_that_is_one_may():
    from mediadiff.voices.names import function_word_alone

    assert function_word_alone("Beyond") and function_word_alone("I've")
    assert not function_word_alone("Will") and not function_word_alone("Beyond Meat")


def test_after_honorific_keeps_the_name_after_a_title():
    from mediadiff.voices.names import after_honorific

    assert after_honorific("Mr. Trump") == "Trump"
    assert after_honorific("Manhattan-made Mr. Trump") == "Trump"
    assert after_honorific("Dr. Kelli Ward") == "Kelli Ward"
    assert after_honorific("Donald J. Trump") == "Donald J. Trump"
    assert after_honorific("Mr.") == "Mr."


def test_single_name_cuts_opening_prepositions_and_refuses_two():
    from mediadiff.voices.names import single_name

    assert single_name("Though Kaine") == "Kaine"
    assert single_name("Against Trump") == "Trump"
    assert single_name("Neither Cruz nor Christie") == ""
    assert single_name("Despite pre-event disclaimers") == ""
    for kept in ("Will Rogers", "The Nation", "US Conference of Mayors", "Some Democrats", "Donald Trump"):
        assert single_name(kept) == kept


def test_a_persons_state_after_of_is_no_part_of_the_name():
    assert split_role("Senator Bernie Sanders of Vermont") == ("Senator", "Bernie Sanders")
    assert split_role("Kelly Ayotte of New Hampshire") == (None, "Kelly Ayotte")
    assert split_role("Bank of America") == (None, "Bank of America")  # an organisation's name stays whole
    assert split_role("Republican Party of Wyoming") == (None, "Republican Party of Wyoming")


def test_an_organisations_or_places_possessive_is_the_role_not_the_name():
    assert split_role("CNN’s Kaitlan Collins") == ("CNN", "Kaitlan Collins")
    assert split_role("The Post's Ruth Marcus") == ("The Post", "Ruth Marcus")
    assert split_role("Arizona's John McCain") == ("Arizona", "John McCain")
    assert split_role("Emily's List") == (None, "Emily's List")  # no organisation or place owns it
    assert split_role("CNN's Republican") == (None, "CNN's Republican")  # one word after: no full name


def test_an_institutions_head_ends_an_organisations_name_unless_a_person_or_office_opens_it():
    from mediadiff.voices.names import actor_kind

    for name in ("Federal Reserve", "the Federal Reserve", "Islamic State", "National Front", "Church of England",
                 "Anti-Defamation League", "Congressional Black Caucus"):
        assert actor_kind(name) == "organisation", name
    for name in ("Michael Church", "Secretary of State", "Pastor Joseph Brown of Marion Avenue Baptist Church"):
        assert actor_kind(name) == "person", name


def test_a_company_fund_or_advocacy_groups_head_noun_ends_an_organisations_name():
    from mediadiff.voices.names import actor_kind

    for name in ("Amnesty International", "Judicial Watch", "Human Rights Watch", "Brookings Institution",
                 "Bain Capital", "Citizens United", "Principles PAC", "Heritage Action", "Freedom Partners"):
        assert actor_kind(name) == "organisation", name
    for name in ("Jane Watch", "Michael Capital"):  # a first name opens a person's name whatever its last word
        assert actor_kind(name) == "person", name


def test_an_honorific_is_no_index_key_beside_a_name():
    from mediadiff.voices.names import index_keys

    assert index_keys("Mr. Trump") == ("trump",) and index_keys("Ms Gao") == ("gao",)
    assert index_keys("Mr.") == ("mr",)  # alone, it is all there is


def test_a_run_ending_in_a_party_or_nationality_adjective_or_a_landmark_names_no_one():
    from mediadiff.voices.names import actor_kind

    for name in ("Wisconsin Republican", "Minnesota Democratic", "African American", "Silicon Valley", "Capitol",
                 "Trump Tower", "Rust Belt"):
        assert not is_actor_name(name), name
    assert is_actor_name("Mark Cuban") and is_actor_name("David French")  # a surname after a first name
    assert actor_kind("United Nations") == "organisation"


def test_a_name_in_capitals_is_a_brands_unless_a_first_name_opens_it():
    from mediadiff.voices.names import actor_kind

    assert actor_kind("USA TODAY") == "organisation" and actor_kind("NGP VAN") == "organisation"
    assert actor_kind("JAKE TAPPER") == "person"


def test_treaties_pacts_and_amendments_name_no_one():
    for name in ("Trans-Pacific Partnership", "Warsaw Pact", "Kyoto Protocol", "Fifth Amendment", "Monroe Doctrine"):
        assert not is_actor_name(name), name
    assert is_actor_name("Nathan Deal") and is_actor_name("Ernst & Young")  # a surname, a firm


@pytest.mark.parametrize(("phrase", "split"), [
    ("Chief Inspector Joe Sullivan", ("Chief Inspector", "Joe Sullivan")),
    ("FBI General Counsel James A. Baker", ("FBI General Counsel", "James A. Baker")),
    ("Pope John Paul II", ("Pope", "John Paul II")),  # a noun of people that is a given name: the name's
    ("Senator Guy Smith Jones", ("Senator", "Guy Smith Jones")),
])
def test_a_role_word_before_a_noun_of_office_and_a_full_name_makes_one_title(phrase, split):
    assert split_role(phrase) == split
