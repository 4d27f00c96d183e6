"""``@frozen`` classes behave as ``@dataclass(frozen=True)`` ones: made, compared, hashed, ordered, shown, immutable."""

from __future__ import annotations

import dataclasses
import importlib
import pickle
import pkgutil
from dataclasses import FrozenInstanceError, field

import pytest
from hypothesis import given
from hypothesis import strategies as st

import generator
from generator.frozen import frozen


def twins(order: bool = False):  # type: ignore[no-untyped-def]
    """The same class body made by ``@frozen`` and by ``@dataclass(frozen=True)``."""

    def body():  # type: ignore[no-untyped-def]
        class Entry:
            """An entry."""

            name: str
            count: int = 0
            tags: list[str] = field(default_factory=list)
            note: str = field(default="", compare=False, repr=False)

            @property
            def label(self) -> str:
                return f"{self.name}:{self.count}"

        return Entry

    return frozen(order=order)(body()), dataclasses.dataclass(frozen=True, order=order)(body())


values = st.tuples(st.text(max_size=3), st.integers(-2, 2), st.lists(st.sampled_from("ab"), max_size=2), st.text(max_size=2))


@given(values, values)
def test_a_frozen_class_behaves_as_a_frozen_dataclass(a: tuple, b: tuple) -> None:  # type: ignore[type-arg]
    ours, theirs = twins(order=True)
    x, y = ours(*a), ours(*b)
    tx, ty = theirs(*a), theirs(*b)
    assert repr(x) == repr(tx) and x.label == tx.label
    assert (x == y) == (tx == ty) and (x != y) == (tx != ty)
    assert (x < y) == (tx < ty) and (x <= y) == (tx <= ty) and (x > y) == (tx > ty) and (x >= y) == (tx >= ty)
    for made in (x, tx):  # a list field does not hash, in either
        with pytest.raises(TypeError, match="unhashable"):
            hash(made)
    hashable, their_hashable = ours(a[0], a[1], (), a[3]), theirs(a[0], a[1], (), a[3])
    assert hash(hashable) == hash(their_hashable) == hash(ours(a[0], a[1], (), "other note"))
    assert dataclasses.asdict(x) == dataclasses.asdict(tx)
    assert dataclasses.replace(x, count=5) == ours(a[0], 5, a[2], a[3])


def test_defaults_factories_keywords_and_errors_are_a_dataclass_s() -> None:
    ours, theirs = twins()
    made = ours("a", tags=["x"])
    assert (made.name, made.count, made.tags, made.note) == ("a", 0, ["x"], "")
    assert ours("a").tags == [] and ours("a").tags is not ours("a").tags
    assert [f.name for f in dataclasses.fields(ours)] == [f.name for f in dataclasses.fields(theirs)]
    assert dataclasses.is_dataclass(ours) and ours.__match_args__ == theirs.__match_args__
    assert ours("a") != theirs("a") and ours("a") != ("a", 0, [], "")  # another class is never equal
    for bad in (lambda c: c(), lambda c: c("a", 1, [], "", 5), lambda c: c("a", nope=1), lambda c: c("a", name="b")):
        with pytest.raises(TypeError):
            bad(theirs)
        with pytest.raises(TypeError):
            bad(ours)
    with pytest.raises(FrozenInstanceError, match="cannot assign to field 'name'"):
        made.name = "b"  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError, match="cannot delete field 'count'"):
        del made.count  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        made.other = 1  # type: ignore[attr-defined]


def test_a_subclass_keeps_its_base_s_fields_and_eq_false_keeps_identity() -> None:
    @frozen(order=True)
    class Base:
        a: int
        b: int = 2

    @frozen(order=True)
    class Child(Base):
        c: str = "c"

    assert Child(1) == Child(1, 2, "c") and repr(Child(1)) == "test_a_subclass_keeps_its_base_s_fields_and_eq_false_keeps_identity.<locals>.Child(a=1, b=2, c='c')"
    assert Child(1) != Base(1) and Base(1) < Base(2)

    @frozen(eq=False)
    class Token:
        value: int

    one = Token(1)
    assert one == one and one != Token(1) and hash(one) == object.__hash__(one)


def test_instances_pickle_as_dataclasses_do() -> None:
    """A forked child sends its pages back pickled (``generator.forking``)."""
    from generator.model.values import Duration, TimeRange

    for value in (Duration(minutes=90), TimeRange(540, 1020)):
        again = pickle.loads(pickle.dumps(value))
        assert again == value and hash(again) == hash(value) and again is not value


def test_fields_set_only_by_keyword_or_not_at_all_are_refused() -> None:
    with pytest.raises(TypeError, match="position or name only"):
        @frozen
        class Later:
            a: int = field(init=False, default=0)


def test_every_class_of_the_generator_is_made_by_frozen_or_is_a_mutable_dataclass() -> None:
    """No ``@dataclass(frozen=True)`` is left in the package: each would cost half a millisecond of every build."""
    for module in pkgutil.walk_packages(generator.__path__, "generator."):
        if ".compiled." in module.name or module.name.endswith(".__main__"):
            continue
        loaded = importlib.import_module(module.name)
        for value in vars(loaded).values():
            if isinstance(value, type) and value.__module__ == module.name and dataclasses.is_dataclass(value):
                params = value.__dataclass_params__  # type: ignore[attr-defined]
                assert not params.frozen, f"{module.name}.{value.__qualname__}: use @frozen"
