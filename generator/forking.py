"""Work done by a forked child while this process goes on: one place for the rules of forking.

``in_child(function)`` forks a child that computes ``function()`` and sends
the value back pickled; the block gets a ``Pending``, whose ``result()`` waits
for it. Forking gives the child everything this process has loaded and
computed, at once and without copying (until either side writes a page).

The rules, in one place:

- **When.** Only where it is safe and wanted (``fork_wanted``): a system with
  ``fork``; a process with one thread (a lock held by another thread would
  stay locked in the child: the live preview runs threads); more than one
  process allowed (``EXPECTATIONS_WORKERS``, ``generator.cores``); and not
  inside such a child already. Otherwise ``result()`` computes the value
  here, when it is asked for.
- **Failure.** If the child fails in any way (it raises, dies, or its value
  does not pickle), ``result()`` computes the value here, where any error is
  raised as usual. Leaving the block without asking for the result (the rest
  failed) stops the child.
- **Output.** Standard output and error are flushed before the fork (or the
  child would print this process's buffered text again) and by the child
  before it leaves (what it printed itself).
- **Memory.** ``gc.freeze()`` around the fork keeps the objects that exist
  out of the child's garbage collections, which would otherwise touch, and so
  make the kernel copy, most of the pages the two processes share.
"""

from __future__ import annotations

import gc
import os
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Generic, TypeVar

from generator.cores import workers

R = TypeVar("R")

_in_child = False
"""True in a child forked here: its work is done where it is, never forked again."""


def fork_wanted() -> bool:
    """Whether work may go to a forked child here (see the module's description)."""
    return not _in_child and hasattr(os, "fork") and threading.active_count() == 1 and workers() > 1


class Pending(Generic[R]):
    """The value of ``function()``, under way in a child (or computed here when asked for, if there is none)."""

    def __init__(self, here: Callable[[], R], pid: int | None = None, read_fd: int | None = None) -> None:
        self._here, self._pid, self._read_fd = here, pid, read_fd
        self.from_child = False
        """Whether ``result()`` returned the child's value (rather than computing it here)."""

    def ready(self) -> bool:
        """Whether ``result()`` would not wait: the child has sent its value (or ended), or there is no child."""
        if self._read_fd is None:
            return True
        import select

        return bool(select.select([self._read_fd], [], [], 0)[0])

    def result(self) -> R:
        data = self._collect()
        if data:
            import pickle

            try:
                value: R = pickle.loads(data)
            except Exception:  # noqa: BLE001 - a value that does not unpickle here: computed here instead
                return self._here()
            self.from_child = True
            return value
        return self._here()

    def _collect(self) -> bytes:
        """The child's pickled value, or nothing if it failed; the child is reaped."""
        if self._pid is None or self._read_fd is None:
            return b""
        pid, read_fd, self._pid, self._read_fd = self._pid, self._read_fd, None, None
        with os.fdopen(read_fd, "rb") as pipe:
            data = pipe.read()  # before waiting: a large value fills the pipe until it is read
        _, status = os.waitpid(pid, 0)
        return data if os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0 else b""

    def _stop(self) -> None:
        if self._pid is None or self._read_fd is None:
            return
        import signal

        os.close(self._read_fd)
        os.kill(self._pid, signal.SIGKILL)
        os.waitpid(self._pid, 0)
        self._pid = self._read_fd = None


@contextmanager
def in_child(function: Callable[[], R], here: Callable[[], R] | None = None) -> Iterator[Pending[R]]:
    """Start ``function()`` in a forked child when ``fork_wanted()``; ``here`` (default ``function``) is what
    ``result()`` computes in this process when there is no child or it failed."""
    local = here or function
    if not fork_wanted():
        yield Pending(local)
        return
    for stream in (sys.stdout, sys.stderr):
        stream.flush()
    read_fd, write_fd = os.pipe()
    gc.freeze()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        os.close(read_fd)
        _child(function, write_fd)
    gc.unfreeze()
    os.close(write_fd)
    pending = Pending(local, pid, read_fd)
    try:
        yield pending
    finally:
        pending._stop()


def _child(function: Callable[[], object], write_fd: int) -> None:
    global _in_child
    _in_child = True
    status = 1
    try:
        import pickle

        data = pickle.dumps(function(), protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(write_fd, "wb") as pipe:
            pipe.write(data)
        status = 0
    except BaseException:  # noqa: BLE001 - whatever happens, the child must not go on as the parent
        pass
    finally:
        try:
            for stream in (sys.stdout, sys.stderr):
                stream.flush()
        finally:
            os._exit(status)
