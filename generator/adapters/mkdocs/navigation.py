"""Per-location navigation for sites with several policies.

MkDocs renders the whole navigation into every page. With one section per
location, every page would list every page of every location, so a site's size
would grow with the square of its locations. Instead each page gets a
navigation of the site's shared entries (the locations index, the site's own
pages) and its own location's sections only.
"""

from __future__ import annotations

from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page


def _pages(item: object) -> list[Page]:
    if isinstance(item, Page):
        return [item]
    if isinstance(item, Section):
        return [page for child in item.children for page in _pages(child)]
    return []


def _location_of(item: object, prefixes: tuple[str, ...]) -> str | None:
    """The location a top-level entry belongs to: all its pages live in that location's folder."""
    pages = _pages(item)
    for prefix in prefixes:
        if pages and all(page.file.src_uri.startswith(prefix) for page in pages):
            return prefix
    return None


class LocationNavigation:
    """One small navigation per location, built once per build from the site's full navigation."""

    def __init__(self, nav: Navigation, sections: list[str]) -> None:
        self._prefixes = tuple(f"{section}/" for section in sections)
        shared: list[object] = []
        own: dict[str, list[object]] = {prefix: [] for prefix in self._prefixes}
        for item in nav.items:
            prefix = _location_of(item, self._prefixes)
            (own[prefix] if prefix else shared).append(item)
        self.shared = Navigation(shared, nav.pages)
        """The site's shared entries only: for pages outside every location and static templates."""
        self._by_location = {prefix: Navigation(shared + items, nav.pages) for prefix, items in own.items()}

    def for_page(self, page: Page) -> Navigation:
        folder, _, rest = page.file.src_uri.partition("/")
        return self._by_location.get(f"{folder}/", self.shared) if rest else self.shared
