"""Fixtures: a local Bot API server on a free 127.0.0.1 port, a PTB Bot and a user-side client."""

from __future__ import annotations

import signal
import socket
from collections.abc import AsyncIterator, Iterator

import pytest
import telegram

from jadbot.localapi import LocalBotApi, LocalChatClient

TOKEN = "123456789:AAHlocal-test-token_abcdefghijklmnopq"
TEST_TIME_LIMIT = 30


@pytest.fixture(autouse=True)
def time_limit() -> Iterator[None]:
    """Bound every test in time, even if an await hangs (no pytest-timeout needed)."""

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError(f"test took longer than {TEST_TIME_LIMIT}s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(TEST_TIME_LIMIT)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture
async def server() -> AsyncIterator[LocalBotApi]:
    async with LocalBotApi(TOKEN, hang_seconds=3.0, webhook_retry_initial=0.05) as api:
        yield api


@pytest.fixture
async def client(server: LocalBotApi) -> AsyncIterator[LocalChatClient]:
    async with LocalChatClient(server.root_url) as chat_client:
        yield chat_client


@pytest.fixture
async def bot(server: LocalBotApi) -> AsyncIterator[telegram.Bot]:
    async with telegram.Bot(TOKEN, base_url=server.bot_base_url) as tg_bot:
        yield tg_bot


@pytest.fixture
def token() -> str:
    return TOKEN


@pytest.fixture
def free_port() -> int:
    """A port that was free a moment ago (for servers PTB starts itself, e.g. its webhook)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
