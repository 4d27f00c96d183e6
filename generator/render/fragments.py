"""Small pieces of Markdown that the pages print many times: a channel's link, account, hours and lists.

They are template globals written in Python, because a Jinja macro call costs
more than the piece itself and a large policy prints thousands of them. Each
value they print goes through ``safe_text.printed``, exactly as a template's
``{{ value }}`` does (``finalize``), so they are as safe as the macros they
stand for; only identifiers (channel ids, page paths and FAQ anchors, which are
slugs) are written as they are.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from generator.render.icons import icon
from generator.render.safe_text import block, inline, printed, url

if TYPE_CHECKING:
    from generator.derive.chart import Chart
    from generator.derive.faq import FaqItem
    from generator.derive.public import PublicChannel, PublicPolicy
    from generator.derive.times import SiteTimes
    from generator.model.values import WeeklyHours
    from generator.render.words import Words


def channel_link(channel: PublicChannel, page: str = "index.md") -> Markup:
    """``[Name](index.md#id)``: a link to the channel's card on the home page (or on ``page``)."""
    return Markup(f"[{printed(channel.name)}]({page}#{channel.id})")


def channel_links(words: Words, channels: Iterable[PublicChannel], word: str = "and") -> Markup:
    """Links to ``channels`` joined as a list in the page's language (``A, B and C``; ``word="or"``: ``A, B or C``)."""
    return words.join_markup([channel_link(channel) for channel in channels], word)


def channel_link_list(channels: Iterable[PublicChannel], separator: str) -> Markup:
    """Links to ``channels`` with ``separator`` between them (printed like any value: the language's ``, ``)."""
    return Markup(str.join(printed(separator), (channel_link(channel) for channel in channels)))


def account_text(channel: PublicChannel) -> Markup:
    """The channel's handle, else its address without the scheme (``mailto:a@b.c`` -> ``a@b.c``)."""
    if channel.handle:
        return printed(channel.handle)
    if channel.url:
        return printed(channel.url.split(":", 1)[1].lstrip("/"))
    return Markup("")


def account(channel: PublicChannel) -> Markup:
    """The account as a link to the channel (or as text when the channel has no link)."""
    if channel.url:
        return Markup(f'<a href="{url(channel.url)}">{account_text(channel)}</a>')
    if channel.handle:
        return Markup(f"<span>{printed(channel.handle)}</span>")
    return Markup("")


def hours_lines(words: Words, hours: WeeklyHours) -> Markup:
    """The weekly hours in words, a line per run of days, joined with ``<br>``."""
    return Markup("<br>".join(printed(line) for line in words.weekly(hours)))


def item_list(items: Iterable[object]) -> Markup:
    """``<ul><li>...</li></ul>``, one item per value."""
    return Markup("<ul>" + "".join(f"<li>{printed(item)}</li>" for item in items) + "</ul>")


@lru_cache(maxsize=4096)  # a chart repeats the same positions and widths
def number(value: float) -> Markup:
    """A coordinate for SVG: at most one decimal, no trailing zeros (the ``num`` filter)."""
    return Markup(f"{float(value):.1f}".rstrip("0").rstrip("."))


def chart_rows(chart: Chart) -> Markup:
    """The weekly hours chart's rows (``public/_chart.svg.j2``): each channel's label, track and bars."""
    label_x, track_x = number(chart.label_width - 8), number(chart.label_width)
    plot_width, bar_height = number(chart.plot_width), number(chart.bar_height)
    out = []
    for row in chart.rows:
        bar_y = number(row.y + (chart.row_height - chart.bar_height) / 2)
        name = row.name if len(row.name) <= 24 + 5 else row.name[:23] + "…"  # Jinja's truncate(24, True, "…")
        out.append(
            f'<g class="chart-row">\n<text class="chart-label" x="{label_x}" y="{number(row.y + chart.row_height / 2 + 4)}" '
            f'text-anchor="end">{printed(name)}</text>\n<rect class="chart-track" x="{track_x}" y="{bar_y}" '
            f'width="{plot_width}" height="{bar_height}"/>\n'
        )
        out.extend(f'<rect class="chart-bar" x="{number(bar.x)}" y="{bar_y}" width="{number(bar.width)}" '
                   f'height="{bar_height}"/>\n' for bar in row.bars)
        out.append("</g>\n")
    return Markup("".join(out))


def faq_sections(faq: Iterable[FaqItem], answers: Iterable[Markup]) -> Markup:
    """The FAQ page's body: each question as a heading with its anchor, then its answer (already Markdown)."""
    return Markup("".join(
        f"## {printed(item.question)} {{ #{item.anchor} }}\n\n{printed(answer)}" for item, answer in zip(faq, answers)
    ))


def channel_cards(
    words: Words, policy: PublicPolicy, times: SiteTimes, location: str, status_room: Markup, help_text: Markup,
    gettext: Callable[..., Markup], records: Any,
) -> Markup:
    """The home page's channel cards (``public/index.md.j2``): each channel's name, account and role; for an
    answered one its live status, hours, reply time, track record, examples, uses, privacy note and languages;
    for an announcements-only one where to write instead. ``records`` is ``generator.render.track_record``."""
    out: list[str] = []
    add = out.append
    where = f' data-location="{printed(location)}"' if location else ""
    # Each label translated once (and outside f-strings, where the message extractor finds them).
    roles = {True: gettext("Answered"), False: gettext("Announcements only")}
    staffed, reply, on_time, for_example = gettext("Staffed"), gettext("Reply"), gettext("On time"), gettext("For example:")
    good_for, not_for, privacy, languages = gettext("Good for"), gettext("Not for"), gettext("Privacy"), gettext("Languages")
    news_only, follow_for = gettext("We post news here but do not read or answer messages on this channel."), gettext("Follow for")
    for channel in policy.channels:
        answered = channel.answered
        add(f'<div class="channel-card channel-{"answered" if answered else "announcements"}" markdown>\n\n'
            f"## {icon(channel.type)}{printed(channel.name)} {{ #{channel.id} }}\n\n"
            f'<p class="channel-meta">{account(channel)}{" · " if channel.handle or channel.url else ""}'
            f'<strong class="channel-role">{roles[bool(answered)]}</strong></p>\n')
        if answered:
            add(f'<p class="channel-status" data-channel="{printed(channel.id)}"{where} hidden>{status_room}</p>\n'
                f'<dl class="channel-facts">\n<dt>{staffed}</dt>\n<dd>{hours_lines(words, channel.hours)}</dd>\n'
                f'<dt>{reply}</dt>\n<dd>{printed(words.promise(channel.first_response, channel.hours.always))}</dd>\n')
            if channel.track_record:
                add(f'<dt>{on_time}</dt>\n'
                    f'<dd class="channel-track-record">{printed(records.sentence(words, channel.track_record))}</dd>\n')
            examples = times.channels[channel.id].examples
            if examples:
                items = "".join(f"<li>{printed(words.example(e.sent, e.deadline))}</li>" for e in examples)
                add(f'<dt>{for_example}</dt>\n<dd><ul class="channel-examples">{items}</ul></dd>\n')
            if channel.good_for:
                add(f'<dt>{good_for}</dt>\n<dd>{item_list(channel.good_for)}</dd>\n')
            if channel.not_for:
                add(f'<dt>{not_for}</dt>\n<dd>{item_list(channel.not_for)}</dd>\n')
            if channel.privacy:
                add(f'<dt>{privacy}</dt>\n<dd>{inline(channel.privacy)}</dd>\n')
            if channel.languages:
                add(f'<dt>{languages}</dt>\n<dd>{printed(words.languages(channel.languages))}</dd>\n')
            add("</dl>\n")
        else:
            add(f'<p class="channel-not-answered">{news_only}</p>\n')
            if channel.good_for:
                add(f'<dl class="channel-facts">\n<dt>{follow_for}</dt>\n<dd>{item_list(channel.good_for)}</dd>\n</dl>\n')
            if policy.answered:
                add(f"\n{help_text}\n")
        add("\n</div>\n\n")
    return Markup("".join(out))


def own_answer(item: FaqItem, words: Words, policy: PublicPolicy, gettext: Callable[..., Markup]) -> Markup:
    """One of the policy's own FAQ answers as Markdown: its text, then a link to each channel it names."""
    text = block(item.answer) + "\n\n"
    if item.channels:
        links = channel_links(words, policy.channels_by_ids(item.channels))
        text += gettext("See %(channels)s.", channels=links) + "\n\n"
    return Markup(text)


GLOBALS = {
    "channel_link": channel_link,
    "channel_links": channel_links,
    "channel_link_list": channel_link_list,
    "account_text": account_text,
    "account": account,
    "hours_lines": hours_lines,
    "item_list": item_list,
    "faq_sections": faq_sections,
    "channel_cards": channel_cards,
    "chart_rows": chart_rows,
}
"""The template globals this module defines, by name."""
