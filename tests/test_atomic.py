"""Atomic builds: the site folder is always the complete old site or the complete new one.

Failed builds (bad policy, a MkDocs warning in strict mode, an exception inside
MkDocs) leave the previous site byte for byte and nothing beside it. Builds
killed with SIGKILL, at chosen stages and at arbitrary moments, leave either
the old or the new site, never a missing or half-written one; what they leave
beside it goes at the next build. The stages are reached by a driver script
in this file that wraps the build's functions before running the real CLI, so
the product has no test hooks.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import random
import select
import shutil
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.adapters import site_build
from generator.adapters.cli import main
from generator.adapters.mkdocs.plugin import ExpectationsPlugin

BUILT_AT = "1795435200"
ENV = {**os.environ, "SOURCE_DATE_EPOCH": BUILT_AT, "GITHUB_ACTIONS": ""}


def fingerprint(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def leftovers(project: Path) -> list[str]:
    return sorted(p.name for p in project.iterdir() if p.name.startswith(".site"))


def policy(version: str, channels: int = 15, faq: int = 120) -> dict[str, object]:
    """A valid policy big enough that MkDocs takes a moment; ``version`` shows on the home page."""
    return {
        "policy": "1",
        "business": {"name": "Big Co", "timezone": "Europe/London", "locale": "en-GB", "summary": f"Version {version}."},
        "schedules": {"desk": {"mon-fri": "09:00-17:00"}},
        "channels": [
            {"id": f"ch-{i}", "type": "email", "name": f"Desk {i}", "url": f"mailto:desk{i}@ok.example",
             "schedule": "desk", "first_response": "1h", "good_for": [f"Topic {i}"], "languages": ["en"]}
            for i in range(channels)
        ],
        "faq": {"entries": [
            {"question": f"Question {i} about desk {i % channels}?", "answer": f"Answer {i}: use *desk {i % channels}*."}
            for i in range(faq)
        ]},
    }


def make_project(folder: Path, version: str | None = None) -> Path:
    result = CliRunner().invoke(main, ["init", "--example", str(folder)])
    assert result.exit_code == 0, result.output
    if version is not None:
        set_policy(folder, version)
    return folder


def set_policy(project: Path, version: str) -> None:
    for old in (project / "policies").glob("*.yaml"):
        old.unlink()
    (project / "policies" / "site.yaml").write_text(json.dumps(policy(version)), encoding="utf-8")


def build_in_process(project: Path, *extra: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, ["build", "-f", str(project / "mkdocs.yml"), *extra], env={
        "SOURCE_DATE_EPOCH": BUILT_AT, "GITHUB_ACTIONS": ""})


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example project with its site built once; tests work on copies."""
    project = make_project(tmp_path_factory.mktemp("atomic") / "example")
    result = build_in_process(project)
    assert result.exit_code == 0, result.output
    return project


