"""At-least-once delivery: an update is confirmed to Telegram only once it was handled.

PTB's Updater confirms a batch of up to 100 updates on its next `getUpdates`, before they are
answered, so a crash lost everything fetched but not yet answered. Here `Poller` asks for
updates from the lowest one still in hand, and a webhook request is answered (200) only after
its update was handled. A crash then leaves every unanswered update on Telegram's side, where
the next start (or Telegram's redelivery) picks it up. The price is a possible duplicate answer
after a crash; nothing is lost.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable

from telegram import Update
from telegram.error import Forbidden, InvalidToken, TelegramError
from telegram.ext import Application

log = logging.getLogger(__name__)

POLL_TIMEOUT = 10  # seconds a getUpdates long poll waits for news
WINDOW = 100  # at most this many updates fetched and not yet handled (Telegram's getUpdates limit)
REFETCH_AFTER = 0.25  # with the window's head still busy, look for newer updates this often
MAX_BACKOFF = 5.0  # seconds between getUpdates attempts while the API fails


class ApiRejected(Exception):
    """Telegram refused the bot itself (token revoked, or a wrong API URL answering 404)."""

    def __init__(self, error: TelegramError) -> None:
        super().__init__(str(error))
        self.error = error


class Health:
    """Whether the Bot API has answered lately, for /healthz and the supervisor.

    Unhealthy once every call for `unhealthy_after` seconds has failed; one success heals it.
    """

    def __init__(self, unhealthy_after: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.unhealthy_after = unhealthy_after
        self.clock = clock
        self.failing_since: float | None = None
        self.last_error = ""

    def ok(self) -> None:
        if self.failing_since is not None:
            log.info("the Bot API answers again")
        self.failing_since, self.last_error = None, ""

    def failed(self, error: BaseException) -> None:
        if self.failing_since is None:
            self.failing_since = self.clock()
        self.last_error = type(error).__name__  # never str(error): PTB messages may quote the token

    @property
    def healthy(self) -> bool:
        return self.failing_since is None or self.clock() - self.failing_since < self.unhealthy_after

    def describe(self) -> str:
        if self.failing_since is None:
            return "ok"
        return f"Bot API failing for {self.clock() - self.failing_since:.0f} s ({self.last_error})"


class UpdateTracker:
    """Which fetched updates are still being handled, and so which offset is safe to confirm."""

    def __init__(self) -> None:
        self.in_hand: set[int] = set()
        self.highest: int | None = None
        self.handled = 0
        self._waiters: dict[int, asyncio.Future[None]] = {}
        self._progress = asyncio.Event()
        self._idle = asyncio.Event()
        self._idle.set()

    @property
    def offset(self) -> int | None:
        """The getUpdates offset confirming exactly what was handled (None: nothing seen yet)."""
        if self.in_hand:
            return min(self.in_hand)
        return None if self.highest is None else self.highest + 1

    def take(self, update_id: int) -> bool:
        """Record a fetched update; False if it is already in hand or was handled (a re-fetch)."""
        if update_id in self.in_hand or (self.highest is not None and update_id <= self.highest):
            return False
        self.in_hand.add(update_id)
        self.highest = update_id if self.highest is None else max(self.highest, update_id)
        self._idle.clear()
        return True

    def expect(self, update_id: int) -> asyncio.Future[None] | None:
        """For a webhook request: a future done once the update was handled, None if it is a
        redelivery of one already in hand (then the caller waits on `wait_handled`)."""
        if update_id in self._waiters:
            return None
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiters[update_id] = future
        self.in_hand.add(update_id)
        self._idle.clear()
        return future

    async def wait_handled(self, update_id: int) -> None:
        future = self._waiters.get(update_id)
        if future is not None:
            await asyncio.shield(future)

    def done(self, update: object) -> None:
        """The update was answered, or deliberately dropped: it may be confirmed."""
        if not isinstance(update, Update):
            return
        self.in_hand.discard(update.update_id)
        self.handled += 1
        future = self._waiters.pop(update.update_id, None)
        if future is not None and not future.done():
            future.set_result(None)
        self._progress.set()
        if not self.in_hand:
            self._idle.set()

    async def wait_progress(self, timeout: float) -> None:
        """Until another update was handled, or `timeout` seconds."""
        self._progress.clear()
        # asyncio.timeout, not wait_for: on 3.11 wait_for can swallow a cancellation that
        # coincides with the event, and then the poller would never stop
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(timeout):
                await self._progress.wait()

    async def wait_idle(self, timeout: float) -> bool:
        """Until every update in hand was handled; False if `timeout` seconds passed first."""
        try:
            async with asyncio.timeout(timeout):
                await self._idle.wait()
        except TimeoutError:
            return False
        return True


class Poller:
    """Long polling that confirms an update only after it was handled (see the module doc).

    getUpdates always starts at the oldest update in hand, so it returns the ones still being
    handled again: they are skipped. While the oldest is busy, newer ones are still fetched
    every REFETCH_AFTER seconds, and at most WINDOW updates are in hand at once.
    """

    def __init__(self, app: Application, tracker: UpdateTracker, health: Health) -> None:
        self.app = app
        self.tracker = tracker
        self.health = health
        self._task: asyncio.Task[None] | None = None
        self._stopping = False

    def start(self, on_fatal: Callable[[ApiRejected], None]) -> None:
        self._task = asyncio.create_task(self._run(on_fatal), name="jadbot-poller")

    async def stop(self) -> None:
        """Stop fetching at once (a long poll in progress is abandoned)."""
        self._stopping = True
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None

    async def confirm(self) -> None:
        """Tell Telegram what was handled, so a restart does not answer it again."""
        offset = self.tracker.offset
        if offset is None:
            return
        try:
            await self.app.bot.get_updates(offset=offset, limit=1, timeout=0)
        except TelegramError as exc:  # duplicates after the restart, nothing lost
            log.warning("could not confirm the handled updates (%s)", type(exc).__name__)

    async def _run(self, on_fatal: Callable[[ApiRejected], None]) -> None:
        backoff = 1.0
        while not self._stopping:
            full = len(self.tracker.in_hand) >= WINDOW
            if full:
                await self.tracker.wait_progress(REFETCH_AFTER)
                continue
            try:
                updates = await self.app.bot.get_updates(
                    offset=self.tracker.offset,
                    timeout=POLL_TIMEOUT,
                    limit=WINDOW,
                    allowed_updates=Update.ALL_TYPES,
                )
            except (InvalidToken, Forbidden) as exc:
                self.health.failed(exc)
                on_fatal(ApiRejected(exc))
                return
            except TelegramError as exc:  # network, 5xx, 409 conflict, 429 (PTB waits those out)
                self.health.failed(exc)
                log.warning("getUpdates failed (%s); retrying in %.0f s", type(exc).__name__, backoff)
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, MAX_BACKOFF)
                continue
            self.health.ok()
            backoff = 1.0
            fresh = [u for u in updates if self.tracker.take(u.update_id)]
            for update in fresh:
                await self.app.update_queue.put(update)
            if updates and not fresh:  # only updates still in hand: wait for one to be handled
                await self.tracker.wait_progress(REFETCH_AFTER)
