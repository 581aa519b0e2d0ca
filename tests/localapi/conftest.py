"""Fixtures: a local Bot API server on a free 127.0.0.1 port, a PTB Bot and a user-side client."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator

import pytest
import telegram

from jadbot.localapi import LocalBotApi, LocalChatClient

TOKEN = "123456789:AAHlocal-test-token_abcdefghijklmnopq"


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
