"""Strict YAML loading that keeps the position of every node.

Every scalar stays text (YAML 1.1 would turn ``17:30`` into 1050, ``no`` into
False and ``0800`` into 512); the model converts text where a typed value is
expected. Duplicate keys, tags, anchors and aliases are refused, nesting is
capped, and only one document is read. PyYAML's pure-Python classes are used
because the C loader overflows the stack on deeply nested input.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from yaml import MarkedYAMLError
from yaml.composer import Composer
from yaml.events import AliasEvent, CollectionStartEvent, ScalarEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.parser import Parser
from yaml.reader import Reader, ReaderError
from yaml.resolver import BaseResolver
from yaml.scanner import Scanner

from generator.load.fast import fast_tree
from generator.load.text import decode, line_col
from generator.problems import PolicyError, Problem, quote

MAX_BYTES = 1024 * 1024
MAX_DEPTH = 32

Loc = tuple[str | int, ...]
Mark = tuple[int, int]


@dataclass
class Source:
    """A loaded policy file: its data (dicts, lists, str, None) and where each part came from.

    ``marks`` and ``key_marks`` are the (line, column) of each node and of each
    mapping key, by loc. A file read by the fast path keeps its ``text``
    instead, and its positions are read from it when first asked for: most
    files load without a problem to locate.
    """

    file: str
    data: Any
    _marks: dict[Loc, Mark] = field(default_factory=dict)
    _key_marks: dict[Loc, Mark] = field(default_factory=dict)
    text: str | None = field(default=None, repr=False, compare=False)

    @property
    def marks(self) -> dict[Loc, Mark]:
        self._read_marks()
        return self._marks

    @property
    def key_marks(self) -> dict[Loc, Mark]:
        self._read_marks()
        return self._key_marks

    def _read_marks(self) -> None:
        if self.text is not None:
            tree = fast_tree(self.text, MAX_DEPTH)
            if tree is not None:  # always: the text the fast path read without positions
                _, self._marks, self._key_marks = tree
            self.text = None

    def mark(self, loc: Loc, *, key: bool = False) -> Mark:
        """Position of the node at ``loc``; for a missing node, that of its nearest parent."""
        loc = tuple(loc)
        if key and loc in self.key_marks:
            return self.key_marks[loc]
        while loc:
            if loc in self.marks:
                return self.marks[loc]
            loc = loc[:-1]
        return self.marks.get((), (1, 1))

    def problem(self, loc: Loc, message: str, *, key: bool = False) -> Problem:
        line, col = self.mark(loc, key=key)
        return Problem(self.file, line, col, message)


class _LoadError(Exception):
    def __init__(self, mark: Mark, message: str):
        super().__init__(message)
        self.mark = mark
        self.message = message


def _pos(node_or_event: Any) -> Mark:
    m = node_or_event.start_mark
    return (m.line + 1, m.column + 1)


class _StrictLoader(Reader, Scanner, Parser, Composer, BaseResolver):
    """PyYAML's pure-Python pipeline with a resolver that knows only text."""

    def __init__(self, text: str):
        Reader.__init__(self, text)
        Scanner.__init__(self)
        Parser.__init__(self)
        Composer.__init__(self)
        BaseResolver.__init__(self)
        self._depth = 0

    def compose_node(self, parent: Node | None, index: Any) -> Node:
        event = self.peek_event()
        if isinstance(event, AliasEvent):
            raise _LoadError(_pos(event), "aliases (*name) are not allowed; repeat the value instead")
        if isinstance(event, (ScalarEvent, CollectionStartEvent)):
            if event.anchor is not None:
                raise _LoadError(_pos(event), "anchors (&name) are not allowed; repeat the value instead")
            if event.tag not in (None, "!"):
                raise _LoadError(_pos(event), f"tags such as {quote(event.tag)} are not allowed; remove the tag")
        if isinstance(event, CollectionStartEvent):
            self._depth += 1
            if self._depth > MAX_DEPTH:
                raise _LoadError(_pos(event), f"nesting is deeper than {MAX_DEPTH} levels; a policy never needs that")
            try:
                return super().compose_node(parent, index)
            finally:
                self._depth -= 1
        return super().compose_node(parent, index)


_NON_PRINTABLE = Reader.NON_PRINTABLE


def _decode(raw: bytes, file: str) -> str | Problem:
    text = decode(raw, file)
    if isinstance(text, Problem):
        return text
    bad = _NON_PRINTABLE.search(text)
    if bad:
        return Problem(
            file, *line_col(text, bad.start()),
            f"the control character U+{ord(bad.group()):04X} is not allowed in a policy; remove it",
        )
    return text


def _yaml_message(exc: MarkedYAMLError, text: str) -> tuple[Mark, str]:
    mark = exc.problem_mark or exc.context_mark
    pos = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    problem = exc.problem or "the YAML cannot be read"
    if "'\\t'" in problem or "\t" in problem:
        return pos, "a tab character is used for indentation; indent with spaces"
    if problem == "mapping values are not allowed here":
        return pos, (
            "YAML syntax: unexpected ':' here; put a value that contains ': ' in quotes, "
            "or check the indentation of this line"
        )
    if "expected a single document" in f"{exc.context} {problem}":
        return pos, "the file holds more than one YAML document; keep one policy per file"
    unclosed = _unclosed(exc, text)
    if unclosed:
        return unclosed
    context = f"{exc.context}, " if exc.context else ""
    return pos, f"YAML syntax: {context}{problem}"


