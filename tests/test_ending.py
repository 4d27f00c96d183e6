"""How the ``expectations`` command ends: exit handlers run, output complete, the status kept, threads waited for."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.adapters.ending import exit_status


def run(script: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, check=False)


@pytest.mark.parametrize(("code", "status"), [(None, 0), (0, 0), (1, 1), (2, 2), (256 + 3, 3)])
def test_exit_status_is_the_interpreters(code: object, status: int) -> None:
    assert exit_status(code) == status


def test_a_message_code_is_printed_with_status_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert exit_status("stopped: no policy") == 1
    assert capsys.readouterr().err == "stopped: no policy\n"


def test_exit_handlers_run_and_output_is_complete(tmp_path: Path) -> None:
    script = (
        "import atexit, sys, tempfile, weakref\n"
        "from generator.adapters.ending import leave\n"
        "atexit.register(lambda: open('handler-ran', 'w').close())\n"
        "folder = tempfile.TemporaryDirectory(dir='.')\n"  # removed by its weakref.finalize at exit
        "open(folder.name + '/x', 'w').close()\n"
        "sys.stdout.write('x' * 100_000)\n"  # buffered, no newline
        "sys.stderr.write('last words')\n"
        "leave(3)\n"
    )
    result = run(script, tmp_path)
    assert result.returncode == 3
    assert result.stdout == "x" * 100_000 and result.stderr == "last words"
    assert (tmp_path / "handler-ran").is_file()
    assert [p.name for p in tmp_path.iterdir()] == ["handler-ran"]  # the temporary folder went too


def test_a_running_thread_is_waited_for(tmp_path: Path) -> None:
    script = (
        "import threading, time\n"
        "from generator.adapters.ending import leave\n"
        "def work():\n"
        "    time.sleep(0.3)\n"
        "    open('thread-done', 'w').close()\n"
        "threading.Thread(target=work).start()\n"
        "leave(0)\n"
    )
    result = run(script, tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "thread-done").is_file()


def test_the_command_ends_with_its_status_and_output(tmp_path: Path) -> None:
    version = run("from generator.adapters.cli import run\nimport sys\nsys.argv = ['expectations', '--version']\nrun()\n",
                  tmp_path)
    assert (version.returncode, version.stdout) == (0, "expectations, version 0.1.0\n")
    (tmp_path / "policies").mkdir()
    (tmp_path / "policies" / "shop.yaml").write_text("policy: 1\nbusiness: [not, a, mapping]\n", encoding="utf-8")
    check = subprocess.run([sys.executable, "-m", "generator", "check"], cwd=tmp_path, capture_output=True, text=True,
                           check=False)
    assert check.returncode == 1
    assert check.stdout == (
        "policies/shop.yaml:1:1: error: (top level): missing required key 'channels'\n"
        "policies/shop.yaml:2:11: error: business: expected a mapping of keys, got a list\n"
    )
    assert check.stderr == "2 problems in 1 file\n"
