"""Body lines a cleaner must keep (hard-wrapped text, a sentence without its full stop, a quoted question) and
heading lines it must set aside (subheads, a headline's deck)."""

from click.testing import CliRunner

from mediadiff.cli import main
from mediadiff.corpus.cleaning import clean_text
from mediadiff.corpus.lines import unwrap

PARAGRAPHS = (
    "RIVERSIDE — After a contentious four-hour meeting, the Riverside City Council on Tuesday narrowly approved "
    "a $40 million flood wall along the Miami River.",
    "The 5-2 vote followed months of argument about who should pay for protecting the city's east side.",
    "Councilman Derek Shaw called the project a boondoggle and said taxpayers far from the river would foot "
    "the bill.",
    "Mayor Janet Holloway praised the vote. \"This is a turning point for families who have been flooded three "
    "times in ten years,\" she said.",
    "Critics claimed the fee would climb every year, but Holloway insisted it is capped by ordinance.",
)
# The first paragraph's text once its dateline ("RIVERSIDE — ") is set aside.
OPENING = PARAGRAPHS[0].split(" — ", 1)[1]


def clean(text):
    return clean_text(text, article_id="x", path="x.txt")


def body(article):
    return [s.text for s in article.sentences]


def wrap(text, width):
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return "\n".join([*lines, line])


def test_hard_wrapped_wire_copy_reads_as_its_paragraphs():
    plain = clean("\n".join(PARAGRAPHS) + "\n")
    for wrapped in (wrap(" ".join(PARAGRAPHS), 70), "\n\n".join(wrap(p, 72) for p in PARAGRAPHS)):
        article = clean(wrapped + "\n")
        assert [" ".join(s.split()) for s in body(article)] == body(plain)
        assert [r.text for r in article.removed] == ["RIVERSIDE —"] and not article.warnings
        assert len(article.raw) == len(wrapped) + 1
        assert all(article.raw[s.start:s.end] == s.text for s in article.sentences)


def test_a_line_that_runs_on_in_lower_case_is_joined_but_a_headline_over_its_date_is_not():
    article = clean("Flood wall approved\n\nThe council's plan, which critics called\nrushed and costly, passed on "
                    "Tuesday.\n\nThe rally went ahead.\n")
    assert body(article)[0] == "The council's plan, which critics called rushed and costly, passed on Tuesday."
    dated = clean("San Diego lineman arrested on suspicion of DUI\non Feb. 4, 2009\n"
                  "San Diego Chargers defensive tackle Jamal Williams was arrested on Sunday.\n")
    assert dated.title == "San Diego lineman arrested on suspicion of DUI"
    assert dated.published == "2009-02-04"
    report = clean("REPORT: RED SOX MAKE HUGE OFFER\non Tuesday the club made its biggest offer.\n")
    assert report.title == "REPORT: RED SOX MAKE HUGE OFFER"


def test_nothing_is_joined_in_a_comment_thread():
    text, joined = unwrap("Fed holds rates\nThe Fed held rates on Wednesday.\nComments (1)\nbob_1962\n"
                          "waste of money, they always overspend.\n",
                          stop=lambda line: line.startswith("Comments"))
    assert joined == 0 and "bob_1962\nwaste" in text


def test_a_body_sentence_that_lost_its_full_stop_is_kept():
    article = clean("Bridge shut\nThe Main Street bridge was closed on Monday after inspectors found cracks, "
                    "officials said.\nThe mayor said the bridge would reopen next week, pending a state inspection\n")
    assert article.title == "Bridge shut"
    assert body(article)[-1] == "The mayor said the bridge would reopen next week, pending a state inspection"


def test_a_line_that_ends_in_a_quoted_question_is_a_sentence():
    for line in ('He then asked the crowd, "Can she stay? Can she stay?"', "“Who’s going to pay for it?”",
                 "“This is a coward . ''"):
        article = clean(f"Trump rally draws thousands\n\n{PARAGRAPHS[1]}\n\n{line}\n\n{PARAGRAPHS[2]}\n")
        assert line in " ".join(body(article)) and not article.removed[1:], line


