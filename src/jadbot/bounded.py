"""A dict bounded in size and age, for per-user and per-chat state.

Anything keyed by who wrote to the bot grows with every new user; a public bot meets millions.
Entries live in an OrderedDict kept in last-use order, so the oldest entry is always first:
expiry and eviction pop from the front, O(1) per entry, never a scan of the whole map
(the flood guard's old trimming scanned every bucket: 40,000 users took 65 s).
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class BoundedMap(Generic[K, V]):
    """At most `max_size` entries, each forgotten `ttl` seconds after it was last set or read."""

    def __init__(
        self, max_size: int, ttl: float = math.inf, clock: Callable[[], float] = time.monotonic
    ) -> None:
        if max_size < 1:
            raise ValueError("max_size must be at least 1")
        self.max_size = max_size
        self.ttl = ttl
        self.clock = clock
        self._items: OrderedDict[K, tuple[float, V]] = OrderedDict()
        self.evicted = 0  # for tests and metrics: entries dropped for size, not age

    def get(self, key: K, default: V | None = None) -> V | None:
        now = self.clock()
        self._expire(now)
        found = self._items.get(key)
        if found is None:
            return default
        self._items[key] = (now, found[1])
        self._items.move_to_end(key)
        return found[1]

    def __setitem__(self, key: K, value: V) -> None:
        now = self.clock()
        self._expire(now)
        self._items[key] = (now, value)
        self._items.move_to_end(key)
        while len(self._items) > self.max_size:
            self._items.popitem(last=False)
            self.evicted += 1

    def pop(self, key: K, default: V | None = None) -> V | None:
        found = self._items.pop(key, None)
        return default if found is None else found[1]

    def __contains__(self, key: object) -> bool:
        self._expire(self.clock())
        return key in self._items

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[K]:
        return iter(list(self._items))

    def _expire(self, now: float) -> None:
        """Drop entries older than the TTL: they are at the front, so stop at the first young one."""
        items = self._items
        while items:
            stamp, _ = next(iter(items.values()))
            if now - stamp < self.ttl:
                return
            items.popitem(last=False)
