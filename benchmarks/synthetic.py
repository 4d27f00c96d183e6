"""Synthetic but realistic service policies of any size, for the scaling benchmarks.

Deterministic (a seeded random generator), so every run measures the same input.
Variety: several schedules (plain days, split shifts, overnight ranges, 24/7,
closed days), dated closures with special hours and schedule lists, public
holidays, help topics (some urgent), languages, announcements-only channels,
staff-only fields and canned replies. Every policy passes ``expectations check``.
"""

from __future__ import annotations

import random
from pathlib import Path

import yaml

MAX_BYTES = 1024 * 1024  # generator.load.source.MAX_BYTES: a policy file may not be larger

TYPES = ["x", "facebook", "instagram", "linkedin", "whatsapp", "email", "phone", "sms", "chat",
         "web-form", "reviews", "in-person", "youtube", "tiktok", "other"]
ZONES = [("America/Halifax", "en-CA", "CA-NS"), ("Europe/Paris", "fr-FR", "FR"), ("Europe/Berlin", "de-DE", "DE-BE"),
         ("America/New_York", "en-US", "US-NY"), ("Australia/Sydney", "en-AU", "AU-NSW"),
         ("Europe/London", "en-GB", "GB-ENG"), ("America/Toronto", "fr-CA", "CA-ON"), ("Asia/Tokyo", "ja-JP", "JP")]
LANGUAGES = ["en", "fr", "de", "es", "it", "pt", "nl", "ja", "zh", "ar"]
WEEKLY = [  # schedule shapes, cycled through
    {"mon-fri": "08:00-20:00", "sat": "09:00-17:00", "sun": "closed"},
    "24/7",
    {"mon-fri": ["09:00-12:00", "13:00-17:00"], "sat": "10:00-14:00"},  # split shift
    {"mon-thu": "22:00-06:00", "fri": "22:00-04:00", "sat-sun": "20:00-02:00"},  # overnight
    {"weekdays": "07:30-19:30", "weekends": "10:00-16:00"},
    {"mon": "closed", "tue-sat": ["08:00-11:30", "12:30-16:00", "18:00-21:00"]},
]
TOPICS = ["Billing and refunds", "Changing a booking", "Lost and found", "Accessibility needs", "Group bookings",
          "Complaints", "Delivery problems", "Account and password", "Opening hours", "Gift cards", "Returns",
          "Technical problems", "Invoices", "Privacy requests", "Partnerships"]
THINGS = ["parking", "breakfast", "late check-out", "pets", "a refund", "an invoice", "my booking", "gift cards",
          "Wi-Fi", "transfers", "my order", "a receipt"]
ANSWERS = ["Yes, ask any desk.", "No, sorry.", "See [prices](https://ex.com/p).", "Only by *phone*.",
           "Ask us by email.", "Yes, **free**."]
VERBS = ["get", "change", "cancel", "pay for", "book", "use"]


def _channel(rng: random.Random, i: int, schedules: list[str]) -> dict[str, object]:
    kind = TYPES[i % len(TYPES)]
    channel: dict[str, object] = {"id": f"{kind}-{i + 1}", "type": kind}
    if i % 2:
        channel["name"] = f"{kind.title()} desk {i + 1}"
    if kind == "email":
        channel.update(handle=f"desk{i + 1}@example.com", url=f"mailto:desk{i + 1}@example.com")
    elif kind in ("phone", "sms"):
        channel.update(handle=f"+1 902 555 {i % 10000:04d}", url=f"tel:+1902555{i % 10000:04d}")
    else:
        channel.update(handle=f"@example{i + 1}", url=f"https://example.com/{kind}/{i + 1}")
    if kind in ("instagram", "youtube", "tiktok"):
        channel["role"] = "announcements"
        channel["good_for"] = ["News", "Photos and offers"]
        return channel
    schedule = schedules[i % len(schedules)]
    promise = rng.choice(["15m", "30m", "1h", "4h", "1d", "2d"])
    channel.update(
        schedule=schedule,
        first_response=promise,
        good_for=rng.sample(THINGS, 1 + i % 2),
        languages=rng.sample(LANGUAGES, rng.randint(1, 3)),
    )
    if i % 4 == 0:
        channel["not_for"] = rng.sample(THINGS, 2)
    if i % 4 == 1:
        channel["privacy"] = "Never post card numbers; we will ask for a **private** message."
    if i % 5 == 0:
        channel["internal"] = {"owner": f"Team {i % 7 + 1}", "target": promise, "notes": "Check the *mentions* too.",
                               "steps": ["Tag the thread.", "Reply within the target."]}
    return channel