def test_subheads_stand_apart_or_are_written_as_headings():
    article = clean("\n".join(("Flood wall approved", PARAGRAPHS[0], "The version from the mayor", PARAGRAPHS[3],
                               "What Comes Next for the River", PARAGRAPHS[1],
                               "Residents who live far from the river say the fee is unfair to them", PARAGRAPHS[2],
                               "", "Who pays for the wall", "", PARAGRAPHS[4])) + "\n")
    subheads = [r.text for r in article.removed if r.reason == "subhead"]
    assert subheads == ["The version from the mayor", "What Comes Next for the River", "Who pays for the wall"]
    assert "Residents who live far from the river say the fee is unfair to them" in body(article)


def test_a_two_deck_headline_is_the_title_and_its_deck():
    article = clean("Jobs report gives Democrats a lift; \nSolid upturn, with a rise in hourly earnings, could "
                    f"blunt Republican claims.\n\n{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}\n")
    assert article.title == "Jobs report gives Democrats a lift"
    assert [r.reason for r in article.removed] == ["headline", "deck", "dateline"]
    assert body(article) == [OPENING, PARAGRAPHS[1]]


def test_a_file_whose_lines_are_mostly_set_aside_as_subheads_warns():
    article = clean("\n".join(("Flood wall approved", PARAGRAPHS[0], "The vote", PARAGRAPHS[1], "The cost",
                               "The critics", PARAGRAPHS[2])) + "\n")
    assert article.warnings == ("x.txt: 3 of 7 lines set aside as subheads (short lines without a full stop); "
                                "`mediadiff show` lists them",)


