"""Alignment, similarity and compare(): inputs built inline from models.py."""

from __future__ import annotations

import gc
import json

import pytest
from align_builders import sentences
from paths import DATA

from mediadiff.align.alignment import TooLongError, align_sentences
from mediadiff.align.comparison import EmptyArticleError, SameArticleError, compare
from mediadiff.align.params import PARAPHRASE_THRESHOLD
from mediadiff.align.similarity import guess_language, sentence_similarity, word_diff
from mediadiff.models import Article


def article(id_: str, *texts: str, outlet: str = "Outlet") -> Article:
    sents = sentences(*texts)
    return Article(id=id_, path=f"{id_}.txt", raw=" ".join(texts), sentences=sents,
                   title=f"Title {id_}", outlet=outlet, published="2026-01-16")


FACT_1 = "Mexican President Claudia Sheinbaum said security cooperation with the US is yielding strong results."
FACT_1_REWORDED = "Security cooperation with Washington is producing strong results, President Claudia Sheinbaum said on Friday."
FACT_2 = "Fentanyl seizures at the border fell by 50% last year, according to Customs and Border Protection."
FACT_3 = "Secretary of State Marco Rubio demanded tangible results against the cartels."
UNRELATED = "The World Cup will open in Mexico City on June 11 with a match at the Azteca stadium."


def statuses(pairs):
    return [(p.status, p.a_indices, p.b_indices) for p in pairs]


def test_similarity_ranges_and_order():
    assert sentence_similarity(FACT_1, FACT_1) == pytest.approx(1.0)
    assert sentence_similarity(FACT_1, FACT_1_REWORDED) >= PARAPHRASE_THRESHOLD
    assert sentence_similarity(FACT_1, UNRELATED) < 0.2
    assert sentence_similarity(FACT_1, FACT_1_REWORDED) == sentence_similarity(FACT_1_REWORDED, FACT_1)


def test_conflicting_numbers_lower_similarity():
    same = sentence_similarity("Homicides fell by 40% this year.", "Homicides fell by 40% this year, officials said.")
    other = sentence_similarity("Homicides fell by 40% this year.", "Homicides fell by 25% this year, officials said.")
    assert other < same


def test_word_diff_ops():
    ops = word_diff("the cat sat on the mat", "the dog sat on the mat today")
    assert [op.op for op in ops] == ["equal", "replace", "equal", "insert"]
    assert ops[1].a_text == "cat" and ops[1].b_text == "dog"
    assert ops[3].b_text == "today"


def test_identical_sentences_are_kept():
    a = sentences(FACT_1, FACT_2)
    pairs = align_sentences(a, a)
    assert statuses(pairs) == [("kept", (0,), (0,)), ("kept", (1,), (1,))]


def test_reordered_sentences_are_matched():
    pairs = align_sentences(sentences(FACT_1, FACT_2, FACT_3), sentences(FACT_3, FACT_1, FACT_2))
    assert {(p.a_indices, p.b_indices) for p in pairs} == {((0,), (1,)), ((1,), (2,)), ((2,), (0,))}
    assert all(p.status == "kept" for p in pairs)


def test_paraphrase_is_reworded_with_diff():
    (pair,) = align_sentences(sentences(FACT_1), sentences(FACT_1_REWORDED))
    assert pair.status == "reworded"
    assert any(op.op != "equal" for op in pair.diff)
    assert any(op.op == "equal" and "Sheinbaum" in op.a_text for op in pair.diff)
    assert ("Sheinbaum", "Sheinbaum") in pair.word_pairs and ("results", "results") in pair.word_pairs
    assert 0.5 < pair.confidence <= 1 and "link score" in pair.reason


def test_unrelated_sentences_are_dropped_and_added():
    pairs = align_sentences(sentences(FACT_1, UNRELATED), sentences(FACT_1))
    assert statuses(pairs) == [("kept", (0,), (0,)), ("dropped", (1,), ())]
    pairs = align_sentences(sentences(FACT_2), sentences(FACT_2, UNRELATED))
    assert statuses(pairs)[-1] == ("added", (), (1,))
    assert pairs[-1].a_text is None and pairs[-1].b_text == UNRELATED


