"""The page plan: which pages a site has, with their titles and descriptions, as data."""

from __future__ import annotations

from dataclasses import dataclass

from generator.derive.public import PublicPolicy
from generator.messages import catalogue


@dataclass(frozen=True)
class PagePlan:
    """One generated page: where it goes, which template writes it, and its head metadata."""

    path: str
    template: str
    title: str
    description: str
    section: str = ""
    """The location's slug on a site with several policies; empty on a single-policy site."""


def section_prefix(section: str) -> str:
    return f"{section}/" if section else ""


PUBLIC_PAGES = ("index", "help", "hours", "faq", "accounts", "updates")


def public_pages(policy: PublicPolicy, section: str = "", has_updates: bool = False) -> list[PagePlan]:
    m = catalogue(policy.business.locale)
    business = policy.business.name
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
                title=m[f"page.{name}.title"],
                description=m[f"page.{name}.description"].format(business=business),
                section=section,
            )
        )
    return pages


STAFF_PAGES = ("playbook", "channels", "on-duty", "escalation", "replies", "reviews", "incident-log")
STAFF_FOLDER = "playbook"


def staff_pages(policy: PublicPolicy, section: str = "") -> list[PagePlan]:
    """The playbook pages, in ``playbook/``; the staff site has the public pages too."""
    m = catalogue(policy.business.locale)
    business = policy.business.name
    return [
        PagePlan(
            path=f"{section_prefix(section)}{STAFF_FOLDER}/{'index' if name == 'playbook' else name}.md",
            template=f"staff/{name}.md.j2",
            title=m[f"page.{name}.title"],
            description=m[f"page.{name}.description"].format(business=business),
            section=section,
        )
        for name in STAFF_PAGES
    ]
