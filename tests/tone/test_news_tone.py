"""News tone: topic words under an evaluation, reporting verbs and names are not tone; cues keep spans."""

import pytest

from mediadiff.tone.scoring import score_text
from mediadiff.tone.sentiment import sentence_tone


def test_seed_003_unacceptable_progress_is_not_positive():
    text = ("\u201cThe United States made clear that incremental progress on border security "
            "challenges is unacceptable.")
    tone = sentence_tone(text)
    assert tone.compound <= 0.05
    assert "progress (ignored: subject of an evaluation)" in tone.words
    assert "clear (ignored: reporting phrase)" in tone.words


def test_reporting_verbs_are_never_tone():
    tone = sentence_tone("The minister stressed that talks would continue.")
    assert tone.compound == 0.0
    assert "stressed (ignored: reporting verb)" in tone.words
    assert sentence_tone("The minister stressed that talks would continue.", news=False).compound < 0


def test_evaluated_subject_words_do_not_count_but_the_evaluation_does():
    assert sentence_tone("The crime wave is over, and the results are excellent.").compound > 0.05
    assert sentence_tone("Border security remains a disaster.").compound < -0.05


def test_tone_cues_point_at_the_words_behind_the_score():
    text = "Intro sentence here. The attack was a terrible failure."
    second = score_text(text).sentences[1]
    assert second.compound < 0
    assert {c.text for c in second.tone_cues} >= {"terrible", "failure"}
    for cue in second.tone_cues:
        assert text[cue.start:cue.end] == cue.text and cue.kind == "tone"


def test_subjective_adjectives_vader_lacks_carry_their_news_valence():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from mediadiff.tone.sentiment import news_lexicon, news_valences

    plain = SentimentIntensityAnalyzer().lexicon
    added = {w: v for w, v in news_valences().items() if w not in plain}
    word = min(added, key=added.get)  # the most negative added word, whatever the learner chose
    tone = sentence_tone(f"The committee called the plan {word}.")
    assert tone.compound < -0.05
    assert f"{word} (news {news_lexicon()[word]:+.1f})" in tone.words  # the valence used (negatives weigh more)
    assert [c[0] for c in tone.cues] == [word]
    assert sentence_tone(f"The committee called the plan {word}.", news=False).compound == 0.0


def test_whitespace_tokens_keep_offsets_cores_and_lower_case():
    from mediadiff.tone.names import _CORES, PUNCT, _tokens

    for text in ["", "  ", " \u201cThe  U.S.\tJustice\u00a0Department\u2019s\n(new) rule!\u201d ", "...", "\u0130stanbul"]:
        tokens, starts, lower = _tokens(text)
        words, offsets, _ = zip(*map(_CORES.__getitem__, tokens)) if tokens else ((), (), ())
        assert list(tokens) == text.split()
        assert [text[s:s + len(t)] for t, s in zip(tokens, starts)] == list(tokens)
        assert list(words) == [t.strip(PUNCT) for t in tokens]
        assert [t[o:o + len(w)] for t, o, w in zip(tokens, offsets, words)] == list(words)
        assert list(lower) == [w.lower() for w in words]


def test_ascii_listing_agrees_with_the_general_one():
    from mediadiff.tone import sentiment as S

    # the per-token listing of ASCII text and the loop over every token (text with emoji) list the same
    for text in ["The United States made clear the results were excellent :) but security stressed (ok, good).",
                 "Border security remains a disaster, the minister stressed."]:
        for news in (True, False):
            masked = {}
            if news:
                mask = S.mask_names(text, lexicon=S._analyzer(True).lexicon, keep=S.vader_rule_words(), rules=True)
                masked = {start: f"{word} (ignored: {why})" for (word, start, _), why in zip(mask.masked, mask.reasons)}
            tokens, starts, lowered = S._tokens(text)
            words, cues = S._listed_ascii(tokens, starts, masked, news=news)
            assert (words, cues) == S._listed_any(tokens, starts, lowered, masked, news=news)
            assert words and cues and set(words) <= set(sentence_tone(text, news=news).words)


def test_a_topic_noun_counts_less_than_an_evaluative_word_of_the_same_valence():
    from mediadiff.tone.newsrules import topic_words
    from mediadiff.tone.params import NEGATIVE_WEIGHT, TOPIC_NOUN_WEIGHT
    from mediadiff.tone.sentiment import base_news_lexicon, news_lexicon, news_valences

    rated = {**base_news_lexicon(), **news_valences()}
    lexicon = news_lexicon()
    assert "cancer" in topic_words() and "terrible" not in topic_words()
    for word in ("cancer", "terrible", "fraud", "excellent"):
        weight = (NEGATIVE_WEIGHT if rated[word] < 0 else 1) * (TOPIC_NOUN_WEIGHT if word in topic_words() else 1)
        assert lexicon[word] == pytest.approx(rated[word] * weight)
    # where the topic-noun rule leaves it (an object), the noun counts, at its weighted valence
    tone = sentence_tone("Screening would find cancer.")  # ("reduce cancer": what is reduced is no tone)
    assert tone.compound < 0 and tone.cues == (("cancer", 21, 27, lexicon["cancer"]),)
    assert abs(lexicon["cancer"]) < abs(NEGATIVE_WEIGHT * rated["cancer"])


def test_forms_of_rated_verbs_vader_lacks_carry_their_lemma_rating():
    from mediadiff.tone.sentiment import base_news_lexicon, news_lexicon, reporting_verbs, verb_forms

    forms, vader = verb_forms(), base_news_lexicon()
    assert forms and not set(forms) & set(vader) and not set(forms) & reporting_verbs()
    assert "sabotaged" in forms and forms["sabotaged"][1] == "sabotage"
    assert forms["sabotaged"][0] == pytest.approx(vader["sabotage"])  # the lemma's VADER rating, not learned
    assert "fined" not in forms and "said" not in forms  # "fine" is an adjective first; reporting verbs never
    tone = sentence_tone("They sabotaged the pipeline.")
    assert tone.compound < -0.05
    assert f"sabotaged (as sabotage {news_lexicon()['sabotaged']:+.1f})" in tone.words
    assert sentence_tone("They sabotaged the pipeline.", news=False).compound == 0.0


def test_a_verb_form_counts_as_its_lemma_counts_in_news_and_only_when_the_rating_is_of_the_verb():
    from mediadiff.tone.newsrules import topic_words
    from mediadiff.tone.sentiment import news_lexicon, verb_forms

    lexicon, topic = news_lexicon(), topic_words()
    plain = [(form, lemma) for form, (_, lemma) in verb_forms().items() if form not in topic and lemma not in topic]
    assert plain and all(lexicon[form] == pytest.approx(lexicon[lemma]) for form, lemma in plain)  # "helped" as "help"
    # VADER's "fan" (+1.3) and "temper" (-1.8) rate the nouns: fanning the flames or tempering steel is not tone
    assert not {"fanned", "fanning", "tempered"} & set(verb_forms())
    assert sentence_tone("Officials tempered their expectations.").cues == ()
