"""Who wrote an article: the names in its byline become ``Article.authors``; agencies and roles do not."""

import json
import re
from dataclasses import replace

import pytest
from click.testing import CliRunner

from mediadiff.cli import main
from mediadiff.corpus.bylines import field_authors, read_byline, read_staff_credit
from mediadiff.corpus.cleaning import clean_text

LEDE = "The Federal Reserve held interest rates steady on Wednesday."


def article(*lines):
    return clean_text("\n".join(lines) + "\n", article_id="x", path="-")


@pytest.mark.parametrize(("line", "authors"), [
    ("By Jane Doe", ("Jane Doe",)),
    ("By Jane Doe and John Roe", ("Jane Doe", "John Roe")),
    ("By Jane Doe, John Roe and Ann Poe", ("Jane Doe", "John Roe", "Ann Poe")),
    ("By Jane Doe & John Roe", ("Jane Doe", "John Roe")),
    ("By Jane Doe | Staff Writer", ("Jane Doe",)),
    ("By Jane Doe, Chief Political Correspondent, CNN", ("Jane Doe",)),
    ("By Megan Henney | FOXBusiness", ("Megan Henney",)),
    ("By Jane Doe of The Washington Post", ("Jane Doe",)),
    ("By Jane Doe, New York Times", ("Jane Doe",)),
    ("Written by Juan Ramón de la Fuente", ("Juan Ramón de la Fuente",)),
    ("BYLINE: Amber Phillips.", ("Amber Phillips",)),
    ("BY JANE DOE AND JOHN O'NEILL", ("Jane Doe", "John O'Neill")),
    ("BY JUAN DE LA CRUZ AND AL GORE", ("Juan de la Cruz", "Al Gore")),
    ("By J.K. Rowling", ("J.K. Rowling",)),
])
def test_the_people_a_byline_names(line, authors):
    assert read_byline(line).authors == authors


@pytest.mark.parametrize(("line", "authors", "wire"), [
    ("By Jane Doe and John Roe, Reuters", ("Jane Doe", "John Roe"), "Reuters"),
    ("Jane Doe and John Roe, Reuters", ("Jane Doe", "John Roe"), "Reuters"),
    ("By JANE DOE, AP Business Writer", ("Jane Doe",), "AP"),
    ("By The Associated Press", (), "Associated Press"),
    ("By Reuters", (), "Reuters"),
    ("By Jane Doe, CNN", ("Jane Doe",), None),  # an outlet: no author, no wire
])
def test_an_agency_in_a_byline_is_the_wire_credit_not_an_author(line, authors, wire):
    assert read_byline(line) == (read_byline(line).__class__(authors, wire))


def test_a_byline_of_an_agency_alone_credits_the_wire():
    for line, wire in (("By The Associated Press", "Associated Press"), ("BY REUTERS", "Reuters")):
        result = article("Fed holds rates steady", line, LEDE)
        assert [r.reason for r in result.removed if r.text == line] == ["byline"]
        assert result.wire == wire and result.authors == ()


def test_a_place_or_a_desk_after_the_comma_is_no_author():
    assert read_byline("By Jane Doe, Los Angeles").authors == ("Jane Doe",)
    assert read_byline("By Jane Doe and Staff").authors == ("Jane Doe",)
    assert read_byline("By CNN Staff").authors == ()


def test_a_byline_gives_the_article_its_authors_and_wire():
    result = article("Fed holds rates steady", "By Jane Doe and John Roe, Reuters", LEDE)
    assert result.authors == ("Jane Doe", "John Roe")
    assert result.wire == "Reuters"
    assert result.metadata_source["authors"] == "byline line"
    assert [s.text for s in result.sentences] == [LEDE]


def test_a_sentence_that_opens_with_by_names_no_author():
    for line in ("By Tuesday the rain had stopped.", "By the numbers", "By Any Means Necessary"):
        result = article("Fed holds rates steady", line, LEDE)
        assert result.authors == ()


def test_after_the_text_begins_a_heading_with_by_names_no_author_unless_a_first_name_opens_it():
    assert article("Fed holds rates steady", LEDE, "By Election Day").authors == ()
    assert article("Fed holds rates steady", LEDE, "By Jane Doe").authors == ("Jane Doe",)


