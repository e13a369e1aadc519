"""Line features: the same whatever the number of processes, and what a name is."""

import random

import pytest

from mediadiff.events import terms
from mediadiff.events.terms import line_features, lower_words

WORDS = ("talks border fentanyl cooperation summit tariffs rescue flood vote court ruling "
         "officials said on Tuesday after the meeting in").split()
NAMES = ("Claudia Sheinbaum", "Marco Rubio", "Juan Ramón de la Fuente", "the New York Times", "U.S.",
         "Mexico City", "Secretary of State Marco Rubio")


def generated_lines(count: int, seed: int = 7) -> list[str]:
    """Sentences mixing names, numbers, dates and accents, some title case, some starting a line."""
    rng = random.Random(seed)
    lines = []
    for k in range(count):
        words = rng.sample(WORDS, 6) + [rng.choice(NAMES), f"{rng.randint(1, 3000):,}", "January 11"]
        rng.shuffle(words)
        line = " ".join(words)
        lines.append(line.title() if k % 7 == 0 else line[0].upper() + line[1:] + ".")
    return lines


def as_plain(features: terms.LineFeatures) -> tuple:
    return (list(features.vocabulary.items()), features.line_columns,
            [(key, list(counts.items())) for key, counts in features.spellings.items()],
            sorted(features.proper_names))


def test_a_process_pool_gives_the_same_features_in_the_same_order(monkeypatch):
    lines = generated_lines(120)
    uses = [1 + k % 3 for k in range(len(lines))]
    blocks = frozenset({"word", "name", "number"})
    alone = line_features(lines, uses, blocks=blocks, jobs=1)
    monkeypatch.setattr(terms, "_POOL_MIN_LINES", 10)
    pooled = line_features(lines, uses, blocks=blocks, jobs=2)
    assert as_plain(pooled) == as_plain(alone)
    assert ("name", "claudia sheinbaum") in alone.vocabulary


def test_a_block_left_out_has_no_columns():
    features = line_features(["Marco Rubio spoke on January 11, 2026."], [1], blocks=frozenset({"word"}))
    assert features.vocabulary and {block for block, _ in features.vocabulary} == {"word"}


@pytest.mark.parametrize("lines, expected", [
    (["Ramón said it", "the talks"], {"said", "it", "the", "talks"}),
    (["Speaking Today", "speaking"], {"speaking"}),
    (["3pm U.S.", "narco-terrorist"], {"3pm", "narco-terrorist"}),
])
def test_lower_words_are_the_words_written_in_lower_case(lines, expected):
    assert lower_words(lines) == expected
