"""What can still be read from a policy that failed validation.

When pydantic rejects a policy, the cross-checks (references, unique ids,
promises) should still run on every part that is valid on its own, so one run
reports every problem. ``salvage`` validates each field separately and builds
the models with ``model_construct``: a field that is absent gets its default
(or ``None``), a field whose value is invalid, or that may be hiding behind a
misspelt key, becomes ``BROKEN``. Checks use
``isinstance`` on the values they need, so a broken value is passed over and
never causes a second, misleading problem ("unknown schedule" for a schedule
that failed to parse, "no first_response" for one that is malformed).
"""

from __future__ import annotations

import typing
from functools import cache
from typing import Any

from pydantic import BaseModel, TypeAdapter, ValidationError

from generator.model.locate import unwrap


class Broken:
    """The value of a field that is present but invalid (already reported)."""

    def __repr__(self) -> str:
        return "BROKEN"


BROKEN = Broken()


def salvage(model: type[BaseModel], data: Any) -> Any:
    """``model`` built from ``data`` field by field; ``BROKEN`` where ``data`` is not a mapping."""
    if not isinstance(data, dict):
        return BROKEN
    values: dict[str, Any] = {}
    # An unknown key may be a misspelling of an absent field: then that field is not known to be absent.
    misspelt = any(key not in model.model_fields for key in data)
    for name, field in model.model_fields.items():
        if name in data:
            values[name] = _value(_annotation(model, name), data[name])
        elif misspelt:
            values[name] = BROKEN
        elif not field.is_required():
            values[name] = field.get_default(call_default_factory=True)
        else:
            values[name] = None
    return model.model_construct(**values)


@cache
def _annotation(model: type[BaseModel], name: str) -> Any:
    """The field's annotation with its constraints and validators (``Annotated[...]``)."""
    return model.model_fields[name].rebuild_annotation()


@cache
def _adapter(annotation: Any) -> TypeAdapter[Any]:
    return TypeAdapter(annotation)


def _value(annotation: Any, value: Any) -> Any:
    if value is None:
        return _leaf(annotation, value)
    inner = unwrap(annotation)
    origin = typing.get_origin(inner)
    if isinstance(inner, type) and issubclass(inner, BaseModel):
        return salvage(inner, value)
    if origin is list:
        if not isinstance(value, list):
            return BROKEN
        (item,) = typing.get_args(inner)
        return [_value(item, v) for v in value]
    if origin is dict:
        if not isinstance(value, dict):
            return BROKEN
        _, item = typing.get_args(inner)
        return {k: _value(item, v) for k, v in value.items()}
    return _leaf(annotation, value)


def _leaf(annotation: Any, value: Any) -> Any:
    try:
        return _adapter(annotation).validate_python(value)
    except ValidationError:
        return BROKEN


__all__ = ["BROKEN", "Broken", "salvage"]