def policy(channels: int, faq: int, seed: int = 1) -> dict[str, object]:
    """A valid policy with ``channels`` channels and ``faq`` FAQ entries of the business's own."""
    rng = random.Random(seed * 1_000_003 + channels * 7 + faq)
    zone, locale, holidays = ZONES[seed % len(ZONES)]
    schedules = {f"sched-{i + 1}": WEEKLY[i % len(WEEKLY)] for i in range(4 + channels // 50)}
    names = list(schedules)
    chans = [_channel(rng, i, names) for i in range(channels)]
    answered = [c["id"] for c in chans if c.get("role") != "announcements"]
    topics = [
        {"topic": f"{TOPICS[i % len(TOPICS)]} ({i // len(TOPICS) + 1})" if i >= len(TOPICS) else TOPICS[i],
         "channels": rng.sample(answered, min(3, len(answered))), "urgent": i % 5 == 0,
         **({"note": "Have your booking number ready."} if i % 2 else {})}
        for i in range(max(3, channels // 10))
    ]
    # Short entries: 1,000 channels and 10,000 entries must fit in the loader's 1 MiB limit.
    entries = [
        {"question": f"Can I {VERBS[i % len(VERBS)]} {THINGS[(i // len(VERBS)) % len(THINGS)]}? ({i + 1})",
         "answer": ANSWERS[i % len(ANSWERS)], **({"channels": rng.sample(answered, 2)} if i % 20 == 0 else {})}
        for i in range(faq)
    ]
    closures = [
        {"date": "2026-12-25", "name": "Christmas Day", "hours": "closed"},
        {"date": "2026-12-24", "name": "Christmas Eve", "hours": "08:00-14:00"},
        {"date": "2026-12-31", "name": "New Year's Eve", "hours": ["08:00-12:00", "13:00-16:00"],
         "schedules": names[:2]},
        {"date": "2026-11-27", "name": "Staff training", "hours": "12:00-18:00", "schedules": [names[-1]]},
        {"date": "2027-01-02", "name": "Inventory", "hours": "closed"},
    ]
    return {
        "policy": 1,
        "business": {"name": f"Example Location {seed}", "website": "https://example.com", "timezone": zone,
                     "locale": locale, "summary": "We answer every message on the channels marked **Answered**."},
        "schedules": schedules,
        "closures": {"public_holidays": holidays, "dates": closures},
        "channels": chans,
        "help_topics": topics,
        "reviews": {"respond_to": ["negative", "questions"], "sites": ["Google", "Tripadvisor"], "within": "2d"},
        "faq": {"auto": True, "entries": entries},
        "playbook": {
            "escalation": [{"level": 1, "when": "A complaint staff cannot resolve", "who": "Duty manager",
                            "within": "1h"}],
            "follow_up": "1d",
            "replies": {"acknowledge": "Thanks, {customer}. We will reply by {reply_by} on {channel}."},
        },
    }


class _Dumper(yaml.SafeDumper):
    """Block mappings, short lists of scalars in flow style ([en, fr]), as people write policies; no anchors."""

    def ignore_aliases(self, data: object) -> bool:
        return True


_Dumper.add_representer(list, lambda dumper, data: dumper.represent_sequence(
    "tag:yaml.org,2002:seq", data, flow_style=not any(isinstance(x, (dict, list)) for x in data)))


def write_site(folder: Path, channels: int, faq: int, policies: int = 1) -> Path:
    """Write ``policies`` policy files (loc-001.yaml, ...) into ``folder``; return it."""
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(1, policies + 1):
        data = policy(channels, faq, seed=n)
        if policies > 1:  # the locations of one site are written in one language (each keeps its own zone)
            data["business"]["locale"] = "en"  # type: ignore[index]
        text = yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=1000, default_flow_style=False)
        if len(text.encode()) > MAX_BYTES:
            raise ValueError(f"the synthetic policy is {len(text.encode()):,} bytes, over the loader's limit")
        (folder / f"loc-{n:03d}.yaml").write_text(text, encoding="utf-8")
    return folder
