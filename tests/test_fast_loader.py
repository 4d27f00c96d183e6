"""The libyaml fast path gives exactly what the strict pure-Python loader gives, or steps aside."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.load import source as strict
from generator.load.fast import fast_tree
from generator.load.source import MAX_DEPTH, Source
from generator.problems import PolicyError
from tests.conftest import EXAMPLE, MINIMAL, ROOT
from tests.test_fuzz import yaml_lines


def slow(text: str) -> Source | None:
    """The strict loader alone (the fast path switched off)."""
    original = strict.fast_tree
    strict.fast_tree = lambda *args, **kwargs: None
    try:
        return strict.load_text(text.encode("utf-8"), "f.yaml")
    except PolicyError:
        return None
    finally:
        strict.fast_tree = original


def same(text: str) -> None:
    fast = fast_tree(text, MAX_DEPTH)
    reference = slow(text)
    if fast is None or not isinstance(fast[0], dict):
        return  # load_text uses the fast path only for a mapping; the strict loader reports the rest
    assert reference is not None, "the fast path accepted what the strict loader refuses"
    data, marks, key_marks = fast
    assert data == reference.data
    assert marks == reference.marks
    assert key_marks == reference.key_marks
    loaded = strict.load_text(text.encode("utf-8"), "f.yaml")  # the fast path, positions read when asked for
    assert loaded.text == text and loaded.data == reference.data
    assert (loaded.marks, loaded.key_marks) == (reference.marks, reference.key_marks)
    assert loaded.text is None


POLICIES = [EXAMPLE, *sorted((ROOT / "tests" / "fixtures").rglob("*.yaml"))]


@pytest.mark.parametrize("path", POLICIES, ids=[p.name for p in POLICIES])
def test_real_policies_load_the_same(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert fast_tree(text, MAX_DEPTH) is not None
    same(text)


@pytest.mark.parametrize(
    "text",
    [
        "name: Caf\u00e9 \u00e9t\u00e9\nnext: [\u00e9, \u6771\u4eac, x]\nthird: {\u00e9: \U0001f600, b: c}\n",
        "a:\nb: ''\nc: \"\"\nd: |\n  text\ne: >-\n  folded\n",
        "a: &x 1\n", "a: *x\n", "a: !!str 1\n", "a: 1\na: 2\n", "[a, b]: 1\n", "", "# only\n", "a: 1\n---\nb: 2\n",
        "a: " + "[" * 40 + "]" * 40 + "\n", "a: [1, 2\n", "- a\n- b\n", "just text\n",
    ],
    ids=["non-ascii-columns", "empty-and-block-scalars", "anchor", "alias", "tag", "duplicate", "complex-key", "empty",
         "comment-only", "two-documents", "deep", "syntax-error", "top-level-list", "scalar"],
)
def test_edge_cases_load_the_same_or_step_aside(text: str) -> None:
    same(text)


def test_refusals_step_aside() -> None:
    for text in ["a: &x 1\n", "a: 1\na: 2\n", "a: !!str 1\n", "", "a: 1\n---\nb: 2\n", "a: " + "[" * 40 + "]" * 40]:
        assert fast_tree(text, MAX_DEPTH) is None, text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(yaml_lines, st.text(max_size=200)))
def test_random_text_loads_the_same(text: str) -> None:
    same(text)


def test_minimal_policy() -> None:
    same(MINIMAL)
