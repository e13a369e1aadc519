"""Reader comments after a comments header, written one to a line ("name: text") or as an author line over
its text: kept apart from the body, never scored as the outlet."""

import json

from click.testing import CliRunner

from mediadiff.cli import main
from mediadiff.corpus.cleaning import clean_text

LEDE = "RIVERSIDE — The Riverside City Council voted 5-2 on Tuesday to approve a $40 million flood wall."
LEDE_BODY = LEDE.split(" — ", 1)[1]  # the dateline before it is set aside
SECOND = "Mayor Janet Holloway called the vote a turning point."


def clean(*lines):
    return clean_text("\n".join(lines) + "\n", article_id="x", path="x.txt")


def test_one_line_comments_name_their_author_before_a_colon():
    article = clean("Council approves flood wall", LEDE, SECOND, "Comments (3)", "jdoe42: Waste of money.",
                    "RiverRat: About time!! My house flooded twice.", "Sandy_B wrote: Who is going to pay for it?")
    assert [s.text for s in article.sentences] == [LEDE_BODY, SECOND]
    assert [(c.author, c.text) for c in article.comments] == [
        ("jdoe42", "Waste of money."), ("RiverRat", "About time!! My house flooded twice."),
        ("Sandy_B", "Who is going to pay for it?")]
    assert all(article.raw[c.start:c.end] == c.text for c in article.comments)


def test_a_one_line_comment_runs_on_over_the_lines_below_it():
    article = clean("Council approves flood wall", LEDE, "Comments", "Jane Doe says: Waste of money.",
                    "They always overspend.", "bob_1962", "About time.")
    assert [(c.author, c.text) for c in article.comments] == [
        ("Jane Doe", "Waste of money. They always overspend."), ("bob_1962", "About time.")]


def test_a_label_after_the_header_opens_no_comment():
    article = clean("Council approves flood wall", LEDE, "Comments", "Update: The council met again on Friday.")
    assert not article.comments
    assert "Update: The council met again on Friday." in [s.text for s in article.sentences]


def test_score_by_sentence_reads_one_line_comments_as_readers(tmp_path):
    page = tmp_path / "101.txt"
    page.write_text("\n".join(("Council approves flood wall", LEDE, SECOND, "Comments (2)",
                               "jdoe42: Waste of money. They always overspend.", "RiverRat: About time!!")) + "\n",
                    encoding="utf-8")
    result = CliRunner().invoke(main, ["--corpus", str(tmp_path), "score", "101", "--by", "sentence",
                                       "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)["sentences"]
    assert [r["text"] for r in rows if r["comment"] is None] == [LEDE_BODY, SECOND]
    waste = [r for r in rows if "Waste of money" in r["text"]]
    assert waste and all(r["comment"] is not None for r in waste)


def test_a_colon_inside_a_comment_opens_no_new_comment():
    article = clean("Council approves flood wall", LEDE, SECOND, "Comments (2)", "jdoe42: Waste of money.",
                    "Bottom line: he must go.", "RiverRat: About time!!")
    assert [(c.author, c.text) for c in article.comments] == [
        ("jdoe42", "Waste of money. Bottom line: he must go."), ("RiverRat", "About time!!")]


def test_an_author_with_an_initial_over_a_date_opens_each_comment():
    article = clean("Nurses strike", "Nurses walked out.", "Comments (2)", "Laura B.", "Nov 3, 2023",
                    "Good for them.", "Mike T.", "Nov 3, 2023", "Shameful.")
    assert [s.text for s in article.sentences] == ["Nurses walked out."]
    assert [(c.author, c.text) for c in article.comments] == [("Laura B.", "Good for them."), ("Mike T.", "Shameful.")]


def test_a_sort_control_opens_the_thread_or_belongs_to_it():
    for header in (("Sort by: Newest",), ("12 Comments", "Sort by: Newest"), ("Join the conversation",)):
        article = clean("Nurses strike", "Nurses walked out.", *header, "Laura B.", "Nov 3, 2023",
                        "Good for them.", "Mike T.", "Nov 3, 2023", "Shameful.")
        assert [s.text for s in article.sentences] == ["Nurses walked out."], header
        assert [c.author for c in article.comments] == ["Laura B.", "Mike T."], header
    article = clean("Shoppers compare prices", "Prices rose again.", "Sort by: Price", "Milk", "Bread costs more.")
    assert not article.comments


def test_score_by_sentence_scores_each_comment_without_its_author(tmp_path):
    (tmp_path / "a.txt").write_text("Nurses strike\n\nNurses walked out.\n\nSort by: Newest\nLaura B.\n"
                                    "Nov 3, 2023\nGood for them.\nMike T.\nNov 3, 2023\nShameful.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["--corpus", str(tmp_path), "score", "a", "--by", "sentence",
                                       "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)["sentences"]
    assert [(r["comment"], r["text"]) for r in rows] == [
        (None, "Nurses walked out."), (0, "Good for them."), (1, "Shameful.")]
    assert rows[1]["label"] == "positive" and rows[2]["label"] == "negative"


WORDPRESS = ("Bob Smith says:", "March 3, 2020 at 4:12 pm", "This is a waste of money.", "We voted against it twice.",
             "Reply", "Jane Doe says: March 4, 2020 at 9:01 am", "About time they did something.", "Reply")


def test_wordpress_comments_open_a_thread_without_a_header_and_each_has_its_own_text():
    article = clean("Council approves flood wall", LEDE, SECOND, *WORDPRESS, "Leave a Reply")
    assert [s.text for s in article.sentences] == [LEDE_BODY, SECOND]
    assert [(c.author, c.text) for c in article.comments] == [
        ("Bob Smith", "This is a waste of money. We voted against it twice."),
        ("Jane Doe", "About time they did something.")]
    assert article.raw[article.comments[1].start:article.comments[1].end] == "About time they did something."
    stamps = [r for r in article.removed if r.reason == "timestamp"]
    assert [r.text for r in stamps] == ["March 3, 2020 at 4:12 pm", "March 4, 2020 at 9:01 am"]
    assert all(article.raw[r.start:r.end] == r.text for r in stamps)


def test_wordpress_comments_under_a_header_keep_the_date_out_of_the_text():
    article = clean("Council approves flood wall", LEDE, "2 Responses", *WORDPRESS)
    assert [c.text for c in article.comments] == ["This is a waste of money. We voted against it twice.",
                                                  "About time they did something."]


def test_a_sentence_ending_in_says_with_no_date_under_it_stays_in_the_body():
    quote = "The mayor's letter says:"
    article = clean("Council approves flood wall", LEDE, quote, "The wall will be finished by 2026.")
    assert not article.comments and quote in [s.text for s in article.sentences]
    lower = clean("Council approves flood wall", LEDE, "the council says:", "March 3, 2020 at 4:12 pm", SECOND)
    assert not lower.comments
