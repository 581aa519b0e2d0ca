"""Answer a chat's messages in the order they were sent, while different chats run concurrently.

With PTB's plain concurrent updates, two quick questions in one chat could be answered in either
order, and answers in a private chat do not quote their question, so the user could not tell
which answer is which. Here an update for a chat that is busy waits in that chat's backlog and
runs after the one being handled. A busy chat holds one slot of the concurrency limit however
many messages it sends, so a flooding user cannot crowd the others out.

Each update handled (answered, or dropped on purpose) is reported to `on_done`, which is what
lets delivery.py confirm it to Telegram; `abort` gives up the rest at shutdown, unconfirmed.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

log = logging.getLogger(__name__)


class ChatOrderedUpdates(BaseUpdateProcessor):
    def __init__(
        self, max_concurrent_updates: int = 256, on_done: Callable[[object], None] | None = None
    ) -> None:
        super().__init__(max_concurrent_updates)
        self.on_done = on_done or (lambda update: None)
        self._backlogs: dict[int, deque[tuple[object, Awaitable[Any]]]] = {}
        self._tasks: set[asyncio.Task[Any]] = set()

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        chat = update.effective_chat if isinstance(update, Update) else None
        backlog = self._backlogs.get(chat.id) if chat is not None else None
        if backlog is not None:  # the task handling this chat runs it next
            backlog.append((update, coroutine))
            return
        task = asyncio.current_task()
        if task is not None:
            self._tasks.add(task)
        try:
            if chat is None:  # inline queries: no chat, no order to keep
                await self._handle(update, coroutine)
                return
            await self._drain(chat.id, update, coroutine)
        finally:
            self._tasks.discard(task)  # type: ignore[arg-type]

    async def _drain(self, chat_id: int, update: object, coroutine: Awaitable[Any]) -> None:
        backlog = self._backlogs[chat_id] = deque()
        try:
            while True:
                await self._handle(update, coroutine)
                if not backlog:
                    break
                update, coroutine = backlog.popleft()
        finally:
            del self._backlogs[chat_id]
            for _, skipped in backlog:  # only when cancelled: left unconfirmed for the next start
                if hasattr(skipped, "close"):
                    skipped.close()

    async def _handle(self, update: object, coroutine: Awaitable[Any]) -> None:
        try:
            await coroutine
        except Exception:  # Application.process_update handles handler errors; this is a last resort
            log.exception("processing an update failed")
        self.on_done(update)  # not reached when cancelled: the update stays unconfirmed

    def abort(self) -> int:
        """Cancel every update still being handled or waiting in a backlog; how many chats were busy."""
        for task in self._tasks:
            task.cancel()
        return len(self._tasks)

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to free: Application.stop waits for the tasks that drain the backlogs."""
