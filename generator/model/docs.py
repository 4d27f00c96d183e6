"""Attribute docstrings of the policy models, read from the source once.

They describe each field in the JSON Schema and the README's field reference.
Reading them is left out of model creation (pydantic's use_attribute_docstrings
re-reads the source for every class, which costs a tenth of a second at every
start) because validation never needs them.
"""

from __future__ import annotations

import ast
import inspect
from functools import lru_cache

from pydantic import BaseModel


@lru_cache(maxsize=None)
def _module_docs(module_name: str) -> dict[str, dict[str, str]]:
    import sys

    tree = ast.parse(inspect.getsource(sys.modules[module_name]))
    docs: dict[str, dict[str, str]] = {}
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        fields: dict[str, str] = {}
        for previous, current in zip(node.body, node.body[1:]):
            if (
                isinstance(previous, ast.AnnAssign)
                and isinstance(previous.target, ast.Name)
                and isinstance(current, ast.Expr)
                and isinstance(current.value, ast.Constant)
                and isinstance(current.value.value, str)
            ):
                fields[previous.target.id] = inspect.cleandoc(current.value.value)
        docs[node.name] = fields
    return docs


def field_docs(model: type[BaseModel]) -> dict[str, str]:
    """``{field name: its docstring}`` for a model class."""
    return _module_docs(model.__module__).get(model.__name__, {})
