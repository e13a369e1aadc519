"""Quote marks: which characters open and close a quotation."""

from __future__ import annotations

import pytest

from mediadiff.voices.quotemarks import QuoteSpan, quote_spans, starting_between, within_marks


def spans(*paragraphs: str) -> list[tuple[str, bool, int]]:
    text, bounds, pos = "", [], 0
    for p in paragraphs:
        bounds.append((pos, pos + len(p)))
        text += p + "\n"
        pos = len(text)
    return [(text[s.start:s.end], s.closed, s.paragraphs) for s in quote_spans(text, bounds)]


@pytest.mark.parametrize(("text", "expected"), [
    ("“Curly,” she said.", ["Curly,"]),
    ('"Straight," she said.', ["Straight,"]),
    ("''Wire copy,'' he said.", ["Wire copy,"]),
    ("He called it ‘gradual’ and 'slow'.", ["gradual", "slow"]),
])
def test_every_kind_of_mark(text, expected):
    assert [s[0] for s in spans(text)] == expected


def test_apostrophes_and_inch_signs_are_not_quotes():
    assert spans("Mexico’s president doesn't know O'Malley, who is 5'11\" tall, from the ’90s.") == []


def test_nested_quote_belongs_to_the_outer_one():
    assert [s[0] for s in spans("“He told me ‘no way’ twice,” she said.")] == ["He told me ‘no way’ twice,"]


def test_quote_over_paragraphs_is_one_quotation():
    (span,) = spans("“The first part.", "“The second part,” he said.")
    assert span[0].startswith("The first part.") and span[0].endswith("second part,")
    assert span[1:] == (True, 2)


def test_unclosed_quote_runs_to_the_paragraph_end_and_says_so():
    assert spans("“Never closed", "Narration again.") == [("Never closed", False, 1)]


def test_stray_closing_marks_and_empty_quotes_do_not_crash():
    assert spans("” oddly ” placed “” marks ' here") == []


def test_position_lookups_agree_with_scanning_every_quote():
    # ``attribute`` asks these for every unit and sentence; they replace a scan of all quotes.
    import random

    rng = random.Random(7)
    for _ in range(200):
        quotes = []
        for _ in range(rng.randrange(0, 8)):
            outer = rng.randrange(0, 100)
            length = rng.randrange(2, 40)  # nested and overlapping spans included
            quotes.append(QuoteSpan(outer + 1, outer + length - 1, outer, outer + length, True, True))
        starting, inside = starting_between(quotes), within_marks(quotes)
        for offset in range(-1, 142):
            assert inside(offset) == any(q.outer_start < offset < q.outer_end for q in quotes)
            end = offset + rng.randrange(0, 30)
            assert starting(offset, end) == [q for q in quotes if offset <= q.start < end]


def test_a_tag_is_blanked_with_its_offsets_kept():
    from mediadiff.voices.quotemarks import without_markup

    text = 'Said: <tweet id="1" author="@x">Hi "there"</tweet>. 5 < 6 > 4'
    blanked = without_markup(text)
    assert len(blanked) == len(text)
    assert '"1"' not in blanked and 'Hi "there"' in blanked and "5 < 6 > 4" in blanked


def _one_line(sentences: list[str]) -> tuple[str, list[tuple[int, int]]]:
    text, bounds = "", []
    for sentence in sentences:
        bounds.append((len(text), len(text) + len(sentence)))
        text += sentence + " "
    return text, bounds


def test_a_paragraph_longer_than_any_news_paragraph_closes_an_open_quote_with_its_sentence():
    # A file on one line is one "paragraph": a mark left open must not quote the rest of the file.
    from mediadiff.voices.params import LONGEST_PARAGRAPH

    filler = [f"The council met on day {k}." for k in range(LONGEST_PARAGRAPH)]
    text, bounds = _one_line(["She said “we will never stop.", *filler, "“One. Two,” he said.", "Last one."])
    found = [(text[s.start:s.end], s.closed) for s in quote_spans(text, [(0, len(text))], bounds)]
    assert found == [("we will never stop.", False), ("One. Two,", True)]  # a closed quote still spans sentences


def test_in_a_paragraph_that_long_only_the_body_sentences_marks_count():
    # Text between body sentences was set aside (duplicates, furniture): its marks quote nothing of the body.
    from mediadiff.voices.params import LONGEST_PARAGRAPH

    text, bounds = _one_line([f"Plain sentence number {k}." for k in range(LONGEST_PARAGRAPH + 1)])
    aside = "“Set aside and never closed. "
    text = text + aside + "“Closed here,” she said."
    bounds.append((len(text) - len("“Closed here,” she said."), len(text)))
    found = [text[s.start:s.end] for s in quote_spans(text, [(0, len(text))], bounds)]
    assert found == ["Closed here,"]


def test_a_short_paragraph_is_read_as_before_with_its_sentences_given():
    text, bounds = _one_line(["“Never closed.", "Narration again."])
    (span,) = quote_spans(text, [(0, len(text))], bounds)
    assert text[span.start:span.end] == "Never closed. Narration again." and not span.closed
