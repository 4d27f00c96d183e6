"""Render stage: a page plan and the public view to Markdown strings."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager, nullcontext
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from generator.collector import without_cycle_collection
from generator.frozen import frozen
from generator.derive.chart import weekly_chart
from generator.derive.faq import faq_items
from generator.derive.pages import PagePlan, public_pages, staff_pages
from generator.derive.public import PublicPolicy
from generator.derive.times import UPCOMING_DAYS, SiteTimes
from generator.derive.structured import faq_page, organization
from generator.render import safe_text, staff_words, track_record
from generator.forking import Pending, in_child
from generator.render.data import json_ld, text_of
from generator.render.environment import environment, macro, render
from generator.render.fragments import own_answer
from generator.render.reach import Reach
from generator.render.words import Words

if TYPE_CHECKING:  # policy updates, the staff view and a log's figures come from modules imported only when used
    from generator.derive.changes import Update
    from generator.derive.staff import StaffPolicy
    from generator.derive.track_record import PromisesView


@frozen
class RenderedPage:
    """A generated page: its plan and its Markdown."""

    plan: PagePlan
    markdown: str
    head: str = ""
    """Extra HTML for the page's head (schema.org JSON-LD), already safe."""

    @property
    def path(self) -> str:
        return self.plan.path


FAQ_TEMPLATE = "public/faq.md.j2"
FORK_FROM = 2000
"""Fewest FAQ entries and channels for which the FAQ page is rendered by a child process (see ``generator.forking``)."""


@contextmanager
def faq_under_way(
    policy: PublicPolicy, section: str = "", has_updates: bool = False, language: str | None = None
) -> Iterator[Pending[tuple[str, str]]]:
    """The FAQ page's Markdown and its FAQPage JSON-LD (``result()``), which share the answers: rendered in one pass.

    A large FAQ takes about as long as the other pages together, so a child
    process starts on it at once (``generator.forking``) while this one
    derives the rest and renders the other pages (``render_public``).
    """
    language = language or policy.business.locale
    plan = next(plan for plan in public_pages(policy, section, has_updates, language) if plan.template == FAQ_TEMPLATE)

    def faq() -> tuple[str, str]:
        words = Words(policy.business.locale, policy.business.timezone, language)
        context = {"language": language, "policy": policy, "business": policy.business, "words": words,
                   "help_text": _help_text(words, policy, language), "faq": faq_items(policy, language)}
        context["answers"] = faq_answers(context)
        return render(FAQ_TEMPLATE, page=plan, **context), faq_head(context)

    large = len(policy.faq_entries) + len(policy.channels) >= FORK_FROM
    with in_child(faq) if large else nullcontext(Pending(faq)) as pending:
        yield pending


def _help_text(words: Words, policy: PublicPolicy, language: str) -> Markup:
    """Where to go instead of an announcements-only channel: the same text on every such channel, rendered once."""
    return macro("public/_macros.md.j2", "help_elsewhere", language=language)(words, policy)  # type: ignore[no-any-return]


@without_cycle_collection
def render_public(
    policy: PublicPolicy,
    times: SiteTimes,
    section: str = "",
    updates: Sequence[Update] = (),
    reach: Reach | None = None,
    language: str | None = None,
    faq: Pending[tuple[str, str]] | None = None,
) -> list[RenderedPage]:
    """Every public page of one policy, in navigation order; ``reach`` links the calendar, feed and badges.

    ``language`` is the language of the generated wording (default: the policy's ``business.locale``);
    ``faq`` is the FAQ page under way (``faq_under_way``) for the same policy, section, updates and language.
    """
    if faq is None:
        with faq_under_way(policy, section, bool(updates), language) as own:
            return render_public(policy, times, section, updates, reach, language, own)
    language = language or policy.business.locale
    words = Words(policy.business.locale, policy.business.timezone, language)
    context = {
        "language": language,
        "policy": policy,
        "business": policy.business,
        "words": words,
        "times": times,
        "chart": weekly_chart(policy),
        "upcoming_days": UPCOMING_DAYS,
        "location": section,
        "updates": updates,
        "reach": reach,
        "records": track_record,
        "help_text": _help_text(words, policy, language),
    }
    plans = public_pages(policy, section, bool(updates), language)
    markdown = {plan.template: render(plan.template, page=plan, **context) for plan in plans if plan.template != FAQ_TEMPLATE}
    heads = {"public/index.md.j2": index_head(policy, times, words)}
    markdown[FAQ_TEMPLATE], heads[FAQ_TEMPLATE] = faq.result()
    if reach is not None:
        titles = (words("calendar.link.title"), words("feed.link.title"))
        heads = {p.template: "\n".join(filter(None, (heads.get(p.template, ""), reach.head(p.path, *titles))))
                 for p in plans}
    return [RenderedPage(plan, markdown[plan.template], heads.get(plan.template, "")) for plan in plans]


