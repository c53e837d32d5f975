"""`newsarchive serve` as an editor runs it: a real process on a free port, rebuilding as files change."""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

from .conftest import REPO, write_article

ARTICLE_URL = "2021/01/05/ce-shi-wen-zhang/"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str, timeout: float = 2) -> tuple[int, str] | None:
    """(status, body) of a GET, or None while nothing answers (in `timeout` seconds)."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")
    except OSError:
        return None


def wait_until(check, what: str, timeout: float = 10.0):
    """Poll `check()` until it returns something true; fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(0.1)
    pytest.fail(f"waited {timeout:.0f} s for {what}")


@contextmanager
def serving(site: Path, log: Path, *, patch: str = "", port: int | None = None):
    """Run `python -m generator serve` in `site`; yields (site URL, process). Its terminal output goes to `log`.

    Without the search index: these tests are about rebuilding, and Pagefind
    via npm adds about a second to every build in a site without node_modules.
    `patch`: Python code the server process runs first, to plant a fault in it.
    `port`: a free one unless given (to start again where a stopped server was).
    """
    port = port or free_port()
    environment = {**os.environ, "PYTHONPATH": str(REPO)}
    program = ["-c", f"{patch}\nfrom generator.cli import run\nrun()"] if patch else ["-m", "generator"]
    with log.open("w") as terminal:
        process = subprocess.Popen(
            [sys.executable, *program, "serve", "--port", str(port), "--no-search"],
            cwd=site, env=environment, stdout=terminal, stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}/"
    try:
        wait_until(lambda: fetch(url) or process.poll() is not None, "the server to start")
        assert process.poll() is None, log.read_text()
        yield url, process
    finally:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def page_text(url: str, timeout: float = 2) -> str:
    response = fetch(url, timeout)
    return response[1] if response else ""


@pytest.fixture
def article(empty_site: Path) -> Path:
    return write_article(empty_site / "content", title="社区开展冬日慰问活动")


def test_an_edited_article_is_rebuilt_and_served(empty_site, article, tmp_path):
    with serving(empty_site, tmp_path / "serve.log") as (url, _):
        assert "<h1>社区开展冬日慰问活动</h1>" in page_text(url + ARTICLE_URL)
        article.write_text(article.read_text(encoding="utf-8").replace("社区开展冬日慰问活动", "社区开展新春慰问活动"), encoding="utf-8")
        wait_until(lambda: "<h1>社区开展新春慰问活动</h1>" in page_text(url + ARTICLE_URL), "the edited headline")


def test_a_broken_edit_shows_the_error_and_fixing_it_recovers(empty_site, article, tmp_path):
    log = tmp_path / "serve.log"
    good = article.read_text(encoding="utf-8")
    with serving(empty_site, log) as (url, process):
        article.write_text(good.replace("date: 2021-01-05", "date: 2021-13-45"), encoding="utf-8")
        error_page = wait_until(lambda: "构建失败" in (text := page_text(url + ARTICLE_URL)) and text, "the error page")
        assert article.name in error_page and "2021-13-45" in error_page
        assert "date" in error_page
        assert article.name in log.read_text() and "Traceback" not in log.read_text()
        assert process.poll() is None, "the server stopped after a broken edit"

        article.write_text(good, encoding="utf-8")
        wait_until(lambda: "<h1>社区开展冬日慰问活动</h1>" in page_text(url + ARTICLE_URL), "the page to recover")
        assert "构建失败" not in page_text(url)


SECOND_BUILD_RAISES = """
import generator.serve
builds = []
real_build = generator.serve.build_site
def build_site(*args, **kwargs):  # a bug in the build, hit by the first rebuild only
    builds.append(1)
    if len(builds) == 2:
        raise RuntimeError("a planted bug")
    return real_build(*args, **kwargs)
generator.serve.build_site = build_site
"""


def test_a_bug_in_a_build_is_shown_and_the_next_save_rebuilds(empty_site, article, tmp_path):
    log = tmp_path / "serve.log"
    good = article.read_text(encoding="utf-8")
    with serving(empty_site, log, patch=SECOND_BUILD_RAISES) as (url, process):
        article.write_text(good.replace("社区开展冬日慰问活动", "社区开展新春慰问活动"), encoding="utf-8")
        error_page = wait_until(lambda: "构建失败" in (text := page_text(url + ARTICLE_URL)) and text, "the error page")
        assert "internal error" in error_page and "RuntimeError: a planted bug" in error_page
        terminal = log.read_text()
        assert "Traceback" in terminal and "RuntimeError: a planted bug" in terminal
        assert "Exception in thread" not in terminal

        article.write_text(good.replace("社区开展冬日慰问活动", "社区开展元宵慰问活动"), encoding="utf-8")
        wait_until(lambda: "<h1>社区开展元宵慰问活动</h1>" in page_text(url + ARTICLE_URL), "the page to recover")
        assert "构建失败" not in page_text(url)
        assert process.poll() is None


def test_a_replaced_content_folder_is_watched(empty_site, article, tmp_path):
    content = empty_site / "content"
    with serving(empty_site, tmp_path / "serve.log") as (url, _):
        # As a restore from a backup does it: the folder goes, and a copy comes in its place.
        shutil.move(content, tmp_path / "backup")
        wait_until(lambda: "content folder not found" in page_text(url), "the error page")
        shutil.copytree(tmp_path / "backup", content)
        wait_until(lambda: "<h1>社区开展冬日慰问活动</h1>" in page_text(url + ARTICLE_URL), "the page to come back")

        copy = content / article.name
        copy.write_text(copy.read_text(encoding="utf-8").replace("社区开展冬日慰问活动", "社区开展新春慰问活动"), encoding="utf-8")
        wait_until(lambda: "<h1>社区开展新春慰问活动</h1>" in page_text(url + ARTICLE_URL), "the edit in the new folder")