_OPENERS = {
    "while parsing a flow sequence": "this '['",
    "while parsing a flow mapping": "this '{'",
    "while scanning a quoted scalar": "this quote ({quote})",
}


def _closes(text: str, start: int) -> bool:
    """Whether the bracket at ``start`` has its partner later in the text (quotes skipped)."""
    depth = 0
    i = start
    while i < len(text):
        char = text[i]
        if char in "[{":
            depth += 1
        elif char in "]}":
            depth -= 1
            if depth == 0:
                return True
        elif char in "'\"":
            end = text.find(char, i + 1)
            while char == "'" and end != -1 and text.startswith("''", end):
                end = text.find(char, end + 2)
            if end == -1:
                return False
            i = end
        i += 1
    return False


def _unclosed(exc: MarkedYAMLError, text: str) -> tuple[Mark, str] | None:
    """An unclosed bracket or quote, reported where it opens (the parser notices only later)."""
    opener = _OPENERS.get(exc.context or "")
    start, found = exc.context_mark, exc.problem_mark
    if opener is None or start is None or found is None:
        return None
    if opener != "this quote ({quote})" and found.index < len(text) and text[found.index] in "]}":
        where = f"line {start.line + 1}, column {start.column + 1}"
        return (found.line + 1, found.column + 1), (
            f"{quote(text[found.index])} does not close the {quote(text[start.index])} opened at {where}"
        )
    if opener != "this quote ({quote})" and _closes(text, start.index):
        return None  # closed later: the problem is inside the brackets
    if found.index >= len(text):
        what = "the end of the file"
    else:
        what = quote(text[found.index])
    opener = opener.replace("{quote}", text[start.index] if start.index < len(text) else '"')
    where = f"line {found.line + 1}, column {found.column + 1}"
    return (start.line + 1, start.column + 1), f"{opener} is never closed (found {what} at {where})"


def _tree(node: Node, loc: Loc, source: Source, problems: list[Problem]) -> Any:
    source.marks[loc] = _pos(node)
    if isinstance(node, ScalarNode):
        if node.value == "" and node.style is None:
            return None
        return node.value
    if isinstance(node, SequenceNode):
        return [_tree(item, loc + (i,), source, problems) for i, item in enumerate(node.value)]
    assert isinstance(node, MappingNode)
    result: dict[str, Any] = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, ScalarNode):
            problems.append(Problem(source.file, *_pos(key_node), "a key must be plain text, not a list or mapping"))
            continue
        key = key_node.value
        if key in result:
            first = source.key_marks[loc + (key,)]
            problems.append(
                Problem(source.file, *_pos(key_node), f"duplicate key {quote(key)} (first set on line {first[0]}); keep one")
            )
            continue
        source.key_marks[loc + (key,)] = _pos(key_node)
        result[key] = _tree(value_node, loc + (key,), source, problems)
    return result


def load_text(raw: bytes, file: str) -> Source:
    """Load one policy file's bytes; raise PolicyError with every problem found."""
    if len(raw) > MAX_BYTES:
        raise PolicyError([Problem(file, 1, 1, f"the file is larger than {MAX_BYTES // 1024} KiB; a policy is far smaller")])
    text = _decode(raw, file)
    if isinstance(text, Problem):
        raise PolicyError([text])
    fast = fast_tree(text, MAX_DEPTH, marking=False)
    if fast is not None and isinstance(fast[0], dict):
        return Source(file, fast[0], text=text)
    loader = _StrictLoader(text)
    try:
        node = loader.get_single_node()
    except _LoadError as exc:
        raise PolicyError([Problem(file, *exc.mark, exc.message)]) from None
    except MarkedYAMLError as exc:
        pos, message = _yaml_message(exc, text)
        raise PolicyError([Problem(file, *pos, message)]) from None
    except (ReaderError, RecursionError, ValueError) as exc:  # defensive: never a traceback
        raise PolicyError([Problem(file, 1, 1, f"the YAML cannot be read: {exc}")]) from None
    finally:
        loader.dispose()
    if node is None or (isinstance(node, ScalarNode) and node.value == "" and node.style is None):
        raise PolicyError([Problem(file, 1, 1, "the file is empty; start with 'policy: 1' (see 'expectations init')")])
    source = Source(file=file, data=None)
    problems: list[Problem] = []
    source.data = _tree(node, (), source, problems)
    if problems:
        raise PolicyError(problems)
    if not isinstance(source.data, dict):
        kind = "a list" if isinstance(source.data, list) else "a single value"
        raise PolicyError([source.problem((), f"the policy must be a mapping of keys (policy, business, ...), not {kind}")])
    return source


def load_file(path: Path, display: str | None = None) -> Source:
    """Read and load a policy file; ``display`` is the name used in messages."""
    name = display or str(path)
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise PolicyError([Problem(name, 1, 1, f"cannot read the file: {exc.strerror or exc}")]) from None
    return load_text(raw, name)


__all__ = ["Loc", "Mark", "Source", "load_file", "load_text", "MAX_BYTES", "MAX_DEPTH"]