def test_authors_change_no_comparison_and_no_score():
    import mediadiff

    a = article("Fed holds rates steady", "By Jane Doe", LEDE, "Powell said inflation was easing.")
    b = replace(article("Fed keeps rates", LEDE, "Powell said inflation was slowing, a relief."), id="y")
    renamed = replace(a, authors=("Someone Else",))
    assert mediadiff.compare(a, b).to_dict() == mediadiff.compare(renamed, b).to_dict()
    assert mediadiff.score_article(a).to_dict() == mediadiff.score_article(renamed).to_dict()


def test_show_and_its_json_name_the_authors(tmp_path):
    page = tmp_path / "paste.txt"
    page.write_text("\n".join(("Fed holds rates steady", "By Jane Doe, John Roe and Ann Poe, Reuters", LEDE)),
                    encoding="utf-8")
    runner = CliRunner()
    text = runner.invoke(main, ["show", str(page)])
    assert text.exit_code == 0, text.output
    assert "Jane Doe, John Roe, Ann Poe" in text.output
    shown = runner.invoke(main, ["show", str(page), "--format", "json"])
    assert shown.exit_code == 0, shown.output
    data = json.loads(shown.output)
    assert data["authors"] == ["Jane Doe", "John Roe", "Ann Poe"] and data["wire"] == "Reuters"
    listed = runner.invoke(main, ["list", "--corpus", str(tmp_path), "--format", "csv"])
    assert listed.exit_code == 0, listed.output
    assert "Jane Doe; John Roe; Ann Poe" in listed.output


@pytest.mark.parametrize(("line", "authors"), [
    ("(Reporting by Jane Doe in Washington; Writing by Ann Poe; Editing by Bob Loe.)", ("Jane Doe", "Ann Poe")),
    ("(Reporting by Jason Lange; Additional reporting by Jim Finkle in Boston; Editing by Grant McCool.)",
     ("Jason Lange",)),
    ("(Additional reporting by Jim Finkle in Boston, and Ben Blanchard in BEIJING; Editing by Grant McCool.)", ()),
    ("--additional reporting by Linh Tat.", ()),
    ("Editing by John Roe", ()),
])
def test_an_agency_closing_credit_names_its_reporters_and_writers_not_its_contributors_or_editors(line, authors):
    assert read_staff_credit(line).authors == authors


def test_a_credit_of_additional_reporting_does_not_replace_or_make_the_authors():
    credit = "(Additional reporting by John Roe; Editing by Ann Poe)"
    signed = article("Fed holds rates steady", "By Jane Doe, Special to the Times", LEDE, credit)
    assert signed.authors == ("Jane Doe",)
    assert [(r.reason, r.text) for r in signed.removed if r.reason in ("byline", "credit")] == [
        ("byline", "By Jane Doe, Special to the Times"), ("credit", credit)]
    assert article("Fed holds rates steady", LEDE, credit).authors == ()
    # Reuters' last line names the reporter of a story with no byline.
    assert article("Fed holds rates steady", LEDE, "Reporting by John Roe; Editing by Ann Poe").authors == ("John Roe",)


@pytest.mark.parametrize(("line", "authors"), [
    ("By Jane Doe, Special to the Times", ("Jane Doe",)),
    ("By Jane Doe and John Roe, Special to The Washington Post", ("Jane Doe", "John Roe")),
    ("By The Editorial Board", ("The Editorial Board",)),
    ("By the Editorial Board", ("The Editorial Board",)),
    ("BY THE EDITORIAL BOARD", ("The Editorial Board",)),
    ("By the Times Editorial Board", ("The Times Editorial Board",)),
    ("By the Editors", ("The Editors",)),
    ("Opinion by The Editorial Board", ("The Editorial Board",)),
    ("Analysis by Jane Doe, CNN", ("Jane Doe",)),  # CNN's label
    ("Perspective by Jane Doe", ("Jane Doe",)),  # the Washington Post's
    ("By Jane Doe (CNN)", ("Jane Doe",)),
    ("By Jane Doe · Reuters · 3 min read", ("Jane Doe",)),
])
def test_a_role_after_special_to_and_an_editorial_board_as_the_author(line, authors):
    result = article("Fed holds rates steady", line, LEDE)
    assert result.authors == authors
    assert [r.reason for r in result.removed if r.text == line] == ["byline"]
    assert [s.text for s in result.sentences] == [LEDE]


