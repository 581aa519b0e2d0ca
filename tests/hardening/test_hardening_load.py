"""Load: hundreds of users at once against `jadbot run` in its own process (so its memory is its
own), polling the in-test local server over 127.0.0.1.

Users behave like people: each asks, reads the answer, asks the next question (questions vary
per user: twenty figures). Some users also fire several messages at once, which is where
answers could come back out of order. Every answer must contain the figure its question asks
for, in the order asked, exactly once. The flood guard is set to 100 messages/s with a burst of
100 so it never throttles these users (the flood test covers the production limits); the bot
runs unpaced (unpaced_bot.py), so this measures the bot, not PTB's 30 requests/s pacing.

Memory: resident set size (VmRSS of the bot's process) after a warm-up round, and after the
measured rounds; growth must stay under the threshold. The default run is small; `make soak`
runs the full 200 users x 20 questions and then 10,000 further messages.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from jadbot.localapi import LocalBotApi
from tests.hardening.hardening_support import (
    BotProcess,
    Crowd,
    bot_process,
    check_answered_once_in_order,
    check_chats,
    percentile,
    question,
    token_leaks,
)

USERS = 200
UNTHROTTLED = {"JADBOT_FLOOD_RATE": "100", "JADBOT_FLOOD_BURST": "100"}


async def rounds(crowd: Crowd, users: range, start: int, count: int) -> tuple[list[float], float]:
    """Every user holds a `count`-question conversation, all at once; latencies and seconds.
    The bot is saturated here (unpaced), so a single answer may wait many seconds: 60 s allowed."""
    latencies: list[float] = []
    began = time.monotonic()
    await asyncio.gather(*(crowd.conversation(user, start, count, latencies, 60.0) for user in users))
    return latencies, time.monotonic() - began


async def settled_rss(bot: BotProcess) -> float:
    await asyncio.sleep(0.5)
    return bot.rss_mib()


def describe(messages: int, latencies: list[float], seconds: float) -> str:
    return (
        f"{messages} messages in {seconds:.1f} s ({messages / seconds:.0f}/s), latency"
        f" p50 {percentile(latencies, 50):.1f} s p95 {percentile(latencies, 95):.1f} s max {max(latencies):.1f} s"
    )


async def test_load_users_answered_in_order_memory_flat(
    server: LocalBotApi, tmp_path: Path, figures: Callable[[str], None]
) -> None:
    users = range(10_000, 10_000 + USERS)
    bursty = range(20_000, 20_030)
    async with bot_process(server, tmp_path, paced=False, **UNTHROTTLED) as bot, Crowd(server) as crowd:
        await rounds(crowd, users, 0, 1)  # warm-up: every user's first message
        before = await settled_rss(bot)
        latencies, seconds = await rounds(crowd, users, 1, 1)
        after = await settled_rss(bot)
        # Four messages at once from each of 30 users, then the four answers, in order.
        for user in bursty:
            for index in range(4):
                crowd.send(user, question(user, index)[0])
        await asyncio.gather(*(crowd.wait(user, 4) for user in bursty))
        await crowd.settle(bursty, 4)  # a fifth question's answer: the four before it are all out
        code, _ = await bot.stop()
    assert code == 0
    assert check_chats(server, users) == []
    assert check_chats(server, bursty) == []
    assert not token_leaks(bot.log_text())
    growth = after - before
    assert growth < 3.0, f"RSS grew {growth:.1f} MiB over {USERS} messages"
    figures(
        f"load: {USERS} users x 2 questions + 30 users x 4 at once and 1 more = {2 * USERS + 150} messages, all answered"
        f" once, right figure, in order; measured {describe(USERS, latencies, seconds)};"
        f" RSS {before:.1f} -> {after:.1f} MiB after warm-up (limit +3 MiB)"
    )


@pytest.mark.soak
async def test_soak_200_users_20_questions_then_10000_messages(
    server: LocalBotApi, tmp_path: Path, figures: Callable[[str], None]
) -> None:
    users = range(10_000, 10_000 + USERS)
    samples: list[float] = []
    async with bot_process(server, tmp_path, paced=False, **UNTHROTTLED) as bot, Crowd(server) as crowd:
        latencies, seconds = await rounds(crowd, users, 0, 20)
        figures(f"soak: {USERS} users x 20 questions: {describe(20 * USERS, latencies, seconds)}")
        problems = [p for u in users for p in check_answered_once_in_order(server, u)]
        assert problems == [], problems[:5]
        samples.append(await settled_rss(bot))
        for block in range(5):  # 5 x 200 users x 10 questions = 10,000 further messages
            latencies, seconds = await rounds(crowd, users, 20 + 10 * block, 10)
            samples.append(await settled_rss(bot))
            figures(
                f"soak: block {block + 1}/5: {describe(10 * USERS, latencies, seconds)}, RSS {samples[-1]:.1f} MiB"
            )
        code, _ = await bot.stop()
    assert code == 0
    assert check_chats(server, users) == []
    growth = max(samples) - samples[0]
    assert growth < 5.0, f"RSS grew {growth:.1f} MiB over 10,000 messages: {samples}"
    figures(
        f"soak: 14,000 messages all answered once and in order; RSS after warm-up {samples[0]:.1f} MiB,"
        f" max over the next 10,000 messages {max(samples):.1f} MiB (+{growth:.1f}, limit +5 MiB)"
    )
