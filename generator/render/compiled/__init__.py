"""The page templates compiled to Python by ``make templates`` (see generator/render/precompiled.py)."""
