"""``python -m generator`` runs the ``expectations`` command."""

from generator.adapters.cli import main

main(prog_name="expectations")
