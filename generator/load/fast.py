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
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)

_NO_KEY = object()


def fast_tree(text: str, max_depth: int, marking: bool = True) -> tuple[Any, dict, dict] | None:
    """(data, marks, key_marks) for a clean policy text, or None to let the strict loader decide.

    Without ``marking`` the two position tables stay empty: a third of the
    work, which only a problem to report needs (``Source`` reads them then).
    """
    try:
        from yaml.cyaml import CParser
    except ImportError:  # PyYAML built without libyaml
        return None
    parser = CParser(text)
    try:
        return _build(parser, max_depth, marking)
    except yaml.YAMLError:
        return None
    finally:
        parser.dispose()


def _build(parser: Any, max_depth: int, marking: bool) -> tuple[Any, dict, dict] | None:
    # The loop runs once per event (tens of thousands for a large policy): exact types instead of
    # isinstance chains, and names bound locally.
    marks: dict = {}
    key_marks: dict = {}
    loc: tuple = ()
    stack: list[list[Any]] = []  # [container, loc, pending key] for each open collection
    root: Any = _NO_KEY
    documents = 0
    get_event = parser.get_event
    scalar, mapping_start, sequence_start = ScalarEvent, MappingStartEvent, SequenceStartEvent
    ends = (MappingEndEvent, SequenceEndEvent)
    while True:
        event = get_event()
        kind = type(event)
        if kind is scalar or kind is mapping_start or kind is sequence_start:
            if event.anchor is not None or event.tag not in (None, "!"):
                return None
            if marking:
                start = event.start_mark
                mark = (start.line + 1, start.column + 1)
            if kind is scalar:
                value: Any = None if event.value == "" and not event.style else event.value  # libyaml: plain style is ""
            else:
                if len(stack) + 1 > max_depth:
                    return None
                value = {} if kind is mapping_start else []
            if not stack:
                root = value
            else:
                frame = stack[-1]
                container, parent, key = frame
                if type(container) is list:
                    if marking:
                        loc = parent + (len(container),)
                    container.append(value)
                elif key is _NO_KEY:
                    if kind is not scalar or event.value in container:
                        return None
                    frame[2] = event.value
                    if marking:
                        key_marks[parent + (event.value,)] = mark
                    continue
                else:
                    if marking:
                        loc = parent + (key,)
                    container[key] = value
                    frame[2] = _NO_KEY
            if marking:
                marks[loc] = mark
            if kind is not scalar:
                stack.append([value, loc, _NO_KEY])
            continue
        if kind in ends:
            stack.pop()
            continue
        if kind is StreamEndEvent:
            break
        if kind is DocumentStartEvent:
            documents += 1
            if documents > 1:
                return None
            continue
        if kind is AliasEvent:
            return None
        # StreamStartEvent, DocumentEndEvent: nothing to build
    if root is _NO_KEY or root is None:
        return None
    return root, marks, key_marks
