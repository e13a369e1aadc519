"""The chance calibration of the story threshold: short texts of rare terms get a lower one."""

import random
from collections import Counter, defaultdict

import numpy as np

from mediadiff.events.calibration import chance_level, chance_similarity, story_threshold_for
from mediadiff.events.grouping import group_texts
from mediadiff.events.linkage import average_linkage, neighbour_graph
from mediadiff.events.params import STORY_THRESHOLD
from mediadiff.events.vectors import article_texts, vectorize


def build_matrix(texts):
    return vectorize(texts, name_weight=1.0, number_weight=1.0).matrix


def made_up_word(rng):
    return "".join(rng.choice("bdfgklmnprstvz") + rng.choice("aeiou") for _ in range(3))


def snippet_corpus(stories=40, per_story=5, seed=7):
    """Lower-cased snippets: four of their story's eight own words among eight everyday words."""
    rng = random.Random(seed)
    everyday = [made_up_word(rng) for _ in range(600)]
    texts, gold = [], []
    for story in range(stories):
        own = [made_up_word(rng) for _ in range(8)]
        for _ in range(per_story):
            texts.append(" ".join(rng.sample(own, 4) + rng.sample(everyday, 8)))
            gold.append(story)
    return texts, gold


def test_chance_similarity_is_the_mean_cosine_with_every_other_text():
    texts = ["storm floods the coast", "storm closes the port", "court hears the appeal", "election results"]
    matrix = build_matrix(texts)
    dense = (matrix @ matrix.T).toarray()
    expected = (dense.sum(axis=1) - dense.diagonal()) / (len(texts) - 1)
    assert np.allclose(chance_similarity(matrix), expected)


def test_one_text_has_no_chance_level_and_keeps_the_threshold():
    matrix = build_matrix(["storm floods the coast"])
    assert chance_level(matrix) is None
    assert story_threshold_for(matrix, 0.25) == 0.25


def test_full_articles_keep_the_default_threshold(seeds):
    matrix = build_matrix(article_texts(list(seeds)))
    assert story_threshold_for(matrix, STORY_THRESHOLD) == STORY_THRESHOLD


def test_a_few_short_briefs_keep_the_default_threshold():
    # In a small corpus the related pairs dominate each text's mean: no evidence that chance is low.
    briefs = [
        "Earthquake strikes Valparaiso\nPresident Donald Trump offered help to Chile.",
        "Rescuers search rubble in Valparaiso\nFourteen survivors were pulled from homes.",
        "Trump announces steel tariffs\nPresident Donald Trump targeted Canadian steel.",
    ]
    assert story_threshold_for(build_matrix(briefs), STORY_THRESHOLD) == STORY_THRESHOLD


def test_snippets_of_one_story_join_in_a_corpus_of_short_texts():
    texts, gold = snippet_corpus()
    matrix = build_matrix(texts)
    assert story_threshold_for(matrix, STORY_THRESHOLD) < STORY_THRESHOLD
    uncalibrated = average_linkage(neighbour_graph(matrix, STORY_THRESHOLD / 2), STORY_THRESHOLD)
    assert len(set(uncalibrated.tolist())) > 2 * len(set(gold))  # the full-article threshold splits them
    labels = group_texts(texts).tolist()
    stories_in: dict[int, set[int]] = defaultdict(set)
    groups_of: dict[int, set[int]] = defaultdict(set)
    for label, story in zip(labels, gold, strict=True):
        stories_in[label].add(story)
        groups_of[story].add(label)
    whole = [story for story, groups in groups_of.items() if len(groups) == 1]
    assert len(whole) >= 0.9 * len(groups_of)  # nearly every story is one group
    shared = Counter(len(s) for s in stories_in.values())
    assert sum(count for size, count in shared.items() if size > 1) <= 0.1 * len(set(gold))  # few mix stories
