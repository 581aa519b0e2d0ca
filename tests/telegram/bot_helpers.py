"""Constants and small helpers shared by the bot tests."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.ext import Application, ContextTypes, TypeHandler

from jadbot.localapi import LocalChatClient

ROOT = Path(__file__).resolve().parents[2]
FACTS = ROOT / "facts"
INTENTS = ROOT / "intents.yaml"
TOKEN = "123456789:AAHjadbot-test-token_abcdefghijklmn"
BOT_USERNAME = "jadbot_local_bot"
ADMIN = 42
PROCESSED = "tests.processed_updates"  # bot_data key: ids of the updates the bot is done with
LAST_GROUP = 1_000_000  # after every handler group of the bot


async def ask(client: LocalChatClient, user: int, text: str, **kw: Any) -> dict[str, Any]:
    """Send text as `user` (private chat unless chat_id/chat_type given) and return the first reply."""
    sent = await client.send_text(user, text, **kw)
    (reply,) = await client.wait_bot_messages(sent["chat_id"], 1)
    return reply


def track_processed(app: Application) -> None:
    """Record each update id once the bot is done with it.

    PTB runs handler groups in order, awaiting each (and the error handlers of a failed one), so
    a handler in a group after all of the bot's runs when the bot's own handling has finished.
    """
    done: set[int] = app.bot_data.setdefault(PROCESSED, set())

    async def record(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        done.add(update.update_id)

    app.add_handler(TypeHandler(Update, record), group=LAST_GROUP)


async def until_processed(app: Application, *update_ids: int | None, timeout: float = 10.0) -> None:
    """Wait until the bot has finished handling every given update (None: privacy mode hid it)."""
    done: set[int] = app.bot_data[PROCESSED]
    wanted = {u for u in update_ids if u is not None}
    deadline = time.monotonic() + timeout
    while not wanted <= done:
        if time.monotonic() > deadline:
            raise TimeoutError(f"the bot did not finish updates {sorted(wanted - done)} within {timeout}s")
        await asyncio.sleep(0.01)


async def silent(
    app: Application,
    client: LocalChatClient,
    chat_id: int,
    *sent: dict[str, Any],
    count: int = 1,
    after: int | None = None,
) -> bool:
    """True when, once the bot is done with the `sent` messages' updates, the chat has fewer than
    `count` bot messages after message `after` (default: the first of `sent`). No guessed delay:
    a reply that comes late still comes before the bot is done with its update."""
    assert sent, "name the updates the bot must be done with"
    await until_processed(app, *(message["update_id"] for message in sent))
    first = min(message["message_id"] for message in sent) if after is None else after
    return len(await client.messages(chat_id, after=first, sender="bot")) < count


def buttons(message: dict[str, Any]) -> list[dict[str, str]]:
    return [b for row in (message.get("reply_markup") or {}).get("inline_keyboard", []) for b in row]
