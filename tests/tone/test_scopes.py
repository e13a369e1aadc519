"""Words whose scope changes others' tone (issue 14): mediadiff.tone.scopes."""

import pytest

from mediadiff.tone.sentiment import label_of, sentence_tone


@pytest.mark.parametrize("text, word", [
    ("Eating more fiber is said to reduce the risk of heart disease.", "risk"),
    ("Both sides agreed to an end to the war.", "war"),
    ("The city will fund measures to curb violence in schools.", "violence"),
])
def test_a_negative_word_in_what_is_reduced_or_ended_is_not_tone(text, word):
    tone = sentence_tone(text)
    assert f"{word} (ignored: what is reduced or ended)" in tone.words
    assert not any(w == word for w, *_ in tone.cues)
    assert tone.compound >= 0


def test_a_reducer_that_lessens_something_bad_loses_its_own_negative_tone():
    # "avoided" is negative in VADER; avoiding a costly strike is no bad news, avoiding questions still is.
    assert sentence_tone("The union avoided a costly strike.").compound >= 0
    assert "avoided (ignored: lessens or ends something bad)" in sentence_tone("The union avoided a costly strike.").words
    assert label_of(sentence_tone("He avoided questions.").compound) == "negative"
    # only a modifier of what it takes is bad: the verb keeps its tone
    assert label_of(sentence_tone("The senator avoided tough questions about the scandal.").compound) == "negative"
    assert label_of(sentence_tone("Trump avoided a difficult question.").compound) == "negative"


def test_outside_a_reducer_or_past_a_preposition_negative_words_keep_their_tone():
    assert label_of(sentence_tone("The war was a disaster.").compound) == "negative"
    assert label_of(sentence_tone("The talks ended in disaster.").compound) == "negative"  # "in": not the object
    assert label_of(sentence_tone("The budget cuts were devastating.").compound) == "negative"  # a noun subject
    assert label_of(sentence_tone("They cut the budget, and violence rose.").compound) == "negative"  # next clause
    assert any(w == "benefits" for w, *_ in sentence_tone("The plan would reduce benefits.").cues)  # positive: kept


def test_score_reads_what_is_reduced_as_sentence_tone_does():
    from mediadiff.tone.scoring import score_text

    text = "The plan would reduce the risk of war."
    assert score_text(text).sentences[0].compound == sentence_tone(text).compound


def test_downward_operators_read_as_not_when_switched_on(monkeypatch):
    from mediadiff.tone import scopes

    before = sentence_tone("Few found it funny.").compound
    monkeypatch.setattr(scopes, "DOWNWARD", frozenset({"few", "little", "hardly"}))
    monkeypatch.setattr(scopes, "NO_LONGER", True)
    assert sentence_tone("Few found it funny.").compound < before - 0.1
    assert sentence_tone("A few found it funny.").compound == sentence_tone("Many found it funny.").compound
    assert sentence_tone("The result was hardly a pleasant surprise.").compound \
        < sentence_tone("The result was a pleasant surprise.").compound - 0.1
    tone = sentence_tone("The town is no longer safe.")
    assert "no (ignored: part of 'no longer', read as not)" in tone.words
    assert sentence_tone("The town is not safe.").compound - 0.2 < tone.compound < -0.05


@pytest.mark.parametrize(("sentence", "kept"), [
    ("Heavy fighting killed 20 people on Monday.", "killed"),
    ("Heavy fighting destroyed homes again on Monday.", "destroyed"),
    ("Budget cuts hurt schools badly.", "hurt"),
])
def test_a_reducer_used_as_a_noun_subject_takes_no_object(sentence, kept):
    words = " ".join(sentence_tone(sentence).words)
    assert f"{kept} (" in words and f"{kept} (ignored" not in words


@pytest.mark.parametrize("sentence", ["They called for an end to the war.", "Officials vowed to curb the violence.",
                                      "The ceasefire ended days of brutal fighting."])
def test_a_reducer_as_verb_or_noun_with_of_to_against_still_takes_its_object(sentence):
    assert any("what is reduced or ended" in w for w in sentence_tone(sentence).words)


@pytest.mark.parametrize(("sentence", "kept"), [("The meeting ended badly.", "badly"),
                                                ("The protest ended violently.", "violently"),
                                                ("He is likely to end up dead.", "dead")])
def test_an_adverb_after_a_reducer_is_no_object(sentence, kept):
    words = " ".join(sentence_tone(sentence).words)
    assert f"{kept} (" in words and f"{kept} (ignored" not in words


@pytest.mark.parametrize(("sentence", "kept"), [("The army fought a brutal war against the rebels.", "brutal"),
                                                ("He stopped short of blaming the deadly attack.", "blaming")])
def test_fighting_a_war_or_stopping_short_of_blame_reduces_nothing(sentence, kept):
    words = " ".join(sentence_tone(sentence).words)
    assert f"{kept} (" in words and f"{kept} (ignored" not in words


