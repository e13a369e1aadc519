"""One call in a forked child while the caller works (mediadiff/align/beside.py), and `compare`'s use of it."""

from __future__ import annotations

import os
import signal
import threading
import time

import pytest
from align_builders import article
from click.testing import CliRunner

from mediadiff.align.beside import beside, can_fork
from mediadiff.align.comparison import SameArticleError, compare
from mediadiff.align.params import QUOTES_BESIDE_MIN_SENTENCES
from mediadiff.cli import main

needs_fork = pytest.mark.skipif(not can_fork(), reason="forks only on Linux, without other threads")
PARENT = os.getpid()


def _where(x: int) -> tuple[int, int]:
    return x * 2, os.getpid()


def _fails(x: int) -> int:
    raise ValueError(f"bad {x}")


def _dies_in_child(x: int) -> int:
    if os.getpid() != PARENT:
        os._exit(7)
    return x + 1


def _sleeps(seconds: float) -> None:
    time.sleep(seconds)


@needs_fork
def test_the_result_comes_from_a_child_process():
    with beside(_where, 21) as pending:
        value, pid = pending.result()
    assert value == 42 and pid != os.getpid()


def test_without_fork_the_call_runs_here():
    with beside(_where, 21, fork=False) as pending:
        assert pending.result() == (42, os.getpid())


@needs_fork
def test_an_error_in_the_child_is_raised_here_as_the_plain_call_raises_it():
    with beside(_fails, 3) as pending, pytest.raises(ValueError, match="bad 3"):
        pending.result()


@needs_fork
def test_a_child_that_dies_is_replaced_by_the_call_here():
    with beside(_dies_in_child, 1) as pending:
        assert pending.result() == 2


@needs_fork
def test_leaving_early_stops_a_child_still_at_work():
    start = time.perf_counter()
    with pytest.raises(RuntimeError), beside(_sleeps, 60):
        raise RuntimeError("the caller failed first")
    assert time.perf_counter() - start < 10


def test_no_fork_while_another_thread_runs():
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert not can_fork()
        with beside(_where, 1) as pending:
            assert pending.result()[1] == os.getpid()
    finally:
        stop.set()
        thread.join()


def _long_pair() -> tuple:
    """Two articles long enough for `compare` to read their quotes beside the alignment."""
    half = QUOTES_BESIDE_MIN_SENTENCES // 2 + 10
    people = ["Maria Lopez", "John Park", "Aisha Khan", "Tom Weber", "Lena Novak"]
    a_texts, b_texts = [], []
    for i in range(half):
        who = people[i % len(people)]
        a_texts.append(f'"We will not accept cut number {i} to the clinics," {who} said on day {i}.')
        b_texts.append(f'{who} said on day {i} that "we will not accept cut number {i} to the clinics."'
                       if i % 3 else f"The council approved budget line {i} for roads by a vote of {i} to 3.")
    return article("long-a", *a_texts), article("long-b", *b_texts)


@needs_fork
def test_compare_gives_the_same_result_with_the_quotes_read_beside():
    a, b = _long_pair()
    alone, shared = compare(a, b, jobs=1), compare(a, b, jobs=2)
    assert shared.to_dict() == alone.to_dict()
    assert shared.quotes, "the pair quotes the same words: the matcher should pair some"


def test_compare_jobs_option_gives_the_same_output(tmp_path):
    a, b = _long_pair()
    for art in (a, b):
        (tmp_path / f"{art.id}.txt").write_text("\n\n".join(s.text for s in art.sentences), encoding="utf-8")
    runner = CliRunner()
    outputs = [runner.invoke(main, ["compare", str(tmp_path / "long-a.txt"), str(tmp_path / "long-b.txt"),
                                    "--format", "json", "--jobs", jobs]) for jobs in ("1", "0")]
    assert [r.exit_code for r in outputs] == [0, 0], outputs[0].output
    assert outputs[0].output == outputs[1].output
    bad = runner.invoke(main, ["compare", "x.txt", "y.txt", "--jobs", "-1"])
    assert bad.exit_code == 2 and "--jobs" in bad.output


def test_compare_refuses_a_negative_jobs():
    a, b = _long_pair()
    with pytest.raises(ValueError, match="jobs"):
        compare(a, b, jobs=-1)


@needs_fork
def test_an_interrupt_while_waiting_stops_the_child_and_raises_the_interrupt():
    def interrupt(*_):
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGALRM, interrupt)
    signal.alarm(1)
    try:
        with pytest.raises(KeyboardInterrupt), beside(_sleeps, 30) as pending:
            pending.result()
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    with pytest.raises(ChildProcessError):  # reaped: no child left behind
        os.waitpid(-1, os.WNOHANG)


def test_a_fork_refused_by_the_system_runs_the_call_here_and_leaks_nothing(monkeypatch):
    def refused():
        raise BlockingIOError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", refused)
    before = len(os.listdir("/proc/self/fd")) if os.path.isdir("/proc/self/fd") else 0
    with beside(_where, 2) as pending:
        assert pending.result() == (4, os.getpid())
    if before:
        assert len(os.listdir("/proc/self/fd")) == before


def test_no_stdout_at_all_is_no_reason_to_fail(monkeypatch):
    monkeypatch.setattr("sys.stdout", None)
    with beside(_where, 3) as pending:
        assert pending.result()[0] == 6


@needs_fork
def test_compare_guesses_the_languages_beside_and_still_warns_of_different_ones():
    a, _ = _long_pair()
    half = QUOTES_BESIDE_MIN_SENTENCES // 2 + 10
    spanish = article("largo-b", *(f"El consejo de la ciudad aprobó la línea {i} del presupuesto para las calles "
                                   f"y los puentes de la región." for i in range(half)))
    alone, shared = compare(a, spanish, jobs=1), compare(a, spanish, jobs=2)
    assert shared.languages == alone.languages == ("en", "es")
    assert shared.warnings == alone.warnings
    assert any("different languages" in warning for warning in shared.warnings)


def test_compare_refuses_one_article_twice_with_the_quotes_read_beside():
    a, _ = _long_pair()
    with pytest.raises(SameArticleError, match="itself"):
        compare(a, a, jobs=2)
