"""Site-relative URLs between generated files, so links work wherever the site is deployed (a subfolder too)."""

from __future__ import annotations

import posixpath


def page_url(path: str, directory_urls: bool = True) -> str:
    """The URL of a page (``halifax/hours.md``) from the site root, as MkDocs serves it.

    ``halifax/hours/`` with directory URLs (the default), ``halifax/hours.html`` without;
    an index page is its folder (``halifax/``, or the empty string at the root).
    """
    stem = path[: -len(".md")] if path.endswith(".md") else path
    folder, name = posixpath.split(stem)
    if name == "index":
        return f"{folder}/" if folder else ""
    if not directory_urls:
        return f"{stem}.html"
    return f"{stem}/"


def relative(target: str, from_url: str) -> str:
    """``target`` (a path from the site root) relative to the page or file at ``from_url``."""
    base = from_url if from_url.endswith("/") or not from_url else posixpath.dirname(from_url) + "/"
    out = posixpath.relpath(target or ".", base.rstrip("/") or ".")
    if target.endswith("/") and not out.endswith("/"):
        out = "./" if out == "." else out + "/"
    return out


def absolute(site_url: str, target: str) -> str:
    """``target`` (a path from the site root) under the site's public address."""
    return site_url.rstrip("/") + "/" + target
