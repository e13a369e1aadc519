"""Labels show a name cut at "of", "and", an initialism or a title as the whole name the texts write."""

from mediadiff.cli import main
from mediadiff.events.label_names import whole_names
from mediadiff.events.labels import event_label
from mediadiff.events.name_context import abbreviation, organisation_whole, run_before, shared_head


def test_a_name_with_of_or_and_inside_is_one_name():
    texts = ["The emails came in response to a Freedom of Information Act request.",
             "BuzzFeed obtained them via the Freedom of Information Act."]
    assert organisation_whole("Information Act", texts) == "Freedom of Information Act"
    assert organisation_whole("Drug Administration", ["The U.S. Food and Drug Administration said it approved"
                                                      " the drug."]) == "Food and Drug Administration"
    # a role, a plural or a surname before "of" joins no name
    assert organisation_whole("Homeland Security", ["Secretary of Homeland Security Alejandro Mayorkas said."]) \
        == "Homeland Security"
    assert organisation_whole("Southeastern U.S.", ["Parts of Southeastern U.S. ran dry."]) == "Southeastern U.S."
    assert organisation_whole("New Hampshire", ["Sen. Shaheen of New Hampshire spoke."]) == "New Hampshire"
    whole = whole_names([("Information Act", 2)], {"Information Act": 2, "Freedom": 2}, texts)
    label = event_label(["Information Act", "Freedom", "Anthony Fauci"], iter(["emails"]), [], [], whole_name=whole)
    assert label.split(", ")[:2] == ["Freedom of Information Act", "Anthony Fauci"]


def test_an_abbreviated_title_before_a_name_is_no_label():
    texts = ["Gen. Kenneth McKenzie, commander of U.S. Central Command, testified.",
             "They agreed with Army Gen. Austin Miller."]
    assert abbreviation("Gen", texts)
    assert whole_names([], {}, texts)("Gen") is None
    assert not abbreviation("CIA", ["Move over, CIA. The Army has a new video."])  # an acronym ends a sentence
    assert not abbreviation("Iraq", ["Troops left Iraq. The war ended.", "Iraq said no."])


def test_a_word_written_only_after_other_capitals_is_shown_with_them():
    texts = ["Gen. Frank McKenzie, head of U.S. Central Command, told reporters.",
             "An investigation by U.S. Central Command has determined that the strike was a mistake."]
    assert run_before("Command", texts) == "Central Command"
    assert whole_names([], {}, texts)("Command") == "Central Command"
    # a sentence's first word, a headline, a first name, a longer name's end: as before
    assert whole_names([], {}, ["Police said. Former Minneapolis officer Derek Chauvin was sentenced."])(
        "Minneapolis") == "Minneapolis"
    assert run_before("Dems", ["Biden Cancels Trip to Rally Dems on Eve of Vote\nThe trip was off."]) is None
    assert whole_names([], {}, ["Former President Donald Trump spoke."])("Trump") == "Trump"
    assert run_before("Army", ["Chairman of the Joint Chiefs of Staff Army Gen. Mark Milley spoke."]) is None


def test_a_first_name_alone_is_shown_as_the_persons_name_the_group_writes():
    texts = ["Floyd died after his brush with former Minneapolis officer Derek...",
             "Former Minneapolis police officer Derek Chauvin pressed his knee into Floyd's neck."]
    whole = whole_names([("Derek Chauvin", 1)], {"Derek": 2}, texts)
    assert whole("Derek") == "Derek Chauvin"
    # most of its carriers must write the longer name; else the first name stays as written alone
    oscar = ["The Oscar host was named.", "Oscar night was bland.", "Oscar Wilde was quoted."]
    assert whole_names([("Oscar Wilde", 1)], {"Oscar": 3}, oscar)("Oscar") == "Oscar"


def test_group_labels_show_whole_names_end_to_end(runner, tmp_path):
    lead = ("Emails of Anthony Fauci released under the Freedom of Information Act show how the pandemic began, "
            "and reporters who asked under the Freedom of Information Act received thousands of pages on Tuesday.")
    for number, tail in enumerate(("The agency declined to comment.", "Critics said the emails raise questions.",
                                   "Officials defended the response.")):
        (tmp_path / f"{number:03}.txt").write_text(f"Fauci emails released\n\n{lead} {tail}\n")
    result = runner.invoke(main, ["group", "--corpus", str(tmp_path)])
    assert result.exit_code == 0, result.output
    parts = result.stdout.splitlines()[0].split("  ")[1].split(", ")
    assert "Freedom of Information Act" in parts and not {"Freedom", "Information Act"} & set(parts)


def test_a_word_written_only_before_and_and_a_name_shares_its_head():
    texts = ["The country, which lies at the crossroads of Central and South Asia, holds minerals."]
    assert shared_head("Central", texts) == "Central Asia"
    assert whole_names([("South Asia", 1)], {"Central": 1}, texts)("Central") == "Central Asia"
    assert shared_head("North", ["Talks between North and South Korea resumed."]) == "North Korea"
    # two names, or one organisation's name, share no head; nor does a word written alone somewhere
    assert shared_head("Biden", ["Biden and Kamala Harris spoke."]) is None
    assert shared_head("Mexico", ["Migrants from Mexico and Central America came."]) is None
    assert shared_head("Food", ["The Food and Drug Administration approved it."]) is None
    assert shared_head("Central", ["Central and South Asia. Central banks raised rates."]) is None
