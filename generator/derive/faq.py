"""The FAQ: questions generated from the public policy, merged with the policy's own entries.

An entry written in the policy replaces a generated question with the same
text (compared without case, spacing or end punctuation). Anchors come from
the question text, so they stay stable while the question does.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.derive.public import PublicPolicy
from generator.derive.slugs import unique_slugs
from generator.messages import catalogue


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


def generated_questions(policy: PublicPolicy) -> list[FaqItem]:
    m = catalogue(policy.business.locale)
    items = [FaqItem(m["faq.answer_on"].format(channel=c.name), "answer_on", c.id) for c in policy.channels]
    if policy.answered:
        items.append(FaqItem(m["faq.how_fast"], "how_fast"))
        items.append(FaqItem(m["faq.closed"], "closed"))
    for index, topic in enumerate(policy.help_topics):
        items.append(FaqItem(m["faq.topic"].format(topic=topic.topic), "topic", str(index)))
    if any(c.handle or c.url for c in policy.channels):
        items.append(FaqItem(m["faq.accounts"], "accounts"))
    if policy.reviews is not None:
        items.append(FaqItem(m["faq.reviews"], "reviews"))
    if any(c.languages for c in policy.answered):
        items.append(FaqItem(m["faq.languages"], "languages"))
    return items


def faq_items(policy: PublicPolicy) -> list[FaqItem]:
    """Generated questions (when ``faq.auto``) in a fixed order, then the policy's own, with anchors."""
    own = [FaqItem(e.question, "custom", answer=e.answer, channels=e.channels) for e in policy.faq_entries]
    own_by_key = {_key(item.question): item for item in own}
    items: list[FaqItem] = []
    used: set[str] = set()
    if policy.faq_auto:
        for item in generated_questions(policy):
            replacement = own_by_key.get(_key(item.question))
            if replacement is not None:
                used.add(_key(item.question))
                items.append(replacement)
            else:
                items.append(item)
    items.extend(item for item in own if _key(item.question) not in used)
    anchors = unique_slugs([item.question for item in items], "question")
    return [FaqItem(i.question, i.kind, i.subject, i.answer, i.channels, a) for i, a in zip(items, anchors)]
