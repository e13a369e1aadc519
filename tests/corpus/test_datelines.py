"""A dateline opening a story's first paragraph is metadata: its place is set aside, its agency is the wire."""

import pytest
from click.testing import CliRunner

from mediadiff.cli import main
from mediadiff.corpus.cleaning import clean_text
from mediadiff.corpus.datelines import read_dateline

LEDE = "The governor said on Tuesday that the budget would pass."


def article(*lines):
    return clean_text("\n\n".join(lines) + "\n", article_id="x", path="-")


@pytest.mark.parametrize(("paragraph", "place", "wire"), [
    (f"SPRINGFIELD, Ill. (AP) — {LEDE}", "SPRINGFIELD, Ill.", "AP"),
    (f"WASHINGTON (Reuters) - {LEDE}", "WASHINGTON", "Reuters"),
    (f"LONDON, Jan 5 (Reuters) - {LEDE}", "LONDON", "Reuters"),
    (f"NEW YORK, Nov. 19 (UPI) — {LEDE}", "NEW YORK", "UPI"),
    (f"New York (AFP) – {LEDE}", "New York", "AFP"),
    (f"Washington (CNN) — {LEDE}", "Washington", None),  # an outlet, no agency
    (f"MYRTLE BEACH, S.C. - {LEDE}", "MYRTLE BEACH, S.C.", None),
    (f"RIO DE JANEIRO — {LEDE}", "RIO DE JANEIRO", None),
    (f"WASHINGTON/LONDON (Reuters) - {LEDE}", "WASHINGTON/LONDON", "Reuters"),
    (f"(Bloomberg) -- {LEDE}", "", "Bloomberg"),  # the agency alone
    (f"WASHINGTON—{LEDE}", "WASHINGTON", None),  # the Wall Street Journal's em dash
    (f"LONDON, Jan 5, 2024 (Reuters) - {LEDE}", "LONDON", "Reuters"),  # the date with its year
    (f"WASHINGTON, March 3, 2023 (AP) — {LEDE}", "WASHINGTON", "AP"),
    (f"(CNN) — {LEDE}", "", None), (f"(CNN){LEDE}", "", None), (f"Washington (CNN){LEDE}", "Washington", None),
    (f"(The Hill) — {LEDE}", "", None), (f"WASHINGTON (Politico) — {LEDE}", "WASHINGTON", None),  # outlets' credits
    (f"VIRGINIA BEACH, Va. — {LEDE}", "VIRGINIA BEACH, Va.", None), (f"SANTA FE — {LEDE}", "SANTA FE", None),
])
def test_a_dateline_gives_its_place_and_agency(paragraph, place, wire):
    dateline = read_dateline(paragraph)
    assert (dateline.place, dateline.wire) == (place, wire)
    assert paragraph[dateline.end:] == LEDE


@pytest.mark.parametrize(("paragraph", "lede"), [
    # an agency in parentheses rules out a tokenised compound, so the lede may open with a word in capitals
    ("LONDON (Reuters) - A British court ruled on Tuesday.", "A British court ruled on Tuesday."),
    ("WASHINGTON (Reuters) - U.S. stocks fell on Monday.", "U.S. stocks fell on Monday."),
])
def test_a_reuters_dateline_before_a_word_in_capitals(paragraph, lede):
    dateline = read_dateline(paragraph)
    assert dateline.wire == "Reuters" and paragraph[dateline.end:].strip() == lede


