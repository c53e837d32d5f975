"""`newsarchive serve`: build, serve `output/`, rebuild on change, reload the browser.

Three parts, each doing one thing:
- a watcher (watchfiles, `_Watcher`) that collects changes to content,
  templates, static files and the config, debounced, also across these
  folders being made or replaced, and a thread that runs one build at a time
  with the same pipeline as `newsarchive build`;
- a tornado app from python-livereload that serves the files and injects the
  live-reload script; livereload's own (polling) watcher is replaced by
  `_BuildSignal`, so livereload only tells the browser when a build is done;
- while the last build failed, every page shows the error instead, and the
  terminal prints it (an unexpected exception too, as an internal error with
  its traceback); the next good build clears it.

Pages open in a browser come first (`OpenPages`), as in Hugo's server: an
incremental build renders them before the others and the browsers reload
then, served those pages' new bytes from memory; a request for any other
file the build is changing waits until output/ has it. output/ itself is
changed only once the whole build is done, as by `newsarchive build`.

Files are served only from inside `output/`: a path that leaves it (`..`,
encoded or not, absolute, or through a symlink) gets the 404 page.
"""
from __future__ import annotations

import asyncio
import errno
import hashlib
import html
import os
import queue
import sys
import threading
import traceback
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

import watchfiles
from livereload import Server
from livereload.handlers import (
    ForceReloadHandler,
    LiveReloadHandler,
    LiveReloadJSHandler,
    StaticFileHandler,
)
from livereload.server import LiveScriptInjector
from tornado import escape, routing, web
from tornado.escape import url_unescape
from tornado.ioloop import IOLoop

from .build import BuildResult, build_site, refuse_others_files
from .config import STATIC_PREFIX, Config
from .errors import BuildInterrupted, NewsarchiveError
from .pages import SEARCH_URL
from .search import stop_indexing
from .session import BuildSession


class BuildState:
    """What the server shows: the last build's error, if it failed."""

    def __init__(self) -> None:
        self.error: str | None = None


