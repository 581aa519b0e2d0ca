"""Answer a chat's messages in the order they were sent, while different chats run concurrently.

With PTB's plain concurrent updates, two quick questions in one chat could be answered in either
order, and answers in a private chat do not quote their question, so the user could not tell
which answer is which. Here an update for a chat that is busy waits in that chat's backlog and
runs after the one being handled. A busy chat holds one slot of the concurrency limit however
many messages it sends, so a flooding user cannot crowd the others out.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

log = logging.getLogger(__name__)


class ChatOrderedUpdates(BaseUpdateProcessor):
    def __init__(self, max_concurrent_updates: int = 256) -> None:
        super().__init__(max_concurrent_updates)
        self._backlogs: dict[int, deque[Awaitable[Any]]] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:  # inline queries: no chat, no order to keep
            await coroutine
            return
        backlog = self._backlogs.get(chat.id)
        if backlog is not None:  # the task handling this chat runs it next
            backlog.append(coroutine)
            return
        backlog = self._backlogs[chat.id] = deque()
        try:
            while True:
                try:
                    await coroutine
                except Exception:  # Application.process_update handles handler errors; this is a last resort
                    log.exception("processing an update failed")
                if not backlog:
                    break
                coroutine = backlog.popleft()
        finally:
            del self._backlogs[chat.id]
            for skipped in backlog:  # only when cancelled
                if hasattr(skipped, "close"):
                    skipped.close()

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to free: Application.stop waits for the tasks that drain the backlogs."""
