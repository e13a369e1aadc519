import scipy.sparse as sp
from sklearn.preprocessing import normalize

from mediadiff.events.splitting import event_labels

# Columns: the story's subject (every report), a phrase of reports a and b, one of c and d,
# and one word of a's and b's own.
TWO_PAIRS = [[1, 1, 0, 1, 0], [1, 1, 0, 0, 1], [1, 0, 1, 0, 0], [1, 0, 1, 0, 0]]


def unit_rows(rows):  # term vectors are L2-normalised, as vectorize gives them
    return normalize(sp.csr_matrix(rows, dtype=float)).tocsr()


def groups(labels):
    found = {}
    for member, label in enumerate(labels.tolist()):
        found.setdefault(label, []).append(member)
    return sorted(found.values())


def test_reports_sharing_what_others_do_not_form_an_event():
    labels = event_labels(unit_rows(TWO_PAIRS), range(4), 0.1)
    assert groups(labels) == [[0, 1], [2, 3]]


def test_one_outlets_own_wording_does_not_make_its_two_reports_one_event():
    outlets = ["Daily Courier", "Daily Courier", None, None]
    labels = event_labels(unit_rows(TWO_PAIRS), range(4), 0.1, outlets=outlets)
    assert groups(labels) == [[0], [1], [2, 3]]


def test_a_copy_from_the_same_outlet_is_the_same_report():
    rows = [[1, 1, 0, 1], [1, 1, 0, 1], [1, 0, 1, 0], [1, 0, 1, 0]]
    outlets = ["Daily Courier", "Daily Courier", "Other Paper", "Wire Service"]
    labels = event_labels(unit_rows(rows), range(4), 0.1, outlets=outlets)
    assert groups(labels) == [[0, 1], [2, 3]]


def test_the_lead_decides_between_events_the_body_blurs():
    body = sp.csr_matrix([[1, 1, 1, 0], [1, 1, 0, 1], [1, 0, 1, 1]], dtype=float)  # every pair shares one term
    leads = sp.csr_matrix([[1, 0], [1, 0], [0, 1]], dtype=float)  # a and b lead with the same news
    assert groups(event_labels(body, range(3), 0.3, lead_matrix=leads)) == [[0, 1], [2]]
    assert groups(event_labels(body, range(3), 0.3)) == [[0, 1, 2]]


def test_seeds_are_one_story_of_three_events(seeds):
    from mediadiff.events.grouping import group_stories

    (story,) = group_stories(list(seeds))
    assert sorted(story.article_ids) == ["000", "001", "002", "003", "004"]
    events = [set(event.article_ids) for event in story.events]
    assert {"003", "004"} <= next(e for e in events if "003" in e)  # the Jan 15 call and the post on X
    assert {"000", "002"} <= next(e for e in events if "000" in e)  # Sheinbaum's Jan 16 reply
    assert next(e for e in events if "000" in e) != next(e for e in events if "003" in e)


def test_in_story_vectors_are_those_of_the_sparse_formulation_to_the_last_bit():
    import numpy as np
    import scipy.sparse as sp
    from sklearn.preprocessing import normalize

    from mediadiff.events.linkage import compact_rows
    from mediadiff.events.splitting import _in_story_vectors

    rng = np.random.RandomState(5)
    # Rows stored from the highest column down, as vectorize's product leaves them.
    matrix = normalize(sp.random(30, 80, density=0.15, format="csr", random_state=rng) @ sp.diags(rng.rand(80) + 1))
    leads = normalize(sp.random(30, 80, density=0.05, format="csr", random_state=rng) @ sp.diags(rng.rand(80) + 1))
    rows, owners = [3, 7, 8, 12, 20, 21, 29], [0, 1, 1, -1, 2, 0, -2]

    def plain(block, weight):
        sub = compact_rows(block, rows).tocoo()
        frequency = np.bincount(sub.col, minlength=sub.shape[1])
        idf = np.log((len(rows) + 1) / np.maximum(frequency, 1))
        code = np.array(owners)
        for column in range(sub.shape[1]):
            carriers = set(code[sub.row[sub.col == column]].tolist())
            if frequency[column] >= 2 and len(carriers) == 1:
                idf[column] = 0.0
        return np.sqrt(weight) * normalize(sub.tocsr() @ sp.diags(idf))

    expected = sp.hstack([plain(matrix, 0.3), plain(leads, 0.7)]).tocsr()
    found = _in_story_vectors([(matrix, 0.3), (leads, 0.7)], rows, owners)
    assert np.array_equal(found.indptr, expected.indptr) and np.array_equal(found.indices, expected.indices)
    assert found.data.tobytes() == expected.data.tobytes()
