"""The bot token never reaches a log line, whatever happens in a conversation."""

from __future__ import annotations

import logging

import pytest
from bot_helpers import TOKEN, ask, buttons
from telegram.ext import Application

from jadbot.localapi import LocalChatClient
from jadbot.settings import Redactor, quiet_http_loggers


@pytest.fixture(autouse=True)
def debug_logs(caplog: pytest.LogCaptureFixture) -> None:
    quiet_http_loggers()  # what configure_logging does in production
    caplog.set_level(logging.DEBUG)


async def test_token_never_logged(
    bot: Application, client: LocalChatClient, caplog: pytest.LogCaptureFixture
) -> None:
    await ask(client, 5, "/start")
    reply = await ask(client, 5, "how much coke")
    query = await client.press(5, 5, reply["message_id"], data=buttons(reply)[0]["callback_data"])
    await client.callback_answer(query["callback_query_id"])
    await client.wait_bot_messages(5, 1, after=reply["message_id"])
    await client.inline_answer((await client.inline_query(5, "weapons"))["inline_query_id"])
    await ask(client, 5, "/reload")
    await client.add_fault("error", "sendMessage")
    await client.send_text(5, "how many officers")
    await client.wait_calls("sendMessage", count=6)
    assert any(r.levelno >= logging.ERROR for r in caplog.records)
    assert len(caplog.records) > 20  # DEBUG really was captured
    secret = TOKEN.split(":")[1]
    for record in caplog.records:
        line = logging.Formatter("%(name)s %(message)s").format(record)
        assert secret not in line, line


def test_redactor_hides_the_token_in_messages_and_exceptions() -> None:
    redact = Redactor(TOKEN)
    record = logging.LogRecord("x", logging.ERROR, __file__, 1, "url %s", (f"/bot{TOKEN}/getMe",), None)
    redact.filter(record)
    assert TOKEN not in record.getMessage() and "[token]" in record.getMessage()
    try:
        raise RuntimeError(f"The token `{TOKEN}` was rejected")
    except RuntimeError as exc:
        failed = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed", (), (RuntimeError, exc, None))
    redact.filter(failed)
    assert TOKEN not in logging.Formatter().format(failed)
