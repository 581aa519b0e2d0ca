"""Event streams are bounded: a connection cap (503 past it, over real HTTP) and a bounded
queue per subscriber (a listener that stops reading is cut off, not buffered without end)."""

from __future__ import annotations

import asyncio
import tracemalloc

import aiohttp
import pytest

from jadbot.localapi import LocalBotApi
from jadbot.localapi.events import EventBus, TooManySubscribers


async def test_a_stalled_subscriber_is_cut_off_and_memory_stays_flat() -> None:
    bus = EventBus(history=100, queue_size=50)
    stalled = bus.subscribe()
    reading = bus.subscribe()
    tracemalloc.start()
    try:
        for i in range(100):
            bus.publish("message", {"n": i})
            assert await reading.get(1) is not None
        before = tracemalloc.get_traced_memory()[0]
        for i in range(20_000):
            bus.publish("message", {"n": i})
            assert await reading.get(1) is not None
        after = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert stalled.overflowed and bus.subscribers == 1
    assert stalled.queue.qsize() == 50  # never more than its bound
    with pytest.raises(EOFError):
        await stalled.get(0)  # its stream ends; the page resumes with Last-Event-ID
    assert after - before < 64 * 1024, after - before


async def test_subscriptions_are_capped_and_freed() -> None:
    bus = EventBus(max_subscribers=2)
    first, second = bus.subscribe(), bus.subscribe()
    with pytest.raises(TooManySubscribers):
        bus.subscribe()
    with first:
        pass
    with bus.subscribe(), second:
        assert bus.subscribers == 2
    assert bus.subscribers == 0


async def test_http_event_streams_past_the_cap_get_503() -> None:
    async with LocalBotApi("123:abc") as server, aiohttp.ClientSession() as http:
        server.state.events.max_subscribers = 3
        url = f"{server.root_url}/_local/events"
        streams = [await http.get(url) for _ in range(3)]
        try:
            for stream in streams:
                assert stream.status == 200
                assert await stream.content.readline() == b": connected\n"
            async with http.get(url) as refused:
                assert refused.status == 503
                assert "event streams are open already" in (await refused.json())["error"]
        finally:
            for stream in streams:
                stream.close()
        for _ in range(100):  # closed connections free their slot
            if server.state.events.subscribers == 0:
                break
            await asyncio.sleep(0.02)
        async with http.get(url) as again:
            assert again.status == 200
