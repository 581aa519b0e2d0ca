"""Round trip through the real bot: user message → local Bot API server → bot → reply.

The local Bot API server (jadbot.localapi) and the users run in this process; the bot runs in
its own (bot_worker.py), in polling or webhook mode, exactly as `jadbot run` builds it. Each
user sends a question, waits for the reply, then sends the next; 1, 10 and 100 users do so at
once. A round trip is timed from sending to the reply being stored by the server.

Two builds of the bot are measured. Unpaced, as against the local Bot API server (`jadbot run
--local`, the tests): the round trip is the bot's own cost. Paced, as in production: PTB's
AIORateLimiter keeps Telegram's 30 requests/s, and with one API call per answer (no typing
indicator) that is up to 30 answers/s, the figure reported for 20 users.
The bot's RSS is read from /proc after each mode's traffic; `--soak N` also sends N messages
(10,000 for the issue's figure: about eleven minutes, as each reply is two rate-limited calls) and reports RSS along
the way.
"""

from __future__ import annotations

import asyncio
import secrets
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from jadbot.evaluate import read_cases
from jadbot.localapi import LocalBotApi, LocalChatClient

from .timing import Latency

USERS = (1, 10, 100)
MESSAGES = {1: 100, 10: 15, 100: 3}  # per user: 100, 150 and 300 messages per level
BOT_ID = 7_000_000_002


PACED_USERS, PACED_MESSAGES = 20, 10  # answers/s under Telegram's pacing


@dataclass(frozen=True)
class Level:
    mode: str
    paced: bool
    users: int
    latency: Latency
    per_second: float


@dataclass(frozen=True)
class RoundTrip:
    levels: list[Level]
    rss_mb: dict[str, tuple[int, float]]  # mode -> (messages answered, RSS MB)
    soak: list[tuple[int, float]]  # (messages answered, RSS MB)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


class _Bot:
    """The bot process: started ready to take updates, stopped with SIGTERM."""

    def __init__(self, root: Path, mode: str, paced: bool, base_url: str, token: str) -> None:
        extra = [str(_free_port()), secrets.token_urlsafe(16)] if mode == "webhook" else []
        pace = "paced" if paced else "unpaced"
        command = [sys.executable, "-m", "benchmarks.bot_worker", mode, pace, base_url, token, *extra]
        self.log = tempfile.TemporaryFile(mode="w+")  # noqa: SIM115 - closed in stop(); the bot's log
        self.process = subprocess.Popen(command, cwd=root, stdout=subprocess.PIPE, stderr=self.log, text=True)

    async def ready(self) -> None:
        assert self.process.stdout is not None
        line = await asyncio.to_thread(self.process.stdout.readline)
        if line.strip() != "ready":
            self.log.seek(0)
            raise RuntimeError(f"the bot did not start (exit code {self.process.poll()}):\n{self.log.read()}")

    def rss_mb(self) -> float:
        return _rss_mb(self.process.pid)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()


async def _user(client: LocalChatClient, user_id: int, questions: list[str], samples: list[int]) -> None:
    for question in questions:
        start = time.perf_counter_ns()
        sent = await client.send_text(user_id, question)
        await client.wait_bot_messages(sent["chat_id"], 1, timeout=30)
        samples.append(time.perf_counter_ns() - start)


async def _level(
    client: LocalChatClient,
    mode: str,
    users: int,
    per_user: int,
    questions: list[str],
    first_user: int,
    paced: bool = False,
) -> Level:
    samples: list[int] = []
    start = time.perf_counter()
    await asyncio.gather(
        *(
            _user(
                client,
                first_user + u,
                [questions[(u * per_user + i) % len(questions)] for i in range(per_user)],
                samples,
            )
            for u in range(users)
        )
    )
    took = time.perf_counter() - start
    return Level(mode, paced, users, Latency.of(samples), len(samples) / took)


