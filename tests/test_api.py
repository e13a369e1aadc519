"""The public library API: every exported name resolves, and a research script's path works."""

import json
import subprocess
import sys

import pytest

import mediadiff


def test_every_public_name_resolves():
    for name in mediadiff.__all__:
        assert getattr(mediadiff, name) is not None, name


def test_import_does_not_load_heavy_dependencies():
    code = "import sys, mediadiff; print(sorted(m for m in ('matplotlib', 'sklearn', 'nltk', 'vaderSentiment') if m in sys.modules))"
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert output.strip() == "[]"


def test_research_script_path(seeds):
    result = mediadiff.compare(seeds["003"], seeds["004"])
    data = result.to_dict()
    assert [a["id"] for a in data["articles"]] == ["003", "004"]
    scores = mediadiff.score_article(seeds["004"])
    assert len(scores.comment_scores) == 5
    events = mediadiff.group_events(list(seeds))
    assert sorted(i for e in events for i in e.article_ids) == list(seeds.ids)


def test_every_public_function_has_a_docstring():
    for name in mediadiff.__all__:
        value = getattr(mediadiff, name)
        if callable(value) and not isinstance(value, type):
            assert (value.__doc__ or "").strip(), name


def test_every_error_it_exports_is_a_mediadiff_error():
    errors = [getattr(mediadiff, n) for n in mediadiff.__all__
              if isinstance(getattr(mediadiff, n), type) and issubclass(getattr(mediadiff, n), Exception)]
    assert mediadiff.SameArticleError in errors and mediadiff.SkippedFile in errors
    assert all(issubclass(error, mediadiff.MediadiffError) for error in errors)
    assert issubclass(mediadiff.ArgumentTypeError, TypeError) and issubclass(mediadiff.InvalidArgument, ValueError)


@pytest.mark.parametrize("call", [
    lambda: mediadiff.load_corpus(5),
    lambda: mediadiff.load_article("x.txt", encoding="utf-8"),
    lambda: mediadiff.score_corpus([], by="actor"),
    lambda: mediadiff.score_corpus([A], voice="mine"),
    lambda: mediadiff.tone_toward("Smith won.", 4, 99),
    lambda: mediadiff.load_lexicon("nope"),
], ids=["corpus-int", "unknown-option", "by-actor", "voice", "offsets", "lexicon"])
def test_a_bad_argument_is_one_mediadiff_error_to_catch(call):
    with pytest.raises(mediadiff.MediadiffError) as caught:
        call()
    assert "\n" not in str(caught.value)


def test_score_by_actor_points_to_actor_tones():
    with pytest.raises(ValueError, match="actor_tones"):
        mediadiff.score_corpus([], by="actor")