def test_split_sentence_matches_two():
    merged = ("Sheinbaum rejected any US military intervention in Mexico, and she said "
              "the bilateral security group will meet in Washington in February.")
    first = "Sheinbaum rejected any US military intervention in Mexico."
    second = "The bilateral security group will meet in Washington in February, she said."
    pairs = align_sentences(sentences(merged), sentences(first, second))
    assert [(p.a_indices, p.b_indices) for p in pairs] == [((0,), (0, 1))]
    assert pairs[0].status in {"kept", "reworded"}
    assert pairs[0].b_text == f"{first} {second}"
    pairs = align_sentences(sentences(first, second), sentences(merged))
    assert [(p.a_indices, p.b_indices) for p in pairs] == [((0, 1), (0,))]


def test_every_sentence_appears():
    a = sentences(FACT_1, FACT_2, UNRELATED, FACT_3)
    b = sentences(FACT_3, FACT_1_REWORDED, "Completely different words here about weather.")
    pairs = align_sentences(a, b)
    assert sorted(i for p in pairs for i in p.a_indices) == [0, 1, 2, 3]
    assert sorted(j for p in pairs for j in p.b_indices) == [0, 1, 2]


def test_compare_json_shape():
    a = article("a1", FACT_1, FACT_2, UNRELATED)
    b = article("b1", FACT_3, FACT_1_REWORDED, FACT_2)
    data = json.loads(json.dumps(compare(a, b).to_dict()))
    assert set(data) >= {"articles", "alignment", "quotes", "summary"}
    assert [x["id"] for x in data["articles"]] == ["a1", "b1"]
    assert set(data["articles"][0]) >= {"id", "outlet", "title", "published"}
    for row in data["alignment"]:
        assert set(row) >= {"status", "label", "a", "b", "similarity", "score", "confidence", "uncertain",
                            "a_index", "b_index", "evidence", "diff"}
        assert (row["similarity"] is None) == (row["status"] in ("dropped", "added"))
        assert row["evidence"]["reason"]
    assert {r["a_index"] for r in data["alignment"] if r["a"]} == {0, 1, 2}
    assert {r["b_index"] for r in data["alignment"] if r["b"]} == {0, 1, 2}
    summary = data["summary"]
    assert (summary["kept_count"], summary["reworded_count"], summary["dropped_count"],
            summary["added_count"]) == (1, 1, 1, 1)
    assert summary["b"]["buried"] == []


def test_compare_rejects_same_article_and_empty_body():
    a = article("a1", FACT_1)
    with pytest.raises(SameArticleError):
        compare(a, a)
    with pytest.raises(EmptyArticleError):
        compare(a, Article(id="e", path="e.txt", raw="", sentences=()))


def test_language_mismatch_warns():
    spanish = article("es", "La presidenta dijo que la cooperación con los Estados Unidos da resultados para el país.")
    assert guess_language(spanish.body) == "es"
    result = compare(article("en", FACT_1), spanish)
    assert result.warnings and "languages" in result.warnings[0]
    assert result.languages == ("en", "es")


def test_guess_language_given_the_words_already_read():
    from mediadiff.align.similarity import tokens

    text = "El presidente dijo que la cooperación con los Estados Unidos da resultados. The end."
    assert guess_language(text, words=tokens(text)) == guess_language(text) == "es"
    assert guess_language(text, words=["the", "of", "and"]) == "en"  # the words given are the ones counted


def test_compare_many_builds_coverage_matrix():
    from mediadiff.align.coverage import compare_many

    arts = [article("x", FACT_1, FACT_2), article("y", FACT_2, FACT_3), article("z", FACT_1_REWORDED, FACT_2, UNRELATED)]
    coverage = compare_many(arts)
    rows = {f.text: row for f, row in zip(coverage.facts, coverage.matrix)}
    assert rows[FACT_2] == (True, True, True)
    assert rows[FACT_1] == (True, False, True)
    data = coverage.to_dict()
    assert set(data) >= {"articles", "facts", "matrix"}
    assert data["facts"][0]["sentences"] == {"x": [1], "y": [0], "z": [1]}


