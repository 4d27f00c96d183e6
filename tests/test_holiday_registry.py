"""One country's holidays without importing every country module (generator/model/holiday_registry.py)."""

from __future__ import annotations

import subprocess
import sys

import holidays
import pytest

from generator.model.holiday_registry import country_class, country_codes, country_holidays


@pytest.mark.parametrize(
    ("code", "subdiv"),
    [("CA", "NS"), ("CA", None), ("US", "CA"), ("USA", None), ("DE", "BY"), ("GB", "SCT"), ("UK", None), ("FR", None),
     ("JP", None), ("AS", None), ("PT", None), ("BR", "SP"), ("IN", None), ("AU", "NSW")],
)
def test_the_same_holidays_as_the_library(code: str, subdiv: str | None) -> None:
    for year in (2026, 2027):
        expected = holidays.country_holidays(code, subdiv=subdiv, years=year, language="en_US")
        assert dict(country_holidays(code, subdiv, year, "en_US").items()) == dict(expected.items())


def test_codes_and_subdivisions_are_the_library_s() -> None:
    assert country_codes() == set(holidays.list_supported_countries())
    assert list(country_class("CA").subdivisions) == holidays.list_supported_countries()["CA"]
    with pytest.raises(KeyError):
        country_class("XX")


def test_only_the_policy_s_country_is_imported() -> None:
    code = (
        "import sys\n"
        "from generator.model.holiday_registry import country_holidays\n"
        "assert country_holidays('CA', 'NS', 2026, 'en_US').get('2026-12-25') == 'Christmas Day'\n"
        "print(sorted(m for m in sys.modules if m.startswith('holidays.countries')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "['holidays.countries.canada']"


ASKED_AHEAD = (
    "import json, os, sys\n"
    "from datetime import datetime, timezone\n"
    "from pathlib import Path\n"
    "import generator.pipeline as pipeline\n"
    "now = datetime.now(timezone.utc).replace(month=11, day=20, hour=12, minute=0, second=0, microsecond=0)\n"
    "site = pipeline.build_site(pipeline.load_policies([Path(sys.argv[1])]), now, 'public')\n"
    "print(json.dumps(['holidays' in sys.modules, {p.path: p.markdown for p in site.pages}, site.files]))\n"
)


def run_asked_ahead(folder: object, workers: str) -> list[object]:
    import json
    import os

    env = {**os.environ, "EXPECTATIONS_WORKERS": workers}
    result = subprocess.run([sys.executable, "-c", ASKED_AHEAD, str(folder)], capture_output=True, text=True, check=True,
                            env=env)
    return json.loads(result.stdout)  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    "closures",
    ["closures:\n  public_holidays: 'CA-NS'   # Nova Scotia\n", "closures: {public_holidays: CA-NS}\n"],
    ids=["found-ahead", "flow-style-missed"],
)
def test_a_child_asks_the_library_while_the_policies_load_and_the_site_is_the_same(tmp_path, closures: str) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import MINIMAL

    assert "closures" not in MINIMAL
    (tmp_path / "shop.yaml").write_text(MINIMAL + closures, encoding="utf-8")
    ahead, here = run_asked_ahead(tmp_path, "2"), run_asked_ahead(tmp_path, "1")
    assert here[0] is True  # one process: the library was imported
    assert ahead[0] is (closures.startswith("closures: {"))  # imported only when the quick look missed the region
    assert ahead[1:] == here[1:]
    assert "Christmas Day" in here[1]["hours.md"]


def test_expected_answers_are_taken_only_for_their_questions() -> None:
    from generator import remembered

    calls = []
    remembered.expect("holidays", lambda: calls.append("taken") or {remembered._key("holidays x", [1]): "from the child"})
    try:
        assert remembered.ask("cldr y", [1], lambda: "here") == "here" and calls == []
        assert remembered.ask("holidays x", [1], lambda: "here") == "from the child" and calls == ["taken"]
        assert remembered.ask("holidays z", [1], lambda: "here") == "here" and calls == ["taken"]  # taken once
        assert remembered.knows("holidays x", [1]) and not remembered.knows("holidays q", [1])
    finally:
        remembered.expect("holidays", None)


def test_at_most_64_regions_are_asked_ahead(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """A file that names thousands of regions (in a block of text, say) cannot keep the child busy for long."""
    from contextlib import contextmanager

    from generator import forking
    from generator.model import holiday_registry

    codes = sorted(code for code in holidays.list_supported_countries() if len(code) == 2)[:100]
    lines = "".join(f"  public_holidays: {code}\n" for code in codes)
    (tmp_path / "shop.yaml").write_text(f"answer: |\n{lines}", encoding="utf-8")
    asked = []
    monkeypatch.setattr(holiday_registry, "answers_around", lambda regions, year: asked.append(regions) or {})

    @contextmanager
    def here(function, here=None):  # type: ignore[no-untyped-def]
        function()
        yield forking.Pending(lambda: None)

    monkeypatch.setattr(forking, "in_child", here)
    monkeypatch.setattr(forking, "fork_wanted", lambda: True)
    from generator import remembered

    monkeypatch.setattr(remembered, "knows", lambda question, args: False)  # as in a process that asked nothing yet
    with holiday_registry.asked_ahead([tmp_path / "shop.yaml"], 2026):
        pass
    assert asked == [set(codes[:64])]