def test_a_determiner_after_a_reducer_makes_it_a_verb_with_an_object():
    assert any(w.startswith("risk (ignored: what is reduced")
               for w in sentence_tone("The vaccine cuts the risk of severe illness.").words)


@pytest.mark.parametrize(("denied", "plain"), [
    ("The meeting hardly improved relations.", "The meeting improved relations."),
    ("But the argument is hardly compelling.", "But the argument is compelling."),
    ("The new rules scarcely helped families.", "The new rules helped families."),
])
def test_hardly_and_scarcely_negate_the_word_they_modify(denied, plain):
    assert label_of(sentence_tone(plain).compound) == "positive"
    assert label_of(sentence_tone(denied).compound) == "negative"


def test_a_narrow_negator_reaches_only_the_next_word_of_its_clause():
    from mediadiff.tone.scopes import modified_negated

    assert modified_negated(["it", "hardly", "improved", "good", "things"], ["it"] * 5) == [2]
    assert modified_negated(["hardly", "great"], ["Hardly,", "great"]) == []  # a comma ends its clause
    # "barely" entails what it modifies: a narrow win is a win
    assert label_of(sentence_tone("The team barely won the game.").compound) == "positive"


def test_score_reads_a_narrow_negator_as_sentence_tone_does():
    from mediadiff.tone.scoring import score_text

    text = "The meeting hardly improved relations \u2014 both sides said so."  # non-ASCII text, same reading
    assert score_text(text).sentences[0].compound == sentence_tone(text).compound < 0


@pytest.mark.parametrize("sentence", [
    "No one was hurt.",
    "Nobody was injured in the blast.",
    "None of the passengers was seriously hurt.",
    "Police said no one was killed or injured.",
    "No injuries were reported.",
    "There were no casualties.",
    "Officials told reporters nobody was killed.",  # after a verb of telling and its hearer
    "Police assured the victims' families no one was seriously hurt.",
])
def test_a_negative_quantifier_subject_negates_its_predicate_no_harm_is_no_bad_news(sentence):
    from mediadiff.tone.scoring import score_text

    assert sentence_tone(sentence).compound >= 0
    assert score_text(sentence).sentences[0].compound >= 0  # score reads it as sentence_tone does


def test_a_negated_good_predicate_is_bad_and_the_quantifier_no_carries_no_tone_of_its_own():
    assert label_of(sentence_tone("Nobody was happy.").compound) == "negative"
    assert label_of(sentence_tone("Nobody likes him.").compound) == "negative"
    assert "no (ignored: negative quantifier: negates its predicate)" in sentence_tone("No decision was made.").words
    assert sentence_tone("There is no difference.").compound == 0
    # "no" before a rated word is VADER's own negation and stays so: no progress is bad news
    assert label_of(sentence_tone("No progress was made.").compound) == "negative"


def test_a_negative_quantifier_leaves_comparatives_objects_and_answers_alone():
    # "no state was hurt more than Wyoming" says Wyoming was hurt most
    assert label_of(sentence_tone("No state has been hurt more by the policy than Wyoming.").compound) == "negative"
    assert label_of(sentence_tone("He was hurt and no help came.").compound) == "negative"  # "hurt" is not its predicate
    assert label_of(sentence_tone("The answer was no, and he was hurt.").compound) == "negative"
    assert "no (-1.2)" in sentence_tone("They voted no.").words  # an answer, not a quantifier


@pytest.mark.parametrize("sentence, label", [
    ("No doubt the attack was brutal.", "negative"),  # a sentence adverb asserting the clause, no subject
    ("No wonder the children were scared.", "negative"),
    ("No wonder they were scared.", "negative"),
    ("No surprise the deal was rejected.", "negative"),
    ("No fewer than 20 were killed.", "negative"),  # a quantity: 20 were killed
    ("No other country has suffered more.", "negative"),  # a superlative claim: it suffered most
    ("No other player has won more titles.", "positive"),
])
def test_no_idioms_quantities_and_superlatives_are_no_negative_subjects(sentence, label):
    from mediadiff.tone.scoring import score_text

    assert label_of(sentence_tone(sentence).compound) == label
    assert label_of(score_text(sentence).sentences[0].compound) == label


def test_a_plain_negative_quantifier_subject_still_negates_beside_the_idioms():
    assert sentence_tone("No one was hurt.").compound >= 0
    assert sentence_tone("No other passengers were hurt.").compound >= 0  # no comparison: others were not hurt
    assert label_of(sentence_tone("Nobody was happy.").compound) == "negative"


def test_a_negative_quantifier_after_a_hearer_and_a_subject_pronoun_is_not_the_reported_clauses_subject():
    # a subject pronoun between: the quantifier is in the inner clause, not the subject of a reported one
    assert sentence_tone("He told reporters he saw nothing wrong.").words == \
        sentence_tone("He saw nothing wrong.").words