@pytest.mark.parametrize("paragraph", [
    "Republicans — and some Democrats — said the plan would fail.",  # a name in ordinary capitals: a sentence
    "Sen. Marco Rubio (R-Fla.) — who is running — said so on Tuesday.",  # a party and state, no news outlet
    "HE'S BEEN CALLED OUT BY FELLOW DOCTORS — He has been dragged before a Senate panel.",  # a run-in heading
    "JOE BIDEN — The former vice president said he would run.",  # a person's name in capitals
    "Republican National Committee (RNC) Chairwoman Ronna McDaniel said so on Tuesday.",  # initials, no credit
    "SIEGEL--Jerome Arthur, 98, of Mamaroneck, New York, passed away Friday.",  # a death notice's surname
    "A FIRE - BOMB attack on a bank in Athens left at least three people dead.",  # a tokenised compound
    "NATO — the alliance of 30 countries — said it would meet.",
    "- The governor said on Tuesday that the budget would pass.",  # a list's dash
    "(R-Fla.) — the senator said on Tuesday that he would vote no.",
])
def test_what_only_looks_like_a_dateline_is_none(paragraph):
    assert read_dateline(paragraph) is None


def test_the_sentence_after_an_ap_dateline_stays_whole_and_the_wire_is_recorded():
    result = article("Governor signs budget", f"SPRINGFIELD, Ill. (AP) — {LEDE} Lawmakers disagreed.",
                     "Other lawmakers said they would vote against it.")
    assert [s.text for s in result.sentences] == [LEDE, "Lawmakers disagreed.",
                                                  "Other lawmakers said they would vote against it."]
    assert [(r.reason, r.text) for r in result.removed if r.reason == "dateline"] == [
        ("dateline", "SPRINGFIELD, Ill. (AP) —")]
    assert result.wire == "AP" and result.metadata_source["wire"] == "dateline"
    first = result.sentences[0]
    assert result.raw[first.start:first.end] == LEDE  # offsets still point at the text


def test_a_dateline_under_a_headline_kept_as_body_text_and_a_later_agency_dateline():
    result = article("Germany targets a surge of vitriol.", f"BERLIN - {LEDE}", "Other lawmakers disagreed.",
                     f"MACAU (Reuters) – {LEDE[:-1]} in Macau.")
    assert [r.text for r in result.removed if r.reason == "dateline"] == ["BERLIN -", "MACAU (Reuters) –"]
    assert result.wire == "Reuters"


def test_a_place_in_capitals_inside_the_story_is_no_dateline():
    body = ["Lawmakers met on Tuesday to discuss the budget for the coming year in the capital.",
            "Many of them said they would vote against it when it comes to the floor next week."]
    result = article("Governor signs budget", *body, f"TROOP PRESENCE — {LEDE}")
    assert not [r for r in result.removed if r.reason == "dateline"]
    assert result.sentences[-1].text == f"TROOP PRESENCE — {LEDE}"


@pytest.mark.parametrize("label", ["BREAKING —", "BREAKING NEWS —", "EXCLUSIVE —", "WATCH —", "UPDATE —"])
def test_a_kickers_label_opening_the_story_is_set_aside_as_a_label_not_a_place(label):
    result = article("Governor signs budget", f"{label} {LEDE}")
    assert [s.text for s in result.sentences] == [LEDE]
    assert [(r.reason, r.text) for r in result.removed][1:] == [("section-label", label)]


def test_a_datelines_full_date_dates_the_story_only_when_nothing_else_does():
    result = article("Economy shrinks", f"LONDON, Jan 5, 2024 (Reuters) - {LEDE}")
    assert (result.published, result.wire, result.metadata_source["published"]) == ("2024-01-05", "Reuters",
                                                                                    "dateline")
    assert article("Economy shrinks", "2024-01-06", f"LONDON, Jan 5, 2024 (Reuters) - {LEDE}").published \
        == "2024-01-06"
    assert article("Stocks rally", f"NEW YORK, Nov. 24 (Reuters) - {LEDE}").published is None  # no year


