"""The user side: messages of every kind, groups, edits, channels, events and waiting."""

from __future__ import annotations

import asyncio
import os
import sys
import time
import warnings
from typing import Any

import pytest
import telegram

from jadbot.localapi import LocalApiError, LocalBotApi, LocalChatClient

USER = 6006
GROUP = -100600


async def test_command_entities(bot: telegram.Bot, client: LocalChatClient) -> None:
    sent = await client.send_text(
        USER, "please /start@jadbot_local_bot and /help now, see https://e.com #ops"
    )
    entities = [(e["type"], e["offset"], e["length"]) for e in sent["entities"]]
    assert ("bot_command", 7, 23) in entities
    assert ("bot_command", 35, 5) in entities
    assert ("url", 50, 13) in entities and ("hashtag", 64, 4) in entities

    (update,) = await bot.get_updates()
    assert update.message.parse_entities([telegram.MessageEntity.BOT_COMMAND]) == {
        update.message.entities[0]: "/start@jadbot_local_bot",
        update.message.entities[1]: "/help",
    }


async def test_group_privacy_mode(bot: telegram.Bot, client: LocalChatClient) -> None:
    chatter = await client.send_text(USER, "just talking", chat_id=GROUP, chat_type="supergroup")
    other_bot = await client.send_text(USER, "/start@some_other_bot", chat_id=GROUP)
    command = await client.send_text(USER + 1, "/facts", chat_id=GROUP)
    assert chatter["update_id"] is None and chatter["delivered"] is False
    assert other_bot["update_id"] is None
    assert command["update_id"] is not None

    (update,) = await bot.get_updates()
    assert update.message.chat.type == "supergroup" and update.message.chat.id == GROUP
    assert update.message.chat.title
    reply = await bot.send_message(GROUP, "Here are the facts")
    # Replying to the bot reaches it even without a command.
    follow_up = await client.send_text(USER, "thanks!", chat_id=GROUP, reply_to_message_id=reply.message_id)
    (update,) = await bot.get_updates(offset=update.update_id + 1)
    assert update.update_id == follow_up["update_id"]
    assert update.message.reply_to_message.message_id == reply.message_id
    assert update.message.reply_to_message.from_user.is_bot

    history = await client.messages(GROUP)
    assert [m["sender"] for m in history] == ["user", "user", "user", "bot", "user"]


async def test_privacy_off_sees_everything(token: str) -> None:
    async with LocalBotApi(token, privacy_mode=False) as server, LocalChatClient(server.root_url) as client:
        sent = await client.send_text(USER, "just talking", chat_id=GROUP)
        assert sent["delivered"] is True
        assert server.state.bot.me_json()["can_read_all_group_messages"] is True


async def test_non_text_messages(bot: telegram.Bot, client: LocalChatClient) -> None:
    await client.send_sticker(USER, "🔥")
    await client.send_photo(USER, caption="evidence /start")
    await client.send_voice(USER, duration=7)
    await client.send_location(USER, 44.8, 20.46)
    sticker, photo, voice, location = (u.message for u in await bot.get_updates())
    assert sticker.sticker.emoji == "🔥" and sticker.sticker.type == "regular"
    assert photo.photo[-1].width == 1280 and photo.caption == "evidence /start"
    assert photo.caption_entities[0].type == "bot_command"
    assert dtm_seconds(voice.voice) == 7
    assert voice.voice.mime_type == "audio/ogg"
    assert (location.location.latitude, location.location.longitude) == (44.8, 20.46)
    kinds = [m["kind"] for m in await client.messages(USER)]
    assert kinds == ["sticker", "photo", "voice", "location"]


def dtm_seconds(voice: telegram.Voice) -> int:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        duration = voice.duration
    return int(duration.total_seconds()) if hasattr(duration, "total_seconds") else int(duration)


