import pytest

from mediadiff.events.grouping import event_similarity, group_events, group_texts
from mediadiff.models import Article, InvalidArgument, Sentence

BOILERPLATE = "© 2025 Daily Courier. All rights reserved. Do not reproduce without permission."


def build_article(id, *sentences, outlet=None, title=None, published=None):
    return Article(
        id=id,
        path=f"{id}.txt",
        raw="\n".join(sentences),
        sentences=tuple(Sentence(i, text, 0, len(text)) for i, text in enumerate(sentences)),
        title=title,
        outlet=outlet,
        published=published,
    )


QUAKE_A = build_article(
    "001",
    "A magnitude 6.4 earthquake struck the Chilean port city of Valparaiso on Tuesday.",
    "President Donald Trump said the United States stood ready to help Chile.",
    "Rescue teams in Valparaiso pulled 14 survivors from collapsed buildings near the harbour.",
    BOILERPLATE,
    outlet="Daily Courier",
    published="2026-01-13",
)
QUAKE_B = build_article(
    "002",
    "Rescuers searched rubble in Valparaiso after a 6.4-magnitude quake shook central Chile.",
    "Chilean officials said 14 people were rescued alive from flattened homes by the harbour.",
    "The tremor on Tuesday cut power to much of Valparaiso.",
    outlet="Wire Service",
    published="2026-01-13",
)
TARIFF = build_article(
    "003",
    "President Donald Trump announced tariffs of 25 percent on Canadian steel imports.",
    "Ottawa called the levies on steel and aluminium an attack on its workers.",
    "Canadian Prime Minister Mark Carney promised retaliation against the tariffs.",
    BOILERPLATE,
    outlet="Daily Courier",
    published="2026-01-14",
)
ELECTION = build_article(
    "004",
    "Voters in Portugal elected a new parliament on Sunday after a bitter campaign.",
    "The Socialist Party won 41 seats in Lisbon and Porto districts.",
    BOILERPLATE,
    outlet="Daily Courier",
    published="2026-01-18",
)


def event_of(events, article_id):
    return next(e for e in events if article_id in e.article_ids)


def test_every_article_lands_in_exactly_one_event():
    events = group_events([QUAKE_A, QUAKE_B, TARIFF, ELECTION])
    ids = [i for e in events for i in e.article_ids]
    assert sorted(ids) == ["001", "002", "003", "004"]
    assert [e.id for e in events] == [f"S{n}.1" for n in range(1, len(events) + 1)]


def test_same_event_in_different_words_groups_together():
    events = group_events([QUAKE_A, QUAKE_B, TARIFF, ELECTION])
    assert event_of(events, "001").article_ids == ("001", "002")
    assert events[0].article_ids == ("001", "002")  # largest event first


def test_shared_famous_name_and_outlet_boilerplate_do_not_merge_events():
    events = group_events([QUAKE_A, QUAKE_B, TARIFF, ELECTION])
    assert event_of(events, "003") is not event_of(events, "001")
    assert event_of(events, "003").article_ids == ("003",)
    assert event_of(events, "004").article_ids == ("004",)


def test_threshold_changes_the_number_of_groups():
    articles = [QUAKE_A, QUAKE_B, TARIFF, ELECTION]
    from mediadiff.events.grouping import group_stories

    loose, default, strict = (len(group_stories(articles, threshold=t, window_days=30)) for t in (0.01, 0.2, 0.99))
    assert loose < default < strict == 4


def test_single_article_is_one_event():
    (event,) = group_events([TARIFF])
    assert event.article_ids == ("003",)
    assert event.cohesion["003"] == 1.0
    assert "Donald Trump" in event.label or "Mark Carney" in event.label


def test_identical_articles_form_one_event_with_full_cohesion():
    copy = build_article("005", *(s.text for s in TARIFF.sentences), outlet="Other Paper")
    (event,) = group_events([TARIFF, copy])
    assert event.article_ids == ("003", "005")
    assert event.cohesion == {"003": 1.0, "005": 1.0}


def test_republished_copy_from_the_same_outlet_still_groups():
    copies = [
        build_article(f"00{n}", *(s.text for s in TARIFF.sentences), outlet="Daily Courier") for n in range(3)
    ]
    assert len(group_events(copies)) == 1


def test_empty_articles_become_their_own_events():
    empty_a, empty_b = build_article("010"), build_article("011")
    events = group_events([QUAKE_A, QUAKE_B, empty_a, empty_b])
    assert event_of(events, "010").article_ids == ("010",)
    assert event_of(events, "011").article_ids == ("011",)
    assert event_of(events, "010").label == "(empty)"


