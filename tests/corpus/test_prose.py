"""Articles in scripts whose words carry combining marks (Hindi, Bengali, Tamil, Thai) are prose, not data."""

from mediadiff import load_corpus
from mediadiff.corpus.prose import not_an_article, reads_as_prose

HINDI = ("दिल्ली में भारी बारिश\n\nनई दिल्ली में मंगलवार को भारी बारिश हुई, जिससे कई इलाकों में पानी भर गया। "
         "मौसम विभाग ने कहा कि बुधवार को भी बारिश जारी रहेगी। अधिकारियों ने लोगों से घर में रहने की अपील की।\n")
THAI = ("พายุถล่มชายฝั่ง\n\nพายุลูกใหญ่พัดถล่มชายฝั่งเมื่อวันอังคาร ทำให้บ้านหลายพันหลังไม่มีไฟฟ้าใช้\n"
        "เจ้าหน้าที่กล่าวว่า การซ่อมแซมจะใช้เวลาหลายวัน\nประชาชนได้รับคำแนะนำให้อยู่ในบ้าน\n")


def test_sentences_ending_in_a_danda_read_as_prose():
    # Devanagari vowel signs are combining marks, not letters to str.isalpha: each word read as "code".
    assert reads_as_prose("मौसम विभाग ने कहा कि बुधवार को भी बारिश जारी रहेगी।")
    assert reads_as_prose("আবহাওয়া দপ্তর জানিয়েছে যে বুধবারও বৃষ্টি চলবে।")
    assert reads_as_prose("வானிலை ஆய்வு மையம் புதன்கிழமையும் மழை தொடரும் என்று தெரிவித்தது.")
    assert not reads_as_prose("for i in range(10): print(i)")


def test_hindi_and_thai_articles_are_listed_not_skipped_as_data(tmp_path):
    (tmp_path / "hindi.txt").write_text(HINDI, encoding="utf-8")
    (tmp_path / "thai.txt").write_text(THAI, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert sorted(corpus.ids) == ["hindi", "thai"], corpus.warnings
    assert not_an_article(THAI, THAI.splitlines()[2:]) is None
    assert len(corpus["hindi"].sentences) == 3
