"""Full-text search: run Pagefind (npm, pinned in package-lock.json) over the built site.

This is the one build step that is not a page: it reads the finished HTML
and writes its index bundle into `<site>/pagefind/`. Pages opt in with
`data-pagefind-body`, so only articles are indexed. Pagefind's extended
binary segments Chinese (the pages say `lang="zh-CN"`).

Search is optional: without Node.js or the npm package the build still
succeeds, the outcome says why search was skipped, and the search box stays
hidden (static/search.js shows it only when the bundle exists).
"""
from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .config import Config

INSTALL_HINT = "run `npm ci` in the site folder to install pagefind@1.6.0"
# Long enough for a large archive; a hung indexer must not hang the build forever.
TIMEOUT_SECONDS = 600
_INDEXED = re.compile(r"Indexed (\d+) pages?")
_RUNNING: set[subprocess.Popen] = set()  # Pagefind processes running now, each in its own session


@dataclass(frozen=True)
class SearchOutcome:
    ran: bool
    pages: int
    message: str
    stopped: bool = False  # for a newer change (serve): the index is older than the pages, and the next build makes it

    def summary(self) -> str:
        return f"search index: {self.pages} pages" if self.ran else f"search skipped: {self.message}"


def pagefind_command(config: Config) -> list[str] | None:
    """How to run the pinned Pagefind for this site, or None when Node.js or the package is missing.

    Only the copy `npm ci` installed in the site folder: that is the pinned
    version. Not `npx --no-install pagefind`, which runs a global or a parent
    folder's copy of any version, and without one fails with npm's own error.
    """
    if shutil.which("node") is None:
        return None
    local = config.root / "node_modules" / ".bin" / "pagefind"
    return [str(local)] if local.exists() else None


STOPPED = SearchOutcome(False, 0, "stopped for a newer change, which indexes the site again", stopped=True)


def index_site(site_dir: Path, config: Config, bundle_dir: Path | None = None, superseded: Callable[[], bool] | None = None) -> SearchOutcome:
    """Index the HTML under `site_dir` into `bundle_dir` (default `site_dir/pagefind/`).

    Never raises: failures become a skip. `superseded`, asked while Pagefind
    runs (serve): when it says a newer change waits, Pagefind is stopped, as
    the build of that change indexes the site again. At 10,000 articles
    Pagefind takes ~25 s, and the next save's build would wait for it.
    """
    command = pagefind_command(config)
    if command is None:
        reason = "Node.js not found: install Node.js with npm, then" if shutil.which("node") is None else "pagefind is not installed:"
        return SearchOutcome(False, 0, f"{reason} {INSTALL_HINT}")
    where = ["--output-path", str(bundle_dir)] if bundle_dir is not None else []
    try:
        process = subprocess.Popen(
            [*command, "--site", str(site_dir), *where],
            cwd=config.root,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,  # npm's `pagefind` is a Node script that runs the indexer: stopped as one group
        )
    except OSError as exc:
        return SearchOutcome(False, 0, f"pagefind could not run ({exc}); {INSTALL_HINT}")
    _RUNNING.add(process)
    with process:
        try:
            return _outcome(process, superseded)
        except BaseException:  # Ctrl-C: Pagefind goes too
            _stop(process)
            raise
        finally:
            _RUNNING.discard(process)


def stop_indexing() -> None:
    """Stop every Pagefind this process started that still runs (serve ending while a rebuild indexes)."""
    for process in list(_RUNNING):
        _stop(process)


def _stop(process: subprocess.Popen) -> None:
    """Stop Pagefind and the indexer it started; else the indexer keeps its output open, and runs on."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:  # already gone
        pass


def _outcome(process: subprocess.Popen, superseded: Callable[[], bool] | None) -> SearchOutcome:
    """What Pagefind did, once it ends; it is stopped when superseded, or when it runs so long it must hang."""
    deadline = time.monotonic() + TIMEOUT_SECONDS
    while True:
        try:
            output, errors = process.communicate(timeout=0.1)  # reads as it waits: no output is lost
            break
        except subprocess.TimeoutExpired:
            if superseded is not None and superseded():
                stopped = STOPPED
            elif time.monotonic() > deadline:
                stopped = SearchOutcome(False, 0, f"pagefind did not finish within {TIMEOUT_SECONDS} s; {INSTALL_HINT}")
            else:
                continue
            _stop(process)
            process.communicate()
            return stopped
    if process.returncode != 0:
        return SearchOutcome(False, 0, f"pagefind failed: {_last_line(errors or output)}; {INSTALL_HINT}")
    match = _INDEXED.search(output)
    return SearchOutcome(True, int(match[1]) if match else 0, "indexed")


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else "no output"
