"""Text pasted from a news site: what the page adds around the article is set aside with its reason."""

import json

import pytest
from click.testing import CliRunner

from mediadiff.cli import main
from mediadiff.corpus.cleaning import clean_text
from mediadiff.corpus.furniture import comment_header, is_byline, is_furniture

LEDE = "Washington (CNN) — The Federal Reserve held interest rates steady on Wednesday."
LEDE_BODY = LEDE.split(" — ", 1)[1]  # the dateline before it is set aside
SECOND = "The decision keeps the benchmark rate in a range of 5.25% to 5.5%."


def article(*lines):
    return clean_text("\n".join(lines) + "\n", article_id="x", path="-")


def body(result):
    return [s.text for s in result.sentences]


def reason_of(result, text):
    return [r.reason for r in result.removed if r.text == text]


# --- reader comments -------------------------------------------------------------------------------

THREAD = ("bob_1962 · 2h ago", "Powell is a disaster. Cut rates now!", "Reply · 12 likes",
          "maria_k · 1h ago", "Finally some sanity from the Fed.", "Load more comments")


def test_comment_headers_of_many_sites_open_the_thread():
    for header in ("Comments (3)", "3 comments", "Comments", "Join the conversation", "Reader comments",
                   "Show comments", "Conversation (12)", "COMMENTS: 2", "View all 12 comments", "3 Comments",
                   "Top Comments", "Most Recent Comments", "Readers' comments", "Readers’ Comments", "Conversation",
                   "Newest comments (2)"):
        result = article("Fed holds rates steady", LEDE, SECOND, header, *THREAD)
        assert body(result) == [LEDE_BODY, SECOND], header
        assert [(c.author, c.text) for c in result.comments] == [
            ("bob_1962", "Powell is a disaster. Cut rates now!"), ("maria_k", "Finally some sanity from the Fed.")]
        assert reason_of(result, header) == ["comment-header"]
        assert reason_of(result, "Reply · 12 likes") == reason_of(result, "Load more comments") == ["comment-control"]


def test_a_comments_button_before_the_body_is_no_thread():
    result = article("Fed holds rates steady", "3 Comments", "Fed chair speaks", LEDE, SECOND)
    assert body(result) == [LEDE_BODY, SECOND] and not result.comments
    assert reason_of(result, "Fed chair speaks") == ["subhead"]


def test_a_heading_that_only_contains_the_word_is_no_comments_header():
    result = article("Fed holds rates steady", LEDE, "Comments from the chair", SECOND)
    assert body(result) == [LEDE_BODY, SECOND] and not result.comments
    assert reason_of(result, "Comments from the chair") == ["subhead"]


# --- captions and credits --------------------------------------------------------------------------

def test_captions_and_photo_credits_are_set_aside():
    captions = ("Jerome Powell speaks in Washington, DC, on June 12, 2024. Chip Somodevilla/Getty Images",
                "Scott Olson via Getty Images.", "Jerome Powell at a press conference. (AP Photo/Evan Vucci)",
                "Photo: Reuters", "Image: A trader on the floor of the exchange.", "Credit: Jane Doe/EPA",
                "Senator Chuck Schumer at the Capitol on Thursday.Credit...Stefani Reynolds for The New York Times",
                "Jim Urquhart / Reuters.")
    result = article("Fed holds rates steady", LEDE, *captions, SECOND)
    assert body(result) == [LEDE_BODY, SECOND]
    for caption in captions:
        assert reason_of(result, caption) == ["caption"], caption


def test_a_sentence_that_names_an_agency_stays_in_the_body():
    kept = ("The agency licensed the photos via Getty Images.", "The image was first published by Reuters.",
            "He said the picture, taken by Jane Doe, was real (it ran in the AP Photo archive).")
    assert body(article("Fed holds rates steady", *kept)) == list(kept)


# --- page furniture --------------------------------------------------------------------------------

def test_page_furniture_is_set_aside():
    furniture = ("Advertisement", "ADVERTISEMENT", "Read more: What the Fed's decision means for your mortgage",
                 "Skip to content", "Share this article", "Facebook Twitter Email", "Related: Stocks rally",
                 "Sign up for our newsletter", "Sign up for The Morning newsletter from the New York Times",
                 "Order Reprints | Today's Paper | Subscribe", "We use cookies to improve your experience.",
                 "CLICK HERE TO GET THE FOX NEWS APP", "GET FOX BUSINESS ON THE GO BY CLICKING HERE",
                 "A version of this article appears in print on Oct. 1, 2021, Section A, Page 1 of the New York "
                 "edition with the headline: Senate Passes Stopgap Bill. Order Reprints | Today’s Paper | Subscribe")
    result = article("Fed holds rates steady", LEDE, *furniture, SECOND)
    assert body(result) == [LEDE_BODY, SECOND]
    for line in furniture:
        assert reason_of(result, line) == ["page-furniture"], line


