"""Shared fixtures: the seed corpus and a CLI runner."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from paths import SEEDS

from mediadiff.corpus.reading import load_corpus


@pytest.fixture(scope="session")
def seeds():
    return load_corpus(SEEDS)


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture(autouse=True)
def _no_corpus_env(monkeypatch):
    # A user's own MEDIADIFF_CORPUS must not change what the tests read.
    monkeypatch.delenv("MEDIADIFF_CORPUS", raising=False)
