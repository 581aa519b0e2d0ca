"""Webhook mode: updates arrive by POST with the secret header; without it they are refused."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from unittest import mock

import aiohttp
import pytest
from bot_helpers import TOKEN, ask

from jadbot.localapi import LocalBotApi, LocalChatClient
from jadbot.settings import Settings, load_settings
from jadbot.telegram import webhook
from jadbot.telegram.app import build_application
from jadbot.telegram.run import running
from jadbot.telegram.services import Services
from jadbot.telegram.webhook import MAX_BODY, SECRET_HEADER, serving_webhook

SECRET = "webhook_Secret-123"


@pytest.fixture
def settings(free_port: int) -> Settings:
    return load_settings(
        None,
        TELEGRAM_BOT_TOKEN=TOKEN,
        JADBOT_WEBHOOK_URL=f"http://127.0.0.1:{free_port}/telegram/hook",
        JADBOT_WEBHOOK_SECRET=SECRET,
        JADBOT_LISTEN="127.0.0.1",
        JADBOT_PORT=free_port,
    )


@pytest.fixture
async def webhook_bot(server: LocalBotApi, services: Services, settings: Settings) -> AsyncIterator[str]:
    app = build_application(services, TOKEN, server.bot_base_url, paced=False)
    async with running(app, polling=False), serving_webhook(app, settings):
        yield f"http://127.0.0.1:{settings.port}"


async def test_updates_arrive_by_webhook_with_the_secret(webhook_bot: str, client: LocalChatClient) -> None:
    info = await client.bot_info()
    assert info["webhook"]["url"].endswith("/telegram/hook") and info["webhook"]["has_secret_token"]
    assert "626" in (await ask(client, 1, "how much coke"))["text"]
    assert (await client.bot_info())["webhook"]["delivered"] >= 1


async def test_requests_without_the_right_secret_are_refused(webhook_bot: str) -> None:
    update = {"update_id": 1, "message": {"message_id": 1, "date": 0, "chat": {"id": 1, "type": "private"}}}
    async with aiohttp.ClientSession() as http:
        for headers in ({}, {SECRET_HEADER: "wrong"}):
            async with http.post(f"{webhook_bot}/telegram/hook", json=update, headers=headers) as response:
                assert response.status == 403
        async with http.post(
            f"{webhook_bot}/telegram/hook", data=b"not json", headers={SECRET_HEADER: SECRET}
        ) as bad:
            assert bad.status == 400
        async with http.get(f"{webhook_bot}/healthz") as health:
            assert health.status == 200 and await health.text() == "ok"


def test_webhook_mode_requires_url_and_secret() -> None:
    from jadbot.settings import SettingsError

    bare = load_settings(None, TELEGRAM_BOT_TOKEN=TOKEN)
    with pytest.raises(SettingsError, match="JADBOT_WEBHOOK_URL"):
        bare.require_webhook()
    with pytest.raises(SettingsError, match="JADBOT_WEBHOOK_SECRET"):
        load_settings(
            None, TELEGRAM_BOT_TOKEN=TOKEN, JADBOT_WEBHOOK_URL="https://example.org/hook"
        ).require_webhook()


async def test_oversized_bodies_get_413(webhook_bot: str) -> None:
    """Before, the size limit's error was caught as "not an update" and answered 400."""
    big = b'{"update_id": 1, "padding": "' + b"x" * (MAX_BODY + 1) + b'"}'

    async def chunked() -> AsyncIterator[bytes]:  # no Content-Length: the limit must hold while reading
        for start in range(0, len(big), 65536):
            yield big[start : start + 65536]

    async with aiohttp.ClientSession() as http:
        for body in (big, chunked()):
            async with http.post(
                f"{webhook_bot}/telegram/hook", data=body, headers={SECRET_HEADER: SECRET}
            ) as response:
                assert response.status == 413


async def test_a_slow_sender_is_cut_off(server: LocalBotApi, services: Services, settings: Settings) -> None:
    """Slowloris: headers trickled in one line at a time. The listener closes the connection after
    HEADER_TIMEOUT (1 s here) instead of holding it open for as long as the sender likes."""
    app = build_application(services, TOKEN, server.bot_base_url, paced=False)
    with mock.patch.object(webhook, "HEADER_TIMEOUT", 1.0):
        async with running(app, polling=False), serving_webhook(app, settings):
            reader, writer = await asyncio.open_connection("127.0.0.1", settings.port)
            started = time.monotonic()
            writer.write(b"POST /telegram/hook HTTP/1.1\r\nHost: x\r\n")

            async def trickle() -> None:
                for n in range(100):
                    await asyncio.sleep(0.2)
                    writer.write(f"X-Slow-{n}: y\r\n".encode())
                    await writer.drain()

            feeder = asyncio.create_task(trickle())
            try:
                assert await asyncio.wait_for(reader.read(), 10) == b""  # closed by the server
            finally:
                feeder.cancel()
                writer.close()
            assert time.monotonic() - started < 5
