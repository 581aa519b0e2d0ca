"""Constants and small helpers shared by the bot tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jadbot.localapi import LocalChatClient

ROOT = Path(__file__).resolve().parents[2]
FACTS = ROOT / "facts"
INTENTS = ROOT / "intents.yaml"
TOKEN = "123456789:AAHjadbot-test-token_abcdefghijklmn"
BOT_USERNAME = "jadbot_local_bot"
ADMIN = 42


async def ask(client: LocalChatClient, user: int, text: str, **kw: Any) -> dict[str, Any]:
    """Send text as `user` (private chat unless chat_id/chat_type given) and return the first reply."""
    sent = await client.send_text(user, text, **kw)
    (reply,) = await client.wait_bot_messages(sent["chat_id"], 1)
    return reply


async def silent(
    client: LocalChatClient, chat_id: int, *, count: int = 1, after: int | None = None, wait: float = 0.5
) -> bool:
    """True when the chat does not get `count` bot messages (after `after`) within `wait` seconds."""
    try:
        await client.wait_bot_messages(chat_id, count, timeout=wait, after=after)
    except TimeoutError:
        return True
    return False


def buttons(message: dict[str, Any]) -> list[dict[str, str]]:
    return [b for row in (message.get("reply_markup") or {}).get("inline_keyboard", []) for b in row]
