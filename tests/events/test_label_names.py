"""Event labels keep multiword names whole (issue 16: "York Times", "U.S", "Fuente")."""

from mediadiff.corpus.cleaning import clean_text
from mediadiff.events.grouping import group_events

TEXTS = [
    "Mexico's foreign minister, Juan Ramón de la Fuente, told reporters in an interview with The New York Times "
    "that the proposal from the U.S. government would not be accepted by his country this year.",
    "In comments published by The New York Times, foreign minister Juan Ramón de la Fuente rejected the proposal, "
    "saying the U.S. government had not consulted anyone before announcing it.",
    "The proposal was rejected on Monday by Juan Ramón de la Fuente, who told The New York Times that the U.S. "
    "government should have asked his ministry first before making any announcement.",
]


def test_label_names_are_whole_with_particles_accents_and_periods():
    articles = [clean_text(t, article_id=f"a{i}", path=f"a{i}.txt") for i, t in enumerate(TEXTS)]
    (event,) = group_events(articles)
    parts = event.label.split(", ")
    assert "Juan Ramón de la Fuente" in parts and "The New York Times" in parts
    assert not {"Fuente", "York Times", "York", "Times", "Ramon", "U.S"} & set(parts)
    assert "U.S" not in event.shared_terms or "U.S." in event.shared_terms


# ---- Label hygiene: a label term is a whole name as a journalist writes it.

from mediadiff.events.label_names import display_name, whole_names  # noqa: E402
from mediadiff.events.labels import event_label  # noqa: E402


def test_a_possessive_belongs_to_the_sentence_not_the_name():
    assert display_name("Barack Obama’s") == "Barack Obama"
    assert display_name("Mexico's") == "Mexico"
    assert display_name("CNN’s Anderson Cooper") == "Anderson Cooper"  # the name is what the owner has
    assert display_name("Donald Trump's Facebook") is None  # two names, neither whole
    assert display_name("Monday's") is None  # a day is a date, not a name
    assert display_name("I'm") is None and display_name("I’ve") is None


def test_a_headline_shouting_a_verb_makes_no_name_but_acronyms_do():
    assert display_name("Macron RECALLS French") is None
    assert display_name("NATO Summit") == "NATO Summit"
    assert display_name("COVID") == "COVID"


def test_descriptors_and_roles_before_a_name_are_cut_by_one_rule():
    assert display_name("Democrat Hillary Clinton") == "Hillary Clinton"
    assert display_name("Speaker Nancy Pelosi") == "Nancy Pelosi"
    assert display_name("Leader McConnell") == "McConnell"
    assert display_name("Republican-dominated Texas") == "Texas"
    assert display_name("Republican National Committee") == "Republican National Committee"
    assert display_name("White House") == "White House"
    assert display_name("Foreign Minister") is None  # an office, nobody named
    assert display_name("Foreign") is None and display_name("Gov") is None
    assert display_name("GOP") == "GOP" and display_name("Treasury") == "Treasury"


def test_a_name_cut_at_an_initial_is_no_name():
    assert display_name("Mary J") is None


def test_a_first_name_or_surname_is_shown_as_the_whole_name_most_members_write():
    whole = whole_names([("Speaker Nancy Pelosi", 3), ("Nancy Pelosi", 1)], {"Nancy": 3, "Pelosi": 4})
    assert whole("Nancy") == "Nancy Pelosi"
    assert whole("Pelosi") == "Nancy Pelosi"
    # a surname whose full name few members write stays a surname
    assert whole_names([("Hunter Biden", 1)], {"Biden": 5})("Biden") == "Biden"
    # two people of one surname, as often written: the surname alone
    assert whole_names([("Ted Cruz", 1), ("Heidi Cruz", 1)], {"Cruz": 1})("Cruz") == "Cruz"


def test_a_name_a_text_writes_alone_stays_itself_beside_a_longer_one():
    runs = [("Texas Heartbeat Act", 2)]
    assert whole_names(runs, {"Texas": 2}, ["The Texas Heartbeat Act bans it.", "A judge in Texas ruled."])(
        "Texas") == "Texas"
    assert whole_names(runs, {"Texas": 2}, ["The Texas Heartbeat Act bans it."])("Texas") == "Texas Heartbeat Act"
    assert whole_names([("Supreme Court Texas", 2)], {"Supreme Court": 2})("Supreme Court") == "Supreme Court"


