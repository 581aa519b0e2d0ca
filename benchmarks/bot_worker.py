"""The real bot (jadbot.telegram) in its own process, for roundtrip.py, so its RSS is its own.

Usage: python -m benchmarks.bot_worker polling paced|unpaced BOT_BASE_URL TOKEN
       python -m benchmarks.bot_worker webhook paced|unpaced BOT_BASE_URL TOKEN PORT SECRET

`paced` keeps Telegram's 30 requests/s (production); `unpaced` is how the bot is built against
the local Bot API server, so the round trip shows the bot's own cost.

Prints "ready" once it takes updates; stops cleanly on SIGTERM or SIGINT. The flood guard is set
far above benchmark traffic, so what is measured is answering, not the guard dropping messages.
"""

from __future__ import annotations

import asyncio
import signal
import sys
import tempfile
from contextlib import AsyncExitStack
from pathlib import Path

from jadbot.cli import default_facts_dir, default_intents
from jadbot.engine import Engine
from jadbot.misses import MissLog
from jadbot.settings import load_settings
from jadbot.telegram.app import build_application
from jadbot.telegram.flood import FloodGuard
from jadbot.telegram.run import running
from jadbot.telegram.services import Services
from jadbot.telegram.webhook import serving_webhook


async def serve(mode: str, paced: bool, base_url: str, token: str, port: int = 0, secret: str = "") -> None:
    with tempfile.TemporaryDirectory(prefix="jadbot-bench-bot-") as tmp:
        services = Services(
            engine=Engine.load(default_facts_dir(), default_intents()),
            facts_dir=default_facts_dir(),
            intents_path=default_intents(),
            misses=MissLog(Path(tmp) / "misses.jsonl"),
            flood=FloodGuard(rate=10_000.0, burst=10_000),
        )
        app = build_application(services, token, base_url, paced=paced)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(running(app, polling=mode == "polling"))
            if mode == "webhook":
                settings = load_settings(
                    None,
                    TELEGRAM_BOT_TOKEN=token,
                    JADBOT_WEBHOOK_URL=f"http://127.0.0.1:{port}/telegram/hook",
                    JADBOT_WEBHOOK_SECRET=secret,
                    JADBOT_LISTEN="127.0.0.1",
                    JADBOT_PORT=port,
                )
                await stack.enter_async_context(serving_webhook(app, settings))
            print("ready", flush=True)
            await stop.wait()


if __name__ == "__main__":
    mode, pace, base_url, token, *rest = sys.argv[1:]
    port, secret = (int(rest[0]), rest[1]) if rest else (0, "")
    asyncio.run(serve(mode, pace == "paced", base_url, token, port, secret))
