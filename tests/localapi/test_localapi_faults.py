"""Injected faults reach PTB as the errors a flaky Telegram would cause."""

from __future__ import annotations

import datetime as dtm
import json
import time
import warnings

import pytest
import telegram
from telegram.error import NetworkError, RetryAfter, TimedOut

from jadbot.localapi import LocalBotApi, LocalChatClient

USER = 5005


@pytest.fixture
async def chat(client: LocalChatClient) -> int:
    await client.send_text(USER, "hi")
    return USER


def seconds(value: int | dtm.timedelta) -> float:
    return value.total_seconds() if isinstance(value, dtm.timedelta) else float(value)


async def test_retry_after(
    bot: telegram.Bot, server: LocalBotApi, client: LocalChatClient, chat: int
) -> None:
    server.add_fault("retry_after", "sendMessage", retry_after=7)
    with warnings.catch_warnings():  # PTB 22 warns that retry_after will become a timedelta
        warnings.simplefilter("ignore")
        with pytest.raises(RetryAfter) as error:
            await bot.send_message(chat, "flood")
        assert seconds(error.value.retry_after) == 7
    # Not executed, and the fault is used up.
    assert await client.messages(chat, sender="bot") == []
    assert (await bot.send_message(chat, "later")).text == "later"


async def test_server_error_is_network_error(bot: telegram.Bot, client: LocalChatClient, chat: int) -> None:
    await client.add_fault("error", "sendMessage", count=2)
    for _ in range(2):
        with pytest.raises(NetworkError, match="Internal Server Error"):
            await bot.send_message(chat, "boom")
    await bot.send_message(chat, "fine")
    assert [m["text"] for m in await client.messages(chat, sender="bot")] == ["fine"]


async def test_executed_fault_still_delivers(bot: telegram.Bot, client: LocalChatClient, chat: int) -> None:
    """The message is sent although the bot sees an error: a retry would duplicate it."""
    await client.add_fault("error", "sendMessage", execute=True)
    with pytest.raises(NetworkError):
        await bot.send_message(chat, "sent anyway")
    assert [m["text"] for m in await client.messages(chat, sender="bot")] == ["sent anyway"]


async def test_slow_response(bot: telegram.Bot, server: LocalBotApi, chat: int) -> None:
    server.add_fault("delay", "sendMessage", delay=0.6)
    started = time.monotonic()
    await bot.send_message(chat, "slow")
    assert time.monotonic() - started >= 0.6
    started = time.monotonic()
    await bot.send_message(chat, "fast")
    assert time.monotonic() - started < 0.5


async def test_timeout(bot: telegram.Bot, server: LocalBotApi, client: LocalChatClient, chat: int) -> None:
    server.add_fault("timeout", "sendMessage")
    with pytest.raises(TimedOut):
        await bot.send_message(chat, "lost", read_timeout=0.5)
    assert await client.messages(chat, sender="bot") == []
    assert (await bot.send_message(chat, "next")).text == "next"


async def test_dropped_connection(bot: telegram.Bot, server: LocalBotApi, chat: int) -> None:
    server.add_fault("drop", "*")
    with pytest.raises(NetworkError):
        await bot.get_me()
    assert (await bot.get_me()).username == "jadbot_local_bot"


async def test_calls_are_recorded_without_token(
    bot: telegram.Bot, client: LocalChatClient, chat: int, token: str
) -> None:
    await client.clear_calls()
    await bot.send_message(chat, "one")
    await bot.send_chat_action(chat, "typing")
    calls = await client.calls()
    assert [c["method"] for c in calls] == ["sendMessage", "sendChatAction"]
    assert calls[0]["params"] == {"chat_id": str(chat), "text": "one"}
    assert calls[0]["status"] == 200 and calls[0]["time"] > 0
    assert token not in json.dumps(calls)
    assert token.split(":")[1] not in json.dumps(await client.bot_info())
    assert len(await client.calls("sendmessage")) == 1


async def test_fault_endpoint_validation(client: LocalChatClient) -> None:
    from jadbot.localapi import LocalApiError

    with pytest.raises(LocalApiError, match="kind is one of"):
        await client.add_fault("explode")
    fault = await client.add_fault("error", "getMe", count=3)
    assert fault["count"] == 3 and fault["method"] == "getMe"
    await client.clear_faults()