async def _paced(root: Path, questions: list[str], quick: bool) -> Level:
    token = f"{BOT_ID}:{secrets.token_urlsafe(27)[:35]}"
    async with LocalBotApi(token) as server, LocalChatClient(server.root_url) as client:
        bot = _Bot(root, "polling", True, server.bot_base_url, token)
        try:
            await bot.ready()
            per_user = PACED_MESSAGES  # not shrunk by --quick: the limiter allows a first burst of 30
            return await _level(client, "polling", PACED_USERS, per_user, questions, 1_000, paced=True)
        finally:
            await asyncio.to_thread(bot.stop)


async def _run_mode(
    root: Path, mode: str, questions: list[str], quick: bool, soak: int
) -> tuple[list[Level], int, float, list[tuple[int, float]]]:
    token = f"{BOT_ID}:{secrets.token_urlsafe(27)[:35]}"
    async with LocalBotApi(token) as server, LocalChatClient(server.root_url) as client:
        bot = _Bot(root, mode, False, server.bot_base_url, token)
        try:
            await bot.ready()
            levels: list[Level] = []
            sent = 0
            first_user = 1_000
            for users in USERS:
                per_user = max(1, MESSAGES[users] // (5 if quick else 1))
                levels.append(await _level(client, mode, users, per_user, questions, first_user))
                sent += users * per_user
                first_user += users
            rss, before_soak = bot.rss_mb(), sent
            trace: list[tuple[int, float]] = []
            step = max(1, soak // 10)
            while soak and len(trace) < 10:
                await _level(client, mode, 100, step // 100 or 1, questions, 50_000)
                sent += 100 * (step // 100 or 1)
                trace.append((sent, bot.rss_mb()))
            return levels, before_soak, rss, trace
        finally:
            await asyncio.to_thread(bot.stop)  # the server must keep answering while the bot shuts down


def measure(root: Path, quick: bool = False, soak: int = 0) -> RoundTrip:
    questions = [c.question for c in read_cases(root / "tests" / "data" / "labelled.jsonl")]
    levels: list[Level] = []
    rss: dict[str, tuple[int, float]] = {}
    soak_trace: list[tuple[int, float]] = []
    for mode in ("polling", "webhook"):
        mode_levels, sent, mode_rss, trace = asyncio.run(
            _run_mode(root, mode, questions, quick, soak if mode == "polling" else 0)
        )
        levels += mode_levels
        rss[mode] = (sent, mode_rss)
        soak_trace += trace
    levels.append(asyncio.run(_paced(root, questions, quick)))
    return RoundTrip(levels, rss, soak_trace)


def section(result: RoundTrip) -> str:
    from .report import table
    from .timing import ms

    rows = [
        [
            lv.mode + (", paced 30 requests/s" if lv.paced else ", unpaced"),
            str(lv.users),
            str(lv.latency.n),
            ms(lv.latency.p50),
            ms(lv.latency.p95),
            f"{lv.per_second:.1f}",
        ]
        for lv in result.levels
    ]
    rss = "; ".join(f"{mode}: {mb:.0f} MB after {n:,} messages" for mode, (n, mb) in result.rss_mb.items())
    text = (
        "## Round trip through the bot\n\n"
        "User message → local Bot API server → the real bot (its own process, python-telegram-bot) → "
        "reply stored by the server. Each user waits for a reply before asking again. Unpaced rows: the "
        "bot as built against the local server, so the time is the bot's own. The paced row: Telegram's "
        "30 requests/s kept by AIORateLimiter, one request per answer.\n\n"
        + table(["mode", "users", "messages", "p50 ms", "p95 ms", "messages/s"], rows)
        + f"\n\nBot RSS: {rss}."
    )
    if result.soak:
        trace = ", ".join(f"{n:,}: {mb:.0f} MB" for n, mb in result.soak)
        text += f"\n\nSoak (polling, 100 users): RSS after messages — {trace}."
    else:
        text += (
            "\n\nRSS after 10,000 messages: run `python -m benchmarks --soak 10000` (the soak runs unpaced)."
        )
    return text
