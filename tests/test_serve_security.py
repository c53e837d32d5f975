"""The preview server serves output/ and nothing else, on loopback, under load and during rebuilds.

Requests are written on raw sockets so that no client library normalises
`..`, `%2e%2e` or `//` before the server sees them. Load stays on 127.0.0.1
and is bounded in count and time.
"""
from __future__ import annotations

import http.client
import socket
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from .conftest import write_article
from .test_serve import ARTICLE_URL, page_text, serving, wait_until

SECRET = "TOP-SECRET-编辑部密码"


def raw_get(port: int, target: str) -> tuple[int, bytes]:
    """Send `GET <target>` exactly as written; (status, body)."""
    with socket.create_connection(("127.0.0.1", port), timeout=5) as connection:
        connection.sendall(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode("latin-1"))
        response = http.client.HTTPResponse(connection)
        response.begin()
        return response.status, response.read()


def port_of(url: str) -> int:
    return int(url.rsplit(":", 1)[1].strip("/"))


@pytest.fixture
def site_with_secret(empty_site: Path) -> Path:
    """A site with one article, and a secret file beside output/ that must never be served."""
    write_article(empty_site / "content", title="社区开展冬日慰问活动")
    (empty_site / "secret.txt").write_text(SECRET, encoding="utf-8")
    return empty_site


def test_the_server_socket_is_bound_to_127_0_0_1(site_with_secret, tmp_path):
    with serving(site_with_secret, tmp_path / "serve.log") as (url, _):
        port = port_of(url)
        # /proc/net/tcp lists each listening socket's local address as hex IP:port (127.0.0.1 is 0100007F).
        listening = [line.split()[1] for line in Path("/proc/net/tcp").read_text().splitlines()[1:] if line.split()[3] == "0A"]
        assert f"0100007F:{port:04X}" in listening
        assert not any(address.endswith(f":{port:04X}") and address != f"0100007F:{port:04X}" for address in listening)


TRAVERSALS = [
    "/../secret.txt",
    "/../../../../etc/passwd",
    "/%2e%2e/secret.txt",
    "/%2E%2E%2Fsecret.txt",
    "/..%2fsecret.txt",
    "/static/..%2f..%2fsecret.txt",
    "/static/%2e%2e/%2e%2e/secret.txt",
    "//etc/passwd",
    "///etc/passwd",
    "/%2fetc%2fpasswd",
    "/..\\secret.txt",
    "/%00",
    "/index.html%00.txt",
    "/link-out/secret.txt",
    "/link-file.txt",
    "/link-out/",
]


def test_paths_out_of_output_get_404(site_with_secret, tmp_path):
    with serving(site_with_secret, tmp_path / "serve.log") as (url, process):
        output = site_with_secret / "output"
        (output / "link-out").symlink_to(site_with_secret, target_is_directory=True)
        (output / "link-file.txt").symlink_to(site_with_secret / "secret.txt")
        port = port_of(url)
        for target in TRAVERSALS:
            status, body = raw_get(port, target)
            assert status == 404, target
            assert SECRET.encode() not in body and b"root:" not in body, target
        assert raw_get(port, "/" + ARTICLE_URL)[0] == 200  # and real pages are still served
        assert process.poll() is None


def complete_page(port: int, path: str) -> tuple[int, str]:
    """(status, body) over http.client; an incomplete body raises."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.read().decode("utf-8")
    finally:
        connection.close()


def test_200_concurrent_requests_are_all_answered(site_with_secret, tmp_path):
    with serving(site_with_secret, tmp_path / "serve.log") as (url, process):
        port = port_of(url)
        start = threading.Barrier(200, timeout=30)

        def one(number: int) -> tuple[int, str]:
            start.wait()  # all 200 at once
            return complete_page(port, "/" + ARTICLE_URL if number % 2 else "/")

        with ThreadPoolExecutor(max_workers=200) as pool:
            results = list(pool.map(one, range(200), timeout=60))
        assert [status for status, _ in results] == [200] * 200
        assert all(body.rstrip().endswith("</html>") for _, body in results)
        assert process.poll() is None


def test_pages_served_during_rebuilds_are_always_complete(site_with_secret, tmp_path):
    """Hammer a page from 8 threads while the article is edited again and again, each edit a rebuild."""
    article = next((site_with_secret / "content").glob("*.md"))
    original = article.read_text(encoding="utf-8")
    with serving(site_with_secret, tmp_path / "serve.log") as (url, process):
        port = port_of(url)
        stop = threading.Event()
        seen: list[tuple[int, str]] = []
        failures: list[str] = []

        def hammer() -> None:
            while not stop.is_set():
                try:
                    seen.append(complete_page(port, "/" + ARTICLE_URL))
                except (OSError, http.client.HTTPException) as error:
                    failures.append(repr(error))

        workers = [threading.Thread(target=hammer) for _ in range(8)]
        for worker in workers:
            worker.start()
        try:
            for edit in range(6):
                headline = f"第{edit}次修改的标题"
                article.write_text(original.replace("社区开展冬日慰问活动", headline), encoding="utf-8")
                wait_until(lambda: f"<h1>{headline}</h1>" in page_text(url + ARTICLE_URL), f"rebuild {edit}", timeout=20)
        finally:
            stop.set()
            for worker in workers:
                worker.join(timeout=20)
        assert failures == []
        pages = [body for status, body in seen if status == 200]
        assert len(pages) > 50
        assert all(body.rstrip().endswith("</html>") and body.lstrip().startswith("<!DOCTYPE html>") for body in pages)
        assert process.poll() is None
