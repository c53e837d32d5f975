"""parallel.in_child: one call in a new Python process (pypinyin is loaded there, never in the build)."""
from __future__ import annotations

import sys

import pytest

from generator.parallel import in_child


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
