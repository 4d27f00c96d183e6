"""`expectations serve` rebuilds when a policy file is saved."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from click.testing import CliRunner

from generator.adapters.cli import main


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - local test server
        return response.read().decode("utf-8")


def wait_for(predicate, timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if predicate():
                return True
        except OSError:
            pass
        time.sleep(0.2)
    return False


def test_serve_reloads_after_a_policy_edit(tmp_path: Path) -> None:
    assert CliRunner().invoke(main, ["init", "--example", str(tmp_path / "demo")]).exit_code == 0
    project = tmp_path / "demo"
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    log = tmp_path / "serve.log"
    with open(log, "wb") as log_file:
        proc = subprocess.Popen(
            [sys.executable, "-m", "generator", "serve", "-a", f"127.0.0.1:{port}"],
            cwd=project,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
    try:
        assert wait_for(lambda: "Front desk phone" in fetch(url)), log.read_text()
        policy = project / "policies" / "harbor-view.yaml"
        policy.write_text(policy.read_text(encoding="utf-8").replace("name: Front desk phone", "name: Night porter"))
        assert wait_for(lambda: "Night porter" in fetch(url)), log.read_text()
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