def test_furniture_words_inside_a_sentence_stay():
    kept = ("Officials urged voters to read more about the plan before signing up.",
            "Sign up for health insurance by Dec. 15, officials urged.",
            "Advertisement spending rose 4% in the quarter, the company said.")
    assert body(article("Fed holds rates steady", *kept)) == list(kept)


def test_furniture_on_the_first_line_is_not_the_title():
    result = article("Skip to main content", "Fed holds rates steady", LEDE)
    assert result.title == "Fed holds rates steady"
    result = article("Open Menu", "Search", "Sign In | Subscribe", "Fed holds rates steady", LEDE)
    assert result.title == "Fed holds rates steady"
    assert reason_of(result, "Sign In | Subscribe") == ["page-furniture"]


# --- dates, time stamps and bylines -----------------------------------------------------------------

def test_a_date_line_gives_the_date_and_a_byline_is_a_byline():
    result = article("Fed holds rates steady", "By Jane Doe and John Smith, CNN",
                     "Updated 3:45 PM EDT, Wed June 12, 2024", LEDE)
    assert result.published == "2024-06-12" and body(result) == [LEDE_BODY]
    assert reason_of(result, "By Jane Doe and John Smith, CNN") == ["byline"]
    assert reason_of(result, "Updated 3:45 PM EDT, Wed June 12, 2024") == ["timestamp"]


def test_the_published_date_wins_over_the_updated_one():
    for line, day in (("Published June 12, 2024 2:00pm EDT | Updated June 13, 2024 4:10pm EDT", "2024-06-12"),
                      ("Updated June 13, 2024 | First published June 12, 2024", "2024-06-12"),
                      ("Sept. 30, 2021", "2021-09-30"), ("Wed 12 Jun 2024 15.45 BST", "2024-06-12")):
        assert article("Fed holds rates steady", line, LEDE).published == day, line


def test_a_line_that_is_only_a_date_is_a_time_stamp_never_the_title():
    # A blog's post stamp without its year over a Title Case headline that ends in "!".
    result = article("APR 28", "Obama Administration Restores Endangered Species Act Protections!", LEDE)
    assert result.title == "Obama Administration Restores Endangered Species Act Protections!"
    assert reason_of(result, "APR 28") == ["timestamp"] and body(result) == [LEDE_BODY]
    # A headline ending in an abbreviation's full stop, over the page's "Posted on" stamp (a clock time split
    # after its colon, as copied from the page).
    result = article("Colts clinch playoff berth with 20-13 win in K. C.",
                     "Posted on December 23, 2012, 4: 42 PM EDT", LEDE)
    assert result.title == "Colts clinch playoff berth with 20-13 win in K. C."
    assert result.published == "2012-12-23" and body(result) == [LEDE_BODY]
    for line in ("28 April", "Sept. 4", "May 2, 2013 | 5: 03pm"):
        result = article(line, "Fed holds rates steady", LEDE)
        assert result.title == "Fed holds rates steady" and reason_of(result, line) == ["timestamp"], line


def test_a_date_inside_a_line_of_words_is_no_time_stamp():
    kept = "April 28 protests drew thousands, police said."
    assert body(article("Fed holds rates steady", LEDE, kept)) == [LEDE_BODY, kept]
    assert article("May 5 vote looms for Fed", LEDE).title == "May 5 vote looms for Fed"


def test_a_live_blog_time_stamp_is_no_sentence():
    result = article("The latest on the race", "6:05 p.m.", LEDE, "2:05 p.m. ET", "Updated 2 hours ago", SECOND)
    assert body(result) == [LEDE_BODY, SECOND] and result.published is None
    assert reason_of(result, "6:05 p.m.") == reason_of(result, "2:05 p.m. ET") == ["timestamp"]
    assert reason_of(result, "Updated 2 hours ago") == ["timestamp"]


def test_a_date_after_the_body_dates_no_article():
    result = article("Fed holds rates steady", LEDE, "Saturday, December 19, 2015.")
    assert result.published is None and body(result) == [LEDE_BODY]