def test_a_static_folder_made_after_the_start_is_watched(empty_site, article, tmp_path):
    static = empty_site / "static"
    shutil.rmtree(static)
    with serving(empty_site, tmp_path / "serve.log") as (url, _):
        static.mkdir()
        (static / "notice.txt").write_text("第一版", encoding="utf-8")
        wait_until(lambda: page_text(url + "static/notice.txt") == "第一版", "the new static file")
        (static / "notice.txt").write_text("第二版", encoding="utf-8")
        wait_until(lambda: page_text(url + "static/notice.txt") == "第二版", "the edited static file")


def test_a_config_edit_is_applied(empty_site, article, tmp_path):
    config = empty_site / "newsarchive.yml"
    original = config.read_text(encoding="utf-8")
    with serving(empty_site, tmp_path / "serve.log") as (url, _):
        # Twice, saved the way many editors save: a new file renamed over the old one.
        for title in ("管城档案甲", "管城档案乙"):
            replacement = empty_site / "newsarchive.yml.tmp"
            replacement.write_text(original.replace("title: 管城新闻档案", f"title: {title}"), encoding="utf-8")
            os.replace(replacement, config)
            wait_until(lambda: f"<h1>{title}</h1>" in page_text(url), f"the home page titled {title}")


@pytest.mark.parametrize("base, sent, elsewhere", [
    ("/档案/", "/%E6%A1%A3%E6%A1%88/", "/%E6%A1%A3/"),  # as a browser sends it: percent-encoded UTF-8
    ("/a+b/", "/a+b/", "/aab/"),  # read as a pattern, a+b would match aab and not a+b
])
def test_the_site_is_served_under_its_base_path(empty_site, article, tmp_path, base, sent, elsewhere):
    config = empty_site / "newsarchive.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("base_url: /\n", f"base_url: {base}\n"), encoding="utf-8")
    with serving(empty_site, tmp_path / "serve.log") as (url, _):
        root = url.rstrip("/")
        assert "<h1>社区开展冬日慰问活动</h1>" in page_text(root + sent + ARTICLE_URL)
        assert fetch(root + sent + "static/style.css")[0] == 200
        assert "<h1>管城新闻档案</h1>" in page_text(url)  # / leads to the home page
        status, page = fetch(root + elsewhere + ARTICLE_URL)
        assert status == 404 and "找不到这个页面" in page and f'href="{base}"' in page  # the site's 404 page, leading into it
        assert fetch(root + sent + "..%2fnewsarchive.yml")[0] == 404


def test_the_server_listens_on_loopback_only(empty_site, article, tmp_path):
    with serving(empty_site, tmp_path / "serve.log") as (url, _):
        port = int(url.rsplit(":", 1)[1].strip("/"))
        # 127.0.0.2 reaches this machine too, but not a socket bound to 127.0.0.1 alone.
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection(("127.0.0.2", port), timeout=2).close()


@pytest.mark.parametrize("port", ["70000", "0", "http"])
def test_a_port_that_is_no_port_number_is_a_usage_error(empty_site, port):
    result = subprocess.run(
        [sys.executable, "-m", "generator", "serve", "--port", port, "--no-search"],
        cwd=empty_site, env={**os.environ, "PYTHONPATH": str(REPO)}, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 2 and f"'{port}' is not a port number (1–65535)" in result.stderr
    assert not (empty_site / "output").exists()


def test_a_port_in_use_is_an_error_before_anything_is_built(empty_site, article):
    with socket.socket() as taken:
        taken.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server's own socket: no help while this one listens
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "generator", "serve", "--port", str(port), "--no-search"],
            cwd=empty_site, env={**os.environ, "PYTHONPATH": str(REPO)}, capture_output=True, text=True, timeout=60,
        )
    assert result.returncode == 2
    assert result.stderr == f"error: port {port} on 127.0.0.1 is in use: give another with --port\n"
    assert result.stdout == ""  # neither a build nor an address that serves nothing
    assert not (empty_site / "output").exists() and not (empty_site / ".newsarchive-cache").exists()


def test_a_second_ctrl_c_during_a_rebuild_says_output_may_be_partly_updated(empty_site, article, tmp_path):
    from .test_open_pages import (
        SLOW_APPLY,  # the rebuild holds on while it updates output/
    )

    log = tmp_path / "serve.log"
    with serving(empty_site, log, patch=SLOW_APPLY) as (_, process):
        article.write_text(article.read_text(encoding="utf-8").replace("社区开展冬日慰问活动", "社区开展新春慰问活动"), encoding="utf-8")
        wait_until(lambda: "changed:" in log.read_text(), "the rebuild to start")
        time.sleep(0.5)
        process.send_signal(signal.SIGINT)  # the first waits for the rebuild to end
        time.sleep(0.3)
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=10) == 130
    assert "interrupted; stopped during a rebuild: output/ may be partly updated, and the next build makes it whole" in log.read_text()
    assert "output/ is as it was" not in log.read_text()
