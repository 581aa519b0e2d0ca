"""Reload facts and intents without a restart (`/reload` from an admin, or SIGHUP).

A new engine replaces the old one only when it loaded completely, so a broken edit to
intents.yaml never takes the bot down: it keeps answering with the previous data.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from dataclasses import dataclass
from pathlib import Path

from jadbot.engine import Engine
from jadbot.errors import DataError
from jadbot.languages import check_languages
from jadbot.telegram.services import Services

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReloadResult:
    ok: bool
    message: str  # a summary when ok, else the problems as `file:line: message` lines


async def reload_engine(services: Services) -> ReloadResult:
    try:
        # Loading takes a fraction of a second of CPU; a thread keeps other chats responsive meanwhile.
        engine = await asyncio.to_thread(_load_checked, services.facts_dir, services.intents_path)
    except DataError as exc:
        problems = "\n".join(str(p) for p in exc.problems)
        log.error("reload failed, still answering with the previous data:\n%s", problems)
        return ReloadResult(False, problems)
    except Exception as exc:  # an unexpected loader bug must not kill the running bot either
        log.exception("reload failed, still answering with the previous data")
        return ReloadResult(False, f"unexpected {type(exc).__name__}; see the bot's log")
    services.engine = engine
    summary = f"{len(engine.intents.intents)} intents, {len(engine.store.facts)} facts"
    log.info("reloaded the data: %s", summary)
    return ReloadResult(True, summary)


def _load_checked(facts_dir: Path, intents_path: Path) -> Engine:
    """The new data, languages included: they load on first use, so a broken language file is found
    now, while the old data still answers, not by the first user asking in it."""
    engine = Engine.load(facts_dir, intents_path)
    if engine.languages is not None:
        problems, _ = check_languages(engine.languages, engine.store, engine.intents)
        if problems:
            raise DataError(problems)
    return engine


def install_sighup(services: Services) -> None:
    """`kill -HUP <pid>` reloads the data, the usual daemon convention."""
    loop = asyncio.get_running_loop()
    tasks: set[asyncio.Task[ReloadResult]] = set()

    def on_hup() -> None:
        task = loop.create_task(reload_engine(services))
        tasks.add(task)
        task.add_done_callback(tasks.discard)

    with contextlib.suppress(NotImplementedError, AttributeError):  # no SIGHUP on Windows
        loop.add_signal_handler(signal.SIGHUP, on_hup)
