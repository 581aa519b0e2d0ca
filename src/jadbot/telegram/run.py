"""`jadbot run`: long polling with a token, webhook with --webhook, local server and terminal chat otherwise.

All three modes run the same Application (app.py) through the same lifecycle (`running`).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import secrets
import signal
import sys
import time
from collections.abc import AsyncIterator, Awaitable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from telegram import Update
from telegram.error import InvalidToken, TelegramError
from telegram.ext import Application

from jadbot.cli import default_facts_dir, default_intents
from jadbot.engine import Engine
from jadbot.localapi import LocalBotApi, LocalChatClient
from jadbot.misses import MissLog
from jadbot.settings import Settings, SettingsError, configure_logging, load_settings
from jadbot.telegram.app import build_application
from jadbot.telegram.reload import install_sighup
from jadbot.telegram.services import Services, shared_state
from jadbot.telegram.terminal import TerminalChat, stdin_lines

if TYPE_CHECKING:
    from jadbot.webchat import WebChat

log = logging.getLogger(__name__)

LOCAL_BOT_ID = 7_000_000_001


def cmd_run(args: argparse.Namespace) -> int:
    try:
        settings = load_settings()
        if args.webhook:
            if args.local:
                raise SettingsError("--webhook and --local cannot be combined")
            settings.require_webhook()
    except SettingsError as exc:
        print(f"jadbot: {exc}", file=sys.stderr)
        return 2
    local = args.local or settings.token is None
    configure_logging(settings, quiet=local and "log_level" not in settings.model_fields_set)
    services = make_services(settings, args.facts, args.intents)  # DataError: the CLI prints it, exit 2
    if local:
        asyncio.run(closing(services, run_local(services, web=args.web)))
        return 0
    token = settings.token.get_secret_value() if settings.token else ""
    try:
        asyncio.run(
            closing(
                services, run_webhook(services, settings) if args.webhook else run_polling(services, settings)
            )
        )
    except InvalidToken:
        print(
            "jadbot: Telegram rejected TELEGRAM_BOT_TOKEN (mistyped or revoked? ask @BotFather)",
            file=sys.stderr,
        )
        return 2
    except TelegramError as exc:  # e.g. no network at start-up; PTB messages may quote the token
        print(f"jadbot: Telegram API error: {str(exc).replace(token, '[token]')}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"jadbot: cannot listen on {settings.listen}:{settings.port}: {exc.strerror}", file=sys.stderr)
        return 1
    return 0


def make_services(settings: Settings, facts: Path | None = None, intents: Path | None = None) -> Services:
    facts_dir = facts or settings.facts_dir or default_facts_dir()
    intents_path = intents or settings.intents or default_intents()
    engine = Engine.load(facts_dir, intents_path)
    state = shared_state(
        settings.redis_url.get_secret_value() if settings.redis_url else None,
        settings.flood_rate,
        settings.flood_burst,
        settings.conversation_ttl,
        settings.max_conversations,
    )
    log.info("conversation state: %s", "shared in Redis (JADBOT_REDIS_URL)" if state.redis else "in process")
    return Services(
        engine=engine,
        facts_dir=facts_dir,
        intents_path=intents_path,
        misses=MissLog(settings.misses_log, settings.log_misses),
        flood=state.flood,
        admin_ids=settings.admin_ids,
        last_sources=state.last_sources,
        conversations=state.conversations,
        redis=state.redis,
    )


async def closing(services: Services, main: Awaitable[None]) -> None:
    """Run `main`, then close the Redis client (if any) in the same event loop that used it."""
    try:
        await main
    finally:
        await services.close()


@asynccontextmanager
async def running(app: Application, *, polling: bool = True) -> AsyncIterator[Application]:
    """PTB's documented manual lifecycle: initialize, post_init, start polling, start; then the reverse."""
    async with app:
        if app.post_init is not None:
            await app.post_init(app)
        if polling and app.updater is not None:
            await app.updater.start_polling(allowed_updates=Update.ALL_TYPES, drop_pending_updates=False)
        await app.start()
        try:
            yield app
        finally:
            if app.updater is not None and app.updater.running:
                await app.updater.stop()
            await app.stop()


async def until_stopped(services: Services) -> None:
    """Serve until SIGINT/SIGTERM; SIGHUP reloads the data meanwhile."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    install_sighup(services)
    await stop.wait()
    log.info("stopping")


async def run_polling(services: Services, settings: Settings) -> None:
    assert settings.token is not None
    app = build_application(services, settings.token.get_secret_value(), settings.bot_base_url)
    async with running(app):
        await until_stopped(services)


async def run_webhook(services: Services, settings: Settings) -> None:
    from jadbot.telegram.webhook import serving_webhook

    assert settings.token is not None
    app = build_application(services, settings.token.get_secret_value(), settings.bot_base_url)
    async with running(app, polling=False), serving_webhook(app, settings):
        await until_stopped(services)


def local_token() -> str:
    """A throwaway token for the local server; a real one never leaves the machine in local mode."""
    return f"{LOCAL_BOT_ID}:{secrets.token_urlsafe(27)[:35]}"


@asynccontextmanager
async def local_bot(services: Services) -> AsyncIterator[tuple[LocalBotApi, Application, LocalChatClient]]:
    """The local Bot API server on a free port, the real Application polling it, and a user-side client."""
    token = local_token()
    async with LocalBotApi(token) as server:
        app = build_application(services, token, server.bot_base_url)
        async with running(app), LocalChatClient(server.root_url) as client:
            yield server, app, client


async def run_local(
    services: Services,
    lines: AsyncIterator[str] | None = None,
    out: TextIO | None = None,
    *,
    web: bool = False,
) -> None:
    """The terminal chat; with `web`, also the web test chat, which outlives the end of stdin."""
    out = out or sys.stdout
    async with local_bot(services) as (server, app, client):
        out.write(f"local Bot API server at {server.root_url}, bot @{app.bot.username}\n")
        install_sighup(services)
        chat = await _start_web_chat(server) if web else None
        try:
            if chat is not None:
                out.write(f"web test chat at {chat.url}\n")
            await TerminalChat(client, out).run(lines if lines is not None else stdin_lines())
            if chat is not None:
                out.write(f"terminal chat closed; the web chat stays at {chat.url} until Ctrl+C\n")
                out.flush()
                await until_stopped(services)
        finally:
            if chat is not None:
                await chat.stop()


async def _start_web_chat(server: LocalBotApi) -> WebChat:
    from jadbot.webchat import start_web_chat

    try:
        return await start_web_chat(server, "127.0.0.1", 8080)
    except OSError:  # 8080 taken: any free port will do
        return await start_web_chat(server, "127.0.0.1", 0)


async def round_trip_times(services: Services, questions: list[str], user_id: int = 1) -> list[float]:
    """Seconds from a user's message to the bot's first reply, through the local server (a benchmark)."""
    times = []
    async with local_bot(services) as (_, _, client):
        for question in questions:
            started = time.perf_counter()
            await client.send_text(user_id, question)
            await client.wait_bot_messages(user_id, 1, timeout=10)
            times.append(time.perf_counter() - started)
    return times
