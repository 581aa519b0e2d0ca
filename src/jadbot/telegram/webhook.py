"""Webhook mode on aiohttp, following python-telegram-bot's custom-webhook pattern.

PTB's own `run_webhook` serves only the webhook path, so the bot runs its own small server to
add `GET /healthz`. Like PTB, it refuses (403) any POST without the right secret header, so
nobody who guesses the URL can inject updates.
"""

from __future__ import annotations

import hmac
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from urllib.parse import urlparse

from aiohttp import web
from telegram import Update
from telegram.ext import Application

from jadbot.settings import Settings

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def url_path(webhook_url: str) -> str:
    """The bot listens on the path of its public URL (a proxy in front forwards it unchanged)."""
    return urlparse(webhook_url).path or "/"


def webhook_app(application: Application, path: str, secret: str) -> web.Application:
    async def receive(request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), secret.encode()):
            log.warning("refused a webhook request without the right secret token")
            return web.Response(status=403, text="forbidden")
        try:
            data = await request.json()
            update = Update.de_json(data, application.bot)
        except Exception:
            log.warning("refused a webhook request that is not a Telegram update")
            return web.Response(status=400, text="bad update")
        await application.update_queue.put(update)
        return web.Response(text="ok")

    async def healthz(request: web.Request) -> web.Response:
        return web.Response(
            text="ok" if application.running else "starting", status=200 if application.running else 503
        )

    app = web.Application(client_max_size=1024 * 1024)
    app.add_routes([web.post(path, receive), web.get("/healthz", healthz)])
    return app


@asynccontextmanager
async def serving_webhook(application: Application, settings: Settings) -> AsyncIterator[int]:
    """Listen, then register the webhook with Telegram; yields the bound port. Needs a started app."""
    settings.require_webhook()
    assert settings.webhook_url is not None and settings.webhook_secret is not None
    secret = settings.webhook_secret.get_secret_value()
    path = url_path(settings.webhook_url)
    runner = web.AppRunner(webhook_app(application, path, secret), access_log=None)
    await runner.setup()
    try:
        site = web.TCPSite(runner, settings.listen, settings.port)
        await site.start()
        port = runner.addresses[0][1]
        await application.bot.set_webhook(
            settings.webhook_url,
            secret_token=secret,
            allowed_updates=Update.ALL_TYPES,
            drop_pending_updates=False,
        )
        log.info("webhook listening on %s:%s%s for %s", settings.listen, port, path, settings.webhook_url)
        yield port
    finally:
        await runner.cleanup()
