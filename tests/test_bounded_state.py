"""Per-user and per-chat state stays bounded: memory flat over 100,000 distinct users.

Driven on the real structures the bot uses (the flood guard, the /source memory in Services),
with their shipped defaults; tests/telegram/test_bot_bounded.py checks the same through the bot.
"""

from __future__ import annotations

import gc
import time
import tracemalloc

import pytest

from jadbot.bounded import BoundedMap
from jadbot.engine import Engine
from jadbot.telegram.flood import MAX_USERS, FloodGuard, Verdict
from jadbot.telegram.services import MAX_CHATS, SOURCE_TTL, _last_sources

USERS = 100_000


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_size_bound_evicts_the_least_recently_used() -> None:
    seen: BoundedMap[int, str] = BoundedMap(3)
    for key in (1, 2, 3):
        seen[key] = str(key)
    assert seen.get(1) == "1"  # 1 is now the most recent
    seen[4] = "4"
    assert 2 not in seen and [*seen] == [3, 1, 4] and seen.evicted == 1


def test_entries_expire_after_the_ttl_since_last_use() -> None:
    clock = Clock()
    seen: BoundedMap[str, int] = BoundedMap(10, ttl=10, clock=clock)
    seen["a"] = 1
    seen["b"] = 2
    clock.now = 6
    assert seen.get("a") == 1  # used again: lives until 16
    clock.now = 12
    assert seen.get("b") is None and seen.get("a") == 1
    clock.now = 30
    assert len(seen) == 1 and "a" not in seen and len(seen) == 0


def _allocated() -> int:
    gc.collect()
    return tracemalloc.get_traced_memory()[0]


def test_memory_is_flat_over_100000_distinct_users(engine: Engine) -> None:
    """Fill both structures to their caps and past them, then 100,000 more distinct users: no growth.

    Before the fix chat_data kept every chat's whole Answer (about 16 MiB per 10,000 chats) and
    the flood guard kept every user whose bucket had not refilled."""
    sources = engine.answer("how much coke").sources
    assert sources
    guard = FloodGuard(rate=0.5, burst=8)  # the shipped defaults: a bucket refills in 16 s
    last = _last_sources()
    tracemalloc.start()
    try:
        for user in range(max(MAX_USERS, MAX_CHATS)):
            guard.check(user)
            last[user] = sources
        for user in range(10**6, 10**6 + USERS):  # the dicts' tables settle once past the caps
            guard.check(user)
            last[user] = sources
        full = _allocated()
        start = time.perf_counter()
        for user in range(2 * 10**6, 2 * 10**6 + USERS):
            assert guard.check(user) is Verdict.ALLOW
            last[user] = sources
        seconds = time.perf_counter() - start
        after = _allocated()
    finally:
        tracemalloc.stop()
    assert len(guard._buckets) == MAX_USERS and len(last) == MAX_CHATS
    assert after - full < 256 * 1024, f"grew by {after - full:,} bytes over {USERS:,} new users"
    assert after < 48 * 2**20  # the caps' worth, whatever the number of users
    assert seconds < 20  # O(1) per user; the old trimming scan took 65 s for 40,000 users
    print(
        f"{USERS:,} users past the caps: {seconds:.2f} s, memory {full / 2**20:.1f} -> {after / 2**20:.1f} MiB"
    )


def test_a_flooder_is_remembered_while_many_others_come_and_go() -> None:
    """Expiry pops from the front only: a user still draining their bucket is not forgotten
    early by many idle ones, and a user idle for burst/rate seconds is."""
    clock = Clock()
    guard = FloodGuard(rate=1.0, burst=2, clock=clock, max_users=1000)
    assert [guard.check(7) for _ in range(3)] == [Verdict.ALLOW, Verdict.ALLOW, Verdict.WARN]
    for user in range(500):
        guard.check(user)
    assert guard.check(7) is Verdict.DROP
    clock.now = 3.0
    guard.check(99_999)
    assert len(guard._buckets) == 1  # everyone else idle for 3 s > burst/rate = 2 s
    assert guard.check(7) is Verdict.ALLOW


@pytest.mark.parametrize("ttl", [SOURCE_TTL])
def test_source_memory_forgets_after_a_day(ttl: float) -> None:
    assert ttl == 24 * 3600
