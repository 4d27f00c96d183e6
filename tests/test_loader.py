"""The strict loader: every scalar stays text, positions are kept, hostile input is refused."""

from __future__ import annotations

import pytest

from generator.load import load_text
from generator.load.source import MAX_BYTES
from generator.problems import PolicyError


def load(text: str | bytes):
    return load_text(text if isinstance(text, bytes) else text.encode("utf-8"), "f.yaml")


@pytest.mark.parametrize(
    ("yaml_value", "expected"),
    [
        ("17:30", "17:30"),
        ("no", "no"),
        ("yes", "yes"),
        ("0800", "0800"),
        ("2026-12-25", "2026-12-25"),
        ("1e3", "1e3"),
        ("0x10", "0x10"),
        ("~", "~"),
        ("null", "null"),
        ("'quoted'", "quoted"),
        ('""', ""),
        ("1_000", "1_000"),
    ],
    ids=["base-60", "no", "yes", "octal-looking", "date", "float", "hex", "tilde", "null-word", "quoted", "empty-quoted", "underscore"],
)
def test_every_scalar_stays_text(yaml_value: str, expected: str) -> None:
    assert load(f"key: {yaml_value}\n").data == {"key": expected}


def test_plain_empty_value_is_none() -> None:
    assert load("key:\nother: x\n").data == {"key": None, "other": "x"}


def test_positions_of_values_and_keys() -> None:
    source = load("a:\n  b: [x, y]\n  c: z\n")
    assert source.marks[("a", "b", 1)] == (2, 10)
    assert source.key_marks[("a", "c")] == (3, 3)
    assert source.marks[("a", "c")] == (3, 6)
    assert source.mark(("a", "missing", 3)) == (2, 3)


def test_utf8_bom_is_accepted() -> None:
    assert load(b"\xef\xbb\xbfname: Caf\xc3\xa9\n").data == {"name": "Caf\u00e9"}


def test_utf16_is_refused_with_a_line() -> None:
    with pytest.raises(PolicyError) as info:
        load("name: x\n".encode("utf-16"))
    assert info.value.problems[0].format() == (
        "f.yaml:1:1: error: the file is not UTF-8 (byte 0xFF cannot be read); save it as UTF-8"
    )


def test_bad_byte_on_a_later_line() -> None:
    with pytest.raises(PolicyError) as info:
        load(b"a: 1\nb: 2\nc: \xff\n")
    assert (info.value.problems[0].line, info.value.problems[0].col) == (3, 4)


def test_oversized_file_is_refused() -> None:
    with pytest.raises(PolicyError) as info:
        load(b"a: " + b"x" * MAX_BYTES + b"\n")
    assert info.value.problems[0].format() == "f.yaml:1:1: error: the file is larger than 1024 KiB; a policy is far smaller"


def test_control_characters_are_refused() -> None:
    with pytest.raises(PolicyError) as info:
        load("a: b\x07c\n")
    assert info.value.problems[0].format() == (
        "f.yaml:1:5: error: the control character U+0007 is not allowed in a policy; remove it"
    )


def test_every_duplicate_key_is_reported() -> None:
    with pytest.raises(PolicyError) as info:
        load("a: 1\nb: 2\na: 3\nb: 4\n")
    assert [p.format() for p in info.value.problems] == [
        "f.yaml:3:1: error: duplicate key 'a' (first set on line 1); keep one",
        "f.yaml:4:1: error: duplicate key 'b' (first set on line 2); keep one",
    ]


def test_complex_keys_are_refused() -> None:
    with pytest.raises(PolicyError) as info:
        load("? [a, b]\n: c\n")
    assert info.value.problems[0].format() == "f.yaml:1:3: error: a key must be plain text, not a list or mapping"


def test_merge_key_is_just_an_unknown_key() -> None:
    assert load("<<: x\n").data == {"<<": "x"}


def test_nesting_up_to_the_cap_is_fine() -> None:
    # The top-level mapping is the first of the 32 allowed levels; the 32nd bracket (column 35) is the 33rd.
    data = load("a: " + "[" * 31 + "]" * 31 + "\n").data["a"]
    for _ in range(30):
        data = data[0]
    assert data == []


def test_nesting_over_the_cap_is_refused() -> None:
    with pytest.raises(PolicyError) as info:
        load("a: " + "[" * 32 + "]" * 32 + "\n")
    assert info.value.problems[0].format() == (
        "f.yaml:1:35: error: nesting is deeper than 32 levels; a policy never needs that"
    )
