"""The word tables of the news lexicon: SentiWordNet priors for words no other lexicon rates."""

from mediadiff.tone.newswords import news_valences, sentiwordnet_valences, verb_forms
from mediadiff.tone.sentiment import base_news_lexicon, news_lexicon, reporting_verbs, sentence_tone, vader_rule_words


def test_sentiwordnet_words_are_only_words_no_other_lexicon_rates():
    swn = set(sentiwordnet_valences())
    assert swn, "data/sentiwordnet_prior.tsv is read"
    assert not swn & set(base_news_lexicon())
    assert not swn & set(news_valences())
    assert not swn & set(verb_forms())
    assert not swn & (reporting_verbs() | vader_rule_words())  # reporting verbs and VADER's rules are never tone


def test_an_unrated_evaluative_word_counts_with_its_source_named():
    tone = sentence_tone("The ruling was baffling.")
    assert tone.compound < 0
    assert any(word.startswith("baffling (SentiWordNet -") for word in tone.words)
    assert sentence_tone("The ruling was baffling.", news=False).compound == 0.0  # plain VADER does not know it


def test_sentiwordnet_words_follow_the_news_rules():
    lexicon = news_lexicon()
    negative = next(w for w, v in sentiwordnet_valences().items() if v < 0)
    assert lexicon[negative] < sentiwordnet_valences()[negative]  # negative valences weigh more, as every word's
    # a noun that classifies the next noun is topic, not tone ("victory parade")
    assert "victory (ignored: topic word classifying a noun)" in sentence_tone("The victory parade starts at noon.").words
