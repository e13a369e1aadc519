"""Shared fixtures: the seed corpus and a CLI runner."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from mediadiff.corpus import load_corpus

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"


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
