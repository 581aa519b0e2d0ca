"""A per-user token bucket, so one user hammering the bot cannot starve everyone else.

Buckets live in a BoundedMap: a bucket untouched for burst/rate seconds has refilled and is
indistinguishable from a new one, so that is its TTL, and at most `max_users` are kept at all.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from jadbot.bounded import BoundedMap

MAX_USERS = 100_000  # ~20 MB of buckets at most; past it the least recent user is forgotten


class Verdict(Enum):
    ALLOW = "allow"
    WARN = "warn"  # first message over the limit: say "slow down" once
    DROP = "drop"  # still over the limit: stay silent


@dataclass(slots=True)
class _Bucket:
    tokens: float
    stamp: float
    warned: bool = False


class FloodGuard:
    """`burst` messages at once, then `rate` per second; a user is warned once per flood."""

    def __init__(
        self,
        rate: float,
        burst: int,
        clock: Callable[[], float] = time.monotonic,
        max_users: int = MAX_USERS,
    ) -> None:
        self.rate = rate
        self.burst = float(burst)
        self.clock = clock
        refill = self.burst / rate if rate > 0 else math.inf
        self._buckets: BoundedMap[int, _Bucket] = BoundedMap(max_users, refill, clock)

    def check(self, user_id: int) -> Verdict:
        now = self.clock()
        bucket = self._buckets.get(user_id)
        if bucket is None:
            bucket = _Bucket(self.burst, now)
            self._buckets[user_id] = bucket
        bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.stamp) * self.rate)
        bucket.stamp = now
        if bucket.tokens >= 1:
            bucket.tokens -= 1
            bucket.warned = False
            return Verdict.ALLOW
        if bucket.warned:
            return Verdict.DROP
        bucket.warned = True
        return Verdict.WARN
