"""Browser fixtures: Debian's Chromium driven by Playwright, and a plain static server for a built site.

Never `playwright install`: the browser is /usr/bin/chromium from apt-get
(scripts/test.sh installs it). Screenshots go to tests/artifacts/ so that a
person can look at them after a run.
"""
from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path

import pytest

from .chromium import CHROMIUM, CHROMIUM_FLAGS

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run scripts/test.sh, which installs Debian's chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport=DESKTOP, locale="zh-CN")
    page = context.new_page()
    yield page
    context.close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # keep test output readable
        pass


@pytest.fixture
def static_server():
    """Serve a folder on 127.0.0.1 at a free port, optionally under a URL prefix; returns the base URL."""
    servers = []

    def start(folder: Path, prefix: str = "/") -> str:
        root = Path(folder)
        if prefix != "/":
            # Publish the site under a sub-path, as a static host would: <root>/archive/ = the site.
            holder = root.parent / f"{root.name}-published"
            target = holder / prefix.strip("/")
            target.parent.mkdir(parents=True, exist_ok=True)
            if not target.exists():
                target.symlink_to(root.resolve(), target_is_directory=True)
            root = holder
        handler = functools.partial(_QuietHandler, directory=str(root))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}{prefix}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def screenshot(page, name: str) -> Path:
    """Save a full-page screenshot to tests/artifacts/<name>.png and return its path."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
