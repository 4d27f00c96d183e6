"""Chains: full public builds of 10, 100 and 1,000 synthetic locations, and how their cost grows.

    python benchmarks/chains.py [--sizes 10,100,1000] [--runs N] [--write]

Each location is a synthetic policy (6 to 8 channels, varied schedules,
closures, languages, help topics and FAQ entries; see synthetic.py) in one
site. For every size the whole ``expectations build`` process is measured:
wall time and peak resident memory (from the kernel), then the built site:
total bytes, the largest page, the largest status data a page loads (raw and
gzipped), and the search index (gzipped). Slopes are log-log between
consecutive sizes: 1.0 means cost grows in proportion to the locations.
``--write`` replaces the chains section of benchmarks/results.md.
"""

from __future__ import annotations

import argparse
import gzip
import math
import os
import re
import shutil
import sys
from datetime import datetime, timezone
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synthetic  # noqa: E402
from measure import ROOT, Spread, machine, run  # noqa: E402

WORK = ROOT / "benchmarks" / ".work" / "chains"
NOW = datetime(2026, 11, 16, 12, 0, tzinfo=timezone.utc)
TARGETS = {"slope": 1.1, "largest page": 100_000, "status data gz": 10_000, "search gz": 2_000_000,
           "seconds at 1000": 300.0, "rss at 1000": 2 * 1024**3}
AREAS = ["Halifax", "Lunenburg", "Truro", "Sydney", "Moncton", "Paris 11e", "Berlin-Mitte", "Brooklyn", "Bondi",
         "Camden", "Québec", "Shibuya"]
RESULTS = ROOT / "benchmarks" / "results.md"
BEFORE = """Before (commit 25fe5b9, 100 locations of 8 channels, the same kind of full build): 32.4 s, 104 MiB peak,
134 MB written; every page carried the navigation of every location (the home page 323 KB, each location's page
about 265 KB with 621 links), every page's live status loaded one 4.05 MB `expectations.json` of all locations,
and the search index was 1.58 MB (every generated page of every location). At 1,000 locations the site would have
been over 10 GB. Targets: slopes ≤ 1.1; largest page ≤ 100 KB; status data a page loads ≤ 10 KB gzipped; search
index ≤ 2 MB gzipped; 1,000 locations in ≤ 5 minutes with ≤ 2 GB peak memory."""
BEGIN, END = "<!-- chains:begin -->", "<!-- chains:end -->"
MACHINE_KEYS = ("CPU", "memory", "Python", "load average at start", "commit", "mkdocs", "mkdocs-material")


def write_chain(folder: Path, locations: int) -> Path:
    """A site project with ``locations`` policies of 6 to 8 channels each."""
    if folder.exists():
        shutil.rmtree(folder)
    (folder / "policies").mkdir(parents=True)
    (folder / "site_src").mkdir()
    (folder / "site_src" / "about.md").write_text("# About us\n\nA chain of examples.\n", encoding="utf-8")
    for n in range(1, locations + 1):
        policy = synthetic.policy(6 + n % 3, 10, seed=n)
        business = policy["business"]
        assert isinstance(business, dict)
        business["name"] = f"Example {AREAS[n % len(AREAS)]} {n}"
        business["area"] = AREAS[n % len(AREAS)]
        business["locale"] = "en-CA"  # every location of a site is written in the same language; zones vary
        text = yaml.dump(policy, Dumper=synthetic._Dumper, sort_keys=False, allow_unicode=True, width=1000)
        (folder / "policies" / f"loc-{n:04d}.yaml").write_text(text, encoding="utf-8")
    config = (ROOT / "generator" / "scaffold" / "mkdocs.yml").read_text(encoding="utf-8")
    config = re.sub(r"(?m)^site_name:.*$", "site_name: Example Chain", config)
    (folder / "mkdocs.yml").write_text(config, encoding="utf-8")
    return folder


