"""End to end in private chats: the real Application polling the local Bot API server."""

from __future__ import annotations

import json
import logging
import re

import pytest
from bot_helpers import ask, buttons, silent
from telegram import BotCommandScopeAllPrivateChats
from telegram.ext import Application

from jadbot.engine import Engine
from jadbot.localapi import LocalChatClient
from jadbot.telegram.flood import FloodGuard
from jadbot.telegram.services import Services

USER = 1001


async def test_start_greets_with_example_buttons_and_sets_menus(
    bot: Application, client: LocalChatClient, engine: Engine
) -> None:
    reply = await ask(client, USER, "/start")
    assert reply["text"].startswith("Hello!") and reply["parse_mode"] == "HTML"
    assert [b["callback_data"] for b in buttons(reply)] == [s.intent for s in engine.featured()[:6]]
    assert all(b["text"].endswith("?") for b in buttons(reply))
    private = [c["command"] for c in await client.commands(USER)]
    assert private == ["start", "topics", "source", "language", "help"]
    await client.create_chat(-500, "group")
    assert "ask" in [c["command"] for c in await client.commands(-500)]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how much coke", "626"),
        ("how mcuh cocain was seizd", "626"),  # typos
        ("<b>how much coke</b> & <i>", "626"),  # user markup is neither rendered nor an error
        ("how many officers and how many arrests", "22,400"),  # compound: both parts answered
    ],
)
async def test_questions(bot: Application, client: LocalChatClient, question: str, expected: str) -> None:
    reply = await ask(client, USER, question)
    assert expected in reply["text"]
    assert await client.chat_actions(USER) == []  # one API call per answer: no typing indicator
    if "arrests" in question:
        assert "does not say" in reply["text"]


async def test_yes_no_country_question(bot: Application, client: LocalChatClient) -> None:
    reply = await ask(client, USER, "did Greece take part")
    assert reply["text"].startswith("Yes")


async def test_related_buttons_after_an_answer(
    bot: Application, client: LocalChatClient, engine: Engine
) -> None:
    reply = await ask(client, USER, "how much coke")
    related = engine.answer("how much coke").related
    assert [b["callback_data"] for b in buttons(reply)] == [s.intent for s in related]


async def test_pressing_a_suggestion_answers_the_query_and_the_topic(
    bot: Application, client: LocalChatClient, engine: Engine
) -> None:
    reply = await ask(client, USER, "blorp the zindle")
    assert reply["text"].startswith("Sorry")
    choice = buttons(reply)[0]
    query = await client.press(USER, USER, reply["message_id"], data=choice["callback_data"])
    assert await client.callback_answer(query["callback_query_id"]) is not None
    (answer,) = await client.wait_bot_messages(USER, 1, after=reply["message_id"])
    assert answer["text"] == engine.answer_intent(choice["callback_data"]).text


async def test_source_quotes_the_statement_behind_the_last_answer(
    bot: Application, client: LocalChatClient
) -> None:
    first = await ask(client, USER, "/source")
    assert "Europol" in first["text"] and "Ask a question first" in first["text"]
    await ask(client, USER, "how much coke")
    reply = await ask(client, USER, "/source")
    assert "Europol" in reply["text"] and "626 kilos of cocaine" in reply["text"]


async def test_topics_keyboard_subjects_then_topics(
    bot: Application, client: LocalChatClient, engine: Engine
) -> None:
    """/topics fits a phone: a few subjects; each opens its topics in the same message (with a
    way back), and together they list every topic exactly once."""
    reply = await ask(client, USER, "/topics")
    menu = reply["message_id"]
    subjects = buttons(reply)
    assert 3 <= len(subjects) <= 8 and all(b["callback_data"].startswith("topics:") for b in subjects)
    listed: list[str] = []
    for index, subject in enumerate(subjects):
        await client.press(USER, USER, menu, data=subject["callback_data"])
        opened = await client.message(USER, menu, edits=2 * index + 1, timeout=5)
        assert subject["text"] in opened["text"]
        *topics, back = buttons(opened)
        assert 1 <= len(topics) <= 14, (subject["text"], len(topics))
        listed += [b["callback_data"] for b in topics]
        await client.press(USER, USER, menu, data=back["callback_data"])
        closed = await client.message(USER, menu, edits=2 * index + 2, timeout=5)
        assert buttons(closed) == subjects
    assert sorted(listed) == sorted(s.intent for s in engine.topics())
    await client.press(USER, USER, menu, data="topics:seizures")
    await client.message(USER, menu, edits=2 * len(subjects) + 1, timeout=5)
    await client.press(USER, USER, menu, data="cocaine")  # a topic button answers as before
    (answer,) = await client.wait_bot_messages(USER, 1, after=menu)
    assert "626" in answer["text"]


async def test_descriptions_and_menus_are_set_in_every_language(bot: Application, engine: Engine) -> None:
    """The "What can this bot do?" card, the profile line and the command menu come from
    setMyDescription, setMyShortDescription and setMyCommands at start-up, once per language the
    bot speaks, read back from the server as Telegram shows them to a user of that language."""
    assert len(engine.speaks()) >= 1
    for code in engine.speaks():
        language = None if code == "en" else code
        description = (await bot.bot.get_my_description(language_code=language)).description
        short = (await bot.bot.get_my_short_description(language_code=language)).short_description
        assert description == engine.text("description", code) and 0 < len(description) <= 512
        assert short == engine.text("short_description", code) and 0 < len(short) <= 120
        assert not re.search(r"\d", description + short)  # no typed-in figure
        commands = await bot.bot.get_my_commands(
            scope=BotCommandScopeAllPrivateChats(), language_code=language
        )
        assert [c.command for c in commands] == ["start", "topics", "source", "language", "help"]
        assert commands[0].description == engine.text("commands", code)["start"]


