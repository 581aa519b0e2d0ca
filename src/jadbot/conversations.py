"""Where each conversation's `Context` lives between two messages: the engine is pure, adapters keep it.

Two stores with one interface (`ConversationStore`):

- `MemoryConversations`, the embedded default: a `BoundedMap` (LRU order plus a TTL, O(1)
  eviction), so memory stays flat however many chats write, and 15 minutes of silence forget one.
- `RedisConversations`, when `JADBOT_REDIS_URL` is set: webhook replicas behind a load balancer
  answer consecutive messages of one chat on different pods, so the context must be shared.

Concurrent updates of one chat (two replicas answering two quick messages at once) are settled by
the turn: every write carries the Telegram `update_id` of the message it answers, which Telegram
increases per bot, and a Lua script (atomic in Redis) drops a write older than the stored one.
So the stored context is always that of the newest message answered, whichever replica finished
last. No lock is held while the engine answers, and no write is retried.

Only `Context.to_json()` is stored (the clauses last asked, as read, and intent ids), under ids
of the chat and user: no names, no other message text.

A Redis outage never fails an answer: calls go through `RedisHealth`, which logs the outage once,
answers without context meanwhile and tries Redis again after a few seconds.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Protocol, TypeVar

from jadbot.bounded import BoundedMap
from jadbot.dialogue import Context

if TYPE_CHECKING:
    from redis.asyncio import Redis

log = logging.getLogger(__name__)

T = TypeVar("T")

CONTEXT_TTL = 15 * 60.0  # seconds of silence after which a follow-up no longer refers back
MAX_CONVERSATIONS = 50_000  # in-process: past it the least recently active conversation is forgotten
PREFIX = "jadbot:"  # every key the bot writes in Redis starts with this
REDIS_TIMEOUT = 0.5  # seconds for one Redis call: a slow Redis must not hold up the answer
RETRY_AFTER = 5.0  # seconds an outage skips Redis before trying it again


def conversation_key(chat_id: int, user_id: int | None, *, private: bool) -> str:
    """Per chat in a private chat; per user within a group, so two members never share a thread."""
    if private or user_id is None:
        return str(chat_id)
    return f"{chat_id}:{user_id}"


class ConversationStore(Protocol):
    """The context of each conversation, with the turn (update id) that wrote it."""

    async def get(self, key: str) -> Context | None: ...

    async def put(self, key: str, context: Context | None, turn: int) -> None:
        """Store the context after turn `turn` (None: nothing to refer back to, e.g. after /start);
        ignored when a later turn has already been stored."""
        ...


class MemoryConversations:
    """In-process store: bounded in size (LRU) and age (TTL since the last read or write)."""

    def __init__(
        self,
        max_conversations: int = MAX_CONVERSATIONS,
        ttl: float = CONTEXT_TTL,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._items: BoundedMap[str, tuple[int, Context | None]] = BoundedMap(max_conversations, ttl, clock)

    async def get(self, key: str) -> Context | None:
        found = self._items.get(key)
        return found[1] if found is not None else None

    async def put(self, key: str, context: Context | None, turn: int) -> None:
        found = self._items.get(key)
        if found is not None and found[0] >= turn:
            return
        self._items[key] = (turn, context)

    def __len__(self) -> int:
        return len(self._items)


# KEYS[1] the conversation's hash; ARGV: turn, context JSON ("" for none), TTL in ms.
# Atomic in Redis, so two replicas writing one chat at once cannot interleave the check and the set.
_PUT_IF_NEWER = """
local stored = tonumber(redis.call('HGET', KEYS[1], 'turn'))
if stored and stored >= tonumber(ARGV[1]) then return 0 end
redis.call('HSET', KEYS[1], 'turn', ARGV[1], 'context', ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return 1
"""


class RedisStore:
    """What a store kept in Redis holds: the client, its health, a TTL (ms) and its keys' prefix."""

    def __init__(self, redis: Redis, health: RedisHealth, ttl: float, prefix: str) -> None:
        self.redis = redis
        self.health = health
        self.ttl_ms = max(1, math.ceil(ttl * 1000))
        self.prefix = prefix


class RedisConversations(RedisStore):
    """Contexts in Redis, one hash per conversation (`turn`, `context`) expiring after `ttl` of silence."""

    def __init__(
        self, redis: Redis, health: RedisHealth, ttl: float = CONTEXT_TTL, prefix: str = PREFIX
    ) -> None:
        super().__init__(redis, health, ttl, prefix + "conv:")
        self._put = redis.register_script(_PUT_IF_NEWER)

    async def get(self, key: str) -> Context | None:
        name = self.prefix + key

        async def read() -> Context | None:
            async with self.redis.pipeline(transaction=False) as pipe:
                # reading refreshes the TTL too, as in the in-process store
                raw, _ = await pipe.hget(name, "context").pexpire(name, self.ttl_ms).execute()
            return _decode(raw)

        return await self.health.run(read, None)

    async def put(self, key: str, context: Context | None, turn: int) -> None:
        value = json.dumps(context.to_json(), separators=(",", ":")) if context is not None else ""

        async def write() -> None:
            await self._put(keys=[self.prefix + key], args=[turn, value, self.ttl_ms])

        await self.health.run(write, None)


def _decode(raw: bytes | str | None) -> Context | None:
    """A stored context, or None for none, a tombstone or a damaged entry (start afresh)."""
    if not raw:
        return None
    try:
        return Context.from_json(json.loads(raw))
    except ValueError:
        return None


class RedisHealth:
    """One per Redis client, shared by every store on it: an outage is logged once (and its end
    once), and while it lasts Redis is skipped for RETRY_AFTER seconds at a time, so answers come
    at once, without context, instead of after a timeout each."""

    def __init__(self, clock: Callable[[], float] = time.monotonic, retry_after: float = RETRY_AFTER) -> None:
        self.clock = clock
        self.retry_after = retry_after
        self.down_since: float | None = None
        self._failed_at = -math.inf

    @property
    def down(self) -> bool:
        return self.down_since is not None

    async def run(self, call: Callable[[], Awaitable[T]], default: T) -> T:
        """`call()`'s result, or `default` when Redis fails or is known to be down."""
        from redis.exceptions import RedisError

        if self.down_since is not None and self.clock() - self._failed_at < self.retry_after:
            return default
        try:
            result = await asyncio.wait_for(call(), REDIS_TIMEOUT * 2)
        except (TimeoutError, RedisError, OSError) as exc:
            self._failed(exc)
            return default
        if self.down_since is not None:
            log.warning(
                "Redis is reachable again after %.0f s: shared state is back", self.clock() - self.down_since
            )
            self.down_since = None
        return result

    def _failed(self, exc: BaseException) -> None:
        now = self.clock()
        self._failed_at = now
        if self.down_since is None:
            self.down_since = now
            # the type only: a message may quote the URL, and a URL may hold a password
            log.error(
                "Redis unavailable (%s): answering without conversation context, with this replica's "
                "own flood limit and /source memory, until it is back (logged once)",
                type(exc).__name__,
            )


def connect(url: str) -> Redis:
    """An asyncio client for JADBOT_REDIS_URL (redis://, rediss:// or unix://), failing fast:
    short timeouts and no retries, because a late answer is worse than one without context."""
    from redis.asyncio import Redis
    from redis.asyncio.retry import Retry
    from redis.backoff import NoBackoff

    return Redis.from_url(
        url,
        socket_timeout=REDIS_TIMEOUT,
        socket_connect_timeout=REDIS_TIMEOUT,
        retry=Retry(NoBackoff(), 0),
        health_check_interval=30,
    )
