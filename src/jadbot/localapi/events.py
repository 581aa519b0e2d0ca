"""An in-process event bus behind the ``/_local/events`` Server-Sent Events stream.

Every visible happening (messages, edits, chat actions, callback answers, ...) is published
here once. A bounded history lets a reconnecting page resume with ``Last-Event-ID``.

Everything is bounded: at most ``max_subscribers`` streams at once (one more is refused), and
each subscriber's queue holds ``queue_size`` events. A subscriber that falls that far behind
(a stalled tab, a slow reader) is cut off rather than buffered without end: its stream ends
and the page reconnects with ``Last-Event-ID``, replaying from the history.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import deque
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Event:
    id: int
    type: str
    time: float
    data: dict[str, Any]
    chat_id: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "time": self.time,
            "chat_id": self.chat_id,
            "data": self.data,
        }


class TooManySubscribers(Exception):
    """Refused: ``max_subscribers`` streams are already open."""


class EventBus:
    def __init__(self, history: int = 2000, max_subscribers: int = 32, queue_size: int = 1000) -> None:
        self._history: deque[Event] = deque(maxlen=history)
        self._subscribers: set[Subscription] = set()
        self.max_subscribers = max_subscribers
        self.queue_size = queue_size
        self._next_id = 1
        self._closed = False

    def publish(self, type_: str, data: dict[str, Any], chat_id: int | None = None) -> Event:
        event = Event(id=self._next_id, type=type_, time=time.time(), data=data, chat_id=chat_id)
        self._next_id += 1
        self._history.append(event)
        for subscription in list(self._subscribers):
            if not subscription.offer(event):
                self._subscribers.discard(subscription)
        return event

    def since(self, last_id: int) -> list[Event]:
        return [e for e in self._history if e.id > last_id]

    def subscribe(self, last_id: int | None = None) -> Subscription:
        """Start receiving events; those newer than ``last_id`` (if given) are replayed first.

        Raises TooManySubscribers when ``max_subscribers`` are open."""
        if len(self._subscribers) >= self.max_subscribers:
            raise TooManySubscribers(f"{self.max_subscribers} event streams are open already")
        replay = self.since(last_id) if last_id is not None else []
        subscription = Subscription(self, replay, self.queue_size)
        self._subscribers.add(subscription)
        if self._closed:
            subscription.end()
        return subscription

    @property
    def subscribers(self) -> int:
        return len(self._subscribers)

    def _unsubscribe(self, subscription: Subscription) -> None:
        self._subscribers.discard(subscription)

    def close(self) -> None:
        """End every subscription (server shutdown)."""
        self._closed = True
        for subscription in self._subscribers:
            subscription.end()

    def clear(self) -> None:
        self._history.clear()


class Subscription:
    """One listener's queue of events; use as a context manager so it is always removed."""

    def __init__(self, bus: EventBus, replay: list[Event], queue_size: int = 1000) -> None:
        self.bus = bus
        self.queue: asyncio.Queue[Event | None] = asyncio.Queue(maxsize=queue_size)
        self._replay = list(replay)
        self._seen = replay[-1].id if replay else 0
        self.closed = False
        self.closed_by_bus = False
        self.overflowed = False  # fell queue_size events behind: the stream ends, the page resumes

    def offer(self, event: Event) -> bool:
        """Queue ``event``; False (and the subscription ends) when this listener is too far behind."""
        try:
            self.queue.put_nowait(event)
        except asyncio.QueueFull:
            self.overflowed = True
            return False
        return True

    def end(self) -> None:
        with contextlib.suppress(asyncio.QueueFull):  # a full queue: `overflowed`/`closed` end it
            self.queue.put_nowait(None)
        self.closed_by_bus = True

    async def get(self, timeout: float | None = None) -> Event | None:
        """The next event, or ``None`` after ``timeout``; raises ``EOFError`` once the bus closed."""
        if self._replay:
            return self._replay.pop(0)
        while True:
            if self.closed or self.overflowed or (self.closed_by_bus and self.queue.empty()):
                raise EOFError
            try:
                event = await asyncio.wait_for(self.queue.get(), timeout)
            except TimeoutError:
                return None
            if event is None:
                self.closed = True
                raise EOFError
            if event.id > self._seen:
                self._seen = event.id
                return event

    def __enter__(self) -> Subscription:
        return self

    def __exit__(self, *exc: object) -> None:
        self.bus._unsubscribe(self)