def test_show_reads_an_outlets_credit_opening_the_story(tmp_path):
    (tmp_path / "hill.txt").write_text(f"Senate passes bill\n\n(The Hill) — {LEDE}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["show", str(tmp_path / "hill.txt")])
    assert result.exit_code == 0, result.output
    assert "The Hill" in result.output.split("Body")[0]  # the outlet, above the body
    body = result.output.split("Body", 1)[1].split("Set aside")[0]
    assert LEDE in body and "(The Hill)" not in body


def test_labels_before_a_dateline_are_read_off_in_turn_and_a_thousand_of_them_are_no_error():
    result = article("Senate passes bill", f"BREAKING — UPDATE — WASHINGTON (AP) — {LEDE}")
    assert ([s.text for s in result.sentences], result.wire) == ([LEDE], "AP")
    assert [r.reason for r in result.removed][1:] == ["section-label", "section-label", "dateline"]
    runner = CliRunner().invoke(main, ["show", "-"], input="BREAKING — " * 1000 + LEDE + "\n")
    assert runner.exit_code == 0, runner.output
    assert "internal error" not in runner.output and "Body" in runner.output


@pytest.mark.parametrize("opening", ["(Photo) — ", "(Audio) — ", "(Podcast) — ", "(Listen) — ", "(Sponsored) — ",
                                     "(File) — ", "(VIDEO) — ", "(UPDATE)"])
def test_a_medium_or_a_label_in_parentheses_is_no_outlet(opening):
    assert article("Senate passes bill", f"{opening}{LEDE}").outlet is None


def test_a_pages_copyright_line_names_its_outlet_over_the_credit_in_the_dateline():
    # A station republishing CNN's copy: the page is the station's.
    result = article("Senate passes bill", f"WASHINGTON (CNN) — {LEDE}", "Copyright 2024 WRAL. All rights reserved.")
    assert (result.outlet, result.metadata_source["outlet"]) == ("WRAL", "copyright line (inferred)")
    assert article("Senate passes bill", f"WASHINGTON (CNN) — {LEDE}").outlet == "CNN"


@pytest.mark.parametrize("place", ["ANN ARBOR", "ROYAL OAK", "MORGAN HILL", "CORAL GABLES", "CHARLES TOWN"])
def test_a_place_opening_with_a_first_name_is_a_dateline_a_persons_name_is_not(place):
    assert [s.text for s in article("Senate passes bill", f"{place} — {LEDE}").sentences] == [LEDE]
    assert article("Senate passes bill", f"JOE BIDEN — {LEDE}").sentences[0].text == f"JOE BIDEN — {LEDE}"


@pytest.mark.parametrize("name", ["ANITA HILL", "KEVIN PARK", "RICKI LAKE"])
def test_a_persons_name_ending_in_a_towns_noun_is_no_dateline(name):
    # "Hill", "Park", "Lake" are surnames as well as a town's noun: only a known town ("MORGAN HILL") is a place.
    assert article("Hearings revisited", f"{name} — {LEDE}").sentences[0].text == f"{name} — {LEDE}"
    assert [s.text for s in article("Hearings revisited", f"{name}, Calif. — {LEDE}").sentences] == [LEDE]


@pytest.mark.parametrize("place", ["CHEVY CHASE", "GLEN ALLEN", "JACKSON HOLE", "JOHNSON CITY", "JACKSON HEIGHTS"])
def test_a_place_opening_with_a_first_name_needs_no_state(place):
    # Towns of the table ("CHEVY CHASE", "GLEN ALLEN"), and places ending in a word no surname is ("HOLE", "CITY").
    result = article("Fed officials meet", f"{place} — {LEDE}")
    assert [s.text for s in result.sentences] == [LEDE]
    assert any(r.reason == "dateline" and place in r.text for r in result.removed)


@pytest.mark.parametrize("line", [f"JOHN SMITH — {LEDE}", "JOHN SMITH — the former chief executive died on Sunday."])
def test_a_persons_name_in_capitals_before_a_dash_stays_in_its_sentence(line):
    # Opening the story or further down: a kicker naming a person is no place, and its words are the sentence's.
    assert article("Obituaries", line).sentences[0].text == line
    assert article("Obituaries", LEDE, line).sentences[1].text == line
