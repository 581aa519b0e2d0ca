"""A per-user token bucket, so one user hammering the bot cannot starve everyone else.

Buckets live in a BoundedMap: a bucket untouched for burst/rate seconds has refilled and is
indistinguishable from a new one, so that is its TTL, and at most `max_users` are kept at all.
With JADBOT_REDIS_URL the buckets live in Redis instead (`RedisFloodGuard`), shared by replicas.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Protocol

from jadbot.bounded import BoundedMap
from jadbot.conversations import PREFIX, RedisHealth

if TYPE_CHECKING:
    from redis.asyncio import Redis

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

    async def verdict(self, user_id: int) -> Verdict:
        """`check` behind the interface the handlers await (shared with RedisFloodGuard)."""
        return self.check(user_id)


class Flood(Protocol):
    async def verdict(self, user_id: int) -> Verdict: ...


# KEYS[1] the user's bucket; ARGV: rate, burst. Redis' own clock, so replicas whose clocks
# disagree still share one bucket; atomic, so two replicas cannot both spend the last token.
_TAKE = """
local rate, burst = tonumber(ARGV[1]), tonumber(ARGV[2])
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local b = redis.call('HMGET', KEYS[1], 'tokens', 'stamp', 'warned')
local tokens = tonumber(b[1]) or burst
local stamp = tonumber(b[2]) or now
tokens = math.min(burst, tokens + math.max(0, now - stamp) * rate)
local verdict, warned
if tokens >= 1 then
  tokens, warned, verdict = tokens - 1, '0', 'allow'
elseif b[3] == '1' then
  warned, verdict = '1', 'drop'
else
  warned, verdict = '1', 'warn'
end
redis.call('HSET', KEYS[1], 'tokens', string.format('%.6f', tokens), 'stamp', string.format('%.6f', now),
  'warned', warned)
redis.call('PEXPIRE', KEYS[1], math.ceil(burst / rate * 1000) + 1000)
return verdict
"""


class RedisFloodGuard:
    """The same token bucket per user, kept in Redis so the limit holds across replicas.

    While Redis is unreachable each replica falls back to its own in-process guard: a looser
    limit (one bucket per replica) rather than none, and never a failed answer."""

    def __init__(
        self, redis: Redis, health: RedisHealth, rate: float, burst: int, prefix: str = PREFIX
    ) -> None:
        self.redis = redis
        self.health = health
        self.rate = rate
        self.burst = burst
        self.prefix = prefix + "flood:"
        self.local = FloodGuard(rate, burst)
        self._take = redis.register_script(_TAKE)

    async def verdict(self, user_id: int) -> Verdict:
        async def take() -> Verdict:
            raw = await self._take(keys=[f"{self.prefix}{user_id}"], args=[self.rate, self.burst])
            return Verdict(raw.decode() if isinstance(raw, bytes) else raw)

        found = await self.health.run(take, None)
        return found if found is not None else self.local.check(user_id)
