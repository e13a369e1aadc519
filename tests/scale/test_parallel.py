"""map_articles on one process, a process pool and Dask; progress bars only on terminals."""

from __future__ import annotations

import importlib.util
import io
import os
import pickle
import subprocess
import sys
from itertools import count

import pytest

from mediadiff.cli.progress import progress
from mediadiff.models import MediadiffError
from mediadiff.scale.parallel import DASK_MISSING, IN_FLIGHT_PER_WORKER, map_articles, resolve_jobs
from mediadiff.scale.stream import stream_scores

HAS_DASK = all(importlib.util.find_spec(name) is not None for name in ("dask", "distributed"))
needs_dask = pytest.mark.skipif(not HAS_DASK, reason="dask is not installed (pip install 'mediadiff[dask]')")


# Module-level, so worker processes can unpickle them.
def square_with_pid(x: int) -> tuple[int, int]:
    return x * x, os.getpid()


def fail_on_three(x: int) -> int:
    if x == 3:
        raise ValueError("three is not allowed")
    return x


def test_resolve_jobs():
    assert resolve_jobs(3) == 3
    assert resolve_jobs(1) == 1
    assert resolve_jobs(0) >= 1


@pytest.mark.parametrize("jobs, error", [(-1, ValueError), (-5, ValueError), (10_000, ValueError), (2.5, TypeError),
                                         ("4", TypeError), (True, TypeError)])
def test_resolve_jobs_refuses_negative_huge_and_non_integer_counts(jobs, error):
    # -5 silently meant every core, and 10,000 forked until the machine ran out of memory.
    with pytest.raises(error, match="jobs must"):
        resolve_jobs(jobs)
    with pytest.raises(error, match="jobs must"):
        map_articles(str, [], jobs=jobs)


@pytest.mark.parametrize("address", ["not a url", "http://x", "tcp://", "tcp://a b", ""])
def test_a_scheduler_address_is_checked_before_anything_runs(address):
    with pytest.raises(ValueError, match="not a Dask scheduler address"):
        map_articles(str, [], engine="dask", scheduler=address)


def test_one_job_runs_in_this_process_without_pickling():
    results = list(map_articles(lambda x: (x + 1, os.getpid()), range(5), jobs=1))
    assert [r for r, _ in results] == [1, 2, 3, 4, 5]
    assert {pid for _, pid in results} == {os.getpid()}


def test_two_jobs_keep_input_order_on_other_processes():
    results = list(map_articles(square_with_pid, range(40), jobs=2, chunksize=3))
    assert [r for r, _ in results] == [x * x for x in range(40)]
    assert os.getpid() not in {pid for _, pid in results}


def test_the_pool_reads_its_input_a_bounded_number_of_chunks_ahead():
    taken = count()

    def numbers():
        for x in range(10_000):
            next(taken)
            yield x

    results = map_articles(square_with_pid, numbers(), jobs=2, chunksize=5)
    assert next(results)[0] == 0
    assert next(taken) <= 5 * 2 * IN_FLIGHT_PER_WORKER + 5  # not the 10,000 of a list()
    results.close()


def test_a_worker_error_reaches_the_caller():
    with pytest.raises(ValueError, match="three is not allowed"):
        list(map_articles(fail_on_three, range(10), jobs=2, chunksize=2))


def test_articles_travel_to_workers_and_score_the_same(seeds):
    local = list(stream_scores(seeds, by="sentence"))
    assert list(stream_scores(seeds, by="sentence", jobs=2, chunksize=1)) == local
    assert list(stream_scores(seeds, by="article", jobs=0)) == list(stream_scores(seeds, by="article"))


def test_articles_pickle_once_the_pool_is_set_up(seeds):
    list(map_articles(square_with_pid, range(2), jobs=2))
    article = seeds.articles[0]
    copy = pickle.loads(pickle.dumps(article))
    assert copy == article
    assert dict(copy.metadata_source) == dict(article.metadata_source)


def test_bad_options_fail_at_the_call():
    with pytest.raises(ValueError, match="engine must be one of local, dask"):
        map_articles(square_with_pid, [], engine="spark")
    with pytest.raises(ValueError, match="needs engine='dask'"):
        map_articles(square_with_pid, [], scheduler="tcp://127.0.0.1:8786")
    with pytest.raises(ValueError, match="chunksize"):
        map_articles(square_with_pid, [], chunksize=0)


def test_the_dask_engine_without_dask_says_how_to_install_it(monkeypatch):
    for name in ("dask", "dask.bag", "distributed"):
        monkeypatch.setitem(sys.modules, name, None)  # makes `import name` raise ImportError
    with pytest.raises(MediadiffError) as error:
        map_articles(square_with_pid, range(3), engine="dask")
    assert str(error.value) == "the dask engine needs: pip install 'mediadiff[dask]'" == DASK_MISSING


def test_importing_mediadiff_imports_no_dask_and_no_click():
    code = (
        "import sys, mediadiff, mediadiff.scale.stream, mediadiff.scale.parallel; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'dask', 'distributed', 'click', 'numpy'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@needs_dask
def test_dask_on_local_processes_matches_the_local_engine(seeds):
    local = list(stream_scores(seeds, by="article"))
    assert list(stream_scores(seeds, by="article", engine="dask", jobs=1)) == local
    assert list(stream_scores(seeds, by="article", engine="dask", jobs=2, chunksize=2)) == local


@needs_dask
def test_dask_on_a_distributed_cluster_matches_the_local_engine(seeds):
    from distributed import LocalCluster

    local = list(stream_scores(seeds, by="sentence"))
    # Worker processes (not threads), so articles and the function really are shipped.
    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster:
        remote = list(stream_scores(seeds, by="sentence", engine="dask", scheduler=cluster.scheduler_address,
                                    chunksize=1))
    assert remote == local


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_draws_on_a_terminal_and_passes_items_through():
    terminal = FakeTerminal()
    assert list(progress(iter(range(30)), total=30, label="scoring", file=terminal)) == list(range(30))
    assert "scoring" in terminal.getvalue()
    assert "30/30" in terminal.getvalue()


def test_progress_stays_silent_when_quiet_or_redirected():
    quiet, redirected = FakeTerminal(), io.StringIO()
    assert list(progress(range(5), label="x", enabled=False, file=quiet)) == list(range(5))
    assert list(progress(range(5), label="x", file=redirected)) == list(range(5))
    assert quiet.getvalue() == redirected.getvalue() == ""
