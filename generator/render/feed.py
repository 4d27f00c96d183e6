"""``updates.xml``: the customer-facing policy updates as an Atom feed (RFC 4287).

Entries are dated by their commits and named by ids derived from the policy
file and the commit time, so they stay the same across builds; the feed's
``updated`` is its newest entry, so the same history gives the same bytes.
Links are absolute under the site's address when it is known (``site_url``),
else relative to the feed itself, which RFC 4287 allows (readers resolve them
against the feed's URL); the ids never depend on where the site is served.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from generator.derive.public import PublicPolicy
from generator.render.data import iso_utc
from generator.render.environment import macro
from generator.render.words import Words
from generator.render.xml_text import escape, quoteattr

if TYPE_CHECKING:  # the updates are derived only for a policy with git history
    from generator.derive.changes import Update

FEED_FILE = "updates.xml"
ATOM = "http://www.w3.org/2005/Atom"


def feed_id(policy: PublicPolicy, scope: str) -> str:
    """The feed's id: from the business's website (or name) and the policy file, never from the site's address."""
    key = f"service-expectations:updates:{policy.business.website or policy.business.name}:{scope}"
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, key)}"


def entry_id(scope: str, update: Update) -> str:
    """An entry's id: the policy file and the commit time of the change."""
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'service-expectations:update:{scope}:{update.timestamp}')}"


def _html(update: Update, words: Words) -> str:
    if update.first:
        return f"<p>{escape(words('feed.first'))}</p>"
    import markdown  # only a site with policy updates has a feed (about 20 ms to import)

    text = str(macro("public/_changes.md.j2", "change_list")(update.changes, words))
    return markdown.markdown(text)


def updates_atom(
    policy: PublicPolicy,
    updates: Sequence[Update],
    scope: str,
    feed_href: str,
    page_href: str,
    anchors: Sequence[str],
) -> str:
    """The feed as XML text. ``feed_href`` and ``page_href`` locate the feed and the updates page
    (absolute, or relative to the feed); ``anchors`` are the page's anchor per update."""
    b = policy.business
    words = Words(b.locale, b.timezone)

    def stamp(update: Update) -> str:
        return iso_utc(datetime.fromtimestamp(update.timestamp, timezone.utc))

    newest = max(updates, key=lambda u: u.timestamp)
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f"<feed xmlns={quoteattr(ATOM)} xml:lang={quoteattr(b.locale)}>",
        f"  <id>{feed_id(policy, scope)}</id>",
        f"  <title>{escape(words('feed.title', business=b.name))}</title>",
        f"  <subtitle>{escape(words('feed.subtitle', business=b.name))}</subtitle>",
        f"  <updated>{stamp(newest)}</updated>",
        f"  <author><name>{escape(b.name)}</name>{f'<uri>{escape(b.website)}</uri>' if b.website else ''}</author>",
        f'  <link rel="self" type="application/atom+xml" href={quoteattr(feed_href)}/>',
        f'  <link rel="alternate" type="text/html" href={quoteattr(page_href)}/>',
        "  <generator>service-expectations</generator>",
    ]
    for update, anchor in zip(updates, anchors):
        lines += [
            "  <entry>",
            f"    <id>{entry_id(scope, update)}</id>",
            f"    <title>{escape(words('feed.entry', date=words.long_date(update.date)))}</title>",
            f"    <updated>{stamp(update)}</updated>",
            f'    <link rel="alternate" type="text/html" href={quoteattr(page_href + "#" + anchor)}/>',
            f'    <content type="html">{escape(_html(update, words))}</content>',
            "  </entry>",
        ]
    lines.append("</feed>")
    return "\n".join(lines) + "\n"