class OpenPages:
    """What browsers have open and were shown; shared with the build in progress (build.Preview).

    The server notes each page requested (`opened`) and the body it sent
    (`shown`); a browser's live-reload connection says which page it shows.
    The build asks for the recent pages (`open_pages`), renders them first
    and hands over their new bytes and every other path it will change
    (`pages_ready`). Once output/ holds them (`output_updated`, before the
    search index is made), the requests that waited go on. The rebuild
    thread calls `settle` after each build, failed or not. While a newer
    change waits (`superseded`), the build stops making its search index,
    which the newer change's build makes again.

    A browser is told to reload when what its page would get now differs
    from what it was sent (`reload_outdated`): when the open pages are
    ready, when a build ends (an error shown or cleared too), and when it
    connects, for a reload it missed while its page was loading (or a tab
    open from before serve started). What a tab was sent is known per page,
    not per tab: of two tabs on one page, one that missed a reload is found
    out only at the next change.
    """

    RECENT = 16  # pages remembered: the tabs an editor may have open

    def __init__(self, root: Path, state: BuildState, loop: IOLoop, newer_change: Callable[[], bool]):
        self._root, self._state, self._loop = root, state, loop
        self._newer_change = newer_change
        self._lock = threading.Lock()
        self._recent: dict[str, None] = {}  # output paths, oldest first
        self._shown: dict[str, str] = {}  # output path → digest of the body last sent for it
        self._ready: dict[str, bytes] = {}
        self._changing: set[str] = set()
        self._settled: Future | None = None  # done once output/ holds the build in progress

    def opened(self, name: str) -> None:
        with self._lock:
            self._recent.pop(name, None)
            self._recent[name] = None
            if len(self._recent) > self.RECENT:
                del self._recent[next(iter(self._recent))]

    def shown(self, name: str, body: bytes) -> None:
        self._shown[name] = self._digest(name, body)

    def _digest(self, name: str, body: bytes) -> str:
        """What a tab on the page `name` shows: its body, and for the search page the index it searches."""
        digest = hashlib.sha1(body)
        if name == SEARCH_PAGE:
            try:
                digest.update((self._root / SEARCH_INDEX_ENTRY).read_bytes())
            except OSError:  # no index (search off, or not made yet)
                pass
        return digest.hexdigest()

    def lookup(self, name: str) -> tuple[bytes | None, Future | None]:
        """The new bytes of `name` if ready before output/ has them; else what to wait for if the build changes it."""
        with self._lock:
            return self._ready.get(name), (self._settled if name in self._changing else None)

    def answer(self, name: str) -> bytes:
        """The body a request for the page `name` gets now (the file handler's choice, without waiting)."""
        ready, _ = self.lookup(name)
        if ready is not None:
            return ready
        if self._state.error is not None:
            return _error_page(self._state.error)
        for path in (self._root / name, self._root / "404.html"):
            try:
                return path.read_bytes()
            except OSError:
                continue
        return b""

    def reload_outdated(self, everyone: bool = False) -> None:
        """Tell the browsers whose page would now get another body than they were sent (or all) to reload. On the IOLoop."""
        for waiter in list(LiveReloadHandler.waiters):
            if everyone or self.outdated(getattr(waiter, "page", None)):
                _tell_to_reload(waiter)

    def outdated(self, name: str | None) -> bool:
        """True when the tab on page `name` was sent another body than it would get now, or was sent it by no one here.

        The latter: a tab open from before `serve` started, its script connecting again.
        """
        if name is None:
            return False
        sent = self._shown.get(name)
        return sent is None or sent != self._digest(name, self.answer(name))

    # The build's side (build.Preview), on the rebuild thread.
    def open_pages(self) -> set[str]:
        with self._lock:
            return set(self._recent)

    def pages_ready(self, ready: dict[str, bytes], changing: set[str]) -> None:
        with self._lock:  # a second call in one build (see build.Preview) keeps what requests wait for
            self._ready, self._changing, self._settled = ready, changing, self._settled or Future()
        # A file pages load (static/style.css) changing: every tab, its request for the file waiting for output/.
        assets = any(name.startswith(STATIC_PREFIX) for name in changing)
        self._loop.add_callback(self.reload_outdated, assets)

    def output_updated(self) -> None:
        with self._lock:
            settled, self._settled = self._settled, None
            self._ready, self._changing = {}, set()
        if settled is not None:
            settled.set_result(None)

    def superseded(self) -> bool:
        return self._newer_change()

    def settle(self) -> None:
        """End the build in progress: output/ is as it leaves it, failed or not."""
        self.output_updated()


def _tell_to_reload(waiter: LiveReloadHandler) -> None:
    waiter.send_message({"command": "reload", "path": "*", "liveCSS": True, "liveImg": True})


def _reload_handler(open_pages: OpenPages, base_path: str) -> type:
    """livereload's websocket handler, noting the page each browser shows and telling it to reload if that is outdated.

    A reload sent while a page loads, before its script connects, is lost:
    so it is checked again as the script connects.
    """
    base = unquote(base_path)

    class ReloadOnConnect(LiveReloadHandler):
        page: str | None = None

        def on_message(self, message) -> None:
            super().on_message(message)
            url = escape.json_decode(message).get("url")
            if url:
                path = unquote(urlsplit(url).path)
                self.page = _page_name(path[len(base) :]) if path.startswith(base) else None
                if open_pages.outdated(self.page):
                    _tell_to_reload(self)

    return ReloadOnConnect


def _page_name(path: str) -> str:
    """The output path a request path under the base path reads: `2021/01/05/x/` → `2021/01/05/x/index.html`."""
    return path + "index.html" if path == "" or path.endswith("/") else path


