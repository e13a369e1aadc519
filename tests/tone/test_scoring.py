"""Scoring: sentiment, hedge/booster/attribution cues, aggregates that keep comments apart."""

from __future__ import annotations

import pytest
from paths import SEEDS

from mediadiff.models import Article, Comment, InvalidArgument, Sentence
from mediadiff.tone.lexicons import load_lexicon
from mediadiff.tone.scoring import (
    Cue,
    GroupScore,
    SentenceScore,
    score_article,
    score_corpus,
    score_text,
    sentence_scores,
    to_records,
)


def build_article(id: str, body: list[str], *, outlet: str | None = None,
                  comments: list[tuple[str, str]] = (), prefix: str = "Headline\n") -> Article:
    """Article whose raw text is a prefix, the body sentences, then comments."""
    raw, sentences = prefix, []
    for i, text in enumerate(body):
        sentences.append(Sentence(i, text, len(raw), len(raw) + len(text)))
        raw += text + " "
    raw += "\n3 Comments\n"
    built = []
    for author, text in comments:
        raw += author + "\n"
        built.append(Comment(author, text, len(raw), len(raw) + len(text)))
        raw += text + "\n"
    return Article(id=id, path=f"{id}.txt", raw=raw, sentences=tuple(sentences), outlet=outlet,
                   comments=tuple(built))


def cue_texts(text: str, kind: str) -> list[str]:
    return [c.text for s in score_text(text).sentences for c in s.cues if c.kind == kind]


def test_cue_spans_point_at_the_cue_text():
    text = "Officials said the plan may fail. It reportedly could be delayed, according to aides."
    for s in score_text(text).sentences:
        for cue in s.cues:
            assert text[cue.start:cue.end] == cue.text
    assert cue_texts(text, "hedge") == ["may", "reportedly", "could"]
    assert cue_texts(text, "attribution") == ["said", "according to"]


def test_article_cue_offsets_are_into_raw():
    article = build_article("a", ["He said it might rain.", "The United States made clear it is unacceptable."])
    score = score_article(article, voice="all")
    cues = [c for s in score.sentences for c in s.cues]
    assert {c.text for c in cues} >= {"said", "might", "made clear", "unacceptable"}
    for cue in cues:
        assert article.raw[cue.start:cue.end] == cue.text
    for s in score.sentences:
        assert article.raw[s.start:s.end] == s.text


def test_may_the_month_and_the_name_are_not_hedges():
    assert cue_texts("The vote is on May 5. It was held in May, 2024.", "hedge") == []
    assert cue_texts("Theresa May spoke on Tuesday.", "hedge") == []
    assert cue_texts("May 5 was a quiet day.", "hedge") == []
    assert cue_texts("It may rain. May the best team win.", "hedge") == ["may", "May"]


def test_multiword_and_inflected_cues():
    assert cue_texts('"I don\u2019t think it is serious," she said.', "hedge") == ["I don\u2019t think"]
    assert cue_texts("This sounds like bullying.", "hedge") == ["sounds like"]
    assert cue_texts("Washington makes clear that Sheinbaum is right.", "booster") == ["makes clear", "is right"]
    assert cue_texts("She stressed it; he stresses it; they are stressing it.", "attribution") == [
        "stressed", "stresses", "stressing"]


def test_false_positives_are_vetoed():
    assert cue_texts("It will rain. He used all his might.", "hedge") == []
    assert cue_texts("It is not clear who won.", "booster") == []
    assert cue_texts("It is not clear who won.", "hedge") == ["not clear"]
    assert cue_texts("There is no doubt about it.", "hedge") == []
    assert cue_texts("The State Department and the United States met.", "attribution") == []


def test_hedged_sentence_and_score_range():
    hedged, plain = score_text("The suspect may have fled. The suspect fled.").sentences
    assert hedged.hedged and 0 < hedged.hedge_score <= 1
    assert not plain.hedged and plain.hedge_score == 0.0


def test_sentiment_explains_itself():
    (s,) = score_text("The attack was a terrible tragedy.").sentences
    assert -1 <= s.compound < -0.05 and s.label == "negative"
    assert any(w.startswith("terrible (-") for w in s.sentiment_words)
    (n,) = score_text("The meeting is on Tuesday.").sentences
    assert n.label == "neutral" and n.sentiment_words == ()


