"""HTML pages show untrusted article text as text (mediadiff/render/html.py)."""

from mediadiff.align.comparison import compare
from mediadiff.corpus.cleaning import clean_text
from mediadiff.render.html import comparison_page, escape

BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def test_escape_drops_control_and_bidi_characters_and_writes_entities():
    assert escape("<b>x</b> \u202eevil\u202c\x1b[2J & y") == "&lt;b&gt;x&lt;/b&gt; evil &amp; y"


def test_a_comparison_page_carries_no_bidi_override():
    a = clean_text("The minister met the delegation on \u202eMonday\u202c to discuss trade.\n"
                   "Both sides agreed to meet again.\n", article_id="a", path="a.txt",
                   metadata={"title": "Talks \u2067resume\u2069"})
    b = clean_text("The minister met the delegation on Tuesday to discuss trade.\n", article_id="b", path="b.txt")
    page = comparison_page(compare(a, b))
    assert "Monday" in page and "resume" in page
    assert not any(ch in page for ch in BIDI)
