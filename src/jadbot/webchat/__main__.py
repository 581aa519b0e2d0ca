"""`python -m jadbot.webchat [--host H] [--port P]`: the web test chat with the real bot, no Telegram.

Settings come from the environment like `jadbot run` (JADBOT_FACTS_DIR, JADBOT_LOG_LEVEL, ...);
TELEGRAM_BOT_TOKEN is not used: the bot only ever talks to the local server.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from jadbot.errors import DataError
from jadbot.localapi.guard import is_loopback
from jadbot.settings import SettingsError, configure_logging, load_settings
from jadbot.webchat import DEFAULT_HOST, DEFAULT_PORT, REMOTE_REFUSED


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m jadbot.webchat", description=__doc__.splitlines()[0])
    parser.add_argument("--host", default=DEFAULT_HOST, help=f"address of the page (default {DEFAULT_HOST})")
    parser.add_argument(
        "--port", type=int, default=DEFAULT_PORT, help=f"port of the page (default {DEFAULT_PORT}; 0: any)"
    )
    parser.add_argument("--facts", type=Path, default=None, help="facts directory")
    parser.add_argument("--intents", type=Path, default=None, help="intents file")
    args = parser.parse_args(argv)
    if not is_loopback(args.host):
        print(f"jadbot: {REMOTE_REFUSED.format(host=args.host)}", file=sys.stderr)
        return 2

    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"jadbot: {exc}", file=sys.stderr)
        return 2
    configure_logging(settings)

    # Imported only now, so `--help` and bad settings answer before Telegram's library loads.
    from jadbot.telegram.run import make_services
    from jadbot.webchat.local import run_web_chat

    try:
        services = make_services(settings, args.facts, args.intents)
    except DataError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 2
    return run_web_chat(services, args.host, args.port)


if __name__ == "__main__":
    raise SystemExit(main())