@pytest.mark.parametrize("text", ["", "   \n ", "12345 ... !!!", "\U0001F600\U0001F621",
                                  "Le gouvernement a dit qu'il pourrait agir.", "\u4eca\u5929\u5929\u6c14\u5f88\u597d\u3002"])
def test_odd_texts_score_without_crashing(text):
    score = score_text(text)
    assert all(-1 <= s.compound <= 1 for s in score.sentences)
    agg = score.aggregate
    assert agg.n_sentences == len(score.sentences)
    if not score.sentences:
        assert agg.sentiment_mean is None and agg.hedges_per_100_words == 0.0


def test_comments_never_change_the_article_score():
    body = ["Officials may delay the plan.", "The minister said the result was good."]
    bare = build_article("004", body, outlet="Daily")
    commented = build_article("004", body, outlet="Daily",
                              comments=[("Ann", "This is awful and clearly a disaster!"), ("Bo", "Great news.")])
    a, b = score_article(bare), score_article(commented)
    beside = ("readers_sentiment", "comment_count")  # the readers' tone is shown beside, never mixed in
    own = [{k: v for k, v in s.article.to_records()[0].items() if k not in beside} for s in (a, b)]
    assert own[0] == own[1]
    assert b.article.readers_sentiment == b.comments.sentiment_mean
    assert a.comments is None and a.comment_scores == ()
    assert b.comments.name == "004 comments" and b.comments.kind == "comments" and b.comments.n_comments == 2
    ann, bo = b.comment_scores
    assert (ann.kind, ann.author, bo.author) == ("comment", "Ann", "Bo")
    assert ann.sentiment_mean < 0 < bo.sentiment_mean and ann.top_boosters == ("clearly",)
    for s in b.comment_sentences:
        assert commented.raw[s.start:s.end] == s.text and s.comment is not None


@pytest.mark.parametrize("voice", ["own", "quoted", "all"])
def test_sentence_scores_are_the_article_scores_sentences(voice):
    article = build_article("004", ['"We may delay it," the minister said.', "The result was clearly good."],
                            outlet="Daily", comments=[("Ann", "Awful. Truly awful!"), ("Bo", "Great news.")])
    scored = score_article(article, voice=voice)
    assert sentence_scores(article, voice=voice) == scored.sentences + scored.comment_sentences
    assert score_corpus([article], by="sentence", voice=voice) == scored.sentences
    assert score_corpus([article], by="sentence", voice=voice, include_comments=True) == \
        scored.sentences + scored.comment_sentences


def test_outlet_aggregation_pools_articles_and_reports_readers_apart():
    articles = [
        build_article("1", ["It was a wonderful success."], outlet="A"),
        build_article("2", ["It was a horrible failure."], outlet="A", comments=[("x", "I love it.")]),
        build_article("3", ["The talks reportedly failed."], outlet=None),
        build_article("4", ["The talks went well."], outlet=None),
    ]
    rows = score_corpus(articles, by="outlet")
    # Articles without an outlet are never pooled: each is its own row.
    assert [r.name for r in rows] == ["A", "3 (outlet unknown)", "4 (outlet unknown)"]
    a, unknown, _ = rows
    per_article = score_corpus(articles, by="article")
    assert a.n_articles == 2 and a.n_sentences == 2 and a.n_comments == 1
    assert a.sentiment_mean == pytest.approx((per_article[0].sentiment_mean + per_article[1].sentiment_mean) / 2)
    assert a.readers_sentiment > 0.3
    assert unknown.readers_sentiment is None and unknown.hedges == 1 and unknown.top_hedges == ("reportedly",)
    assert len(score_corpus(articles, by="sentence")) == 4
    assert len(score_corpus(articles, by="sentence", include_comments=True)) == 5
    assert [r.kind for r in score_corpus(articles, by="article", include_comments=True)] == [
        "article", "article", "comments", "article", "article"]
    with pytest.raises(ValueError):
        score_corpus(articles, by="paragraph")


def test_to_records_are_flat_and_uniform():
    article = build_article("9", ["She said it may work.", "Clearly it did."], outlet="B",
                            comments=[("z", "Nice.")])
    score = score_article(article, voice="all")
    groups = score.to_records()
    assert [g["kind"] for g in groups] == ["article", "comments", "comment"]
    assert len({tuple(g) for g in groups}) == 1
    sentences = to_records(score.sentences)
    assert sentences[0]["hedge_cues"] == "may" and sentences[0]["attribution_cues"] == "said"
    for record in groups + sentences + score_text("Maybe.").to_records():
        assert all(v is None or isinstance(v, (str, int, float, bool)) for v in record.values())
    assert isinstance(score_corpus([article], by="outlet")[0], GroupScore)
    assert isinstance(score_corpus([article], by="sentence")[0], SentenceScore)


