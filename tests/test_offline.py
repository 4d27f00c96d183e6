"""Offline: the build needs no network, and the built pages fetch nothing from other hosts.

The build runs in a new network namespace (`unshare -n`, util-linux; needs
root or user namespaces), where not even the loopback interface is up, and
must give the same bytes as a normal build. Then every built file of both
sites is scanned for URLs a browser would fetch by itself (src, srcset,
<link href>, url() and @import in CSS, literal URLs in scripts): none may
point to another host. Links in <a href> (the business's own channels) are
navigation, not fetches, and are allowed. tests/browser/ checks the same at
run time: no request leaves the local server.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.adapters.cli import main

from tests.conftest import BUILT_AT, CONFIGS, init, tree


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = init(tmp_path_factory.mktemp("online") / "project")
    for audience, (config, _) in CONFIGS.items():
        result = CliRunner().invoke(main, ["build", "--audience", audience, "-f", str(project / config)],
                                    env={"SOURCE_DATE_EPOCH": BUILT_AT, "GITHUB_ACTIONS": ""})
        assert result.exit_code == 0, result.output
    return project


def _unshare() -> str:
    path = shutil.which("unshare")
    if path is None:
        pytest.skip("unshare (util-linux) is not installed, so the build cannot be cut off from the network")
    probe = subprocess.run([path, "-n", "true"], capture_output=True, text=True)
    if probe.returncode != 0:
        pytest.skip(f"'unshare -n' is not permitted here (needs root or user namespaces): {probe.stderr.strip()}")
    return path


NO_NETWORK = """
import socket
for address in (("192.0.2.1", 80), ("127.0.0.1", 9)):
    try:
        socket.create_connection(address, timeout=2).close()
    except OSError as exc:
        print(type(exc).__name__, exc.errno)
    else:
        print("connected")
"""


def test_the_namespace_really_has_no_network() -> None:
    unshare = _unshare()
    result = subprocess.run([unshare, "-n", sys.executable, "-c", NO_NETWORK], capture_output=True, text=True, check=True)
    assert "connected" not in result.stdout
    assert len(result.stdout.splitlines()) == 2


@pytest.mark.parametrize("audience", ["public", "staff"])
def test_build_without_network_succeeds_with_the_same_bytes(reference: Path, tmp_path: Path, audience: str) -> None:
    unshare = _unshare()
    project = init(tmp_path / "project")
    config, folder = CONFIGS[audience]
    env = {**os.environ, "SOURCE_DATE_EPOCH": BUILT_AT, "GITHUB_ACTIONS": ""}
    result = subprocess.run(
        [unshare, "-n", sys.executable, "-m", "generator", "build", "--audience", audience, "-f", config],
        cwd=project, env=env, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stderr
    offline, online = tree(project / folder), tree(reference / folder)
    assert sorted(offline) == sorted(online)
    assert [name for name in offline if offline[name] != online[name]] == []


# --- what the pages fetch ----------------------------------------------------------------------

ABSOLUTE = re.compile(r"^\s*(?:[a-z][a-z0-9+.\-]*:)?//", re.I)
CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]*)\1\s*\)|@import\s+(['"])([^'"]+)\3""", re.I)
FETCHED_BY_ELEMENT = {"src", "srcset", "poster", "data", "background", "xlink:href", "imagesrcset", "manifest"}


def _offsite_css(text: str) -> list[str]:
    found = []
    for match in CSS_URL.finditer(text):
        target = match.group(2) if match.group(2) is not None else match.group(4)
        if target and ABSOLUTE.match(target):
            found.append(target)
    return found


class _Fetches(HTMLParser):
    """Collects URLs that loading the page fetches on its own."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.urls: list[tuple[str, str]] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): v or "" for k, v in attrs}
        for key, value in values.items():
            if key in FETCHED_BY_ELEMENT:
                for part in value.split(","):
                    self.urls.append((f"<{tag} {key}>", part.strip().split(" ")[0]))
            if key == "style":
                self.urls += [(f"<{tag} style>", u) for u in _offsite_css(value)]
        if tag in ("link", "use", "image", "base") and "href" in values:
            self.urls.append((f"<{tag} href>", values["href"]))
        if tag == "meta" and values.get("http-equiv", "").lower() == "refresh":
            self.urls.append(("<meta refresh>", values.get("content", "").partition("url=")[2]))
        self._in_style = tag == "style"

    handle_startendtag = handle_starttag

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.urls += [("<style>", u) for u in _offsite_css(data)]


JS_URL = re.compile(r"""["'`](https?://[a-z0-9.\-]+|//[a-z0-9\-]+\.[a-z0-9.\-]+)""", re.I)
# Material's bundle names these hosts, and fetches from them only in cases this site never has.
MATERIAL_CONDITIONAL = {
    "https://unpkg.com": "mermaid diagrams, or a ResizeObserver polyfill for browsers without it",
    "https://api.github.com": "repository facts, only with repo_url set",
}


def _js_hosts(text: str) -> set[str]:
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)  # licence headers and comments
    text = re.sub(r"(?m)^\s*//.*$", "", text)
    return {m.group(1).lower() for m in JS_URL.finditer(text)}


@pytest.mark.parametrize("audience", ["public", "staff"])
def test_no_page_fetches_anything_from_another_host(reference: Path, audience: str) -> None:
    site = reference / CONFIGS[audience][1]
    fetched: list[tuple[str, str, str]] = []
    js_hosts: dict[str, set[str]] = {}
    scanned = svgs = 0
    for path in sorted(site.rglob("*")):
        if not path.is_file():
            continue
        name = path.relative_to(site).as_posix()
        if path.suffix == ".html":
            parser = _Fetches()
            parser.feed(path.read_text(encoding="utf-8"))
            parser.close()
            fetched += [(name, where, url) for where, url in parser.urls]
            text = path.read_text(encoding="utf-8")
            assert "fonts.googleapis" not in text and "fonts.gstatic" not in text, name
            assert 'class="mermaid' not in text and 'data-md-component="source"' not in text, name
            scanned += 1
        elif path.suffix == ".css":
            fetched += [(name, "css", url) for url in _offsite_css(path.read_text(encoding="utf-8"))]
            scanned += 1
        elif path.suffix == ".svg":  # badges: an image that loads anything would leak its viewers
            parser = _Fetches()
            parser.feed(path.read_text(encoding="utf-8"))
            parser.close()
            fetched += [(name, where, url) for where, url in parser.urls]
            assert "url(" not in path.read_text(encoding="utf-8"), name
            svgs += 1
            scanned += 1
        elif path.suffix == ".js":
            hosts = _js_hosts(path.read_text(encoding="utf-8", errors="replace"))
            if hosts:
                js_hosts[name] = hosts
            scanned += 1
    assert scanned > 20 and svgs >= 2
    assert fetched, "the scan found no fetched URL at all (stylesheets, scripts): it is not looking"
    assert [(name, where, url) for name, where, url in fetched if ABSOLUTE.match(url)] == []
    # The theme's scripts, at the root and in each language's folder (fr-CA/assets/javascripts/).
    own_js = {name: hosts for name, hosts in js_hosts.items() if "/assets/javascripts/" not in "/" + name}
    assert own_js == {}, "the site's own scripts name another host"
    material = set().union(*js_hosts.values()) if js_hosts else set()
    assert material <= set(MATERIAL_CONDITIONAL), material - set(MATERIAL_CONDITIONAL)
