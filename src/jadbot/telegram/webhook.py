"""Webhook mode on aiohttp, following python-telegram-bot's custom-webhook pattern.

PTB's own `run_webhook` serves only the webhook path, so the bot runs its own small server to
add `GET /healthz`. Like PTB, it refuses (403) any POST without the right secret header, so
nobody who guesses the URL can inject updates. Unlike PTB, it answers 200 only once the update
was handled: Telegram redelivers an update whose request failed, so a pod killed mid-answer
loses nothing. Slow senders (slowloris) are cut off and oversized bodies get 413.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager, suppress
from urllib.parse import urlparse

from aiohttp import web
from telegram import Update
from telegram.error import Forbidden, InvalidToken, TelegramError
from telegram.ext import Application

from jadbot.settings import Settings
from jadbot.telegram.app import TRACKER
from jadbot.telegram.delivery import ApiRejected, Health, UpdateTracker

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_BODY = 256 * 1024  # Telegram's updates are a few KiB; anything near this is not one
HEADER_TIMEOUT = 10.0  # seconds a connection may take to send a request's headers
BODY_TIMEOUT = 10.0  # seconds to send the body once the headers are in


def url_path(webhook_url: str) -> str:
    """The bot listens on the path of its public URL (a proxy in front forwards it unchanged)."""
    return urlparse(webhook_url).path or "/"


def healthz_handler(application: Application, health: Health) -> Callable[[web.Request], object]:
    """200 while the bot runs and the Bot API answers; 503 while starting or when it has failed
    for JADBOT_UNHEALTHY_AFTER seconds, so a probe restarts or takes the pod out."""

    async def healthz(request: web.Request) -> web.Response:
        if not application.running:
            return web.Response(text="starting", status=503)
        if not health.healthy:
            return web.Response(text=health.describe(), status=503)
        return web.Response(text="ok")

    return healthz


def webhook_app(
    application: Application, path: str, secret: str, health: Health | None = None
) -> web.Application:
    async def receive(request: web.Request) -> web.Response:
        tracker: UpdateTracker = application.bot_data[TRACKER]
        given = request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), secret.encode()):
            log.warning("refused a webhook request without the right secret token")
            return web.Response(status=403, text="forbidden")
        if request.content_length is not None and request.content_length > MAX_BODY:
            return web.Response(status=413, text="too large")
        try:
            async with asyncio.timeout(BODY_TIMEOUT):
                body = await request.read()
        except web.HTTPRequestEntityTooLarge:  # chunked bodies have no Content-Length
            return web.Response(status=413, text="too large")
        except TimeoutError:
            return web.Response(status=408, text="too slow")
        try:
            update = Update.de_json(json.loads(body), application.bot)
        except Exception:
            log.warning("refused a webhook request that is not a Telegram update")
            return web.Response(status=400, text="bad update")
        if not application.running:  # stopping: Telegram will deliver it again, to the next pod
            return web.Response(status=503, text="stopping")
        handled = tracker.expect(update.update_id)
        if handled is None:  # Telegram redelivered one we are still answering: wait for that
            await tracker.wait_handled(update.update_id)
        else:
            await application.update_queue.put(update)
            await asyncio.shield(handled)
        return web.Response(text="ok")

    app = web.Application(client_max_size=MAX_BODY)
    app.add_routes(
        [
            web.post(path, receive),
            web.get("/healthz", healthz_handler(application, health or Health(float("inf")))),
        ]
    )
    return app


@asynccontextmanager
async def serving_webhook(
    application: Application, settings: Settings, health: Health | None = None
) -> AsyncIterator[int]:
    """Listen, then register the webhook with Telegram; yields the bound port. Needs a started app.

    On the way out the listener closes first, then requests in progress get the stop timeout
    to be answered; those cut off get no 200, so Telegram sends them again."""
    settings.require_webhook()
    assert settings.webhook_url is not None and settings.webhook_secret is not None
    secret = settings.webhook_secret.get_secret_value()
    path = url_path(settings.webhook_url)
    runner = web.AppRunner(
        webhook_app(application, path, secret, health),
        access_log=None,
        keepalive_timeout=HEADER_TIMEOUT,  # aiohttp closes a connection idle this long without a whole request
        shutdown_timeout=settings.stop_timeout,
    )
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


@asynccontextmanager
async def serving_health(application: Application, health: Health, settings: Settings) -> AsyncIterator[int]:
    """`GET /healthz` on 127.0.0.1:JADBOT_HEALTH_PORT in polling mode (for the container check)."""
    app = web.Application()
    app.add_routes([web.get("/healthz", healthz_handler(application, health))])
    runner = web.AppRunner(app, access_log=None, keepalive_timeout=HEADER_TIMEOUT)
    await runner.setup()
    try:
        site = web.TCPSite(runner, "127.0.0.1", settings.health_port)
        await site.start()
        yield runner.addresses[0][1]
    finally:
        await runner.cleanup()


@asynccontextmanager
async def probing(
    application: Application, health: Health, on_fatal: Callable[[ApiRejected], None]
) -> AsyncIterator[None]:
    """In webhook mode nothing else calls the API while no one writes: ask getWebhookInfo now and
    then, so a revoked token or an unreachable API shows in /healthz (and a revoked token stops
    the bot)."""
    interval = min(30.0, health.unhealthy_after / 3)

    async def probe() -> None:
        while True:
            await asyncio.sleep(interval)
            try:
                await application.bot.get_webhook_info()
            except (InvalidToken, Forbidden) as exc:
                health.failed(exc)
                on_fatal(ApiRejected(exc))
                return
            except TelegramError as exc:
                health.failed(exc)
                log.warning("the Bot API did not answer (%s)", type(exc).__name__)
            else:
                health.ok()

    task = asyncio.create_task(probe(), name="jadbot-api-probe")
    try:
        yield
    finally:
        task.cancel()
        with suppress(asyncio.CancelledError):
            await task