def test_lexicon_is_injectable_and_profiles_differ():
    wiki = load_lexicon("wikipedia")
    assert all(e.kind == "hedge" for e in wiki.entries)
    (s,) = score_text("Officials said so.", lexicon=wiki).sentences
    assert s.cues_of("attribution") == ()
    assert isinstance(Cue("hedge", "may", 0, 3, 0.8), Cue)
    with pytest.raises(ValueError):
        load_lexicon("klingon")


def test_united_in_a_name_is_not_sentiment():
    (s,) = score_text("The United States has intensified its pressure.").sentences
    assert "united (ignored: part of a name)" in s.sentiment_words
    assert not any(w.startswith("united (+") for w in s.sentiment_words)
    assert s.compound < 0  # only "pressure" (-1.2) is left; plain VADER gave +0.15


def test_names_mid_sentence_and_listed_names_at_the_start_are_masked():
    from mediadiff.tone.scoring import sentence_sentiment

    neutral, words = sentence_sentiment("He met officials of the Justice Department and Mr. Hope.")
    assert neutral == 0.0 and words == ("justice (ignored: part of a name)", "hope (ignored: part of a name)")
    compound, words = sentence_sentiment("Supreme Court judges met on Tuesday.")
    assert compound == 0.0 and words == ("supreme (ignored: part of a name)",)
    assert sentence_sentiment("The United States.", news=False)[0] > 0  # plain VADER is one flag away


@pytest.mark.parametrize("text", ["New York Gov. Kathy Hochul announced the plan on Monday.",
                                  "New Yorkers voted on Tuesday.", "Fort Worth police closed the road."])
def test_a_place_named_with_a_tone_word_carries_no_tone_at_the_start_of_a_sentence(text):
    from mediadiff.tone.scoring import sentence_sentiment

    compound, words = sentence_sentiment(text)
    assert compound == 0.0 and all("ignored: part of a name" in w for w in words)
    assert sentence_sentiment("A new plan was announced on Monday.")[0] > 0  # "new" outside a name still counts


def test_real_sentiment_words_still_count_next_to_a_name():
    (s,) = score_text("The United Nations praised the terrible compromise.").sentences
    assert any(w.startswith("praised (+2.2") for w in s.sentiment_words)
    assert any(w.startswith("terrible (-") for w in s.sentiment_words)
    assert s.compound != 0.0


@pytest.mark.parametrize("text", ["Great results were reported by the team.",
                                  "\u201cGreat results,\u201d she said.",
                                  "It was over: Great results followed."])
def test_capitalised_clause_start_still_counts(text):
    from mediadiff.tone.scoring import sentence_sentiment

    compound, words = sentence_sentiment(text)
    assert compound > 0.05 and any(w.startswith("great (+3.1") for w in words)


def test_headline_in_title_case_keeps_its_words():
    from mediadiff.tone.scoring import sentence_sentiment

    compound, words = sentence_sentiment("Voters Reward Honest Leaders In Great Victory")
    assert compound > 0.05 and not any("ignored" in w for w in words)


def test_typographic_quotes_do_not_hide_words_or_negations():
    from mediadiff.tone.scoring import sentence_sentiment

    text = "We don\u2019t like it."
    assert sentence_sentiment(text)[0] < 0 < sentence_sentiment(text, news=False)[0]


def test_readers_tone_is_one_number_in_every_row():
    """004's readers: the outlet row, the article row and the comments row agree (the seed of issue 14)."""
    from mediadiff.corpus.reading import load_corpus
    from mediadiff.tone.scoring import outlet_scores, score_article

    scored = score_article(load_corpus(SEEDS)["004"])
    (outlet,) = outlet_scores([scored])
    assert scored.comments is not None and scored.comment_scores
    assert scored.comments.sentiment_mean == scored.article.readers_sentiment == outlet.readers_sentiment
    assert all(c.author for c in scored.comment_scores)
    assert all(c.author in c.name for c in scored.comment_scores)


def test_score_corpus_refuses_an_unknown_voice_even_with_no_articles():
    with pytest.raises(InvalidArgument, match="voice must be one of own, quoted, all"):
        score_corpus([], voice="mine")
    assert score_corpus([], voice="quoted") == ()
