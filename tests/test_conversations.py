"""The in-process conversation store: bounded in size and age, newest turn wins, keys per chat or
group member. Redis: test_conversations_redis.py; through the bot: tests/telegram/test_bot_followups.py."""

from __future__ import annotations

import gc
import tracemalloc

from jadbot.conversations import CONTEXT_TTL, MAX_CONVERSATIONS, MemoryConversations, conversation_key
from jadbot.dialogue import Context
from jadbot.engine import Engine
from jadbot.settings import Settings


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def context(n: int) -> Context:
    """A context like a real one, with text of its own (so nothing is shared between chats)."""
    return Context((f"how much cocaine was seized, asks chat {n}?",), ("cocaine",), (), ("cocaine",))


def test_defaults_are_the_documented_ones() -> None:
    assert CONTEXT_TTL == 15 * 60 == Settings.model_fields["conversation_ttl"].default
    assert MAX_CONVERSATIONS == 50_000 == Settings.model_fields["max_conversations"].default


def test_keys_are_per_chat_in_private_and_per_user_in_groups() -> None:
    assert conversation_key(7, 7, private=True) == "7"
    assert conversation_key(-100, 11, private=False) == "-100:11"
    assert conversation_key(-100, 12, private=False) != conversation_key(-100, 11, private=False)
    assert conversation_key(-100, None, private=False) == "-100"  # an anonymous admin: the group


async def test_a_follow_up_resolves_with_the_stored_context(engine: Engine) -> None:
    store = MemoryConversations()
    first = engine.answer("how much cocaine was seized?", await store.get("1"))
    await store.put("1", first.context, 1)
    second = engine.answer("and cannabis?", await store.get("1"))
    await store.put("1", second.context, 2)
    total = engine.answer("what is the total of the two?", await store.get("1"))
    assert "926 kg" in total.text
    assert "926 kg" not in engine.answer("what is the total of the two?", await store.get("other")).text


async def test_an_older_turn_never_overwrites_a_newer_one() -> None:
    store = MemoryConversations()
    await store.put("1", context(2), 2)
    await store.put("1", context(1), 1)  # the slower of two answers finished last
    assert await store.get("1") == context(2)
    await store.put("1", None, 3)  # /start
    assert await store.get("1") is None
    await store.put("1", context(2), 2)  # a late answer from before /start does not come back
    assert await store.get("1") is None


async def test_silence_expires_a_context() -> None:
    clock = Clock()
    store = MemoryConversations(ttl=60.0, clock=clock)
    await store.put("1", context(1), 1)
    clock.now += 59
    assert await store.get("1") == context(1)  # a read counts as activity
    clock.now += 59
    assert await store.get("1") == context(1)
    clock.now += 60
    assert await store.get("1") is None and len(store) == 0


async def test_past_the_cap_the_least_recently_active_is_forgotten() -> None:
    store = MemoryConversations(max_conversations=3)
    for n in range(3):
        await store.put(str(n), context(n), 1)
    await store.get("0")  # chat 0 is active again; chat 1 is now the oldest
    await store.put("3", context(3), 1)
    assert len(store) == 3
    assert await store.get("1") is None
    assert await store.get("0") == context(0) and await store.get("3") == context(3)


async def test_memory_stays_flat_over_50000_distinct_chats() -> None:
    """The default store, 150,000 distinct chats: once 50,000 fill it, each new one evicts the least
    recent, so 100,000 more leave memory where it was (give or take the dict's table being
    compacted on resize: a leak would triple it), at a few hundred bytes per chat."""
    store = MemoryConversations()
    gc.collect()
    tracemalloc.start()
    try:
        empty = tracemalloc.get_traced_memory()[0]
        for n in range(MAX_CONVERSATIONS):
            await store.put(str(n), context(n), n)
        gc.collect()
        full = tracemalloc.get_traced_memory()[0]
        for n in range(MAX_CONVERSATIONS, 3 * MAX_CONVERSATIONS):
            await store.put(str(n), context(n), n)
        gc.collect()
        after = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert len(store) == MAX_CONVERSATIONS
    per_chat = (full - empty) / MAX_CONVERSATIONS
    assert per_chat < 1200, f"{per_chat:.0f} bytes per conversation"
    assert after - full < 0.15 * (full - empty), f"grew {after - full} bytes over 100,000 more chats"
    assert await store.get("0") is None and await store.get(str(3 * MAX_CONVERSATIONS - 1)) is not None
