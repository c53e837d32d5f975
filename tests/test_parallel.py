"""parallel.map_chunks: one function over chunks of a list, shared with a forked child (parsing, fingerprinting, rendering);
parallel.in_child: one call in a new Python process (pypinyin is loaded there, never in the build);
parallel.Background: one call in a forked child while this process goes on (the output/ check);
parallel.detach: one call in a process that outlives this one (the site model saved after `newsarchive build`)."""
from __future__ import annotations

import fcntl
import os
import signal
import subprocess
import sys
import time

import pytest

from generator import parallel
from generator.fsutil import held_lock
from generator.parallel import Background, detach, in_child, map_chunks


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


def _when_told(folder) -> None:
    """Wait (up to a minute) for folder/go, then write this process's id and its parent's to folder/done."""
    for _ in range(600):
        if (folder / "go").exists():
            break
        time.sleep(0.1)
    print("to nowhere")  # its standard output is /dev/null: nothing to block on, nothing mixed into ours
    (folder / "done").write_text(f"{os.getpid()} {os.getppid()}")


def _wait_for(path, seconds: float = 60) -> None:
    for _ in range(int(seconds * 10)):
        if path.exists():
            return
        time.sleep(0.1)
    raise AssertionError(f"{path} never appeared")


def test_a_detached_call_runs_in_another_process_and_is_not_waited_for(tmp_path):
    detach(_when_told, tmp_path)
    assert not (tmp_path / "done").exists()  # detach returned while the call still waits to be told
    (tmp_path / "go").touch()
    _wait_for(tmp_path / "done")
    pid, parent = map(int, (tmp_path / "done").read_text().split())
    assert pid != os.getpid() and parent != os.getpid()  # nobody's child here: no zombie to reap
    assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, ())


def test_a_lock_held_when_detaching_is_held_until_the_detached_call_ends(tmp_path):
    lock = tmp_path / "lock"
    with held_lock(lock):
        detach(_when_told, tmp_path)
    with open(lock, "ab") as other, pytest.raises(BlockingIOError):
        fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)
    (tmp_path / "go").touch()
    with open(lock, "ab") as other:
        fcntl.flock(other, fcntl.LOCK_EX)  # waits for the detached call to end
    assert (tmp_path / "done").exists()