@pytest.fixture
def project(example: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "example"
    shutil.copytree(example, copy, symlinks=True)
    return copy


# --- (a) failed builds leave the previous site byte for byte -------------------------------------

def test_bad_policy_leaves_the_site_and_no_temporary_folder(project: Path) -> None:
    before = fingerprint(project / "site")
    policy_file = project / "policies" / "harbor-view.yaml"
    policy_file.write_text(policy_file.read_text(encoding="utf-8").replace("first_response: 1h", "first_response: soon", 1))
    result = build_in_process(project)
    assert result.exit_code == 1
    assert "first_response" in result.output
    assert fingerprint(project / "site") == before
    assert leftovers(project) == []


def test_mkdocs_warning_in_strict_mode_leaves_the_site_and_no_temporary_folder(project: Path) -> None:
    before = fingerprint(project / "site")
    (project / "site_src" / "broken.md").write_text("# Broken\n\nSee [the missing page](missing.md).\n", encoding="utf-8")
    result = build_in_process(project)
    assert result.exit_code == 1
    assert "missing.md" in result.output
    assert fingerprint(project / "site") == before
    assert leftovers(project) == []


@pytest.mark.parametrize("error", [RuntimeError("boom inside MkDocs"), KeyboardInterrupt()])
def test_exception_inside_the_mkdocs_build_leaves_the_site_and_no_temporary_folder(
    project: Path, monkeypatch: pytest.MonkeyPatch, error: BaseException
) -> None:
    before = fingerprint(project / "site")
    pages: list[str] = []

    def on_post_page(self, output, *, page, config):  # type: ignore[no-untyped-def]
        pages.append(page.file.src_uri)
        if len(pages) == 3:  # some pages are already written into the staging folder
            raise error
        return output

    monkeypatch.setattr(ExpectationsPlugin, "on_post_page", on_post_page)
    result = build_in_process(project)
    assert result.exit_code != 0
    assert len(pages) == 3
    assert fingerprint(project / "site") == before
    assert leftovers(project) == []


# --- (b) kills --------------------------------------------------------------------------------

# Runs the real CLI after wrapping the build's steps so that it stops (and says so) at one stage.
DRIVER = r"""
import os, sys, time
from pathlib import Path
import mkdocs.commands.build as mkdocs_build_module
import generator.adapters.site_build as sb

STAGE = os.environ["PAUSE_AT"]

def pause(name):
    if name == STAGE:
        print("PAUSED " + name, flush=True)
        time.sleep(600)

def wrap(module, name, before=None, after=None):
    original = getattr(module, name)
    def wrapper(*args, **kwargs):
        if before: pause(before)
        result = original(*args, **kwargs)
        if after: pause(after)
        return result
    setattr(module, name, wrapper)

wrap(sb, "mkdocs_build", before="before-mkdocs", after="after-mkdocs")
wrap(sb, "_exchange", after="after-exchange")
pages = []
original_page = mkdocs_build_module._build_page
def build_page(*args, **kwargs):
    pages.append(1)
    if len(pages) == 3:
        pause("mid-mkdocs")
    return original_page(*args, **kwargs)
mkdocs_build_module._build_page = build_page
if os.environ.get("NO_EXCHANGE"):
    sb._exchange = lambda a, b: False
    original_rename = Path.rename
    def rename(self, target):
        result = original_rename(self, target)
        if Path(target).name.startswith(".site-old-"):
            pause("between-renames")
        return result
    Path.rename = rename

from generator.adapters.cli import main
main(["build"], prog_name="expectations")
"""


def wait_for_line(proc: subprocess.Popen[str], prefix: str, timeout: float = 60) -> str:
    assert proc.stdout is not None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([proc.stdout], [], [], 0.2)
        if ready:
            line = proc.stdout.readline()
            if not line:
                break
            if line.startswith(prefix):
                return line.strip()
    raise AssertionError(f"the build never printed {prefix!r} (exit {proc.poll()})")


def kill_at_stage(project: Path, stage: str, **env: str) -> None:
    with subprocess.Popen(
        [sys.executable, "-c", DRIVER], cwd=project, env={**ENV, "PAUSE_AT": stage, **env},
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    ) as proc:
        try:
            assert wait_for_line(proc, "PAUSED") == f"PAUSED {stage}"
        finally:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def built_versions(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, dict[str, str]]]:
    """A project with version A built, and the fingerprints of the complete sites of versions A and B."""
    root = tmp_path_factory.mktemp("versions")
    out = {}
    for version in "BA":
        project = make_project(root / version, version)
        result = build_in_process(project)
        assert result.exit_code == 0, result.output
        out[version] = fingerprint(project / "site")
    assert out["A"] != out["B"]
    return project, out


@pytest.fixture
def versions(built_versions: tuple[Path, dict[str, dict[str, str]]]) -> dict[str, dict[str, str]]:
    return built_versions[1]


@pytest.fixture
def versioned(tmp_path: Path, built_versions: tuple[Path, dict[str, dict[str, str]]]) -> Path:
    """A copy of the project with version A's site in place."""
    project = tmp_path / "project"
    shutil.copytree(built_versions[0], project, symlinks=True)
    return project


STAGES = [  # (stage, whether the new site is in place when the build stops there)
    ("before-mkdocs", False), ("mid-mkdocs", False), ("after-mkdocs", False), ("after-exchange", True),
]


