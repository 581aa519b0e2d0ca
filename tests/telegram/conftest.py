"""Fixtures: the real Application polling a local Bot API server on a free 127.0.0.1 port."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest
from bot_helpers import ADMIN, BOT_USERNAME, FACTS, INTENTS, TOKEN
from telegram.ext import Application

from jadbot.engine import Engine
from jadbot.localapi import LocalBotApi, LocalChatClient
from jadbot.misses import MissLog
from jadbot.telegram.app import build_application
from jadbot.telegram.flood import FloodGuard
from jadbot.telegram.run import running
from jadbot.telegram.services import Services


@pytest.fixture
def make_services(engine: Engine, tmp_path: Path) -> Callable[..., Services]:
    def make(**overrides: Any) -> Services:
        values: dict[str, Any] = {
            "engine": engine,
            "facts_dir": FACTS,
            "intents_path": INTENTS,
            "misses": MissLog(tmp_path / "misses.jsonl"),
            "flood": FloodGuard(rate=100.0, burst=100),
            "admin_ids": frozenset({ADMIN}),
        }
        return Services(**{**values, **overrides})

    return make


@pytest.fixture
def services(make_services: Callable[..., Services]) -> Services:
    return make_services()


@pytest.fixture
async def server() -> AsyncIterator[LocalBotApi]:
    """Privacy mode off, so group messages not meant for the bot do reach it (and must be ignored)."""
    async with LocalBotApi(TOKEN, privacy_mode=False, bot_username=BOT_USERNAME, hang_seconds=3.0) as api:
        yield api


@pytest.fixture
async def bot(server: LocalBotApi, services: Services) -> AsyncIterator[Application]:
    app = build_application(services, TOKEN, server.bot_base_url)
    async with running(app):
        yield app


@pytest.fixture
async def client(server: LocalBotApi) -> AsyncIterator[LocalChatClient]:
    async with LocalChatClient(server.root_url) as chat_client:
        yield chat_client


@pytest.fixture
def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
