"""The public API checks its arguments: wrong types are clear TypeErrors, never AttributeErrors deep inside."""

import inspect

import pytest

import mediadiff

WRONG = [None, 5, "001", ["001"], {"id": "001"}, float("nan"), object()]


def public_functions():
    for name in mediadiff.__all__:
        value = getattr(mediadiff, name)
        if inspect.isfunction(value):
            yield name, value


@pytest.mark.parametrize("name, function", list(public_functions()))
@pytest.mark.parametrize("wrong", WRONG, ids=repr)
def test_a_wrong_first_argument_is_a_clear_error(seeds, name, function, wrong):
    positional = [p for p in inspect.signature(function).parameters.values()
                  if p.default is p.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    if not positional:
        pytest.skip("no required argument")
    arguments = [wrong] + [seeds["001"]] * (len(positional) - 1)
    try:
        function(*arguments)
    except mediadiff.MediadiffError as error:  # ArgumentTypeError and InvalidArgument are TypeError / ValueError too
        assert str(error)
    except Exception as error:  # noqa: BLE001 - the point: no other kind of error
        pytest.fail(f"{name}({wrong!r}) raised {type(error).__name__}: {error}")


def test_group_events_of_none_is_a_type_error_not_nothing():
    with pytest.raises(TypeError, match="must be a list of Article"):
        mediadiff.group_events(None)


@pytest.mark.parametrize("threshold, error", [(float("nan"), ValueError), (float("inf"), ValueError), (2, ValueError),
                                              (-0.1, ValueError), ("0.3", TypeError), (None, TypeError)])
def test_thresholds_are_finite_numbers_in_the_unit_interval(seeds, threshold, error):
    articles = [seeds["001"], seeds["003"]]
    for call in (lambda: mediadiff.compare(*articles, threshold=threshold),
                 lambda: mediadiff.group_events(articles, threshold=threshold),
                 lambda: mediadiff.compare_many([*articles, seeds["004"]], threshold=threshold)):
        with pytest.raises(error, match="threshold"):
            call()


def test_an_aligner_that_is_no_function_is_a_clear_error(seeds):
    articles = [seeds["001"], seeds["003"]]
    for call in (lambda: mediadiff.compare(*articles, aligner="nope"),
                 lambda: mediadiff.compare_many([*articles, seeds["004"]], aligner=3)):
        with pytest.raises(TypeError, match="argument 'aligner' must be a function"):
            call()
    # None and any function still do: the default aligner, or one the caller passes.
    rows = mediadiff.compare(*articles, aligner=None).pairs
    assert mediadiff.compare(*articles, aligner=lambda a, b, threshold: rows).pairs == rows


def test_an_id_string_where_an_article_belongs_says_how_to_get_one():
    with pytest.raises(TypeError, match=r"must be an Article, not str '001' \(get one with"):
        mediadiff.compare("001", "003")


def test_a_corpus_or_a_generator_is_an_article_list_everywhere(seeds):
    listed = list(seeds)
    assert mediadiff.group_stories(seeds) == mediadiff.group_stories(listed)
    assert mediadiff.group_events(seeds) == mediadiff.group_events(listed)
    assert mediadiff.group_events(a for a in listed) == mediadiff.group_events(listed)
    three = mediadiff.Corpus(seeds.root, tuple(listed[:3]))
    from_corpus, from_generator = mediadiff.compare_many(three), mediadiff.compare_many(a for a in listed[:3])
    assert [a.id for a in from_corpus.articles] == [a.id for a in from_generator.articles] == [a.id for a in listed[:3]]
    assert mediadiff.voices_by_outlet(seeds) == mediadiff.voices_by_outlet(listed)


def test_a_generator_of_other_things_is_still_refused():
    with pytest.raises(TypeError, match="must hold Article objects only, not str"):
        mediadiff.group_stories(x for x in ["001", "003"])
    with pytest.raises(TypeError, match="must be a list of Article objects, not dict"):
        mediadiff.group_stories({"001": 1})


def test_checked_functions_keep_their_names_and_still_work(seeds):
    assert mediadiff.compare.__name__ == "compare" and mediadiff.compare.__doc__
    assert mediadiff.compare(seeds["001"], seeds["003"]).pairs
