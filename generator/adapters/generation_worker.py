"""The generator's work done in a forked process, handed back to the build that asked for it.

A build with the expectations plugin does two things that do not depend on
each other until MkDocs renders the pages: the generator's (validate the
policies and translations, check the logs, derive and render each language's
content) and the theme's (Material's Jinja templates compiled). ``ahead``
forks a child for the first while this process goes on with the second, and
``handed_back`` waits for the child: what it computed through the build cache
(``generator.adapters.handover.recording``) comes back encoded as the build cache stores
it (reading it imports nothing of the generator) and is handed to the cache of this process (``hand_over``), so the plugin finds its content
there instead of generating it.

So on a machine with two cores a build takes about as long as a plain MkDocs
build, and the generator's imports and working memory live and go with the
child: this process peaks where a plain MkDocs build does. The child is forked
after MkDocs and the configuration are loaded, so it shares those with this
process (copy-on-write) and imports only the generator.

The child is only used where forking is safe and wanted: a system with
``fork``, a process with one thread (a lock held by another thread would stay
locked in the child; the preview runs threads), and ``EXPECTATIONS_WORKERS``
not set to 1 (one process). An error in the child (a bad policy) comes back
as the same exception; if the child dies or its answer does not encode, the
work is done again here, where any problem surfaces as it always has.
"""

from __future__ import annotations

import gc
import os
import pickle
import select
import sys
import threading
from collections.abc import Callable
from typing import Any

_OK, _RAISED = "ok", "raised"


def fork_wanted() -> bool:
    """Whether the generator's work may go to a forked child here (see the module's description)."""
    from generator.cores import workers

    return not _in_child and hasattr(os, "fork") and threading.active_count() == 1 and workers() > 1


_in_child = False
"""True in the child: its work is done where it is (a build's plugin there does not fork again)."""


class Ahead:
    """``work()`` under way in a forked child; ``handed_back()`` hands its recorded values to this process's cache."""

    def __init__(self, work: Callable[[], None]) -> None:
        self.work = work
        self.pid: int | None = None
        self.read_fd: int | None = None
        if not fork_wanted():
            return
        for stream in (sys.stdout, sys.stderr):
            stream.flush()  # or the child would print what this process has buffered a second time
        read_fd, write_fd = os.pipe()
        # The objects so far out of the garbage collector's sight in both processes: the child's collections
        # neither walk them nor make the kernel copy the pages they live on (Python's advice for fork).
        gc.freeze()
        pid = os.fork()
        if pid == 0:  # the child: never returns
            os.close(read_fd)
            _child(work, write_fd)
        gc.unfreeze()
        os.close(write_fd)
        self.pid, self.read_fd = pid, read_fd

    def ready(self) -> bool:
        """Whether the child has finished its work (its answer is waiting), or there is no child."""
        if self.read_fd is None:
            return True
        return bool(select.select([self.read_fd], [], [], 0)[0])

    def handed_back(self) -> None:
        """Wait for the child and hand its values over; raise what it raised; without a child, do the work here."""
        from generator.adapters.cache import decode
        from generator.adapters.handover import hand_over, recording

        answer = self._answer()
        if answer is None:  # no child, or it died: the work is done here, with the usual errors
            with recording() as values:
                try:
                    self.work()
                finally:
                    hand_over(values)  # what was computed is not computed again by the build
            return
        kind, values, error = answer
        hand_over({key: decode(value) for key, value in values.items()})
        if kind == _RAISED:
            raise error

    def _answer(self) -> tuple[str, dict[Any, Any], BaseException | None] | None:
        if self.pid is None or self.read_fd is None:
            return None
        pid, read_fd, self.pid, self.read_fd = self.pid, self.read_fd, None, None
        with os.fdopen(read_fd, "rb") as pipe:
            data = pipe.read()  # before waiting: a large answer fills the pipe until it is read
        _, status = os.waitpid(pid, 0)
        if not data or not os.WIFEXITED(status) or os.WEXITSTATUS(status) != 0:
            return None
        try:
            return pickle.loads(data)  # type: ignore[no-any-return]
        except Exception:  # noqa: BLE001 - a value that does not unpickle here: do the work here
            return None


def _child(work: Callable[[], None], write_fd: int) -> None:
    global _in_child
    _in_child = True
    from generator.adapters.cache import encode
    from generator.adapters.handover import recording

    status = 0
    try:
        with recording() as values:
            try:
                work()
                kind, error = _OK, None
            except Exception as exc:  # noqa: BLE001 - handed back to be raised by the parent
                kind, error = _RAISED, exc
        try:
            # As the build cache stores them: plain data that reads back without importing the generator.
            answer = (kind, {key: encode(value) for key, value in values.items()}, error)
            data = pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:  # noqa: BLE001 - something that does not encode or pickle: the parent does the work itself
            data, status = b"", 1
        with os.fdopen(write_fd, "wb") as pipe:
            pipe.write(data)
    except BaseException:  # noqa: BLE001 - whatever happens, the child must not go on as the parent
        status = 1
    finally:
        try:
            for stream in (sys.stdout, sys.stderr):
                stream.flush()  # what the work printed (warnings)
        finally:
            os._exit(status)
