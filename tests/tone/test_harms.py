"""Words of crime and disaster reports told by what they take (mediadiff.tone.harms)."""

import pytest

from mediadiff.tone.scoring import score_text
from mediadiff.tone.sentiment import sentence_tone


def _cue_words(sentence):
    return [cue.text.lower() for cue in score_text(sentence).sentences[0].tone_cues]


def _ignored(sentence, word):
    return any(w.startswith(word + " (ignored") for w in sentence_tone(sentence).words)


@pytest.mark.parametrize("sentence", [
    "Police could not say how many shots were fired.",
    "Shots were fired at the crowd.",
    "He fired three rounds into the air.",
    "Police fired tear gas.",
    "Police fired on protesters.",
    "Soldiers opened fire on the crowd.",
    "Police fired tear gas canisters and rubber bullets.",
    "The officer fired his weapon.",
    "Rockets fired from Gaza hit the town.",
    "The gun he fired was stolen.",
    "Artillery fired on the town.",
    "Troops fired a barrage of rockets.",
    "He fired off two rounds.",
    "The navy fired two missiles Tuesday.",
    "Several shots had been fired.",
    "The rebels vowed to fire on the convoy.",
])
def test_fire_with_a_weapon_is_an_event_not_a_dismissal(sentence):
    assert not {"fired", "fire"} & set(_cue_words(sentence))
    assert score_text("Police could not say how many shots were fired.").sentences[0].compound \
        > score_text("Police could not say how many people were killed.").sentences[0].compound


@pytest.mark.parametrize("sentence", [
    "He was fired from his job.",
    "The company fired at least 20 workers.",
    "He was fired at the end of the season.",
    "The gas company fired 200 workers.",  # a weapon word modifying the subject's head
    "Shell fired its chief executive on Tuesday.",  # a name
    "She was fired over a gun joke.",  # a weapon word inside a prepositional phrase
    "The teacher was fired for bringing a gun to school.",
])
def test_fire_as_dismissal_keeps_its_tone(sentence):
    assert "fired" in _cue_words(sentence)


def test_the_noun_fire_before_on_keeps_its_tone():
    assert "fire" in _cue_words("Instead, he trained his fire on Trump and Ryan.")


@pytest.mark.parametrize("sentence, word", [
    ("The death toll was likely to increase.", "increase"),
    ("Casualties increased.", "increased"),
    ("There was an increase in crime.", "increase"),
    ("The strike increased tensions.", "increased"),
    ("Regulators warned of the increased risk of a stroke.", "increased"),
])
def test_more_of_something_bad_is_no_good_news(sentence, word):
    assert _ignored(sentence, word)
    assert score_text(sentence).sentences[0].compound <= 0


@pytest.mark.parametrize("sentence, word", [
    ("Wages increased.", "increased"),
    ("Support for the war increased.", "increased"),  # what increases is support
    ("Workers would see an increase in their pay.", "increase"),
    ("The plan would boost the economy.", "boost"),
    ("The rescue boosted morale amid the casualties.", "boosted"),  # the object ends at "amid"
])
def test_more_of_something_not_bad_keeps_the_verbs_tone(sentence, word):
    assert not _ignored(sentence, word)


def test_commit_a_crime_is_a_support_verb_and_commit_to_keeps_its_tone():
    assert "commit" not in _cue_words("He had the intent to commit theft.")
    assert _ignored("He committed suicide.", "committed")
    assert "committed" in _cue_words("She is committed to peace.")


@pytest.mark.parametrize("sentence", [
    "The prison guards were attacked.",
    "Rewards are offered for information leading to Texas prison escapee Arcade Joseph Comeaux Jr.",
    "Police are hunting a Texas prison escapee in Houston.",
])
def test_a_classifier_noun_is_no_tone_before_a_rare_noun_of_persons_and_after_a_name_in_s(sentence):
    assert _ignored(sentence, "prison")


def test_prison_as_a_place_keeps_its_tone():
    assert "prison" in _cue_words("He was sent to prison.")


@pytest.mark.parametrize("sentence", [
    "He was convicted of aggravated sexual assault.",
    "He was accused of sexual misconduct.",
    "She reported sexual harassment at work.",
    "It was sexual or physical abuse.",
    "He suffered a traumatic brain injury.",
])
def test_a_relational_adjective_before_a_harm_names_its_kind(sentence):
    cues = _cue_words(sentence)
    assert "sexual" not in cues and "traumatic" not in cues
    assert score_text(sentence).sentences[0].compound <= 0


@pytest.mark.parametrize("sentence", [
    "The film had sexual content.",  # no harm named: Pattern's rating stands
    "It was a traumatic experience.",  # no noun of harm after it: the word evaluates
])
def test_a_relational_adjective_elsewhere_keeps_its_rating(sentence):
    assert {"sexual", "traumatic"} & set(_cue_words(sentence))