async def test_user_edits_a_message(bot: telegram.Bot, client: LocalChatClient) -> None:
    sent = await client.send_text(USER, "how many arests?")
    edited = await client.edit_text(USER, USER, sent["message_id"], "how many arrests?")
    assert edited["edits"][0]["text"] == "how many arests?"
    first, second = await bot.get_updates()
    assert first.message.text == "how many arests?"
    assert second.edited_message.text == "how many arrests?"
    assert second.edited_message.edit_date is not None
    assert second.edited_message.message_id == first.message.message_id
    with pytest.raises(LocalApiError, match="own messages"):
        await client.edit_text(USER + 1, USER, sent["message_id"], "hijack")


async def test_channel_post(bot: telegram.Bot, client: LocalChatClient) -> None:
    await client.channel_post(
        -100777, "New operation announced", title="Europol News", username="europol_news"
    )
    (update,) = await bot.get_updates()
    post = update.channel_post
    assert post.chat.type == "channel" and post.chat.title == "Europol News"
    assert post.sender_chat.id == -100777 and post.from_user is None
    sent = await bot.send_message("@europol_news", "noted")
    assert sent.chat.id == -100777


async def test_press_needs_an_existing_callback_button(bot: telegram.Bot, client: LocalChatClient) -> None:
    await client.send_text(USER, "hi")
    markup = telegram.InlineKeyboardMarkup(
        [[telegram.InlineKeyboardButton("Site", url="https://europol.europa.eu")]]
    )
    sent = await bot.send_message(USER, "links", reply_markup=markup)
    with pytest.raises(LocalApiError, match="no such inline button"):
        await client.press(USER, USER, sent.message_id, data="nope")
    with pytest.raises(LocalApiError, match="does not send a callback query"):
        await client.press(USER, USER, sent.message_id, text="Site")


async def test_unanswered_callback(bot: telegram.Bot, client: LocalChatClient) -> None:
    await client.send_text(USER, "hi")
    markup = telegram.InlineKeyboardMarkup([[telegram.InlineKeyboardButton("Go", callback_data="go")]])
    sent = await bot.send_message(USER, "menu", reply_markup=markup)
    query = await client.press(USER, USER, sent.message_id, data="go")
    started = time.monotonic()
    assert await client.callback_answer(query["callback_query_id"], timeout=0.3) is None
    assert 0.25 <= time.monotonic() - started < 2


async def test_wait_bot_messages_times_out(client: LocalChatClient) -> None:
    await client.send_text(USER, "anyone?")
    started = time.monotonic()
    with pytest.raises(TimeoutError, match="expected 1 bot message"):
        await client.wait_bot_messages(USER, 1, timeout=0.3)
    assert time.monotonic() - started < 2


async def test_wait_bot_messages_counts_several(bot: telegram.Bot, client: LocalChatClient) -> None:
    await client.send_text(USER, "tell me everything")

    async def answer() -> None:
        for part in ("part 1", "part 2", "part 3"):
            await bot.send_message(USER, part)

    waiting = asyncio.create_task(client.wait_bot_messages(USER, 3, timeout=5))
    await answer()
    assert [m["text"] for m in await waiting] == ["part 1", "part 2", "part 3"]


async def test_event_stream(bot: telegram.Bot, client: LocalChatClient) -> None:
    seen: list[dict[str, Any]] = []

    async def follow() -> None:
        types = ["message", "chat_action", "edited_message"]
        async for event in client.events(chat_id=USER, types=types, since=0):
            seen.append(event)
            if event["type"] == "edited_message":
                return

    # since=0 replays history, so nothing is missed while the stream connects.
    follower = asyncio.create_task(follow())
    await client.send_text(USER, "hello")
    await bot.send_chat_action(USER, "typing")
    sent = await bot.send_message(USER, "<i>hi</i>", parse_mode="HTML")
    await bot.edit_message_text("hi again", chat_id=USER, message_id=sent.message_id)
    await asyncio.wait_for(follower, 5)
    assert [e["type"] for e in seen] == ["message", "chat_action", "message", "edited_message"]
    assert seen[0]["data"]["sender"] == "user"
    assert seen[2]["data"]["html"] == "<i>hi</i>"
    assert seen[3]["data"]["text"] == "hi again"
    assert all(e["chat_id"] == USER for e in seen)


