"""Words whose tone is one sense's (mediadiff.tone.senses): "treat" as care or handling is no tone."""

import pytest

from mediadiff.tone.scoring import score_text
from mediadiff.tone.sentiment import label_of, sentence_tone


def _cue_words(text):
    return [cue.text.lower() for cue in score_text(text).sentences[0].tone_cues]


@pytest.mark.parametrize("sentence", [
    "He was treated for smoke inhalation.",
    "Three people were treated for minor injuries at the scene.",
    "The victims were treated at a local hospital and released.",
    "Doctors are treating 40 patients.",
    "The drug is used to treat mild to moderate cases.",
    "Doctors treated him to prevent infection.",
    "She was treated to reduce the swelling.",
    "Doctors treated him to open the artery.",  # a word both adjective and verb, before a determiner: the verb
])
def test_treat_as_medical_care_carries_no_tone(sentence):
    assert label_of(sentence_tone(sentence).compound) == "neutral"
    assert label_of(score_text(sentence).sentences[0].compound) == "neutral"
    assert any(w.startswith("treat") and "ignored" in w for w in sentence_tone(sentence).words)


def test_how_someone_is_treated_takes_its_tone_from_the_manner_words():
    assert label_of(sentence_tone("The judge would treat him unfairly.").compound) == "negative"
    assert label_of(sentence_tone("She said she had been treated very badly.").compound) == "negative"


@pytest.mark.parametrize("sentence", [
    "The children were treated to a fireworks show.",
    "He treated them to dinner.",
    "Treat yourself this weekend.",
    "It was a real treat.",
])
def test_a_treat_and_treating_someone_to_something_keep_their_tone(sentence):
    assert label_of(sentence_tone(sentence).compound) == "positive"


@pytest.mark.parametrize("sentence", [
    "The guests were treated to free drinks.",  # "free" has a regular past ("freed"): an adjective here
    "Fans were treated to live music.",
])
def test_treated_to_an_adjective_and_noun_is_the_pleasure_sense(sentence):
    assert not any(w.startswith("treat") and "ignored" in w for w in sentence_tone(sentence).words)
    assert not any(w.startswith("treat") and "ignored" in w for w in score_text(sentence).sentences[0].sentiment_words)


@pytest.mark.parametrize("sentence", [
    "The ruling came after no justice publicly dissented.",
    "A Supreme Court justice wrote the opinion.",
    "It is unusual for a sitting justice to weigh in on a campaign.",
    "Grassley said the president should refrain from nominating a justice during the campaign.",
])
def test_justice_as_a_judge_carries_no_tone(sentence):
    assert any(w.startswith("justice") and "a judge" in w for w in sentence_tone(sentence).words)


@pytest.mark.parametrize("sentence", [
    "They demand justice for George Floyd.",
    "There is no justice for the victims.",
    "No justice, no peace.",
    "Justice was served.",
])
def test_justice_as_the_virtue_keeps_its_tone(sentence):
    assert not any("a judge" in w for w in sentence_tone(sentence).words)
    assert any(w == "justice" for w, *_ in sentence_tone(sentence).cues)


@pytest.mark.parametrize("text", ["Congress moved to clear it for Biden's signature.",
                                  "The plane was cleared for takeoff.", "The vote cleared the way for a deal."])
def test_clear_for_is_authorisation_not_praise(text):
    assert sentence_tone(text).compound == 0


@pytest.mark.parametrize("text", ["The rules are clear.", "It is a clear case for reform.",
                                  "Nevada turned to clear edges for Obama.",
                                  "It is clear the plan for reform has worked.",
                                  "The officer was cleared of wrongdoing for the shooting."])
def test_the_adjective_clear_keeps_its_tone(text):
    assert sentence_tone(text).compound > 0


def test_cleared_of_charges_is_exoneration_not_authorisation():
    assert not any("authorisation" in w for w in sentence_tone("He was cleared of all charges for the 2019 crash.").words)
    assert any("authorisation" in w for w in sentence_tone("The bill will clear the way for a vote.").words)


@pytest.mark.parametrize("text", [
    "He told them to take care of their enemies.",
    "We will take care of the problem.",
    "They took care of the threat quickly.",
])
def test_take_care_of_something_bad_is_dealing_with_it_not_care(text):
    assert "care" not in _cue_words(text)


@pytest.mark.parametrize("text", [
    "Nurses take care of their patients.",
    "He takes care of the children.",
    "She took care of a victim.",
])
def test_take_care_of_someone_keeps_the_care(text):
    assert "care" in _cue_words(text)


@pytest.mark.parametrize("text", [
    "A fire broke out at the store on Monday.",
    "War has broken out in the region.",
    "Three inmates broke out of the county jail.",
    "Violence broke out again after the verdict.",
    "Fighting broke out 11 days ago.",
])
def test_break_out_reports_a_start_or_an_escape_not_damage(text):
    assert not {"broke", "broken"} & set(_cue_words(text))


@pytest.mark.parametrize("text", [
    "Rioters broke out the windows of the courthouse.",  # review15: transitive "break out" + object is smashing
    "Looters broke out store windows and set fires downtown.",
])
def test_break_out_with_an_object_keeps_its_tone(text):
    assert {"broke", "broken"} & set(_cue_words(text))


@pytest.mark.parametrize("text", [
    "He broke the law.",
    "The window was broken.",
    "He was broke, out of work for a year.",  # the adjective, then a clause mark before "out"
])
def test_break_without_the_particle_out_keeps_its_tone(text):
    assert {"broke", "broken"} & set(_cue_words(text))
