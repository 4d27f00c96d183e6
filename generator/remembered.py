"""Answers that depend only on an installed library's data, remembered between builds.

Some facts a build needs come from large data sets in other libraries: the
Unicode CLDR through Babel (day names, how a time is written, a zone's city:
about 5 MiB of memory to load one language) and the public holidays of a
country (the holidays library: about 2 MiB). The build asks each question
through ``ask``: answered from a small table when the table has it, else by
the library (and added). ``use_table(path)`` chooses the file that keeps the
table (the build cache names it after the installed libraries' versions, see
``generator.adapters.cache``) and ``save()`` writes it back when it gained
answers, so a rebuild that finds every answer there loads none of those data
sets and writes the same bytes. Without a table (the cache off) the libraries
answer everything. A table that cannot be read is ignored and replaced; one
that cannot be written only costs the table.

Answers must be JSON (text, numbers, lists, mappings with text keys).
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

MAX_ANSWERS = 20_000
"""At most this many answers are kept (the oldest go first), so the table stays small whatever the policies ask."""

_table: dict[str, Any] = {}
_path: Path | None = None
_dirty = False


def use_table(path: Path | None) -> bool:
    """Keep the answers in ``path`` (read now), or in this process only (None); whether that is a change.

    Answers this process was given before keep their place, so questions asked
    before the table is chosen are not asked again.
    """
    global _table, _path, _dirty
    if path == _path:
        return False
    asked, _path = _table, path
    _table = {}
    if path is not None:
        try:
            data = json.loads(path.read_bytes())
            if isinstance(data, dict) and isinstance(data.get("answers"), dict):
                _table = data["answers"]
        except (OSError, ValueError):
            pass  # missing or unreadable: filled again
    _dirty = any(key not in _table for key in asked)
    _table.update(asked)
    return True


def save() -> None:
    """Write the table back if it gained answers (atomically)."""
    global _dirty
    if not _dirty or _path is None:
        return
    while len(_table) > MAX_ANSWERS:
        del _table[next(iter(_table))]
    try:
        _path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=f".{_path.stem}-", dir=_path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump({"answers": _table}, out, ensure_ascii=False, separators=(",", ":"))
        os.replace(temp, _path)
        _dirty = False
    except OSError:
        pass


_expected: dict[str, Callable[[], dict[str, Any] | None]] = {}
"""Answers under way in another process, by the start of the questions they answer (``expect``)."""


def expect(prefix: str, coming: Callable[[], dict[str, Any] | None] | None) -> None:
    """Answers to questions starting with ``prefix`` are coming: ``coming()`` waits for them (None: none came).

    ``ask`` takes them before it answers such a question itself; None withdraws them.
    """
    if coming is None:
        _expected.pop(prefix, None)
    else:
        _expected[prefix] = coming


def ask(question: str, args: list[Any], answer: Callable[[], T]) -> T:
    """The answer to ``question`` about ``args``: from the table, else ``answer()`` (remembered)."""
    global _dirty
    key = _key(question, args)
    if key in _table:
        return _table[key]  # type: ignore[no-any-return]
    for prefix in [prefix for prefix in _expected if question.startswith(prefix)]:
        came = _expected.pop(prefix)()
        if came:
            learn(came)
    if key in _table:
        return _table[key]  # type: ignore[no-any-return]
    value = answer()
    _table[key] = value
    _dirty = True
    return value


def knows(question: str, args: list[Any]) -> bool:
    """Whether the table has the answer to ``question`` about ``args``."""
    return _key(question, args) in _table


def _key(question: str, args: list[Any]) -> str:
    return json.dumps([question, args], ensure_ascii=False, separators=(",", ":"))


def answers() -> dict[str, Any]:
    """Every answer this process has (a child's, to send back to the process that forked it)."""
    return dict(_table)


def learn(answers: dict[str, Any]) -> None:
    """Add answers another process found (``generator.adapters.ahead``); the table is saved with them when it changes."""
    global _dirty
    new = {key: value for key, value in answers.items() if key not in _table}
    if new:
        _table.update(new)
        _dirty = True

