"""An article exported from a news archive: the archive's labels and fields are set aside, its headline is the title."""

from click.testing import CliRunner

from mediadiff.cli import main
from mediadiff.corpus.cleaning import clean_text
from mediadiff.corpus.exports import is_export_label

ABSTRACT = "The idea of a fundamental overhaul faces an uncertain future regardless of who controls Congress."
LEDE = "From a distance, tax reform reflects the shimmering frontier of American economic policy."
SECOND = "Up close, however, the picture dims."


def clean(*lines):
    return clean_text("\n\n".join(lines) + "\n", article_id="x", path="x.txt")


def test_a_proquest_record_keeps_its_text_and_gives_its_headline_as_the_title():
    article = clean("Tax overhaul remains a distant goal.", "ABSTRACT.", ABSTRACT, "FULL TEXT.", LEDE, SECOND)
    assert article.title == "Tax overhaul remains a distant goal"
    assert [s.text for s in article.sentences] == [ABSTRACT, LEDE, SECOND]
    assert [(r.reason, r.text) for r in article.removed] == [
        ("headline", "Tax overhaul remains a distant goal."), ("export-label", "ABSTRACT."),
        ("export-label", "FULL TEXT.")]


def test_labels_and_fields_of_archives_are_recognised_and_prose_is_not():
    for line in ("ABSTRACT.", "FULL TEXT.", "Full text:", "Abstract:", "BODY:", "LENGTH: 812 words",
                 "LOAD-DATE: September 9, 2016", "LANGUAGE: ENGLISH", "SECTION: Section A; Column 0; Pg. 1"):
        assert is_export_label(line), line
    for line in ("The full text of the bill runs to 900 pages.", "Length: the bill runs to 900 pages.",
                 "WALLACE: Let's start with the debate.", "Abstract art sold well.", "TRUMP: We will win."):
        assert not is_export_label(line), line


def test_a_first_line_over_no_label_is_not_taken_for_a_headline():
    article = clean(LEDE, SECOND)
    assert article.title is None and [s.text for s in article.sentences] == [LEDE, SECOND]


def test_show_lists_the_export_labels_as_set_aside(tmp_path):
    path = tmp_path / "nyt_tax.txt"
    path.write_text("\n\n".join(("Tax overhaul remains a distant goal.", "ABSTRACT.", ABSTRACT, "FULL TEXT.",
                                 LEDE, SECOND)) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["show", str(path)])
    assert result.exit_code == 0, result.output
    assert "export-label" in result.output and "Tax overhaul remains a distant goal." in result.output


RECORD = ("Tax overhaul remains a distant goal", "Author: Doe, Jane", f"Abstract: {ABSTRACT}",
          f"Full text: {LEDE}", SECOND, "Subject: Taxation; Congress", "Publication title: New York Times",
          "Publication date: Feb 3, 2016", "Publisher: New York Times Company", "ProQuest document ID: 1762251234",
          "Copyright: Copyright New York Times Company Feb 3, 2016")


def test_a_proquest_record_sets_its_fields_aside_and_dates_the_article():
    article = clean(*RECORD)
    assert article.title == "Tax overhaul remains a distant goal"
    assert [s.text for s in article.sentences] == [ABSTRACT, LEDE, SECOND]
    assert [r.text for r in article.removed if r.reason == "export-label"] == [
        "Author: Doe, Jane", "Abstract:", "Full text:", "Subject: Taxation; Congress",
        "Publication title: New York Times", "Publication date: Feb 3, 2016", "Publisher: New York Times Company",
        "ProQuest document ID: 1762251234"]
    assert article.published == "2016-02-03" and article.metadata_source["published"] == "export field"
    assert article.outlet == "The New York Times"
    assert all(article.raw[r.start:r.end] == r.text for r in article.removed)


def test_a_label_prose_may_use_is_a_field_only_in_a_record():
    subject = "Subject: the council's budget, which the mayor said would pass."
    article = clean(LEDE, subject, "Publication title: New York Times")
    assert subject in [s.text for s in article.sentences]
