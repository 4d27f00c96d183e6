"""Turn pydantic's validation errors into located, plain-language problems."""

from __future__ import annotations

import re
import types
import typing
from typing import Any

from pydantic import BaseModel, ValidationError

from generator.load.source import Loc, Source
from generator.model.fields import ERROR_TYPE, describe
from generator.model.values import did_you_mean
from generator.problems import Problem, quote


def field_path(loc: Loc) -> str:
    """``channels[2].schedule`` from ``("channels", 2, "schedule")``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out or "(top level)"


def _model_at(root: type[BaseModel], loc: Loc) -> type[BaseModel] | None:
    """The model class that holds the mapping at ``loc``, following fields, lists and dicts."""
    current: Any = root
    for part in loc:
        current = unwrap(current)
        if isinstance(current, type) and issubclass(current, BaseModel):
            if not isinstance(part, str) or part not in current.model_fields:
                return None
            current = current.model_fields[part].annotation
        elif typing.get_origin(current) in (list, tuple):
            current = typing.get_args(current)[0]
        elif typing.get_origin(current) is dict:
            current = typing.get_args(current)[1]
        else:
            return None
    current = unwrap(current)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def unwrap(annotation: Any) -> Any:
    """The annotation without ``Annotated`` metadata or ``| None``."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            if len(args) != 1:
                return annotation
            annotation = args[0]
        else:
            return annotation


def _message(error: dict[str, Any], root: type[BaseModel], loc: Loc) -> tuple[str, bool]:
    """The message for one error, and whether it is about the mapping that holds ``loc``."""
    kind = error["type"]
    value = error.get("input")
    ctx = error.get("ctx") or {}
    if kind == "extra_forbidden":
        key = str(loc[-1])
        model = _model_at(root, loc[:-1])
        allowed = list(model.model_fields) if model else []
        hint = did_you_mean(key, allowed)
        if not hint and allowed:
            hint = f"; expected one of: {', '.join(allowed)}"
        return f"unknown key {quote(key)}{hint}", True
    if kind == "missing":
        return f"missing required key {quote(loc[-1])}", True
    if kind in ("string_type", "str_type"):
        return f"expected text, got {describe(value)}", False
    if kind == "string_too_short":
        return "must not be empty", False
    if kind == "string_too_long":
        return f"is longer than {ctx.get('max_length')} characters; shorten it", False
    if kind in ("list_type", "tuple_type"):
        return f"expected a list, got {describe(value)}", False
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        return f"expected a mapping of keys, got {describe(value)}", False
    if kind == "too_short":
        return "needs at least one item", False
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        expected = ", ".join(choices)
        if value is None:
            return f"no value given; expected one of: {expected}", False
        hint = did_you_mean(str(value), choices)
        return f"{quote(value) if isinstance(value, str) else describe(value)} is not one of: {expected}{hint}", False
    return error.get("msg", "is not valid"), False  # pragma: no cover - every type the model uses is mapped above


def problems_from(exc: ValidationError, source: Source, root: type[BaseModel]) -> list[Problem]:
    problems = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        ctx = error.get("ctx") or {}
        at_key = False
        if loc and loc[-1] == "[key]":
            loc = loc[:-1]
            at_key = True
        if error["type"] == ERROR_TYPE:
            for message, subpath, on_key in ctx["problems"]:
                where = loc + tuple(subpath)
                problems.append(source.problem(where, f"{field_path(where)}: {message}", key=at_key or on_key))
            continue
        message, about_parent = _message(error, root, loc)
        where = field_path(loc[:-1] if about_parent else loc)
        at_key = at_key or error["type"] == "extra_forbidden"
        problems.append(source.problem(loc, f"{where}: {message}", key=at_key))
    return problems
