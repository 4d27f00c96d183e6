"""A build's generator work done in a forked child, and handed back to the build.

A build with the expectations plugin does two things that do not depend on
each other until MkDocs renders the pages: the generator's (validate the
policies and translations, check the logs, derive and render each language's
content) and the theme's (Material's Jinja templates compiled).
``generated_ahead(work)`` runs ``work`` in a child forked by
``generator.forking`` while the block goes on with the theme; ``hand_back()``
waits for the child. What ``work`` computed through the build cache
(``generator.adapters.handover.recording``) comes back encoded as the build
cache stores it (so reading it imports nothing of the generator) and is
handed to this process (``hand_over``): the plugin then finds its content
there instead of generating it.

So on a machine with two cores a build takes about as long as a plain MkDocs
build, and the generator's imports and working memory live and go with the
child: the build process peaks where a plain MkDocs build does. The child is
forked once MkDocs and the configuration are loaded, so it shares those with
this process and imports only the generator.

Where forking is not wanted (see ``generator.forking``: the preview's threads,
``EXPECTATIONS_WORKERS=1``) or the child fails in any way (a bad policy, a
value the cache cannot encode, the child killed), ``hand_back()`` does the
work here, where any problem is raised as it always has been.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from generator.forking import Pending, in_child

Values = dict[tuple[Any, ...], Any]


class Ahead:
    """The generator's work under way (``generated_ahead``)."""

    def __init__(self, pending: Pending[Values]) -> None:
        self._pending = pending

    def ready(self) -> bool:
        """Whether ``hand_back()`` would not wait."""
        return self._pending.ready()

    def hand_back(self) -> None:
        """Wait for the work and hand what it computed to this process's build cache (or do it here)."""
        from generator.adapters.cache import decode
        from generator.adapters.handover import hand_over

        values = self._pending.result()
        if self._pending.from_child:
            values = {key: decode(value) for key, value in values.items()}
        hand_over(values)


@contextmanager
def generated_ahead(work: Callable[[], None]) -> Iterator[Ahead]:
    """``work()`` in a forked child while the block runs (see the module's description)."""
    with in_child(lambda: _encoded(_recorded(work)), here=lambda: _recorded(work)) as pending:
        yield Ahead(pending)


def _recorded(work: Callable[[], None]) -> Values:
    from generator.adapters.handover import recording

    with recording() as values:
        work()
    return values


def _encoded(values: Values) -> Values:
    """As the build cache stores them: plain data that reads back without importing the generator."""
    from generator.adapters.cache import encode

    return {key: encode(value) for key, value in values.items()}