def test_coverage_records_keep_articles_named_like_their_fixed_keys_apart():
    # Articles named "text" and "uncertain" (text.txt, uncertain.txt) overwrote the fact's text and the
    # uncertain column; their columns are told apart, the others keep their ids.
    from mediadiff.align.coverage import compare_many

    arts = [article("text", FACT_1, FACT_2), article("uncertain", FACT_2, FACT_3), article("c", FACT_2, FACT_3)]
    records = compare_many(arts).to_records()
    fact = next(r for r in records if r["text"] == FACT_2)
    assert fact["article:text"] and fact["article:uncertain"] and fact["c"] and fact["uncertain"] == ""
    assert {"fact", "text", "article_count", "uncertain", "article:text", "article:uncertain", "c"} == set(fact)


def test_coverage_counts_articles_and_outlets_apart():
    # Two articles of one outlet carrying a fact are two articles but one outlet.
    from dataclasses import replace

    from mediadiff.align.coverage import compare_many

    arts = [replace(article("x", FACT_1, FACT_2), outlet="Latin Times"),
            replace(article("y", FACT_2, FACT_3), outlet="Latin Times"),
            replace(article("z", FACT_3, UNRELATED), outlet="Reuters")]
    facts = {f["text"]: f for f in compare_many(arts).to_dict()["facts"]}
    assert (facts[FACT_2]["article_count"], facts[FACT_2]["outlet_count"]) == (2, 1)
    assert (facts[FACT_3]["article_count"], facts[FACT_3]["outlet_count"]) == (2, 2)


def test_kept_only_when_punctuation_or_typography_changes():
    base = 'Homicides fell by 40% this year, the security cabinet said on Tuesday, calling it "a turning point".'
    typographic = base.replace('"a turning point"', "“a turning point”").rstrip(".")
    (pair,) = align_sentences(sentences(base), sentences(typographic))
    assert pair.status == "kept" and pair.certainty is None
    for edited in (base.replace("40%", "45%"), base.replace("Tuesday", "Monday"),
                   base.replace("the security cabinet", "the cabinet"), base.replace("fell", "did not fall")):
        (pair,) = align_sentences(sentences(base), sentences(edited))
        assert pair.status == "reworded", edited
        assert any(op.op != "equal" for op in pair.diff)


def test_modality_change_is_reworded_and_flagged():
    a = "Her Mexican counterpart, Claudia Sheinbaum, has repeatedly refused to allow any U.S. military action."
    b = a.replace("has repeatedly refused", "may have refused")
    (pair,) = align_sentences(sentences(a), sentences(b))
    assert pair.status == "reworded"
    assert "may" in pair.certainty
    assert any(op.op != "equal" and "may" in op.b_text for op in pair.diff)
    assert pair.to_dict()["evidence"]["certainty"] == pair.certainty


def test_join_must_beat_its_parts():
    # "Lucent shares fell 8 cents" shares words with A, but adding it to the identical
    # Comcast sentence would make the pair worse, so it stays added.
    comcast = "Comcast shares were up 8 cents at $20.50 on the Nasdaq."
    lucent = "Lucent shares fell 8 cents to $1.95 on the New York Stock Exchange."
    a, b = sentences(comcast, UNRELATED, FACT_3), sentences(comcast, lucent, UNRELATED, FACT_3)
    floor = align_sentences(a, b)[1].score - 0.01  # low enough for Lucent to be a candidate join
    pairs = align_sentences(a, b, threshold=floor)
    assert ("added", (), (1,)) in statuses(pairs) and ("kept", (0,), (0,)) in statuses(pairs)
    added = next(p for p in pairs if p.b_indices == (1,))
    # At this raised floor their words do not correspond enough either (word similarity below it).
    assert added.nearest == 0 and ("aligned with B1" in added.reason or "words hardly correspond" in added.reason)