def test_load_article_takes_a_path_object_and_the_corpus_options(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Officials said the bridge may reopen soon. Critics disagreed.\n", encoding="utf-8")
    article = mediadiff.load_article(path, max_bytes=1_000, splitter="rules")
    assert [s.text for s in article.sentences] == ["Officials said the bridge may reopen soon.", "Critics disagreed."]
    with pytest.raises(mediadiff.SkippedFile):
        mediadiff.load_article(path, max_bytes=10)


def _article(article_id, outlet, text):
    raw = text
    sentences = tuple(mediadiff.Sentence(i, raw[s:e], s, e) for i, (s, e) in enumerate(mediadiff.split_sentences(raw)))
    return mediadiff.Article(id=article_id, path=f"{article_id}.txt", raw=raw, sentences=sentences, outlet=outlet)


A = _article("a", "Daily", "The mayor said the bridge may reopen in May. Critics condemned Smith for the delays.")
B = _article("b", "Herald", "The bridge will reopen in May, the mayor said. Smith was praised by residents.")


def test_results_are_frozen_and_turn_into_plain_json(tmp_path):
    import dataclasses

    coverage = mediadiff.compare_many([A, B])
    results = [
        A, A.sentences[0], mediadiff.Corpus("folder", (A, B)), mediadiff.compare(A, B),
        mediadiff.score_text("It may rain. Critics condemned Smith."), mediadiff.score_article(A),
        *mediadiff.score_corpus([A, B], by="outlet"), *mediadiff.score_corpus([A, B], by="sentence"),
        mediadiff.sentence_certainty("It may possibly rain."), *mediadiff.actor_tones([A, B], min_mentions=1),
        *coverage.facts, coverage, mediadiff.attribute(A), *mediadiff.group_stories([A, B]),
    ]
    for result in results:
        assert dataclasses.is_dataclass(result) and type(result).__dataclass_params__.frozen, type(result)
        data = result.to_dict()
        assert json.loads(json.dumps(data)) == data, type(result)


def test_the_library_prints_nothing(capsys, tmp_path):
    mediadiff.compare(A, B)
    mediadiff.score_corpus([A, B], by="outlet")
    mediadiff.group_stories([A, B], jobs=1)
    mediadiff.attribute(A)
    assert capsys.readouterr().out == ""


def test_a_report_never_replaces_a_file_and_says_how_in_python_words(seeds, tmp_path):
    (tmp_path / "report.html").write_text("mine")
    with pytest.raises(mediadiff.OutputExistsError, match="pass force=True") as caught:
        mediadiff.write_report([seeds["003"], seeds["004"]], tmp_path)
    assert caught.value.target == tmp_path / "report.html"
    assert (tmp_path / "report.html").read_text() == "mine"


def test_an_article_built_by_hand_takes_no_authors_as_none_and_refuses_what_is_no_name():
    from mediadiff.models import Article, InvalidArgument

    assert Article("x", "-", "", (), authors=None).authors == ()
    assert Article("x", "-", "", (), authors="Jane Doe").authors == ("Jane Doe",)
    for bad in (["Jane Doe", 5], 5):
        with pytest.raises(InvalidArgument, match="authors"):
            Article("x", "-", "", (), authors=bad)


def test_a_report_is_never_written_among_its_articles_and_a_refused_write_is_a_mediadiff_error(tmp_path):
    (tmp_path / "a.txt").write_text("The council approved the budget on Monday. It takes effect in May.\n")
    (tmp_path / "b.txt").write_text("The council passed the budget on Monday. Critics called it too small.\n")
    a, b = mediadiff.load_article(tmp_path / "a.txt"), mediadiff.load_article(tmp_path / "b.txt")
    with pytest.raises(mediadiff.MediadiffError, match="holds the articles"):
        mediadiff.write_report([a, b], tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]
    with pytest.raises(mediadiff.TooFewArticlesError):
        mediadiff.write_report([a], tmp_path / "out")



def test_a_write_the_system_refuses_is_a_mediadiff_error(seeds, tmp_path, monkeypatch):
    from mediadiff.render import safe

    def refused(*args, **kwargs):  # what a read-only folder or a full disk does (root writes anywhere)
        raise PermissionError(13, "Permission denied", "report.html")

    monkeypatch.setattr(safe, "atomic_write", refused)
    monkeypatch.setattr(safe.StagedFiles, "write_text", refused)
    with pytest.raises(mediadiff.OutputError, match="Permission denied") as caught:
        mediadiff.write_report([seeds["003"], seeds["004"]], tmp_path / "report")
    assert isinstance(caught.value, OSError) and "\n" not in str(caught.value)
    assert not (tmp_path / "report").exists()


def test_a_corpus_is_indexed_by_id_not_by_position(seeds):
    with pytest.raises(mediadiff.ArgumentTypeError, match=r"corpus.articles\[0\]"):
        seeds[0]
    assert seeds[seeds.ids[0]] is seeds.articles[0]


def test_a_comparison_counts_its_rows_and_its_repr_names_the_articles_not_their_text(seeds):
    result = mediadiff.compare(seeds["003"], seeds["004"])
    assert result.counts == {s: result.count(s) for s in ("kept", "reworded", "dropped", "added")}
    assert sum(result.counts.values()) == len(result.pairs)
    assert repr(result).startswith("Comparison(a='003', b='004', kept=") and len(repr(result)) < 200


def test_records_and_the_voices_table_are_public(seeds):
    rows = mediadiff.to_records(mediadiff.sentence_scores(seeds["004"]))
    assert rows and all(isinstance(row, dict) for row in rows)
    table = mediadiff.voices_by_outlet([seeds["003"]])
    assert isinstance(table, mediadiff.VoicesSummary) and json.dumps(table.to_dict())
    with pytest.raises(mediadiff.ArgumentTypeError, match="or a list of them, not NoneType"):
        mediadiff.to_records(None)
    with pytest.raises(mediadiff.ArgumentTypeError, match="must hold results with records"):
        mediadiff.to_records(["s0001"])


def test_to_records_takes_one_result_or_a_list_of_them(seeds):
    table = mediadiff.voices_by_outlet([seeds["003"], seeds["004"]])
    assert mediadiff.to_records(table) == table.to_records() == mediadiff.to_records([table])
    tones = mediadiff.actor_tones([seeds["003"], seeds["004"]])
    assert tones and mediadiff.to_records(tones[0]) == tones[0].to_records()
    assert mediadiff.to_records([*tones, table]) == [r for t in tones for r in t.to_records()] + table.to_records()


def test_indices_are_0_based_and_numbers_for_readers_1_based(seeds):
    # ActorTone.examples printed "004 [3]" beside example_mentions' sentence 2, and a row's label "B9" beside
    # nearest 8, with nothing saying which counts from where: each 1-based number now has its name.
    result = mediadiff.compare(seeds["003"], seeds["004"])
    unsure = [p for p in result.pairs if p.status in ("dropped", "added") and p.nearest is not None]
    assert unsure
    for pair in unsure:
        other = seeds["004"] if pair.status == "dropped" else seeds["003"]
        assert other.sentences[pair.nearest].index == pair.nearest  # an index into article.sentences
        assert pair.nearest_sentence == pair.nearest + 1
        if pair.uncertain:
            assert pair.label.endswith(f"{pair.nearest_sentence}?)")
    records = {(r["a_sentences"], r["b_sentences"]): r for r in result.to_records()}
    assert {r["nearest_sentence"] for r in records.values()} >= {p.nearest_sentence for p in unsure}
    rows = mediadiff.actor_tones(seeds)
    example = next(e for row in rows for e in row.example_mentions)
    article = seeds[example.article_id]
    assert example.mention in article.sentences[example.sentence].text
    assert example.sentence_number == example.sentence + 1 and str(example).endswith(f"[{example.sentence_number}]")
    as_dict = json.loads(json.dumps(next(row for row in rows if example in row.example_mentions).to_dict()))
    found = next(e for e in as_dict["example_mentions"] if e["clause"] == example.clause)
    assert (found["sentence"], found["sentence_number"]) == (example.sentence, example.sentence + 1)