class _BuildSignal:
    """Stands in for livereload's polling watcher: reloads are sent by `_rebuild_loop`."""

    def __init__(self) -> None:
        self._tasks = {"newsarchive": None}  # non-empty: livereload must not watch the cwd itself
        self._changes: list = []
        self.filepath = None

    def start(self, callback) -> bool:
        return True  # we signal; no polling needed

    def examine(self):
        return None, None


# What output/ holds when a second Ctrl-C ends `serve` while it waits for a rebuild: the next build finds output/
# unlike the last one it recorded, and makes it whole again.
STOPPED_DURING_A_REBUILD = "stopped during a rebuild: output/ may be partly updated, and the next build makes it whole"


def _error_page(message: str) -> bytes:
    return (
        "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>构建失败 · build failed</title></head>"
        "<body style=\"font-family:sans-serif;margin:2rem\"><h1 style=\"color:#a4161a\">构建失败 · build failed</h1>"
        "<p>Fix the file and save: the page reloads by itself.</p>"
        f"<pre style=\"white-space:pre-wrap;background:#f6f6f6;padding:1rem\">{html.escape(message)}</pre></body></html>"
    ).encode("utf-8")


def make_file_handler(output_dir: Path, state: BuildState, open_pages: OpenPages) -> type:
    """A static file handler confined to `output_dir` that shows build errors, pages ready early and the site's 404 page."""
    root = Path(output_dir).resolve()

    class ArchiveFileHandler(StaticFileHandler):
        showing_error = False
        page: str | None = None  # the output path of the page asked for, if it is one

        async def get(self, path: str, include_body: bool = True):
            # `path` arrives URL-decoded; the real path also resolves symlinks. No file name holds a NUL.
            if path.startswith("/") or "\x00" in path:
                raise web.HTTPError(404)
            real = os.path.realpath(os.path.join(root, path))
            if real != str(root) and not real.startswith(str(root) + os.sep):
                raise web.HTTPError(404)
            name = _page_name(path)
            self.page = name if name.endswith(".html") else None
            if self.page is not None:
                open_pages.opened(name)
            ready, settled = open_pages.lookup(name)
            if settled is not None:
                await asyncio.wrap_future(settled)
            if ready is not None:  # the build in progress has it: newer than the last build's error, too
                self._send_page(ready)
            elif state.error is not None and self.page is not None:
                self.showing_error = True
                self._send_page(_error_page(state.error))
            else:
                await super().get(path, include_body)
                if self.page is not None and self.get_status() in (200, 304):  # 304: the browser shows the body it has
                    open_pages.shown(self.page, self.body)

        def _send_page(self, body: bytes) -> None:
            self.body = body  # for its ETag
            open_pages.shown(self.page, body)
            self.set_header("Content-Type", "text/html; charset=utf-8")
            self.set_header("Cache-Control", "no-store")
            self.finish(body)

        def validate_absolute_path(self, root_path: str, absolute_path: str) -> str | None:
            # Read the file once, here: a rebuild may swap output/ at any moment, and the
            # length, ETag and body sent must all come from one file, old or new, never a mix.
            path = super().validate_absolute_path(root_path, absolute_path)
            if path is not None:
                try:
                    self.body = Path(path).read_bytes()
                except OSError:  # removed by the rebuild since it was found
                    raise web.HTTPError(404) from None
            return path

        def get_content_size(self) -> int:
            return len(self.body)

        def get_content(self, abspath: str, start: int | None = None, end: int | None = None) -> bytes:
            return self.body[start:end]

        def compute_etag(self):
            return None if self.showing_error else f'"{hashlib.sha1(self.body).hexdigest()}"'

        def write_error(self, status_code: int, **kwargs) -> None:
            body = _write_error(self, root, status_code, **kwargs)
            if self.page is not None and body is not None:
                open_pages.shown(self.page, body)

        def set_extra_headers(self, path: str) -> None:
            self.set_header("Cache-Control", "no-store")

    return ArchiveFileHandler