def test_dropped_row_names_its_nearest_sentence_and_doubt():
    # No word of A's first sentence has an equivalent (other form, related word, synonym) in B's
    # that it does not share already, so the second chance cannot take the pair either.
    a = sentences("Sheinbaum rejected any US military intervention against the cartels.",
                  "The World Cup will open in Mexico City on June 11.")
    b = sentences("The Mexican president again said no to a military operation by Washington against cartels.",
                  "Tourism grew strongly in the first quarter.")
    pairs = align_sentences(a, b, threshold=0.5)
    dropped = next(p for p in pairs if p.a_indices == (0,))
    assert dropped.status == "dropped" and dropped.similarity is None
    assert dropped.nearest == 0 and 0 < dropped.score < 0.5 and "below the floor" in dropped.reason
    lonely = next(p for p in pairs if p.a_indices == (1,))
    assert lonely.status == "dropped" and not lonely.uncertain
    doubtful = align_sentences(a, b, threshold=dropped.score + 0.01)
    row = next(p for p in doubtful if p.a_indices == (0,))
    assert row.uncertain and row.label == "dropped (or reworded as B1?)"
    assert row.to_dict()["uncertain"] is True and row.to_dict()["evidence"]["nearest"]["index"] == 0


def test_too_long_article_is_refused_with_a_clear_message(monkeypatch):
    from mediadiff.align import alignment

    monkeypatch.setattr(alignment, "MAX_SENTENCES", 3)
    with pytest.raises(TooLongError, match="at most 3 per article"):
        align_sentences(sentences(FACT_1, FACT_2, FACT_3, UNRELATED), sentences(FACT_1))


def _gold(split):
    paths = sorted(DATA.glob("gold_alignment_*.json"))
    return [g for g in (json.loads(p.read_text(encoding="utf-8")) for p in paths) if g["split"] == split]


def test_gold_files_are_split_into_dev_and_test():
    # Figures on these files live in bench/ (bench_seed_alignment.py), not in asserts.
    dev, test = _gold("dev"), _gold("test")
    assert {(g["a"], g["b"]) for g in test} == {("003", "004"), ("000", "002")}
    assert {(g["a"], g["b"]) for g in dev} == {("001", "003"), ("000", "004"), ("002", "003"), ("001", "004")}


def _links(pairs):
    return {(i, j) for p in pairs for i in p.a_indices for j in p.b_indices}


def test_seed_003_004_statement_is_not_dropped_and_calls_are_not_merged(seeds):
    pairs = align_sentences(seeds["003"].sentences, seeds["004"].sentences)
    links = _links(pairs)
    # 003:4 "agreed that more needs to be done to address shared threats" is carried by
    # 004:5 "more must be done to confront shared threats" (with the communiqué 003:9).
    assert (4, 5) in links and (9, 5) in links
    # 003:0, Thursday's call, is 004:4 only, not also 004:6 (the call of January 11).
    assert (0, 4) in links and (0, 6) not in links
    for pair in pairs:
        if pair.status in ("dropped", "added"):
            assert pair.similarity is None and pair.reason


def test_seed_003_004_refusal_reworded_as_rejection_is_not_dropped(seeds):
    pairs = align_sentences(seeds["003"].sentences, seeds["004"].sentences)
    # 003:7 "has repeatedly refused to allow any U.S. military action" is 004:8 "reiterated her
    # country's rejection of any U.S. military intervention": few shared stems, but repeatedly/
    # reiterated and refused/rejection are WordNet synonyms and Mexican/Mexico related words.
    (row,) = [p for p in pairs if 7 in p.a_indices]
    assert row.status == "reworded" and row.b_indices == (8,)
    assert ("refused", "rejection") in row.word_pairs


