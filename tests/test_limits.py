"""Limits: a policy over 1 MiB is refused; a big valid one (300 channels, 3,000 FAQ entries) checks and builds.

The big policy is padded with a comment to exactly 1 MiB, the largest file
that is read; one byte more is refused with the loader's message. The times
of `check` and of the public build are printed (run pytest with -s to see
them) and only held to a generous bound.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.adapters.cli import main
from generator.load.source import MAX_BYTES

CHANNEL_TYPES = ["x", "facebook", "instagram", "linkedin", "youtube", "tiktok", "whatsapp", "email", "phone", "sms",
                 "chat", "web-form", "reviews", "in-person", "other"]


def big_policy(channels: int = 300, entries: int = 3000) -> dict[str, object]:
    def channel(i: int) -> dict[str, object]:
        kind = CHANNEL_TYPES[i % len(CHANNEL_TYPES)]
        url = (f"mailto:desk{i}@big.example" if kind == "email" else
               f"tel:+1902555{i:04d}" if kind in ("phone", "sms") else f"https://big.example/{kind}/{i}")
        entry: dict[str, object] = {
            "id": f"ch-{i}", "type": kind, "name": f"{kind.title()} desk {i}", "handle": f"@desk{i}", "url": url,
            "good_for": [f"Topic {i}", "Bookings"], "not_for": ["Payments"],
            "privacy": f"Never post card numbers on desk {i}; see [privacy](https://big.example/privacy).",
            "languages": ["en", "fr"],
            "internal": {"owner": f"Team {i % 12}", "notes": "Check the queue every hour."},
        }
        if i % 10 == 9:
            entry["role"] = "announcements"
        else:
            entry.update({"schedule": ["weekdays", "always", "split"][i % 3], "first_response": ["1h", "15m", "1d"][i % 3]})
            entry["internal"]["target"] = ["30m", "5m", "4h"][i % 3]  # type: ignore[index]
        return entry

    answered = [i for i in range(channels) if i % 10 != 9]
    return {
        "policy": "1",
        "business": {"name": "Big Hotels Group", "website": "https://big.example", "timezone": "America/Halifax",
                     "locale": "en-CA", "summary": "Every channel of every hotel in the group, with **reply times**."},
        "schedules": {"weekdays": {"mon-fri": "08:00-20:00", "sat": "09:00-17:00"}, "always": "24/7",
                      "split": {"mon-fri": ["09:00-12:00", "13:00-17:00"]}},
        "closures": {"public_holidays": "CA-NS",
                     "dates": [{"date": "2026-12-25", "name": "Christmas Day", "hours": "closed"}]},
        "channels": [channel(i) for i in range(channels)],
        "help_topics": [{"topic": f"Problem kind {t}", "channels": [f"ch-{answered[t]}", f"ch-{answered[t + 1]}"],
                         "note": "Have your *booking number* ready.", "urgent": str(t == 0).lower()} for t in range(40)],
        "reviews": {"respond_to": ["negative", "questions"], "sites": ["Google", "Tripadvisor"], "within": "2d"},
        "faq": {"entries": [
            {"question": f"Question {n}: can desk {n % channels} help with request type {n // channels}?",
             "answer": f"Yes. Desk {n % channels} handles it.\n\n- Write *during staffed hours*\n- See [details](https://big.example/faq/{n})",
             "channels": [f"ch-{n % channels}"]}
            for n in range(entries)
        ]},
        "playbook": {"follow_up": "1d", "escalation": [{"level": "1", "when": "A complaint", "who": "Duty manager"}],
                     "replies": {"thanks": "Thanks, {customer}: we will reply by {reply_by}."}},
    }


def padded(policy: dict[str, object], size: int) -> bytes:
    """The policy as YAML (JSON is YAML) followed by a comment that makes it exactly ``size`` bytes."""
    body = ("# yaml-language-server: $schema=../policy.schema.json\n" + json.dumps(policy, indent=1) + "\n").encode()
    assert len(body) + 3 <= size, len(body)
    return body + b"#" + b" " * (size - len(body) - 2) + b"\n"


def check(path: Path):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, ["check", str(path)], env={"GITHUB_ACTIONS": ""})


def test_a_policy_over_one_mib_is_refused_with_the_loaders_message(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    path.write_bytes(padded(big_policy(), MAX_BYTES + 1))
    assert path.stat().st_size == 1024 * 1024 + 1
    result = check(path)
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{path}:1:1: error: the file is larger than 1024 KiB; a policy is far smaller"
    ]
    assert result.stderr.splitlines() == ["1 problem in 1 file"]
    assert "Traceback" not in result.output


@pytest.fixture(scope="module")
def big_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("big") / "project"
    assert CliRunner().invoke(main, ["init", "--example", str(project)]).exit_code == 0
    for old in [*(project / "policies").glob("*.yaml"), *(project / "policies").glob("*.po")]:
        old.unlink()
    (project / "policies" / "big.yaml").write_bytes(padded(big_policy(), MAX_BYTES))  # exactly the limit
    return project


def test_300_channels_and_3000_faq_entries_check(big_project: Path) -> None:
    path = big_project / "policies" / "big.yaml"
    assert path.stat().st_size == MAX_BYTES
    started = time.perf_counter()
    result = check(path)
    seconds = time.perf_counter() - started
    print(f"\ncheck, 300 channels + 3000 FAQ entries ({path.stat().st_size} bytes): {seconds:.2f} s")
    assert result.exit_code == 0, result.output[:2000]
    assert result.stderr.strip() == "1 policy OK"
    assert seconds < 120


def test_300_channels_and_3000_faq_entries_build(big_project: Path) -> None:
    started = time.perf_counter()
    result = CliRunner().invoke(main, ["build", "-f", str(big_project / "mkdocs.yml")],
                                env={"SOURCE_DATE_EPOCH": "1795435200", "GITHUB_ACTIONS": ""})
    seconds = time.perf_counter() - started
    print(f"\nbuild (public site), 300 channels + 3000 FAQ entries: {seconds:.2f} s")
    assert result.exit_code == 0, result.output[:2000]
    assert seconds < 120
    site = big_project / "site"
    faq = (site / "faq" / "index.html").read_text(encoding="utf-8")
    assert faq.count("Question 2999: can desk 299 help") == 1
    home = (site / "index.html").read_text(encoding="utf-8")
    assert 'id="ch-299"' in home
    data = json.loads((site / "expectations.json").read_text(encoding="utf-8"))
    assert len(data["channels"]) == 300 and len(data["faq"]) >= 3000
