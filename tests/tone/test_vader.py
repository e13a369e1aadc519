"""mediadiff.tone.vader.compound is vaderSentiment's compound, rule for rule."""

import pytest

from mediadiff.tone import sentiment
from mediadiff.tone.vader import compound

# Each sentence exercises VADER rules: negation windows, "no", boosters and dampeners, ALL CAPS,
# "but", "kind of", idioms, "least", "never so", "without doubt", punctuation, emoticons, emoji.
SENTENCES = [
    "The plan is good.", "The plan is not good.", "The plan isn't very good at all!!",
    "No good deed goes unpunished.", "There is no problem or concern here.", "no no no",
    "It was extremely GOOD, but the ending was kind of bad.", "It is kind of great.",
    "This is the shit.", "That was a real kiss of death for the bill.", "Yeah right, a bus stop.",
    "It was the least bad option.", "At least it was not terrible.", "Very least helpful indeed.",
    "It was never so good.", "Without doubt the best result.", "He was without any doubt happy.",
    "GREAT news", "The GREAT news is GOOD for EVERYONE", "Is it good?? Really???", "Wonderful!!!!!",
    "She was sort of happy, but mostly just enough sad.", "I :) love it :(", "  spaces   around   ",
    "The bomb squad said the bomb was the bomb.", "They hardly ever win, never this badly.",
    "Nor was it bad or ugly.", "Some said it wasn't nice; others said it was nicer.",
    "Beautiful \u2764\ufe0f day \U0001F600", "Caf\u00e9 owners were furious.", "", "!!!", "a",
    "Lawmakers condemned the deadly attack but praised the swift response.", "It is this good and so bad.",
    "We can't say it was at least very least awful, without a doubt.",
]


@pytest.mark.parametrize("news", [False, True])
def test_compound_is_vader_polarity_scores(news):
    analyzer = sentiment._analyzer(news)
    for text in SENTENCES:
        assert repr(compound(analyzer, text)) == repr(float(analyzer.polarity_scores(text)["compound"])), text


@pytest.mark.parametrize("text", ["The plan was barely good.", "Caf\u00e9 plans were barely good \u2014 at all."])
def test_a_negated_word_reads_as_after_vader_not(text):
    analyzer = sentiment._analyzer(False)
    index = [w.strip(".") for w in text.split()].index("good")
    assert compound(analyzer, text, negated=()) == analyzer.polarity_scores(text)["compound"]
    assert compound(analyzer, text, negated=(index,)) < 0 < compound(analyzer, text)
    assert compound(analyzer, "The plan worked.", negated=(1,)) == compound(analyzer, "The plan worked.")  # no word


@pytest.mark.parametrize("text", ["Jos\u00e9 said the plan was barely good \U0001F600.", "The plan was barely good\U0001F600!"])
def test_a_negated_word_stays_negated_in_text_with_emoji(text):
    analyzer = sentiment._analyzer(False)
    index = [w.strip(".!\U0001F600") for w in text.split()].index("good")
    described = text.replace("\U0001F600", " grinning face")
    assert compound(analyzer, text, negated=(index,)) == compound(analyzer, described, negated=(index,))
    assert compound(analyzer, text, negated=(index,)) < compound(analyzer, text) \
        == analyzer.polarity_scores(text)["compound"]


def test_no_one_was_hurt_reads_the_same_with_an_emoji():
    from mediadiff.tone.scoring import score_text

    plain = score_text("Jos\u00e9 said no one was hurt.").sentences[0].compound
    assert plain >= 0 and score_text("Jos\u00e9 said no one was hurt \U0001F60A.").sentences[0].compound >= plain