def test_label_holds_shared_names_words_and_month():
    event = event_of(group_events([QUAKE_A, QUAKE_B, TARIFF, ELECTION]), "001")
    assert "Valparaiso" in event.label
    assert "January 2026" in event.label
    assert "Valparaiso" in event.shared_terms
    assert "Trump" not in event.label  # only one of the two members names him


def test_cohesion_is_mean_cosine_in_unit_range():
    event = event_of(group_events([QUAKE_A, QUAKE_B, TARIFF]), "001")
    assert set(event.cohesion) == {"001", "002"}
    assert all(0.0 < c < 1.0 for c in event.cohesion.values())


def test_group_texts_accepts_plain_strings():
    labels = group_texts(
        [
            "Valparaiso earthquake: rescuers pull 14 survivors from rubble in Chile",
            "Chile quake in Valparaiso, 14 survivors pulled from the rubble",
            "Portugal election: Socialists win 41 seats",
        ]
    )
    assert labels[0] == labels[1] != labels[2]
    assert len(group_texts([])) == 0


def test_event_similarity_is_a_symmetric_unit_matrix():
    ids, matrix = event_similarity([QUAKE_A, QUAKE_B, TARIFF])
    assert ids == ("001", "002", "003")
    assert matrix.shape == (3, 3)
    assert (matrix == matrix.T).all()
    assert matrix[0, 1] > matrix[0, 2]
    assert matrix[0, 0] == 1.0


def test_neighbour_cap_bounds_the_graph_but_keeps_clear_events():
    import numpy as np
    from scipy.sparse import csr_matrix

    from mediadiff.events.linkage import average_linkage, neighbour_graph

    # Two tight events of four articles each: one-hot-ish vectors, cosine 1 within, 0 across.
    rows = np.array([[1.0, 0.0]] * 4 + [[0.0, 1.0]] * 4)
    matrix = csr_matrix(rows)
    full = average_linkage(neighbour_graph(matrix, 0.1), 0.2)
    capped = average_linkage(neighbour_graph(matrix, 0.1, max_neighbours=3), 0.2)
    assert len(set(full)) == 2 and len(set(full[:4])) == 1
    assert (capped == full).all()


RUBIO_CALL_A = build_article(
    "020",
    "Secretary of State Marco Rubio spoke by phone with his counterpart from Mexico on the weekend.",
    "Rubio pressed Mexico for tangible results against fentanyl trafficking, and Claudia Sheinbaum said "
    "cooperation on security would continue.",
    published="2026-01-12",
)
RUBIO_CALL_B = build_article(
    "021",
    "In a call with Mexico, Secretary of State Marco Rubio demanded results on fentanyl and security.",
    "Officials in Mexico said security cooperation with Washington had produced results, and Claudia "
    "Sheinbaum defended it.",
    published="2026-01-13",
)


def test_label_keeps_the_person_not_the_office_before_the_name():
    (event,) = group_events([RUBIO_CALL_A, RUBIO_CALL_B])
    assert "Marco Rubio" in event.label
    assert "State Marco Rubio" not in event.label
    assert "Marco Rubio" in event.shared_terms


def test_label_prefers_the_distinctive_word_to_generic_news_words():
    (event,) = group_events([RUBIO_CALL_A, RUBIO_CALL_B])
    assert "fentanyl" in event.label
    assert "security" not in event.label and "results" not in event.label


def test_sentence_opening_word_is_not_taken_for_a_name():
    (event,) = group_events([ELECTION])
    assert "Voters" not in event.label
    assert "Portugal" in event.label or "Socialist Party" in event.label


def test_label_leaves_out_titles_and_prefers_names_rare_in_the_corpus():
    events = group_events([QUAKE_A, QUAKE_B, TARIFF, ELECTION])
    label = event_of(events, "001").label
    assert "President" not in label
    assert label.index("Valparaiso") < label.index("January 2026")
    words = label.split(", ")
    assert "harbour" in words or "magnitude" in words
    assert not ("Chile" in words and "Chilean" in words)  # one of a country and its adjective


# ---- stories and the events inside them

QUAKE_C = build_article(
    "005",
    "Rescue teams in Valparaiso searched collapsed buildings near the harbour a day after the 6.4 earthquake.",
    "Chilean officials said 14 survivors were pulled from the rubble in Valparaiso after the quake on Tuesday.",
    outlet="Other Paper",
    published="2026-01-14",
)


