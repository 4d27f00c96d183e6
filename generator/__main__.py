"""``python -m generator`` runs the ``expectations`` command."""

from generator.adapters.cli import run

run()
