"""Helpers for the hardening tests: simulated users, transcripts, and `jadbot run` in a subprocess.

Users act through the local server's user side in this process (`server.users`), so a crowd
of hundreds costs no HTTP on the user side; the bot still polls the server over 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import math
import os
import signal
import sys
import time
from collections import defaultdict
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

from jadbot.localapi import LocalBotApi
from tests.telegram.bot_helpers import FACTS, INTENTS, TOKEN

HERE = Path(__file__).resolve().parent
SECRET = TOKEN.split(":", 1)[1]

# Twenty varied questions and a figure (or phrase) the right answer must contain.
QUESTIONS: tuple[tuple[str, str], ...] = (
    ("how much coke", "626 kg"),
    ("how many officers took part", "22,400"),
    ("how many weapons were seized", "310"),
    ("how many illegal entries", "2,229"),
    ("how many forged documents", "114"),
    ("how much ammunition", "20,000"),
    ("how many vehicles were checked", "67,277"),
    ("how many people were checked", "215,273"),
    ("how many postal parcels", "5,225"),
    ("how many premises were checked", "999"),
    ("how many countries took part", "26 countries"),
    ("how many dark web sites", "5 targets"),
    ("how many marketplaces", "11 targets"),
    ("what does EMPACT stand for", "European Multidisciplinary Platform"),
    ("who coordinated the operation", "Skopje"),
    ("how many entities were checked", "288,774"),
    ("did Greece take part", "Greece took part"),
    ("did Bosnia take part", "Bosnia and Herzegovina took part"),
    ("was the FBI involved", "FBI is not among"),
    ("how much cannabis", "300 kg"),
)


def token_leaks(text: str) -> bool:
    return TOKEN in text or SECRET in text


def question(user: int, index: int) -> tuple[str, str]:
    """User `user`'s `index`-th question: every user walks the list from a different start."""
    return QUESTIONS[(user + index) % len(QUESTIONS)]


class LoopLag:
    """How late this event loop wakes up while it runs: the error of the local server's timestamps.

    The server stamps a request when its loop reaches it, so a stall of the test process bunches
    requests the bot sent at its pace, at most `rate` x the stall of them into any one second."""

    def __init__(self, tick: float = 0.01) -> None:
        self.tick = tick
        self.lags: list[float] = []
        self._task: asyncio.Task[None] | None = None

    async def __aenter__(self) -> LoopLag:
        self._task = asyncio.create_task(self._watch())
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)

    async def _watch(self) -> None:
        while True:
            before = time.monotonic()
            await asyncio.sleep(self.tick)
            self.lags.append(max(0.0, time.monotonic() - before - self.tick))

    @property
    def worst(self) -> float:
        return max(self.lags, default=0.0)

    def allowance(self, rate: int) -> int:
        """Requests a stall this long can bunch into one second at `rate` per second."""
        return math.ceil(rate * self.worst)


def busiest_second(times: Iterable[float], window: float = 1.0) -> int:
    """The most requests in any sliding window [t, t + window): the one that matters for a rate limit."""
    ordered = sorted(times)
    most, first = 0, 0
    for last, end in enumerate(ordered):
        while ordered[first] <= end - window:
            first += 1
        most = max(most, last - first + 1)
    return most


