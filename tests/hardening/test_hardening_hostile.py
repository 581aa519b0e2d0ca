"""Hostile data files through the running bot's /reload: each is refused with `file:line:
message`, the old data keeps answering, and the admin's reply never quotes a secret file.

Before the fix, the billion laughs took the bot to 2.9 GB, the FIFO hung the reload for good
and a symlink to /etc/shadow sent its lines to the admin over Telegram."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from telegram.ext import Application

from jadbot.localapi import LocalChatClient
from jadbot.telegram.services import Services
from tests.telegram.bot_helpers import ADMIN, FACTS, INTENTS, ask
from tests.test_broken_files import LOCATED
from tests.test_hostile_files import BILLION_LAUGHS, RECURSIVE_ALIAS, SHADOW

CHECK = ("how much coke", "626 kg")


def _write(text: str) -> Callable[[Path, Path], None]:
    return lambda target, _: target.write_text(text)


def _link(target: str) -> Callable[[Path, Path], None]:
    return lambda path, _: path.symlink_to(target)


def _shadow(path: Path, tmp_path: Path) -> None:
    secret = tmp_path / "shadow"
    secret.write_text(SHADOW)
    path.symlink_to(secret)


HOSTILE: dict[str, tuple[Callable[[Path, Path], None], str]] = {
    "billion-laughs": (_write(BILLION_LAUGHS), "YAML aliases"),
    "recursive-alias": (_write(RECURSIVE_ALIAS), "YAML aliases"),
    "dev-zero": (_link("/dev/zero"), "character device"),
    "fifo": (lambda path, _: os.mkfifo(path), "FIFO"),
    "shadow": (_shadow, "a key that is not a name"),
}


@pytest.mark.parametrize("where", ["intents", "facts"])
async def test_hostile_files_through_reload_keep_serving(
    bot: Application,
    client: LocalChatClient,
    services: Services,
    tmp_path: Path,
    where: str,
    figures: Callable[[str], None],
) -> None:
    original = services.engine
    for case, (make, message) in HOSTILE.items():
        folder = tmp_path / f"{where}-{case}"
        facts = folder / "facts"
        shutil.copytree(FACTS, facts)
        intents = folder / "intents.yaml"
        if where == "intents":
            make(intents, folder)
        else:
            shutil.copy(INTENTS, intents)
            (facts / "operation.yaml").unlink()
            make(facts / "operation.yaml", folder)
        services.facts_dir, services.intents_path = facts, intents

        reply = await ask(client, ADMIN, "/reload")
        text = reply["text"]
        assert text.startswith("Reload failed; I keep answering with the previous data"), (case, text)
        located = [line for line in text.splitlines() if LOCATED.match(line.strip())]
        assert located and any(message in line for line in located), (case, text[:500])
        said = " ".join(LOCATED.match(line.strip())["message"] for line in located)
        assert "SECRET" not in said and "root" not in said, (case, said[:500])
        assert len(text) < 4096  # one Telegram message, however many problems
        assert services.engine is original
        assert CHECK[1] in (await ask(client, 8, CHECK[0]))["text"]
    figures(f"hostile files: {len(HOSTILE)} attacks on {where} via /reload refused, old data kept")
