"""Hostile options and interrupted runs: clear usage errors, clean exits, nothing half-written."""

import os
import signal
import subprocess
import sys
import time

import click
import pytest
from paths import SEEDS

from mediadiff.cli import main
from mediadiff.scale.params import MAX_JOBS

STORY = ("The minister met the delegation in the capital on Monday to discuss trade and security.\n"
         "Both sides agreed to meet again next month, officials said.\n")


def run(runner, *args):
    return runner.invoke(main, [str(a) for a in args], catch_exceptions=False)


def float_options():
    """(command, option) for every float option of every command, found by inspecting the CLI."""
    for name, command in sorted(main.commands.items()):
        for param in command.params:
            if isinstance(param, click.Option) and isinstance(param.type, click.FloatRange):
                yield name, param.opts[0]


@pytest.mark.parametrize("command, option", list(float_options()))
@pytest.mark.parametrize("value", ["nan", "inf", "-inf"])
def test_no_float_option_accepts_nan_or_infinity(runner, command, option, value):
    result = run(runner, command, option, value, "--corpus", SEEDS)
    if value == "inf" and option == "--window-days":
        return  # no upper bound: "never split by date" is a meaning
    assert result.exit_code == 2, (command, option, result.output)
    assert "Traceback" not in result.output


@pytest.mark.parametrize("command", ["score", "group"])
@pytest.mark.parametrize("jobs", ["-5", "-1", "10000", str(MAX_JOBS + 1)])
def test_jobs_must_be_between_zero_and_the_limit(runner, command, jobs):
    result = run(runner, command, "--jobs", jobs, "--corpus", SEEDS)
    assert result.exit_code == 2
    assert f"0<=x<={MAX_JOBS}" in result.output and "Traceback" not in result.output


def test_a_scheduler_that_is_not_an_address_is_a_usage_error(runner):
    result = run(runner, "score", "--engine", "dask", "--scheduler", "not a url", "--corpus", SEEDS)
    assert result.exit_code == 2
    assert "not a Dask scheduler address" in result.output and "internal error" not in result.output


def test_a_scheduler_address_without_a_port_is_a_usage_error(runner):
    for address in ("localhost", "tcp://10.0.0.5", "[::1]"):
        result = run(runner, "score", "--engine", "dask", "--scheduler", address, "--corpus", SEEDS)
        assert result.exit_code == 2, address
        assert "has no port" in result.output and "internal error" not in result.output


def test_a_huge_id_is_echoed_shortened_on_one_line(runner):
    result = run(runner, "show", "x" * 100_000, "--corpus", SEEDS)
    assert result.exit_code == 1
    assert len(result.output) < 500 and result.output.count("\n") == 1 and "…" in result.output


def test_a_file_name_too_long_for_the_system_is_echoed_shortened(runner, tmp_path, monkeypatch):
    # The system refuses the name itself (ENAMETOOLONG) wherever it is looked up; the message names it cut short.
    monkeypatch.chdir(tmp_path)
    result = run(runner, "compare", "a" * 300 + ".txt", "001")
    assert result.exit_code == 1 and result.output.count("\n") == 1
    assert "File name too long" in result.output and "a" * 300 not in result.output and "…" in result.output


def test_scoring_one_article_named_twice_scores_it_once(runner):
    once = run(runner, "score", "001", "--corpus", SEEDS, "--format", "csv")
    twice = run(runner, "score", "001", "001", "--corpus", SEEDS, "--format", "csv")
    assert twice.stdout == once.stdout
    assert "article 001 is named 2 times" in twice.stderr
    streamed = run(runner, "score", "001", "001", "--by", "sentence", "--corpus", SEEDS, "--format", "csv")
    assert streamed.stdout == run(runner, "score", "001", "--by", "sentence", "--corpus", SEEDS,
                                  "--format", "csv").stdout


def test_library_warnings_print_as_one_line(runner, tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "001.md").write_text("---\noutlet: 新华社\n---\n" + STORY, encoding="utf-8")
    (folder / "002.md").write_text("---\noutlet: 共同通信\n---\n" + STORY.replace("Monday", "Tuesday"), encoding="utf-8")
    result = run(runner, "score", "--by", "outlet", "--corpus", folder, "--charts", tmp_path / "charts")
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if "glyph" in line.lower()]
    assert len(warnings) <= 1 and all(line.startswith("mediadiff: warning: ") for line in warnings)
    assert "UserWarning" not in result.stderr and "savefig" not in result.stderr


