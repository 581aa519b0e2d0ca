"""Operators' signals from a real `python -m jadbot run`: a rejected token while running, a wrong
API URL, SIGHUP during start-up, and /healthz turning 503 when the Bot API keeps failing."""

from __future__ import annotations

import asyncio
import signal
import socket
import time
from pathlib import Path

import aiohttp

from jadbot.localapi import LocalBotApi
from tests.hardening.hardening_support import Crowd, bot_process, token_leaks, wait_until


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def test_revoked_token_while_running_exits_2(server: LocalBotApi, tmp_path: Path) -> None:
    """Before, polling stopped with an error and the process stayed up: no supervisor noticed."""
    async with bot_process(server, tmp_path) as bot, Crowd(server) as crowd:
        await crowd.ask(1, "how much coke")
        server.revoke_token()
        code = await asyncio.wait_for(bot.process.wait(), 15)
    log = bot.log_text()
    assert code == 2, log[-2000:]
    assert "Telegram rejected TELEGRAM_BOT_TOKEN" in log and not token_leaks(log)


async def test_a_404_api_url_is_reported_as_the_url_not_the_token(
    server: LocalBotApi, tmp_path: Path
) -> None:
    wrong = f"{server.root_url}/telegram-proxy"
    async with bot_process(server, tmp_path, ready=False, TELEGRAM_API_BASE_URL=wrong) as bot:
        code = await asyncio.wait_for(bot.process.wait(), 15)
    log = bot.log_text()
    assert code == 2
    assert (
        "404 Not Found" in log and "TELEGRAM_API_BASE_URL" in log and "rejected TELEGRAM_BOT_TOKEN" not in log
    )
    assert not token_leaks(log)


async def test_sighup_while_connecting_does_not_kill_the_bot(server: LocalBotApi, tmp_path: Path) -> None:
    """getMe is held for 2 s; SIGHUP arrives while the bot waits for it (exit 129 before)."""
    server.add_fault("delay", "getMe", 1, delay=2.0)
    async with bot_process(server, tmp_path, ready=False) as bot:
        await wait_until(lambda: bool(server.calls("getMe")), 15)
        bot.process.send_signal(signal.SIGHUP)
        await wait_until(lambda: bool(server.calls("getUpdates")) or bot.process.returncode is not None, 15)
        assert bot.process.returncode is None, bot.log_text()[-2000:]
        code, _ = await bot.stop()
    assert code == 0


async def test_healthz_turns_503_while_the_api_fails_and_recovers(
    server: LocalBotApi, tmp_path: Path
) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/healthz"

    async def status(http: aiohttp.ClientSession) -> tuple[int, str]:
        async with http.get(url) as response:
            return response.status, await response.text()

    async def until(http: aiohttp.ClientSession, wanted: int, timeout: float) -> tuple[str, float]:
        started = time.monotonic()
        deadline = started + timeout
        while (got := await status(http))[0] != wanted:
            assert time.monotonic() < deadline, got
            await asyncio.sleep(0.1)
        return got[1], time.monotonic() - started

    async with (
        bot_process(server, tmp_path, JADBOT_HEALTH_PORT=str(port), JADBOT_UNHEALTHY_AFTER="1") as bot,
        aiohttp.ClientSession() as http,
    ):
        await until(http, 200, 10)
        server.add_fault("error", "getUpdates", 1000)
        server.users.send(1, text="how much coke")  # ends the long poll in progress
        text, _ = await until(http, 503, 15)
        assert "Bot API failing" in text and "NetworkError" in text
        server.state.faults.clear()
        await until(http, 200, 15)
        code, _ = await bot.stop()
    assert code == 0
