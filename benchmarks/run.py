"""The benchmark suite: ``make bench`` (``.venv/bin/python benchmarks/run.py``).

Writes benchmarks/results.md and prints a short table. Every timing is a
whole-process median taken alternately with its baseline in the same run and
reported as a ratio; see benchmarks/README.md for what each figure means.

    python benchmarks/run.py [--runs N] [--only 1,2,...] [--keep]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

import preview  # noqa: E402
import weight  # noqa: E402
from measure import ROOT, Run, Spread, alternate, difference, machine, ratio, run, seconds, tree_memory  # noqa: E402

BENCH = ROOT / "benchmarks"
WORK = BENCH / ".work"
PY = sys.executable
NOW = datetime(2026, 11, 16, 12, 0, tzinfo=timezone.utc)  # the build time of every site (SOURCE_DATE_EPOCH)
REQUIRED_EXTENSIONS = ["attr_list", "md_in_html", "tables", "toc"]

# Synthetic sites (channels, own FAQ entries, policies); the first is the common point of the three axes.
BASE = (10, 10, 1)
AXES = {
    "channels": [(10, 10, 1), (100, 10, 1), (1000, 10, 1)],
    "FAQ entries": [(10, 10, 1), (10, 1000, 1), (10, 10000, 1)],
    "policies": [(10, 10, 1), (10, 10, 10), (10, 10, 100)],
}
LARGEST = (1000, 10000, 1)
TARGETS = {"overhead": 1.05, "memory": 1.10, "largest": 1.0, "preview": 0.5, "live status": 10_000}
TITLES = {1: "1. Build overhead over plain MkDocs", 2: "2. Scaling of the generator alone", 3: "3. Preview: save to served page",
          4: "4. Page weight of the home page", 5: "5. Check"}
LANGUAGES = ("from pathlib import Path\nfrom generator.adapters.languages import site_languages\n"
             "from generator.pipeline import site_policies\n"
             "print(*[l.tag for l in site_languages(site_policies(Path('policies')))[1:]])")
EXPORT_LANGUAGE = ("import sys\nfrom pathlib import Path\nfrom generator.adapters.content import site_content\n"
                   "from generator.adapters.export import write_docs\n"
                   "out, audience, tag = Path(sys.argv[1]), sys.argv[2], sys.argv[3]\n"
                   "write_docs(site_content(Path('policies'), audience, language=tag), Path('site_src'), out, audience)")
WARM_PROBE = ("import sys\nfrom pathlib import Path\nfrom generator.adapters.cache import cached_site_content\n"
              "content = cached_site_content(Path(sys.argv[1]), 'public', project=Path(sys.argv[2]))\n"
              "print(len(content.pages), 'miss' if 'generator.pipeline' in sys.modules else 'hit')")
WRITE_SITE = ("import sys\nfrom pathlib import Path\nsys.path.insert(0, %r)\nimport synthetic\n"
              "synthetic.write_site(Path(sys.argv[1]), *map(int, sys.argv[2:]))" % str(Path(__file__).resolve().parent))
PLAIN_BUILDS = ("import sys\nfrom mkdocs.commands.build import build\nfrom mkdocs.config import load_config\n"
                "for f in sys.argv[1:]:\n    build(load_config(f, strict=True))")


@dataclass(frozen=True)
class Timed(Run):
    cpu: float = 0.0
    """User + system CPU seconds of the process: less sensitive than wall time to what else the machine runs."""


def _edit(policy: Path) -> None:
    """A change to the policy's bytes that changes no output (a comment line): the cache misses, as after an edit."""
    with open(policy, "a", encoding="utf-8") as out:
        out.write("# edited\n")