@pytest.mark.parametrize("command", [("report", "001", "002", "--out"), ("compare", "001", "002", "--charts"),
                                     ("chart", "statuses", "001", "002", "--out"), ("score", "--charts"),
                                     ("group", "--charts")])
def test_outputs_are_never_written_into_the_corpus_folder(runner, tmp_path, command):
    folder = tmp_path / "c"
    folder.mkdir()
    for seed in sorted(SEEDS.iterdir())[:3]:
        (folder / seed.name).write_bytes(seed.read_bytes())
    before = sorted(folder.iterdir())
    result = run(runner, *command, folder, "--corpus", folder)
    assert result.exit_code == 1 and "is the corpus folder" in result.output
    assert sorted(folder.iterdir()) == before


def test_report_over_a_folder_named_report_html_writes_nothing(runner, tmp_path):
    out = tmp_path / "out"
    (out / "report.html").mkdir(parents=True)
    result = run(runner, "report", "001", "002", "--corpus", SEEDS, "--out", out, "--force")
    assert result.exit_code == 1 and "is a folder" in result.output
    assert [p.name for p in out.iterdir()] == ["report.html"]


def test_a_failed_report_leaves_nothing_new(runner, tmp_path, monkeypatch):
    import mediadiff.render.html as html

    def broken(**_):
        raise RuntimeError("disk full")

    monkeypatch.setattr(html, "report_page", broken)
    out = tmp_path / "new" / "report"
    result = runner.invoke(main, ["report", "001", "002", "--corpus", str(SEEDS), "--out", str(out)])
    assert result.exit_code == 1
    assert not (tmp_path / "new").exists()
    monkeypatch.undo()
    rerun = run(runner, "report", "001", "002", "--corpus", SEEDS, "--out", tmp_path / "other")
    assert rerun.exit_code == 0, rerun.output


