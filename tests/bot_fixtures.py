"""Bot fixtures shared by tests/telegram and tests/hardening: services, the real Application
polling the folder's own `server` fixture (a local Bot API server), and a user-side client."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest
from telegram.ext import Application

from jadbot.engine import Engine
from jadbot.localapi import LocalBotApi, LocalChatClient
from jadbot.misses import MissLog
from jadbot.telegram.app import build_application
from jadbot.telegram.flood import FloodGuard
from jadbot.telegram.run import running
from jadbot.telegram.services import Services
from tests.telegram.bot_helpers import ADMIN, FACTS, INTENTS, TOKEN, track_processed


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
async def bot(server: LocalBotApi, services: Services) -> AsyncIterator[Application]:
    app = build_application(services, TOKEN, server.bot_base_url, paced=False)
    track_processed(app)  # so tests can wait until the bot is done with an update
    async with running(app):
        yield app


@pytest.fixture
async def client(server: LocalBotApi) -> AsyncIterator[LocalChatClient]:
    async with LocalChatClient(server.root_url) as chat_client:
        yield chat_client