def test_equivalent_words_pair_sentences_only_as_each_others_nearest():
    refused = "Her counterpart Claudia Sheinbaum has repeatedly refused to allow any military action on its territory."
    rejection = "Sheinbaum reiterated her country's rejection of any military intervention against cartels."
    other = "The World Cup will open in Mexico City on June 11 with a match at the Azteca stadium."
    pairs = align_sentences(sentences(refused, other), sentences(other, rejection))
    assert statuses(pairs) == [("reworded", (0,), (1,)), ("kept", (1,), (0,))]
    # The same sentence stays dropped when its nearest match is another sentence that is taken.
    taken = "Sheinbaum has repeatedly refused to allow any military action against cartels on its territory."
    pairs = align_sentences(sentences(refused, taken), sentences(rejection, taken))
    assert ("dropped", (0,), ()) in statuses(pairs)


def test_seed_edit_of_certainty_is_not_hidden(seeds):
    from dataclasses import replace

    a = seeds["003"].sentences
    b = tuple(replace(s, text=s.text.replace("has repeatedly refused", "may have refused")) for s in a)
    assert a != b
    pairs = align_sentences(a, b)
    (changed,) = [p for p in pairs if p.status != "kept"]
    assert changed.status == "reworded" and "may" in changed.certainty
    assert all(p.status == "kept" for p in pairs if p is not changed)


def test_compare_many_keeps_the_communique_and_the_shared_responsibility_quote_apart(seeds):
    from mediadiff.align.coverage import compare_many

    coverage = compare_many([seeds[k] for k in ("000", "002", "003", "004")])
    quote = next((f for f in coverage.facts if 2 in f.sentences.get("000", ())), None)
    communique = next(f for f in coverage.facts if 9 in f.sentences.get("003", ()))
    assert quote is not communique
    assert 9 not in (quote.sentences.get("003", ()) if quote else ())
    # On all five seeds, every sentence of a fact is aligned by compare() itself with most
    # of the fact's sentences from other articles: no fact is a chain of unrelated links.
    everything = compare_many(list(seeds))
    for fact in everything.facts:
        members = [(k, i) for k, indices in fact.sentences.items() for i in indices]
        for k, i in members:
            others = [(m, j) for m, j in members if m != k]
            direct = sum((i, j) in _links(align_sentences(seeds[k].sentences, seeds[m].sentences)) for m, j in others)
            assert 2 * direct >= len(others), (fact.text, k, i)


def test_compare_many_links_rewordings_with_the_full_aligner_for_many_articles():
    from mediadiff.align.coverage import compare_many

    arts = [article(f"a{n:02d}", FACT_1 if n % 2 else FACT_1_REWORDED, FACT_2,
                    f"Local detail number {n} about street {n * 7} in district {n * 3}.") for n in range(24)]
    coverage = compare_many(arts)
    assert not coverage.warnings
    assert all(coverage.matrix[0]) and all(coverage.matrix[1])
    assert {f.text for f in coverage.facts[:2]} == {FACT_1_REWORDED, FACT_2}


def test_compare_many_refuses_too_many_articles(monkeypatch):
    from mediadiff.align import coverage

    monkeypatch.setattr(coverage, "MAX_ARTICLES", 2)
    with pytest.raises(coverage.TooManyArticlesError, match="at most 2"):
        coverage.compare_many([article("x", FACT_1), article("y", FACT_2), article("z", FACT_3)])


def test_alignment_leaves_the_garbage_collector_as_it_found_it():
    # The aligner pauses the cyclic collector while it works; it must restore the caller's setting.
    a, b = sentences("The minister resigned on Monday."), sentences("On Monday the minister quit.")
    assert gc.isenabled()
    align_sentences(a, b)
    assert gc.isenabled()
    gc.disable()
    try:
        align_sentences(a, b)
        assert not gc.isenabled()
    finally:
        gc.enable()

    def failing(text_a: str, text_b: str) -> float:
        raise ValueError("similarity failed")

    with pytest.raises(ValueError):  # restored when the alignment fails part-way too
        align_sentences(a, b, similarity=failing)
    assert gc.isenabled()
