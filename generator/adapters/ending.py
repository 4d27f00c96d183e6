"""How the ``expectations`` command ends: its output flushed and exit handlers run, its objects left to the system.

A normal interpreter exit frees every object one by one before the process
ends: for a large site (a 1,000-channel policy's records, MkDocs' pages and
templates) that is 30 to 60 ms of a command's time, spent on memory the
system takes back at once anyway. ``leave`` does what matters of a normal
exit (the exit handlers registered with ``atexit``, which also run
``weakref.finalize`` callbacks and logging's flush; standard output and error
flushed) and then ends the process. With other threads running it exits
normally, which waits for them.
"""

from __future__ import annotations

import atexit
import os
import sys
import threading
from typing import NoReturn


def exit_status(code: object) -> int:
    """The process status for a ``SystemExit`` code, as the interpreter sets it (a message is printed, status 1)."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    print(code, file=sys.stderr)
    return 1


def leave(status: int) -> NoReturn:
    """End the process with ``status`` (see the module's description)."""
    if threading.active_count() > 1:
        sys.exit(status)
    atexit._run_exitfuncs()  # what the interpreter runs at exit, before it frees the objects
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: the interpreter would report it and end with status 120
            status = status or 120
    os._exit(status)