def test_a_sentence_about_editors_is_no_byline():
    for line in ("By the way, editors said the board would meet.", "Analysis by Goldman Sachs found the plan failed."):
        result = article("Fed holds rates steady", LEDE, line)
        assert result.authors == () and line in [s.text for s in result.sentences]


def test_a_closing_credit_is_set_aside_and_a_sentence_about_reporting_stays():
    credit = "(Reporting by Jane Doe; Editing by John Roe)"
    sentence = "Reporting by the Times showed that the plan had failed."
    result = article("Fed holds rates steady", LEDE, sentence, credit)
    assert [s.text for s in result.sentences] == [LEDE, sentence]
    assert [r.reason for r in result.removed if r.text == credit] == ["credit"]
    assert result.authors == ("Jane Doe",) and result.wire is None  # a reporter is no wire
    assert read_staff_credit("Reporting by Reuters").wire == "Reuters"


# --- authors a file's metadata gives ------------------------------------------------------------------

def test_authors_from_json_fields_front_matter_html_and_the_manifest(tmp_path):
    from mediadiff.corpus.reading import load_corpus

    records = [
        {"id": "j1", "text": LEDE, "authors": ["Jane Doe", "Reuters", {"name": "John Roe"}]},
        {"id": "j2", "text": LEDE + " Powell spoke.", "author": "Jane Doe; John Roe"},
        {"id": "j3", "text": LEDE + " Powell spoke again.", "byline": "By Ann Poe and Bob Loe, AP"},
        {"id": "j4", "text": LEDE + " Powell spoke twice.", "authors": {"bad": 1}},
    ]
    (tmp_path / "a.json").write_text(json.dumps(records), encoding="utf-8")
    (tmp_path / "m.md").write_text(f"---\nauthor: [Ann Poe, Bob Loe]\n---\n{LEDE} Rates held.\n", encoding="utf-8")
    (tmp_path / "h.html").write_text(
        '<html><head><title>Fed holds rates</title><meta name="author" content="Jane Doe; John Roe"></head><body>'
        f"<article><h1>Fed holds rates</h1><p>{LEDE} Its policy committee said so in a statement after a "
        "two-day meeting in Washington.</p><p>Chair Jerome Powell told reporters that inflation was easing but "
        "remained above the two percent target.</p></article></body></html>", encoding="utf-8")
    (tmp_path / "t.txt").write_text(f"Fed holds rates steady\n{LEDE}\n", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("id,authors\nt,Kim Jong; Lee Min\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    authors = {a.id: a.authors for a in corpus}
    assert authors == {"j1": ("Jane Doe", "John Roe"), "j2": ("Jane Doe", "John Roe"), "j3": ("Ann Poe", "Bob Loe"),
                       "j4": (), "m": ("Ann Poe", "Bob Loe"), "h": ("Jane Doe", "John Roe"),
                       "t": ("Kim Jong", "Lee Min")}
    assert corpus["t"].metadata_source["authors"] == "manifest" and "authors" not in corpus["j4"].metadata_source
    assert any("authors should be text or a list of names" in w for w in corpus.warnings)


def test_hostile_authors_stay_text_in_every_output(tmp_path):
    hostile = ['=HYPERLINK("http://x.example") Doe', "<img src=x onerror=alert(1)>",
               "\x1b]0;pwned\x07Eve [x](javascript:alert(1))"]
    records = [{"id": "a1", "title": "Fed holds", "text": LEDE, "authors": hostile},
               {"id": "b2", "title": "Fed keeps", "text": LEDE + " Powell said inflation was easing.", "authors": hostile[::-1]}]
    (tmp_path / "c.json").write_text(json.dumps(records), encoding="utf-8")
    runner = CliRunner()
    listed = runner.invoke(main, ["list", "--corpus", str(tmp_path), "--format", "csv"])
    assert listed.exit_code == 0, listed.output
    assert "'=HYPERLINK" in listed.output and "\n=" not in listed.output and ",=" not in listed.output
    shown = runner.invoke(main, ["show", "a1", "--corpus", str(tmp_path)])
    assert shown.exit_code == 0 and "\x1b" not in shown.output and "\x07" not in shown.output
    out = tmp_path / "report"
    report = runner.invoke(main, ["report", "a1", "b2", "--corpus", str(tmp_path), "--out", str(out)])
    assert report.exit_code == 0, report.output
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "<img src=x" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    markdown = (out / "report.md").read_text(encoding="utf-8")
    assert "<img" not in markdown and not re.search(r"(?<!\\)\]\(javascript:", markdown) and "\x1b" not in markdown


def test_a_sentence_that_opens_like_a_source_credit_stays_in_the_body():
    for line in ("Sources said the talks had stalled.", "Reporting by the Times showed that the plan had failed."):
        result = article("Fed holds rates steady", LEDE, line)
        assert [s.text for s in result.sentences] == [LEDE, line] and result.wire is None
    assert article("Fed holds rates steady", LEDE, "With information from the Associated Press").wire == \
        "the Associated Press"


@pytest.mark.parametrize(("line", "authors", "wire"), [
    ("By JANE DOE Associated Press", ("Jane Doe",), "Associated Press"),
    ("By Jane Doe The Associated Press", ("Jane Doe",), "Associated Press"),
    ("By JANE DOE Associated Press Writer", ("Jane Doe",), "Associated Press"),
    ("By Jane Doe United Press International", ("Jane Doe",), "United Press International"),
    ("By Jane Doe, Chief Political Correspondent", ("Jane Doe",), None),
    ("By Jane Doe The Washington Post", ("Jane Doe",), None),
    ("BY JANE DOE THE NEW YORK TIMES", ("Jane Doe",), None),
    ("By Jane Doe of The Associated Press", ("Jane Doe",), "Associated Press"),
    ("By Jane Doe for Reuters", ("Jane Doe",), "Reuters"),
])
def test_an_agency_written_after_the_name_is_the_wire_not_part_of_the_name(line, authors, wire):
    assert read_byline(line) == read_byline(line).__class__(authors, wire)


def test_an_agency_after_the_name_in_an_article_byline():
    result = article("Storm hits coast", "", "By JANE DOE Associated Press", "", "A storm hit the coast on Monday.")
    assert result.authors == ("Jane Doe",) and result.wire == "Associated Press"


@pytest.mark.parametrize("line", ["By Kevin Sieff, Rio de Janeiro", "By Jane Doe, South Africa",
                                  "By Jane Doe, São Paulo"])
def test_a_place_after_a_comma_is_never_an_author(line):
    assert read_byline(line).authors[1:] == ()


@pytest.mark.parametrize(("value", "authors"), [
    ("Jane Doe, Staff Writer", ("Jane Doe",)),
    ("Doe, Jane", ("Jane Doe",)),
    ("Jane Doe, Ph.D.", ("Jane Doe",)),
    ("Jane Doe, John Roe", ("Jane Doe", "John Roe")),
    ("Jane Doe, Reuters", ("Jane Doe",)),
    ("Kevin Sieff, Rio de Janeiro", ("Kevin Sieff",)),
    (["Jane Doe", "Staff Writer"], ("Jane Doe",)),
    ("Emily Post", ("Emily Post",)),  # an outlet's word in a person's name
])
def test_an_authors_field_names_people_not_their_roles(value, authors):
    assert field_authors(value) == authors


@pytest.mark.parametrize("agency_line, wire", [("Associated Press", "Associated Press"), ("The Associated Press",
                                               "Associated Press"), ("AP Economics Writer", "AP"), ("Reuters", "Reuters")])
def test_an_agency_on_the_line_under_a_byline_is_the_wire(agency_line, wire):
    article = clean_text(f"Nurses walk out\n\nBy KAREN O'NEILL\n{agency_line}\n\nNurses walked out on Friday.\n",
                         article_id="x", path="x.txt")
    assert article.authors == ("Karen O'Neill",) and article.wire == wire
    assert [s.text for s in article.sentences] == ["Nurses walked out on Friday."]
    assert ("byline", agency_line) in [(r.reason, r.text) for r in article.removed]


def test_an_agency_line_under_no_byline_names_no_wire():
    article = clean_text("Nurses walk out\n\nReuters\n\nNurses walked out on Friday.\n", article_id="x", path="x.txt")
    assert article.wire is None
