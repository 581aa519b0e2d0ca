"""What every handler needs, kept in `bot_data` so `/reload` can swap the engine in one place.

Per-chat and per-user state (conversation contexts, the flood limit, what /source explains) is in
process by default; `shared_state` moves all three to Redis when JADBOT_REDIS_URL is set, so that
several webhook replicas behave as one bot.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from telegram.ext import CallbackContext

from jadbot.bounded import BoundedMap
from jadbot.conversations import (
    CONTEXT_TTL,
    MAX_CONVERSATIONS,
    PREFIX,
    ConversationStore,
    MemoryConversations,
    RedisConversations,
    RedisHealth,
    RedisStore,
    connect,
)
from jadbot.engine import Engine
from jadbot.misses import MissLog
from jadbot.telegram.flood import Flood, FloodGuard, RedisFloodGuard

if TYPE_CHECKING:
    from redis.asyncio import Redis

KEY = "jadbot"
# What /source explains, per chat. PTB's chat_data would keep every chat forever (~16 MiB per
# 10,000 chats with whole answers in it); this keeps the sources tuple of the last answer for
# the most recent MAX_CHATS chats, each for a day.
MAX_CHATS = 20_000
SOURCE_TTL = 24 * 3600.0


class Sources(Protocol):
    """The statement sentence ids behind each chat's last answer, for /source."""

    async def recall(self, chat_id: int) -> tuple[str, ...] | None: ...

    async def remember(self, chat_id: int, sources: tuple[str, ...]) -> None: ...


class MemorySources(BoundedMap[int, tuple[str, ...]]):
    """In process: the most recent MAX_CHATS chats, each for SOURCE_TTL."""

    async def recall(self, chat_id: int) -> tuple[str, ...] | None:
        return self.get(chat_id)

    async def remember(self, chat_id: int, sources: tuple[str, ...]) -> None:
        self[chat_id] = sources


def _last_sources() -> MemorySources:
    return MemorySources(MAX_CHATS, SOURCE_TTL)


class RedisSources(RedisStore):
    """In Redis, one key per chat expiring after SOURCE_TTL; last writer wins (two answers racing
    in one chat are both true, and /source explains one of them). While Redis is unreachable,
    this replica's own memory answers, so /source right after an answer still works."""

    def __init__(
        self, redis: Redis, health: RedisHealth, ttl: float = SOURCE_TTL, prefix: str = PREFIX
    ) -> None:
        super().__init__(redis, health, ttl, prefix + "src:")
        self.local = MemorySources(MAX_CHATS, ttl)

    async def recall(self, chat_id: int) -> tuple[str, ...] | None:
        async def read() -> tuple[str, ...] | None:
            raw = await self.redis.get(f"{self.prefix}{chat_id}")
            try:
                found = json.loads(raw) if raw else None
            except ValueError:
                return None
            return tuple(str(s) for s in found) if isinstance(found, list) else None

        missing = object()
        found = await self.health.run(read, missing)
        return self.local.get(chat_id) if found is missing else found  # type: ignore[return-value]

    async def remember(self, chat_id: int, sources: tuple[str, ...]) -> None:
        self.local[chat_id] = sources

        async def write() -> None:
            await self.redis.set(f"{self.prefix}{chat_id}", json.dumps(list(sources)), px=self.ttl_ms)

        await self.health.run(write, None)


@dataclass
class Services:
    engine: Engine
    facts_dir: Path
    intents_path: Path
    misses: MissLog
    flood: Flood
    admin_ids: frozenset[int] = field(default_factory=frozenset)
    last_sources: Sources = field(default_factory=_last_sources)
    conversations: ConversationStore = field(default_factory=MemoryConversations)
    redis: Redis | None = None  # the shared client when JADBOT_REDIS_URL is set; closed by `close`
    answering: asyncio.Lock = field(default_factory=asyncio.Lock)  # answers take turns (handlers._computed)

    async def close(self) -> None:
        if self.redis is not None:
            await self.redis.aclose()


@dataclass
class SharedState:
    """The three stores, in process or in one Redis."""

    flood: Flood
    last_sources: Sources
    conversations: ConversationStore
    redis: Redis | None = None


def shared_state(
    redis_url: str | None,
    flood_rate: float,
    flood_burst: int,
    context_ttl: float = CONTEXT_TTL,
    max_conversations: int = MAX_CONVERSATIONS,
    prefix: str = PREFIX,
) -> SharedState:
    """In process without a Redis URL; with one, everything in Redis behind one RedisHealth."""
    if not redis_url:
        return SharedState(
            FloodGuard(flood_rate, flood_burst),
            _last_sources(),
            MemoryConversations(max_conversations, context_ttl),
        )
    redis = connect(redis_url)
    health = RedisHealth()
    return SharedState(
        RedisFloodGuard(redis, health, flood_rate, flood_burst, prefix),
        RedisSources(redis, health, prefix=prefix),
        RedisConversations(redis, health, context_ttl, prefix),
        redis,
    )


def services(context: CallbackContext) -> Services:  # type: ignore[type-arg]
    return context.bot_data[KEY]
