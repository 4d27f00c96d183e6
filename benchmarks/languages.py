"""What each further language costs: ``expectations build`` of the example (en-CA and fr-CA) against plain MkDocs.

    .venv/bin/python benchmarks/languages.py [--runs N] [--keep]

The example is built twice by ``expectations build``: as it is (English at
the root, French in ``fr-CA/``) and with ``translations`` removed (English
only). The difference is what the French site costs. Its baseline is a plain
MkDocs build of the French pages alone: the tree the plugin renders for fr-CA
(``site_content(..., language="fr-CA")`` written by
``generator.adapters.export.write_docs``) with the same theme in French, the
same Markdown extensions, stylesheet and script and no expectations plugin.
That plain build is timed two ways, both in the same rounds:

* *in process*: one process that builds the plain English tree, against one
  that builds the English and then the French tree (as ``expectations build``
  does, one MkDocs build per language); the difference is the French build
  without start-up or imports, which is what a further language adds;
* *own process*: ``python -m mkdocs build`` of the French tree alone, start-up
  and imports included (what publishing the French pages as a separate
  MkDocs project would cost).

Every timing is a whole process, alternated with the others in each round
(the order flips every round) after one unrecorded warm-up round, with the
build cache off (``EXPECTATIONS_CACHE=off``) so each build does its work.
Target: the extra language costs no more than its own plain build, in
process (ratio ≤ 1.0). Appends a section to benchmarks/results.md.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from measure import ROOT, Spread, alternate, machine, run, seconds  # noqa: E402

BENCH = ROOT / "benchmarks"
WORK = Path(tempfile.mkdtemp(prefix="expectations-languages-"))  # its own scratch folder: run.py may run at the same time
PY = sys.executable
NOW = datetime(2026, 11, 16, 12, 0, tzinfo=timezone.utc)
REQUIRED_EXTENSIONS = ["attr_list", "md_in_html", "tables", "toc"]
TARGET = 1.0
TITLE = "Languages: the cost of each further language"
EXPORT = ("import sys\nfrom pathlib import Path\nfrom generator.adapters.content import site_content\n"
          "from generator.adapters.export import write_docs\n"
          "out, tag = Path(sys.argv[1]), sys.argv[2] or None\n"
          "write_docs(site_content(Path('policies'), 'public', language=tag), Path('site_src'), out, 'public')")
PLAIN_BUILDS = ("import sys\nfrom mkdocs.commands.build import build\nfrom mkdocs.config import load_config\n"
                "for f in sys.argv[1:]:\n    build(load_config(f, strict=True))")


class Languages:
    def __init__(self, runs: int) -> None:
        self.runs = runs
        self.env = {**os.environ, "SOURCE_DATE_EPOCH": str(int(NOW.timestamp())), "NO_MKDOCS_2_WARNING": "1",
                    "GIT_CEILING_DIRECTORIES": str(WORK), "PYTHONUNBUFFERED": "1", "EXPECTATIONS_CACHE": "off"}
        self._count = 0

    def proc(self, cmd: list[str], cwd: Path = WORK):  # type: ignore[no-untyped-def]
        self._count += 1
        return run(cmd, cwd, self.env, WORK / "logs" / f"{self._count:04d}.log")

    def project(self, name: str, translations: bool) -> Path:
        folder = WORK / name
        folder.mkdir()
        for item in ("mkdocs.yml", "mkdocs-staff.yml"):
            shutil.copy2(ROOT / item, folder / item)
        for item in ("site_src", "policies"):
            shutil.copytree(ROOT / item, folder / item, ignore=shutil.ignore_patterns("logs"))
        config = folder / "mkdocs.yml"
        # The build time is fixed and the logs of Promises kept are not part of this comparison.
        raw = yaml.safe_load(config.read_text(encoding="utf-8"))
        for entry in raw.get("plugins", []):
            if isinstance(entry, dict) and "expectations" in entry:
                entry["expectations"].pop("logs", None)
        config.write_text(yaml.safe_dump(raw, sort_keys=False, allow_unicode=True), encoding="utf-8")
        if not translations:
            for policy in (folder / "policies").glob("*.yaml"):
                text = policy.read_text(encoding="utf-8")
                policy.write_text(re.sub(r"(?m)^  translations: .*\n", "", text), encoding="utf-8")
            for po in (folder / "policies").glob("*.po"):
                po.unlink()
        return folder

    def plain(self, project: Path, tag: str, language: str) -> Path:
        """The exported tree of one language and a plain MkDocs configuration for it; its mkdocs.yml."""
        folder = WORK / f"plain-{tag or 'root'}"
        folder.mkdir()
        self.proc([PY, "-c", EXPORT, str(folder / "docs"), tag], project)
        config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
        extensions = list(config.get("markdown_extensions") or [])
        names = {e if isinstance(e, str) else next(iter(e)) for e in extensions}
        settings = {
            "site_name": "Harbor View Hotel", "docs_dir": "docs", "site_dir": "site",
            "theme": {**config.get("theme", {}), "name": "material", "font": False, "language": language},
            "plugins": ["search"], "markdown_extensions": extensions + [e for e in REQUIRED_EXTENSIONS if e not in names],
            "extra_css": ["assets/expectations.css"], "extra_javascript": ["assets/expectations.js"],
        }
        (folder / "mkdocs.yml").write_text(yaml.safe_dump(settings, sort_keys=False, allow_unicode=True), encoding="utf-8")
        return folder / "mkdocs.yml"

    def measure(self) -> tuple[list[str], str]:
        both = self.project("both", translations=True)
        english = self.project("english", translations=False)
        plain_en = self.plain(both, "", "en")
        plain_fr = self.plain(both, "fr-CA", "fr")
        gen = [PY, "-m", "generator", "build"]
        r = alternate({
            "both": lambda: self.proc(gen, both),
            "english": lambda: self.proc(gen, english),
            "plain both": lambda: self.proc([PY, "-c", PLAIN_BUILDS, str(plain_en), str(plain_fr)]),
            "plain english": lambda: self.proc([PY, "-c", PLAIN_BUILDS, str(plain_en)]),
            "plain french alone": lambda: self.proc([PY, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(plain_fr)]),
        }, self.runs)
        assert (both / "site" / "fr-CA" / "index.html").is_file() and not (english / "site" / "fr-CA").exists()
        extra = [a.seconds - b.seconds for a, b in zip(r["both"], r["english"])]
        plain_extra = [a.seconds - b.seconds for a, b in zip(r["plain both"], r["plain english"])]
        in_process = Spread.of([e / p for e, p in zip(extra, plain_extra)])
        own_process = Spread.of([e / p.seconds for e, p in zip(extra, r["plain french alone"])])
        pages = sum(1 for _ in (both / "site" / "fr-CA").rglob("index.html"))
        lines = [
            "`expectations build` of the example with English and French (`fr-CA/`) against the same build with "
            "English only: the difference is what the French site costs. Baseline: plain MkDocs builds of the "
            f"French pages ({pages} pages, exported by the plugin's own `site_content(..., language=\"fr-CA\")`, "
            "Material in French, same extensions and assets, no expectations plugin): *in process*, the "
            "difference between one process building the plain English and French trees and one building the "
            "English tree only; *own process*, `python -m mkdocs build` of the French tree alone (start-up and "
            "imports included). Build cache off. Median of per-round values, IQR and range in brackets.", "",
            "| measure | time |", "| --- | --- |",
            f"| `expectations build`, English and French | {seconds(r['both']).short(' s')} |",
            f"| `expectations build`, English only | {seconds(r['english']).short(' s')} |",
            f"| French site, extra time | {Spread.of(extra).short(' s')} |",
            f"| plain MkDocs, English and French trees in one process | {seconds(r['plain both']).short(' s')} |",
            f"| plain MkDocs, English tree | {seconds(r['plain english']).short(' s')} |",
            f"| plain French build in process (difference) | {Spread.of(plain_extra).short(' s')} |",
            f"| plain French build, own process | {seconds(r['plain french alone']).short(' s')} |",
            "", "| ratio | value | target |", "| --- | --- | --- |",
            f"| French extra time / plain French build in process | {in_process.fmt('', 3)} | ≤ {TARGET:g}: "
            f"{'met' if in_process.median <= TARGET else 'MISSED'} |",
            f"| French extra time / plain French build, own process | {own_process.fmt('', 3)} | report only |",
            "",
            "Each extra language reuses the theme's templates compiled by the first build in the process "
            "(generator/adapters/mkdocs/templates.py), which a plain build of the same pages compiles again; "
            "the tool's own work per language (reading the translation, rendering the pages) costs about as much "
            "as that saves. Differences of two whole-process times vary a lot on a busy machine: read the IQR "
            "and range beside the median.",
        ]
        summary = f"in process {in_process.short('', 3)}, own process {own_process.short('', 3)}"
        return lines, summary


def write_results(lines: list[str], runs: int) -> None:
    """Replace (or append) this figure's section in benchmarks/results.md; other sections stay as they are."""
    results = BENCH / "results.md"
    text = results.read_text(encoding="utf-8") if results.exists() else "# Benchmark results\n"
    info = machine()
    stamp = (f"Measured {info['date']} with `benchmarks/languages.py --runs {runs}` on {info['CPU']} "
             f"(load average at start {info['load average at start']}; commit {info['commit']}).")
    section = f"## {TITLE}\n\n{stamp}\n\n" + "\n".join(lines) + "\n"
    pattern = re.compile(rf"(?ms)^## {re.escape(TITLE)}\n.*?(?=^## |\Z)")
    text = pattern.sub(lambda _: section + "\n", text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section
    results.write_text(text.rstrip("\n") + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="measured rounds (after one warm-up round)")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder")
    args = parser.parse_args()
    (WORK / "logs").mkdir(parents=True)
    try:
        lines, summary = Languages(args.runs).measure()
        write_results(lines, args.runs)
        print("\n".join(lines))
        print(f"\nEach further language: {summary}")
    finally:
        if args.keep:
            print(f"Scratch folder kept: {WORK}")
        else:
            shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    main()
