"""Values another process computed for this build, and the recording of them in that process.

``generator.adapters.generation_worker`` runs the generator's part of a build
in a forked child. The build cache's entry points (``generator.adapters.cache``:
the content, the languages, the logs check) go through ``handed``: in the
child, inside ``recording()``, each value they compute is recorded under its
key; the parent gets those values back and ``hand_over`` makes ``handed``
answer with them instead of computing them again. Keys name everything a value
depends on within one build (the policy folder, the options), and the values
are forgotten when the build ends (``forget``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

T = TypeVar("T")

_HANDED: dict[tuple[Any, ...], Any] = {}
_RECORDING: list[dict[tuple[Any, ...], Any]] = []


def handed(key: tuple[Any, ...], compute: Callable[[], T]) -> T:
    """The value handed over for ``key``, else ``compute()`` (recorded when recording)."""
    if key in _HANDED:
        return _HANDED[key]  # type: ignore[no-any-return]
    value = compute()
    if _RECORDING:
        _RECORDING[-1][key] = value
    return value


@contextmanager
def recording() -> Iterator[dict[tuple[Any, ...], Any]]:
    """Record every value ``handed`` computes in the body, in the dict yielded."""
    values: dict[tuple[Any, ...], Any] = {}
    _RECORDING.append(values)
    try:
        yield values
    finally:
        _RECORDING.pop()


def hand_over(values: dict[tuple[Any, ...], Any]) -> None:
    _HANDED.update(values)


def active() -> bool:
    """Whether values have been handed over (a build's generator work was done in another process)."""
    return bool(_HANDED)


def forget() -> None:
    """Drop the handed values (at the end of the build they were computed for)."""
    _HANDED.clear()