class Bench:
    def __init__(self, runs: int) -> None:
        self.runs = runs
        self.env = {**os.environ, "SOURCE_DATE_EPOCH": str(int(NOW.timestamp())), "NO_MKDOCS_2_WARNING": "1",
                    "GIT_CEILING_DIRECTORIES": str(WORK), "PYTHONUNBUFFERED": "1"}
        # As on a user's machine: Python keeps the modules' bytecode (a shell may say otherwise).
        self.env.pop("PYTHONDONTWRITEBYTECODE", None)
        self.sections: list[str] = []
        self.summary: list[tuple[str, str, str]] = []  # figure, result, target verdict
        self.example = WORK / "example"
        self.starter = WORK / "starter"
        self._count = 0

    def proc(self, cmd: list[str], cwd: Path | None = None, env: dict[str, str] | None = None) -> Run:
        self._count += 1
        return run(cmd, cwd or WORK, {**self.env, **(env or {})}, WORK / "logs" / f"{self._count:04d}.log")

    def timed(self, cmd: list[str], cwd: Path | None = None, env: dict[str, str] | None = None) -> Timed:
        """``proc``, with the process's CPU time (user + system) as well."""
        self._count += 1
        with open(WORK / "logs" / f"{self._count:04d}.log", "w+b") as fh:
            start = time.perf_counter()
            child = subprocess.Popen(cmd, cwd=cwd or WORK, env={**self.env, **(env or {})}, stdout=fh, stderr=subprocess.STDOUT)
            _, status, usage = os.wait4(child.pid, 0)
            wall = time.perf_counter() - start
            fh.seek(0)
            text = fh.read().decode("utf-8", "replace")
        if os.waitstatus_to_exitcode(status) != 0:
            raise RuntimeError(f"{' '.join(cmd)} (in {cwd}) failed:\n{text[-3000:]}")
        return Timed(wall, usage.ru_maxrss * 1024, text, usage.ru_utime + usage.ru_stime)

    def section(self, title: str, lines: list[str]) -> None:
        self.sections.append(f"## {title}\n\n" + "\n".join(lines) + "\n")

    def verdict(self, value: float, target: float) -> str:
        return f"≤ {target:g}: {'met' if value <= target else 'MISSED'}"

    # -- set-up -----------------------------------------------------------------------------------------------

    def prepare(self) -> None:
        """A scratch copy of the example, its exported docs trees, and plain MkDocs configs for them."""
        # The package's modules byte-compiled, as installing it from a wheel does (site-packages already are).
        subprocess.run([PY, "-m", "compileall", "-q", str(ROOT / "generator")], check=True, stdout=subprocess.DEVNULL)
        self.example.mkdir(parents=True)
        for name in ("mkdocs.yml", "mkdocs-staff.yml"):
            shutil.copy2(ROOT / name, self.example / name)
        for name in ("site_src", "policies"):
            shutil.copytree(ROOT / name, self.example / name)
        config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
        staff_name = yaml.safe_load((ROOT / "mkdocs-staff.yml").read_text(encoding="utf-8")).get("site_name")
        extensions = list(config.get("markdown_extensions") or [])
        names = {e if isinstance(e, str) else next(iter(e)) for e in extensions}
        extensions += [e for e in REQUIRED_EXTENSIONS if e not in names]
        plain = {"site_name": config["site_name"], "docs_dir": "docs", "site_dir": "site",
                 "theme": {**config.get("theme", {}), "name": "material", "font": False},
                 "plugins": ["search"], "markdown_extensions": extensions,
                 "extra_css": ["assets/expectations.css"], "extra_javascript": ["assets/expectations.js"]}
        for audience in ("public", "staff"):
            folder = WORK / f"plain-{audience}"
            folder.mkdir()
            self.proc([PY, "-m", "generator", "export", str(folder / "docs"), "--audience", audience], self.example)
            named = {**plain, "site_name": staff_name or plain["site_name"]} if audience == "staff" else plain
            (folder / "mkdocs.yml").write_text(yaml.safe_dump(named, sort_keys=False), encoding="utf-8")
        # Each further language of the example, exported by the same core call the plugin makes, for the plain
        # baseline of a build that makes one site per language.
        self.plain_configs = {"public": [WORK / "plain-public" / "mkdocs.yml"], "staff": [WORK / "plain-staff" / "mkdocs.yml"]}
        for audience in ("public", "staff"):
            for tag in self.proc([PY, "-c", LANGUAGES], self.example).stdout.split():
                folder = WORK / f"plain-{audience}-{tag}"
                self.proc([PY, "-c", EXPORT_LANGUAGE, str(folder / "docs"), audience, tag], self.example)
                lang = {**plain, "theme": {**plain["theme"], "language": tag.split("-")[0]}}
                named = {**lang, "site_name": staff_name or plain["site_name"]} if audience == "staff" else lang
                (folder / "mkdocs.yml").write_text(yaml.safe_dump(named, sort_keys=False), encoding="utf-8")
                self.plain_configs[audience].append(folder / "mkdocs.yml")
        # A project as `expectations init` writes it for another business, and its plain counterpart.
        self.proc([PY, "-m", "generator", "init", str(self.starter), "--name", "Corner Shoe Co.",
                   "--timezone", "America/Los_Angeles", "--locale", "en-US"])
        starter = yaml.safe_load((self.starter / "mkdocs.yml").read_text(encoding="utf-8"))
        folder = WORK / "plain-starter"
        folder.mkdir()
        self.proc([PY, "-m", "generator", "export", str(folder / "docs")], self.starter)
        s_ext = list(starter.get("markdown_extensions") or [])
        s_names = {e if isinstance(e, str) else next(iter(e)) for e in s_ext}
        s_plain = {**plain, "site_name": "Corner Shoe Co.", "theme": {**starter.get("theme", {}), "name": "material", "font": False},
                   "markdown_extensions": s_ext + [e for e in REQUIRED_EXTENSIONS if e not in s_names]}
        (folder / "mkdocs.yml").write_text(yaml.safe_dump(s_plain, sort_keys=False), encoding="utf-8")
        # A stock Material page with the same content: no expectations stylesheet, script or data.
        stock = {**plain, "site_dir": "site-stock", "exclude_docs": "expectations.json\nassets/expectations.*\n"}
        del stock["extra_css"], stock["extra_javascript"]
        (WORK / "plain-public" / "mkdocs-stock.yml").write_text(yaml.safe_dump(stock, sort_keys=False), encoding="utf-8")

    def synthetic_sites(self) -> None:
        """Write every synthetic site and check each once with ``expectations check`` (fails if one is invalid)."""
        for key in dict.fromkeys([*sum(AXES.values(), []), LARGEST]):
            # Written by another process: a child's peak memory as the kernel reports it starts from this
            # process's own at the fork, so this process must stay smaller than anything it measures.
            folder = self.site_dir(key)
            self.proc([PY, "-c", WRITE_SITE, str(folder), *map(str, key)])
            self.proc([PY, "-m", "generator", "check", str(folder)])

    @staticmethod
    def site_dir(key: tuple[int, int, int]) -> Path:
        return WORK / "synthetic" / "c{}-f{}-p{}".format(*key)

    # -- 1. overhead ----------------------------------------------------------------------------------------

    def overhead(self) -> None:
        lines = ["`expectations build` against a plain MkDocs build of its exported docs tree (same theme, Markdown "
                 "extensions, stylesheet and script; no expectations plugin), in one process per build. The example "
                 "builds one site per language (en-CA, fr-CA), so its baseline builds both exported trees in one "
                 "process (`mkdocs.commands.build.build` of each configuration); the starter project (`expectations "
                 "init --name ... --timezone America/Los_Angeles --locale en-US`) has one language and is compared "
                 "with `python -m mkdocs build`. *Warm*: the build cache holds this build (`SOURCE_DATE_EPOCH` fixed, "
                 "filled by the warm-up round). *After an edit*: a comment line is added to the policy before each build, so "
                 "the cache misses but keeps the compiled templates. *First build*: the build cache folder is deleted before "
                 "each build. *Cold*: `EXPECTATIONS_CACHE=off`. "
                 "The CPU time ratio (user + system) moves less than wall time with the machine's load. Peak RSS is the "
                 "kernel's figure for the build process and the children it waited for (the largest of them): an "
                 "`expectations build` that generates makes its pages in a child process "
                 "(generator/adapters/ahead.py) while the build process imports MkDocs and loads its configuration.", "",
                 "| site | cache | expectations build | plain build | time ratio | CPU time ratio | peak RSS | plain peak RSS | memory ratio |",
                 "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
        cases = [("example", "public", self.example), ("example", "staff", self.example), ("starter", "public", self.starter)]
        tree: list[str] = []
        for name, audience, project in cases:
            gen = [PY, "-m", "generator", "build", "--audience", audience]
            configs = self.plain_configs[audience] if name == "example" else [WORK / "plain-starter" / "mkdocs.yml"]
            if len(configs) == 1:
                plain = [PY, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(configs[0])]
            else:
                plain = [PY, "-c", PLAIN_BUILDS, *map(str, configs)]
            policy = next((project / "policies").glob("*.yaml"))
            cache_folder = project / ".cache"
            states = (("warm", {}, None), ("after an edit", {}, policy), ("first build", {}, cache_folder),
                      ("cold", {"EXPECTATIONS_CACHE": "off"}, None))
            for state, env, edited in states:
                def gen_run(env=env, edited=edited) -> Timed:  # type: ignore[no-untyped-def]
                    if edited == cache_folder:
                        shutil.rmtree(cache_folder, ignore_errors=True)  # a first build: the cache is empty
                    elif edited is not None:
                        _edit(edited)
                    return self.timed(gen, project, env)
                r = alternate({"gen": gen_run, "plain": lambda: self.timed(plain)}, self.runs)
                q = ratio(r["gen"], r["plain"])
                cpu = Spread.of([a.cpu / b.cpu for a, b in zip(r["gen"], r["plain"])])
                rss = Spread.of([x.max_rss / 2**20 for x in r["gen"]])
                base_rss = Spread.of([x.max_rss / 2**20 for x in r["plain"]])
                m = Spread.of([a.max_rss / b.max_rss for a, b in zip(r["gen"], r["plain"])])
                lines.append(f"| {name}, {audience} | {state} | {seconds(r['gen']).short(' s')} | {seconds(r['plain']).short(' s')} | "
                             f"{q.fmt('', 3)} | {cpu.short('', 3)} | {rss.median:.1f} MiB | {base_rss.median:.1f} MiB | {m.short('', 3)} |")
                verdict = self.verdict(q.median, TARGETS["overhead"]) if audience == "public" else "report only"
                self.summary.append((f"1. overhead, {name} {audience}, {state} (time ratio)", q.short("", 3), verdict))
                if audience == "public":
                    self.summary.append((f"1. overhead, {name} {audience}, {state} (CPU time ratio)", cpu.short("", 3),
                                         self.verdict(cpu.median, TARGETS["overhead"])))
                    self.summary.append((f"1. memory, {name} {audience}, {state} (peak RSS ratio)", m.short("", 3),
                                         self.verdict(m.median, TARGETS["memory"])))
            if audience == "public":  # what the processes of a first build hold at once (the child and the build)
                held: dict[str, list[int]] = {"gen": [], "plain": []}
                for _ in range(3):
                    shutil.rmtree(cache_folder, ignore_errors=True)
                    for key, cmd, cwd in (("gen", gen, project), ("plain", plain, WORK)):
                        value = tree_memory(cmd, cwd, self.env)
                        if value is not None:
                            held[key].append(value)
                if held["gen"] and held["plain"]:
                    g, b = Spread.of(held["gen"]), Spread.of(held["plain"])
                    tree.append(f"| {name} | {g.median / 2**20:.1f} MiB | {b.median / 2**20:.1f} MiB | {g.median / b.median:.2f} |")
                    self.summary.append((f"1. memory held at once, {name} {audience}, first build (summed PSS ratio)",
                                         f"{g.median / b.median:.2f}", "report only"))
        lines += ["", "Memory held at once by all the processes of a first build (the build and its child, which run side by "
                  "side for about 0.1 s): the largest sum of their proportional set sizes (PSS, a shared page counted once "
                  "across them), sampled every 2 ms, median of 3 builds; the peak RSS ratio above counts the largest "
                  "process alone, as the kernel and `/usr/bin/time` report it.", "",
                  "| site | expectations build | plain build | ratio |", "| --- | --- | --- | --- |", *tree]
        self.section(TITLES[1], lines)

    # -- 2. scaling -----------------------------------------------------------------------------------------

    def scaling(self) -> None:
        base_cmd = [PY, "-c", "import generator.pipeline"]
        probe = lambda key: [PY, str(BENCH / "probe.py"), str(self.site_dir(key))]  # noqa: E731
        # Warm-up rounds for the whole figure (every size runs the same code); two, as the first sizes are cheap.
        alternate({"base": lambda: self.proc(base_cmd), "gen": lambda: self.proc(probe(BASE))}, 0, warmup=2)
        measured: dict[tuple[int, int, int], dict[str, Any]] = {}
        for key in [*dict.fromkeys(sum(AXES.values(), [])), LARGEST]:
            r = alternate({"base": lambda: self.proc(base_cmd), "gen": lambda: self.proc(probe(key))}, self.runs, 0)
            inner = [json.loads(x.stdout.strip().splitlines()[-1]) for x in r["gen"]]
            measured[key] = {
                "whole": seconds(r["gen"]), "import": seconds(r["base"]), "ratio": ratio(r["gen"], r["base"]),
                "minus": difference(r["gen"], r["base"]),
                "work": Spread.of([i["load"] + i["build"] for i in inner]),
                "load": Spread.of([i["load"] for i in inner]), "build": Spread.of([i["build"] for i in inner]),
                "rss": Spread.of([x.max_rss for x in r["gen"]]),
                "rss_delta": Spread.of([a.max_rss - b.max_rss for a, b in zip(r["gen"], r["base"])]),
                "output": inner[0]["bytes"],
            }
        lines = ["Load + validate + derive + render (`load_policies` + `build_site(..., \"public\")`, no MkDocs) in a "
                 "fresh process per run, against the same process doing only `import generator.pipeline`. "
                 "*work* is the time inside the process after the import; the slopes are d log(work) / d log(size) "
                 "and d log(RSS above import) / d log(size) from the previous size (1 = linear).", ""]
        for axis, keys in AXES.items():
            lines += [f"### Scaling with {axis}", "",
                      "| size | whole process | import only | ratio | minus import | work (load + build) | slope | "
                      "peak RSS | RSS above import | slope | output |",
                      "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
            previous = None
            for key in keys:
                m = measured[key]
                size = _size(axis, key)
                slope = slope_mem = "–"
                if previous is not None:
                    p, psize = previous
                    slope = f"{_slope(p['work'].median, m['work'].median, psize, size):.2f}"
                    slope_mem = f"{_slope(p['rss_delta'].median, m['rss_delta'].median, psize, size):.2f}"
                lines.append(
                    f"| {size:,} | {m['whole'].short(' s')} | {m['import'].short(' s')} | {m['ratio'].short('×', 1)} | "
                    f"{m['minus'].short(' s')} | {m['work'].short(' s')} ({m['load'].median:.2f} + "
                    f"{m['build'].median:.2f}) | {slope} | {m['rss'].median / 2**20:.0f} MiB | "
                    f"{m['rss_delta'].median / 2**20:.1f} MiB | {slope_mem} | {m['output'] / 1e6:.2f} MB |")
                previous = (m, size)
            lines.append("")
        m = measured[LARGEST]
        lines += ["### Target: 1,000 channels and 10,000 FAQ entries", "",
                  f"- whole process: {m['whole'].fmt(' s')}", f"- import only: {m['import'].fmt(' s')}",
                  f"- ratio: {m['ratio'].fmt('×', 1)}", f"- minus import: {m['minus'].fmt(' s')}",
                  f"- work inside the process: {m['work'].fmt(' s')} (load + validate {m['load'].median:.2f} s, "
                  f"derive + render {m['build'].median:.2f} s)",
                  f"- peak RSS: {m['rss'].median / 2**20:.0f} MiB ({m['rss_delta'].median / 2**20:.0f} MiB above import); "
                  f"generated Markdown and data: {m['output'] / 1e6:.1f} MB"]
        # The same content through the build cache (``cached_site_content``, as the engines call it), warm: the
        # warm-up round fills the cache, every measured round reads it back. Baseline: the same import alone.
        folder = self.site_dir(LARGEST)
        warm_cmd = [PY, "-c", WARM_PROBE, str(folder), str(WORK / "cache-probe")]
        import_cmd = [PY, "-c", "import generator.adapters.cache"]
        w = alternate({"gen": lambda: self.proc(warm_cmd), "base": lambda: self.proc(import_cmd)}, self.runs)
        assert all(r.stdout.strip().endswith("hit") for r in w["gen"]), "the cache was not hit"
        warm = seconds(w["gen"])
        lines += [f"- through the build cache, warm (`cached_site_content` reading the stored content; no part of "
                  f"the pipeline is imported): whole process {warm.fmt(' s')}, import of the cache module alone "
                  f"{seconds(w['base']).short(' s')}, peak RSS {Spread.of([r.max_rss / 2**20 for r in w['gen']]).median:.0f} MiB"]
        self.section("2. Scaling of the generator alone", lines)
        self.summary.append(("2. 1,000 channels + 10,000 FAQ, whole process", m["whole"].short(" s"),
                             self.verdict(m["whole"].median, TARGETS["largest"])))
        self.summary.append(("2. the same through the build cache, warm", warm.short(" s"),
                             self.verdict(warm.median, TARGETS["largest"])))
        for axis, keys in AXES.items():  # the slope between the two largest sizes, where fixed costs matter least
            a, b = measured[keys[-2]], measured[keys[-1]]
            size0, size1 = (_size(axis, k) for k in keys[-2:])
            self.summary.append((f"2. slope of work, {axis} {size0:,}→{size1:,}",
                                 f"{_slope(a['work'].median, b['work'].median, size0, size1):.2f}", "≈ 1 (report)"))

    # -- 3. preview -----------------------------------------------------------------------------------------

    def preview(self) -> None:
        policy = self.example / "policies" / "harbor-view.yaml"
        page = WORK / "plain-public" / "docs" / "index.md"
        originals = {p: p.read_text(encoding="utf-8") for p in (policy, page)}
        logs = WORK / "logs"
        servers: list[preview.Server] = []
        edits = iter(range(1000))
        try:
            startup = {}  # started one after the other, so that each start-up is timed alone
            for name, cmd, cwd in (
                ("gen", [PY, "-m", "generator", "serve", "-a"], self.example),
                ("plain", [PY, "-m", "mkdocs", "serve", "-f", str(WORK / "plain-public" / "mkdocs.yml"), "-a"], WORK),
            ):
                servers.append(preview.Server(cmd, cwd, self.env, logs / f"serve-{name}.log"))
                startup[name] = servers[-1].wait_for("Front desk phone")
            gen, plain = servers

            def edit(server: preview.Server, path: Path, old: str, prefix: str) -> tuple[float, float]:
                token = f"Front desk line {next(edits)}"
                result = preview.edit_latency(server, path, originals[path], old, prefix + token, token)
                # Rest before the next edit, for a random part of the watcher's 0.5 s polling period, so that
                # edits do not fall at the same point of it every time.
                time.sleep(rng.uniform(0.3, 0.8))
                return result

            rng = random.Random(1)
            raw = alternate({"gen": lambda: edit(gen, policy, "name: Front desk phone", "name: "),  # type: ignore
                             "plain": lambda: edit(plain, page, "Front desk phone", "")}, 2 * self.runs)
        finally:
            for server in servers:
                server.stop()
            for path, text in originals.items():
                path.write_text(text, encoding="utf-8")
        total = {k: [Run(t, 0, "") for t, _ in v] for k, v in raw.items()}
        detect = {k: [Run(d, 0, "") for _, d in v] for k, v in raw.items()}
        rebuild = {k: [Run(t - d, 0, "") for t, d in v] for k, v in raw.items()}
        q = ratio(rebuild["gen"], rebuild["plain"])
        of_medians = seconds(total["gen"]).median / seconds(total["plain"]).median
        self.section("3. Preview: save to served page", [
            "A running dev server; one file saved (a different visible edit each time: the phone channel's name), "
            "then the home page requested every 20 ms until the new text is served; twice as many rounds as the "
            "other figures. *Detected* is when the server logged that its watcher saw the change: MkDocs' watcher "
            "polls every 0.5 s (`mkdocs serve`: 0–0.5 s at random), `expectations serve`'s every 0.1 s. *Rebuilt "
            "and served* is the rest (after the change is seen, the server waits 0.1 s, `expectations serve` "
            "0.05 s, for more changes, then rebuilds); its per-round ratio is the figure to compare.", "",
            "| server | what is saved | save → served | save → detected | detected → rebuilt and served |",
            "| --- | --- | --- | --- | --- |",
            f"| `expectations serve` | policies/harbor-view.yaml | {seconds(total['gen']).fmt(' s')} | "
            f"{seconds(detect['gen']).short(' s')} | {seconds(rebuild['gen']).short(' s')} |",
            f"| `mkdocs serve` of the exported tree | docs/index.md | {seconds(total['plain']).fmt(' s')} | "
            f"{seconds(detect['plain']).short(' s')} | {seconds(rebuild['plain']).short(' s')} |", "",
            f"Ratio of *rebuilt and served*, per round: {q.fmt('', 2)}. Ratio of the median save → served times: "
            f"{of_medians:.2f}.", "",
            f"Start-up until the first page was served: {startup['gen']:.1f} s (expectations), "
            f"{startup['plain']:.1f} s (plain MkDocs), one run each."])
        self.summary.append(("3. preview, save → served (s)", seconds(total["gen"]).short(" s"),
                             self.verdict(seconds(total["gen"]).median, TARGETS["preview"])))
        self.summary.append(("3. preview, rebuild+serve ratio to mkdocs serve", q.short("", 2), "report only"))

    # -- 4. page weight -------------------------------------------------------------------------------------

    def page_weight(self) -> None:
        site = self.example / "site"
        if not (site / "index.html").is_file():
            self.proc([PY, "-m", "generator", "build"], self.example)
        self.proc([PY, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(WORK / "plain-public" / "mkdocs-stock.yml")])
        ours, stock = weight.page_resources(site), weight.page_resources(WORK / "plain-public" / "site-stock")
        a, b = weight.totals(ours), weight.totals(stock)
        stock_paths = {r.path for r in stock}
        added = [r for r in ours if r.path not in stock_paths]
        live = sum(r.sent for r in added if r.category in ("JavaScript", "data (JSON)"))
        lines = ["Bytes a browser downloads to show the home page, gzip -9 compressed as a server would send them "
                 "(images that are already compressed count at their size). The stock page is the plain build "
                 "without expectations.css, expectations.js and expectations.json.", "",
                 "| | expectations | stock Material | added |", "| --- | --- | --- | --- |"]
        lines += [f"| {c} | {a[c]:,} B | {b[c]:,} B | {a[c] - b[c]:+,} B |" for c in [*weight.CATEGORIES, "total"]]
        lines += ["", f"Ratio of totals: {a['total'] / b['total']:.3f}. Live-status script + data (files the stock page "
                  f"does not load): **{live:,} B** compressed (target < {TARGETS['live status']:,} B).", "",
                  "| file (expectations page) | kind | raw | sent |", "| --- | --- | --- | --- |"]
        lines += [f"| {r.path}{' (added)' if r in added else ''} | {r.category} | {r.raw:,} B | {r.sent:,} B |"
                  for r in ours]
        self.section("4. Page weight of the home page", lines)
        self.summary.append(("4. live-status script + data (gzip)", f"{live:,} B",
                             f"< {TARGETS['live status']:,} B: {'met' if live < TARGETS['live status'] else 'MISSED'}"))
        self.summary.append(("4. home page total vs stock Material", f"{a['total']:,} B / {b['total']:,} B = "
                             f"{a['total'] / b['total']:.3f}", "report only"))

    # -- 5. check -------------------------------------------------------------------------------------------

    def check(self) -> None:
        largest = str(self.site_dir(LARGEST))
        variants = {
            "example": lambda: self.proc([PY, "-m", "generator", "check"], self.example),
            "largest": lambda: self.proc([PY, "-m", "generator", "check", largest]),
            "pass": lambda: self.proc([PY, "-c", "pass"]),
            "cli": lambda: self.proc([PY, "-c", "import generator.adapters.cli"]),
        }
        r = alternate(variants, self.runs)
        lines = ["`expectations check` as a whole process, with `python -c pass` and "
                 "`python -c \"import generator.adapters.cli\"` as baselines run in the same rounds.", "",
                 "| policy | check | ratio to `pass` | ratio to import cli | minus import cli |",
                 "| --- | --- | --- | --- | --- |"]
        for name, label in (("example", "example (harbor-view.yaml)"), ("largest", "1,000 channels + 10,000 FAQ")):
            lines.append(f"| {label} | {seconds(r[name]).short(' s')} | {ratio(r[name], r['pass']).short('×', 1)} | "
                         f"{ratio(r[name], r['cli']).short('×', 2)} | {difference(r[name], r['cli']).short(' s')} |")
            self.summary.append((f"5. check {name} (ratio to import cli)", ratio(r[name], r["cli"]).short("", 2),
                                 f"{seconds(r[name]).median:.2f} s, report only"))
        lines += ["", f"Baselines: `python -c pass` {seconds(r['pass']).fmt(' s', 3)}; "
                  f"import cli {seconds(r['cli']).fmt(' s', 3)}."]
        self.section("5. Check", lines)


def _size(axis: str, key: tuple[int, int, int]) -> int:
    return key[list(AXES).index(axis)]


def _slope(cost0: float, cost1: float, size0: int, size1: int) -> float:
    if cost0 <= 0 or cost1 <= 0:
        return math.nan
    return math.log(cost1 / cost0) / math.log(size1 / size0)


def _sections(text: str) -> dict[str, str]:
    """The ``## `` sections of a Markdown text by title, each with its heading, in order (the text before the first is left out)."""
    found: dict[str, str] = {}
    title = None
    for line in text.splitlines(keepends=True):
        if line.startswith("## "):
            title = line[3:].strip()
            found[title] = ""
        if title is not None:
            found[title] += line
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="measured rounds per figure after the warm-up (default 5)")
    parser.add_argument("--only", default="1,2,3,4,5", help="figures to run, e.g. 1,4")
    parser.add_argument("--keep", action="store_true", help=f"keep the scratch folder {WORK.relative_to(ROOT)}")
    args = parser.parse_args()
    only = {int(x) for x in args.only.split(",")}
    started = time.perf_counter()
    info = machine()
    shutil.rmtree(WORK, ignore_errors=True)
    (WORK / "logs").mkdir(parents=True)
    bench = Bench(args.runs)
    steps = [(1, bench.overhead), (2, bench.scaling), (3, bench.preview), (4, bench.page_weight), (5, bench.check)]
    try:
        bench.prepare()
        if only & {2, 5}:
            bench.synthetic_sites()
        for number, step in steps:
            if number in only:
                print(f"figure {number}: {step.__name__} ...", file=sys.stderr, flush=True)
                step()
    finally:
        if not args.keep:
            shutil.rmtree(WORK, ignore_errors=True)
    total = time.perf_counter() - started
    info["load average at end"] = " ".join(f"{v:.2f}" for v in os.getloadavg())
    info["total benchmark time"] = f"{total:.0f} s"
    # A measured process's peak memory counts from this process's at the fork: it must stay below them all.
    import resource

    info["peak RSS of this benchmark process"] = f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f} MiB"
    head = ["# Benchmark results", "", f"Written by `benchmarks/run.py --runs {args.runs}`; see benchmarks/README.md. "
            "Times are medians, spreads are [min–max] or IQR over the measured rounds; absolute times depend on "
            "the machine and its load, the ratios much less.", "", "| | |", "| --- | --- |"]
    head += [f"| {k} | {v} |" for k, v in info.items()]
    # Figures not run this time keep their previous section and summary rows; sections other tools or people
    # wrote into results.md (chains, report, embed, engines, languages, ...) are kept after the figures.
    results = BENCH / "results.md"
    old = _sections(results.read_text(encoding="utf-8")) if results.exists() else {}
    new = _sections("\n".join(bench.sections))
    table = ["| figure | result [min–max] | target |", "| --- | --- | --- |"]
    old_rows = [line for line in old.get("Summary", "").splitlines() if line.startswith("| ") and line[2:3].isdigit()]
    for number in TITLES:
        if number in only:
            table += [f"| {a} | {b} | {c} |" for a, b, c in bench.summary if a.startswith(f"{number}.")]
        else:
            table += [line for line in old_rows if line.startswith(f"| {number}.")]
    figures = [new.get(title) if number in only else old.get(title) for number, title in TITLES.items()]
    text = "\n".join(head) + "\n\n## Summary\n\n" + "\n".join(table) + "\n\n" + "\n".join(f for f in figures if f)
    history = BENCH / "history.md"  # profiling findings and fixes, before and after, kept by hand
    own = {"Summary", *TITLES.values()}
    if history.exists():
        text = text.rstrip("\n") + "\n\n" + history.read_text(encoding="utf-8")
        own |= set(_sections(history.read_text(encoding="utf-8")))
    kept = [body for title, body in old.items() if title not in own]
    if kept:
        text = text.rstrip("\n") + "\n\n" + "\n".join(body.rstrip("\n") + "\n" for body in kept)
    results.write_text(text, encoding="utf-8")
    width = max(len(a) for a, _, _ in bench.summary) if bench.summary else 10
    for a, b, c in bench.summary:
        print(f"{a:<{width}}  {b:<40}  {c}")
    print(f"total {total:.0f} s; details in {(BENCH / 'results.md').relative_to(ROOT)}")


if __name__ == "__main__":
    main()
