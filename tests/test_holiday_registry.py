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
