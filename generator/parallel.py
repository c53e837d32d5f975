"""Run one function over chunks of a list on both cores: a forked child takes every other chunk, this process the rest.

Fork (not spawn) so the child shares the parent's memory copy-on-write: the
site model is not pickled or copied into it, and only results travel back,
through a pipe. The parent works too, so two cores cost one extra process.
An exception in the child is raised again in the parent; an exception in
the parent, KeyboardInterrupt included, stops and reaps the child (which
leaves Ctrl-C to the parent). The child never returns into the caller's
code: it always ends with os._exit.
`Background` starts one such child and collects its result later.
`detach` starts one that outlives this process, for work the next run needs
but this one need not wait for (saving the site model).
`in_child` runs one call in a new Python process instead, to keep a large
library out of this process's memory (a fork would start as large as this
process: its RSS counts every page it shares).
"""
from __future__ import annotations

import os
import pickle
import signal
import subprocess
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Below this many items (pages to render, or as costly) a fork costs more than it saves.
MIN_ITEMS = 200
# Chunks a list is cut into, shared alternately: a list whose items cost unevenly along it (a site's
# pages: articles first, the heavier lists after) is split evenly enough. With halves, one core sat
# idle for about half the time the site's pages were fingerprinted (0.12 s against 0.23 s at 10k).
CHUNKS = 8


class ChildFailed(Exception):
    """An unexpected error in the forked child, with its traceback text."""


def cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def map_chunks(function: Callable[[Sequence[T]], R], items: Sequence[T], weight: float = 1.0) -> list[R]:
    """[function(chunk) for each of CHUNKS consecutive chunks of `items`], in order; in parallel when worth it, else [function(items)].

    The odd chunks go to a forked child, the even ones are done here.
    `weight`: what one item costs, a page's render being 1.
    """
    if len(items) * weight < MIN_ITEMS or cores() < 2 or not hasattr(os, "fork"):
        return [function(items)]
    size = -(-len(items) // CHUNKS)
    chunks = [items[start : start + size] for start in range(0, len(items), size)]
    with Background(lambda odd: [function(chunk) for chunk in odd], chunks[1::2]) as child:
        mine = [function(chunk) for chunk in chunks[0::2]]
        theirs = child.result()
    return [(theirs if number % 2 else mine)[number // 2] for number in range(len(chunks))]


def in_child(function: Callable[[T], R], argument: T) -> R:
    """function(argument) in a new Python process, so that what it loads (a large library) never enters this one.

    Not a fork: at 10,000 articles a forked child spelling new names with pypinyin
    (~35 MB) started from the build's ~110 MB and was the largest process of a cold
    build. `function` must be importable by name; this process's sys.path is passed on.
    """
    request = pickle.dumps((function, argument), protocol=pickle.HIGHEST_PROTOCOL)
    command = [sys.executable, "-c", f"from {__name__} import _serve_call; _serve_call()"]
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    with subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=environment) as process:
        try:
            data, _ = process.communicate(request)
        except BaseException:
            process.kill()
            raise
    return _outcome(data, process.returncode)


def _serve_call() -> None:
    """The new process of `in_child`: the call comes on stdin, its outcome goes to stdout as a forked child sends it."""
    function, argument = pickle.load(sys.stdin.buffer)
    _run_child(function, argument, sys.stdout.fileno())


class Background:
    """function(argument) started in a forked child while this process goes on; `result()` waits for it.

    Use it as a context manager: leaving the block without the result stops the child.
    """

    def __init__(self, function: Callable[[T], R], argument: T):
        self._value: tuple[R] | None = None
        self._pid = 0  # of the child, until it is reaped
        if not hasattr(os, "fork"):
            self._value = (function(argument),)
            return
        self._read_end, write_end = os.pipe()
        # Ctrl-C is held while forking: raised inside fork's own after-fork callbacks (logging
        # registers some), Python would print it and go on as if it never came. The mask is read
        # first: a KeyboardInterrupt raised as the blocking call returns still finds it restored.
        held = signal.pthread_sigmask(signal.SIG_BLOCK, ())
        try:
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
            self._pid = os.fork()
        except BaseException:
            signal.pthread_sigmask(signal.SIG_SETMASK, held)
            os.close(self._read_end)
            os.close(write_end)
            raise
        if self._pid == 0:  # the child keeps it held: a Ctrl-C stops this process, which stops the child
            os.close(self._read_end)
            _run_child(function, argument, write_end)
        os.close(write_end)
        try:
            signal.pthread_sigmask(signal.SIG_SETMASK, held)  # a Ctrl-C that came meanwhile is raised here
        except BaseException:
            self.close()
            raise

    def result(self) -> R:
        if self._value is None:
            pid, self._pid = self._pid, 0
            try:
                self._value = (_receive(self._read_end, pid),)
            except BaseException:
                _stop(pid)
                raise
            finally:
                os.close(self._read_end)
        return self._value[0]

    def __enter__(self) -> Background:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def close(self) -> None:
        """Stop the child if its result was never taken."""
        if self._pid:
            _stop(self._pid)
            os.close(self._read_end)
            self._pid = 0


def detach(function: Callable[[T], object], argument: T) -> None:
    """function(argument) in a process that goes on after this one ends; returns at once.

    For work whose result only a later run reads, and which is safe to lose
    half-done (files written whole by rename, checked when read): its output
    goes to /dev/null and its errors are dropped. A double fork: the detached
    process is nobody's child to reap, and in a session of its own, so the
    Ctrl-C or closed terminal that ends this process does not stop it. Files
    open here stay open there: a lock held on one is held until it ends.
    """
    if not hasattr(os, "fork"):
        function(argument)
        return
    held = signal.pthread_sigmask(signal.SIG_BLOCK, ())
    try:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})  # as in Background: not inside fork's callbacks
        pid = os.fork()
        if pid == 0:
            try:
                if os.fork() == 0:
                    os.setsid()
                    quiet = os.open(os.devnull, os.O_RDWR)
                    for stream in (0, 1, 2):
                        os.dup2(quiet, stream)
                    function(argument)
            finally:
                os._exit(0)
        os.waitpid(pid, 0)  # the middle process, which ends as soon as it has forked
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def _run_child(function, items, write_end: int) -> None:
    status = 0
    try:
        try:
            payload = ("ok", function(items))
        except (KeyboardInterrupt, Exception) as exc:  # noqa: BLE001 - sent to the parent, raised there
            payload = ("error", _portable(exc))
        with os.fdopen(write_end, "wb") as pipe:
            pickle.dump(payload, pipe, protocol=pickle.HIGHEST_PROTOCOL)
    except BaseException:
        status = 1
    finally:
        os._exit(status)


def _portable(exc: BaseException) -> BaseException:
    """`exc` if it survives pickling, else a ChildFailed with its traceback."""
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:  # noqa: BLE001
        return ChildFailed("".join(traceback.format_exception(exc)))


def _receive(read_end: int, pid: int):
    with os.fdopen(read_end, "rb", closefd=False) as pipe:
        data = pipe.read()
    _, status = os.waitpid(pid, 0)
    return _outcome(data, status)


def _outcome(data: bytes, status: int):
    """The child's result, or its exception raised here."""
    if not data:
        raise ChildFailed(f"the worker process ended without a result (status {status})")
    kind, value = pickle.loads(data)
    if kind == "error":
        raise value
    return value


def _stop(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGTERM)
        os.waitpid(pid, 0)
    except (ProcessLookupError, ChildProcessError):
        pass
