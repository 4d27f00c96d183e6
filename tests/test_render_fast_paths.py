"""The render's fast paths write exactly what the plain ways of writing the same thing write.

Python template globals stand for the macros they replaced, safe text is
kept per string, the special days are found per schedule, the data file
encodes shared lists once, and a large FAQ page is rendered by a forked child.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone

import pytest
import yaml

from generator.derive.hours import day_ranges, holiday_name
from generator.derive.public import public_view
from generator.derive.times import SpecialDay, ChannelHours, site_times, upcoming_special_days
from generator.model.foreign import ForeignText
from generator.model.records import Policy
from generator.render import pages as render_pages
from generator.render import safe_text
from generator.render.data import data_json, expectations_data, expectations_json, to_json
from generator.render.environment import environment
from generator.render.words import Words
from tests.conftest import EXAMPLE, policy_from

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)

# The macros that generator/render/fragments.py replaced, as they were written.
MACROS = """\
{% macro channel_link(channel, page="index.md") -%}
[{{ channel.name }}]({{ page|safe }}#{{ channel.id|safe }})
{%- endmacro %}
{% macro account_text(channel) -%}
{% if channel.handle %}{{ channel.handle }}{% elif channel.url %}{{ channel.url.split(":", 1)[1].lstrip("/") }}{% endif %}
{%- endmacro %}
{% macro account(channel) -%}
{% if channel.url %}<a href="{{ channel.url|url }}">{{ account_text(channel)|safe }}</a>{% elif channel.handle %}<span>{{ channel.handle }}</span>{% endif %}
{%- endmacro %}
{% macro hours_lines(words, hours) -%}
{% for line in words.weekly(hours) %}{{ line }}{% if not loop.last %}<br>{% endif %}{% endfor %}
{%- endmacro %}
{% macro item_list(items) -%}
<ul>{% for item in items %}<li>{{ item }}</li>{% endfor %}</ul>
{%- endmacro %}
{% macro channel_links(words, channels, word="and") -%}
{% set links = [] %}
{% for channel in channels %}{% do links.append(channel_link(channel)) %}{% endfor %}
{{ words.join_markup(links, word) }}
{%- endmacro %}
"""
CALLS = """\
{% for c in policy.channels %}
{{ channel_link(c) }}|{{ channel_link(c, "hours.md") }}|{{ account(c) }}|{{ account_text(c) }}|{{ item_list(c.good_for) }}
{% if c.hours %}{{ hours_lines(words, c.hours) }}{% endif %}
{% endfor %}
{{ channel_links(words, policy.channels) }}|{{ channel_links(words, policy.channels[:2], "or") }}|{{ channel_links(words, policy.channels[:1]) }}
{% for id in policy.answered[0:3]|map(attribute="id") %}{{ channel_link(policy.channel(id)) }}{{ _(", ") if not loop.last else "" }}{% endfor %}
@@LIST@@{{ channel_link_list(policy.answered[0:3], _(", ")) if "channel_link_list" not in macros_only else "" }}
"""

HOSTILE_NAMES = ["1. <i>Front</i> & desk", "-dash *name*", "#hash|pipe", "[x](javascript:alert(1))",
                 "e\u0301t\u00e9 \u2067iso", "_under_ `code`", "line\nbreak"]


def hostile_policy() -> Policy:
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    for index, channel in enumerate(data["channels"]):
        channel["name"] = HOSTILE_NAMES[index % len(HOSTILE_NAMES)]
        if channel.get("good_for"):
            channel["good_for"] = ["<b>bold</b>", "a & b", "*star*"]
    data["channels"][0].pop("handle", None)  # an address shown without its scheme
    return policy_from(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))


@pytest.mark.parametrize("language", ["en", "fr-CA"])
def test_the_python_fragments_write_what_the_macros_wrote(language: str) -> None:
    policy = public_view(hostile_policy())
    words = Words(policy.business.locale, policy.business.timezone, language)
    env = environment("public", language)
    with_macros = env.from_string(MACROS + CALLS).render(policy=policy, words=words, macros_only="channel_link_list")
    with_globals = env.from_string(CALLS).render(policy=policy, words=words, macros_only="")
    before, _, _ = with_macros.partition("@@LIST@@")
    after, _, link_list = with_globals.partition("@@LIST@@")
    assert after == before
    assert "&#60;i&#62;Front&#60;/i&#62; &#38; desk" in after  # the hostile names are there, escaped
    assert link_list.strip() == before.strip().splitlines()[-1]


def test_safe_text_kept_per_string_still_marks_foreign_text() -> None:
    text = "Ask *us* at [the desk](https://example.com/desk)"
    for _ in range(2):  # the second time from what is kept
        assert safe_text.plain(text) == "Ask &#42;us&#42; at &#91;the desk&#93;&#40;https&#58;//example.com/desk&#41;"
        assert safe_text.inline(text) == 'Ask <em>us</em> at <a href="https://example.com/desk">the desk</a>'
        assert safe_text.block(text) == '<p>Ask <em>us</em> at <a href="https://example.com/desk">the desk</a></p>'
        foreign = ForeignText(text, "en-CA")
        assert safe_text.plain(foreign) == f'<span lang="en-CA">{safe_text.plain(text)}</span>'
        assert safe_text.inline(foreign) == f'<span lang="en-CA">{safe_text.inline(text)}</span>'
        assert safe_text.block(foreign) == f'<div lang="en-CA">{safe_text.block(text)}</div>'
    assert safe_text.plain("- a\nb") == "&#45; a b"


def special_days_one_by_one(policy: Policy, today: date, days: int) -> list[SpecialDay]:
    """The special days worked out channel by channel and day by day, as the definition reads."""
    answered = [c for c in policy.channels if c.role == "answered" and c.schedule]
    dated: dict[date, list[str]] = {}
    for closure in policy.closures.dates:
        dated.setdefault(closure.date, []).append(closure.name)
    out = []
    for day in (today + timedelta(days=offset) for offset in range(days)):
        groups: dict[tuple, list[str]] = {}
        for channel in answered:
            assert channel.schedule is not None
            ranges = day_ranges(policy, channel.schedule, day)
            if ranges != policy.schedules[channel.schedule].ranges_on(day.weekday()):
                groups.setdefault(ranges, []).append(channel.id)
        if groups:
            holiday = holiday_name(policy, day)
            names = list(dict.fromkeys(dated.get(day, []))) or ([holiday] if holiday else [])
            changes = tuple(ChannelHours(tuple(ids), ranges) for ranges, ids in groups.items())
            out.append(SpecialDay(day, " / ".join(names), holiday is not None and day not in dated, changes))
    return out


def test_special_days_found_per_schedule_are_those_found_channel_by_channel(example_policy: Policy) -> None:
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    data["schedules"]["late"] = {"mon-fri": "12:00-22:00"}
    data["closures"]["dates"].append({"date": "2026-12-01", "name": "Training", "hours": "13:00-15:00",
                                      "schedules": ["late"]})
    for channel in data["channels"][1::2]:
        if channel.get("schedule"):
            channel["schedule"] = "late"
    for policy in (example_policy, policy_from(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))):
        for today, days in ((date(2026, 11, 23), 60), (date(2026, 11, 23), 400), (date(2027, 3, 1), 30)):
            expected = special_days_one_by_one(policy, today, days)
            assert expected  # the case has special days to find
            assert upcoming_special_days(policy, today, days) == expected


def test_the_data_file_encodes_shared_lists_once_to_the_same_text(example_policy: Policy) -> None:
    public, times = public_view(example_policy), site_times(example_policy, NOW)
    data = expectations_data(public, times)
    assert expectations_json(public, times) == to_json(data)
    shared = [c["staffed"] for c in data["channels"] if c["staffed"]]
    assert len(shared) > len({id(s) for s in shared})  # channels do share a schedule's spans
    # A NUL of the policy's own (the stand-ins are NULs) leaves nothing to trust: all of it is encoded as it is.
    data["business"]["name"] = "Harbor\x000\x00View"
    assert data_json(data) == to_json(data)
    assert '"Harbor\\u00000\\u0000View"' in data_json(data)


def test_a_large_faq_page_rendered_by_a_child_is_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    data.setdefault("faq", {})["entries"] = [
        {"question": f"Can I bring pet number {n}?", "answer": f"Yes, *pet* {n} is welcome.\n\n- a lead\n- a bowl"}
        for n in range(60)
    ]
    policy = policy_from(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
    public, times = public_view(policy), site_times(policy, NOW)
    monkeypatch.setenv("EXPECTATIONS_WORKERS", "1")
    here = render_pages.render_public(public, times)
    monkeypatch.setenv("EXPECTATIONS_WORKERS", "2")
    monkeypatch.setattr(render_pages, "FORK_FROM", 10)
    children = []
    real = render_pages.in_child

    def counted(function):  # type: ignore[no-untyped-def]
        children.append(function)
        return real(function)

    monkeypatch.setattr(render_pages, "in_child", counted)
    forked = render_pages.render_public(public, times)
    assert len(children) == 1
    assert [(p.path, p.markdown, p.head) for p in forked] == [(p.path, p.markdown, p.head) for p in here]
    assert "pet* 59" not in forked[3].markdown and "<em>pet</em> 59 is welcome" in forked[3].markdown



def test_a_site_whose_faq_a_child_starts_on_first_is_the_same(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """``build_site`` starts the children (the FAQ page; the calendar and badges) before deriving the rest; the
    pages and files are the same, and the cycle collector is paused while it works and running after."""
    import gc

    from generator import pipeline

    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    data.setdefault("faq", {})["entries"] = [
        {"question": f"Is door {n} open (today)?", "answer": f"Yes, door **{n}** is open."} for n in range(40)
    ]
    (tmp_path / "shop.yaml").write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    policies = pipeline.load_policies([tmp_path])
    monkeypatch.setenv("EXPECTATIONS_WORKERS", "1")
    here = pipeline.build_site(policies, NOW, "staff")
    monkeypatch.setenv("EXPECTATIONS_WORKERS", "2")
    monkeypatch.setattr(render_pages, "FORK_FROM", 10)
    collecting = []
    real_times = pipeline.site_times
    monkeypatch.setattr(pipeline, "site_times", lambda *a: collecting.append(gc.isenabled()) or real_times(*a))
    real_child = render_pages.in_child
    monkeypatch.setattr(render_pages, "in_child", lambda function: collecting.append("faq") or real_child(function))
    monkeypatch.setattr(pipeline, "in_child", lambda function: collecting.append("files") or real_child(function))
    monkeypatch.setattr(pipeline, "REACH_FORK_FROM", 3)
    forked = pipeline.build_site(policies, NOW, "staff")
    assert collecting == ["faq", "files", False] and gc.isenabled()  # the children first, then the rest
    assert [(p.path, p.markdown, p.head) for p in forked.pages] == [(p.path, p.markdown, p.head) for p in here.pages]
    assert forked.files == here.files
    assert '## Is door 39 open &#40;today&#41;? { #is-door-39-open-today }' in next(p for p in forked.pages if p.path == "faq.md").markdown

CHILD_CHECKS = """
import os, sys
import pytest
from generator.forking import fork_wanted, in_child

assert fork_wanted(), "this interpreter runs one thread"
parent = os.getpid()

def only_here():
    if os.getpid() != parent:
        raise RuntimeError("not in the child")
    return "done here"

with in_child(only_here) as pending:
    assert pending.result() == "done here" and not pending.from_child

def everywhere():
    raise ValueError("a template printed None")

with pytest.raises(ValueError, match="printed None"):
    with in_child(everywhere) as pending:
        pending.result()

with in_child(lambda: os.getpid()) as pending:  # the work is done by another process
    assert pending.result() != parent and pending.from_child

with pytest.raises(KeyError):  # leaving without the result stops the child
    with in_child(lambda: os.getpid()) as pending:
        raise KeyError("the other pages failed")
print("checked")
"""


def test_a_child_that_fails_leaves_the_work_to_this_process() -> None:
    # In a fresh interpreter: forking is only used in a process with one thread, and this one may run others.
    env = {**os.environ, "EXPECTATIONS_WORKERS": "2"}
    out = subprocess.run([sys.executable, "-c", CHILD_CHECKS], env=env, capture_output=True, text=True)
    assert (out.returncode, out.stdout.strip()) == (0, "checked"), out.stderr