def index_head(policy: PublicPolicy, times: SiteTimes, words: Words) -> str:
    description = text_of(safe_text.block(policy.business.summary)) if policy.business.summary else None
    return json_ld(organization(policy, times, description))


ANSWER_SEPARATOR = "\f"


def faq_answers(context: dict[str, Any]) -> list[Markup]:
    """Every FAQ answer as Markdown: the policy's own (most of a large FAQ) written by ``own_answer``, the
    generated ones from one render of their template (a render per item is slow)."""
    items = context["faq"]
    generated = [item for item in items if item.kind != "custom"]
    texts = iter(render("public/_faq_answer_text.md.j2", **{**context, "faq": generated},
                        separator=Markup(ANSWER_SEPARATOR)).split(ANSWER_SEPARATOR) if generated else ())
    gettext = environment("public", context["language"]).globals["gettext"]
    words, policy = context["words"], context["policy"]
    return [own_answer(item, words, policy, gettext) if item.kind == "custom" else Markup(next(texts)) for item in items]


def faq_head(context: dict[str, object]) -> str:
    """FAQPage JSON-LD with every question and its answer as text."""
    pairs = zip(context["faq"], context["answers"])  # type: ignore[call-overload]
    texts: dict[str, str] = {}  # answers repeat: each one's text once
    return json_ld(faq_page(
        [(item.question, texts.get(answer) or texts.setdefault(answer, text_of(answer))) for item, answer in pairs],
        context["language"],  # type: ignore[arg-type]
    ))


@without_cycle_collection
def render_staff(
    staff: StaffPolicy, times: SiteTimes, section: str = "", language: str | None = None,
    promises: PromisesView | None = None,
) -> list[RenderedPage]:
    """The playbook pages; only the staff build calls this. ``promises`` adds the Promises kept page."""
    policy = staff.public
    language = language or policy.business.locale
    context = {
        "language": language,
        "policy": policy,
        "staff": staff,
        "business": policy.business,
        "words": Words(policy.business.locale, policy.business.timezone, language),
        "times": times,
        "replies": staff_words,
        "location": section,
        "promises": promises,
        "records": track_record,
    }
    return [
        RenderedPage(plan, render(plan.template, audience="staff", page=plan, **context))
        for plan in staff_pages(policy, section, language, promises is not None)
    ]


def render_locations(sections: list[tuple[str, PublicPolicy]], language: str | None = None) -> RenderedPage:
    """The home page of a site with several policies: one entry per location."""
    first = sections[0][1]
    language = language or first.business.locale
    words = Words(first.business.locale, first.business.timezone, language)
    plan = PagePlan(
        path="index.md",
        template="public/locations.md.j2",
        title=words.gettext("How to reach us"),
        description=words.ngettext(
            "Choose our location to see how to reach it, when it is staffed and how fast it replies.",
            "Choose one of our %(count)s locations to see how to reach it, when it is staffed and how fast it replies.",
            len(sections),
            count=len(sections),
        ),
    )
    return RenderedPage(plan, render(plan.template, language=language, page=plan, sections=sections))
