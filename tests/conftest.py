"""Shared fixtures: the shipped data, and throwaway copies of it to break."""

from __future__ import annotations

import os
import shutil
import signal
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from jadbot.engine import Engine
from tests.engine_guard import engine_must_not_fail

pytest_plugins = [
    "tests.bot_fixtures",  # the bot fixtures of tests/telegram and tests/hardening
    "tests.redis_server",  # a real redis-server on a free port
]

ROOT = Path(__file__).resolve().parents[1]
FACTS = ROOT / "facts"
INTENTS = ROOT / "intents.yaml"
# every test is bounded in time, even when an await hangs; `make fuzz` sets 0 (no limit)
TEST_TIME_LIMIT = int(os.environ.get("JADBOT_TEST_TIME_LIMIT", "60"))


@pytest.fixture(autouse=True)
def time_limit() -> Iterator[None]:
    if TEST_TIME_LIMIT <= 0:
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError(f"test took longer than {TEST_TIME_LIMIT}s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(TEST_TIME_LIMIT)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture(autouse=True)
def engine_never_failed() -> Iterator[None]:
    """Any test fails when Engine._answer raised, even though users only saw a fallback."""
    with engine_must_not_fail():
        yield


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
