"""Run the local Bot API server standalone: ``python -m jadbot.localapi --port 8081 --token TOKEN``.

Prints the root URL (the bot's ``base_url`` is that plus ``/bot``) and serves until interrupted.
The token may also come from ``JADBOT_LOCAL_TOKEN`` so it stays out of process listings.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import signal

from .server import LocalBotApi


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m jadbot.localapi", description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8081, help="0 picks a free port")
    parser.add_argument(
        "--token", default=os.environ.get("JADBOT_LOCAL_TOKEN"), help="the bot token to accept"
    )
    parser.add_argument("--bot-username", default="jadbot_local_bot")
    parser.add_argument("--bot-name", default="JadBot Local")
    parser.add_argument(
        "--no-privacy", action="store_true", help="let the bot see every group message (privacy mode off)"
    )
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    if not args.token:
        parser.error("give --token or set JADBOT_LOCAL_TOKEN")
    return args


async def serve(args: argparse.Namespace) -> None:
    server = LocalBotApi(
        args.token,
        args.host,
        args.port,
        bot_username=args.bot_username,
        bot_name=args.bot_name,
        privacy_mode=not args.no_privacy,
    )
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    async with server:
        print(server.root_url, flush=True)
        await stop.wait()


def main(argv: list[str] | None = None) -> None:
    args = _parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING)
    asyncio.run(serve(args))


if __name__ == "__main__":
    main()
