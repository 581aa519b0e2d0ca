"""`jadbot run --local`: the terminal chat and the round-trip benchmark against the local server."""

from __future__ import annotations

import asyncio
import contextlib
import io
import re
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from jadbot.cli import main
from jadbot.telegram.run import round_trip_times, run_local
from jadbot.telegram.services import Services


async def lines(*texts: str) -> AsyncIterator[str]:
    for text in texts:
        yield text + "\n"


async def test_terminal_chat_answers_and_numbers_buttons(services: Services) -> None:
    out = io.StringIO()
    await run_local(services, lines("how much coke", "1", "", "/quit", "never sent"), out)
    text = out.getvalue()
    assert "bot> 626 kg of cocaine were seized." in text
    assert "     1. Drugs seized" in text
    assert text.count("bot> ") == 2  # the answer, then the pressed "Drugs seized" topic
    assert "nearly a ton of drugs" in text


async def test_a_number_with_no_such_button_is_not_asked(services: Services) -> None:
    out = io.StringIO()
    await run_local(services, lines("how much coke", "7", "/quit"), out)
    text = out.getvalue()
    assert "(there is no button 7: 1 to " in text
    assert text.count("bot> ") == 1  # "7" reached neither the bot nor the misses log


async def test_round_trip_benchmark(services: Services) -> None:
    times = await round_trip_times(services, ["how much coke", "did Greece take part"])
    assert len(times) == 2 and all(0 < t < 5 for t in times)


async def test_web_chat_runs_beside_the_terminal_chat(services: Services) -> None:
    out = io.StringIO()
    typing_forever = asyncio.Event()

    async def no_input() -> AsyncIterator[str]:
        await typing_forever.wait()
        yield "/quit\n"

    task = asyncio.create_task(run_local(services, no_input(), out, web=True))
    for _ in range(200):
        if "web test chat at" in out.getvalue():
            break
        await asyncio.sleep(0.02)
    url = re.search(r"web test chat at (\S+)", out.getvalue())
    assert url, out.getvalue()
    async with aiohttp.ClientSession() as http, http.get(url[1]) as page:
        assert page.status == 200
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task


def test_jadbot_run_without_a_token_is_the_local_chat(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "stdin", io.StringIO("how much coke\n"))
    assert main(["run"]) == 0
    out = capsys.readouterr().out
    assert "local Bot API server at http://127.0.0.1:" in out and "bot> 626 kg" in out