def test_a_run_that_a_sentence_start_cut_from_a_longer_name_is_left_out():
    texts = ["New York COVID restrictions lifted\nThe city that never sleeps reopens."]
    assert whole_names([("York COVID", 1)], {"York COVID": 1}, texts)("York COVID") is None
    # "The New Mitt Romney": a name also written alone is whole
    texts = ["Clinton goes after Trump as The New Mitt Romney\nMitt Romney lost in 2012."]
    assert whole_names([("Mitt Romney", 1)], {"Mitt Romney": 1}, texts)("Mitt Romney") == "Mitt Romney"
    # a run that begins inside a name ("New York" + "York City") is that name
    whole = whole_names([("New York City", 2), ("York City", 1)], {"York City": 1})
    assert whole("York City") == "New York City"


def test_a_role_word_capitalised_in_a_title_is_no_name_alone():
    whole = whole_names([("Senate Majority Leader Chuck Schumer", 2)], {"Majority": 2, "Senate": 2})
    assert whole("Majority") is None
    assert whole("Senate") == "Senate"  # an organisation's name


def test_label_shows_each_name_once_whole_and_the_month_once():
    names = ["Biden’s", "Joe Biden", "Mexico's", "Nancy"]
    whole = whole_names([("Joe Biden", 2), ("Nancy Pelosi", 2)], {"Biden’s": 2, "Nancy": 2})
    label = event_label(names, iter(["he'll", "general’s", "ceiling"]), ["October 2021"],
                        ["2021-10-08", "2021-10-09"], whole_name=whole)
    parts = label.split(", ")
    assert parts[:3] == ["Joe Biden", "Mexico", "Nancy Pelosi"]
    assert parts[3:-1] == ["ceiling"]  # "general’s" is "general" to a reader, which WordNet reads mostly as an adjective
    assert "he'll" not in parts
    assert parts.count("October 2021") == 1


def test_group_labels_read_whole_names_on_inline_articles():
    texts = [
        "New York COVID restrictions lifted\nDemocrat Hillary Clinton praised Barack Obama’s plan on Monday. "
        "Clinton said the Big Apple will reopen soon after Andrew Cuomo signed the order.",
        "New York eases COVID rules\nDemocrat Hillary Clinton backed Barack Obama’s plan, and Andrew Cuomo "
        "said the Big Apple will reopen soon. Clinton spoke in Albany.",
    ]
    articles = [clean_text(t, article_id=f"n{i}", path=f"n{i}.txt") for i, t in enumerate(texts)]
    (event,) = group_events(articles)
    parts = event.label.split(", ")
    assert not [p for p in parts if p.endswith(("’s", "'s")) or p.startswith("Democrat ") or p == "York COVID"]
    assert {"Hillary Clinton", "Barack Obama"} & set(parts)


def test_an_organisation_cut_at_of_for_or_and_is_shown_whole_when_never_written_alone():
    from mediadiff.events.label_names import organisation_whole

    assert organisation_whole("Labor Statistics", ["The Bureau of Labor Statistics said."]) == \
        "Bureau of Labor Statistics"
    assert organisation_whole("Drug Administration", ["The Food and Drug Administration approved it."]) == \
        "Food and Drug Administration"
    assert organisation_whole("Disease Control", ["The Centers for Disease Control and Prevention said."]) == \
        "Centers for Disease Control"
    assert organisation_whole("State Security", ["China’s Ministry of State Security denied it."]) == \
        "Ministry of State Security"
    # no organisation's head, two organisations, or the name written alone elsewhere: as it is
    assert organisation_whole("Supreme Court", ["Justices of the Supreme Court ruled."]) == "Supreme Court"
    assert organisation_whole("Kamala Harris", ["Joe Biden and Kamala Harris spoke."]) == "Kamala Harris"
    assert organisation_whole("State Department", ["The Pentagon and State Department agreed."]) == \
        "State Department"
    assert organisation_whole("Labor Statistics", ["The Bureau of Labor Statistics said.",
                                                   "Labor Statistics are out."]) == "Labor Statistics"


