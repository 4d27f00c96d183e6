"""Where the files beyond the site (calendar, feed, badges, embed, schema) are, for links from the pages."""

from __future__ import annotations

from dataclasses import field

from markupsafe import Markup

from generator.frozen import frozen
from generator.derive.public import PublicChannel
from generator.render.badges import promise_value, snippets
from generator.render.urls import absolute, page_url, relative
from generator.render.words import Words
from generator.render.xml_text import quoteattr

CALENDAR_TYPE = "text/calendar"
FEED_TYPE = "application/atom+xml"


@frozen
class Reach:
    """The reach files of one section of a site, by path from the site root."""

    calendar: str
    feed: str | None
    badges: dict[str, str] = field(default_factory=dict)
    """Channel id to badge path, for answered channels."""
    embed: str = "assets/embed.js"
    site_url: str | None = None
    directory_urls: bool = True

    def link(self, target: str, page_path: str) -> Markup:
        """``target`` relative to a page's source file (``halifax/hours.md``), for Markdown links that the engine rewrites.

        Targets are generated paths (slugs and fixed names), so the link needs no escaping.
        """
        return Markup(relative(target, page_path))

    def badge_text(self, words: Words, channel: PublicChannel) -> str:
        """A badge's full text, ``Email: replies within 1 day``: its accessible name and its alt text."""
        return words("badge.label", label=channel.name, value=promise_value(words, channel))

    def badge_snippets(self, channel_id: str, alt: str) -> tuple[str, str]:
        """The HTML and the Markdown that show a channel's badge elsewhere."""
        return snippets(alt, self.public_url(self.badges[channel_id]))

    def public_url(self, target: str) -> str:
        """The address to give out (a badge to copy): absolute with ``site_url``, else the path from the site root."""
        return absolute(self.site_url, target) if self.site_url else target

    def head(self, page_path: str, calendar_title: str, feed_title: str) -> str:
        """``<link rel="alternate">`` elements for a page's head, relative to the page as it is served."""
        url = page_url(page_path, self.directory_urls)
        links = [(CALENDAR_TYPE, calendar_title, self.calendar)]
        if self.feed:
            links.append((FEED_TYPE, feed_title, self.feed))
        return "\n".join(
            f'<link rel="alternate" type="{kind}" title={quoteattr(title)} href={quoteattr(relative(target, url))}>'
            for kind, title, target in links
        )
