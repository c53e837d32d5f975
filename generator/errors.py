"""Errors a person can act on: each names the file, the line and the field.

Loading content collects every problem before giving up, so that an editor
sees all of them in one run instead of fixing them one build at a time.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one input file."""

    path: Path | str
    line: int | None  # 1-based; None when the problem is not on one line
    field: str | None
    message: str

    def __str__(self) -> str:
        where = str(self.path)
        if self.line is not None:
            where += f":{self.line}"
        what = f"{self.field}: " if self.field else ""
        return f"{where}: {what}{self.message}"


class NewsarchiveError(Exception):
    """Base of every error the command line reports without a traceback (exit 2)."""


class InputError(NewsarchiveError):
    """One or more problems in the input files, reported together."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__(self.report())

    def report(self) -> str:
        count = len(self.problems)
        head = f"{count} problem{'s' if count != 1 else ''} found:"
        return "\n".join([head, *(f"  {p}" for p in self.problems)])


class OutputError(NewsarchiveError):
    """output/ could not be updated (a folder that cannot be written, a disk error): which file, why, and what state output/ is in."""


class BuildInterrupted(KeyboardInterrupt):
    """Ctrl-C once a build has begun to change output/; the message says what output/ then holds."""
