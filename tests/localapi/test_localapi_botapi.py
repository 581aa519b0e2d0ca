"""PTB's own Bot parses every response of the local Bot API server."""

from __future__ import annotations

import asyncio
import datetime as dtm
import time

import pytest
import telegram
from telegram import (
    BotCommand,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    BotDescription,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    ReplyParameters,
)
from telegram.constants import ChatAction, MessageEntityType, ParseMode
from telegram.error import Conflict

from jadbot.localapi import LocalApiError, LocalBotApi, LocalChatClient

USER = 1001


def keyboard(*pairs: tuple[str, str]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton(text, callback_data=data) for text, data in pairs]])


async def test_get_me(bot: telegram.Bot) -> None:
    me = await bot.get_me()
    assert me.id == 123456789
    assert me.is_bot is True
    assert me.username == "jadbot_local_bot"
    assert me.can_join_groups is True
    assert me.can_read_all_group_messages is False
    assert me.supports_inline_queries is True


async def test_get_updates_offset_and_limit(bot: telegram.Bot, client: LocalChatClient) -> None:
    for text in ("one", "two", "three"):
        await client.send_text(USER, text)

    first = await bot.get_updates(limit=2)
    assert [u.message.text for u in first] == ["one", "two"]
    assert first[0].update_id + 1 == first[1].update_id
    message = first[0].message
    assert message.chat.id == USER and message.chat.type == "private"
    assert message.from_user.id == USER and message.from_user.is_bot is False
    assert abs(message.date.timestamp() - time.time()) < 5

    # An offset confirms everything before it.
    rest = await bot.get_updates(offset=first[1].update_id)
    assert [u.message.text for u in rest] == ["two", "three"]
    assert await bot.get_updates(offset=rest[-1].update_id + 1) == ()
    assert (await bot.get_webhook_info()).pending_update_count == 0


async def test_negative_offset_keeps_only_the_newest(bot: telegram.Bot, client: LocalChatClient) -> None:
    for text in ("a", "b", "c"):
        await client.send_text(USER, text)
    assert [u.message.text for u in await bot.get_updates(offset=-1)] == ["c"]
    assert [u.message.text for u in await bot.get_updates()] == ["c"]


async def test_long_poll_returns_when_a_user_writes(
    bot: telegram.Bot, client: LocalChatClient, server: LocalBotApi
) -> None:
    poll = asyncio.create_task(bot.get_updates(timeout=10))
    # Wait until the long poll is really parked on the server, then write.
    assert await server.state.wait_for(
        lambda: any(c.method == "getUpdates" and c.status is None for c in server.calls()), 5
    )
    started = time.monotonic()
    await client.send_text(USER, "wake up")
    updates = await asyncio.wait_for(poll, 5)
    assert time.monotonic() - started < 2
    assert [u.message.text for u in updates] == ["wake up"]


async def test_long_poll_times_out_empty(bot: telegram.Bot) -> None:
    started = time.monotonic()
    assert await bot.get_updates(timeout=1) == ()
    assert 0.9 <= time.monotonic() - started < 3


async def test_allowed_updates_filter(bot: telegram.Bot, client: LocalChatClient) -> None:
    await client.send_text(USER, "plain text")
    await client.inline_query(USER, "search")
    updates = await bot.get_updates(allowed_updates=["inline_query"])
    assert len(updates) == 1
    assert updates[0].inline_query.query == "search"
    # The setting sticks for later calls, as on Telegram.
    assert [u.inline_query.query for u in await bot.get_updates()] == ["search"]
    updates = await bot.get_updates(allowed_updates=[])
    assert [u.message.text for u in updates if u.message] == ["plain text"]


async def test_second_bot_instance_conflicts(bot: telegram.Bot, server: LocalBotApi, token: str) -> None:
    first = asyncio.create_task(bot.get_updates(timeout=5))
    assert await server.state.wait_for(
        lambda: any(c.method == "getUpdates" and c.status is None for c in server.calls()), 5
    )
    async with telegram.Bot(token, base_url=server.bot_base_url) as other_instance:
        assert await other_instance.get_updates(timeout=0) == ()
    with pytest.raises(Conflict, match="terminated by other getUpdates request"):
        await first


async def test_send_message_html_keyboard_and_reply(bot: telegram.Bot, client: LocalChatClient) -> None:
    user_message = await client.send_text(USER, "/start")
    sent = await bot.send_message(
        USER,
        "<b>Bold</b> and <a href='https://europol.europa.eu'>link</a> 😀 <code>x</code>",
        parse_mode=ParseMode.HTML,
        reply_markup=keyboard(("Yes", "answer:yes"), ("No", "answer:no")),
        reply_parameters=ReplyParameters(message_id=user_message["message_id"]),
    )
    assert sent.text == "Bold and link 😀 x"
    assert [(e.type, e.offset, e.length) for e in sent.entities] == [
        (MessageEntityType.BOLD, 0, 4),
        (MessageEntityType.TEXT_LINK, 9, 4),
        (MessageEntityType.CODE, 17, 1),  # 😀 is two UTF-16 units
    ]
    assert sent.entities[1].url == "https://europol.europa.eu"
    assert sent.from_user.is_bot and sent.from_user.username == "jadbot_local_bot"
    assert sent.chat.id == USER
    assert sent.message_id == user_message["message_id"] + 1
    assert sent.reply_to_message.message_id == user_message["message_id"]
    assert sent.reply_to_message.text == "/start"
    assert sent.reply_markup.inline_keyboard[0][1].callback_data == "answer:no"
    assert isinstance(sent.date, dtm.datetime)

    stored = (await client.wait_bot_messages(USER))[0]
    assert stored["raw_text"].startswith("<b>Bold</b>")
    assert stored["parse_mode"] == "HTML"
    assert stored["html"] == (
        '<b>Bold</b> and <a href="https://europol.europa.eu">link</a> 😀 <code>x</code>'
    )
    assert stored["reply_to_message_id"] == user_message["message_id"]