def test_a_dangling_symlink_is_not_followed_without_force(runner, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    os.symlink(tmp_path / "elsewhere.md", out / "report.md")
    result = run(runner, "report", "001", "002", "--corpus", SEEDS, "--out", out)
    assert result.exit_code == 1 and "already exists" in result.output
    assert not (tmp_path / "elsewhere.md").exists() and sorted(p.name for p in out.iterdir()) == ["report.md"]


def test_ctrl_c_with_workers_exits_130_without_tracebacks(tmp_path):
    folder = tmp_path / "big"
    folder.mkdir()
    seeds = sorted(SEEDS.iterdir())
    for number in range(3000):
        (folder / f"{number:04}.txt").write_bytes(seeds[number % len(seeds)].read_bytes())
    command = [sys.executable, "-c", "from mediadiff.cli import main; main()", "score", "--corpus", str(folder),
               "--jobs", "2", "--by", "sentence", "--format", "csv"]
    # Ctrl-C reaches the whole process group, workers included: start one and signal all of it.
    # The child starts with Ctrl-C's default action, as from a shell: a process that inherits SIGINT ignored
    # keeps ignoring it, and the suite's parent (pytest, with Dask clusters coming and going) sometimes had it
    # ignored when the child started: 'score' then ran to its end and exited 0 (two clean-checkout CI runs).
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                               start_new_session=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    time.sleep(2.5)
    os.killpg(process.pid, signal.SIGINT)
    stderr = process.communicate(timeout=60)[1]
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr


def test_every_command_finishes_on_pathological_lines(runner, tmp_path):
    # 500 KB of dots hung every command past 120 s; one endless sentence took minutes to score.
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "001.txt").write_text(STORY, encoding="utf-8")
    size = 200_000
    for name, line in {"002": ".", "003": "Mr. ", "004": "x", "005": '"a', "006": "The minister said \"yes\" and "}.items():
        (folder / f"{name}.txt").write_text(line * (size // len(line)), encoding="utf-8")
    started = time.perf_counter()
    for args in (("list",), ("show", "003"), ("score", "--by", "sentence", "--format", "csv"), ("group",),
                 ("compare", "003", "006"), ("compare", "001", "004", "006"),
                 ("report", "003", "006", "--out", tmp_path / "report")):
        result = run(runner, *args, "--corpus", folder, "--quiet")
        assert result.exit_code == 0, (args, result.output[-300:])
    assert time.perf_counter() - started < 120


def test_a_bad_file_in_the_middle_of_a_streamed_csv_costs_only_itself(runner, tmp_path):
    # "sections": 5 once raised a TypeError that stopped a streamed CSV after 33 lines.
    import json

    folder = tmp_path / "c"
    folder.mkdir()
    for number in range(40):
        record = {"id": f"a{number:02}", "text": STORY, "sections": 5 if number == 20 else ["World"]}
        (folder / f"{number:02}.json").write_text(json.dumps(record), encoding="utf-8")
    (folder / "21.json").write_text("[" * 100_000, encoding="utf-8")
    result = run(runner, "score", "--by", "article", "--format", "csv", "--corpus", folder)
    assert result.exit_code == 0, result.output
    ids = [line.split(",")[0] for line in result.stdout.splitlines()[1:]]
    assert len(ids) == 39 and "a20" in ids and "a21" not in ids
    assert "21.json: JSON nested too deeply" in result.stderr and "sections should be text" in result.stderr


def test_an_article_beyond_the_sentence_limit_is_a_one_line_error(runner, tmp_path, monkeypatch):
    from mediadiff.align import alignment

    monkeypatch.setattr(alignment, "MAX_SENTENCES", 1)
    result = run(runner, "compare", "001", "002", "--corpus", SEEDS)
    assert result.exit_code == 1 and len(result.output.strip().splitlines()) == 1
    assert "at most 1 per article" in result.output


def test_quiet_silences_library_warnings_too(runner, tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "001.md").write_text("---\noutlet: 新华社\n---\n" + STORY, encoding="utf-8")
    (folder / "002.md").write_text("---\noutlet: 共同通信\n---\n" + STORY.replace("Monday", "Tuesday"), encoding="utf-8")
    result = run(runner, "score", "--by", "outlet", "--corpus", folder, "--charts", tmp_path / "charts", "--quiet")
    assert result.exit_code == 0 and "Glyph" not in result.stderr


def test_file_names_with_escape_sequences_reach_stderr_harmless(runner, tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "001.txt").write_text(STORY, encoding="utf-8")
    (folder / "\x1b]0;owned\x07\x1b[2J.txt").write_bytes(b"")
    result = run(runner, "list", "--corpus", folder)
    assert result.exit_code == 0 and "empty file" in result.stderr
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr


def test_an_empty_article_id_is_named_as_such(runner):
    # '' is the current folder to the system and a prefix of every id: neither is what the user meant.
    for args in (["show", ""], ["compare", "001", " ", "--corpus", SEEDS]):
        result = run(runner, *args)
        assert result.exit_code == 1 and "an article id is empty" in result.output


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_or_a_device_named_as_an_article_is_refused_without_being_opened(runner, tmp_path):
    # Opening a FIFO no one writes to waits for ever; /dev/zero never ends: neither is read, and the error says why.
    fifo = tmp_path / "feed.txt"
    os.mkfifo(fifo)
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    for ref in (fifo, "/dev/zero"):
        for args in (["show", ref], ["compare", ref, SEEDS / "001_b93ffb7de8a52493.txt"]):
            result = run(runner, *args)
            assert result.exit_code == 1 and "is not a regular file" in result.output, (ref, args[0])
    result = run(runner, "show", tmp_path / "gone.txt")
    assert result.exit_code == 1 and "symbolic link that leads to no file" in result.output
    assert "Traceback" not in result.output


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
@pytest.mark.parametrize("command", ["list", "score", "group"])
def test_a_pipe_or_a_broken_link_inside_a_corpus_folder_is_skipped_with_a_warning(runner, tmp_path, command):
    # They were passed over without a word; a pipe is never opened (no one writes to it: opening it would wait).
    (tmp_path / "001_story.txt").write_text(STORY, encoding="utf-8")
    os.mkfifo(tmp_path / "002_feed.txt")
    (tmp_path / "003_gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "004_loop.txt").symlink_to(tmp_path / "004_loop.txt")
    result = run(runner, command, "--corpus", tmp_path)
    assert result.exit_code == 0, result.output
    assert "skipped 002_feed.txt: not a regular file (a pipe, a device or a socket)" in result.output
    assert "skipped 003_gone.txt: a symbolic link that leads to no file" in result.output
    assert "skipped 004_loop.txt: a symbolic link that leads round in a loop" in result.output


def test_the_size_limit_of_an_article_is_named_and_can_be_raised(runner, tmp_path, monkeypatch):
    # There was no way past the 10 MB limit; the skip now names the variable that raises it.
    (tmp_path / "001_short.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "002_long.txt").write_text(STORY * 20, encoding="utf-8")  # 3 KB
    monkeypatch.setenv("MEDIADIFF_MAX_FILE_MB", "0.002")
    result = run(runner, "list", "--corpus", tmp_path, "--format", "csv")
    assert result.exit_code == 0 and "001" in result.output
    assert "skipped 002_long.txt" in result.output and "MEDIADIFF_MAX_FILE_MB" in result.output
    piped = runner.invoke(main, ["show", "-"], input=STORY * 20)
    assert piped.exit_code == 1 and "MEDIADIFF_MAX_FILE_MB" in piped.output
    monkeypatch.setenv("MEDIADIFF_MAX_FILE_MB", "1")
    result = run(runner, "list", "--corpus", tmp_path, "--format", "csv")
    assert result.exit_code == 0 and "skipped" not in result.output and "002" in result.output
    assert runner.invoke(main, ["show", "-"], input=STORY * 20).exit_code == 0


@pytest.mark.parametrize("value", ["ten", "0", "-3", "nan", "inf", "0.0000001"])
def test_an_unusable_size_limit_is_a_one_line_error(runner, tmp_path, monkeypatch, value):
    (tmp_path / "001_short.txt").write_text(STORY, encoding="utf-8")
    monkeypatch.setenv("MEDIADIFF_MAX_FILE_MB", value)
    for args in (("list", "--corpus", tmp_path), ("show", tmp_path / "001_short.txt")):
        result = run(runner, *args)
        assert result.exit_code != 0 and "Traceback" not in result.output
        assert result.output.strip().splitlines() == [
            f"Error: MEDIADIFF_MAX_FILE_MB must be a number of megabytes of at least one byte (1e-6), "
            f"not {value!r}"]


def test_a_large_size_limit_reads_standard_input_as_it_comes(tmp_path):
    # A real pipe: a "no limit" value (500000 MB) allocated all of it before reading a 40-byte article
    # (MemoryError); a tiny limit that is still one byte or more refuses the article in one line.
    command = [sys.executable, "-c", "from mediadiff.cli import main; main()", "show", "-"]
    for megabytes, code in (("500000", 0), ("999999999", 0), ("0.000001", 1)):
        result = subprocess.run(command, input=STORY, capture_output=True, text=True, timeout=120,
                                env={**os.environ, "MEDIADIFF_MAX_FILE_MB": megabytes})
        assert result.returncode == code, result.stderr
        assert "Traceback" not in result.stderr and "MemoryError" not in result.stderr + result.stdout
    assert "minister" in subprocess.run(command, input=STORY, capture_output=True, text=True, timeout=120,
                                        env={**os.environ, "MEDIADIFF_MAX_FILE_MB": "500000"}).stdout


def test_the_size_limit_is_told_in_help(runner):
    assert "MEDIADIFF_MAX_FILE_MB" in run(runner, "--help").output


def test_many_files_skipped_for_one_reason_are_counted_not_listed(runner, tmp_path):
    # A folder of 40 empty files beside one article: the first few are named, the rest counted in one line,
    # so the warnings do not bury the output; another reason is still named.
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "001.txt").write_text(STORY, encoding="utf-8")
    for number in range(40):
        (folder / f"e{number:02d}.txt").write_bytes(b"")
    (folder / "z.txt").write_bytes(b"\x00\x01\x02\x00" * 64)
    result = run(runner, "list", "--corpus", folder)
    lines = result.stderr.splitlines()
    assert result.exit_code == 0 and "001" in result.stdout
    assert sum("empty file" in line for line in lines) == 6
    assert lines.count("mediadiff: warning: skipped 35 more files: empty file") == 1
    assert any("z.txt" in line for line in lines)
