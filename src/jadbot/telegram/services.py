"""What every handler needs, kept in `bot_data` so `/reload` can swap the engine in one place."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from telegram.ext import CallbackContext

from jadbot.engine import Engine
from jadbot.misses import MissLog
from jadbot.telegram.flood import FloodGuard

KEY = "jadbot"


@dataclass
class Services:
    engine: Engine
    facts_dir: Path
    intents_path: Path
    misses: MissLog
    flood: FloodGuard
    admin_ids: frozenset[int] = field(default_factory=frozenset)


def services(context: CallbackContext) -> Services:  # type: ignore[type-arg]
    return context.bot_data[KEY]
