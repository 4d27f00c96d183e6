"""Benchmark of ``expectations report`` on a 100,000-row log: whole process, each output format.

    .venv/bin/python benchmarks/report.py [--rows 100000] [--runs 5] [--write]

The log is synthetic (tests/fixtures/logs/synthetic.py, seed 1): the example
policy's five answered channels and its announcements-only one, messages over
the 365 days before 2026-12-01, replies on time, late and never, spam marked in
the exclude column, and an extra column. Each format (text, json, csv) is run
as ``python -m generator report LOG --policy POLICY --as-of 2026-12-01T12:00:00Z
--format F`` with its output to a file, alternately with the baseline
``python -c "import generator.adapters.cli"``, after one warm-up round
(see benchmarks/README.md for how timings are taken). The policy is a copy
outside git (``GIT_CEILING_DIRECTORIES``), so it is scored as the current file.
**Target: ≤ 3 s whole process** (the median, every format).

``--write`` replaces the section "Promises kept report" of benchmarks/results.md.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from measure import ROOT, Spread, alternate, machine, seconds  # noqa: E402

sys.path.insert(0, str(ROOT / "tests" / "fixtures" / "logs"))
from synthetic import synthetic_log  # noqa: E402

WORK = ROOT / "benchmarks" / ".work" / "report"
AS_OF = datetime(2026, 12, 1, 12, 0, tzinfo=timezone.utc)
TARGET = 3.0
FORMATS = ("text", "json", "csv")
SECTION = "## Promises kept report"


class Timed:
    """One whole-process run: wall time, CPU time (user + system, from the kernel) and peak RSS."""

    def __init__(self, cmd: list[str], cwd: Path, env: dict[str, str], out: Path) -> None:
        import subprocess
        import time

        with open(out, "wb") as fh:
            start = time.perf_counter()
            proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=fh, stderr=subprocess.DEVNULL)
            _, status, usage = os.wait4(proc.pid, 0)
            self.seconds = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status) != 0:
            raise RuntimeError(f"{' '.join(cmd)} failed")
        self.cpu = usage.ru_utime + usage.ru_stime
        self.max_rss = usage.ru_maxrss * 1024
        self.size = out.stat().st_size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--write", action="store_true", help="replace the report section of benchmarks/results.md")
    args = parser.parse_args()

    from generator.model.validate import load_policy

    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    (WORK / "logs").mkdir()
    policy_file = WORK / "harbor-view.yaml"
    shutil.copy(ROOT / "policies" / "harbor-view.yaml", policy_file)
    log = WORK / "responses.csv"
    log.write_text(synthetic_log(load_policy(policy_file), AS_OF, 365, args.rows, seed=1), encoding="utf-8", newline="")
    rows = log.read_text(encoding="utf-8").count("\n") - 1
    env = {**os.environ, "GIT_CEILING_DIRECTORIES": str(WORK.parent), "PYTHONUNBUFFERED": "1"}
    py = sys.executable
    count = 0

    def proc(cmd: list[str]):  # type: ignore[no-untyped-def]
        nonlocal count
        count += 1
        return Timed(cmd, WORK, env, WORK / "logs" / f"{count:04d}.out")

    info = machine()
    lines = [
        SECTION,
        "",
        f"`{' '.join(['.venv/bin/python', 'benchmarks/report.py'] + sys.argv[1:])}` on {info['date']}, commit "
        f"{info['commit']}, {info['CPU']}, load average at start {info['load average at start']}. "
        f"A synthetic log of {rows:,} rows ({log.stat().st_size / 1e6:.1f} MB) for the example policy; "
        "each format is one whole process (`python -m generator report responses.csv --policy harbor-view.yaml "
        "--as-of 2026-12-01T12:00:00Z --format F`), alternated with the baseline `python -c \"import generator.adapters.cli\"`; "
        f"medians [min–max] of {args.runs} rounds after a warm-up. **Target: ≤ {TARGET:g} s.**",
        "",
        "| format | whole process (wall) | CPU (user + system) | baseline wall (import cli) | peak RSS | output | target (wall) |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for fmt in FORMATS:
        cmd = [py, "-m", "generator", "report", str(log), "--policy", str(policy_file),
               "--as-of", "2026-12-01T12:00:00Z", "--format", fmt]
        results = alternate({"report": lambda: proc(cmd), "baseline": lambda: proc([py, "-c", "import generator.adapters.cli"])},
                            args.runs)
        spread, base = seconds(results["report"]), seconds(results["baseline"])
        rss = max(r.max_rss for r in results["report"]) / 2**20
        cpu = Spread.of([r.cpu for r in results["report"]])
        size = results["report"][-1].size / 1e6
        verdict = "met" if spread.median <= TARGET else "MISSED"
        lines.append(
            f"| {fmt} | {spread.short(' s')} | {cpu.short(' s')} | {base.short(' s')} | {rss:.0f} MiB | {size:.1f} MB "
            f"| ≤ {TARGET:g} s: {verdict} |"
        )
        print(f"{fmt}: {spread.short(' s')}, CPU {cpu.short(' s')} (baseline {base.short(' s')}), peak RSS {rss:.0f} MiB", flush=True)
    lines.append(f"\nLoad average at the end: {' '.join(f'{v:.2f}' for v in os.getloadavg())}.")
    lines.append("")
    section = "\n".join(lines) + "\n"
    if args.write:
        results_md = ROOT / "benchmarks" / "results.md"
        text = results_md.read_text(encoding="utf-8")
        if SECTION in text:
            before, _, after = text.partition(SECTION)
            rest = after.split("\n## ", 1)
            text = before + section + ("\n## " + rest[1] if len(rest) > 1 else "")
        else:
            text = text.rstrip("\n") + "\n\n" + section
        results_md.write_text(text, encoding="utf-8")
        print(f"wrote the section to {results_md.relative_to(ROOT)}")
    else:
        print(section)
    shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    main()