# ---- Label hygiene, second pass: sentence starts, headlines, organisations' pieces, nicknames.


def test_a_function_word_opening_a_sentence_is_no_part_of_a_name():
    assert display_name("Was Harris") == "Harris"
    assert display_name("When Joe Biden") == "Joe Biden"
    # articles, prepositions and modals that open names stay
    assert display_name("The Washington Post") == "The Washington Post"
    assert display_name("Will Smith") == "Will Smith"
    assert display_name("For The People Act") == "For The People Act"


def test_a_verb_capitalised_only_where_a_sentence_starts_is_no_name():
    texts = ["Biden left Kabul.\n“I'm not going to answer any more … Look, we are leaving,” Biden said."]
    whole = whole_names([], {}, texts)
    assert whole("Look") is None
    assert whole("Kabul") == "Kabul"
    # a word WordNet reads mostly as a verb, written after a name mid-sentence, stays a name
    assert whole_names([], {}, ["Former President Donald Trump spoke."])("Trump") == "Trump"


def test_a_title_case_headline_phrase_written_nowhere_else_is_no_name():
    texts = ["Biden Criminalizes CRT Dissent",
             "Attorney General Merrick Garland pledged to mobilize the FBI against protesting parents."]
    whole = whole_names([("Biden Criminalizes CRT Dissent", 1), ("Merrick Garland", 1)], {}, texts)
    assert whole("Biden Criminalizes CRT Dissent") is None
    assert whole("Merrick Garland") == "Merrick Garland"
    # a name the headline writes is still a name when the body writes it too
    texts = ["Merrick Garland Defends Memo", "Merrick Garland defended the memo on Tuesday."]
    assert whole_names([("Merrick Garland Defends Memo", 1)], {}, texts)("Merrick Garland") == "Merrick Garland"


def test_a_word_written_only_as_the_end_of_an_organisations_name_is_no_name_alone():
    texts = ["The U.S. Centers for Disease Control and Prevention said so.",
             "Data from the Centers for Disease Control and Prevention. Israel and Gaza agreed.",
             "Rep. Jim Banks of Indiana spoke."]
    whole = whole_names([], {}, texts)
    assert whole("Prevention") is None
    assert whole("Gaza") == "Gaza"  # "Israel and Gaza": two places, no organisation
    assert whole("Indiana") == "Indiana"  # "Jim Banks of Indiana": a person and a place


def test_two_spellings_of_one_person_are_shown_once():
    from mediadiff.events.label_names import same_person

    assert same_person("Charles Schumer", "Chuck Schumer") and same_person("Steve Bannon", "Stephen Bannon")
    assert not same_person("Joe Biden", "Jill Biden") and not same_person("Bill Clinton", "Hillary Clinton")
    label = event_label(["Charles Schumer", "Chuck Schumer", "Mitch McConnell"], iter(["infrastructure"]), [], [])
    assert label.split(", ")[:3] == ["Charles Schumer", "Mitch McConnell", "infrastructure"]


def test_a_sentence_of_a_pronoun_and_a_verb_is_no_name_and_an_acronym_is_no_organisations_head():
    assert display_name("You Feel") is None
    assert whole_names([], {}, ["We look forward to having her back on ABC for Oscar Sunday."])("Oscar") == "Oscar"


def test_a_word_written_only_after_new_is_no_name_alone():
    whole = whole_names([], {}, ["A tweet linked to a report in the New York Post on Sunday."])
    assert whole("York") is None
    assert whole_names([], {}, ["He flew to York on Sunday."])("York") == "York"
    assert whole_names([], {}, ["New COVID cases rose."])("COVID") == "COVID"


def test_an_organisations_whole_name_of_equal_forms_is_the_first_written():
    from mediadiff.events.label_names import organisation_whole

    texts = ["The U.S. Centers for Disease Control said.", "The Centers for Disease Control said."]
    assert organisation_whole("Disease Control", texts) == "U.S. Centers for Disease Control"
    assert organisation_whole("Disease Control", texts[::-1]) == "Centers for Disease Control"
