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

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from .config import Config

INSTALL_HINT = "run `npm ci` in the site folder to install pagefind@1.6.0"
# Long enough for a large archive; a hung indexer must not hang the build forever.
TIMEOUT_SECONDS = 600
_INDEXED = re.compile(r"Indexed (\d+) pages?")


@dataclass(frozen=True)
class SearchOutcome:
    ran: bool
    pages: int
    message: str

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


def index_site(site_dir: Path, config: Config, bundle_dir: Path | None = None) -> SearchOutcome:
    """Index the HTML under `site_dir` into `bundle_dir` (default `site_dir/pagefind/`).

    Never raises: failures become a skip.
    """
    command = pagefind_command(config)
    if command is None:
        reason = "Node.js not found: install Node.js with npm, then" if shutil.which("node") is None else "pagefind is not installed:"
        return SearchOutcome(False, 0, f"{reason} {INSTALL_HINT}")
    where = ["--output-path", str(bundle_dir)] if bundle_dir is not None else []
    try:
        finished = subprocess.run(
            [*command, "--site", str(site_dir), *where],
            cwd=config.root,
            capture_output=True,
            text=True,
            timeout=TIMEOUT_SECONDS,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return SearchOutcome(False, 0, f"pagefind could not run ({exc}); {INSTALL_HINT}")
    if finished.returncode != 0:
        return SearchOutcome(False, 0, f"pagefind failed: {_last_line(finished.stderr or finished.stdout)}; {INSTALL_HINT}")
    match = _INDEXED.search(finished.stdout)
    return SearchOutcome(True, int(match[1]) if match else 0, "indexed")


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else "no output"
