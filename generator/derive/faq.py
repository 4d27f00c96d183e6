"""The FAQ: questions generated from the public policy, merged with the policy's own entries.

An entry written in the policy replaces a generated question with the same
text (compared without case, spacing or end punctuation). Anchors come from
the question text, so they stay stable while the question does.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.derive.public import PublicPolicy
from generator.derive.slugs import unique_slugs
from generator.render.i18n import translations


@dataclass(frozen=True)
class FaqItem:
    """One question. ``kind`` selects how the answer is written; ``custom`` answers are the policy's text."""

    question: str
    kind: str
    subject: str | None = None
    answer: str | None = None
    channels: tuple[str, ...] = ()
    anchor: str = ""


def _key(question: str) -> str:
    return " ".join(question.casefold().split()).rstrip("?!. ")


def generated_questions(policy: PublicPolicy, language: str | None = None) -> list[FaqItem]:
    """The questions the tool writes, in ``language`` (default: the policy's locale)."""
    _ = translations(language or policy.business.locale).gettext
    items = [FaqItem(_("Do you answer on %(channel)s?") % {"channel": c.name}, "answer_on", c.id) for c in policy.channels]
    if policy.answered:
        items.append(FaqItem(_("How fast do you reply?"), "how_fast"))
        items.append(FaqItem(_("What happens if I write when you are closed?"), "closed"))
    for index, topic in enumerate(policy.help_topics):
        items.append(FaqItem(_("%(topic)s: where do I go?") % {"topic": topic.topic}, "topic", str(index)))
    if any(c.handle or c.url for c in policy.channels):
        items.append(FaqItem(_("Which accounts are really yours?"), "accounts"))
    if policy.reviews is not None:
        items.append(FaqItem(_("Do you answer reviews?"), "reviews"))
    if any(c.languages for c in policy.answered):
        items.append(FaqItem(_("In which languages can I write to you?"), "languages"))
    return items


def faq_items(policy: PublicPolicy, language: str | None = None) -> list[FaqItem]:
    """Generated questions (when ``faq.auto``) in a fixed order, then the policy's own, with anchors."""
    own = [FaqItem(e.question, "custom", answer=e.answer, channels=e.channels) for e in policy.faq_entries]
    own_by_key = {_key(item.question): item for item in own}
    items: list[FaqItem] = []
    used: set[str] = set()
    if policy.faq_auto:
        for item in generated_questions(policy, language):
            replacement = own_by_key.get(_key(item.question))
            if replacement is not None:
                used.add(_key(item.question))
                items.append(replacement)
            else:
                items.append(item)
    items.extend(item for item in own if _key(item.question) not in used)
    anchors = unique_slugs([item.question for item in items], "question")
    return [FaqItem(i.question, i.kind, i.subject, i.answer, i.channels, a) for i, a in zip(items, anchors)]