@pytest.mark.parametrize("sentence", [
    "The state Senate voted to kill the bill.",
    "Republicans killed the measure in committee.",
    "The bill was killed in committee.",
    "He vowed to kill the Pacific trade deal.",
])
def test_kill_a_proposal_is_thwarting_it_not_a_death(sentence):
    assert not {"kill", "killed"} & set(_cue_words(sentence))


@pytest.mark.parametrize("sentence", [
    "The gunman killed three people.",
    "Ten people were killed in the attack on the deal's signing.",
    "The deal killed jobs.",  # an object that is no proposal: the subject is not read
])
def test_kill_with_other_objects_keeps_its_tone(sentence):
    assert {"kill", "killed"} & set(_cue_words(sentence))


@pytest.mark.parametrize("sentence", [
    "The video went viral, sparking panic.",
    "The move sparked outrage among residents.",
    "The decision created chaos at the border.",
])
def test_bringing_something_bad_about_is_no_good_news(sentence):
    assert not {"sparking", "sparked", "created"} & set(_cue_words(sentence))
    assert score_text(sentence).sentences[0].compound < 0


def test_creating_something_good_keeps_its_tone():
    assert "create" in _cue_words("The plan will create jobs.")


@pytest.mark.parametrize("sentence, word", [
    ("Senators killed the bill on Tuesday.", "killed"),
    ("Lawmakers voted to kill the bill last week.", "kill"),
    ("The House killed the measure yesterday.", "killed"),
    ("The plan created chaos on Monday.", "created"),
    ("The plan created chaos this week.", "created"),
    ("The plan created chaos in the morning.", "created"),
    ("The war increased poverty last year.", "increased"),
    ("The move sparked outrage last week.", "sparked"),
    ("The city will take care of the debt next year.", "care"),
])
def test_an_adverbial_of_time_after_the_object_does_not_head_it(sentence, word):
    assert _ignored(sentence, word)


@pytest.mark.parametrize("sentence, word", [
    ("The storm killed the mayor on Monday.", "killed"),  # a person killed: a death, whatever the day
    ("Gunmen killed three people last week.", "killed"),
    ("The program created jobs on Monday.", "created"),  # something good created
    ("The company increased profits last year.", "increased"),
    ("The reform increased the last payment.", "increased"),  # "last" before no period: part of the object
    ("Spending increased last year.", "increased"),  # no object: the subject, and spending is no harm
])
def test_an_adverbial_of_time_leaves_other_objects_their_tone(sentence, word):
    assert not _ignored(sentence, word)
    assert word in _cue_words(sentence)


@pytest.mark.parametrize("text, word", [
    ("Investigations into what caused the fire are ongoing.", "fire"),
    ("By about 09:30 BST the fire was largely out.", "fire"),
    ("Police said the collision happened on the A38 near the junction.", "collision"),
    ("Two people were hurt in the crash on Sunday.", "crash"),
])
def test_the_reported_event_named_again_is_the_topic_not_tone(text, word):
    assert word not in _cue_words(text)


@pytest.mark.parametrize("text", [
    "The Waitrose fire killed two people.",  # a verb of harm keeps its tone
    "It was a disaster.",  # an event noun in a predicate judges
    "Voters will hold their feet to the fire.",  # the idiom: to press someone
    "That letter demanded that Janney fire him.",  # "that" a conjunction, "fire" a verb
])
def test_near_misses_of_the_reported_event_keep_their_tone(text):
    assert sentence_tone(text).compound < 0


@pytest.mark.parametrize("sentence, word", [
    ("The confrontational protest turned violent.", "confrontational"),
    ("It was a phenomenal failure.", "phenomenal"),
    ("The sympathetic officer ignored the abuse.", "sympathetic"),
    ("A litigious rival filed another lawsuit.", "litigious"),
])
def test_an_evaluative_adjective_before_a_harm_keeps_its_tone(sentence, word):
    assert not _ignored(sentence, word)
    assert word in _cue_words(sentence)


def test_only_classifying_adjectives_are_read_as_naming_a_kind():
    from mediadiff.tone.harms import relational_adjectives

    assert {"economic", "military", "sexual", "social"} <= relational_adjectives()
    assert not {"confrontational", "benevolent", "iconic", "romantic"} & relational_adjectives()
    assert "economic" not in _cue_words("He warned of an economic crisis.")


def test_a_time_adverb_after_a_topic_noun_is_not_the_noun_it_classifies():
    assert "outrage" in _cue_words("The move sparked outrage yesterday.")
    assert score_text("The move sparked outrage yesterday.").sentences[0].compound < 0
    assert _ignored("Police said the crime scene was sealed.", "crime")  # a noun after it: classified


@pytest.mark.parametrize("text", [
    "Thompson never recovered from a big right hand from Klitschko.",  # the hand that threw the punch
    "The lawyer ran three marathons before his right knee blew out.",
])
def test_right_before_a_body_part_is_a_side_not_a_judgement(text):
    assert "right" not in _cue_words(text) and "hand" not in _cue_words(text)


def test_right_as_correct_and_hand_elsewhere_keep_their_tone():
    assert "right" in _cue_words("He made the right decision.")
    assert "hand" in _cue_words("On the other hand, it worked.")