def test_compare_shows_no_added_sentence_for_a_full_stop_lost(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Bridge shut\nThe Main Street bridge was closed on Monday after inspectors found cracks, officials said.\n"
        "The mayor said the bridge would reopen next week, pending a state inspection\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Bridge shut\nThe Main Street bridge was closed Monday after inspectors found cracks, officials said.\n"
        "The mayor said the bridge would reopen next week, pending a state inspection.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["compare", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert result.exit_code == 0, result.output
    assert "ADDED" not in result.output and "DROPPED" not in result.output


def test_text_pasted_from_a_pdf_column_reads_as_its_paragraphs():
    widths = iter([62, 80, 70, 66, 77, 64, 79, 71] * 40)  # a proportional font: characters per line vary
    lines = []
    for paragraph in PARAGRAPHS:
        line = ""
        for word in paragraph.split():
            if line and len(line) + 1 + len(word) > next(widths):
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        lines.append(line)
    article = clean("\n".join(lines) + "\n")
    assert [" ".join(s.split()) for s in body(article)] == body(clean("\n".join(PARAGRAPHS) + "\n"))


def test_summary_points_without_full_stops_are_not_joined():
    points = ("US-led evacuations from Kabul airport enter their final stage after twin bomb attacks",
              "The attacks targeted people queuing to flee the country after the Taliban returned",
              "Ninety people have been killed, most of them Afghan civilians and US personnel",
              "The UK says it is entering the final stages of its evacuation, with 1,000 leaving")
    text, joined = unwrap("\n".join(points) + "\nThe evacuations are due to end on 31 August.\n")
    assert joined == 0


def test_a_style_sheet_pasted_with_the_text_is_set_aside_as_markup():
    article = clean("\n".join(("Flood wall approved", PARAGRAPHS[0], ".image-wrap img {", "width:100px;",
                               "text-align: left;", "}", "@media screen and (max-width: 600px) {", PARAGRAPHS[1],
                               "Note: the council meets again on Tuesday; the vote is final.")) + "\n")
    assert [r.reason for r in article.removed if r.reason == "markup"] == ["markup"] * 4
    assert body(article) == [OPENING, PARAGRAPHS[1], "Note: the council meets again on Tuesday; the vote is final."]


LEAD_IN = "The bill includes:"
ITEMS = ("$5 billion for roads and bridges in rural counties across the state",
         "new funds for school meals in poor districts over five years", "a tax credit for families")


def test_the_items_of_a_list_stay_in_the_body():
    for bullet in ("- ", "* ", "• "):
        for blank in ("\n\n", "\n"):
            listed = "\n".join(bullet + item for item in ITEMS)
            article = clean(f"Senate passes spending bill\n\n{PARAGRAPHS[2]}\n\n{LEAD_IN}{blank}{listed}\n\n"
                            f"{PARAGRAPHS[1]}\n")
            assert body(article) == [PARAGRAPHS[2], LEAD_IN, *(bullet + item for item in ITEMS), PARAGRAPHS[1]]
            assert [r.reason for r in article.removed] == ["headline"]


def test_links_under_page_furniture_are_no_list_items():
    # "Read more:" and "Tags:" are no lead-ins and "Most Popular" heads its links, not a list of the story's
    article = clean(f"Senate passes spending bill\n\n{PARAGRAPHS[2]}\n\nRead more:\nTrump signs order on tariffs\n\n"
                    f"Tags:\nPolitics\n\nMost Popular\n\n* House Democrats unveil plan\n* Storms expected this week\n\n"
                    f"{PARAGRAPHS[1]}\n")
    kept = body(article)
    assert not {"Trump signs order on tariffs", "Politics", "* House Democrats unveil plan"} & set(kept)
    assert PARAGRAPHS[2] in kept and PARAGRAPHS[1] in kept


def test_a_list_without_bullets_runs_from_its_lead_in_to_the_item_that_ends_the_sentence():
    items = ("Money for roads", "Funds for schools", "A tax credit for families.")
    article = clean("\n".join(("Senate passes spending bill", PARAGRAPHS[2], LEAD_IN, *items, "What comes next",
                               PARAGRAPHS[1])) + "\n")
    assert body(article) == [PARAGRAPHS[2], LEAD_IN, *items, PARAGRAPHS[1]]
    assert [(r.reason, r.text) for r in article.removed] == [("headline", "Senate passes spending bill"),
                                                             ("subhead", "What comes next")]


def test_a_heading_in_capitals_under_a_lead_in_is_no_item():
    article = clean(f"Nations set out climate plans\n\n{PARAGRAPHS[2]} Here are their plans:\n\nAUSTRALIA\n\n"
                    f"{PARAGRAPHS[1]}\n")
    assert "AUSTRALIA" not in body(article)
    assert [r.reason for r in article.removed if r.text == "AUSTRALIA"] == ["subhead"]


def test_a_word_split_by_a_hyphen_at_a_line_end_is_rejoined_when_it_is_one_word():
    raw = ("Budget talks stall\n\nThe federal gov-\nernment said the well-\nknown plan for the state-of-the-\nart "
           "bridge would wait, as pre- and post-\nwar rules and the anti-\nAmerican camp, and the re\u00ad\nport, "
           "said.\n")
    article = clean(raw)
    assert len(article.raw) == len(raw)
    assert body(article) == [
        "The federal government said the well-known plan for the state-of-the-art bridge would wait, as pre- and "
        "postwar rules and the anti-American camp, and the report, said."]
    assert all(article.raw[s.start:s.end] == s.text for s in article.sentences)


def test_joined_lines_leave_no_run_of_spaces_and_keep_offsets():
    raw = "Budget talks stall\n\nThe federal gov-\n   ernment said on Tuesday that   \n  the plan would wait.\nNext.\n"
    article = clean(raw)
    assert len(article.raw) == len(raw)
    assert body(article)[0] == "The federal government said on Tuesday that the plan would wait."
    assert all(article.raw[s.start:s.end] == s.text for s in article.sentences)


def test_a_word_split_after_a_prefix_is_rejoined_when_it_is_one_word_and_a_doubled_vowel_keeps_its_hyphen():
    # No other split in the file shows a program hyphenated it: "re-" over "main" is still "remain".
    article = clean("Plan stays\n\nThe council voted on Tuesday to re-\nmain in the plan the mayor had put forward "
                    "last year and\nthe residents were not told of it.\n")
    assert body(article) == ["The council voted on Tuesday to remain in the plan the mayor had put forward last "
                             "year and the residents were not told of it."]
    article = clean("Budget talks stall\n\nThe federal gov-\nernment, officials re-\nported, wanted to re-\n"
                    "elect the mayor and to co-\noperate with the pro-\nAmerican camp.\n")
    assert body(article) == ["The federal government, officials reported, wanted to re-elect the mayor and to "
                             "co-operate with the pro-American camp."]


def test_a_dash_at_a_line_end_joins_no_word():
    text, _ = unwrap("The vote -\nwhich was close - passed on Tuesday after a long debate in the chamber.\n")
    assert "vote - which" in " ".join(text.split())



def test_title_case_leaves_its_small_words_in_lower_case_chicago_and_ap():
    from mediadiff.corpus.lines import is_title_case

    assert is_title_case("Talks Resume after the Summit in Geneva")
    assert is_title_case("Senators Meet Behind Closed Doors")
    assert not is_title_case("Talks resume after the Summit in Geneva")