async def test_help_and_unknown_command(bot: Application, client: LocalChatClient) -> None:
    assert "/topics" in (await ask(client, USER, "/help"))["text"]
    assert "/help" in (await ask(client, USER, "/frobnicate"))["text"]


async def test_inline_query(bot: Application, client: LocalChatClient, engine: Engine) -> None:
    query = await client.inline_query(USER, "cocaine")
    answer = await client.inline_answer(query["inline_query_id"])
    assert answer is not None
    first = answer["results"][0]
    assert first["title"] == engine.intents.intents["cocaine"].title
    assert "626" in first["input_message_content"]["message_text"]
    assert first["input_message_content"]["parse_mode"] == "HTML"
    empty = await client.inline_answer((await client.inline_query(USER, ""))["inline_query_id"])
    assert [r["title"] for r in empty["results"]] == [
        s.title for s in engine.featured()[: len(empty["results"])]
    ]


@pytest.mark.parametrize("kind", ["sticker", "photo", "voice", "location"])
async def test_non_text_gets_a_short_hint(bot: Application, client: LocalChatClient, kind: str) -> None:
    media = {"location": {"latitude": 41.99, "longitude": 21.43}, "voice": {"duration": 2}}
    await client.send(USER, **{kind: media.get(kind, True if kind == "photo" else "👍")})
    (reply,) = await client.wait_bot_messages(USER, 1)
    assert "only read text" in reply["text"]


async def test_edits_and_channel_posts_are_ignored_quietly(
    bot: Application, client: LocalChatClient, caplog: pytest.LogCaptureFixture
) -> None:
    sent = await client.send_text(USER, "hello there")
    (greeting,) = await client.wait_bot_messages(USER, 1)
    edited = await client.edit_text(USER, USER, sent["message_id"], "how much coke")
    assert edited["update_id"] is not None
    post = await client.channel_post(-100777, "how much coke")
    await ask(client, USER, "thanks")
    assert await silent(bot, client, USER, edited, post, count=3, after=greeting["message_id"] - 1)
    assert not (await client.messages(-100777, sender="bot"))
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


async def test_one_user_flooding_does_not_starve_another(
    bot: Application, client: LocalChatClient, services: Services
) -> None:
    services.flood = FloodGuard(rate=0.001, burst=3)
    flood = [await client.send_text(USER, "how much coke") for _ in range(8)]
    reply = await ask(client, 2002, "how many officers took part")
    assert "22,400" in reply["text"]
    texts = [m["text"] for m in await client.wait_bot_messages(USER, 4, after=0)]
    assert await silent(bot, client, USER, *flood, count=5, after=0)
    assert sum("626" in t for t in texts) == 3
    assert sum("faster than I can answer" in t for t in texts) == 1


async def test_an_error_is_logged_and_the_bot_keeps_running(
    bot: Application, client: LocalChatClient, caplog: pytest.LogCaptureFixture
) -> None:
    await client.add_fault("error", "sendMessage")
    await client.send_text(USER, "how much coke")
    await client.wait_calls("sendMessage", count=2)  # the failed answer, then its retry
    assert any(r.levelno == logging.ERROR and "update" in r.getMessage() for r in caplog.records)
    assert "626" in (await ask(client, USER, "how much coke"))["text"]


async def test_misses_are_logged_without_user_data(
    bot: Application, client: LocalChatClient, services: Services
) -> None:
    await ask(client, USER, "blorp the zindle")
    await ask(client, USER, "how much coke")
    (line,) = services.misses.path.read_text().splitlines()
    entry = json.loads(line)
    assert entry["text"] == "blorp the zindle"
    assert set(entry) == {"time", "text", "answered", "score", "matched", "guesses"}


async def test_languages_over_the_bot_api(bot: Application, client: LocalChatClient, engine: Engine) -> None:
    """A German user gets German from the first message, short follow-ups stay German, /language
    fixes the chat's language and a pressed topic answers in it."""
    if "de" not in engine.speaks() or "fr" not in engine.speaks():
        pytest.skip("German and French are not shipped")
    german = 1101
    await client.set_user(german, language_code="de")
    start = await ask(client, german, "/start")
    assert start["text"] == re.sub(r"<[^>]+>", "", engine.text("start", "de", title=engine.store.title))
    reply = await ask(client, german, "Wie viele Waffen wurden beschlagnahmt?")
    assert "310" in reply["text"] and engine.answer(reply["text"]).language == "de"
    assert "20.000" in (await ask(client, german, "und Munition?"))["text"]
    assert (await ask(client, german, "/language"))["text"].startswith(
        engine.text("language_current", "de", language="Deutsch", choices="")[:12]
    )
    assert (await ask(client, german, "/language fr"))["text"] == engine.text(
        "language_set", "fr", language=engine.language_name("fr")
    )
    vehicles = await ask(client, german, "how many vehicles were checked?")
    assert "67 277" in vehicles["text"].replace("\u202f", " ")  # French, though asked in English
    assert (await ask(client, german, "/language klingon"))["text"].startswith(
        engine.text("language_unknown", "fr", choices="")[:10]
    )
