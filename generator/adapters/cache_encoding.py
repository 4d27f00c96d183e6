"""The build cache's storage format: generated values as JSON data, and back.

``encode`` turns a value the generator returned (pages, data files,
navigation, languages: dataclasses, tuples, mappings, ``Markup``) into JSON
data; ``decode`` reads it back as equal data in which each dataclass is a
read-only ``Record`` with the same attributes (fields and properties). Reading
it back imports nothing of the pipeline.
"""

from __future__ import annotations

import dataclasses
import functools
from typing import Any


class Unencodable(TypeError):
    """A value the cache cannot store exactly; the build goes on uncached."""


def _properties(cls: type) -> list[str]:
    names = []
    for klass in reversed(cls.__mro__):
        for name, member in vars(klass).items():
            if isinstance(member, (property, functools.cached_property)) and not name.startswith("_"):
                names.append(name)
    return list(dict.fromkeys(names))


def encode(value: Any) -> Any:
    """``value`` as JSON data that ``decode`` reads back to equal data (dataclasses to Records with their properties)."""
    if value is None or type(value) in (bool, int, float, str, list):
        return [encode(v) for v in value] if type(value) is list else value
    if type(value) is tuple:
        return {"tuple": [encode(v) for v in value]}
    if type(value) is dict:
        if not all(type(k) is str for k in value):
            raise Unencodable("a mapping with keys other than text")
        return {"dict": {k: encode(v) for k, v in value.items()}}
    if type(value) is Record:  # read back from the build cache (a child sends what it read: generator.adapters.ahead)
        return {"record": value._kind, "attrs": {k: encode(v) for k, v in value._attrs.items()}}
    if isinstance(value, str) and type(value).__name__ == "Markup":
        return {"markup": str(value)}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        attrs = {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
        for name in _properties(type(value)):
            try:
                attrs[name] = encode(getattr(value, name))
            except Exception:  # a property the stored value cannot carry (a Babel locale): left out
                continue
        return {"record": type(value).__qualname__, "attrs": attrs}
    raise Unencodable(f"a value of type {type(value).__name__}")


def _freeze(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    if isinstance(value, dict):
        return tuple(sorted((k, _freeze(v)) for k, v in value.items()))
    return value


class Record:
    """A generated object read back from the cache: the attributes (fields and properties) of the original, read-only."""

    __slots__ = ("_kind", "_attrs")

    def __init__(self, kind: str, attrs: dict[str, Any]) -> None:
        object.__setattr__(self, "_kind", kind)
        object.__setattr__(self, "_attrs", attrs)

    def __getattr__(self, name: str) -> Any:
        try:
            return self._attrs[name]
        except KeyError:
            raise AttributeError(f"{self._kind} read from the cache has no attribute {name!r}") from None

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{self._kind} read from the cache is read-only")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Record) and (self._kind, self._attrs) == (other._kind, other._attrs)

    def __hash__(self) -> int:
        return hash((self._kind, _freeze(self._attrs)))

    def __repr__(self) -> str:
        return f"{self._kind}({', '.join(f'{k}={v!r}' for k, v in self._attrs.items())})"


def decode(data: Any) -> Any:
    """The value ``encode`` made ``data`` from; raises ValueError on data it did not make."""
    if isinstance(data, list):
        return [decode(v) for v in data]
    if not isinstance(data, dict):
        return data
    if data.keys() == {"tuple"}:
        return tuple(decode(v) for v in data["tuple"])
    if data.keys() == {"dict"}:
        return {k: decode(v) for k, v in data["dict"].items()}
    if data.keys() == {"markup"}:
        from markupsafe import Markup

        return Markup(data["markup"])
    if data.keys() == {"record", "attrs"}:
        return Record(data["record"], {k: decode(v) for k, v in data["attrs"].items()})
    raise ValueError("not a cache entry")