async def test_event_stream_replays_since(bot: telegram.Bot, client: LocalChatClient) -> None:
    await client.send_text(USER, "first")
    await client.send_text(USER, "second")
    texts = []
    async for event in client.events(types=["message"], since=0):
        texts.append(event["data"]["text"])
        if len(texts) == 2:
            break
    assert texts == ["first", "second"]


async def test_concurrent_users_and_chats(client: LocalChatClient, server: LocalBotApi) -> None:
    sends = [client.send_text(user, f"msg {user}") for user in range(7000, 7020)]
    sends += [
        client.send_text(7000 + i, f"/cmd {i}", chat_id=-7000 - i % 3, chat_type="group") for i in range(9)
    ]
    results = await asyncio.gather(*sends)
    update_ids = [r["update_id"] for r in results]
    assert len(set(update_ids)) == len(update_ids) == 29
    chats = {c["id"]: c for c in await client.chats()}
    assert len(chats) == 23
    assert chats[-7000]["message_count"] == 3 and chats[-7000]["type"] == "group"
    assert len(server.state.pending()) == 29


async def test_block_and_restart(bot: telegram.Bot, client: LocalChatClient) -> None:
    await client.send_text(USER, "/start")
    await client.block(USER)
    with pytest.raises(telegram.error.Forbidden, match="bot was blocked by the user"):
        await bot.send_message(USER, "hello?")
    await client.send_text(USER, "/start")  # writing again unblocks, like "Restart"
    assert (await bot.send_message(USER, "welcome back")).text == "welcome back"
    kinds = [
        (u.my_chat_member.new_chat_member.status if u.my_chat_member else u.message.text)
        for u in await bot.get_updates()
    ]
    assert kinds == ["/start", "kicked", "member", "/start"]


async def test_reply_keyboards_are_kept_per_chat(bot: telegram.Bot, client: LocalChatClient) -> None:
    await client.send_text(USER, "hi")
    keyboard = telegram.ReplyKeyboardMarkup([["Facts", "Help"]], resize_keyboard=True)
    sent = await bot.send_message(USER, "choose", reply_markup=keyboard)
    assert sent.reply_markup is None  # Telegram only echoes inline keyboards
    (chat,) = await client.chats()
    assert chat["reply_keyboard"]["keyboard"] == [[{"text": "Facts"}, {"text": "Help"}]]
    await bot.send_message(USER, "ok", reply_markup=telegram.ReplyKeyboardRemove())
    (chat,) = await client.chats()
    assert chat["reply_keyboard"] is None
    assert (await client.messages(USER, sender="bot"))[1]["keyboard"] == {"remove_keyboard": True}


async def test_reset(client: LocalChatClient, server: LocalBotApi) -> None:
    await client.send_text(USER, "hi")
    await client.reset()
    assert await client.chats() == []
    assert server.state.pending() == []


async def test_standalone_module_prints_root_url(token: str) -> None:
    env = {**os.environ, "JADBOT_LOCAL_TOKEN": token}
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "jadbot.localapi",
        "--port",
        "0",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env=env,
    )
    try:
        line = await asyncio.wait_for(process.stdout.readline(), 10)
        root = line.decode().strip()
        assert root.startswith("http://127.0.0.1:")
        async with LocalChatClient(root) as client:
            assert (await client.bot_info())["bot"]["username"] == "jadbot_local_bot"
            await client.send_text(USER, "standalone")
        async with telegram.Bot(token, base_url=f"{root}/bot") as bot:
            (update,) = await bot.get_updates()
            assert update.message.text == "standalone"
    finally:
        process.terminate()
        _, stderr = await asyncio.wait_for(process.communicate(), 10)
    assert token not in stderr.decode() and token not in root
