"""How many processes a build may use: the one setting shared by the worker pool and the generation worker."""

from __future__ import annotations

import os

WORKERS_ENV = "EXPECTATIONS_WORKERS"


def workers() -> int:
    """``EXPECTATIONS_WORKERS`` when set to a whole number from 1 up, else the cores this process may run on."""
    setting = os.environ.get(WORKERS_ENV, "").strip()
    if setting.isdigit() and int(setting) > 0:
        return int(setting)
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1
