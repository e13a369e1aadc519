"""Pattern's member of news tone: Pattern's rules on its adjective lexicon, words set aside, spans."""

from mediadiff.tone.names import _tokens
from mediadiff.tone.pattern import PatternWord, pattern_assessments, pattern_tone
from mediadiff.tone.sentiment import sentence_tone

LEXICON = {"good": PatternWord(0.7, 0.6, 1.0, False), "bad": PatternWord(-0.7, 0.7, 1.0, False),
           "very": PatternWord(0.2, 0.3, 1.3, True), "political": PatternWord(0.0, 0.1, 1.0, False)}


def polarities(text: str, **options) -> list[float]:
    tokens, _, lower = _tokens(text)
    return [round(a.polarity, 4) for a in pattern_assessments(tokens, lower, lexicon=LEXICON, **options)]


def test_rules_modifier_negation_and_exclamation():
    assert polarities("a good plan") == [0.7]
    assert polarities("a very good plan") == [0.91]  # one assessment: the modifier scales the next word
    assert polarities("not a good plan") == [-0.35]  # negation across short words: -0.5 x polarity
    assert polarities("it isn't good") == [-0.35]  # "n't" is a negation
    assert polarities("not the expected good plan") == [0.7]  # a longer word ends the negation's reach
    assert polarities("a good plan!") == [0.875]
    assert polarities("a good, political plan") == [0.7, 0.0]  # words rated 0 count in Pattern's mean


def test_words_set_aside_are_not_read():
    assert polarities("a good plan", skip={1}) == []


def test_tone_keeps_the_spans_of_the_rated_words():
    text = "  It was a bad, very bad idea."
    tokens, starts, lower = _tokens(text)
    tone = pattern_tone(tokens, starts, lower, core_offset=lambda token: len(token) - len(token.lstrip("\"'(")))
    assert tone.polarity is not None and tone.polarity < 0
    assert [text[a:b] for _, a, b, _ in tone.cues] == ["bad", "bad"]
    assert all(valence < 0 for *_, valence in tone.cues)


def test_news_tone_blends_pattern_and_lists_its_words():
    tone = sentence_tone("The committee called the proposal shoddy.")  # a word Pattern rates
    assert any("(Pattern " in w for w in tone.words)
    for word, start, end, _ in tone.cues:
        assert "The committee called the proposal shoddy."[start:end].lower() == word


def test_pattern_words_inside_names_carry_no_tone():
    tone = sentence_tone("Officials met at the Grand Hotel.")
    assert not any("(Pattern " in w for w in tone.words)


def test_words_only_wordnet_links_to_rated_words_carry_their_tone():
    # "unwise" and "disastrously" are in neither VADER nor Pattern: WordNet links them to "foolish" and
    # "disastrous"; the note says where the rating came from
    unwise = sentence_tone("The council's decision was unwise.")
    assert unwise.compound < 0 and any(w.startswith("unwise (WordNet -") for w in unwise.words)
    assert sentence_tone("The launch went disastrously.").compound < 0


def test_adjectives_that_relate_to_a_noun_carry_no_tone():
    # "racial" and "judicial" relate to a noun (WordNet pertainyms): what a story is about, not tone
    words = sentence_tone("The judicial panel heard the racial discrimination case.").words
    assert not any(w.startswith(("judicial", "racial")) for w in words)


def test_patterns_member_reads_the_negations_of_news_tone_hardly_and_negative_quantifier_subjects():
    from mediadiff.tone.names import _tokens
    from mediadiff.tone.pattern import pattern_parts

    def polarity(text, negated=()):
        tokens, starts, lower = _tokens(text)
        return pattern_parts(tokens, starts, lower, core_offset=lambda t: 0, negated=negated)[0]

    assert polarity("Nobody was happy.") > 0  # Pattern alone: "no" reaches no word past "body"
    assert polarity("Nobody was happy.", negated=[2]) == -0.5 * polarity("Nobody was happy.")
    assert polarity("They are hardly good.", negated=[3]) < 0 < polarity("They are hardly good.")


def test_news_tone_negates_for_pattern_what_it_negates_for_vader(monkeypatch):
    from mediadiff.tone import sentiment
    from mediadiff.tone.scoring import score_text

    seen = []
    member = sentiment.pattern_parts
    monkeypatch.setattr(sentiment, "pattern_parts", lambda *a, **k: seen.append(k["negated"]) or member(*a, **k))
    for text, negated in (("Nobody was happy.", [2]), ("They are hardly good neighbours.", [3])):
        seen.clear()
        assert sentiment.sentence_tone(text).compound < 0
        assert score_text(text).sentences[0].compound == sentiment.sentence_tone(text).compound
        assert seen and all(list(n) == negated for n in seen)
