"""An in-process event bus behind the ``/_local/events`` Server-Sent Events stream.

Every visible happening (messages, edits, chat actions, callback answers, ...) is published
here once. A bounded history lets a reconnecting page resume with ``Last-Event-ID``.
"""

from __future__ import annotations

import asyncio
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


class EventBus:
    def __init__(self, history: int = 2000) -> None:
        self._history: deque[Event] = deque(maxlen=history)
        self._subscribers: set[asyncio.Queue[Event | None]] = set()
        self._next_id = 1
        self._closed = False

    def publish(self, type_: str, data: dict[str, Any], chat_id: int | None = None) -> Event:
        event = Event(id=self._next_id, type=type_, time=time.time(), data=data, chat_id=chat_id)
        self._next_id += 1
        self._history.append(event)
        for queue in self._subscribers:
            queue.put_nowait(event)
        return event

    def since(self, last_id: int) -> list[Event]:
        return [e for e in self._history if e.id > last_id]

    def subscribe(self, last_id: int | None = None) -> Subscription:
        """Start receiving events; those newer than ``last_id`` (if given) are replayed first."""
        subscription = Subscription(self, self.since(last_id) if last_id is not None else [])
        self._subscribers.add(subscription.queue)
        if self._closed:
            subscription.queue.put_nowait(None)
        return subscription

    def _unsubscribe(self, queue: asyncio.Queue[Event | None]) -> None:
        self._subscribers.discard(queue)

    def close(self) -> None:
        """End every subscription (server shutdown)."""
        self._closed = True
        for queue in self._subscribers:
            queue.put_nowait(None)

    def clear(self) -> None:
        self._history.clear()


class Subscription:
    """One listener's queue of events; use as a context manager so it is always removed."""

    def __init__(self, bus: EventBus, replay: list[Event]) -> None:
        self.bus = bus
        self.queue: asyncio.Queue[Event | None] = asyncio.Queue()
        self._replay = list(replay)
        self._seen = replay[-1].id if replay else 0
        self.closed = False

    async def get(self, timeout: float | None = None) -> Event | None:
        """The next event, or ``None`` after ``timeout``; raises ``EOFError`` once the bus closed."""
        if self._replay:
            return self._replay.pop(0)
        while True:
            if self.closed:
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
        self.bus._unsubscribe(self.queue)