def test_stories_hold_events_and_every_article_once():
    from mediadiff.events.grouping import group_stories

    stories = group_stories([QUAKE_A, QUAKE_B, TARIFF, ELECTION, QUAKE_C])
    assert [s.id for s in stories] == [f"S{n}" for n in range(1, len(stories) + 1)]
    assert sorted(i for s in stories for i in s.article_ids) == ["001", "002", "003", "004", "005"]
    for story in stories:
        assert sorted(i for e in story.events for i in e.article_ids) == sorted(story.article_ids)
        assert [e.id for e in story.events] == [f"{story.id}.{k}" for k in range(1, len(story.events) + 1)]
    quake = next(s for s in stories if "001" in s.article_ids)
    assert {"001", "002", "005"} <= set(quake.article_ids)
    assert quake.first_published == "2026-01-13" and quake.last_published == "2026-01-14"
    assert quake.to_dict()["events"][0]["id"] == f"{quake.id}.1"


def test_story_ids_are_stable_for_the_same_corpus_and_options():
    from mediadiff.events.grouping import group_stories

    articles = [QUAKE_A, QUAKE_B, TARIFF, ELECTION, QUAKE_C]
    assert group_stories(articles) == group_stories(list(articles))


def test_articles_far_apart_in_time_never_join_one_story():
    from dataclasses import replace

    from mediadiff.events.grouping import group_stories

    later = replace(QUAKE_B, id="009", published="2026-03-30")
    stories = group_stories([QUAKE_A, later, TARIFF])
    assert len(stories) == 3
    undated = group_stories([QUAKE_A, replace(later, published=None), TARIFF])
    assert len(undated) == 2  # an unknown date never keeps articles apart


def test_background_paragraph_weighs_less_than_the_lead():
    from mediadiff.events.vectors import vectorize

    lead = "Rescuers pulled survivors from the rubble of the Valparaiso earthquake on Tuesday."
    body = [f"Rescue team {n} searched collapsed buildings in Valparaiso for earthquake survivors." for n in range(8)]
    recalled = "The quake came a week after the Lisbon election recount angered Portuguese voters."
    vectors = vectorize(["\n".join([lead, *body, recalled])], name_weight=1.0, number_weight=1.0)
    weight = dict(zip(vectors.columns, vectors.matrix.toarray()[0]))
    assert weight["name", "valparaiso"] > 2 * weight["name", "lisbon"]


def test_seeds_are_one_story(seeds):
    from mediadiff.events.grouping import group_stories

    (story,) = group_stories(list(seeds))
    assert sorted(story.article_ids) == ["000", "001", "002", "003", "004"]


def test_a_groups_rows_keep_their_values_without_the_unused_columns():
    import numpy as np
    import scipy.sparse as sp

    from mediadiff.events.linkage import compact_rows as _compact_rows

    matrix = sp.random(12, 40, density=0.2, format="csr", random_state=3)
    rows = [7, 2, 9]
    full = matrix[rows].toarray()
    compact = _compact_rows(matrix, rows)
    assert np.array_equal(compact.toarray(), full[:, full.any(axis=0)])
    assert np.array_equal((compact @ compact.T).toarray(), (matrix[rows] @ matrix[rows].T).toarray())


def test_a_short_articles_aside_about_another_story_weighs_less():
    from mediadiff.events.vectors import vectorize

    title = "Valparaiso earthquake: rescuers search the rubble"
    lead = "Rescuers searched the rubble of Valparaiso after the earthquake on Tuesday."
    on_topic = "Rescue teams in Valparaiso found survivors near the harbour after the earthquake."
    aside = "Separately, Lisbon voters elected a new parliament after a bitter campaign."
    vectors = vectorize(["\n".join([title, lead, on_topic, aside])], name_weight=1.0, number_weight=1.0)
    weight = dict(zip(vectors.columns, vectors.matrix.toarray()[0]))
    assert weight["name", "lisbon"] < weight["word", "harbour"]  # both on one line after the lead


def test_member_similarities_are_those_of_the_sparse_product_to_the_last_bit():
    import numpy as np
    import scipy.sparse as sp
    from sklearn.preprocessing import normalize

    from mediadiff.events.grouping import _member_similarities
    from mediadiff.events.linkage import compact_rows

    rng = np.random.RandomState(8)
    matrix = normalize(sp.random(40, 300, density=0.2, format="csr", random_state=rng) @ sp.diags(rng.rand(300)))
    members = [1, 4, 5, 9, 17, 22, 30, 39]
    sub = compact_rows(matrix, members)
    assert _member_similarities(matrix, members).tobytes() == (sub @ sub.T).toarray().tobytes()


def test_a_negative_window_or_a_threshold_outside_0_1_is_refused_even_for_no_articles():
    import mediadiff  # the public function: its arguments are checked (mediadiff/checks.py)

    for settings in ({"window_days": -1}, {"event_window_days": -0.5}, {"event_threshold": 1.5}):
        with pytest.raises(InvalidArgument, match=next(iter(settings))):
            mediadiff.group_events([], **settings)
    assert mediadiff.group_events([], window_days=0) == ()
    assert mediadiff.group_events([], window_days=float("inf")) == ()  # no time limit
