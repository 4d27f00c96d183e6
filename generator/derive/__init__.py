"""Derive stage: facts computed from a typed policy (public view, hours, FAQ, page plan)."""
