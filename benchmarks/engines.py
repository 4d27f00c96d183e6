"""Engines: Zensical against MkDocs on the example (``.venv/bin/python benchmarks/engines.py``).

Four whole processes per round, in alternating order (see benchmarks/README.md):

* ``expectations build`` (MkDocs with the plugin) and ``expectations build --engine zensical``;
* ``mkdocs build --strict`` and ``zensical build --strict`` of the same exported docs tree
  (``expectations export``, front matter escaped as the engine writes it), with plain configs
  that have the same theme, Markdown extensions, stylesheet and script and no plugin.

Reports the median wall time and peak resident memory (the process alone, from
wait4) of each, with the spread, and the ratios to plain MkDocs within each
round. Writes the "Engines" section of benchmarks/results.md (between its
markers) and prints it.

    python benchmarks/engines.py [--runs N] [--keep]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from importlib.metadata import version
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from measure import ROOT, Run, Spread, alternate, machine, ratio, run, seconds  # noqa: E402

BENCH = ROOT / "benchmarks"
WORK = BENCH / ".work-engines"
PY = sys.executable
BIN = Path(PY).parent
BUILT_AT = "1795435200"
BEGIN, END = "<!-- engines:begin -->", "<!-- engines:end -->"


def prepare() -> tuple[Path, Path]:
    """A scratch copy of the example and a plain project of its exported pages (one config per engine)."""
    example = WORK / "example"
    example.mkdir(parents=True)
    for name in ("mkdocs.yml", "mkdocs-staff.yml"):
        shutil.copy2(ROOT / name, example / name)
    for name in ("site_src", "policies"):
        shutil.copytree(ROOT / name, example / name)
    plain = WORK / "plain"
    plain.mkdir()
    # The engine's own docs tree: build once with Zensical and keep its generated config and docs.
    sys.path.insert(0, str(ROOT))
    from generator.adapters.engines.zensical import write_project
    from generator.adapters.site_build import load_site_config

    os.environ["SOURCE_DATE_EPOCH"] = BUILT_AT
    cwd = os.getcwd()
    os.chdir(example)
    try:
        write_project(load_site_config(example / "mkdocs.yml"), "public", plain)
    finally:
        os.chdir(cwd)
    settings = yaml.safe_load((plain / "mkdocs.yml").read_text(encoding="utf-8"))
    settings["plugins"] = ["search"]
    (plain / "mkdocs.yml").write_text(yaml.safe_dump(settings, sort_keys=False, allow_unicode=True), encoding="utf-8")
    mkdocs_settings = {**settings, "site_dir": "site-mkdocs", "theme": {k: v for k, v in settings["theme"].items() if k != "variant"}}
    (plain / "mkdocs-plain.yml").write_text(yaml.safe_dump(mkdocs_settings, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return example, plain


def mib(values: list[Run]) -> Spread:
    return Spread.of([r.max_rss / 2**20 for r in values])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()
    shutil.rmtree(WORK, ignore_errors=True)
    (WORK / "logs").mkdir(parents=True)
    count = 0
    env = {"SOURCE_DATE_EPOCH": BUILT_AT, "PATH": f"{BIN}:/usr/bin:/bin", "HOME": str(WORK), "LANG": "C.UTF-8"}

    def proc(cmd: list[str], cwd: Path) -> Run:
        nonlocal count
        count += 1
        return run(cmd, cwd, env, WORK / "logs" / f"{count:04d}.log")

    try:
        example, plain = prepare()
        variants = {
            "expectations build (mkdocs)": lambda: proc([PY, "-m", "generator", "build"], example),
            "expectations build --engine zensical": lambda: proc([PY, "-m", "generator", "build", "--engine", "zensical"], example),
            "plain mkdocs build": lambda: proc([PY, "-m", "mkdocs", "build", "--strict", "-q", "-f", "mkdocs-plain.yml"], plain),
            "plain zensical build": lambda: proc([str(BIN / "zensical"), "build", "--strict", "--clean", "-f", "mkdocs.yml"], plain),
        }
        results = alternate(variants, args.runs)
        base = results["plain mkdocs build"]
        lines = [
            BEGIN,
            "## Engines: Zensical against MkDocs",
            "",
            "`benchmarks/engines.py`: the example's public site, four whole processes per round in alternating order. "
            "The plain builds use the exported docs tree of the Zensical engine with the same theme, Markdown "
            "extensions, stylesheet and script and no plugin; `zensical build --clean` so no cache carries over, "
            "as in `expectations build --engine zensical` (which builds in a fresh folder).",
            "",
            "| command | time | ratio to plain mkdocs | peak memory |",
            "| --- | --- | --- | --- |",
        ]
        for name, runs in results.items():
            lines.append(f"| {name} | {seconds(runs).short(' s')} | {ratio(runs, base).short('', 2)} | {mib(runs).short(' MiB', 0)} |")
        info = machine()
        lines += ["", f"Measured {info['date']} on {info['CPU']}, {info['memory']}; zensical "
                  f"{version('zensical')}, mkdocs {version('mkdocs')}, mkdocs-material {version('mkdocs-material')}; "
                  f"{args.runs} rounds after one warm-up. Other work ran on the machine at the same time: "
                  "compare the ratios, not the absolute times.", END]
        section = "\n".join(lines) + "\n"
        print(section)
        results_file = BENCH / "results.md"
        text = results_file.read_text(encoding="utf-8")
        if BEGIN in text and END in text:
            text = text[: text.index(BEGIN)] + section.rstrip("\n") + text[text.index(END) + len(END):]
        else:
            text = text.rstrip("\n") + "\n\n" + section
        results_file.write_text(text, encoding="utf-8")
    finally:
        if not args.keep:
            shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    main()
