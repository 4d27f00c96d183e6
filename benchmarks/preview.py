"""Preview latency: from saving a file to the rebuilt page being served by a running dev server."""

from __future__ import annotations

import signal
import socket
import subprocess
import threading
import time
import urllib.request
from pathlib import Path

POLL = 0.02  # seconds between two requests for the page


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - our own local server
            return response.read().decode("utf-8", "replace")
    except OSError:
        return ""


class Server:
    """A dev server started by us (``cmd`` must take the address as its last argument)."""

    def __init__(self, cmd: list[str], cwd: Path, env: dict[str, str], log: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.log = log
        with open(log, "wb") as fh:
            self.proc = subprocess.Popen([*cmd, f"127.0.0.1:{self.port}"], cwd=cwd, env=env, stdout=fh,
                                         stderr=subprocess.STDOUT)

    def wait_for(self, text: str, timeout: float = 120.0) -> float:
        """Poll the page until it contains ``text``; seconds waited."""
        start = time.perf_counter()
        while time.perf_counter() - start < timeout:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the server stopped:\n{self.log.read_text()[-3000:]}")
            if text in fetch(self.url):
                return time.perf_counter() - start
            time.sleep(POLL)
        raise RuntimeError(f"{text!r} did not appear at {self.url} within {timeout:.0f} s:\n{self.log.read_text()[-3000:]}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


DETECTED = "Detected file changes"  # what MkDocs' dev server logs when its watcher sees a change


def edit_latency(server: Server, path: Path, original: str, old: str, new: str, shown: str) -> tuple[float, float]:
    """Save ``path`` with ``old`` replaced by ``new`` (one write, as an editor saves).

    Returns the seconds until ``shown`` is served, and until the server logged
    that it saw the change (read from its log by a thread every 5 ms, since a
    request for the page waits while the server rebuilds).
    """
    text = original.replace(old, new)
    assert text != original, f"{old!r} is not in {path}"
    seen_before = server.log.read_text(errors="replace").count(DETECTED)
    detected: list[float] = []
    done = threading.Event()

    def watch_log() -> None:
        while not done.is_set():
            if server.log.read_text(errors="replace").count(DETECTED) > seen_before:
                detected.append(time.perf_counter())
                return
            time.sleep(0.005)

    watcher = threading.Thread(target=watch_log, daemon=True)
    start = time.perf_counter()
    watcher.start()
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)
    server.wait_for(shown, timeout=60)
    served = time.perf_counter()
    watcher.join(timeout=1)
    done.set()
    if not detected:
        raise RuntimeError(f"served {shown!r} but found no {DETECTED!r} in {server.log}")
    return served - start, detected[0] - start
