"""Topic and role words of news are not tone (issue 14): mediadiff.tone.newsrules.topic_nouns."""

import pytest

from mediadiff.tone.newsrules import is_topic_noun, noun_senses
from mediadiff.tone.sentiment import label_of, sentence_tone


def ignored(text: str) -> list[str]:
    return [w.split()[0] for w in sentence_tone(text).words if "ignored: topic word" in w]


@pytest.mark.parametrize("text", [
    "Border security talks resumed on Monday.",
    "The minister met officials to discuss security cooperation.",
    "Crime fell in the city last year.",
    "The city's crime rate rose.",
])
def test_topic_nouns_naming_what_the_story_is_about_leave_it_neutral(text):
    assert label_of(sentence_tone(text).compound) == "neutral"
    assert ignored(text)


def test_a_topic_noun_classifying_a_noun_is_not_tone_but_other_words_still_count():
    text = "The government announced a new security plan."
    assert ignored(text) == ["security"]
    assert any(w.startswith("new") for w in sentence_tone(text).words)


def test_the_verb_after_a_topic_subject_carries_the_tone():
    assert ignored("Security improved after the talks.") == ["security"]
    assert sentence_tone("Security improved after the talks.").compound > 0
    assert sentence_tone("Peace talks collapsed.").compound < 0


@pytest.mark.parametrize(("text", "topic"), [
    ("The party today agrees with the plan.", "party"),
    ("Crime also fell in the city last year.", "crime"),
    ("Security yesterday has improved.", "security"),
    ("Violence again erupted in the north.", "violence"),
])
def test_an_adverb_between_a_topic_subject_and_its_verb_leaves_it_the_subject(text, topic):
    assert ignored(text) == [topic]


def test_a_topic_noun_before_an_adverb_and_a_copula_keeps_its_tone():
    assert not ignored("Crime today is a problem.")


@pytest.mark.parametrize("text", [
    "The plan was a disaster.",       # evaluative noun as predicate
    "It was a failure of policy.",    # ... as object
    "No progress was made.",          # a negated subject is the statement
    "The problem is the side mirrors.",  # a copula's subject is what is asserted
])
def test_evaluative_nouns_as_predicates_objects_or_negated_keep_their_tone(text):
    assert label_of(sentence_tone(text).compound) == "negative"
    assert not ignored(text)


def test_seed_003_stays_negative():
    text = "Incremental progress on border security challenges is unacceptable."
    assert label_of(sentence_tone(text).compound) == "negative"


@pytest.mark.parametrize("text", [
    "They want peace and security.",              # after a pronoun: a verb
    "The government supports security reform.",   # an -s form after its subject: a verb
    "Officials hope talks resume.",               # after a plural noun: a verb
    "The US must also combat arms trafficking.",  # after a modal and an adverb: a verb
    "That's a lame excuse.",                      # mostly an adjective
])
def test_words_that_are_verbs_or_adjectives_here_are_not_taken_as_topic_nouns(text):
    assert not ignored(text)


def test_topic_nouns_are_mostly_nouns_in_wordnet():
    senses = noun_senses()
    assert is_topic_noun("security", senses) and is_topic_noun("progress", senses)
    assert not is_topic_noun("help", senses) and not is_topic_noun("frightening", senses)
    assert "fell" not in senses  # "fell" is read as the past of "fall", a verb


def test_plain_vader_is_unchanged():
    assert sentence_tone("Crime fell in the city last year.", news=False).compound < 0


@pytest.mark.parametrize("text, word", [
    ("The president met the ministers as well as the mayor.", "well"),
    ("She met the mayor as well.", "well"),
    ("The council voted in favor of the plan.", "favor"),
    ("A parade was held in honour of the veterans.", "honour"),
])
def test_lexicon_words_inside_function_phrases_carry_no_tone(text, word):
    tone = sentence_tone(text)
    assert f"{word} (ignored: function phrase)" in tone.words
    assert label_of(tone.compound) == "neutral"


def test_the_same_words_outside_those_phrases_keep_their_tone():
    assert sentence_tone("He did well in the debate.").compound > 0
    assert sentence_tone("The bank won the favor of investors.").compound > 0
    assert not any("function phrase" in w for w in sentence_tone("Interest in the plan was high.").words)


@pytest.mark.parametrize("text, word", [("Students of art history were denied credit as well.", "credit"),
                                        ("They refused help from the city.", "help"),
                                        ("The senate rejected support for the plan.", "support")])
def test_a_positive_word_that_is_refused_or_denied_is_not_tone(text, word):
    tone = sentence_tone(text)
    assert tone.compound <= 0
    assert f"{word} (ignored: what is refused or denied)" in tone.words
    assert not any(w.startswith(word) for w, *_ in tone.cues)


def test_outside_a_refusal_or_past_its_clause_the_words_keep_their_tone():
    assert label_of(sentence_tone("The bank gave credit to students.").compound) == "positive"
    assert label_of(sentence_tone("He denied that the plan was a good one.").compound) == "positive"
    assert any(w.startswith("charges") for w, *_ in sentence_tone("He denied the charges.").cues)  # not positive


@pytest.mark.parametrize("text", [
    "Three players tested positive for the virus.",
    "She showed a negative COVID-19 test at the border.",
    "Positive tests rose to 300 on Monday.",
])
def test_a_tests_result_is_not_tone(text):
    assert label_of(sentence_tone(text).compound) == "neutral"
    assert any("ignored: a test's result" in w for w in sentence_tone(text).words)


def test_positive_and_negative_judgements_keep_their_tone():
    assert sentence_tone("The report was positive about the economy.").compound > 0.05
    assert sentence_tone("The talks were positive, tests show.").compound > 0.05  # "tests" in another clause
    assert sentence_tone("Voters had a negative view of the test ban.").compound < -0.05


def test_score_reads_test_results_as_sentence_tone_does():
    from mediadiff.tone.scoring import score_text

    assert score_text("Two staff members tested positive on Friday.").sentences[0].label == "neutral"
