"""The optional Punkt splitter (mediadiff/corpus/punkt.py): trained on the corpus, never on the fast paths."""

from __future__ import annotations

import subprocess
import sys

import pytest
from paths import SEEDS

from mediadiff.corpus.punkt import splitter_name
from mediadiff.corpus.reading import load_corpus
from mediadiff.models import MediadiffError

# Text with an abbreviation no rule of mediadiff knows ("approx.") and one it does ("Dr."),
# repeated as a corpus would repeat its house style, so Punkt can learn it.
PLACES = ["north", "south", "river", "hill", "harbour", "market", "school", "station"]
CORPUS = " ".join(
    f"Dr. Ruiz measured approx. {n} samples near the {p}. The results were published in the {q} report. "
    f"Officials said the {p} was closed."
    for n, (p, q) in enumerate(zip(PLACES * 5, reversed(PLACES * 5)))
)


def test_punkt_learns_the_corpus_abbreviations_and_keeps_offsets():
    pytest.importorskip("nltk")
    from mediadiff.corpus.punkt import train_punkt

    split = train_punkt([CORPUS])
    text = "Dr. Ruiz measured approx. 7 samples near the river. The results were published.\nA new line."
    spans = split(text)
    assert [text[a:b] for a, b in spans] == [
        "Dr. Ruiz measured approx. 7 samples near the river.",
        "The results were published.",
        "A new line.",
    ]


def test_corpus_read_with_punkt_has_the_same_articles(tmp_path):
    pytest.importorskip("nltk")
    rules = load_corpus(SEEDS, splitter="rules")
    punkt = load_corpus(SEEDS, splitter="punkt")
    assert rules.ids == punkt.ids
    for a, b in zip(rules, punkt):
        assert all(a.raw[s.start:s.end] == s.text for s in b.sentences)
        assert abs(len(a.sentences) - len(b.sentences)) <= 2


def test_splitter_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv("MEDIADIFF_SPLITTER", "punkt")
    assert splitter_name() == "punkt" and splitter_name("rules") == "rules"
    monkeypatch.setenv("MEDIADIFF_SPLITTER", "spacy")
    with pytest.raises(MediadiffError, match="unknown sentence splitter"):
        splitter_name()


def test_help_and_default_commands_never_import_nltk():
    code = ("import sys\nfrom mediadiff.cli import main\n"
            "for args in (['--help'], ['list', '--corpus', sys.argv[1]], ['show', '004', '--corpus', sys.argv[1]]):\n"
            "    try:\n        main(args)\n    except SystemExit:\n        pass\n"
            "print('nltk' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, str(SEEDS)], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "False"
