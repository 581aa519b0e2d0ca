"""Fixtures for the hardening tests: the shared bot set-up (tests/bot_fixtures.py: real Application, local Bot API
server on 127.0.0.1), a check that the token never reaches a log record, and a `figures`
recorder whose lines are printed at the end of the run (they feed README's "Reliability"
section). The per-test time limit is tests/conftest.py's (JADBOT_TEST_TIME_LIMIT, 60 s)."""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import pytest

from jadbot.localapi import LocalBotApi
from jadbot.settings import quiet_http_loggers
from tests.hardening.hardening_support import token_leaks
from tests.telegram.bot_helpers import BOT_USERNAME, TOKEN

FIGURES: list[str] = []


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "soak: long hardening run, only with JADBOT_SOAK=1 (make soak)")


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if FIGURES:
        terminalreporter.section("hardening figures")
        for line in FIGURES:
            terminalreporter.write_line(line)


@pytest.fixture
def figures() -> Callable[[str], None]:
    """Record one measured figure (printed in the summary; `-s` also shows it as it happens)."""

    def record(line: str) -> None:
        FIGURES.append(line)
        print(line)

    return record


@pytest.fixture(autouse=True)
def soak_only_when_asked(request: pytest.FixtureRequest) -> None:
    if request.node.get_closest_marker("soak") and os.environ.get("JADBOT_SOAK") != "1":
        pytest.skip("soak test: run `make soak` (JADBOT_SOAK=1)")


@pytest.fixture(autouse=True)
def token_never_logged(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Every test here runs with DEBUG logs captured; none may contain the token, nor its secret
    half, in the message or the formatted exception. httpx is quieted as in production
    (`configure_logging`): it logs request URLs, which contain the token."""
    quiet_http_loggers()
    caplog.set_level(logging.DEBUG)
    yield
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    leaks = [line for line in map(formatter.format, caplog.records) if token_leaks(line)]
    assert not leaks, leaks[:3]


@pytest.fixture
async def server() -> AsyncIterator[LocalBotApi]:
    """`timeout` faults hang 1 s and then answer 502 (a client-side timeout is made separately)."""
    async with LocalBotApi(TOKEN, privacy_mode=False, bot_username=BOT_USERNAME, hang_seconds=1.0) as api:
        yield api
