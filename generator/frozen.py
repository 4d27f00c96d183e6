"""Immutable value classes, as ``@dataclass(frozen=True)`` makes them, at a quarter of the cost of making one.

The standard library writes and compiles six methods for each frozen
dataclass when its module is imported (``__init__``, ``__repr__``,
``__eq__``, ``__hash__``, ``__setattr__``, ``__delattr__``): about half a
millisecond a class, a twentieth of a first build for the generator's forty
classes. ``@frozen`` makes the same classes with the same behaviour:

- a real dataclass: ``dataclasses.fields``, ``replace``, ``asdict`` and
  ``is_dataclass`` work, defaults and ``field(default_factory=...)`` too;
- an ``__init__`` compiled for the class (the only method that is), so
  making an instance costs what it costs with a dataclass;
- compared, hashed, ordered (``order=True``) and shown by their fields, by
  methods shared by every class: equal only to an instance of the same
  class with equal fields, ``Name(field=value, ...)`` as text;
- immutable: setting or deleting an attribute raises ``FrozenInstanceError``.

``tests/test_frozen.py`` holds them to ``@dataclass(frozen=True)``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import MISSING, FrozenInstanceError
from operator import attrgetter
from typing import Any, TypeVar, dataclass_transform, overload

T = TypeVar("T", bound=type)

_set = object.__setattr__


def _key(names: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """The fields ``names`` of an instance as a tuple, read in C (``attrgetter``) as a dataclass's methods read them."""
    if len(names) >= 2:
        return attrgetter(*names)
    if names:
        one = attrgetter(names[0])
        return lambda self: (one(self),)
    return lambda self: ()


def _eq(self: Any, other: object) -> bool:
    if other.__class__ is self.__class__:
        key = self.__class__.__frozen_key__
        return key(self) == key(other)  # type: ignore[no-any-return]
    return NotImplemented


def _hash(self: Any) -> int:
    return hash(self.__class__.__frozen_key__(self))


def _repr(self: Any) -> str:
    shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__class__.__frozen_shown__)
    return f"{self.__class__.__qualname__}({shown})"


def _setattr(self: Any, name: str, value: object) -> None:
    raise FrozenInstanceError(f"cannot assign to field {name!r}")


def _delattr(self: Any, name: str) -> None:
    raise FrozenInstanceError(f"cannot delete field {name!r}")


def _order(compare: Callable[[tuple[Any, ...], tuple[Any, ...]], bool]) -> Callable[[Any, object], bool]:
    def method(self: Any, other: object) -> bool:
        if other.__class__ is self.__class__:
            key = self.__class__.__frozen_key__
            return compare(key(self), key(other))
        return NotImplemented

    return method


_ORDER = {
    "__lt__": _order(lambda a, b: a < b), "__le__": _order(lambda a, b: a <= b),
    "__gt__": _order(lambda a, b: a > b), "__ge__": _order(lambda a, b: a >= b),
}


def _init(cls: type) -> Callable[..., None]:
    """The class's ``__init__``, compiled: each field in order, with its default or default factory."""
    params, lines = [], []
    space: dict[str, Any] = {"__set": _set, "__missing": MISSING}
    for index, f in enumerate(dataclasses.fields(cls)):
        if not f.init or f.kw_only:
            raise TypeError(f"{cls.__qualname__}.{f.name}: @frozen takes fields set by position or name only")
        if f.default is not MISSING:
            space[f"__default{index}"] = f.default
            params.append(f"{f.name}=__default{index}")
            lines.append(f"    __set(self, {f.name!r}, {f.name})")
        elif f.default_factory is not MISSING:
            space[f"__factory{index}"] = f.default_factory
            params.append(f"{f.name}=__missing")
            lines.append(f"    __set(self, {f.name!r}, __factory{index}() if {f.name} is __missing else {f.name})")
        else:
            params.append(f.name)
            lines.append(f"    __set(self, {f.name!r}, {f.name})")
    source = f"def __init__(self, {', '.join(params)}):\n" + ("\n".join(lines) or "    pass") + "\n"
    exec(compile(source, f"<frozen {cls.__qualname__}>", "exec"), space)  # noqa: S102 - our own text, from field names
    init = space["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    return init  # type: ignore[no-any-return]


def _make(cls: T, eq: bool, order: bool) -> T:
    cls = dataclasses.dataclass(cls, init=False, repr=False, eq=False)  # the fields, without compiling a method
    fields = dataclasses.fields(cls)
    cls.__frozen_key__ = staticmethod(_key(tuple(f.name for f in fields if f.compare)))  # type: ignore[attr-defined]
    cls.__frozen_shown__ = tuple(f.name for f in fields if f.repr)  # type: ignore[attr-defined]
    methods: dict[str, Any] = {
        "__init__": _init(cls), "__repr__": _repr, "__setattr__": _setattr, "__delattr__": _delattr,
    }
    if eq:
        methods.update(__eq__=_eq, __hash__=_hash)
    if order:
        methods.update(_ORDER)
    for name, method in methods.items():
        if name not in cls.__dict__ or (name == "__hash__" and cls.__dict__[name] is None):
            setattr(cls, name, method)
    return cls


@overload
def frozen(cls: T, /) -> T: ...
@overload
def frozen(*, eq: bool = True, order: bool = False) -> Callable[[T], T]: ...


@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field, dataclasses.Field))
def frozen(cls: T | None = None, /, *, eq: bool = True, order: bool = False) -> T | Callable[[T], T]:
    """``@dataclass(frozen=True)`` (with its ``eq`` and ``order``), made cheaply (see the module's description)."""
    if cls is None:
        return lambda c: _make(c, eq, order)
    return _make(cls, eq, order)
