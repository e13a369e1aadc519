"""A date line in the body dates an undated file only when it is the one date line, under the lede."""

from mediadiff import load_article


def test_a_timelines_section_dates_do_not_date_the_article(tmp_path):
    path = tmp_path / "timeline.txt"
    path.write_text("How the crisis unfolded\n\nThe dispute came to a head this week, when talks collapsed.\n\n"
                    "March 3, 2016\n\nThe two sides first met in Geneva to discuss the deal.\n\n"
                    "April 5, 2018\n\nTalks resumed after a two-year pause, officials said.\n", encoding="utf-8")
    assert load_article(path).published is None


def test_one_date_line_under_the_lede_dates_the_article_in_the_files_order(tmp_path):
    path = tmp_path / "storm.md"
    path.write_text("---\ntitle: Storm hits Kent\nurl: https://www.telegraph.co.uk/news/storm-kent\n---\n\n"
                    "A storm hit the coast of Kent overnight, cutting power to thousands of homes.\n\n"
                    "03/04/2025 10:15\n\nEngineers worked through the night, the network operator said.\n",
                    encoding="utf-8")
    article = load_article(path)
    assert article.published == "2025-04-03"  # a British outlet writes the day first
    assert article.metadata_source["published"] == "date line in the body"


def test_a_date_line_far_down_the_body_does_not_date_the_article(tmp_path):
    path = tmp_path / "late.txt"
    body = "".join(f"Paragraph {n} of the story says what happened next in the town.\n\n" for n in range(8))
    path.write_text("Town votes on plan\n\n" + body + "16 Sep 2013\n\nThe vote was close, officials said.\n",
                    encoding="utf-8")
    assert load_article(path).published is None
