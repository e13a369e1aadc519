"""Writing systems: languages by script, and headings in scripts without spaces or Latin punctuation."""

import pytest

from mediadiff.corpus.cleaning import clean_text
from mediadiff.corpus.scripts import script_language

PARAGRAPHS = {
    "zh": "中国外交部发言人今天在例行记者会上表示，双方将继续就贸易问题进行磋商，并希望尽快达成协议。",
    "ja": "日本の首相は本日、両国の交渉を続けると述べ、来月にも再び会談する予定だと明らかにした。",
    "th": "นายกรัฐมนตรีกล่าวในวันนี้ว่าการเจรจาจะดำเนินต่อไป และทั้งสองประเทศจะพบกันอีกครั้งในเดือนหน้าเพื่อหารือเรื่องการค้า",
    "hi": "प्रधानमंत्री ने आज कहा कि दोनों देशों के बीच बातचीत जारी रहेगी और अगले महीने फिर बैठक होगी।",
    "ru": "Президент заявил в понедельник, что переговоры с соседями продолжатся в Москве на следующей неделе.",
    "ar": "قال الرئيس يوم الاثنين إن المحادثات مع الجيران ستستمر في العاصمة الأسبوع المقبل.",
}


@pytest.mark.parametrize("language", sorted(PARAGRAPHS))
def test_body_paragraphs_in_other_scripts_are_body_not_headings(language):
    raw = f"{PARAGRAPHS[language][:12]}\n" + "\n".join([PARAGRAPHS[language]] * 1) + "\n"
    article = clean_text(raw, article_id="x", path="x")
    assert article.title == PARAGRAPHS[language][:12].strip()
    assert [s.text for s in article.sentences] == [PARAGRAPHS[language]]


@pytest.mark.parametrize("language", sorted(PARAGRAPHS))
def test_the_script_names_the_language(language):
    assert script_language(PARAGRAPHS[language]) == language


def test_latin_text_has_no_script_language():
    assert script_language("The minister met the delegation, señor Núñez said.") is None
    assert script_language("") is None and script_language("1234 --- !!") is None


def test_separator_lines_are_set_aside_and_never_the_title():
    article = clean_text("---\n* * *\nTalks resume\nThe minister spoke on Monday.\n", article_id="x", path="x")
    assert article.title == "Talks resume"
    assert [r.reason for r in article.removed] == ["separator", "separator", "headline"]


def test_a_huge_comment_count_does_not_crash():
    article = clean_text("The minister spoke on Monday.\n" + "9" * 5000 + " comments\nAnna\nGood.\n",
                         article_id="x", path="x")
    assert article.sentences[0].text == "The minister spoke on Monday."


@pytest.mark.parametrize("language", ["ru", "ar", "zh"])
def test_comparing_with_english_warns_about_the_language(language):
    from mediadiff.align.comparison import compare

    english = clean_text("The president said on Monday that talks with the neighbours would go on in the capital "
                         "next week.\nBoth sides agreed to meet again.\n", article_id="en", path="en")
    other = clean_text(PARAGRAPHS[language] + "\n", article_id=language, path=language)
    result = compare(english, other)
    assert any("different languages" in w and f"{language}: {language}" in w for w in result.warnings), result.warnings


def test_unspaced_characters_counts_each_script_and_none_in_empty_text():
    from mediadiff.corpus.scripts import unspaced_characters

    assert unspaced_characters("") == (0, 0)
    assert unspaced_characters("Tokyo 東京 and ไทย") == (2, 3)
