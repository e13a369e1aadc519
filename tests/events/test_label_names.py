"""Event labels keep multiword names whole (issue 16: "York Times", "U.S", "Fuente")."""

from mediadiff.corpus.cleaning import clean_text
from mediadiff.events.grouping import group_events

TEXTS = [
    "Mexico's foreign minister, Juan Ramón de la Fuente, told reporters in an interview with The New York Times "
    "that the proposal from the U.S. government would not be accepted by his country this year.",
    "In comments published by The New York Times, foreign minister Juan Ramón de la Fuente rejected the proposal, "
    "saying the U.S. government had not consulted anyone before announcing it.",
    "The proposal was rejected on Monday by Juan Ramón de la Fuente, who told The New York Times that the U.S. "
    "government should have asked his ministry first before making any announcement.",
]


def test_label_names_are_whole_with_particles_accents_and_periods():
    articles = [clean_text(t, article_id=f"a{i}", path=f"a{i}.txt") for i, t in enumerate(TEXTS)]
    (event,) = group_events(articles)
    parts = event.label.split(", ")
    assert "Juan Ramón de la Fuente" in parts and "The New York Times" in parts
    assert not {"Fuente", "York Times", "York", "Times", "Ramon", "U.S"} & set(parts)
    assert "U.S" not in event.shared_terms or "U.S." in event.shared_terms
