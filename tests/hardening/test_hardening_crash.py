"""Nothing lost on a crash: a real `python -m jadbot run` (production pacing) is killed with
SIGKILL in the middle of a burst, restarted, and every question must get its answer.

The bot confirms an update to Telegram only once it was answered (delivery.py), and in
webhook mode answers the POST only then, so whatever a dead process held is fetched again
(polling) or redelivered by the local server as Telegram would (webhook). Duplicates are
allowed after a crash and counted; a loss fails the test. SIGTERM under a backlog must end
within JADBOT_STOP_TIMEOUT and leave the rest for the next start.
"""

from __future__ import annotations

import signal
import socket
from collections.abc import Callable
from pathlib import Path

import pytest

from jadbot.localapi import LocalBotApi
from tests.hardening.hardening_support import (
    Crowd,
    bot_process,
    lost_and_duplicates,
    question,
    token_leaks,
    transcript,
    wait_until,
)

USERS = range(300, 340)  # 40 users x 3 questions = 120 messages: ~4 s of answers at 30 requests/s
PER_USER = 3


def burst(crowd: Crowd, users: range) -> int:
    for user in users:
        for index in range(PER_USER):
            crowd.send(user, question(user, index)[0])
    return len(users) * PER_USER


def answered(server: LocalBotApi, users: range) -> int:
    return sum(len(transcript(server, user).answers) for user in users)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def test_kill_9_while_polling_loses_nothing(
    server: LocalBotApi, tmp_path: Path, figures: Callable[[str], None]
) -> None:
    async with Crowd(server) as crowd:
        total = burst(crowd, USERS)
        async with bot_process(server, tmp_path) as first:
            await wait_until(lambda: answered(server, USERS) >= 30, 15)
            await first.stop(signal.SIGKILL)
        before = answered(server, USERS)
        unanswered = total - before
        # the core property: every question without an answer is still unconfirmed on the server
        assert len(server.state.updates) >= unanswered > 0, (len(server.state.updates), unanswered)
        async with bot_process(server, tmp_path) as second:
            await wait_until(lambda: lost_and_duplicates(server, USERS)[0] == 0, 20)
            code, _ = await second.stop()
    lost, duplicates = lost_and_duplicates(server, USERS)
    assert lost == 0 and code == 0
    assert not token_leaks(first.log_text() + second.log_text())
    figures(
        f"crash (polling): SIGKILL after {before} of {total} answers, restart: {total - before} answered by the"
        f" restart, 0 lost, {duplicates} duplicates"
    )


async def test_kill_9_in_webhook_mode_loses_nothing(
    server: LocalBotApi, tmp_path: Path, figures: Callable[[str], None], caplog: pytest.LogCaptureFixture
) -> None:
    port = free_port()
    webhook = {
        "JADBOT_WEBHOOK_URL": f"http://127.0.0.1:{port}/hook",
        "JADBOT_WEBHOOK_SECRET": "crash-test_secret",
        "JADBOT_LISTEN": "127.0.0.1",
        "JADBOT_PORT": str(port),
    }
    async with Crowd(server) as crowd:
        async with bot_process(server, tmp_path, webhook=True, **webhook) as first:
            total = burst(crowd, USERS)
            await wait_until(lambda: answered(server, USERS) >= 30, 15)
            await first.stop(signal.SIGKILL)
        before = answered(server, USERS)
        assert len(server.state.updates) >= total - before > 0
        async with bot_process(server, tmp_path, webhook=True, **webhook) as second:
            await wait_until(lambda: lost_and_duplicates(server, USERS)[0] == 0, 20)
            await wait_until(lambda: not server.state.updates, 5)  # every delivery acknowledged
            code, _ = await second.stop()
    lost, duplicates = lost_and_duplicates(server, USERS)
    assert lost == 0 and code == 0
    failed = [r for r in caplog.records if r.getMessage().startswith("webhook delivery of update")]
    assert failed  # the kill cut a delivery off, and the server delivered it again
    figures(
        f"crash (webhook): SIGKILL after {before} of {total} answers, restart on the same port: the local"
        f" server redelivered the rest, 0 lost, {duplicates} duplicates"
    )


async def test_sigterm_with_a_backlog_stops_within_the_bound(
    server: LocalBotApi, tmp_path: Path, figures: Callable[[str], None]
) -> None:
    """Each answer is slowed to 0.5 s, so the fetched backlog would take longer than the bound:
    the bot stops within JADBOT_STOP_TIMEOUT (1 s here) and leaves the rest unconfirmed."""
    users = range(400, 460)  # 180 messages
    server.add_fault("delay", "sendMessage", 1000, delay=0.5)
    async with Crowd(server) as crowd:
        total = burst(crowd, users)
        async with bot_process(server, tmp_path, JADBOT_STOP_TIMEOUT="1") as first:
            await wait_until(lambda: answered(server, users) >= 10, 15)
            code, seconds = await first.stop()
        assert code == 0 and seconds < 2.5, seconds
        before = answered(server, users)
        assert len(server.state.updates) >= total - before > 0
        server.state.faults.clear()
        async with bot_process(server, tmp_path, JADBOT_LOG_LEVEL="DEBUG") as second:
            await wait_until(lambda: lost_and_duplicates(server, users)[0] == 0, 20)
            await second.stop()
    lost, duplicates = lost_and_duplicates(server, users)
    assert lost == 0
    figures(
        f"shutdown: SIGTERM with {total - before} of {total} messages unanswered (answers slowed to 0.5 s):"
        f" exit 0 after {seconds:.2f} s (JADBOT_STOP_TIMEOUT 1 s; 10 s by default, grace periods 20 s);"
        f" the restart answered the rest: 0 lost, {duplicates} duplicates"
    )
