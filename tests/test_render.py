"""Generated pages: golden Markdown for the example, and properties every policy's pages keep."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from datetime import datetime, timezone

from generator.derive.faq import faq_items
from generator.derive.public import public_view
from generator.derive.times import site_times
from generator.model.policy import Policy
from generator.render.pages import RenderedPage, render_public
from tests.conftest import MINIMAL, policy_from

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)


def pages_of(policy: Policy) -> list[RenderedPage]:
    return render_public(public_view(policy), site_times(policy, NOW))

GOLDEN = Path(__file__).parent / "golden" / "public"


def test_example_pages_match_golden_files(example_policy) -> None:
    """Set UPDATE_GOLDEN=1 to rewrite the files after an intended change, then review the diff."""
    pages = {page.path: page.markdown for page in pages_of(example_policy)}
    assert list(pages) == ["index.md", "help.md", "hours.md", "faq.md", "accounts.md"]
    if os.environ.get("UPDATE_GOLDEN") == "1":
        GOLDEN.mkdir(parents=True, exist_ok=True)
        for path, text in pages.items():
            (GOLDEN / path).write_text(text, encoding="utf-8")
    for path, text in pages.items():
        assert text == (GOLDEN / path).read_text(encoding="utf-8"), f"{path} differs from tests/golden/public/{path}"


STAFF_GOLDEN = Path(__file__).parent / "golden" / "staff"


def test_example_playbook_matches_golden_files(example_policy) -> None:
    """Set UPDATE_GOLDEN=1 to rewrite the files after an intended change, then review the diff."""
    from generator.derive.staff import staff_view
    from generator.render.pages import render_staff

    public = public_view(example_policy)
    times = site_times(example_policy, NOW)
    pages = {page.path: page.markdown for page in render_staff(staff_view(example_policy, public, times), times)}
    assert list(pages) == [
        "playbook/index.md", "playbook/channels.md", "playbook/on-duty.md", "playbook/escalation.md",
        "playbook/replies.md", "playbook/reviews.md", "playbook/incident-log.md",
    ]
    for path, text in pages.items():
        golden = STAFF_GOLDEN / path.removeprefix("playbook/")
        if os.environ.get("UPDATE_GOLDEN") == "1":
            golden.parent.mkdir(parents=True, exist_ok=True)
            golden.write_text(text, encoding="utf-8")
        assert text == golden.read_text(encoding="utf-8"), f"{path} differs from {golden}"


def test_minimal_policy_has_no_help_page() -> None:
    pages = pages_of(policy_from(MINIMAL))
    assert [p.path for p in pages] == ["index.md", "hours.md", "faq.md", "accounts.md"]


def test_faq_entry_with_a_generated_question_replaces_it() -> None:
    text = MINIMAL + "faq:\n  entries:\n    - question: how fast do you REPLY\n      answer: Within a day.\n"
    items = faq_items(public_view(policy_from(text)))
    questions = [(i.question, i.kind) for i in items]
    assert ("how fast do you REPLY", "custom") in questions
    assert not any(kind == "how_fast" for _, kind in questions)
    assert questions.index(("how fast do you REPLY", "custom")) == 1  # where the generated one stood


def test_faq_anchors_are_unique_and_stable() -> None:
    text = MINIMAL + (
        "faq:\n  auto: false\n  entries:\n"
        "    - question: Is it open?\n      answer: A.\n"
        "    - question: Is it open!\n      answer: B.\n"
        "    - question: \u00c9t\u00e9?\n      answer: C.\n"
        "    - question: '???'\n      answer: D.\n"
    )
    items = faq_items(public_view(policy_from(text)))
    assert [i.anchor for i in items] == ["is-it-open", "is-it-open-2", "ete", "question"]


def test_faq_auto_false_keeps_only_own_entries() -> None:
    text = MINIMAL + "faq:\n  auto: false\n  entries:\n    - question: Q?\n      answer: A.\n"
    assert [i.kind for i in faq_items(public_view(policy_from(text)))] == ["custom"]


def test_announcements_channel_points_to_answered_channels() -> None:
    text = MINIMAL + "  - id: insta\n    type: instagram\n    role: announcements\n"
    index = pages_of(policy_from(text))[0].markdown
    assert "Announcements only" in index
    assert "For help, use [Email](index.md#email)." in index


@pytest.mark.parametrize(
    ("schedule", "expected"),
    [
        ("    mon-fri: 09:00-17:00\n", "Monday to Friday&#58; 9&#58;00\u00a0a.m. to 5&#58;00\u00a0p.m.<br>Saturday and Sunday&#58; closed"),
        ("    daily: 22:00-06:00\n", "Every day&#58; 10&#58;00\u00a0p.m. to 6&#58;00\u00a0a.m. the next day"),
        ("    sat: 18:00-24:00\n", "Monday to Friday&#58; closed<br>Saturday&#58; 6&#58;00\u00a0p.m. to midnight<br>Sunday&#58; closed"),
    ],
    ids=["weekdays", "overnight", "to-midnight"],
)
def test_hours_in_words(schedule: str, expected: str) -> None:
    text = MINIMAL.replace("    mon-fri: 09:00-17:00\n", schedule).replace("Europe/Lisbon", "America/Toronto")
    text = text.replace("  timezone: America/Toronto\n", "  timezone: America/Toronto\n  locale: en-CA\n")
    index = pages_of(policy_from(text))[0].markdown
    # Times keep their day period on the same line (no-break space, as the locale data has it).
    assert f"<dd>{expected}</dd>" in index
