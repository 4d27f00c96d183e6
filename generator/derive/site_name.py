"""The site's name and description, from the business names of its policies.

A site configuration says ``site_name: auto`` (and ``site_description: auto``)
to take them from the policies; any other value is the user's own and is kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from generator.frozen import frozen
from generator.messages import catalogue

if TYPE_CHECKING:
    from generator.derive.public import PublicBusiness

AUTO = "auto"
"""The configuration value that asks for the name or description from the policies."""

# Separators left dangling when location names share their first words: "Corner Shoes - Downtown".
_TRAILING = re.compile(r"[\s\-\u2013\u2014,:;|/\u00b7(]+$")


def is_auto(value: object) -> bool:
    """Whether a configured site name or description asks to be filled in (``auto``, or not given)."""
    return value is None or (isinstance(value, str) and value.strip().lower() in (AUTO, ""))


def _shared_name(names: Sequence[str]) -> str:
    """The name several locations share: the same name, or their common leading words."""
    if len(set(names)) == 1:
        return names[0]
    split = [name.split() for name in names]
    common: list[str] = []
    for words in zip(*split):
        if len(set(words)) != 1:
            break
        common.append(words[0])
    return _TRAILING.sub("", " ".join(common))


@frozen
class SiteIdentity:
    """What a site is called and how it describes itself when the configuration leaves it to the policies."""

    name: str
    description: str


def site_identity(businesses: Sequence[PublicBusiness], audience: str = "public") -> SiteIdentity:
    """The automatic site name and description for a site built from these businesses' policies.

    One policy: the business's name. Several: the name they share (the same
    name, or their common leading words, e.g. "Corner Shoe Co." for
    "Corner Shoe Co. Downtown" and "Corner Shoe Co. Airport"); without one,
    up to three names listed, else a generic name. The staff site is that
    name's staff playbook. Wording comes from the first policy's language.
    """
    m = catalogue(businesses[0].locale)
    names = [b.name for b in businesses]
    name = _shared_name(names)
    if not name:
        if len(names) <= 3:
            name = m["list.and"].format(items=", ".join(names[:-1]), last=names[-1])
        else:
            name = m["site.name.several"]
    description = m["site.description"].format(name=name)
    if audience == "staff":
        name = m["site.name.staff"].format(name=name)
    return SiteIdentity(name, description)