async def test_edit_text_and_reply_markup(bot: telegram.Bot, client: LocalChatClient) -> None:
    await client.send_text(USER, "hi")
    sent = await bot.send_message(USER, "Pick one", reply_markup=keyboard(("A", "a")))

    edited = await bot.edit_message_text(
        "Picked <i>A</i>", chat_id=USER, message_id=sent.message_id, parse_mode="HTML"
    )
    assert edited.text == "Picked A"
    assert edited.entities[0].type == MessageEntityType.ITALIC
    assert edited.edit_date is not None
    assert edited.reply_markup is None  # editing text without reply_markup drops the keyboard

    with_keyboard = await bot.edit_message_reply_markup(
        chat_id=USER, message_id=sent.message_id, reply_markup=keyboard(("Undo", "undo"))
    )
    assert with_keyboard.reply_markup.inline_keyboard[0][0].text == "Undo"

    stored = await client.message(USER, sent.message_id, edits=2, timeout=2)
    assert [e["text"] for e in stored["edits"]] == ["Pick one", "Picked A"]
    assert stored["text"] == "Picked A"
    assert stored["reply_markup"] == {"inline_keyboard": [[{"text": "Undo", "callback_data": "undo"}]]}


async def test_callback_query_round_trip(bot: telegram.Bot, client: LocalChatClient) -> None:
    await client.send_text(USER, "menu")
    sent = await bot.send_message(USER, "Menu", reply_markup=keyboard(("Facts", "facts"), ("Help", "help")))
    await bot.get_updates(offset=-1)  # confirm the text message

    query = await client.press(USER, USER, sent.message_id, text="Help")
    (update,) = await bot.get_updates(offset=query["update_id"])
    callback = update.callback_query
    assert callback.id == query["callback_query_id"]
    assert callback.data == "help"
    assert callback.from_user.id == USER
    assert callback.chat_instance
    assert callback.message.message_id == sent.message_id
    assert callback.message.reply_markup.inline_keyboard[0][0].callback_data == "facts"

    assert await callback.answer("Opening help", show_alert=True) is True
    answer = await client.callback_answer(callback.id, timeout=1)
    assert answer == {"text": "Opening help", "show_alert": True, "url": None, "cache_time": 0}
    with pytest.raises(telegram.error.BadRequest, match="Query is too old"):
        await callback.answer()


async def test_answer_inline_query_with_article(bot: telegram.Bot, client: LocalChatClient) -> None:
    query = await client.inline_query(USER, "arrests")
    (update,) = await bot.get_updates()
    inline = update.inline_query
    assert inline.query == "arrests" and inline.offset == "" and inline.from_user.id == USER
    result = InlineQueryResultArticle(
        id="fact-1",
        title="Arrests",
        input_message_content=InputTextMessageContent("<b>42</b> arrests", parse_mode="HTML"),
        description="How many were arrested",
    )
    assert await bot.answer_inline_query(inline.id, [result], cache_time=0, next_offset="10") is True
    answer = await client.inline_answer(query["inline_query_id"], timeout=1)
    assert answer["next_offset"] == "10"
    assert answer["results"][0]["id"] == "fact-1"
    assert answer["results"][0]["input_message_content"]["message_text"] == "<b>42</b> arrests"


async def test_send_chat_action(bot: telegram.Bot, client: LocalChatClient) -> None:
    await client.send_text(USER, "hi")
    assert await bot.send_chat_action(USER, ChatAction.TYPING) is True
    actions = await client.chat_actions(USER)
    assert [a["action"] for a in actions] == ["typing"]
    with pytest.raises(telegram.error.BadRequest, match="Wrong parameter action"):
        await bot.send_chat_action(USER, "dancing")