@pytest.mark.skipif(site_build._renameat2() is None, reason="renameat2 is not available on this system")
def test_killed_at_every_stage_the_site_is_the_old_or_the_new_one(
    versioned: Path, versions: dict[str, dict[str, str]]
) -> None:
    current = "A"
    for stage, swapped in STAGES:
        other = "B" if current == "A" else "A"
        set_policy(versioned, other)
        kill_at_stage(versioned, stage)
        site = fingerprint(versioned / "site")
        assert site == versions[other if swapped else current], stage
        current = other if swapped else current
        # At most the killed build's own staging folder is left; earlier ones went when it took the lock.
        assert len(leftovers(versioned)) <= 1, (stage, leftovers(versioned))
    assert leftovers(versioned) != []  # the last kill left the old site in its staging folder
    final = "B" if current == "A" else "A"
    set_policy(versioned, final)
    assert build_in_process(versioned).exit_code == 0
    assert leftovers(versioned) == []
    assert fingerprint(versioned / "site") == versions[final]


def test_killed_between_the_two_renames_of_the_fallback_the_next_build_restores_the_old_site(
    versioned: Path, versions: dict[str, dict[str, str]]
) -> None:
    """Without renameat2 the swap is two renames; a kill between them leaves no site until the next build."""
    set_policy(versioned, "B")
    kill_at_stage(versioned, "between-renames", NO_EXCHANGE="1")
    assert not (versioned / "site").exists()
    olds = [name for name in leftovers(versioned) if name.startswith(".site-old-")]
    assert len(olds) == 1 and fingerprint(versioned / olds[0]) == versions["A"]
    # The next build puts the old site back before it starts, so even a failing build leaves it.
    (versioned / "site_src" / "broken.md").write_text("[missing](missing.md)\n", encoding="utf-8")
    result = build_in_process(versioned)
    assert result.exit_code == 1
    assert fingerprint(versioned / "site") == versions["A"]
    assert leftovers(versioned) == []
    (versioned / "site_src" / "broken.md").unlink()
    assert build_in_process(versioned).exit_code == 0
    assert fingerprint(versioned / "site") == versions["B"]


def _staging_files(project: Path) -> int:
    count = 0
    for name in leftovers(project):
        if name.startswith(".site-build-"):
            try:
                count += sum(1 for p in (project / name).rglob("*") if p.is_file())
            except FileNotFoundError:  # swapped in or removed while it was being counted
                pass
    return count