def _write_error(handler: web.RequestHandler, root: Path, status_code: int, **kwargs) -> bytes | None:
    """The site's own 404 page for a path it does not have, and its bytes; tornado's page for anything else."""
    try:
        body = (root / "404.html").read_bytes() if status_code == 404 else None
    except OSError:
        body = None
    if body is None:
        web.RequestHandler.write_error(handler, status_code, **kwargs)
        return None
    handler.set_header("Content-Type", "text/html; charset=utf-8")
    handler.finish(body)
    return body


class _OutsideBasePath(web.RequestHandler):
    """A path outside the site's base path: the site's 404 page, whose links lead into the site."""

    def initialize(self, root: str) -> None:
        self.root = Path(root)

    def prepare(self) -> None:
        raise web.HTTPError(404)

    def write_error(self, status_code: int, **kwargs) -> None:
        _write_error(self, self.root, status_code, **kwargs)


class _UnderBasePath(routing.Matcher):
    """Requests for a path under the base path; the handler is given the rest of it, decoded.

    Compared decoded, not as a route pattern on the path as sent: a browser
    sends a base path such as /档案/ percent-encoded, and one such as /a+b/
    is a path, not a pattern.
    """

    def __init__(self, base_path: str):
        self.base = url_unescape(base_path, encoding=None, plus=False)

    def match(self, request) -> dict | None:
        path = url_unescape(request.path, encoding=None, plus=False)
        if not path.startswith(self.base):
            return None
        return {"path_args": [path[len(self.base):]], "path_kwargs": {}}


SEARCH_PAGE = SEARCH_URL + "index.html"
SEARCH_INDEX_ENTRY = "pagefind/pagefind-entry.json"  # changes with every new index: a search tab reloads


# livereload's script tag, as Server.application makes it: loads livereload.js from the page's own host and port.
_LIVE_SCRIPT = (
    '<script type="text/javascript">(function(){var s=document.createElement("script");'
    "var port=(window.location.port || (window.location.protocol == 'https:' ? 443: 80));"
    's.src="//"+window.location.hostname+":"+port+ "/livereload.js?port=" + port;'
    "document.head.appendChild(s);})();</script>"
)


class _ArchiveServer(Server):
    """livereload's server, serving the site under its base path (`/` or `/archive/`), with our live-reload handler."""

    def __init__(self, file_handler: type, reload_handler: type, base_path: str, root: Path):
        super().__init__(watcher=_BuildSignal())
        self.SFH = file_handler
        self.reload_handler = reload_handler
        self.base_path = base_path
        self.root = str(root)
        self._listening = False

    def listen(self, host: str, port: int) -> None:
        """Take the port now, before the first build: one in use is the user's to change, and nothing is built for it."""
        try:
            self.application(port, host)
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise NewsarchiveError(f"port {port} on {host} is in use: give another with --port") from None
            raise NewsarchiveError(f"cannot listen on {host} port {port} ({exc.strerror or exc}): check --host and --port") from None

    def application(self, port, host, **options):
        """livereload's application (Server.application), its websocket handled by `reload_handler`; made once.

        `Server.serve` asks for it again, once `listen` has made it.
        """
        if self._listening:
            return
        LiveReloadHandler.watcher = self.watcher  # as Server.application sets them, for Server.serve
        LiveReloadHandler.live_css = True
        script = escape.utf8(_LIVE_SCRIPT)

        class Injector(LiveScriptInjector):
            pass

        Injector.script = script
        handlers = [
            (r"/livereload", self.reload_handler),
            (r"/forcereload", ForceReloadHandler),
            (r"/livereload.js", LiveReloadJSHandler),
            *self.get_web_handlers(script),
        ]
        web.Application(handlers=handlers, transforms=[Injector]).listen(port, address=host)
        self._listening = True

    def get_web_handlers(self, script):
        under_base = _UnderBasePath(self.base_path)
        handlers = [
            (under_base, self.SFH, {"path": self.root, "default_filename": "index.html"}),
            (r".*", _OutsideBasePath, {"root": self.root}),
        ]
        if self.base_path != "/":
            # Percent-encoded: a redirect's Location must be ASCII.
            handlers.insert(0, (r"/", web.RedirectHandler, {"url": quote(under_base.base)}))
        return handlers