async def test_commands_per_scope_and_language(bot: telegram.Bot, client: LocalChatClient) -> None:
    private = [BotCommand("start", "Start"), BotCommand("help", "Help")]
    groups = [BotCommand("facts", "Key facts")]
    assert await bot.set_my_commands(private, scope=BotCommandScopeAllPrivateChats()) is True
    assert await bot.set_my_commands(groups, scope=BotCommandScopeAllGroupChats()) is True
    assert await bot.set_my_commands([BotCommand("start", "Početak")], language_code="hr") is True

    assert await bot.get_my_commands(scope=BotCommandScopeAllPrivateChats()) == tuple(private)
    assert await bot.get_my_commands(scope=BotCommandScopeAllGroupChats()) == tuple(groups)
    assert await bot.get_my_commands() == ()  # default scope, no language: nothing set
    assert (await bot.get_my_commands(language_code="hr"))[0].description == "Početak"

    # What a Telegram client would show follows the scope order.
    await client.send_text(USER, "hi")
    await client.send_text(USER, "/facts", chat_id=-100500, chat_type="supergroup")
    assert [c["command"] for c in await client.commands(USER)] == ["start", "help"]
    assert [c["command"] for c in await client.commands(-100500)] == ["facts"]

    assert await bot.delete_my_commands(scope=BotCommandScopeAllGroupChats()) is True
    assert await bot.get_my_commands(scope=BotCommandScopeAllGroupChats()) == ()
    assert await bot.get_my_commands(scope=BotCommandScopeAllPrivateChats()) == tuple(private)
    assert await client.commands(-100500) == []
    with pytest.raises(telegram.error.BadRequest, match="Bot_command_invalid"):
        await bot.set_my_commands([BotCommand("Bad Command", "x")])


async def test_descriptions_and_languages_for_the_user_side(
    bot: telegram.Bot, client: LocalChatClient
) -> None:
    """What the web chat's Language select and "What can this bot do?" card read."""
    assert await client.languages() == [{"code": "en", "name": "English"}]  # the bot set nothing yet
    assert (await client.description("de"))["description"] == ""
    await bot.set_my_description("I answer questions.")
    await bot.set_my_short_description("Answers.")
    await bot.set_my_description("Ich beantworte Fragen.", language_code="de")
    await bot.set_my_commands([BotCommand("start", "Démarrer")], language_code="fr")
    await bot.set_my_short_description("Одговори.", language_code="mk")
    assert await client.languages() == [
        {"code": "en", "name": "English"},
        {"code": "de", "name": "Deutsch"},
        {"code": "mk", "name": "Македонски"},
        {"code": "fr", "name": "Français"},
    ]

    german = await client.description("de")
    assert german["description"] == "Ich beantworte Fragen." and german["description_language"] == "de"
    assert german["short_description"] == "Answers." and german["short_description_language"] == ""
    assert (await client.description("de-AT"))["description"] == "Ich beantworte Fragen."  # an IETF tag
    for language in ("", "en", "it"):  # the default, for every language without its own
        described = await client.description(language)
        assert described["description"] == "I answer questions.", language
        assert described["description_language"] == ""
    macedonian = await client.description("mk")
    assert (macedonian["description"], macedonian["short_description"]) == (
        "I answer questions.",
        "Одговори.",
    )
    with pytest.raises(LocalApiError) as bad:
        await client.description("deutsch")
    assert bad.value.status == 400

    # An empty text removes a language's own description, as in Telegram; the page hears of each change.
    assert await bot.set_my_description("", language_code="de") is True
    assert await bot.get_my_description(language_code="de") == BotDescription("")
    assert (await client.description("de"))["description"] == "I answer questions."
    assert [c["code"] for c in await client.languages()] == ["en", "mk", "fr"]
    events = client.events(types=["description"], since=0)
    changes = [(await anext(events))["data"] for _ in range(5)]
    await events.aclose()
    assert changes[0] == {"language_code": "", "description": "I answer questions."}
    assert changes[-1] == {"language_code": "de", "description": ""}


async def test_webhook_info_set_and_delete(bot: telegram.Bot, client: LocalChatClient) -> None:
    info = await bot.get_webhook_info()
    assert info.url == "" and info.pending_update_count == 0

    await client.send_text(USER, "queued")
    assert await bot.set_webhook(
        "https://example.invalid/hook", secret_token="s3cret", allowed_updates=["message"], max_connections=5
    )
    info = await bot.get_webhook_info()
    assert info.url == "https://example.invalid/hook"
    assert info.max_connections == 5
    assert info.allowed_updates == ("message",)
    assert info.has_custom_certificate is False
    with pytest.raises(Conflict, match="webhook is active"):
        await bot.get_updates()

    assert await bot.delete_webhook(drop_pending_updates=True) is True
    info = await bot.get_webhook_info()
    assert info.url == "" and info.pending_update_count == 0
    assert await bot.get_updates() == ()


async def test_delete_message(bot: telegram.Bot, client: LocalChatClient) -> None:
    await client.send_text(USER, "hi")
    sent = await bot.send_message(USER, "temporary")
    assert await bot.delete_message(USER, sent.message_id) is True
    assert [m["text"] for m in await client.messages(USER)] == ["hi"]
    with pytest.raises(telegram.error.BadRequest, match="Message to delete not found"):
        await bot.delete_message(USER, sent.message_id)


async def test_close_and_log_out(bot: telegram.Bot, client: LocalChatClient) -> None:
    assert await bot.close() is True
    assert await bot.log_out() is True
    info = await client.bot_info()
    assert info["closed_count"] == 1 and info["logged_out"] is True
