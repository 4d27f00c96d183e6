"""Validate stage: the typed policy model, its value parsers and its cross-checks."""
