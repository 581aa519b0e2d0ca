"""Fixtures: the real Application polling a local Bot API server on a free 127.0.0.1 port."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator

import pytest
from bot_helpers import BOT_USERNAME, TOKEN

from jadbot.localapi import LocalBotApi


@pytest.fixture
async def server() -> AsyncIterator[LocalBotApi]:
    """Privacy mode off, so group messages not meant for the bot do reach it (and must be ignored)."""
    async with LocalBotApi(TOKEN, privacy_mode=False, bot_username=BOT_USERNAME, hang_seconds=3.0) as api:
        yield api


@pytest.fixture
def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
