"""The cache index and the manifest are saved as a snapshot plus a log of changes (generator/journal.py)."""
from __future__ import annotations

import pytest

from generator.journal import LOG_ALLOWANCE, Journal, changed_rows


def table(count: int) -> dict[str, tuple[int, str]]:
    return {f"file-{number}.md": (number, "x" * 20) for number in range(count)}


def test_small_changes_are_appended_and_replayed(tmp_path):
    rows = table(100)
    journal = Journal(tmp_path, "index")
    journal.save({"version": 1}, {"files": rows}, None)
    snapshot_bytes = journal.snapshot.read_bytes()
    before = dict(rows)
    rows["file-3.md"] = (3, "changed")
    del rows["file-4.md"]
    rows["new.md"] = (999, "new")
    Journal.save(journal, {"version": 2}, {"files": rows}, {"files": changed_rows(before, rows)})
    assert journal.snapshot.read_bytes() == snapshot_bytes  # the snapshot was not rewritten
    assert journal.log.stat().st_size < len(snapshot_bytes) / 10
    assert Journal(tmp_path, "index").load() == ({"version": 2}, {"files": rows})


def test_a_log_from_an_older_snapshot_is_not_replayed(tmp_path):
    rows = table(100)
    journal = Journal(tmp_path, "index")
    journal.save("h", {"files": rows}, None)
    journal.save("old header", {"files": {**rows, "file-1.md": (1, "logged")}}, {"files": {"file-1.md": (1, "logged")}})
    stale_log = journal.log.read_bytes()
    journal.save("h", {"files": rows}, None)  # a new snapshot (as after a full build)...
    journal.log.write_bytes(stale_log)  # ...and the old log back beside it, as a crash could leave it
    reopened = Journal(tmp_path, "index")
    assert reopened.load() == ("h", {"files": rows})
    # What is logged next is replayed: not hidden behind the stale records.
    reopened.save("h", {"files": {**rows, "file-2.md": (2, "new")}}, {"files": {"file-2.md": (2, "new")}})
    assert Journal(tmp_path, "index").load() == ("h", {"files": {**rows, "file-2.md": (2, "new")}})


@pytest.mark.parametrize("damage", ["torn log", "garbage log", "garbage snapshot", "no snapshot"])
def test_a_damaged_store_loads_as_nothing(tmp_path, damage):
    rows = table(100)
    journal = Journal(tmp_path, "index")
    journal.save("h", {"files": rows}, None)
    journal.save("h", {"files": {**rows, "a.md": (1, "a")}}, {"files": {"a.md": (1, "a")}})
    if damage == "torn log":
        journal.log.write_bytes(journal.log.read_bytes()[:-5])
    elif damage == "garbage log":
        journal.log.write_bytes(b"\x80\x05garbage")
    elif damage == "garbage snapshot":
        journal.snapshot.write_bytes(b"not a pickle")
    else:
        journal.snapshot.unlink()
    assert Journal(tmp_path, "index").load() is None


def test_the_log_is_folded_into_a_new_snapshot_when_it_grows(tmp_path):
    rows = {f"file-{number}.md": (number, str(number) + "x" * 3000) for number in range(400)}
    journal = Journal(tmp_path, "index")
    journal.save("h", {"files": rows}, None)
    first_snapshot = journal.snapshot.stat().st_mtime_ns, journal.snapshot.stat().st_ino
    for number in range(400):
        before = dict(rows)
        rows[f"file-{number}.md"] = (number, "edited" * 500 + str(number))
        journal.save("h", {"files": rows}, {"files": changed_rows(before, rows)})
        # Never much more than a quarter of the snapshot in the log (one record past it).
        limit = max(journal.snapshot.stat().st_size // 4, LOG_ALLOWANCE) + 4096
        assert not journal.log.exists() or journal.log.stat().st_size <= limit
    assert (journal.snapshot.stat().st_mtime_ns, journal.snapshot.stat().st_ino) != first_snapshot
    assert Journal(tmp_path, "index").load() == ("h", {"files": rows})


def test_a_change_to_many_rows_rewrites_the_snapshot(tmp_path):
    rows = table(100)
    journal = Journal(tmp_path, "index")
    journal.save("h", {"files": rows}, None)
    changed = {key: (0, "all new") for key in rows}
    journal.save("h", {"files": changed}, {"files": changed})
    assert not journal.log.exists()
    assert Journal(tmp_path, "index").load() == ("h", {"files": changed})


def test_changed_rows_lists_changes_and_removals():
    assert changed_rows({"a": 1, "b": 2, "c": 3}, {"a": 1, "b": 5, "d": 4}) == {"b": 5, "d": 4, "c": None}