def test_killed_at_arbitrary_moments_the_site_is_the_old_or_the_new_one(
    versioned: Path, versions: dict[str, dict[str, str]]
) -> None:
    """SIGKILL to `python -m generator build` after fixed delays, a random one, and while MkDocs writes files."""
    rng = random.Random()
    seed = rng.randrange(1 << 30)
    rng.seed(seed)
    total = len(versions["A"])
    kills: list[tuple[str, float | int]] = [("delay", d) for d in (0.05, 0.2, 0.5, 1.0, rng.uniform(0.0, 2.0))]
    kills += [("staged files", 1), ("staged files", total // 2)]
    current = "A"
    outcomes = []
    for kind, when in kills:
        other = "B" if current == "A" else "A"
        set_policy(versioned, other)
        started = time.monotonic()
        with subprocess.Popen([sys.executable, "-m", "generator", "build"], cwd=versioned, env=ENV,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) as proc:
            if kind == "delay":
                time.sleep(float(when))
            else:
                while proc.poll() is None and _staging_files(versioned) < int(when):
                    time.sleep(0.002)
            proc.kill()
            code = proc.wait()
        site = fingerprint(versioned / "site")
        assert site in (versions[current], versions[other]), (kind, when, seed)
        if site == versions[other]:
            current = other
        outcomes.append((kind, when, round(time.monotonic() - started, 2), code, "new" if site == versions[other] else "old"))
    print("kills (kind, when, seconds, exit code, site):", outcomes, "seed", seed)
    assert build_in_process(versioned).exit_code == 0
    assert leftovers(versioned) == []


def test_a_second_build_waits_for_the_first_and_both_finish(versioned: Path, versions: dict[str, dict[str, str]]) -> None:
    set_policy(versioned, "B")
    fd = os.open(versioned, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # as a running build of this folder holds it
        with subprocess.Popen([sys.executable, "-m", "generator", "build"], cwd=versioned, env=ENV,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) as proc:
            assert proc.stderr is not None
            assert proc.stderr.readline().startswith("Waiting for another build in ")
            time.sleep(0.3)
            assert proc.poll() is None and fingerprint(versioned / "site") == versions["A"]
            fcntl.flock(fd, fcntl.LOCK_UN)
            assert proc.wait(timeout=60) == 0
    finally:
        os.close(fd)
    assert fingerprint(versioned / "site") == versions["B"]
    assert leftovers(versioned) == []


# --- the swap itself --------------------------------------------------------------------------

def _tree(folder: Path, marker: str) -> Path:
    folder.mkdir()
    (folder / "index.html").write_text(marker, encoding="utf-8")
    (folder / "sub").mkdir()
    (folder / "sub" / "page.html").write_text(marker, encoding="utf-8")
    return folder


@pytest.mark.skipif(site_build._renameat2() is None, reason="renameat2 is not available on this system")
def test_swap_exchanges_in_one_step_without_rename(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = _tree(tmp_path / "site", "old")
    staging = _tree(tmp_path / ".site-build-abcdefgh", "new")

    def no_rename(*args: object) -> None:
        raise AssertionError("rename used although renameat2 can exchange")

    monkeypatch.setattr(Path, "rename", no_rename)
    monkeypatch.setattr(os, "rename", no_rename)
    site_build.swap_in(staging, target)
    assert (target / "index.html").read_text(encoding="utf-8") == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


WATCHER = r"""
import os, sys
index, stop = sys.argv[1], sys.argv[2]
checks = missing = 0
print("watching", flush=True)
while not os.path.exists(stop):
    checks += 1
    if not os.path.exists(index):
        missing += 1
print(checks, missing)
"""


@pytest.mark.skipif(site_build._renameat2() is None, reason="renameat2 is not available on this system")
def test_the_target_never_disappears_during_swaps(tmp_path: Path) -> None:
    """Another process looking at site/index.html all through 300 swaps always finds it."""
    target = _tree(tmp_path / "site", "0")
    stop = tmp_path / "stop"
    with subprocess.Popen([sys.executable, "-c", WATCHER, str(target / "index.html"), str(stop)],
                          stdout=subprocess.PIPE, text=True) as watcher:
        assert watcher.stdout is not None and watcher.stdout.readline() == "watching\n"
        for n in range(1, 300):
            site_build.swap_in(_tree(tmp_path / f".site-build-{n:08d}", str(n)), target)
        stop.touch()
        checks, missing = map(int, watcher.stdout.read().split())
    assert watcher.returncode == 0
    assert checks > 100 and missing == 0
    assert (target / "index.html").read_text(encoding="utf-8") == "299"


def test_the_two_rename_fallback_still_swaps(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(site_build, "_exchange", lambda a, b: False)
    target = _tree(tmp_path / "site", "old")
    site_build.swap_in(_tree(tmp_path / ".site-build-abcdefgh", "new"), target)
    assert (target / "index.html").read_text(encoding="utf-8") == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]
    site_build.swap_in(_tree(tmp_path / ".site-build-ijklmnop", "first"), tmp_path / "new-site")
    assert (tmp_path / "new-site" / "index.html").read_text(encoding="utf-8") == "first"


def test_the_new_site_folder_has_the_old_ones_permissions(project: Path) -> None:
    os.chmod(project / "site", 0o755)
    assert build_in_process(project).exit_code == 0
    assert stat.S_IMODE((project / "site").stat().st_mode) == 0o755  # not mkdtemp's 0o700
    shutil.rmtree(project / "site")
    assert build_in_process(project).exit_code == 0
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE((project / "site").stat().st_mode) == 0o777 & ~umask


def test_only_this_targets_leftovers_are_removed_and_without_a_lock_only_old_ones(tmp_path: Path) -> None:
    target = _tree(tmp_path / "site", "site")
    keep = [".site-staff-build-abcdefgh", ".site-builder", ".site-build-toolong123", "site-build-abcdefgh", ".other-old-abcdefgh"]
    for name in keep:
        (tmp_path / name).mkdir()
    young, old = tmp_path / ".site-build-young123", tmp_path / ".site-old-old45678"
    young.mkdir()
    old.mkdir()
    two_days_ago = time.time() - 2 * 86400
    os.utime(old, (two_days_ago, two_days_ago))
    site_build.remove_leftovers(target, locked=False)
    assert young.exists() and not old.exists()
    site_build.remove_leftovers(target, locked=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*keep, "site"])
