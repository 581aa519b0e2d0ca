"""A real PTB Application runs against the local server, by polling and by webhook."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import aiohttp
import pytest
from aiohttp import web
from telegram import Update
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from jadbot.localapi import LocalBotApi, LocalChatClient
from jadbot.localapi.webhook import SECRET_HEADER

USER = 3003


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.effective_message.reply_text(f"echo: {update.effective_message.text}")


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.effective_chat.send_action("typing")
    await update.effective_message.reply_html("<b>Welcome!</b>")


def build_app(server: LocalBotApi, token: str) -> Application:
    app = ApplicationBuilder().token(token).base_url(server.bot_base_url).build()
    app.add_handler(CommandHandler("start", start))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    return app


@pytest.fixture
async def polling_app(server: LocalBotApi, token: str) -> AsyncIterator[Application]:
    app = build_app(server, token)
    async with app:
        await app.updater.start_polling(poll_interval=0, timeout=5)
        await app.start()
        try:
            yield app
        finally:
            await app.updater.stop()
            await app.stop()


async def test_polling_application_answers(polling_app: Application, client: LocalChatClient) -> None:
    await client.send_text(USER, "hello there")
    (reply,) = await client.wait_bot_messages(USER, 1, timeout=5)
    assert reply["text"] == "echo: hello there"
    assert reply["reply_to_message_id"] is None  # PTB quotes only in groups by default

    await client.send_text(USER, "/start")
    (welcome,) = await client.wait_bot_messages(USER, 1, timeout=5)
    assert welcome["text"] == "Welcome!" and welcome["entities"][0]["type"] == "bold"
    assert [a["action"] for a in await client.chat_actions(USER)] == ["typing"]


async def test_polling_many_users_and_groups(
    polling_app: Application, client: LocalChatClient, server: LocalBotApi
) -> None:
    users = range(4100, 4110)
    await asyncio.gather(*(client.send_text(u, f"hi from {u}") for u in users))
    # Group privacy mode: only the command reaches the bot.
    await client.send_text(4100, "chatter nobody answers", chat_id=-4000, chat_type="group")
    await client.send_text(4101, "/start@jadbot_local_bot", chat_id=-4000, chat_type="group")

    for user in users:
        (reply,) = await client.wait_bot_messages(user, 1, timeout=5, after=0)
        assert reply["text"] == f"echo: hi from {user}"
    (group_reply,) = await client.wait_bot_messages(-4000, 1, timeout=5)
    assert group_reply["text"] == "Welcome!"
    assert group_reply["reply_to_message_id"] == group_reply["message_id"] - 1
    # One answer per user message: ten echoes and one welcome.
    replies = [c for c in server.calls("sendMessage") if c.status == 200]
    assert len(replies) == 11


async def test_webhook_application_answers(
    server: LocalBotApi, client: LocalChatClient, token: str, free_port: int
) -> None:
    """A PTB application fed by webhook with PTB's custom-webhook pattern on aiohttp (as jadbot's own
    webhook server does; PTB's tornado-based one is not installed): the local server delivers with
    the secret header, and requests without the right secret are refused."""
    app = build_app(server, token)
    url = f"http://127.0.0.1:{free_port}/telegram"

    async def receive(request: web.Request) -> web.Response:
        if request.headers.get(SECRET_HEADER) != "s3cret":
            return web.Response(status=403)
        await app.update_queue.put(Update.de_json(await request.json(), app.bot))
        return web.Response()

    receiver = web.Application()
    receiver.router.add_post("/telegram", receive)
    runner = web.AppRunner(receiver)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", free_port).start()
    try:
        async with app:
            await app.bot.set_webhook(url, secret_token="s3cret")
            await app.start()
            try:
                info = await app.bot.get_webhook_info()
                assert info.url == url

                await client.send_text(USER, "via webhook")
                (reply,) = await client.wait_bot_messages(USER, 1, timeout=5)
                assert reply["text"] == "echo: via webhook"
                assert server.state.webhook is not None and server.state.webhook.delivered == 1

                update = {
                    "update_id": 99,
                    "message": {"message_id": 1, "date": 0, "chat": {"id": 1, "type": "private"}},
                }
                async with aiohttp.ClientSession() as session:
                    async with session.post(url, json=update) as response:
                        assert response.status == 403
                    async with session.post(url, json=update, headers={SECRET_HEADER: "wrong"}) as response:
                        assert response.status == 403
            finally:
                await app.stop()
    finally:
        await runner.cleanup()


async def test_webhook_delivery_retries_with_secret_header(
    server: LocalBotApi, client: LocalChatClient, token: str
) -> None:
    received: list[tuple[str | None, dict]] = []
    attempts = 0

    async def hook(request: web.Request) -> web.Response:
        nonlocal attempts
        attempts += 1
        if attempts == 1:
            return web.Response(status=500)
        received.append((request.headers.get(SECRET_HEADER), await request.json()))
        return web.Response()

    receiver = web.Application()
    receiver.router.add_post("/hook", hook)
    runner = web.AppRunner(receiver)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        async with aiohttp.ClientSession() as session:
            base = server.bot_base_url + token
            params = {"url": f"http://127.0.0.1:{port}/hook", "secret_token": "s3cret"}
            async with session.post(f"{base}/setWebhook", data=params) as response:
                assert (await response.json())["description"] == "Webhook was set"
            await client.send_text(USER, "first")
            await client.send_text(USER, "second")
            assert await server.state.wait_for(lambda: len(received) == 2, 5)
            async with session.get(f"{base}/getWebhookInfo") as response:
                info = (await response.json())["result"]
    finally:
        await runner.cleanup()
    assert [secret for secret, _ in received] == ["s3cret", "s3cret"]
    assert [update["message"]["text"] for _, update in received] == ["first", "second"]
    assert info["pending_update_count"] == 0
    assert info["last_error_message"] == "Wrong response from the webhook: 500 Internal Server Error"
