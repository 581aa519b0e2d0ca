"""The web chat's server side without a browser: what it serves, what it refuses, what it forwards."""

from __future__ import annotations

import re

import aiohttp
import pytest
from webchat_stack import TOKEN, Stack

from jadbot.engine import Engine
from jadbot.localapi import LocalChatClient
from jadbot.webchat import CSP, STATIC_DIR

session_loop = pytest.mark.asyncio(loop_scope="session")  # the loop the `stack` fixture runs on


def test_assets_fetch_nothing_from_elsewhere_and_never_parse_text_as_html() -> None:
    names = {p.name for p in STATIC_DIR.iterdir()}
    assert names == {"index.html", "chat.css", "chat.js"}
    for path in STATIC_DIR.iterdir():
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"https?://\w", text), f"{path.name} refers to another site"
        assert "@import" not in text and "url(" not in text
    script = (STATIC_DIR / "chat.js").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in script, f"chat.js uses {sink}"


@session_loop
async def test_page_assets_and_headers(stack: Stack) -> None:
    async with aiohttp.ClientSession() as session:
        async with session.get(stack.url) as response:
            assert response.status == 200
            assert "text/html" in response.headers["Content-Type"]
            assert response.headers["Content-Security-Policy"] == CSP
            assert 'src="/static/chat.js"' in await response.text()
        for asset, kind in (("chat.js", "javascript"), ("chat.css", "text/css")):
            async with session.get(f"{stack.url}/static/{asset}") as response:
                assert response.status == 200 and kind in response.headers["Content-Type"]


@session_loop
async def test_only_the_user_side_is_exposed_and_forgery_is_refused(stack: Stack) -> None:
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{stack.url}/bot{TOKEN}/getMe") as response:
            assert response.status == 404  # the bot side (and its token) stays on the local server
        async with session.post(f"{stack.url}/_local/reset", data="{}") as response:
            assert response.status == 415  # not JSON: what a cross-site form could send
        async with session.get(f"{stack.url}/_local/bot", headers={"Host": "evil.example:80"}) as response:
            assert response.status == 403  # DNS rebinding
        async with session.get(f"{stack.url}/static/../__init__.py") as response:
            assert response.status == 404


@session_loop
async def test_the_user_side_through_the_page_server_reaches_the_bot(stack: Stack) -> None:
    async with LocalChatClient(stack.url) as client:
        await client.send_text(7, "how much cocaine")
        (reply,) = await client.wait_bot_messages(7)
        assert "626" in reply["text"]
        events = client.events(chat_id=7, types=["message"], since=0)  # replays, as on reconnect
        asked, answered = await anext(events), await anext(events)
        await events.aclose()
    assert asked["data"]["text"] == "how much cocaine"
    assert answered["data"]["message_id"] == reply["message_id"]


@session_loop
async def test_a_follow_up_through_the_page_server_keeps_the_thread(stack: Stack) -> None:
    """The web chat is a private chat with the real bot, so it keeps its context like one."""
    async with LocalChatClient(stack.url) as client:
        for question, expected in (
            ("how much cocaine was seized?", "626 kg"),
            ("and cannabis?", "300 kg"),
            ("what is the total of the two?", "926 kg together"),
        ):
            await client.send_text(8, question)
            (reply,) = await client.wait_bot_messages(8)
            assert expected in reply["text"], (question, reply["text"])


@session_loop
async def test_the_language_select_and_description_card_read_what_the_bot_set(
    stack: Stack, engine: Engine
) -> None:
    """Every language the bot speaks, by the name its file gives, each with its own description."""
    async with LocalChatClient(stack.url) as client:
        languages = await client.languages()
        assert [language["code"] for language in languages] == engine.speaks()
        assert languages[0] == {"code": "en", "name": "English"}
        for language in languages[1:]:
            assert language["name"] == engine.languages.get(language["code"]).name
            described = await client.description(language["code"])
            assert described["description"] == engine.text("description", language["code"])
            assert described["description_language"] == language["code"]
        english = await client.description("en")
        assert english["description"] == engine.text("description", "en")
        assert english["short_description"] == engine.text("short_description", "en")
