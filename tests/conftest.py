"""Shared fixtures: the shipped data, and throwaway copies of it to break."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from jadbot.engine import Engine

ROOT = Path(__file__).resolve().parents[1]
FACTS = ROOT / "facts"
INTENTS = ROOT / "intents.yaml"


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine.load(FACTS, INTENTS)


@pytest.fixture
def data_copy(tmp_path: Path) -> Callable[[str, str, str], tuple[Path, Path]]:
    """Copy facts/ and intents.yaml to tmp_path, replacing `old` by `new` in `file` (must occur)."""

    def make(file: str, old: str, new: str) -> tuple[Path, Path]:
        facts = tmp_path / "facts"
        shutil.copytree(FACTS, facts)
        intents = tmp_path / "intents.yaml"
        shutil.copy(INTENTS, intents)
        target = tmp_path / file
        text = target.read_text(encoding="utf-8")
        assert old in text, f"fixture text {old!r} not in {file}"
        target.write_text(text.replace(old, new, 1), encoding="utf-8")
        return facts, intents

    return make
