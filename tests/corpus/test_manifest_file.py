"""A manifest kept apart from the corpus folder: --manifest FILE and load_corpus(manifest=...)."""

import pytest
from paths import SEEDS

import mediadiff
from mediadiff.cli import main


@pytest.fixture
def outlets(tmp_path):
    path = tmp_path / "outlets.csv"
    path.write_text("id,outlet\n003,El Norte\n004,Daily Wire\n", encoding="utf-8")
    return path


def test_a_manifest_file_names_the_outlets_of_a_folder_it_is_not_in(outlets):
    corpus = mediadiff.load_corpus(SEEDS, manifest=outlets)
    assert (corpus["003"].outlet, corpus["004"].outlet) == ("El Norte", "Daily Wire")
    assert corpus["000"].outlet == mediadiff.load_corpus(SEEDS)["000"].outlet  # rows it lacks are as before


def test_a_missing_manifest_file_is_a_corpus_error(tmp_path):
    with pytest.raises(mediadiff.CorpusError, match="manifest not found"):
        mediadiff.load_corpus(SEEDS, manifest=tmp_path / "nope.csv")


def test_every_way_the_command_reads_articles_takes_the_manifest(runner, outlets):
    listed = runner.invoke(main, ["--manifest", str(outlets), "list", "--corpus", SEEDS])
    assert "El Norte" in listed.output and "Daily Wire" in listed.output
    by_path = sorted(str(p) for p in SEEDS.iterdir() if p.name.startswith(("003", "004")))
    compared = runner.invoke(main, ["--manifest", str(outlets), "compare", *by_path])
    assert "003 (El Norte)" in compared.output and "004 (Daily Wire)" in compared.output
    streamed = runner.invoke(main, ["--manifest", str(outlets), "score", "--by", "outlet", "--corpus", SEEDS,
                                    "--format", "csv"])
    assert streamed.exit_code == 0 and "El Norte" in streamed.stdout
    missing = runner.invoke(main, ["--manifest", str(outlets.parent / "nope.csv"), "list", "--corpus", SEEDS])
    assert missing.exit_code == 1 and "manifest not found" in missing.output


def test_a_manifest_files_problems_are_said_by_the_streamed_readers_too(runner, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("id,outlt\n003,El Norte\nnone-such,X\n", encoding="utf-8")
    for command in (["group"], ["score", "--by", "article", "--format", "csv"]):
        result = runner.invoke(main, ["--manifest", str(bad), *command, "--corpus", SEEDS])
        assert result.exit_code == 0, result.output
        assert "outlt" in result.stderr and "none-such" in result.stderr, command


def test_a_manifests_problems_are_said_when_articles_are_named_by_path_as_by_id(runner, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("id,outlt\n003,El Norte\nnone-such,X\n", encoding="utf-8")
    by_path = sorted(str(p) for p in SEEDS.iterdir() if p.name.startswith(("003", "004")))
    for refs in (["--corpus", str(SEEDS), "003", "004"], by_path):
        result = runner.invoke(main, ["--manifest", str(bad), "compare", *refs])
        assert result.exit_code == 0, result.output
        assert "outlt" in result.stderr and "none-such" in result.stderr, refs
        assert "'003'" not in result.stderr and "'000'" not in result.stderr  # ids of the folder are not unused
        quiet = runner.invoke(main, ["--manifest", str(bad), "compare", "--quiet", *refs])
        assert quiet.exit_code == 0 and "warning" not in quiet.stderr


def test_a_folders_own_manifest_is_checked_when_its_files_are_named_by_path(runner, tmp_path):
    (tmp_path / "001_wire.txt").write_text("Rain\n\nHeavy rain fell on the city on Monday, officials said.\n")
    (tmp_path / "002_wire.txt").write_text("Sun\n\nThe sun came out over the city on Tuesday, officials said.\n")
    (tmp_path / "manifest.csv").write_text("id,outlet,colour\n001,Daily Test,red\n002,Other,blue\nghost,X,y\n")
    result = runner.invoke(main, ["show", str(tmp_path / "001_wire.txt")])
    assert result.exit_code == 0 and "Daily Test" in result.stdout
    assert result.stderr.count("'colour'") == 1 and "'ghost'" in result.stderr and "'002'" not in result.stderr
