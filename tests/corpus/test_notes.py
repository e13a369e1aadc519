"""Lines about the article rather than of it: corrections, editor's notes, contributors' credits, contact lines
and the author's bio are set aside with their reason; sentences that only look alike stay in the body."""

import pytest

from mediadiff.corpus.cleaning import clean_text
from mediadiff.corpus.notes import is_author_bio, note_kind

LEDE = "The Main Street bridge was closed on Monday after inspectors found cracks in two of its supports."
SECOND = "Drivers were told to use the Oak Avenue crossing, which adds about ten minutes to the commute."


def clean(*lines):
    return clean_text("\n".join(lines) + "\n", article_id="x", path="x.txt")


def reasons(article):
    return {r.text: r.reason for r in article.removed}


@pytest.mark.parametrize(("line", "reason"), [
    ("Correction: An earlier version of this article misspelled the mayor's name.", "correction"),
    ("CLARIFICATION: The first sentence has been clarified.", "correction"),
    ("Editor's note: An earlier version of this story misstated the bridge's age.", "editors-note"),
    ("This story has been updated.", "editors-note"),
    ("This post has been updated with comments from the campaign.", "editors-note"),
    ("Jane Doe and John Roe contributed reporting from Paris.", "credit"),
    ("Contact Jane Doe at jdoe@example.com.", "contact"),
    ("Write to Jane Doe at jane.doe@wsj.com", "contact"),
    ("Reporter Kevin O'Brien can be reached at kobrien@ohioledger.com. Follow him on Twitter @kobrien.",
     "contact"),
    ("Follow Pam Key on Twitter @pamkeyNEN.", "contact"),
    ('"Follow Pam Key on Twitter @pamkeyNEN."', "contact"),
    ("Jane Doe is a columnist. Follow her on Twitter: @janedoe.", "contact"),
    ("Feedback? Email us at desk@example.com.", "contact"),
])
def test_notes_about_the_article_are_named(line, reason):
    assert note_kind(line) == (reason, None)


def test_an_agency_that_contributed_is_the_wire():
    assert note_kind("The Associated Press contributed to this report.") == ("wire-credit", "Associated Press")
    article = clean("Bridge closed after inspectors find cracks", LEDE, SECOND,
                    "The Associated Press contributed to this report.")
    assert article.wire == "Associated Press" and [s.text for s in article.sentences] == [LEDE, SECOND]


@pytest.mark.parametrize(("line", "wire"), [
    ("Jane Doe in Paris contributed reporting.", None),
    ("Jane Doe in Paris and John Roe in New York contributed reporting.", None),
    ("Associated Press writer John Roe in Chicago contributed to this report.", "Associated Press"),
    ("Associated Press writers John Roe in Chicago and Ann Poe contributed to this report.", "Associated Press"),
])
def test_a_contributor_where_they_reported_and_an_agency_writer_are_a_credit(line, wire):
    assert note_kind(line) == ("credit", wire)
    article = clean("Bridge closed after inspectors find cracks", LEDE, SECOND, line)
    assert article.wire == wire and article.authors == () and [s.text for s in article.sentences] == [LEDE, SECOND]


@pytest.mark.parametrize("line", [
    "Anyone with information can call police at 555-0100, the sheriff said.",
    "Anyone with information is asked to contact Crime Stoppers at 1-800-222-8477.",
    "Residents who need help can contact FEMA at 1-800-621-3362",
    "Contact Crime Stoppers at 1-800-222-8477.",
    "The hackers sent the messages from evil@example.com, investigators said.",
    "Corrections officers found the inmate in his cell on Tuesday.",
    "Three agencies contributed money to the rebuilding fund.",
    "Exxon, Chevron and BP contributed to the fund in Houston.",
    "The update was published on Tuesday.",
])
def test_sentences_that_only_look_like_notes_stay(line):
    assert note_kind(line) is None


def test_the_bio_that_ends_a_story_is_set_aside_but_not_inside_it():
    bio = "Jane Doe is a reporter covering city hall for the Herald. She can be reached at 555-0100."
    article = clean("Bridge closed", "By Jane Doe", LEDE, "Smith is a reporter who first wrote about the cracks.",
                    SECOND, bio,
                    "We may earn a commission when you buy through links on our site.")
    assert reasons(article)[bio] == "author-bio"
    assert "Smith is a reporter who first wrote about the cracks." in [s.text for s in article.sentences]
    assert not is_author_bio("Smith is the mayor of Riverside.", ["Jane Smith"])


