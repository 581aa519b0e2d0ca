"""The Redis stores against a real redis-server (tests/redis_server.py): contexts with a TTL, the
newest turn winning under concurrent writes, the flood bucket and /source shared by two replicas'
clients, and an outage that costs the context but never the answer, logged once."""

from __future__ import annotations

import asyncio
import json
import logging
import time

import pytest
from redis.asyncio import Redis

from jadbot.conversations import RedisConversations, RedisHealth, connect
from jadbot.dialogue import Context
from jadbot.engine import Engine
from jadbot.telegram.flood import RedisFloodGuard, Verdict
from jadbot.telegram.services import RedisSources, shared_state
from tests.redis_server import RedisProcess, start_redis

COCAINE = Context(("how much cocaine was seized?",), ("cocaine",), (), ("cocaine",))
WEAPONS = Context(("how many weapons were seized?",), ("weapons",), (), ("weapons",))


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def test_contexts_round_trip_per_key_and_replicas_share_them(
    redis_server: RedisProcess, redis_client: Redis, engine: Engine
) -> None:
    """Two clients (two replicas) on one Redis: what one stores, the other reads."""
    other = connect(redis_server.url)
    try:
        a, b = RedisConversations(redis_client, RedisHealth()), RedisConversations(other, RedisHealth())
        first = engine.answer("how much cocaine was seized?")
        await a.put("1", first.context, 1)
        second = engine.answer("and cannabis?", await b.get("1"))
        await b.put("1", second.context, 2)
        assert "926 kg" in engine.answer("what is the total of the two?", await a.get("1")).text
        assert await a.get("2") is None and await b.get("-100:11") is None
    finally:
        await other.aclose()


async def test_only_the_context_is_stored_with_a_ttl(redis_client: Redis) -> None:
    store = RedisConversations(redis_client, RedisHealth(), ttl=900)
    await store.put("-100:11", COCAINE, 5)
    (key,) = [k async for k in redis_client.scan_iter()]
    assert key == b"jadbot:conv:-100:11"
    stored = await redis_client.hgetall(key)
    assert set(stored) == {b"turn", b"context"} and stored[b"turn"] == b"5"
    assert json.loads(stored[b"context"]) == COCAINE.to_json()
    assert 899_000 < await redis_client.pttl(key) <= 900_000


async def test_silence_expires_a_context(redis_client: Redis) -> None:
    """A short TTL setting instead of 15 minutes; a read keeps the conversation alive."""
    store = RedisConversations(redis_client, RedisHealth(), ttl=0.4)
    await store.put("1", COCAINE, 1)
    await asyncio.sleep(0.25)
    assert await store.get("1") == COCAINE  # refreshes the TTL
    await asyncio.sleep(0.25)
    assert await store.get("1") == COCAINE
    await asyncio.sleep(0.5)
    assert await store.get("1") is None
    assert await redis_client.exists("jadbot:conv:1") == 0


async def test_concurrent_writes_of_one_chat_keep_the_newest_turn(redis_server: RedisProcess) -> None:
    """Eight replicas' clients write turns 1..40 of one chat in a scrambled order, all at once: the
    stored context is turn 40's, whichever write landed last."""
    clients = [connect(redis_server.url) for _ in range(8)]
    try:
        stores = [RedisConversations(c, RedisHealth()) for c in clients]
        turns = list(range(1, 41))
        turns = turns[::2] + turns[1::2][::-1]
        newest = Context(("turn 40",), ("weapons",))

        async def write(turn: int) -> None:
            await stores[turn % 8].put("1", newest if turn == 40 else COCAINE, turn)

        await asyncio.gather(*(write(t) for t in turns))
        assert await stores[0].get("1") == newest
        await stores[3].put("1", COCAINE, 39)  # late
        assert await stores[5].get("1") == newest
        await stores[1].put("1", None, 41)  # /start
        assert await stores[2].get("1") is None
    finally:
        for c in clients:
            await c.aclose()


async def test_a_damaged_entry_starts_afresh(redis_client: Redis) -> None:
    store = RedisConversations(redis_client, RedisHealth())
    for junk in (b"not json", b"[1, 2]", b'{"clauses": 3}'):
        await redis_client.hset("jadbot:conv:1", mapping={"turn": 1, "context": junk})
        assert await store.get("1") is None


