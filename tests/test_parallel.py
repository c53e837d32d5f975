"""parallel.in_child: one call in a new Python process (pypinyin is loaded there, never in the build);
parallel.Background: one call in a forked child while this process goes on (the output/ check)."""
from __future__ import annotations

import os
import sys
import time

import pytest

from generator.parallel import Background, in_child


def _fails(message: str) -> None:
    raise ValueError(message)


def _marked(_) -> bool:
    return hasattr(sys, "newsarchive_test_mark")


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
