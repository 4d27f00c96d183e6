"""Translation files beside a policy (``policies/<policy>.<tag>.po``), read strictly, with positions.

A PO file is input written by people and tools, so it gets the policy's
care: at most 4 MiB, UTF-8, no control characters, every line a comment, a
keyword with one quoted string, or a quoted continuation; only the escapes
``\\\\ \\" \\n \\t \\r``; no plural forms (policy text has none); no entry twice.
Babel's ``read_po`` then reads the file (aborting on anything it finds
invalid). Every problem is located: ``harbor-view.fr-CA.po:41:9: error: ...``.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from babel import Locale, UnknownLocaleError
from yaml.reader import Reader

from generator.load.files import POLICY_SUFFIXES
from generator.load.text import decode, line_col
from generator.problems import PolicyError, Problem, quote

if TYPE_CHECKING:
    from babel.messages.catalog import Catalog

MAX_BYTES = 4 * 1024 * 1024
SUFFIX = ".po"

_KEYWORD = re.compile(r"(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)(\s+)(.*)$")
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"$')
_ESCAPE = re.compile(r"\\(.)")
_ALLOWED_ESCAPES = set('\\"ntr')
_UNESCAPE = {"n": "\n", "t": "\t", "r": "\r"}
_NON_PRINTABLE = Reader.NON_PRINTABLE


@dataclass
class Translation:
    """A loaded translation file: its Babel catalog and the line of each entry's msgstr."""

    file: str
    language: str
    """The language tag, as written in the file name."""
    catalog: Catalog
    lines: dict[tuple[str, str], int] = field(default_factory=dict)
    """(msgctxt or "", msgid) -> line of the entry's msgstr keyword."""

    def line(self, context: str, msgid: str) -> int:
        return self.lines.get((context, msgid), 1)


def split_name(path: Path) -> tuple[str, str] | None:
    """(policy stem, language tag) of ``harbor-view.fr-CA.po``; None when the name has no language part."""
    if path.suffix != SUFFIX:
        return None
    stem, dot, tag = path.name[: -len(SUFFIX)].rpartition(".")
    return (stem, tag) if dot and stem and tag else None


def tag_key(tag: str) -> str:
    """A language tag compared without case or ``_``/``-`` differences."""
    return tag.replace("_", "-").lower()


def translation_path(policy_path: Path, tag: str) -> Path:
    """Where the translation of ``policy_path`` into ``tag`` lives: beside it."""
    return policy_path.with_name(f"{policy_path.stem}.{tag}{SUFFIX}")


def translation_paths(policy_path: Path) -> dict[str, Path]:
    """The translation files of a policy by language tag (as written in their names)."""
    found: dict[str, Path] = {}
    folder = policy_path.parent
    if not folder.is_dir():
        return found
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        parts = split_name(path)
        if parts and parts[0] == policy_path.stem and path.is_file():
            found[parts[1]] = path
    return found


def orphan_problems(folder: Path, display: str) -> list[Problem]:
    """Translation files in ``folder`` that belong to no policy file there."""
    problems: list[Problem] = []
    if not folder.is_dir():
        return problems
    stems = {p.stem for p in folder.iterdir() if p.suffix in POLICY_SUFFIXES}
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        name = str(Path(display) / path.name)
        parts = split_name(path)
        if parts is None:
            problems.append(Problem(name, 1, 1, "a translation file is named <policy>.<language>.po, e.g. harbor-view.fr-CA.po; rename it"))
        elif parts[0] not in stems:
            problems.append(Problem(name, 1, 1, f"there is no policy {quote(parts[0] + '.yaml')} beside this translation; rename or delete it"))
    return problems


def _decode(raw: bytes, file: str) -> str:
    text = decode(raw, file)
    if isinstance(text, Problem):
        raise PolicyError([text])
    bad = _NON_PRINTABLE.search(text.replace("\t", " "))
    if bad:
        raise PolicyError([Problem(
            file, *line_col(text, bad.start()),
            f"the control character U+{ord(bad.group()):04X} is not allowed in a translation file; remove it",
        )])
    return text