def test_a_bio_names_an_author_of_the_article():
    fact = "Lieber is a professor at Harvard University and chair of its chemistry department."
    beat = "Maria Lopez covers city government for the Herald."
    article = clean("Professor charged", LEDE, SECOND, fact)
    assert fact in [s.text for s in article.sentences]
    article = clean("Bridge closed", "By Maria Lopez", LEDE, SECOND, beat)
    assert reasons(article)[beat] == "author-bio"
    assert beat in [s.text for s in clean("Bridge closed", LEDE, SECOND, beat).sentences]
    assert is_author_bio("Ms. Lopez is a staff writer for the Herald.", ["Maria Lopez"])
    assert not is_author_bio("Lieber is a professor at Harvard.", ["Jane Doe"])


def test_without_a_byline_a_bio_names_someone_the_story_never_named():
    bio = "John Roe is a lecturer in political science at Yale and a contributing writer at the Monthly."
    assert reasons(clean("Trade and jobs", LEDE, SECOND, bio))[bio] == "author-bio"
    named = clean("Trade and jobs", LEDE, "Roe, who teaches at Yale, disagreed.", SECOND, bio)
    assert bio in [s.text for s in named.sentences]


def test_a_correction_label_heads_the_correction_to_the_end():
    article = clean("Bridge closed", LEDE, SECOND, "CORRECTION:", "Because of an editing error, an article on "
                    "Monday misstated the bridge's age.", "Tuesday, May 3, 2016.")
    assert [s.text for s in article.sentences] == [LEDE, SECOND]
    assert set(reasons(article).values()) == {"headline", "correction"}


def test_a_correction_label_over_the_rest_of_a_story_heads_a_section():
    prisons = "The plan would close three more state prisons. The guards' union called the closures reckless."
    health = "Medicaid spending would grow 4 percent. Hospitals said the increase falls short of rising costs."
    article = clean("Budget unveiled", LEDE, "Corrections", prisons, "Health", health)
    assert [s.text for s in article.sentences][-4:] == [*prisons.replace(". ", ".|").split("|"),
                                                       *health.replace(". ", ".|").split("|")]


def test_a_correction_label_before_another_story_heads_its_paragraph_only():
    fix = "Because of an editing error, an article on Monday misstated the age of the bridge on Main Street."
    article = clean("Bridge closed", LEDE, "CORRECTION:", "As published in the Herald.", fix, "Council votes",
                    SECOND, "The vote was 5 to 2 after a long debate.", "The measure takes effect in May.")
    assert reasons(article)[fix] == "correction"
    assert [s.text for s in article.sentences][-2:] == ["The vote was 5 to 2 after a long debate.",
                                                       "The measure takes effect in May."]


def test_furniture_of_fundraising_and_affiliate_notices():
    lines = ("Our journalism needs your support. Please subscribe today.",
             "We may earn a commission when you buy through links on our site.",
             "Get the latest news delivered to your inbox every morning.", "Have a news tip?")
    article = clean("Bridge closed", LEDE, *lines, "Have a news tip? Email us at tips@x.com.", SECOND)
    assert [s.text for s in article.sentences] == [LEDE, SECOND]
    assert all(reasons(article)[line] == "page-furniture" for line in lines)
    assert reasons(article)["Have a news tip? Email us at tips@x.com."] == "contact"


def test_a_row_of_share_buttons_under_its_label_is_furniture():
    article = clean("Bridge closed", LEDE, "Share this article: Facebook Twitter Email", SECOND)
    assert reasons(article)["Share this article: Facebook Twitter Email"] == "page-furniture"


def test_a_huge_line_is_read_in_no_time():
    for line in ("1" * 200_000, "A" * 200_000 + " is a reporter."):
        assert note_kind(line) is None and not is_author_bio(line)


def test_an_appeal_by_the_police_ending_a_story_stays_in_it():
    appeal = "Anyone with information is asked to contact Crime Stoppers at 1-800-222-8477."
    article = clean("Bridge closed", LEDE, SECOND, appeal)
    assert [s.text for s in article.sentences] == [LEDE, SECOND, appeal]


def test_a_line_that_reports_speech_is_no_contact_line():
    for line in ("Families who need help can email Catholic Charities at help@cc.org, the agency said.",
                 "Email Catholic Charities at help@cc.org, the agency said.",
                 "Residents can reach him at 555-222-1234, according to the mayor."):
        assert note_kind(line) is None
        assert line in [s.text for s in clean("Bridge closed", LEDE, SECOND, line).sentences]
    assert note_kind("Write to Jane Doe at jdoe@wsj.com") == ("contact", None)


def test_a_bare_credit_is_set_aside_at_the_end_of_a_story_only():
    inside = "Exxon, Chevron and BP contributed."
    article = clean("Bridge closed", LEDE, inside, SECOND, "Smith, Jones and Brown contributed.")
    assert inside in [s.text for s in article.sentences]
    assert reasons(article)["Smith, Jones and Brown contributed."] == "credit"
    assert note_kind("Smith, Jones and Brown contributed.") is None
    assert note_kind("Smith and Jones contributed reporting.") == ("credit", None)
