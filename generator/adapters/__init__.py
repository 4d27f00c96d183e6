"""Adapters: the only code that touches files, clocks, processes and MkDocs."""
