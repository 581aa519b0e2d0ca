"""`/reload` for admins (and SIGHUP): new data when it loads, the old data when it is broken."""

from __future__ import annotations

import asyncio
import os
import re
import signal
from collections.abc import Callable
from pathlib import Path

from bot_helpers import ADMIN, ask
from telegram.ext import Application

from jadbot.localapi import LocalChatClient
from jadbot.telegram.reload import install_sighup
from jadbot.telegram.services import Services

DataCopy = Callable[[str, str, str], tuple[Path, Path]]


def use_copy(services: Services, data_copy: DataCopy) -> Path:
    facts, intents = data_copy("intents.yaml", "version: 1", "version: 1")
    services.facts_dir, services.intents_path = facts, intents
    return intents


async def test_a_stranger_cannot_reload(
    bot: Application, client: LocalChatClient, services: Services
) -> None:
    before = services.engine
    reply = await ask(client, 7, "/reload")
    assert "only the bot's maintainers" in reply["text"]
    assert services.engine is before


async def test_admin_reloads_new_data(
    bot: Application, client: LocalChatClient, services: Services, data_copy: DataCopy
) -> None:
    intents = use_copy(services, data_copy)
    intents.write_text(intents.read_text().replace("\"You're welcome! ", '"Glad to help! ', 1))
    assert (await ask(client, ADMIN, "thanks"))["text"].startswith("You're welcome")
    before = services.engine
    reply = await ask(client, ADMIN, "/reload")
    assert reply["text"].startswith("Reloaded:")
    assert services.engine is not before
    assert (await ask(client, ADMIN, "thanks"))["text"].startswith("Glad to help!")


async def test_broken_data_keeps_the_old_engine_and_tells_the_admin_where(
    bot: Application, client: LocalChatClient, services: Services, data_copy: DataCopy
) -> None:
    intents = use_copy(services, data_copy)
    intents.write_text(intents.read_text().replace("threshold: 0.42", "threshold: lots", 1))
    before = services.engine
    reply = await ask(client, ADMIN, "/reload")
    assert "Reload failed" in reply["text"]
    assert re.search(r"intents\.yaml:\d+: ", reply["text"]), reply["text"]
    assert services.engine is before
    assert "626" in (await ask(client, 8, "how much coke"))["text"]


async def test_sighup_reloads_changed_data(
    bot: Application, client: LocalChatClient, services: Services, data_copy: DataCopy
) -> None:
    """`kill -HUP` loads the edited files: the next answer is the new one, not just a new object."""
    intents = use_copy(services, data_copy)
    intents.write_text(intents.read_text().replace("\"You're welcome! ", '"Glad to help! ', 1))
    assert (await ask(client, 7, "thanks"))["text"].startswith("You're welcome")
    before = services.engine
    loop = asyncio.get_running_loop()
    previous = signal.getsignal(signal.SIGHUP)
    try:
        install_sighup(services)
        os.kill(os.getpid(), signal.SIGHUP)
        for _ in range(200):
            if services.engine is not before:
                break
            await asyncio.sleep(0.05)
        assert (await ask(client, 7, "thanks"))["text"].startswith("Glad to help!")
    finally:  # a SIGHUP later in the run must not reach this test's handler (or its closed loop)
        loop.remove_signal_handler(signal.SIGHUP)
        signal.signal(signal.SIGHUP, previous)


async def test_a_broken_language_file_keeps_the_old_engine(
    bot: Application, client: LocalChatClient, services: Services, data_copy: DataCopy
) -> None:
    """Languages load on first use; a reload checks them all, so a broken one is found while the old
    data still answers, not by the first user asking in that language."""
    intents = use_copy(services, data_copy)
    languages = intents.parent / "languages"
    languages.mkdir()
    (languages / "de.yaml").write_text(
        "language: de\nname: Deutsch\nintents:\n  weapons:\n    answer: '{seizures.weapns} Waffen'\n"
    )
    before = services.engine
    reply = await ask(client, ADMIN, "/reload")
    assert "Reload failed" in reply["text"]
    assert re.search(r"de\.yaml:5: .*seizures\.weapns", reply["text"]), reply["text"]
    assert services.engine is before
