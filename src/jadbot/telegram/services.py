"""What every handler needs, kept in `bot_data` so `/reload` can swap the engine in one place."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from telegram.ext import CallbackContext

from jadbot.bounded import BoundedMap
from jadbot.engine import Engine
from jadbot.misses import MissLog
from jadbot.telegram.flood import FloodGuard

KEY = "jadbot"
# What /source explains, per chat. PTB's chat_data would keep every chat forever (~16 MiB per
# 10,000 chats with whole answers in it); this keeps the sources tuple of the last answer for
# the most recent MAX_CHATS chats, each for a day.
MAX_CHATS = 20_000
SOURCE_TTL = 24 * 3600.0


def _last_sources() -> BoundedMap[int, tuple[str, ...]]:
    return BoundedMap(MAX_CHATS, SOURCE_TTL)


@dataclass
class Services:
    engine: Engine
    facts_dir: Path
    intents_path: Path
    misses: MissLog
    flood: FloodGuard
    admin_ids: frozenset[int] = field(default_factory=frozenset)
    last_sources: BoundedMap[int, tuple[str, ...]] = field(default_factory=_last_sources)


def services(context: CallbackContext) -> Services:  # type: ignore[type-arg]
    return context.bot_data[KEY]