def site_figures(site: Path) -> dict[str, float]:
    total = 0
    largest_page = (0, "")
    largest_status = (0, 0, "")
    for path in site.rglob("*"):
        if not path.is_file():
            continue
        size = path.stat().st_size
        total += size
        rel = str(path.relative_to(site))
        if rel.endswith(".html") and size > largest_page[0]:
            largest_page = (size, rel)
        if rel.endswith("expectations.json") and rel != "expectations.json":
            gz = len(gzip.compress(path.read_bytes(), 9, mtime=0))
            if gz > largest_status[1]:
                largest_status = (size, gz, rel)
    root_json = site / "expectations.json"
    if largest_status[0] == 0 and root_json.exists():  # one file for the whole site: every page loads it
        data = root_json.read_bytes()
        largest_status = (len(data), len(gzip.compress(data, 9, mtime=0)), "expectations.json")
    index = site / "search" / "search_index.json"
    search_gz = len(gzip.compress(index.read_bytes(), 9, mtime=0)) if index.exists() else 0
    return {
        "bytes": total,
        "largest page": largest_page[0],
        "largest page path": largest_page[1],  # type: ignore[dict-item]
        "status raw": largest_status[0],
        "status gz": largest_status[1],
        "search gz": search_gz,
    }


def measure(locations: int, runs: int) -> dict[str, object]:
    project = write_chain(WORK / f"chain-{locations}", locations)
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(int(NOW.timestamp())), "PYTHONHASHSEED": "0"}
    exe = str(Path(sys.executable).with_name("expectations"))
    timings = []
    for i in range(runs):
        timings.append(run([exe, "build"], project, env, WORK / f"chain-{locations}.log"))
    figures = site_figures(project / "site")
    return {
        "locations": locations,
        "seconds": Spread.of([t.seconds for t in timings]),
        "rss": Spread.of([float(t.max_rss) for t in timings]),
        **figures,
    }


def slope(a: float, b: float, n0: int, n1: int) -> float:
    return math.log(b / a) / math.log(n1 / n0)


def report(rows: list[dict[str, object]]) -> str:
    lines = [
        "| locations | build time | peak memory | total bytes | largest page | status data a page loads | search index |",
        "| ---: | --- | --- | ---: | ---: | --- | ---: |",
    ]
    for r in rows:
        s, m = r["seconds"], r["rss"]
        assert isinstance(s, Spread) and isinstance(m, Spread)
        lines.append(
            f"| {r['locations']:,} | {s.short(' s')} | {m.median / 2**20:.0f} MiB | {int(r['bytes']):,} | "  # type: ignore[call-overload]
            f"{int(r['largest page']):,} B | {int(r['status raw']):,} B ({int(r['status gz']):,} B gz) | "  # type: ignore[call-overload]
            f"{int(r['search gz']):,} B gz |"  # type: ignore[call-overload]
        )
    lines.append("")
    for a, b in zip(rows, rows[1:]):
        n0, n1 = int(a["locations"]), int(b["locations"])  # type: ignore[call-overload]
        t = slope(a["seconds"].median, b["seconds"].median, n0, n1)  # type: ignore[union-attr]
        m = slope(a["rss"].median, b["rss"].median, n0, n1)  # type: ignore[union-attr]
        by = slope(float(a["bytes"]), float(b["bytes"]), n0, n1)  # type: ignore[arg-type]
        lines.append(f"- slopes {n0:,} → {n1:,} locations: time {t:.2f}, memory {m:.2f}, bytes {by:.2f} "
                     f"(target ≤ {TARGETS['slope']})")
    per = [(int(r["locations"]), r["seconds"].median / int(r["locations"]),  # type: ignore[union-attr, call-overload]
            int(r["bytes"]) / int(r["locations"])) for r in rows]  # type: ignore[call-overload]
    lines.append("- per location: " + "; ".join(f"{n:,}: {t * 1000:.0f} ms, {b / 1024:.0f} KiB" for n, t, b in per))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10,100,1000")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--write", action="store_true", help="replace the chains section of benchmarks/results.md")
    args = parser.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    rows = []
    for size in [int(s) for s in args.sizes.split(",")]:
        rows.append(measure(size, args.runs))
        print(report(rows), flush=True)
    text = "\n".join([
        BEGIN,
        "## Chains: full public builds of many locations",
        "",
        f"`python benchmarks/chains.py --sizes {args.sizes} --runs {args.runs} --write`, "
        f"{datetime.now(timezone.utc):%Y-%m-%d}; "
        + "; ".join(f"{key}: {value}" for key, value in machine().items() if key in MACHINE_KEYS) + ".",
        "",
        report(rows),
        "",
        BEFORE,
        END,
    ])
    if args.write:
        current = RESULTS.read_text(encoding="utf-8")
        if BEGIN in current:
            current = current[: current.index(BEGIN)] + text + current[current.index(END) + len(END):]
        else:
            current = current.rstrip("\n") + "\n\n" + text + "\n"
        RESULTS.write_text(current, encoding="utf-8")


if __name__ == "__main__":
    main()