class _Watcher:
    """Batches of changed file names (content, templates, static, the config), debounced, until `stop` is set.

    Two watches feed one queue, so each batch still leads to one build:
    - content/, templates/ and static/, those there are, recursively;
    - the folders they are in, not recursively: for the config file, and for
      those three appearing, going or being replaced (a `git checkout`, a
      restore from a backup). The folder watch then starts again on what is
      there now, as a watch keeps to the folder it began on, even moved away.
    The config is watched through its folder, not as a file: many editors save
    by renaming a new file over the old one, and a watch on the old file would
    see nothing after the first save. output/ and the cache folder are never
    watched: at 10,000 articles they hold 16,000 folders, an inotify watch each.
    """

    def __init__(self, config: Config, stop: threading.Event):
        self._config, self._stop = config, stop
        self._folders = (config.content_dir, config.templates_dir, config.static_dir)
        self._batches: queue.Queue[set] = queue.Queue()
        parents = [path for path in {config.root, *(folder.parent for folder in self._folders)} if path.is_dir()]
        self._watch(parents, recursive=False, accept=self._is_config_or_folder, until=stop)
        self._folders_watch = self._watch_folders()

    def _watch(self, paths: list[Path], *, recursive: bool, accept, until: threading.Event) -> None:
        """Watch `paths` on a thread until `until` is set; return once it watches, so that no later change is missed."""
        ready = threading.Event()
        threading.Thread(target=self._feed, args=(paths, recursive, accept, until, ready), daemon=True, name="watch").start()
        ready.wait()

    def _feed(self, paths: list[Path], recursive: bool, accept, until: threading.Event, ready: threading.Event) -> None:
        try:
            # The first batch, empty at the first timeout if nothing changed, comes once the watch is in place.
            for changes in watchfiles.watch(
                *paths, recursive=recursive, watch_filter=accept,
                debounce=50, step=20, stop_event=until, rust_timeout=100, yield_on_timeout=True,
            ):
                ready.set()
                if changes:
                    self._batches.put(changes)
        except FileNotFoundError:  # a folder went as its watch began: the watch on its parent reports it
            pass
        finally:
            ready.set()

    def _watch_folders(self) -> threading.Event:
        """Watch the content, templates and static folders there are now; setting the event returned stops it."""
        until = threading.Event()
        folders = [folder for folder in self._folders if folder.is_dir()]
        if folders:
            self._watch(folders, recursive=True, accept=watchfiles.DefaultFilter(), until=until)
        return until

    def has_more(self) -> bool:
        """True when changes wait for the next build."""
        return not self._batches.empty()

    def _is_config_or_folder(self, _change, path: str) -> bool:
        return Path(path) == self._config.config_path or Path(path) in self._folders

    def __iter__(self) -> Iterator[list[str]]:
        try:
            while not self._stop.is_set():
                try:
                    changes = self._batches.get(timeout=0.5)
                except queue.Empty:
                    continue
                while not self._batches.empty():
                    changes |= self._batches.get_nowait()
                if any(Path(path) in self._folders for _, path in changes):
                    self._folders_watch.set()
                    self._folders_watch = self._watch_folders()
                yield sorted({Path(path).name for _, path in changes})
        finally:
            self._folders_watch.set()


