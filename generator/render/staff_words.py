"""Texts of the staff playbook that are built from the policy: filled replies and auto-replies."""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.model.placeholders import STAFF_FILLED
from generator.render.words import Words

if TYPE_CHECKING:  # the staff view is derived only for the staff site
    from generator.derive.staff import FilledReply, Gap, StaffChannel, StaffPolicy


def urgent_contact(words: Words, staff: StaffPolicy, exclude: str | None = None) -> str | None:
    """``Front desk phone +1 902 555 0142``: the first urgent channel other than ``exclude``."""
    for channel in staff.urgent:
        if channel.id != exclude:
            return words.gettext("%(name)s %(handle)s", name=channel.name, handle=channel.handle or channel.url or "").strip()
    return None


def placeholder_values(words: Words, staff: StaffPolicy, channel: StaffChannel | None) -> dict[str, str | None]:
    """What each placeholder stands for; None where only the sender can fill it in."""
    business = staff.public.business
    values: dict[str, str | None] = {
        "business": business.name,
        "website": business.website,
        "zone": words.zone(),
        "urgent": urgent_contact(words, staff, channel.channel.id if channel else None),
        "channel": None,
        "hours": None,
        "promise": None,
        "reply_by": None,
    }
    for name in STAFF_FILLED:
        values[name] = None
    if channel is not None and channel.channel.answered:
        c = channel.channel
        assert c.hours is not None and c.first_response is not None
        values["channel"] = c.name
        values["hours"] = "; ".join(words.weekly(c.hours))
        values["promise"] = words.promise_short(c.first_response)
        values["reply_by"] = words.moment(channel.examples[0].deadline) if channel.examples else None
    return values


def filled(words: Words, staff: StaffPolicy, reply: FilledReply, channel: StaffChannel | None) -> list[tuple[str, str | None, bool]]:
    """``(text, placeholder, known)`` pieces: a known placeholder's value, or ``[name]`` for the sender to fill."""
    values = placeholder_values(words, staff, channel)
    out: list[tuple[str, str | None, bool]] = []
    for literal, name in reply.parts:
        if literal:
            if out and out[-1][1] and out[-1][0].endswith(".") and literal.startswith("."):
                literal = literal[1:]  # "by {reply_by}." with "8:30 a.m." ends in one full stop
            if literal:
                out.append((literal, None, True))
        if name is not None:
            value = values.get(name)
            out.append((value, name, True) if value else (f"[{name}]", name, False))
    return out


def _promise_sentence(words: Words, channel: StaffChannel, any_time: bool) -> str:
    promise = channel.channel.first_response
    assert promise is not None
    if not promise.in_days:
        return words.gettext("We reply within %(duration)s of opening.", duration=words.duration(promise))
    if promise.days == 1:
        if any_time:
            return words.gettext("We reply by the end of the next day we are staffed.")
        return words.gettext("We reply by the end of that day.")
    return words.ngettext("We reply within %(n)s staffed day.", "We reply within %(n)s staffed days.", promise.days)


def _fit(variants: list[list[str]], limit: int | None) -> str:
    """The first variant whose text fits the platform's limit (the last one regardless)."""
    for parts in variants:
        text = " ".join(p for p in parts if p)
        if limit is None or len(text) <= limit:
            return text
    return text


def auto_reply(words: Words, staff: StaffPolicy, channel: StaffChannel, gap: Gap | None) -> str:
    """An out-of-hours reply: for one closed stretch (``gap``), or for any time (``None``)."""
    c = channel.channel
    assert c.hours is not None
    greeting = words.gettext("Thanks for your message to %(business)s.", business=staff.public.business.name)
    if gap is None:
        where = words.gettext(
            "We are away right now. Our hours: %(hours)s (%(zone)s).",
            hours="; ".join(words.weekly(c.hours)),
            zone=words.zone_name(),
        )
    else:
        where = words.gettext("Our team is back %(back)s (%(zone)s).", back=words.week_moment(gap.back), zone=words.zone_name())
    urgent_to = urgent_contact(words, staff, c.id)
    urgent = words.gettext("For anything urgent: %(urgent)s.", urgent=urgent_to) if urgent_to else ""
    promise = _promise_sentence(words, channel, gap is None)
    return _fit(
        [[greeting, where, promise, urgent], [greeting, where, urgent], [greeting, where], [where]],
        channel.limit,
    )
