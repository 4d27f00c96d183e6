"""Keyed messages: sentences and labels some modules look up by key (``str.format`` patterns).

The English text here is the source; ``catalogue`` returns it translated
through the gettext catalogues of ``generator/locale`` (extracted by the
``extract_message_table`` method of ``generator/locale/babel.cfg``), plus the
live status wording (``status.*``, ``duration.*``) from ``Words``. Most
wording is written in place instead, with ``gettext`` (see the README,
"Languages").
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "list.and": "{items} and {last}",
        "calendar.name": "{business}: closures and special hours",
        "calendar.description": "Days in the next 12 months when {business} is closed or keeps special hours. Times are {zone}.",
        "calendar.closed": "{business} closed: {name}",
        "calendar.hours": "{business} special hours: {name}",
        "calendar.closed.channels": "Closed: {channels}.",
        "calendar.hours.channels": "Open {ranges}, {zone}: {channels}.",
        "calendar.others": "Other channels keep their usual hours.",
        "calendar.holiday": "Public holiday.",
        "calendar.link.title": "Closures and special hours (calendar)",
        "feed.title": "{business}: policy updates",
        "feed.subtitle": "Dated changes to what customers can expect from {business}: channels, hours and reply times.",
        "feed.entry": "What changed on {date}",
        "feed.first": "We published this policy.",
        "feed.link.title": "Policy updates (Atom feed)",
        "badge.promise.time": "replies within {duration}",
        "badge.label": "{label}: {value}",
        "calendar.link": "Add our closures to your calendar",
        "calendar.link.note": "An iCalendar feed of the closures and special hours of the next 12 months: subscribe to its address and your calendar app keeps it up to date.",
        "feed.link": "Follow these updates in a feed reader",
        "feed.link.note": "An Atom feed of the changes listed on this page.",
        "badges.title": "Badges for your website and e-mail signature",
        "badges.intro": "Each answered channel has a badge with its reply promise, rebuilt with this site so it stays current. Copy the HTML or the Markdown below.",
        "badges.site_url": "The addresses below start from this site's address: put it in front of them.",
        "badges.html": "HTML",
        "badges.markdown": "Markdown",
        "site.description": "How to reach {name}, when each channel is staffed, and how fast we reply.",
        "site.name.staff": "{name} staff playbook",
        "site.name.several": "Our locations",
    }
}

FALLBACK = "en"


def catalogue(locale: str) -> dict[str, str]:
    """The messages in ``locale``'s language (English where it has no catalogue), by key."""
    from generator.render.i18n import keyed_messages

    return keyed_messages(locale)
