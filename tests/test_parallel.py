"""parallel.map_chunks: one function over chunks of a list, shared with a forked child (parsing, fingerprinting, rendering);
parallel.in_child: one call in a new Python process (pypinyin is loaded there, never in the build);
parallel.Background: one call in a forked child while this process goes on (the output/ check)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from generator import parallel
from generator.parallel import Background, in_child, map_chunks


def _fails(message: str) -> None:
    raise ValueError(message)


def _marked(_) -> bool:
    return hasattr(sys, "newsarchive_test_mark")


def _with_pid(chunk) -> tuple[int, list]:
    return os.getpid(), list(chunk)


def test_chunks_come_back_in_order_with_the_work_shared_between_two_processes(monkeypatch):
    monkeypatch.setattr(parallel, "cores", lambda: 2)
    items = list(range(1000))
    results = map_chunks(_with_pid, items)
    assert [item for _, chunk in results for item in chunk] == items
    assert len(results) == parallel.CHUNKS
    pids = [pid for pid, _ in results]
    # Alternate chunks: each process gets some of the start and some of the end of the list.
    assert pids[0::2] == [os.getpid()] * len(pids[0::2])
    assert os.getpid() not in pids[1::2] and len(set(pids[1::2])) == 1


def test_a_short_list_is_done_here_in_one_call():
    assert map_chunks(_with_pid, [1, 2, 3]) == [(os.getpid(), [1, 2, 3])]


def test_an_error_in_the_child_is_raised_here(monkeypatch):
    monkeypatch.setattr(parallel, "cores", lambda: 2)

    parent = os.getpid()

    def fails_on_the_second_chunk(chunk):
        if 150 in chunk and os.getpid() != parent:
            raise ValueError("in the child")
        return chunk

    with pytest.raises(ValueError, match="in the child"):
        map_chunks(fails_on_the_second_chunk, list(range(1000)))


def test_a_call_in_a_child_returns_its_result_or_raises_its_error():
    assert in_child(sorted, [3, 1, 2]) == [1, 2, 3]
    with pytest.raises(ValueError, match="in the child"):
        in_child(_fails, "in the child")


def test_a_call_in_a_child_starts_afresh_rather_than_as_a_copy_of_this_process(monkeypatch):
    # A forked child would start with all this process holds (its RSS counting every shared page).
    monkeypatch.setattr(sys, "newsarchive_test_mark", True, raising=False)
    assert _marked(None)
    assert not in_child(_marked, None)


def test_a_background_call_returns_its_result_or_raises_its_error():
    with Background(sorted, [3, 1, 2]) as call:
        assert call.result() == [1, 2, 3]
    with Background(_fails, "in the child") as call, pytest.raises(ValueError, match="in the child"):
        call.result()


def test_a_background_call_left_unfinished_is_stopped_and_reaped():
    call = Background(time.sleep, 30)
    pid = call._pid
    call.close()
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # already reaped: no zombie left


def test_ctrl_c_is_not_left_held_after_the_work(monkeypatch):
    monkeypatch.setattr(parallel, "cores", lambda: 2)
    assert map_chunks(sum, list(range(1000)))
    assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, ())


def test_ctrl_c_while_forking_is_raised_not_lost(tmp_path):
    """SIGINT arriving during the fork (here: sent by an after-fork callback) interrupts the work.

    In a new process: after-fork callbacks cannot be unregistered.
    """
    script = tmp_path / "interrupted.py"
    script.write_text(
        "import os, signal, sys\n"
        "from generator.parallel import map_chunks\n"
        "import generator.parallel as parallel\n"
        "parallel.cores = lambda: 2\n"
        "os.register_at_fork(after_in_parent=lambda: os.kill(os.getpid(), signal.SIGINT))\n"
        "try:\n"
        "    map_chunks(lambda chunk: sum(chunk), list(range(1000)))\n"
        "except KeyboardInterrupt:\n"
        "    sys.exit(3)\n"
        "sys.exit(0)\n",
        encoding="utf-8",
    )
    assert subprocess.run([sys.executable, str(script)], timeout=60, check=False).returncode == 3
