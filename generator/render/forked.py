"""One piece of a render done by a forked child process while this process renders the rest.

A large policy's FAQ page takes about as long as all its other pages; on a
machine with two cores or more, a child forked from this process renders it
meanwhile (it starts at once, with everything this process has loaded and
computed) and sends back its text. Forking is only safe in a process with a
single thread (a lock held by another thread would stay locked in the child),
so a process with other threads (the live preview's), a system without fork,
one core or ``EXPECTATIONS_WORKERS=1`` compute the piece here, when it is asked
for. So does a child that fails: the piece is then computed here, where any
error is raised as usual.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from generator.cores import workers

R = TypeVar("R")


@contextmanager
def in_child(function: Callable[[], R]) -> Iterator[Callable[[], R]]:
    """Start ``function()`` in a forked child; the function given waits for its result and returns it.

    Leaving the block without asking for the result (an error in the rest of
    the render) stops the child.
    """
    if workers() < 2 or threading.active_count() != 1 or not hasattr(os, "fork"):
        yield function
        return
    import pickle  # only here: a build that forks no child does not load them
    import signal

    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: compute, send, and leave without running anything of the parent's
        status = 1
        try:
            os.close(read_end)
            data = pickle.dumps(function(), protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write_end, "wb") as out:
                out.write(data)
            status = 0
        finally:
            os._exit(status)
    os.close(write_end)
    source = os.fdopen(read_end, "rb")
    collected = False

    def result() -> R:
        nonlocal collected
        with source:
            data = source.read()
        _, status = os.waitpid(pid, 0)
        collected = True
        if status != 0 or not data:
            return function()
        return pickle.loads(data)  # type: ignore[no-any-return]

    try:
        yield result
    finally:
        if not collected:
            source.close()
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
