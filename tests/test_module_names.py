"""No module of the package binds one top-level name twice: a later pattern silently replaced an
earlier one that other functions still read (``_TOKEN`` in round 10, ``_LEADING`` in round 11)."""

import ast
from collections import Counter
from pathlib import Path

import pytest

import annotator

MODULES = sorted(Path(annotator.__file__).parent.glob("*.py"))


def top_level_names(tree: ast.Module) -> list[str]:
    names = []
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
            node, ast.AnnAssign) and node.value is not None else []
        names += [t.id for t in targets if isinstance(t, ast.Name)]
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_no_top_level_name_is_bound_twice(path):
    counts = Counter(top_level_names(ast.parse(path.read_text(encoding="utf-8"))))
    assert not [name for name, n in counts.items() if n > 1]
