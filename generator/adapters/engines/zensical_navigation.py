"""Chains built with Zensical: each location's pages keep that location's navigation only.

Zensical runs no plugins, so the navigation it renders into every page lists
every location; after the build, the sidebar entries whose pages all belong
to another location are cut from each page, by the same rule the MkDocs
plugin applies before rendering (``generator/adapters/mkdocs/navigation.py``).
"""

from __future__ import annotations

import html
import posixpath
import re
from urllib.parse import urlsplit

_PRIMARY_LIST = '<ul class="md-nav__list" data-md-scrollfix>'
_LIST_TAG = re.compile(r"<(/?)(li|ul)\b[^>]*>")
_HREF = re.compile(r'href="([^"]*)"')


def _top_level_items(text: str, start: int) -> tuple[list[tuple[int, int]], int]:
    """The (start, end) of each item of the list that begins at ``start`` (just after its ``<ul>``), and the list's end."""
    items: list[tuple[int, int]] = []
    depth, begin = 0, start
    for tag in _LIST_TAG.finditer(text, start):
        closing, kind = tag.group(1) == "/", tag.group(2)
        if not closing:
            if depth == 0:
                begin = tag.start()
            depth += 1
        elif depth == 0:  # the list's own </ul>
            return items, tag.start()
        else:
            depth -= 1
            if depth == 0 and kind == "li":
                items.append((begin, tag.end()))
    return items, len(text)


def _linked_location(item: str, here: str, sections: frozenset[str], root_path: str) -> str | None:
    """The location an entry belongs to: every page it links to is in that location's folder; None otherwise."""
    found = set()
    for href in _HREF.findall(html.unescape(item)):
        if href.startswith("#"):
            continue
        parts = urlsplit(href)
        if parts.scheme or parts.netloc:
            if root_path == "/" or not href.startswith(root_path):
                return None
            path = parts.path[len(root_path):]
        elif parts.path.startswith("/"):
            path = parts.path[len(root_path):] if parts.path.startswith(root_path) else parts.path.lstrip("/")
        else:
            path = posixpath.normpath(posixpath.join(posixpath.dirname(here), parts.path))
        folder = path.lstrip("/").split("/", 1)[0]
        found.add(folder if folder in sections else None)
    return found.pop() if len(found) == 1 else None


def location_navigation(text: str, name: str, sections: frozenset[str], root_path: str = "/") -> str:
    """The page with the primary navigation's entries of other locations left out (all of them outside a location).

    What generator/adapters/mkdocs/navigation.py gives each page in MkDocs: the
    site's shared entries (the locations index, the site's own pages) and the
    page's own location's sections, so a page's size does not grow with the
    number of locations. An entry belongs to a location when every page it
    links to is in that location's folder.
    """
    start = text.find("md-nav--primary")
    start = text.find(_PRIMARY_LIST, start) if start >= 0 else -1
    if start < 0:
        return text
    start += len(_PRIMARY_LIST)
    folder, slash, _ = name.partition("/")
    own = folder if slash and folder in sections else None
    items, _ = _top_level_items(text, start)
    out, last = [], 0
    for begin, end in items:
        location = _linked_location(text[begin:end], name, sections, root_path)
        if location is not None and location != own:
            out.append(text[last:begin])
            last = end
            while last < len(text) and text[last].isspace():  # and the template's blank lines after it
                last += 1
    return "".join(out) + text[last:]


__all__ = ["location_navigation"]
