"""Faults between the bot and the Bot API, injected by the local server.

Guarantee tested: after a fault the request did not take effect (500, 502 after a hang, a dropped
connection, a client-side timeout, a slow answer, a 429), every user message gets exactly one
answer, the right one, in order. A 429 is waited out for its full retry_after (PTB's
AIORateLimiter); other failures of an answer are retried by the bot (handlers._retrying, at most
2 retries). When Telegram did send the message but the bot saw an error (`execute=True`), the
retry repeats it: delivery is at-least-once, with one extra copy per such fault and no message
lost. A failed typing indicator costs nothing; failed getUpdates calls are polled again, so no
update is lost or handled twice.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import httpx
import pytest
from telegram.ext import Application

from jadbot.localapi import LocalBotApi
from jadbot.telegram.handlers import SEND_RETRIES
from tests.hardening.hardening_support import QUESTIONS, Crowd, check_chats, question, transcript
from tests.telegram.bot_helpers import until_processed

USERS = 10
# PTB warns about its own use of RetryAfter.retry_after (an int today, a timedelta in v23)
pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")


async def one_question_each(crowd: Crowd, users: range) -> list[float]:
    """Every user asks one question at the same time; their latencies."""
    return list(await asyncio.gather(*(crowd.ask(user, question(user, 0)[0]) for user in users)))


async def settle(bot: Application, crowd: Crowd) -> None:
    """Wait until the bot is done with every message sent (retries included), then count: a late
    duplicate cannot slip past, whatever the machine's speed."""
    await until_processed(bot, *crowd.update_ids, timeout=30.0)


SEND_FAULTS = {
    "error": ("error", {}, 2, "HTTP 500"),
    "timeout": ("timeout", {}, 2, "hang 1 s then 502"),
    "drop": ("drop", {}, 2, "connection closed, no response"),
    "slow": ("delay", {"delay": 0.5}, 5, "answered after 0.5 s"),
    "client_timeout": ("delay", {"delay": 1.5}, 2, "no answer within the bot's 1 s read timeout"),
}


@pytest.mark.parametrize("name", list(SEND_FAULTS))
async def test_send_faults_every_message_answered_exactly_once(
    bot: Application, server: LocalBotApi, name: str, figures: Callable[[str], None]
) -> None:
    kind, options, count, what = SEND_FAULTS[name]
    if name == "client_timeout":  # PTB's default read timeout is 5 s; 1 s keeps the test short
        bot.bot.request._client.timeout = httpx.Timeout(5.0, read=1.0)  # type: ignore[attr-defined]
    server.add_fault(kind, "sendMessage", count, **options)
    users = range(100, 100 + USERS)
    async with Crowd(server) as crowd:
        latencies = await one_question_each(crowd, users)
        await settle(bot, crowd)
        assert check_chats(server, users) == []
        assert server.state.faults.active() == []
        assert len([c for c in server.calls("sendMessage") if c.fault == kind]) == count
    figures(
        f"faults: sendMessage {name} ({what}) x{count}: {USERS}/{USERS} answered exactly once,"
        f" slowest {max(latencies):.2f} s"
    )


async def test_retry_after_is_waited_out(
    bot: Application, server: LocalBotApi, figures: Callable[[str], None]
) -> None:
    server.add_fault("retry_after", "sendMessage", 2, retry_after=2)
    users = range(100, 100 + USERS)
    async with Crowd(server) as crowd:
        await one_question_each(crowd, users)
        await settle(bot, crowd)
    assert check_chats(server, users) == []
    sends = server.calls("sendMessage")
    limited = [c for c in sends if c.status == 429]
    assert len(limited) == 2
    waits = []
    for call in limited:
        chat = str(call.params["chat_id"])
        retry = next(c for c in sends if c.seq > call.seq and str(c.params["chat_id"]) == chat)
        waits.append(retry.time - call.time)
    assert min(waits) >= 2.0, waits  # never retried before retry_after
    window = max(c.time + 2.0 for c in limited)
    others = [c for c in sends if c.status == 200 and min(lc.time for lc in limited) < c.time < window]
    figures(
        f"faults: sendMessage 429 retry_after=2 x2: {USERS}/{USERS} answered once; retried after"
        f" {min(waits):.2f}-{max(waits):.2f} s (never earlier than 2 s); {len(others)} other chats'"
        " sends went out during the wait"
    )


async def test_typing_indicator_and_polling_faults_cost_nothing(
    bot: Application, server: LocalBotApi, figures: Callable[[str], None]
) -> None:
    """No typing indicator is sent at all (one API call per answer). The updates of a failed poll,
    even one Telegram answered but the bot never saw (drop with execute), are fetched again with
    the same offset."""
    server.add_fault("error", "getUpdates", 1)
    server.add_fault("drop", "getUpdates", 1, execute=True)
    users = range(100, 100 + USERS)
    async with Crowd(server) as crowd:
        await one_question_each(crowd, users)
        await settle(bot, crowd)
    assert check_chats(server, users) == []
    assert server.state.faults.active() == []
    assert server.calls("sendChatAction") == []
    figures(
        "faults: getUpdates 500 + executed drop, no typing indicator sent:"
        f" {USERS}/{USERS} answered exactly once"
    )


async def test_executed_faults_are_at_least_once(
    bot: Application, server: LocalBotApi, figures: Callable[[str], None]
) -> None:
    """Telegram sent the answer but the bot saw a 500 / a dropped connection: the bot cannot
    know, retries, and the user sees that answer twice. Nothing is lost; copies = faults."""
    server.add_fault("error", "sendMessage", 1, execute=True)
    server.add_fault("drop", "sendMessage", 1, execute=True)
    users = range(100, 100 + USERS)
    async with Crowd(server) as crowd:
        await one_question_each(crowd, users)
        await settle(bot, crowd)
        later = range(200, 200 + USERS)  # and the bot is fine afterwards
        await one_question_each(crowd, later)
    assert check_chats(server, later) == []
    figures_of = dict(QUESTIONS)
    extra = 0
    for user in users:
        talk = transcript(server, user)
        (asked,) = talk.questions
        assert 1 <= len(talk.answers) <= 1 + SEND_RETRIES
        assert all(figures_of[asked] in answer for answer in talk.answers), talk.answers
        extra += len(talk.answers) - 1
    assert extra == 2
    figures(
        f"faults: sendMessage executed-then-500 + executed-then-drop: {USERS}/{USERS} answered,"
        f" {extra} duplicate answers (one per executed fault, at-least-once), none lost"
    )