def rebuild(
    load: Callable[[], Config], state: BuildState, out=sys.stdout, *, search: bool = True, session: BuildSession | None = None, open_pages: OpenPages | None = None
) -> BuildResult | None:
    """Read the config again and run one build; remember and print its error, or clear the last one. The result, None if it failed.

    Any exception is caught: one escaping would end the rebuild thread, and
    every later save would go unbuilt with no error shown.
    """
    try:
        result = build_site(load(), search=search, session=session, preview=open_pages)
    except NewsarchiveError as exc:
        state.error = str(exc)
    except Exception:  # a bug, not the user's mistake: its traceback is what a report needs
        state.error = f"internal error (a bug in newsarchive, not in your files); the next save builds again:\n{traceback.format_exc().rstrip()}"
    else:
        state.error = None
        print(result.summary_line(), file=out, flush=True)
        for warning in result.warnings:
            print(f"warning: {warning}", file=out, flush=True)
        return result
    print(f"build failed:\n{state.error}", file=out, flush=True)
    return None


def _rebuild_loop(load: Callable[[], Config], changes: _Watcher, state: BuildState, loop: IOLoop, search: bool, session: BuildSession, open_pages: OpenPages) -> None:
    """One build at a time: changes that arrive during a build are batched into the next one.

    Once a build is done, the browsers whose page it changed reload (see OpenPages.settle).
    """
    for names in changes:
        print(f"changed: {', '.join(names[:5])}{' …' if len(names) > 5 else ''}", flush=True)
        result = None
        try:
            result = rebuild(load, state, search=search, session=session, open_pages=open_pages)
        finally:
            open_pages.settle()
        # After a full build, every tab: it says nothing of what it changed (a stylesheet may be among it).
        loop.add_callback(open_pages.reload_outdated, result is not None and result.full)


def serve(load: Callable[[], Config], *, host: str = "127.0.0.1", port: int = 8000, search: bool = True) -> int:
    """Serve the site that `load()` describes; `load` runs again before every rebuild, so config edits apply.

    The output folder, base path and watched folders are those of the first
    config: changing `base_url` needs a restart.
    """
    config = load()
    refuse_others_files(config)  # as `build` would, but before listening: it would serve that folder's files
    state = BuildState()
    loop = IOLoop.current()
    session = BuildSession(persistent=True)  # the cache index and site model stay loaded between rebuilds
    stop = threading.Event()
    try:
        # Watching starts before the first build, so a file saved while it runs is rebuilt after it (the session's
        # lock keeps builds one at a time), never missed.
        changes = _Watcher(config, stop)
        open_pages = OpenPages(config.output_dir.resolve(), state, loop, changes.has_more)
        server = _ArchiveServer(
            make_file_handler(config.output_dir, state, open_pages), _reload_handler(open_pages, config.base_path), config.base_path, config.output_dir
        )
        server.listen(host, port)  # requests that come during the first build wait for it
        threading.Thread(
            target=_rebuild_loop, args=(load, changes, state, loop, search, session, open_pages), daemon=True, name="rebuild"
        ).start()
        # Not given the open pages: only the rebuild thread's builds share them (it settles each in turn).
        rebuild(lambda: config, state, search=search, session=session)
        config.output_dir.mkdir(parents=True, exist_ok=True)
        print(f"serving {config.output_dir} at http://{host}:{port}{config.base_path} (Ctrl-C to stop)", flush=True)
        server.serve(host=host, port=port, root=str(config.output_dir), restart_delay=0)
    finally:
        stop.set()
        if session.lock.locked():
            print("waiting for the rebuild in progress to end (Ctrl-C again stops it now)", file=sys.stderr, flush=True)
        try:
            session.close()  # waits for a rebuild in progress to end, then saves the cache
        except KeyboardInterrupt:  # a second Ctrl-C: the process ends, and the rebuild thread with it, wherever it is
            stop_indexing()  # Pagefind runs in its own session: the terminal's Ctrl-C does not reach it
            raise BuildInterrupted(STOPPED_DURING_A_REBUILD) from None
    return 0