@pytest.mark.parametrize("text", ["No one was hurt.", "Police said none of the passengers was seriously hurt.",
                                  "There were no casualties.", "No doubt the attack was brutal."])
def test_masking_given_the_quantifier_scope_news_tone_read_answers_as_masking_alone(text):
    from mediadiff.tone.names import _tokens, mask_parts
    from mediadiff.tone.scopes import quantifier_scope
    from mediadiff.tone.sentiment import _analyzer, vader_rule_words

    lexicon = _analyzer(True).lexicon
    tokens, _, lower = _tokens(text)
    alone = mask_parts(text, lexicon=lexicon, keep=vader_rule_words(), rules=True)
    given = mask_parts(text, lexicon=lexicon, keep=vader_rule_words(), rules=True,
                       quantifiers=quantifier_scope(lower, tokens, lexicon=lexicon))
    assert given == alone


@pytest.mark.parametrize("text, word", [
    ("Regular screenings could decrease cancer fatalities by a third.", "fatalities"),
    ("A stern sentence could deter other violators.", "violators"),
    ("The new drug lowered the risk of death.", "risk"),
    ("The governor vowed to tackle the housing problem.", "problem"),
])
def test_verbs_of_lessening_and_holding_in_check_reduce_what_they_take(text, word):
    assert f"{word} (ignored: what is reduced or ended)" in sentence_tone(text).words
    assert sentence_tone(text).compound >= 0


def test_lower_as_an_adjective_reduces_nothing():
    assert label_of(sentence_tone("The lower court rejected the appeal.").compound) == "negative"


@pytest.mark.parametrize("text", [
    "House leaders, short of support amid a revolt, put off the vote.",
    "A lack of support doomed the bill.",
    "The senator lacks the integrity to serve.",
    "The measures fell short of hopes for more aggressive action.",
    "The goal now appears out of reach.",
])
def test_what_is_lacking_is_read_negated(text):
    assert label_of(sentence_tone(text).compound) == "negative"


@pytest.mark.parametrize("text, label", [
    ("There is no shortage of praise for the plan.", "positive"),  # plenty of it
    ("The result was nothing short of a triumph.", "positive"),  # the thing itself
    ("He was amused at his lack of irritation.", "positive"),  # the missing thing was bad
])
def test_a_negated_or_emphatic_lack_and_a_missing_bad_thing(text, label):
    assert label_of(sentence_tone(text).compound) == label


def test_the_lacked_phrase_ends_before_its_verb():
    # "disturbing" is the predicate, not what is lacking: it keeps its negative tone
    assert label_of(sentence_tone("His lack of knowledge is disturbing.").compound) == "negative"


def test_a_good_thing_suppressed_does_not_read_better_for_it():
    # review12: "suppress" set aside "protests" as something bad lessened, and "peaceful" made it read better
    suppressed = sentence_tone("The regime suppressed peaceful protests.")
    assert suppressed.compound <= sentence_tone("The regime watched peaceful protests.").compound + 0.01
    assert "peaceful (ignored" not in " ".join(suppressed.words)
    assert "protests (ignored" not in " ".join(suppressed.words)
    # near miss: something bad suppressed is still what is lessened
    assert "riots (ignored: what is reduced or ended)" in sentence_tone("Police suppressed the violent riots.").words


@pytest.mark.parametrize(("sentence", "kept"), [("Police tackled the armed suspect.", "suspect"),
                                                ("The linebacker tackled the quarterbacks.", "quarterbacks"),
                                                ("He was tackled hard.", "hard")])
def test_tackling_a_person_or_tackling_hard_is_the_football_sense(sentence, kept):
    words = " ".join(sentence_tone(sentence).words)
    assert f"{kept} (ignored" not in words


def test_tackling_a_problem_still_reduces_it():
    assert "crisis (ignored: what is reduced or ended)" in sentence_tone("Officials vowed to tackle the crisis.").words


def test_tackling_a_group_of_people_is_the_policy_sense():
    words = sentence_tone("The council vowed to tackle violent criminals.").words
    assert "criminals (ignored: what is reduced or ended)" in words


def test_stopping_short_of_an_act_is_no_lack():
    # "stopped short of blaming" is refraining, not a lack of blame: "blaming" is not read negated
    assert label_of(sentence_tone("He stopped short of blaming the president.").compound) == "negative"
    # near miss: "short of support" still lacks it
    assert label_of(sentence_tone("The bill was short of support.").compound) == "negative"


@pytest.mark.parametrize("text, sign", [("Nothing about the plan was good.", -1), ("Nobody in the room was hurt.", 1),
                                        ("Nobody at the plant was injured.", 1)])
def test_a_negative_pronoun_subject_reaches_past_its_prepositional_phrase(text, sign):
    assert sentence_tone(text).compound * sign > 0