def test_a_sentence_with_a_date_or_time_stays():
    kept = ("The vote is set for June 12, 2024.", "Polls close at 8 p.m. ET on Tuesday.", "He left 2 hours ago.")
    result = article("Fed holds rates steady", *kept)
    assert body(result) == list(kept) and result.published is None


def test_bylines_and_headings_that_open_with_by():
    result = article("By Any Means Necessary", "By Megan Henney | FOXBusiness", "By the numbers", LEDE)
    assert result.title == "By Any Means Necessary"
    assert reason_of(result, "By Megan Henney | FOXBusiness") == ["byline"]
    assert reason_of(result, "By the numbers") == ["subhead"]


def test_show_lists_what_a_pasted_page_set_aside(tmp_path):
    page = tmp_path / "cnn_paste.txt"
    page.write_text("\n".join(("Fed holds rates steady", "By Jane Doe, CNN", "Updated 3:45 PM EDT, Wed June 12, 2024",
                               "Advertisement", LEDE, "Federal Reserve Chair Jerome Powell speaks. Chip "
                               "Somodevilla/Getty Images", SECOND, "Comments (2)", *THREAD)), encoding="utf-8")
    result = CliRunner().invoke(main, ["show", str(page), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [s["text"] for s in data["body"]] == [LEDE_BODY, SECOND]
    assert {r["reason"] for r in data["removed"]} >= {"byline", "timestamp", "page-furniture", "caption",
                                                     "comment-header", "comment-control"}
    assert [c["author"] for c in data["comments"]] == ["bob_1962", "maria_k"]


def test_a_wordpress_thread_with_says_lines_and_comment_dates():
    result = article("Fed holds rates steady", LEDE, "2 thoughts on “Fed holds rates steady”", "John Smith says:",
                     "June 12, 2024 at 3:45 pm", "Great news for savers.", "Reply", "Mary Roe says:",
                     "June 12, 2024 at 4:00 pm", "Not for borrowers.", "Reply", "Leave a Reply Cancel reply")
    assert body(result) == [LEDE_BODY] and result.published is None
    assert [(c.author, c.text) for c in result.comments] == [("John Smith", "Great news for savers."),
                                                             ("Mary Roe", "Not for borrowers.")]
    assert reason_of(result, "June 12, 2024 at 3:45 pm") == ["timestamp"]
    assert reason_of(result, "Leave a Reply Cancel reply") == ["page-furniture"]


def test_a_labelled_iso_time_stamp_names_no_section():
    result = article("Fed holds rates steady", "Published: 2024-06-12T10:00:00Z", LEDE)
    assert result.published == "2024-06-12T10:00:00Z" and result.sections == ()
    assert article("Fed holds rates steady", "Politics | 2024-06-12", LEDE).sections == ("Politics",)


def test_credit_lines_reading_times_and_republication_notes():
    captions = ("Getty Images", "(Getty Images)", "AP Photo/Evan Vucci", "Jane Doe/AFP via Getty Images",
                "REUTERS/Kevin Lamarque",
                "Image source, Getty Images", "Image caption, Jerome Powell speaks after the meeting")
    furniture = ("5 min read", "This article was originally published on The Conversation.")
    result = article("Fed holds rates steady", LEDE, *captions, *furniture, "Reuters", SECOND)
    assert body(result) == [LEDE_BODY, SECOND]
    for line in captions:
        assert reason_of(result, line) == ["caption"], line
    for line in furniture:
        assert reason_of(result, line) == ["page-furniture"], line
    assert reason_of(result, "Reuters") == ["subhead"]  # a bare agency may be a byline: no caption


@pytest.mark.parametrize("line", [
    "Register to vote by email before Friday, officials said.",
    "Get this: the alert never went out, she said.",
])
def test_a_sentence_that_reports_is_never_a_sign_up_prompt(line):
    assert not is_furniture(line)


@pytest.mark.parametrize("line", ["Sign up for updates", "Subscribe to our daily briefing", "Sign up for alerts."])
def test_sign_up_prompts_with_plural_words_are_furniture(line):
    assert is_furniture(line)


def test_a_subhead_opening_with_by_and_a_determiner_is_no_byline():
    assert not is_byline("By The Numbers") and not is_byline("By Any Means Necessary")
    assert is_byline("By Jane Doe and John Roe")


def test_prose_shaped_like_a_wordpress_header_stays_in_the_body():
    assert comment_header('One response to "Obamacare repeal" came from governors, who said the cuts went too far.') \
        is None
    assert comment_header("3 thoughts on “Fed holds rates”") == 3


# --- a caption on its own line above its credit ------------------------------------------------------

CAPTION = "Protesters gather outside the presidential palace in Lima on Tuesday."


def test_a_caption_above_a_labelled_credit_is_a_caption():
    for credit in ("Photo: AP", "Credit...Doug Mills/The New York Times", "Photograph: Martin Mejia/Reuters"):
        result = article("Fed holds rates steady", LEDE, CAPTION, credit, SECOND)
        assert body(result) == [LEDE_BODY, SECOND], credit
        assert reason_of(result, CAPTION) == ["caption"] and reason_of(result, credit) == ["caption"]


def test_a_caption_touching_a_bare_credit_in_its_own_block_is_a_caption():
    text = f"Fed holds rates steady\n\n{LEDE}\n\n{CAPTION}\nChip Somodevilla/Getty Images\n\n{SECOND}\n"
    result = clean_text(text, article_id="x", path="-")
    assert body(result) == [LEDE_BODY, SECOND] and reason_of(result, CAPTION) == ["caption"]


def test_body_text_above_a_credit_stays_in_the_body():
    # HuffPost's layout (PolNeAR): the credit stands alone between blank lines, its caption under it; the line
    # above ends a paragraph glued to the one before.
    glued = "Angela Corey is the state attorney who charged Zimmerman with second-degree murder."
    text = (f"Fed holds rates steady\n\n{LEDE}\n{glued}\n\nHandout/Reuters.\n\n{CAPTION}\n\n{SECOND}\n")
    assert glued in body(clean_text(text, article_id="x", path="-"))
    # A bare credit standing alone between blank lines belongs to no line above it.
    text = f"Fed holds rates steady\n\n{LEDE}\n\n{CAPTION}\n\nGetty Images\n\n{SECOND}\n"
    assert CAPTION in body(clean_text(text, article_id="x", path="-"))


def test_a_caption_over_a_bare_credit_in_a_text_without_blank_lines_is_a_caption():
    # Every line touches its neighbours: the photo's caption over its credit, as agencies and papers print them.
    said = '"We will act if the data call for it," Powell told reporters.'
    for credit in ("Jane Doe/Reuters", "Getty Images", "AP Photo/Evan Vucci", "Jane Doe/AFP via Getty Images"):
        result = article("Fed holds rates steady", LEDE, CAPTION, credit, said)
        assert body(result) == [LEDE_BODY, said], credit
        assert reason_of(result, CAPTION) == ["caption"] and reason_of(result, credit) == ["caption"]
    # When the line under the credit reads as a caption too, the credit may be that one's: the line above is
    # kept, since a sentence of the story lost is worse than a caption kept.
    result = article("Fed holds rates steady", LEDE, CAPTION, "AP Photo/Evan Vucci", SECOND)
    assert body(result) == [LEDE_BODY, CAPTION, SECOND]
    # A line that narrates is no caption there either: the credit alone is set aside.
    story = "Residents have waited a decade for relief from floods."
    result = article("Fed holds rates steady", LEDE, story, "Getty Images", SECOND)
    assert body(result) == [LEDE_BODY, story, SECOND] and reason_of(result, "Getty Images") == ["caption"]


@pytest.mark.parametrize("line", [
    "“We will not back down,” the protesters chanted outside the palace.",  # a quotation
    "He did not elaborate.",  # refers back: a caption stands alone
    "The march was peaceful, police said.",  # reports
    "LIMA, Peru (AP) — Thousands of protesters marched on the presidential palace on Tuesday.",  # a dateline
    "Thousands marched on Tuesday. The police watched. Nobody was hurt.",  # three sentences
    "Residents have waited a decade for relief from floods.",  # the perfect: no moment a photo shows
    "The state will pay half of the cost.",  # the future
    " ".join(["Thousands of protesters marched through the city centre on Tuesday"] * 5) + ".",  # too long
])
def test_a_line_that_is_no_caption_stays_above_a_labelled_credit(line):
    result = article("Fed holds rates steady", LEDE, line, "Photo: AP", SECOND)
    assert reason_of(result, line) == [] and reason_of(result, "Photo: AP") == ["caption"]


def test_a_one_sentence_paragraph_touching_a_bare_credit_stays_when_it_narrates():
    story = "Residents have waited a decade for relief from floods."
    text = f"Fed holds rates steady\n\n{LEDE}\n\n{story}\nGetty Images\n\n{SECOND}\n"
    result = clean_text(text, article_id="x", path="-")
    assert body(result) == [LEDE_BODY, story, SECOND] and reason_of(result, "Getty Images") == ["caption"]
    # A caption's second sentence gives the background, in any tense; a name or a month is no modal.
    for caption in (f"{CAPTION} The protests were sparked by the president's ouster.",
                    "Will Smith arrives at the premiere in Los Angeles on May 5, 2024."):
        text = f"Fed holds rates steady\n\n{LEDE}\n\n{caption}\nGetty Images\n\n{SECOND}\n"
        assert reason_of(clean_text(text, article_id="x", path="-"), caption) == ["caption"], caption


def test_the_first_line_above_a_credit_is_never_a_caption():
    result = article("Protesters gather in Lima.", "Photo: AP", LEDE)
    assert reason_of(result, "Protesters gather in Lima.") == []
    assert article("Fed holds rates steady", "Photo: AP", LEDE).title == "Fed holds rates steady"


# --- a page's own lines around the story (pasted pages, corpusfix10) --------------------------------

HEADLINE = "Fed holds rates steady as inflation cools"


@pytest.mark.parametrize(("label", "sections"), [
    ("Politics", ("Politics",)), ("World | Europe", ("World", "Europe")), ("HOME > NEWS > LOCAL", ("NEWS", "LOCAL")),
    ("News › Economy", ("News", "Economy")),
])
def test_the_sections_a_page_names_above_its_headline_are_a_label_and_the_headline_is_below(label, sections):
    result = article(label, HEADLINE, "By Jane Doe", LEDE, SECOND)
    assert (result.title, result.sections) == (HEADLINE, sections)
    assert reason_of(result, label) == ["section-label"]
    assert body(result) == [LEDE_BODY, SECOND]


def test_a_short_headline_over_its_deck_or_byline_is_still_the_headline():
    result = article("Fed holds", "By Jane Doe", LEDE, SECOND)
    assert result.title == "Fed holds" and not result.sections


@pytest.mark.parametrize("line", [
    "Get the day's top stories in your inbox every weekday morning.",
    "Your email address will not be published. Required fields are marked *",
])
def test_a_sign_up_pitch_and_a_comment_forms_notice_are_furniture(line):
    assert is_furniture(line)
    assert line not in body(article(HEADLINE, LEDE, line, SECOND))


def test_a_posted_by_byline_with_its_day_names_its_author():
    assert is_byline("Posted by Sarah Kim | March 12, 2025 at 9:15 am")
    assert article(HEADLINE, "Posted by Sarah Kim | March 12, 2025 at 9:15 am", LEDE, SECOND).authors == ("Sarah Kim",)


def test_show_reads_a_pasted_page_with_a_section_path_a_byline_and_a_sign_up(tmp_path):
    page = ["World | Europe", HEADLINE, "Posted by Sarah Kim | March 12, 2025 at 9:15 am", LEDE,
            "Sign up for our Politics newsletter", "Get the day's top stories in your inbox every weekday morning.",
            SECOND]
    (tmp_path / "page.txt").write_text("\n".join(page) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["show", str(tmp_path / "page.txt")])
    assert result.exit_code == 0, result.output
    head, rest = result.output.split("Body", 1)
    assert HEADLINE in head.splitlines()[0] and "Sarah Kim" in head and "World, Europe" in head
    assert "inbox" not in rest.split("Set aside")[0]


def test_the_line_between_the_headline_and_the_byline_is_the_standfirst():
    standfirst = "The central bank signalled it could cut rates later this year."
    result = article(HEADLINE, standfirst, "By Jane Doe", "Updated 6:14 PM EST, Tue November 18, 2025", LEDE,
                     SECOND)
    assert body(result) == [LEDE_BODY, SECOND]
    assert reason_of(result, standfirst) == ["standfirst"]
    assert (result.title, result.authors, result.published) == (HEADLINE, ("Jane Doe",), "2025-11-18")


def test_a_byline_after_the_story_began_sets_nothing_aside_as_a_standfirst():
    long_lede = "The Federal Reserve held interest rates steady on Wednesday, " + "and officials said " * 10 + "so."
    result = article(HEADLINE, long_lede, "By Jane Doe", SECOND)
    assert body(result) == [long_lede, SECOND]


def test_a_byline_with_the_day_it_was_posted_dates_the_story():
    result = article(HEADLINE, "Posted by Sarah Kim | March 12, 2025 at 9:15 am", LEDE, SECOND)
    assert (result.authors, result.published) == (("Sarah Kim",), "2025-03-12")
    assert article(HEADLINE, "By Sarah Kim | Reuters", LEDE, SECOND).published is None
