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


@pytest.fixture(scope="session")
def _test_cache(tmp_path_factory):
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def _no_corpus_env(monkeypatch, _test_cache):
    # A user's own MEDIADIFF_CORPUS must not change what the tests read, and the tests keep the groupings
    # they remember (events/remembered.py) in a folder of their own, never the user's cache.
    monkeypatch.delenv("MEDIADIFF_CORPUS", raising=False)
    monkeypatch.setenv("MEDIADIFF_CACHE_DIR", str(_test_cache))
