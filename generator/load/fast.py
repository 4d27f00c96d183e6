"""A fast path for well-formed policies: libyaml's event parser, with the strict loader's rules.

libyaml parses about twenty times faster than PyYAML's pure-Python scanner.
Only its *parser* is used (it keeps its nesting on the heap, so deep input
cannot crash the process); the tree is built here, iteratively, exactly as the
strict loader builds it. At the first thing the strict loader would refuse
(an anchor, alias, tag, duplicate or non-text key, too much nesting, a second
document, an empty file, a syntax error) the fast path gives up and returns
None, and the strict loader reads the file again to report every problem with
its usual message. A test checks that both give the same tree and positions.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.events import (
    AliasEvent,
    CollectionStartEvent,
    DocumentStartEvent,
    MappingStartEvent,
    ScalarEvent,
    StreamEndEvent,
)

_NO_KEY = object()


def fast_tree(text: str, max_depth: int) -> tuple[Any, dict, dict] | None:
    """(data, marks, key_marks) for a clean policy text, or None to let the strict loader decide."""
    try:
        from yaml.cyaml import CParser
    except ImportError:  # PyYAML built without libyaml
        return None
    parser = CParser(text)
    try:
        return _build(parser, max_depth)
    except yaml.YAMLError:
        return None
    finally:
        parser.dispose()


def _build(parser: Any, max_depth: int) -> tuple[Any, dict, dict] | None:
    marks: dict = {}
    key_marks: dict = {}
    stack: list[list[Any]] = []  # [container, loc, pending key] for each open collection
    root: Any = _NO_KEY
    documents = 0
    while True:
        event = parser.get_event()
        if isinstance(event, StreamEndEvent):
            break
        if isinstance(event, DocumentStartEvent):
            documents += 1
            if documents > 1:
                return None
            continue
        if isinstance(event, AliasEvent):
            return None
        if isinstance(event, (ScalarEvent, CollectionStartEvent)):
            if event.anchor is not None or event.tag not in (None, "!"):
                return None
            mark = (event.start_mark.line + 1, event.start_mark.column + 1)
            if isinstance(event, ScalarEvent):
                plain = not event.style  # libyaml reports a plain scalar's style as "", PyYAML as None
                value: Any = None if event.value == "" and plain else event.value
            else:
                if len(stack) + 1 > max_depth:
                    return None
                value = {} if isinstance(event, MappingStartEvent) else []
            if not stack:
                loc: tuple = ()
                root = value
            else:
                frame = stack[-1]
                container, parent, key = frame
                if isinstance(container, list):
                    loc = parent + (len(container),)
                    container.append(value)
                elif key is _NO_KEY:
                    if not isinstance(event, ScalarEvent) or event.value in container:
                        return None
                    frame[2] = event.value
                    key_marks[parent + (event.value,)] = mark
                    continue
                else:
                    loc = parent + (key,)
                    container[key] = value
                    frame[2] = _NO_KEY
            marks[loc] = mark
            if isinstance(event, CollectionStartEvent):
                stack.append([value, loc, _NO_KEY])
            continue
        if stack and not isinstance(event, (yaml.StreamStartEvent, yaml.DocumentEndEvent)):
            stack.pop()  # the end of a sequence or mapping
    if root is _NO_KEY or root is None:
        return None
    return root, marks, key_marks
