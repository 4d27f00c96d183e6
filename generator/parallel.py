"""Work spread over the machine's cores, for sites with many locations.

Each location of a chain is generated independently, so a large chain is split
among worker processes. The results come back in the order of the jobs, so the
output does not depend on how the work was split. Small sites, one-core
machines and ``EXPECTATIONS_WORKERS=1`` stay in this process: starting workers
costs more than it saves below ``PARALLEL_FROM`` jobs.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

from generator.cores import workers

PARALLEL_FROM = 24
"""Fewest jobs worth sending to worker processes."""

J = TypeVar("J")
R = TypeVar("R")


def in_parallel(function: Callable[[J], R], jobs: Iterable[J]) -> list[R]:
    """``[function(job) for job in jobs]``, computed by worker processes when that helps.

    Workers are forked: they start at once with everything this process has
    loaded, and nothing is imported again. Forking is only safe in a process
    with a single thread (a lock held by another thread would stay locked in
    the child), so a process with other threads (the live preview's) and a
    system without fork compute the jobs here. Results must pickle.
    """
    jobs = list(jobs)
    count = min(workers(), len(jobs))
    single_thread = threading.active_count() == 1
    if count < 2 or len(jobs) < PARALLEL_FROM or not single_thread or "fork" not in multiprocessing.get_all_start_methods():
        return [function(job) for job in jobs]
    global _WORK
    # The forked workers inherit the jobs: only their positions travel to them, only results come back.
    _WORK = (function, jobs)
    try:
        context = multiprocessing.get_context("fork")
        chunk = max(1, len(jobs) // (count * 4))
        with ProcessPoolExecutor(max_workers=count, mp_context=context) as pool:
            return list(pool.map(_run, range(len(jobs)), chunksize=chunk))
    finally:
        _WORK = None


_WORK: tuple[Callable, list] | None = None  # type: ignore[type-arg]


def _run(index: int) -> object:
    assert _WORK is not None
    function, jobs = _WORK
    return function(jobs[index])
