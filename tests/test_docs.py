"""The README documents every policy field, kept in sync with the model."""

from __future__ import annotations

from generator.model.policy import Policy
from generator.model.reference import _models, replace_section
from tests.conftest import ROOT


def test_readme_field_reference_is_current() -> None:
    """Refresh with: python -m generator.model.reference README.md"""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert replace_section(text) == text


def test_reference_covers_every_field() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    for model in _models(Policy):
        assert f"#### {model.__name__}\n" in text
        for name in model.model_fields:
            assert f"| `{name}` |" in text, f"{model.__name__}.{name}"
