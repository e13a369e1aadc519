"""The word tables of the news lexicon: SentiWordNet priors for words no other lexicon rates."""

from importlib import resources

from mediadiff.tone.newswords import news_valences, sentiwordnet_valences, verb_forms
from mediadiff.tone.params import NEUTRAL_BAND
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


def test_topic_words_of_news_are_not_positive_from_sentiwordnet():
    # issue 14: topic is not tone; SentiWordNet rated "administration", "researchers", "constitutional" positive
    for text in ("The hospital said the immigration administration was working with researchers.",
                 "The opposition criticised the constitutional changes."):
        tone = sentence_tone(text)
        assert tone.compound <= NEUTRAL_BAND, (text, tone.words)
        assert not any("SentiWordNet" in word for word in tone.words), tone.words


IDENTITY_WORDS = ("feminine masculine bisexual gay lesbian elderly homeless unmarried unemployed disabled immigrant "
                  "immigrants muslim jewish black white democratic republican conservative liberal").split()


def test_words_naming_who_people_are_carry_no_sentiwordnet_tone():
    # identity and condition words of people are not tone, whatever a machine-propagated prior says of them
    assert not set(IDENTITY_WORDS) & set(sentiwordnet_valences())


def test_sentiwordnet_words_are_no_nouns():
    # the table lists adjectives, verbs and adverbs only: a noun names what a story is about
    rows = [line.split("\t") for line in (resources.files("mediadiff") / "data" / "sentiwordnet_prior.tsv")
            .read_text(encoding="utf-8").splitlines() if line and not line.startswith(("#", "word\t"))]
    assert rows and {row[3] for row in rows} <= {"a", "v", "r"}


def test_function_words_carry_no_sentiwordnet_tone():
    # "unlike" and "plus" are a preposition and a conjunction in news; WordNet knows only rare adjective senses
    assert not {"unlike", "plus"} & set(sentiwordnet_valences())
    assert sentence_tone("Unlike his rival, the senator spoke about the budget.").compound == 0.0
