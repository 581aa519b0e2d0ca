"""Broken data through the running bot: every file in tests/data/broken, by `/reload` from an
admin and by a real SIGHUP, in process and in a real `jadbot run`. After each failed reload the
old data keeps serving (a question still gets the right answer) and the problem is reported as
`file:line: message` (to the admin on /reload, in the log on SIGHUP)."""

from __future__ import annotations

import asyncio
import logging
import os
import re
import shutil
import signal
from collections.abc import Callable
from pathlib import Path

import pytest
from telegram.ext import Application

from jadbot.localapi import LocalBotApi, LocalChatClient
from jadbot.telegram.reload import install_sighup, reload_engine
from jadbot.telegram.services import Services
from tests.hardening.hardening_support import Crowd, bot_process, token_leaks, wait_until
from tests.telegram.bot_helpers import ADMIN, FACTS, INTENTS, ask
from tests.test_broken_files import BROKEN, LOCATED, broken_data, cases

CASES = cases()
CHECK = ("how much coke", "626 kg")


def located_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if LOCATED.match(line.strip())]


@pytest.mark.parametrize(("kind", "case", "message"), CASES)
async def test_reload_function_keeps_the_old_engine(
    services: Services, tmp_path: Path, kind: str, case: str, message: str
) -> None:
    """The function behind /reload and SIGHUP, once per broken file."""
    services.facts_dir, services.intents_path = broken_data(tmp_path, kind, case)
    before = services.engine
    result = await reload_engine(services)
    assert not result.ok
    assert services.engine is before
    lines = result.message.splitlines()
    assert lines and all(LOCATED.match(line) for line in lines), lines
    assert any(message in line for line in lines), lines
    assert CHECK[1] in services.engine.answer(CHECK[0]).text


async def _reload_failures(caplog: pytest.LogCaptureFixture, count: int, timeout: float = 5.0) -> list[str]:
    """Wait until `count` "reload failed" records were logged in all (by /reload and SIGHUP alike);
    their texts. Waiting for the exact count means the SIGHUP reload of one case has finished
    before the next case swaps the data, so its record cannot be mistaken for the next one's."""

    def failures() -> list[logging.LogRecord]:
        return [r for r in caplog.records if r.name == "jadbot.telegram.reload" and "reload failed" in r.msg]

    await wait_until(lambda: len(failures()) >= count, timeout)
    return [r.getMessage() for r in failures()]


async def test_every_broken_file_through_reload_and_sighup_keeps_serving(
    bot: Application,
    client: LocalChatClient,
    services: Services,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    figures: Callable[[str], None],
) -> None:
    original = services.engine
    install_sighup(services)
    try:
        for number, (kind, case, message) in enumerate(CASES):
            services.facts_dir, services.intents_path = broken_data(tmp_path / f"{kind}-{case}", kind, case)

            reply = await ask(client, ADMIN, "/reload")
            assert reply["text"].startswith("Reload failed; I keep answering with the previous data")
            assert located_lines(reply["text"]) and message in reply["text"], (case, reply["text"])
            assert CHECK[1] in (await ask(client, 8, CHECK[0]))["text"]

            os.kill(os.getpid(), signal.SIGHUP)
            logged = await _reload_failures(caplog, 2 * (number + 1))
            assert len(logged) == 2 * (number + 1), (case, logged[-3:])
            by_reload, by_sighup = logged[-2:]
            assert located_lines(by_reload) and message in by_reload, (case, by_reload)
            assert located_lines(by_sighup) and message in by_sighup, (case, by_sighup)
            assert CHECK[1] in (await ask(client, 9, CHECK[0]))["text"]
            assert services.engine is original

        # Good data again: both ways still work after all those failures.
        services.facts_dir, services.intents_path = FACTS, INTENTS
        assert (await ask(client, ADMIN, "/reload"))["text"].startswith("Reloaded:")
        reloaded = services.engine
        assert reloaded is not original
        os.kill(os.getpid(), signal.SIGHUP)
        await wait_until(lambda: services.engine is not reloaded, 5)
        assert CHECK[1] in (await ask(client, 8, CHECK[0]))["text"]
    finally:
        asyncio.get_running_loop().remove_signal_handler(signal.SIGHUP)
    figures(
        f"reload: {len(CASES)} broken files x (/reload + SIGHUP) = {2 * len(CASES)} failed reloads in process,"
        " old data kept, right answer after each, file:line to the admin / in the log"
    )


async def test_real_process_sighup_with_every_broken_file(
    server: LocalBotApi, tmp_path: Path, figures: Callable[[str], None]
) -> None:
    """`jadbot run` in its own process, data in a live copy; each broken file is put in place,
    the process gets a real SIGHUP, logs file:line, and keeps answering from the old data."""
    live = tmp_path / "live"
    facts, intents = live / "facts", live / "intents.yaml"
    good_facts, good_intents = FACTS, INTENTS
    shutil.copytree(good_facts, facts)
    shutil.copy(good_intents, intents)
    async with (
        bot_process(
            server,
            tmp_path,
            JADBOT_FACTS_DIR=str(facts),
            JADBOT_INTENTS=str(intents),
            JADBOT_LOG_LEVEL="DEBUG",
        ) as bot,
        Crowd(server) as crowd,
    ):
        for number, (kind, case, message) in enumerate(CASES, start=1):
            if kind == "intents":
                shutil.copy(BROKEN / "intents" / f"{case}.yaml", intents)
                restore = [(good_intents, intents)]
            else:
                restore = []
                for broken in (BROKEN / "facts" / case).iterdir():
                    shutil.copy(broken, facts / broken.name)
                    restore.append((good_facts / broken.name, facts / broken.name))
            bot.process.send_signal(signal.SIGHUP)
            await wait_until(lambda n=number: bot.log_text().count("reload failed") >= n, 5)
            failure = bot.log_text().rsplit("reload failed", 1)[1]
            assert message in failure and re.search(r"\.yaml:\d+: ", failure), (case, failure[:500])
            await crowd.ask(1000 + number, CHECK[0])
            for source, target in restore:
                shutil.copy(source, target)
        bot.process.send_signal(signal.SIGHUP)
        await wait_until(lambda: "reloaded the data" in bot.log_text(), 5)
        await crowd.ask(2000, CHECK[0])
        code, _ = await bot.stop()
    assert code == 0
    assert not token_leaks(bot.log_text())  # DEBUG logs of the real process
    answers = [m.text for c in server.state.chats.values() for m in c.messages.values() if m.sender == "bot"]
    assert len(answers) == len(CASES) + 1 and all(CHECK[1] in a for a in answers)
    figures(
        f"reload: real process, {len(CASES)} broken files by SIGHUP, {len(answers)}/{len(answers)} answers right"
    )
