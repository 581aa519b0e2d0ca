"""`jadbot run` with PTB's pacing toward Telegram lifted, for the load and soak tests.

build_application uses AIORateLimiter, which holds the bot to Telegram's 30 requests/s (an
answer is two requests: typing, then the message), so 4,000 answers would take over four
minutes whatever the bot can do. Here the limiter keeps everything but that overall pace (429
handling included); the rest is the shipped CLI. Usage: `python unpaced_bot.py run [options]`.
"""

from __future__ import annotations

import sys
from typing import Any

from telegram.ext import AIORateLimiter

import jadbot.telegram.app
from jadbot.cli import main


def unpaced(*args: Any, **kwargs: Any) -> AIORateLimiter:
    """The app's limiter with the overall pace off, whatever pace the app asks for."""
    return AIORateLimiter(*args, **{**kwargs, "overall_max_rate": 0})


if __name__ == "__main__":
    jadbot.telegram.app.AIORateLimiter = unpaced  # type: ignore[misc,assignment]
    sys.exit(main(sys.argv[1:]))
