"""The package's source: what a linter does not check and a reading silently depends on."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "jadbot"


@pytest.mark.parametrize("module", sorted(PACKAGE.rglob("*.py")), ids=lambda p: p.name)
def test_no_module_level_constant_is_bound_twice(module: Path):
    """A second `_NAMED_AS = …` in a 5,000-line module replaces the first for every use, also the
    uses written for the first (three such pairs once made readers.py read "as one of the partners"
    with the wording pattern): each constant is bound once."""
    seen: dict[str, int] = {}
    twice = []
    for node in ast.parse(module.read_text(encoding="utf-8")).body:
        targets = (
            node.targets
            if isinstance(node, ast.Assign)
            else [node.target]
            if isinstance(node, ast.AnnAssign)
            else []
        )
        for target in targets:
            if isinstance(target, ast.Name) and target.id.lstrip("_").isupper():
                if target.id in seen:
                    twice.append(f"{target.id}: lines {seen[target.id]} and {node.lineno}")
                seen[target.id] = node.lineno
    assert not twice, twice
