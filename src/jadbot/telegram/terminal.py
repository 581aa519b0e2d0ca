"""A terminal chat against the local Bot API server: you are user 1 in a private chat.

It drives the real bot through the same user-side API as the tests, so what you see here is
what a Telegram user would get. Inline buttons show as numbered choices; type the number.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
import threading
from collections.abc import AsyncIterator
from typing import Any, TextIO

from jadbot.localapi import LocalChatClient

USER_ID = 1
FIRST_REPLY_TIMEOUT = 10.0
MORE_REPLIES_WAIT = 0.3  # long answers arrive as several messages in quick succession


async def stdin_lines() -> AsyncIterator[str]:
    """Lines from stdin without blocking the event loop (a daemon thread reads, so exit never hangs)."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[str | None] = asyncio.Queue()

    def put(item: str | None) -> None:
        with contextlib.suppress(RuntimeError):  # the loop is gone: we are exiting anyway
            loop.call_soon_threadsafe(queue.put_nowait, item)

    def pump() -> None:
        for line in sys.stdin:
            put(line)
        put(None)

    threading.Thread(target=pump, name="stdin", daemon=True).start()
    while (line := await queue.get()) is not None:
        yield line


class TerminalChat:
    def __init__(self, client: LocalChatClient, out: TextIO | None = None, user_id: int = USER_ID) -> None:
        self.client = client
        self.out = out or sys.stdout
        self.user_id = user_id
        self.seen = 0  # newest bot message already shown
        self.choices: list[tuple[int, str]] = []  # (message_id, callback_data) by number - 1

    def say(self, text: str = "", end: str = "\n") -> None:
        self.out.write(text + end)
        self.out.flush()

    async def run(self, lines: AsyncIterator[str]) -> None:
        self.say("jadbot local chat (real bot, local Telegram). Type a question; a number picks a button.")
        self.say("/start, /topics, /source and /help work as on Telegram. Ctrl-D or /quit to stop.")
        self.say("you> ", end="")
        async for raw in lines:
            line = raw.strip()
            if line == "/quit":
                break
            if line:
                await self.step(line)
            self.say("you> ", end="")
        self.say()

    async def step(self, line: str) -> list[dict[str, Any]]:
        """Send one line (or press the numbered button) and print the bot's replies."""
        if line.isdigit() and 0 < int(line) <= len(self.choices):
            message_id, data = self.choices[int(line) - 1]
            await self.client.press(self.user_id, self.user_id, message_id, data=data)
        elif line.isdigit() and len(line) <= 2:  # a button number, not a question ("626?" still is one)
            shown = f"1 to {len(self.choices)}" if self.choices else "none are shown now"
            self.say(f"     (there is no button {line}: {shown})")
            return []
        else:
            await self.client.send_text(self.user_id, line)
        try:
            replies = await self.client.wait_bot_messages(
                self.user_id, 1, FIRST_REPLY_TIMEOUT, after=self.seen
            )
        except TimeoutError:
            self.say("     (no reply)")
            return []
        await asyncio.sleep(MORE_REPLIES_WAIT)
        replies = await self.client.messages(self.user_id, after=self.seen, sender="bot")
        for message in replies:
            self.show(message)
        return replies

    def show(self, message: dict[str, Any]) -> None:
        self.seen = max(self.seen, message["message_id"])
        text = message.get("text") or f"[{message.get('kind', 'message')}]"
        self.say("bot> " + "\n".join(("     " + line).rstrip() for line in text.split("\n")).lstrip())
        rows = (message.get("reply_markup") or {}).get("inline_keyboard") or []
        buttons = [b for row in rows for b in row if "callback_data" in b]
        if buttons:
            self.choices = [(message["message_id"], b["callback_data"]) for b in buttons]
            for number, b in enumerate(buttons, 1):
                self.say(f"     {number}. {b['text']}")