def _scan(text: str, file: str) -> tuple[list[Problem], dict[tuple[str, str], int]]:
    """Check every line's shape; return the problems and the msgstr line of each (not obsolete) entry."""
    problems: list[Problem] = []
    lines: dict[tuple[str, str], int] = {}
    first: dict[tuple[str, str], int] = {}
    entry: dict[str, list[str]] = {}
    at: dict[str, int] = {}
    current: str | None = None

    def finish() -> None:
        if "msgid" in entry and "msgstr" in entry:
            key = ("".join(entry.get("msgctxt", [])), "".join(entry["msgid"]))
            if key in first:
                context = f" with msgctxt {quote(key[0])}" if key[0] else ""
                problems.append(Problem(
                    file, at["msgid"], 1,
                    f"msgid {quote(key[1])}{context} appears twice (first on line {first[key]}); keep one entry",
                ))
            else:
                first[key] = at["msgid"]
                lines[key] = at["msgstr"]
        entry.clear()
        at.clear()

    for number, raw_line in enumerate(text.split("\n"), start=1):  # as Babel reads it: U+2028 is no line break
        line = raw_line.strip()
        col = len(raw_line) - len(raw_line.lstrip()) + 1
        obsolete = line.startswith("#~")
        if not line or (line.startswith("#") and not obsolete):
            if line and "msgid" in entry:
                finish()  # a comment starts the next entry
            continue
        body = line[2:].lstrip() if obsolete else line
        if obsolete:
            col += len(line) - len(body)
        match = _KEYWORD.match(body)
        if match:
            keyword, string, string_col = match.group(1), match.group(3), col + match.start(3)
            if keyword == "msgid_plural" or keyword.startswith("msgstr["):
                problems.append(Problem(file, number, col, f"{keyword}: policy text has no plural forms; use msgid and msgstr only"))
                continue
        elif body.startswith('"'):
            keyword, string, string_col = None, body, col
        else:
            problems.append(Problem(
                file, number, col,
                f"{quote(body)} is not a PO line: expected a # comment, msgctxt, msgid or msgstr "
                "with a quoted string, or a quoted continuation",
            ))
            continue
        if not _STRING.match(string):
            problems.append(Problem(file, number, string_col, f"expected one string in double quotes, got {quote(string)}"))
            continue
        for escape in _ESCAPE.finditer(string[1:-1]):
            if escape.group(1) not in _ALLOWED_ESCAPES:
                problems.append(Problem(
                    file, number, string_col + 1 + escape.start(),
                    f"the escape {quote(escape.group())} is not allowed; write \\n, \\t, \\\", \\\\ or the character itself",
                ))
        if obsolete:
            continue
        if keyword is not None:
            if keyword in ("msgctxt", "msgid") and "msgid" in entry:
                finish()
            current = keyword
            entry[keyword] = []
            at[keyword] = number
        elif current is None or current not in entry:
            problems.append(Problem(file, number, col, "a quoted line must continue a msgctxt, msgid or msgstr"))
            continue
        entry[current].append(_ESCAPE.sub(lambda m: _UNESCAPE.get(m.group(1), m.group(1)), string[1:-1]))
    finish()
    return problems, lines


def load_translation(raw: bytes, file: str, language: str) -> Translation:
    """Read one translation file's bytes; raise PolicyError with every problem found."""
    if len(raw) > MAX_BYTES:
        raise PolicyError([Problem(
            file, 1, 1, f"the file is larger than {MAX_BYTES // 1024} KiB; a policy's translation is far smaller"
        )])
    text = _decode(raw, file)
    problems, lines = _scan(text, file)
    if problems:
        raise PolicyError(problems)
    from babel.messages.pofile import PoFileError, read_po  # a site in one language reads no translation

    try:
        catalog = read_po(io.StringIO(text), abort_invalid=True)
    except PoFileError as exc:
        message = str(exc.args[0]).rsplit(" on ", 1)[0] if exc.args else "the file cannot be read"
        raise PolicyError([Problem(file, exc.lineno + 1, 1, f"PO syntax: {message}")]) from None
    except (ValueError, TypeError, UnknownLocaleError) as exc:  # a header Babel cannot read
        raise PolicyError([Problem(file, 1, 1, f"the PO header cannot be read: {exc}")]) from None
    header_language = catalog.locale_identifier
    try:
        expected = str(Locale.parse(language.replace("-", "_")))
    except (UnknownLocaleError, ValueError):
        raise PolicyError([Problem(file, 1, 1, f"{quote(language)} in the file name is not a language tag such as fr-CA")]) from None
    if header_language and str(header_language) != expected:
        raise PolicyError([Problem(
            file, lines.get(("", ""), 1), 1,
            f"the header says Language: {header_language}, but the file name says {language}; make them agree",
        )])
    if not header_language:
        catalog.locale = expected
    return Translation(file, language, catalog, lines)


def read_translation(path: Path, display: str, language: str) -> Translation:
    """Read and load a translation file; ``display`` is the name used in messages."""
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise PolicyError([Problem(display, 1, 1, f"cannot read the file: {exc.strerror or exc}")]) from None
    return load_translation(raw, display, language)


__all__ = [
    "MAX_BYTES", "Translation", "load_translation", "orphan_problems", "read_translation", "split_name",
    "tag_key", "translation_path", "translation_paths",
]
