"""Measuring helpers: whole-process runs, alternating with a baseline, statistics, the machine."""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Run:
    seconds: float
    max_rss: int  # bytes, from the kernel (wait4), for this process alone
    stdout: str


def run(cmd: list[str], cwd: Path, env: dict[str, str], out: Path) -> Run:
    """Run one process to completion; its wall time and peak resident memory. Fails loudly on a non-zero exit."""
    with open(out, "w+b") as fh:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=fh, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        fh.seek(0)
        text = fh.read().decode("utf-8", "replace")
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} (in {cwd}) exited {proc.returncode}:\n{text[-3000:]}")
    return Run(seconds, usage.ru_maxrss * 1024, text)



def _descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as fh:
                    todo += [int(child) for child in fh.read().split()]
        except OSError:  # it ended meanwhile
            continue
    return found


def _pss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def tree_memory(cmd: list[str], cwd: Path, env: dict[str, str]) -> int | None:
    """The most memory a command's processes held at once: the sum of their proportional set sizes (PSS: a page
    shared by n processes counts 1/n in each), sampled every 2 ms while it runs; bytes. None where Linux's
    ``/proc/<pid>/smaps_rollup`` is missing. The sampling slows the machine a little: these runs are not timed."""
    if not Path(f"/proc/{os.getpid()}/smaps_rollup").exists():
        return None
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, sum(_pss(pid) for pid in _descendants(proc.pid)))
        time.sleep(0.002)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} (in {cwd}) exited {proc.returncode}")
    return peak

def alternate(variants: dict[str, Callable[[], Run]], runs: int, warmup: int = 1) -> dict[str, list[Run]]:
    """Run the variants in turn, ``runs`` rounds after ``warmup`` unrecorded ones.

    The order flips every round (A B, B A, A B, ...) so that a slow drift of the
    machine's load hits every variant alike.
    """
    results: dict[str, list[Run]] = {name: [] for name in variants}
    names = list(variants)
    for i in range(warmup + runs):
        for name in names if i % 2 == 0 else reversed(names):
            result = variants[name]()
            if i >= warmup:
                results[name].append(result)
    return results


@dataclass(frozen=True)
class Spread:
    median: float
    q1: float
    q3: float
    low: float
    high: float
    n: int

    @classmethod
    def of(cls, values: list[float]) -> Spread:
        values = sorted(values)
        q1, _, q3 = statistics.quantiles(values, n=4, method="inclusive") if len(values) > 1 else values * 3
        return cls(statistics.median(values), q1, q3, values[0], values[-1], len(values))

    def fmt(self, unit: str = "", digits: int = 2, scale: float = 1.0) -> str:
        f = lambda v: f"{v * scale:.{digits}f}"  # noqa: E731
        return f"{f(self.median)}{unit} (IQR {f(self.q1)}–{f(self.q3)}, range {f(self.low)}–{f(self.high)}, n={self.n})"

    def short(self, unit: str = "", digits: int = 2, scale: float = 1.0) -> str:
        return f"{self.median * scale:.{digits}f}{unit} [{self.low * scale:.{digits}f}–{self.high * scale:.{digits}f}]"


def seconds(runs: list[Run]) -> Spread:
    return Spread.of([r.seconds for r in runs])


def ratio(runs: list[Run], base: list[Run]) -> Spread:
    """Per-round ratios of paired runs (each round ran both, one right after the other)."""
    return Spread.of([a.seconds / b.seconds for a, b in zip(runs, base)])


def difference(runs: list[Run], base: list[Run]) -> Spread:
    return Spread.of([a.seconds - b.seconds for a, b in zip(runs, base)])


def _read(path: str) -> str:
    try:
        return Path(path).read_text()
    except OSError:
        return ""


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


PACKAGES = ["service-expectations", "mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "jinja2",
            "pydantic", "pydantic-core", "pyyaml", "babel", "holidays", "tzdata", "click", "watchdog"]


def machine() -> dict[str, str]:
    cpu = next((line.split(":", 1)[1].strip() for line in _read("/proc/cpuinfo").splitlines()
                if line.startswith("model name")), platform.processor() or platform.machine())
    mem = next((line.split()[1] for line in _read("/proc/meminfo").splitlines() if line.startswith("MemTotal")), "")
    os_name = next((line.split("=", 1)[1].strip('"') for line in _read("/etc/os-release").splitlines()
                    if line.startswith("PRETTY_NAME=")), platform.system())
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "--no-optional-locks", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                           capture_output=True, text=True).stdout.strip()
    info = {
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "CPU": f"{cpu}, {os.cpu_count()} logical cores",
        "memory": f"{int(mem) / 1024 / 1024:.1f} GiB" if mem else "unknown",
        "OS": f"{os_name} ({platform.system()} {platform.release()}, {platform.machine()})",
        "Python": f"{platform.python_implementation()} {platform.python_version()} ({sys.executable})",
        "load average at start": " ".join(f"{v:.2f}" for v in os.getloadavg()),
        "commit": (commit + (" with uncommitted changes" if dirty else "")) or "not a git checkout",
    }
    info.update({name: _version(name) for name in PACKAGES})
    return info
