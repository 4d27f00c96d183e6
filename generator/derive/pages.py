"""The page plan: which pages a site has, with their titles and descriptions, as data."""

from __future__ import annotations


from generator.frozen import frozen
from generator.derive.public import PublicPolicy
from generator.render.i18n import translations


@frozen
class PagePlan:
    """One generated page: where it goes, which template writes it, and its head metadata."""

    path: str
    template: str
    title: str
    description: str
    section: str = ""
    """The location's slug on a site with several policies; empty on a single-policy site."""
    searchable: bool = True
    """Whether the site search indexes the page (see ``LOCATION_SEARCH_PAGES``)."""


LOCATION_SEARCH_PAGES = ("index", "help", "faq")
"""On a site with several locations, the pages of each location that the search indexes.

The hours, accounts and updates pages repeat facts the location's home page
already shows (hours in words, handles), so leaving them out keeps the search
index a visitor downloads to about three pages per location.
"""


def section_prefix(section: str) -> str:
    return f"{section}/" if section else ""


PUBLIC_PAGES = ("index", "help", "hours", "faq", "accounts", "updates")


def _titles(language: str) -> dict[str, tuple[str, str]]:
    """Each page's title and description (``%(business)s`` placeholder) in ``language``."""
    _ = translations(language).gettext
    return {
        "index": (
            _("How to reach us"),
            _("How to reach %(business)s: which channels are answered, when they are staffed and how fast we reply."),
        ),
        "help": (_("Where to get help"), _("Which %(business)s channel to use for each kind of problem, urgent ones first.")),
        "hours": (
            _("Hours and closures"),
            _("When each %(business)s channel is staffed, week by week, and the closures coming up."),
        ),
        "faq": (
            _("Frequently asked questions"),
            _("Answers to common questions about contacting %(business)s: channels, hours, reply times and languages."),
        ),
        "accounts": (_("Official accounts"), _("The accounts, addresses and numbers that really belong to %(business)s.")),
        "updates": (
            _("Policy updates"),
            _("Dated changes to what customers can expect from %(business)s: channels, hours and reply times."),
        ),
        "playbook": (
            _("Staff playbook"),
            _("How %(business)s staff handle every contact: the sequence, follow-up, hand-offs and tone."),
        ),
        "channels": (
            _("Channel procedures"),
            _("Owner, internal target, hours and handling steps for each %(business)s channel."),
        ),
        "escalation": (_("Escalation"), _("Who handles which %(business)s escalation, and how fast.")),
        "replies": (
            _("Replies ready to paste"),
            _("Canned replies and out-of-hours auto-replies for each %(business)s channel."),
        ),
        "reviews": (_("Responding to reviews"), _("How %(business)s staff decide whether and how to answer a review.")),
        "on-duty": (
            _("Who is on now"),
            _("Which %(business)s channels are staffed now, by whom, and their weekly hours."),
        ),
        "incident-log": (_("Incident log"), _("The %(business)s incident log template and how to keep it.")),
        "promises": (
            _("Promises kept"),
            _("How often %(business)s kept its reply promises, per channel and week, and the messages it missed."),
        ),
    }


def public_pages(
    policy: PublicPolicy, section: str = "", has_updates: bool = False, language: str | None = None
) -> list[PagePlan]:
    """The public pages of one policy, titled in ``language`` (default: the policy's locale)."""
    titles = _titles(language or policy.business.locale)
    business = {"business": policy.business.name}
    pages = []
    for name in PUBLIC_PAGES:
        if name == "help" and not policy.help_topics:
            continue
        if name == "hours" and not policy.answered:
            continue
        if name == "updates" and not has_updates:
            continue
        pages.append(
            PagePlan(
                path=f"{section_prefix(section)}{name}.md",
                template=f"public/{name}.md.j2",
                title=titles[name][0],
                description=titles[name][1] % business,
                section=section,
                searchable=not section or name in LOCATION_SEARCH_PAGES,
            )
        )
    return pages


STAFF_PAGES = ("playbook", "channels", "on-duty", "escalation", "replies", "reviews", "incident-log", "promises")
STAFF_FOLDER = "playbook"


def staff_pages(
    policy: PublicPolicy, section: str = "", language: str | None = None, promises: bool = False
) -> list[PagePlan]:
    """The playbook pages, in ``playbook/``; the staff site has the public pages too.

    ``promises``: the site is built with a conversation log, so it has the Promises kept page.
    """
    titles = _titles(language or policy.business.locale)
    business = {"business": policy.business.name}
    return [
        PagePlan(
            path=f"{section_prefix(section)}{STAFF_FOLDER}/{'index' if name == 'playbook' else name}.md",
            template=f"staff/{name}.md.j2",
            title=titles[name][0],
            description=titles[name][1] % business,
            section=section,
        )
        for name in STAFF_PAGES
        if name != "promises" or promises
    ]
