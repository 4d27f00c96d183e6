"""Pausing Python's cycle collector around work that allocates much and frees little."""

from __future__ import annotations

import gc
from collections.abc import Callable
from functools import wraps
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def without_cycle_collection(function: Callable[P, R]) -> Callable[P, R]:
    """Run ``function`` with Python's cycle collector paused (and resumed after, if it was running).

    Loading a policy, building a site from it and scoring a conversation log
    allocate hundreds of thousands of small objects that live until the step
    ends; the collector would walk them all again and again (a tenth of a
    large policy's time, a third of a large log's) to find almost nothing. It
    collects once it runs again, so what one step leaves is collected before
    the next one.
    """

    @wraps(function)
    def paused(*args: P.args, **kwargs: P.kwargs) -> R:
        if not gc.isenabled():
            return function(*args, **kwargs)
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            gc.enable()

    return paused
