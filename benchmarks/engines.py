"""Engines: Zensical against MkDocs on the example (``.venv/bin/python benchmarks/engines.py``).

Four variants per round, in alternating order (see benchmarks/README.md):

* ``expectations build`` (MkDocs with the plugin) and ``expectations build --engine zensical``,
  each one process building every language of the example (English and French);
* ``mkdocs build --strict`` and ``zensical build --strict`` of the same docs trees (the Zensical
  engine's, one per language: front matter escaped, each language's own pages), with plain
  configs that have the same theme, Markdown extensions, stylesheet and script and no plugin;
  one process per language, their times added and the larger peak memory kept.

Reports the median wall time and peak resident memory (the process alone, from
wait4) of each, with the spread, and the ratios to plain MkDocs within each
round. Then chains: the same 10- and 50-location sites (benchmarks/chains.py)
built once with each engine, with their build time, largest page and the size of
one location's page, which shows whether a page grows with the chain. Writes the
"Engines" section of benchmarks/results.md (between its markers) and prints it.

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


def prepare() -> tuple[Path, list[Path]]:
    """A scratch copy of the example and, per language, a plain project of its exported pages (one config per engine)."""
    example = WORK / "example"
    example.mkdir(parents=True)
    for name in ("mkdocs.yml", "mkdocs-staff.yml"):
        shutil.copy2(ROOT / name, example / name)
    for name in ("site_src", "policies"):
        shutil.copytree(ROOT / name, example / name)
    # The engine's own docs trees, one per language: its generated configs and docs.
    sys.path.insert(0, str(ROOT))
    from generator.adapters.engines.zensical import write_project
    from generator.adapters.languages import configured_languages
    from generator.adapters.site_build import load_site_config

    os.environ["SOURCE_DATE_EPOCH"] = BUILT_AT
    cwd = os.getcwd()
    os.chdir(example)
    plains = []
    try:
        config = load_site_config(example / "mkdocs.yml")
        for index, language in enumerate(configured_languages(config)):
            plain = WORK / f"plain-{index}"
            plain.mkdir()
            write_project(config, "public", plain, language)
            plains.append(plain)
    finally:
        os.chdir(cwd)
    for plain in plains:
        settings = yaml.safe_load((plain / "mkdocs.yml").read_text(encoding="utf-8"))
        settings["plugins"] = ["search"]
        settings.get("extra", {}).pop("alternate", None)
        (plain / "mkdocs.yml").write_text(yaml.safe_dump(settings, sort_keys=False, allow_unicode=True), encoding="utf-8")
        mkdocs_settings = {**settings, "site_dir": "site-mkdocs", "theme": {k: v for k, v in settings["theme"].items() if k != "variant"}}
        (plain / "mkdocs-plain.yml").write_text(yaml.safe_dump(mkdocs_settings, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return example, plains


def chain_figures(locations: int, proc) -> dict[str, dict[str, object]]:  # type: ignore[no-untyped-def]
    """A chain of ``locations`` (benchmarks/chains.py) built once with each engine: time, largest page, one location's page."""
    import chains

    project = chains.write_chain(WORK / f"chain-{locations}", locations)
    figures: dict[str, dict[str, object]] = {}
    for engine in ("mkdocs", "zensical"):
        took = proc([PY, "-m", "generator", "build", "--engine", engine, "--site-dir", f"site-{engine}"], project)
        site = project / f"site-{engine}"
        sizes = {p.relative_to(site).as_posix(): p.stat().st_size for p in site.rglob("*.html")}
        largest = max(sizes, key=sizes.__getitem__)
        figures[engine] = {"seconds": took.seconds, "largest": sizes[largest], "largest path": largest,
                           "location page": sizes["loc-0003/hours/index.html"]}
    return figures


def combined(runs: list[Run]) -> Run:
    """One variant made of several processes run one after another: their times added, the larger peak memory."""
    return Run(sum(r.seconds for r in runs), max(r.max_rss for r in runs), "".join(r.stdout for r in runs))


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
        example, plains = prepare()
        variants = {
            "expectations build (mkdocs)": lambda: proc([PY, "-m", "generator", "build"], example),
            "expectations build --engine zensical": lambda: proc([PY, "-m", "generator", "build", "--engine", "zensical"], example),
            "plain mkdocs build": lambda: combined([
                proc([PY, "-m", "mkdocs", "build", "--strict", "-q", "-f", "mkdocs-plain.yml"], plain) for plain in plains]),
            "plain zensical build": lambda: combined([
                proc([str(BIN / "zensical"), "build", "--strict", "--clean", "-f", "mkdocs.yml"], plain) for plain in plains]),
        }
        results = alternate(variants, args.runs)
        base = results["plain mkdocs build"]
        lines = [
            BEGIN,
            "## Engines: Zensical against MkDocs",
            "",
            f"`benchmarks/engines.py`: the example's public site in its {len(plains)} languages, four variants per round "
            "in alternating order. The plain builds use the docs trees of the Zensical engine (one per language, one "
            "process each, times added) with the same theme, Markdown extensions, stylesheet and script and no "
            "plugin; `zensical build --clean` so no cache carries over, as in `expectations build --engine zensical` "
            "(which builds each language in a fresh folder).",
            "",
            "| command | time | ratio to plain mkdocs | peak memory |",
            "| --- | --- | --- | --- |",
        ]
        for name, runs in results.items():
            lines.append(f"| {name} | {seconds(runs).short(' s')} | {ratio(runs, base).short('', 2)} | {mib(runs).short(' MiB', 0)} |")
        lines += ["", "Chains (benchmarks/chains.py's locations, 6 to 8 channels each), built once with each engine: "
                  "the largest page, and one location's hours page, which stays the same size when each page "
                  "carries its own location's navigation only.", "",
                  "| locations | engine | build | largest page | loc-0003/hours/ |", "| --- | --- | --- | --- | --- |"]
        for locations in (10, 50):
            for engine, row in chain_figures(locations, proc).items():
                lines.append(f"| {locations} | {engine} | {row['seconds']:.1f} s | {row['largest']:,} B "
                             f"({row['largest path']}) | {row['location page']:,} B |")
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
