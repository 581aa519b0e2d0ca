"""Errors come back as Telegram's, so PTB raises the same exceptions as in production."""

from __future__ import annotations

import aiohttp
import pytest
import telegram
from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, EndPointNotFound, Forbidden, InvalidToken

from jadbot.localapi import LocalBotApi, LocalChatClient

USER = 2002


@pytest.fixture
async def chat(client: LocalChatClient) -> int:
    await client.send_text(USER, "/start")
    return USER


async def test_empty_text(bot: telegram.Bot, chat: int) -> None:
    with pytest.raises(BadRequest, match="Message text is empty"):
        await bot.send_message(chat, "")
    with pytest.raises(BadRequest, match="Message text is empty"):
        await bot.send_message(chat, "  \n ")
    with pytest.raises(BadRequest, match="Message text is empty"):
        await bot.send_message(chat, "<b></b>", parse_mode="HTML")


async def test_too_long_is_measured_after_entity_parsing(bot: telegram.Bot, chat: int) -> None:
    with pytest.raises(BadRequest, match="Message is too long"):
        await bot.send_message(chat, "a" * 4097)
    assert len((await bot.send_message(chat, "a" * 4096)).text) == 4096
    html = "<b>" + "a" * 4096 + "</b>"
    assert len((await bot.send_message(chat, html, parse_mode="HTML")).text) == 4096


@pytest.mark.parametrize(
    ("html", "detail"),
    [
        ("<b>bold", 'can\'t find end tag corresponding to start tag "b"'),
        ("line<br>break", 'unsupported start tag "br" at byte offset 4'),
        ("<b>x</i>", 'unmatched end tag at byte offset 4, expected "</b>", found "</i>"'),
        ("1 < 2", 'unsupported start tag "" at byte offset 2'),
        ("x</b>", "unexpected end tag at byte offset 1"),
        ("<span>x</span>", 'tag "span" must have class "tg-spoiler" at byte offset 0'),
        ("<p>para</p>", 'unsupported start tag "p" at byte offset 0'),
    ],
)
async def test_invalid_html(bot: telegram.Bot, chat: int, html: str, detail: str) -> None:
    with pytest.raises(BadRequest) as error:
        await bot.send_message(chat, html, parse_mode="HTML")
    # PTB strips "Bad Request: " and capitalizes the rest of Telegram's description.
    assert error.value.message.lower() == f"can't parse entities: {detail}".lower()


async def test_all_supported_html_passes(bot: telegram.Bot, chat: int) -> None:
    html = (
        "<b>b</b><strong>s</strong><i>i</i><em>e</em><u>u</u><ins>n</ins><s>s</s><strike>k</strike>"
        '<del>d</del><a href="https://e.com">a</a><code>c</code><pre>p</pre>'
        '<pre><code class="language-python">x = 1</code></pre><tg-spoiler>t</tg-spoiler>'
        '<span class="tg-spoiler">q</span><blockquote>bq</blockquote> &lt;&gt;&amp;&quot; &#128512;'
    )
    sent = await bot.send_message(chat, html, parse_mode="HTML")
    assert sent.text.endswith('<>&" 😀')
    types = [e.type for e in sent.entities]
    assert types.count("bold") == 2 and types.count("strikethrough") == 3 and types.count("spoiler") == 2
    assert next(e for e in sent.entities if e.type == "pre" and e.language).language == "python"


async def test_markdown_v2_reserved_character(bot: telegram.Bot, chat: int) -> None:
    with pytest.raises(BadRequest) as error:
        await bot.send_message(chat, "Done.", parse_mode="MarkdownV2")
    assert "is reserved and must be escaped" in error.value.message
    sent = await bot.send_message(chat, "*Done*\\.", parse_mode="MarkdownV2")
    assert sent.text == "Done." and sent.entities[0].type == "bold"


async def test_callback_data_over_64_bytes(bot: telegram.Bot, chat: int) -> None:
    too_long = InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="é" * 33)]])
    with pytest.raises(BadRequest, match=r"(?i)button_data_invalid"):
        await bot.send_message(chat, "menu", reply_markup=too_long)
    ok = InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="d" * 64)]])
    assert (await bot.send_message(chat, "menu", reply_markup=ok)).reply_markup is not None


async def test_inline_text_button_rejected(bot: telegram.Bot, chat: int) -> None:
    with pytest.raises(BadRequest, match=r"(?i)text buttons are unallowed"):
        await bot.send_message(chat, "menu", reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton("x")]]))


async def test_edit_errors(bot: telegram.Bot, chat: int) -> None:
    with pytest.raises(BadRequest, match="Message to edit not found"):
        await bot.edit_message_text("new", chat_id=chat, message_id=999)
    with pytest.raises(BadRequest, match="Message can't be edited"):
        await bot.edit_message_text("new", chat_id=chat, message_id=1)  # the user's /start
    sent = await bot.send_message(chat, "<b>same</b>", parse_mode="HTML")
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_text(
            "<b>same</b>", chat_id=chat, message_id=sent.message_id, parse_mode="HTML"
        )
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_reply_markup(chat_id=chat, message_id=sent.message_id)
    # Same text, different formatting is a real change.
    edited = await bot.edit_message_text("same", chat_id=chat, message_id=sent.message_id)
    assert edited.entities == ()


async def test_chat_errors(bot: telegram.Bot, client: LocalChatClient, chat: int) -> None:
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.send_message(999999, "hello?")
    with pytest.raises(BadRequest, match="Message to be replied not found"):
        await bot.send_message(chat, "reply", reply_to_message_id=777)
    await client.block(chat)
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(chat, "are you there?")


async def test_unknown_method_is_404(bot: telegram.Bot, server: LocalBotApi, token: str) -> None:
    with pytest.raises(EndPointNotFound):
        await bot.do_api_request("sendTelepathy", api_kwargs={"chat_id": USER})
    async with (
        aiohttp.ClientSession() as session,
        session.post(f"{server.bot_base_url}{token}/sendTelepathy") as response,
    ):
        assert response.status == 404
        assert await response.json() == {"ok": False, "error_code": 404, "description": "Not Found"}


async def test_methods_are_case_insensitive(server: LocalBotApi, token: str) -> None:
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"{server.bot_base_url}{token}/GETME") as response,
    ):
        body = await response.json()
    assert response.status == 200 and body["result"]["username"] == "jadbot_local_bot"


async def test_json_body_is_accepted(server: LocalBotApi, client: LocalChatClient, token: str) -> None:
    await client.send_text(USER, "hi")
    payload = {
        "chat_id": USER,
        "text": "json",
        "reply_markup": {"inline_keyboard": [[{"text": "a", "callback_data": "a"}]]},
    }
    async with (
        aiohttp.ClientSession() as session,
        session.post(f"{server.bot_base_url}{token}/sendMessage", json=payload) as response,
    ):
        body = await response.json()
    assert body["ok"] is True
    assert body["result"]["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "a"


async def test_wrong_token(server: LocalBotApi) -> None:
    wrong = telegram.Bot("123456789:wrong-token", base_url=server.bot_base_url)
    try:
        with pytest.raises(InvalidToken):
            await wrong.initialize()
    finally:
        await wrong.shutdown()
    async with aiohttp.ClientSession() as session, session.get(f"{server.bot_base_url}0:x/getMe") as response:
        assert response.status == 401
        assert await response.json() == {"ok": False, "error_code": 401, "description": "Unauthorized"}
    assert server.calls() == []  # unauthenticated calls are not recorded
