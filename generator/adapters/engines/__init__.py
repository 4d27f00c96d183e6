"""Site engines beside MkDocs: each builds the same pages (``SiteContent``) into a staging folder.

MkDocs, the default, runs the ``expectations`` plugin (generator/adapters/mkdocs/);
the others build from the exported docs tree and post-process the HTML
(zensical.py). generator/adapters/site_build.py owns what all engines share:
validation, the build lock, the staging folder and the atomic swap.
"""

from __future__ import annotations

ENGINE_VARIABLE = "EXPECTATIONS_ENGINE"
"""Environment variable that chooses the engine when ``--engine`` is not given."""

INSTALL_ZENSICAL = "pip install 'service-expectations[zensical]'"


class EngineMissing(RuntimeError):
    """The chosen engine is not installed; the message says how to install it."""


class EngineFailed(RuntimeError):
    """The engine stopped on a warning or an error it already printed."""
