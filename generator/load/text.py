"""Reading input files as text: UTF-8 (a BOM is fine) with the line and column of anything that is not."""

from __future__ import annotations

import codecs

from generator.problems import Problem


def line_col(text: str | bytes, index: int) -> tuple[int, int]:
    """The 1-based line and column of ``index`` in ``text`` (characters, or bytes for undecodable input)."""
    newline = "\n" if isinstance(text, str) else b"\n"
    line = text.count(newline, 0, index) + 1  # type: ignore[arg-type]
    col = index - (text.rfind(newline, 0, index) + 1) + 1  # type: ignore[arg-type]
    return line, col


def decode(raw: bytes, file: str, advice: str = "save it as UTF-8") -> str | Problem:
    """The file's text without a BOM, or the located problem of its first byte that is not UTF-8."""
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8):]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Problem(
            file, *line_col(raw, exc.start), f"the file is not UTF-8 (byte 0x{raw[exc.start]:02X} cannot be read); {advice}"
        )
