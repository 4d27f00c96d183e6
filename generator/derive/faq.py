"""The FAQ: questions generated from the public policy, merged with the policy's own entries.

An entry written in the policy replaces a generated question with the same
text (compared without case, spacing or end punctuation). Anchors come from
the question text, so they stay stable while the question does.
"""

from __future__ import annotations


from generator.frozen import frozen
from generator.derive.public import PublicPolicy
from generator.derive.slugs import unique_slugs
from generator.render.i18n import translations


@frozen
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
    own = policy.faq_entries
    chosen: list[tuple[str, str, str | None, str | None, tuple[str, ...]]] = []  # FaqItem's fields but the anchor
    used: set[str] = set()
    if policy.faq_auto:
        own_by_key = {_key(e.question): e for e in own}
        for item in generated_questions(policy, language):
            key = _key(item.question)
            replacement = own_by_key.get(key)
            if replacement is not None:
                used.add(key)
                chosen.append((replacement.question, "custom", None, replacement.answer, replacement.channels))
            else:
                chosen.append((item.question, item.kind, item.subject, item.answer, item.channels))
    chosen.extend((e.question, "custom", None, e.answer, e.channels) for e in own if not used or _key(e.question) not in used)
    anchors = unique_slugs([fields[0] for fields in chosen], "question")
    return [FaqItem(*fields, anchor) for fields, anchor in zip(chosen, anchors)]
