"""Page weight: what a browser downloads to show a page of a built site, gzip -9 compressed.

Found by reading the page: <link rel=stylesheet>, <link rel=icon>, <script src>,
<img src>, url(...) in those stylesheets (fonts, images), and the .json files
the page's scripts name (resolved against the script, as ``new URL(x,
script.src)`` does, else against the site root, as the theme's search does).
Only files present in the site are counted; anything on another host would be
listed as third-party.
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

FONT_SUFFIXES = {".woff", ".woff2", ".ttf", ".otf", ".eot"}
COMPRESSED_BY_SERVER = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".ttf", ".otf", ".eot"}
CATEGORIES = ["HTML", "CSS", "JavaScript", "data (JSON)", "fonts", "images", "third-party"]


@dataclass(frozen=True)
class Resource:
    path: str  # relative to the site root
    category: str
    raw: int
    sent: int  # gzip -9 size for text formats; raw size for formats servers send as they are (PNG, WOFF2)


class _Refs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.refs: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        rel = a.get("rel", "").lower().split()
        if tag == "link" and "stylesheet" in rel and a.get("href"):
            self.refs.append(("CSS", a["href"]))
        elif tag == "link" and "icon" in rel and a.get("href"):
            self.refs.append(("images", a["href"]))
        elif tag == "script" and a.get("src"):
            self.refs.append(("JavaScript", a["src"]))
        elif tag == "img" and a.get("src"):
            self.refs.append(("images", a["src"]))


def _local(base: PurePosixPath, url: str) -> str | None:
    """The site-relative path ``url`` points at from folder ``base``, or None for another host or data: URL."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc:
        return None
    path = PurePosixPath(parts.path) if parts.path.startswith("/") else base / parts.path
    resolved: list[str] = []
    for part in path.parts:
        if part == "..":
            resolved = resolved[:-1]
        elif part not in (".", "/"):
            resolved.append(part)
    return "/".join(resolved)


def gzip_size(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=9, mtime=0))


def page_resources(site: Path, page: str = "index.html") -> list[Resource]:
    found: dict[str, str] = {page: "HTML"}
    third_party: list[str] = []
    parser = _Refs()
    parser.feed((site / page).read_text(encoding="utf-8"))
    page_dir = PurePosixPath(page).parent
    for category, url in parser.refs:
        path = _local(page_dir, url)
        if path is None:
            if not url.startswith("data:"):
                third_party.append(url)
            continue
        found.setdefault(path, category)
        text = (site / path).read_text(encoding="utf-8", errors="replace") if (site / path).is_file() else ""
        if category == "CSS":
            for ref in re.findall(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)", text):
                if ref.startswith("data:"):
                    continue
                sub = _local(PurePosixPath(path).parent, ref)
                if sub is None:
                    third_party.append(ref)
                elif (site / sub).is_file():
                    found.setdefault(sub, "fonts" if PurePosixPath(sub).suffix in FONT_SUFFIXES else "images")
        elif category == "JavaScript":
            for ref in re.findall(r"[\"'`]([^\"'`\s]+\.json)[\"'`]", text):
                for base in (PurePosixPath(path).parent, PurePosixPath(".")):
                    sub = _local(base, ref)
                    if sub is not None and (site / sub).is_file():
                        found.setdefault(sub, "data (JSON)")
                        break
    resources = []
    for path, category in found.items():
        data = (site / path).read_bytes()
        sent = gzip_size(data) if PurePosixPath(path).suffix in COMPRESSED_BY_SERVER else len(data)
        resources.append(Resource(path, category, len(data), sent))
    resources += [Resource(url, "third-party", 0, 0) for url in third_party]
    return resources


def totals(resources: list[Resource]) -> dict[str, int]:
    out = {c: sum(r.sent for r in resources if r.category == c) for c in CATEGORIES}
    out["total"] = sum(out.values())
    return out