def percentile(values: Sequence[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


# ---------------------------------------------------------------- users and transcripts


class Crowd:
    """Simulated users. `ask` sends a message and waits for the bot's next message in that chat;
    latencies are measured with the server's own timestamps (send → bot message stored)."""

    def __init__(self, server: LocalBotApi) -> None:
        self.server = server
        self.bot_messages: defaultdict[int, int] = defaultdict(int)
        self.update_ids: list[int] = []  # of every message sent, for "the bot is done with them"
        self._waiters: defaultdict[int, list[tuple[int, asyncio.Future[float]]]] = defaultdict(list)
        self._task: asyncio.Task[None] | None = None

    async def __aenter__(self) -> Crowd:
        self._subscription = self.server.state.events.subscribe()
        self._task = asyncio.create_task(self._pump())
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._task is not None
        self._task.cancel()
        self._subscription.__exit__()
        await asyncio.gather(self._task, return_exceptions=True)

    async def _pump(self) -> None:
        while True:
            try:
                event = await self._subscription.get()
            except EOFError:
                return
            if event is None or event.type != "message" or event.data["sender"] != "bot":
                continue
            chat = event.data["chat_id"]
            self.bot_messages[chat] += 1
            count = self.bot_messages[chat]
            waiting = self._waiters[chat]
            for target, future in [w for w in waiting if w[0] <= count]:
                waiting.remove((target, future))
                if not future.done():
                    future.set_result(event.time)

    def send(self, user: int, text: str) -> tuple[int, float]:
        """Send `text` from `user` in its private chat; (message_id, send time)."""
        message, update_id = self.server.users.send(user, text=text)
        if update_id is not None:
            self.update_ids.append(update_id)
        return message.message_id, time.time()

    async def wait(self, chat: int, count: int, timeout: float = 15.0) -> float:
        """Until the chat has `count` bot messages (counted since the crowd started); their time."""
        if self.bot_messages[chat] >= count:
            return time.time()
        future: asyncio.Future[float] = asyncio.get_running_loop().create_future()
        self._waiters[chat].append((count, future))
        return await asyncio.wait_for(future, timeout)

    async def ask(self, user: int, text: str, timeout: float = 15.0) -> float:
        """Send and wait for one more bot message; the latency in seconds."""
        expected = self.bot_messages[user] + 1
        _, sent = self.send(user, text)
        return await self.wait(user, expected, timeout) - sent

    async def settle(self, users: Iterable[int], index: int, timeout: float = 15.0) -> None:
        """Prove the bot is done with everything the users sent, for a bot in another process.

        Each user asks question `index` and we wait until its answer, recognised by its figure, is
        the chat's last: a chat's messages are handled in order (ordering.py), so every earlier
        answer, retry and duplicate has been sent by then. The extra question stays in the transcript.
        """

        async def one(user: int) -> None:
            text, figure = question(user, index)
            self.send(user, text)
            asked = len(transcript(self.server, user).questions)

            def answered() -> bool:
                talk = transcript(self.server, user)
                return len(talk.answers) >= asked and figure in talk.answers[-1]

            await wait_until(answered, timeout)

        await asyncio.gather(*(one(user) for user in users))

    async def conversation(
        self, user: int, start: int, count: int, latencies: list[float], timeout: float = 15.0
    ) -> None:
        """`count` questions in turn, each after the previous answer (a person reading)."""
        for index in range(start, start + count):
            latencies.append(await self.ask(user, question(user, index)[0], timeout))


@dataclass
class Transcript:
    questions: list[str] = field(default_factory=list)
    answers: list[str] = field(default_factory=list)


def transcript(server: LocalBotApi, chat: int) -> Transcript:
    """What the user and the bot wrote in a chat, oldest first."""
    result = Transcript()
    stored = server.state.chats.get(chat)
    for message in stored.messages.values() if stored else ():
        (result.questions if message.sender == "user" else result.answers).append(message.text or "")
    return result


def check_answered_once_in_order(
    server: LocalBotApi, chat: int, expected: Sequence[str] | None = None
) -> list[str]:
    """Problems in a chat where every question has one expected figure: the i-th bot message must
    answer the i-th question (answers in private chats do not quote, so order is how a user pairs
    them), nothing lost, nothing twice. `expected` defaults to the figures of QUESTIONS."""
    talk = transcript(server, chat)
    figures = dict(QUESTIONS)
    wanted = list(expected) if expected is not None else [figures[q] for q in talk.questions]
    problems = []
    if len(talk.answers) != len(wanted):
        problems.append(f"chat {chat}: {len(talk.questions)} questions, {len(talk.answers)} answers")
    for index, (figure, answer) in enumerate(zip(wanted, talk.answers, strict=False)):
        if figure not in answer:
            problems.append(f"chat {chat}: answer {index} should contain {figure!r}: {answer[:80]!r}")
    return problems


def check_chats(server: LocalBotApi, chats: Iterable[int]) -> list[str]:
    return [problem for chat in chats for problem in check_answered_once_in_order(server, chat)]


def lost_and_duplicates(server: LocalBotApi, chats: Iterable[int]) -> tuple[int, int]:
    """After a crash: questions with no answer carrying their figure, and answers beyond one per
    question (at-least-once allows those). Each chat's questions must have distinct figures."""
    figures = dict(QUESTIONS)
    lost = duplicates = 0
    for chat in chats:
        talk = transcript(server, chat)
        for asked in talk.questions:
            copies = sum(1 for answer in talk.answers if figures[asked] in answer)
            lost += copies == 0
            duplicates += max(0, copies - 1)
    return lost, duplicates


# ---------------------------------------------------------------- `jadbot run` in a subprocess


def rss_kib(pid: int) -> int:
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS")


@dataclass
class BotProcess:
    """`jadbot run` against the in-test server. `log` is its stderr (the bot logs there)."""

    process: asyncio.subprocess.Process
    log: Path
    started: float

    @property
    def pid(self) -> int:
        return self.process.pid

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def rss_mib(self) -> float:
        return rss_kib(self.pid) / 1024

    async def stop(self, sig: int = signal.SIGTERM, timeout: float = 15.0) -> tuple[int, float]:
        """Send `sig`; the exit code and the seconds it took to exit."""
        started = time.monotonic()
        self.process.send_signal(sig)
        code = await asyncio.wait_for(self.process.wait(), timeout)
        return code, time.monotonic() - started


def bot_env(server: LocalBotApi, **settings: str) -> dict[str, str]:
    """A clean environment: none of the caller's TELEGRAM_/JADBOT_ settings leak in."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "JADBOT_"))}
    env.update(
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_BASE_URL=server.root_url or "",
        JADBOT_FACTS_DIR=str(FACTS),
        JADBOT_INTENTS=str(INTENTS),
        JADBOT_LOG_MISSES="false",
    )
    env.update(settings)
    return env


@asynccontextmanager
async def bot_process(
    server: LocalBotApi,
    workdir: Path,
    *,
    paced: bool = True,
    ready: bool = True,
    webhook: bool = False,
    **settings: str,
) -> AsyncIterator[BotProcess]:
    """Run the bot as a separate process (its own memory, its own signals).

    `paced=True` is exactly `python -m jadbot run`. `paced=False` runs unpaced_bot.py: the same
    CLI with PTB's 30 requests/s pacing toward Telegram lifted, for load tests that measure the
    bot rather than the pacing. cwd is `workdir`, so no developer `.env` is read.
    """
    command = ["-m", "jadbot", "run"] if paced else [str(HERE / "unpaced_bot.py"), "run"]
    command += ["--webhook"] if webhook else []
    ready_call = "setWebhook" if webhook else "getUpdates"
    calls_before = len(server.calls(ready_call))
    log = workdir / f"bot-{time.monotonic_ns()}.log"
    with log.open("wb") as stderr:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            *command,
            cwd=workdir,
            env=bot_env(server, **settings),
            stdin=asyncio.subprocess.DEVNULL,
            stdout=stderr,
            stderr=stderr,
        )
    bot = BotProcess(process, log, time.monotonic())
    try:
        if ready:
            await wait_until(
                lambda: len(server.calls(ready_call)) > calls_before or process.returncode is not None, 20
            )
            assert process.returncode is None, bot.log_text()[-2000:]
        yield bot
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()


async def wait_until(predicate: object, timeout: float, step: float = 0.02) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise TimeoutError(f"condition not met within {timeout}s")
        await asyncio.sleep(step)
