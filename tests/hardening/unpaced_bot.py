"""`jadbot run` with PTB's pacing toward Telegram lifted, for the load and soak tests.

build_application uses AIORateLimiter, which holds the bot to Telegram's 30 requests/s (an
answer is two requests: typing, then the message), so 4,000 answers would take over four
minutes whatever the bot can do. Here the limiter keeps everything but that overall pace (429
handling included); the rest is the shipped CLI. Usage: `python unpaced_bot.py run [options]`.
"""

from __future__ import annotations

import functools
import sys

from telegram.ext import AIORateLimiter

import jadbot.telegram.app
from jadbot.cli import main

if __name__ == "__main__":
    jadbot.telegram.app.AIORateLimiter = functools.partial(AIORateLimiter, overall_max_rate=0)  # type: ignore[misc]
    sys.exit(main(sys.argv[1:]))
