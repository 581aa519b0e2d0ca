"""The local server, the real bot and the web chat together: `python -m jadbot.webchat` and
`jadbot run --local --web`.

It reuses `jadbot run`'s own pieces (`local_bot`, `until_stopped`), so the page shows exactly
the Application that `jadbot run` deploys, and SIGHUP reloads the data here too.
"""

from __future__ import annotations

import asyncio
import sys
from typing import TextIO

from jadbot.telegram.run import local_bot, until_stopped
from jadbot.telegram.services import Services
from jadbot.webchat import DEFAULT_HOST, DEFAULT_PORT, start_web_chat


async def serve_web_chat(
    services: Services, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, out: TextIO = sys.stdout
) -> None:
    """Serve until SIGINT/SIGTERM; the local Bot API server itself listens on a free port."""
    async with local_bot(services) as (server, app, _client):
        chat = await start_web_chat(server, host, port)
        try:
            out.write(f"web test chat at {chat.url} (bot @{app.bot.username}); Ctrl+C stops it\n")
            out.flush()
            await until_stopped(services)
        finally:
            await chat.stop()


def run_web_chat(services: Services, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> int:
    """Blocking entry point with exit codes: 0 after a normal stop, 1 when the port is taken."""
    try:
        asyncio.run(serve_web_chat(services, host, port))
    except OSError as exc:
        print(f"jadbot: cannot serve the web chat on {host}:{port}: {exc.strerror}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return 0