async def test_the_flood_bucket_is_shared_by_replicas(redis_server: RedisProcess) -> None:
    clients = [connect(redis_server.url) for _ in range(2)]
    try:
        a, b = (RedisFloodGuard(c, RedisHealth(), rate=0.001, burst=3) for c in clients)
        verdicts = [await (a if n % 2 else b).verdict(7) for n in range(6)]
        assert verdicts == [Verdict.ALLOW] * 3 + [Verdict.WARN, Verdict.DROP, Verdict.DROP]
        assert await a.verdict(8) is Verdict.ALLOW  # another user has a bucket of their own
        assert 0 < await clients[0].pttl("jadbot:flood:7") <= 3_001_000  # refilled after burst/rate
    finally:
        for c in clients:
            await c.aclose()


async def test_the_flood_bucket_refills(redis_client: Redis) -> None:
    guard = RedisFloodGuard(redis_client, RedisHealth(), rate=20.0, burst=1)
    assert [await guard.verdict(7) for _ in range(3)] == [Verdict.ALLOW, Verdict.WARN, Verdict.DROP]
    await asyncio.sleep(0.1)  # 2 tokens' worth, capped at the burst of 1
    assert [await guard.verdict(7) for _ in range(2)] == [Verdict.ALLOW, Verdict.WARN]


async def test_sources_are_shared_by_replicas(redis_server: RedisProcess, redis_client: Redis) -> None:
    other = connect(redis_server.url)
    try:
        await RedisSources(redis_client, RedisHealth()).remember(5, ("s1", "s2"))
        assert await RedisSources(other, RedisHealth()).recall(5) == ("s1", "s2")
        assert await RedisSources(other, RedisHealth()).recall(6) is None
        assert 0 < await redis_client.pttl("jadbot:src:5") <= 24 * 3600 * 1000
    finally:
        await other.aclose()


async def test_an_outage_costs_the_context_not_the_answer_and_is_logged_once(
    caplog: pytest.LogCaptureFixture, engine: Engine
) -> None:
    """Redis stops mid-conversation: answers go on without context, the flood limit falls back to
    the replica's own, /source to its own memory; one ERROR line (without the URL), one line when
    Redis is back, and the shared state works again."""
    clock = Clock()
    with start_redis() as server:
        state = shared_state(server.url, flood_rate=100.0, flood_burst=100)
        health = state.conversations.health  # type: ignore[attr-defined]
        health.clock = clock
        try:
            first = engine.answer("how much cocaine was seized?")
            await state.conversations.put("1", first.context, 1)
            server.stop()
            caplog.set_level(logging.WARNING)
            started = time.monotonic()
            for turn in range(2, 12):
                context = await state.conversations.get("1")
                answer = engine.answer("how much is that per officer?", context)
                assert answer.matched and "626" not in answer.text  # answered, without context
                await state.conversations.put("1", answer.context, turn)
                assert await state.flood.verdict(7) is Verdict.ALLOW
                await state.last_sources.remember(1, answer.sources)
                assert await state.last_sources.recall(1) == answer.sources
                clock.now += 1.0  # past RETRY_AFTER now and then: Redis is tried again, and fails
            assert time.monotonic() - started < 5.0
            records = [r for r in caplog.records if r.name == "jadbot.conversations"]
            assert len(records) == 1 and records[0].levelno == logging.ERROR
            assert "Redis unavailable" in records[0].getMessage()
            assert str(server.port) not in caplog.text and "redis://" not in caplog.text

            server.start()  # the same port: back
            clock.now += 10.0
            await state.conversations.put("1", first.context, 20)
            assert await state.conversations.get("1") == first.context
            assert "reachable again" in caplog.records[-1].getMessage()
            assert len([r for r in caplog.records if r.name == "jadbot.conversations"]) == 2
        finally:
            assert state.redis is not None
            await state.redis.aclose()


async def test_the_redis_url_and_its_password_are_never_logged(caplog: pytest.LogCaptureFixture) -> None:
    from jadbot.settings import SettingsError, load_settings

    url = "redis://:hunter2-pass@127.0.0.1:1/0"  # nothing listens on port 1: refused at once
    settings = load_settings(None, JADBOT_REDIS_URL=url)
    assert "hunter2" not in repr(settings) and "hunter2" not in str(settings.model_dump())
    with pytest.raises(SettingsError) as bad:
        load_settings(None, JADBOT_REDIS_URL="http://:hunter2-pass@example.org")
    assert "JADBOT_REDIS_URL" in str(bad.value) and "hunter2" not in str(bad.value)
    state = shared_state(url, flood_rate=1.0, flood_burst=1)
    try:
        caplog.set_level(logging.DEBUG)
        assert await state.conversations.get("1") is None
        assert "Redis unavailable" in caplog.text and "hunter2" not in caplog.text
    finally:
        assert state.redis is not None
        await state.redis.aclose()
