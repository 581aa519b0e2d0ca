"""Groups: answer what is addressed to the bot, stay out of everything else."""

from __future__ import annotations

from bot_helpers import BOT_USERNAME, ask, silent
from telegram.ext import Application

from jadbot.localapi import LocalChatClient

GROUP = -1001234
ALICE, BOB = 11, 12


async def test_commands_addressed_to_the_bot(bot: Application, client: LocalChatClient) -> None:
    reply = await ask(client, ALICE, f"/start@{BOT_USERNAME}", chat_id=GROUP, chat_type="supergroup")
    assert reply["text"].startswith("Hello!")
    reply = await ask(client, ALICE, "/ask how much coke", chat_id=GROUP, chat_type="supergroup")
    assert "626" in reply["text"]
    other = await client.send_text(ALICE, "/start@some_other_bot", GROUP, "supergroup")
    assert await silent(bot, client, GROUP, other)


async def test_mentions_and_replies_are_answered_as_replies(
    bot: Application, client: LocalChatClient
) -> None:
    sent = await client.send_text(ALICE, f"@{BOT_USERNAME} how much coke", GROUP, "supergroup")
    (reply,) = await client.wait_bot_messages(GROUP, 1)
    assert "626" in reply["text"]
    assert reply["reply_to_message_id"] == sent["message_id"]
    follow_up = await ask(
        client,
        BOB,
        "and how many weapons",
        chat_id=GROUP,
        chat_type="supergroup",
        reply_to_message_id=reply["message_id"],
    )
    assert "310" in follow_up["text"]


async def test_messages_not_for_the_bot_and_unanswerable_ones_get_silence(
    bot: Application, client: LocalChatClient
) -> None:
    sent = [
        await client.send_text(ALICE, "how much coke", GROUP, "supergroup"),  # not addressed (privacy off)
        await client.send_text(BOB, f"@{BOT_USERNAME} blorp the zindle", GROUP, "supergroup"),  # no answer
        await client.send_text(BOB, f"@{BOT_USERNAME} tell me a joke about pirates", GROUP, "supergroup"),
        await client.send_sticker(ALICE, "😀", GROUP, chat_type="supergroup"),
        await client.send_text(ALICE, "hi @someone_else, how much coke", GROUP, "supergroup"),
    ]
    assert all(message["update_id"] is not None for message in sent)  # the bot did get them all
    assert await silent(bot, client, GROUP, *sent, after=0)
