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
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from telegram.error import InvalidToken, TelegramError
from telegram.ext import Application

from jadbot.cli import default_facts_dir, default_intents
from jadbot.engine import Engine
from jadbot.localapi import LocalBotApi, LocalChatClient
from jadbot.misses import MissLog
from jadbot.settings import DEFAULT_STOP_TIMEOUT, Settings, SettingsError, configure_logging, load_settings
from jadbot.telegram.app import TRACKER, build_application
from jadbot.telegram.delivery import ApiRejected, Health, Poller, UpdateTracker
from jadbot.telegram.ordering import ChatOrderedUpdates
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
    settings = settings.for_local() if local else settings  # local misses stay out of production's log
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
    except (InvalidToken, ApiRejected) as exc:
        print(f"jadbot: {rejection(exc, settings)}", file=sys.stderr)
        return 2
    except TelegramError as exc:  # e.g. no network at start-up; PTB messages may quote the token
        print(f"jadbot: Telegram API error: {str(exc).replace(token, '[token]')}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"jadbot: cannot listen on {settings.listen}:{settings.port}: {exc.strerror}", file=sys.stderr)
        return 1
    return 0


def rejection(exc: InvalidToken | ApiRejected, settings: Settings) -> str:
    """PTB raises InvalidToken for 401 and 404 alike; a 404 means the URL, not the token, is wrong.
    (Tokens are format-checked at start-up, so Telegram's 404 for a malformed token cannot occur.)"""
    causes = [exc, exc.__cause__, getattr(exc, "error", None)]
    if any(c is not None and "Not Found" in str(c) for c in causes):
        return (
            f"the Bot API at TELEGRAM_API_BASE_URL={settings.api_base_url} answered 404 Not Found:"
            " check the URL (the bot calls {root}/bot{token}/{method}); the token was not checked"
        )
    return "Telegram rejected TELEGRAM_BOT_TOKEN (mistyped or revoked? ask @BotFather)"


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


class Lifecycle:
    """Signals and fatal errors, set up before the bot connects to anything.

    SIGINT/SIGTERM ask to stop; SIGHUP reloads the data (installed first, so a reload sent while
    the bot starts cannot kill it); a rejection by the API while running stops the bot, and
    `run_*` raise it afterwards so the process exits non-zero and its supervisor notices.
    """

    def __init__(self, services: Services, *, stop_signals: bool = True) -> None:
        self.stopping = asyncio.Event()
        self.fatal: ApiRejected | None = None
        install_sighup(services)
        if stop_signals:
            self.catch_stop_signals()

    def catch_stop_signals(self) -> None:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, self.stopping.set)

    def reject(self, error: ApiRejected) -> None:
        log.error("the Bot API rejected the bot (%s); stopping", type(error.error).__name__)
        self.fatal = error
        self.stopping.set()

    async def wait(self) -> None:
        await self.stopping.wait()
        log.info("stopping")

    def raise_fatal(self) -> None:
        if self.fatal is not None:
            raise self.fatal


async def until_stopped(services: Services) -> None:
    """Serve until SIGINT/SIGTERM; SIGHUP reloads the data meanwhile (the web chat's entry point)."""
    await Lifecycle(services).wait()


def _log_rejection(error: ApiRejected) -> None:
    log.error("the Bot API rejected the bot (%s); no longer polling", type(error.error).__name__)


@asynccontextmanager
async def running(
    app: Application,
    *,
    polling: bool = True,
    health: Health | None = None,
    stop_timeout: float = DEFAULT_STOP_TIMEOUT,
    on_fatal: Callable[[ApiRejected], None] = _log_rejection,
) -> AsyncIterator[Application]:
    """PTB's manual lifecycle (initialize, post_init, start; then the reverse), polling with
    delivery.Poller. On the way out: stop fetching at once, give the updates in hand
    `stop_timeout` seconds, cancel the rest, confirm what was handled. What was not handled
    stays unconfirmed on Telegram's side for the next start."""
    tracker: UpdateTracker = app.bot_data[TRACKER]
    async with app:
        if app.post_init is not None:
            await app.post_init(app)
        await app.start()
        poller = Poller(app, tracker, health or Health(float("inf"))) if polling else None
        if poller is not None:
            poller.start(on_fatal)
        try:
            yield app
        finally:
            if poller is not None:
                await poller.stop()
            await finish_in_hand(app, tracker, stop_timeout)
            if poller is not None:
                await poller.confirm()
            await app.stop()


async def finish_in_hand(app: Application, tracker: UpdateTracker, timeout: float) -> None:
    """Let the updates in hand be answered for at most `timeout` seconds, then give up the rest."""
    if await tracker.wait_idle(timeout):
        return
    left = len(tracker.in_hand)
    while not app.update_queue.empty():  # fetched, not started: leave them to the next start
        app.update_queue.get_nowait()
        app.update_queue.task_done()
    processor = app.update_processor
    if isinstance(processor, ChatOrderedUpdates):
        processor.abort()
    log.warning("%d updates not answered within %.0f s of stopping: left for the next start", left, timeout)


async def run_polling(services: Services, settings: Settings) -> None:
    assert settings.token is not None
    life = Lifecycle(services)
    health = Health(settings.unhealthy_after)
    app = build_application(services, settings.token.get_secret_value(), settings.bot_base_url)
    async with running(app, health=health, stop_timeout=settings.stop_timeout, on_fatal=life.reject):
        if settings.health_port:
            from jadbot.telegram.webhook import serving_health

            async with serving_health(app, health, settings):
                await life.wait()
        else:
            await life.wait()
    life.raise_fatal()


async def run_webhook(services: Services, settings: Settings) -> None:
    from jadbot.telegram.webhook import probing, serving_webhook

    assert settings.token is not None
    life = Lifecycle(services)
    health = Health(settings.unhealthy_after)
    app = build_application(services, settings.token.get_secret_value(), settings.bot_base_url)
    async with (
        # the listener already gave requests in progress the stop timeout; cut off the rest
        running(app, polling=False, health=health, stop_timeout=1.0),
        serving_webhook(app, settings, health),
        probing(app, health, life.reject),
    ):
        await life.wait()
    life.raise_fatal()


def local_token() -> str:
    """A throwaway token for the local server; a real one never leaves the machine in local mode."""
    return f"{LOCAL_BOT_ID}:{secrets.token_urlsafe(27)[:35]}"


@asynccontextmanager
async def local_bot(services: Services) -> AsyncIterator[tuple[LocalBotApi, Application, LocalChatClient]]:
    """The local Bot API server on a free port, the real Application polling it, and a user-side client."""
    token = local_token()
    async with LocalBotApi(token) as server:
        app = build_application(services, token, server.bot_base_url, paced=False)
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
    life = Lifecycle(services, stop_signals=False)  # Ctrl+C ends the terminal chat as usual
    async with local_bot(services) as (server, app, client):
        out.write(f"local Bot API server at {server.root_url}, bot @{app.bot.username}\n")
        chat = await _start_web_chat(server) if web else None
        try:
            if chat is not None:
                out.write(f"web test chat at {chat.url}\n")
            await TerminalChat(client, out).run(lines if lines is not None else stdin_lines())
            if chat is not None:
                out.write(f"terminal chat closed; the web chat stays at {chat.url} until Ctrl+C\n")
                out.flush()
                life.catch_stop_signals()
                await life.wait()
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
