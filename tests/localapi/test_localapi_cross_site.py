"""The local Bot API server refuses what a web page the developer visits could forge, with the
same checks as the web chat (jadbot/localapi/guard.py). Before the fix, each request below
succeeded: a page could post messages, reset the state, inject faults and, by DNS rebinding,
read every chat."""

from __future__ import annotations

import aiohttp
import pytest
import telegram

from jadbot.localapi import LocalBotApi, LocalChatClient
from jadbot.webchat import start_web_chat
from jadbot.webchat.__main__ import main as webchat_main

EVIL = "http://evil.example"


async def test_forged_requests_are_refused(server: LocalBotApi, bot: telegram.Bot, token: str) -> None:
    root = server.root_url
    async with aiohttp.ClientSession() as http:
        # a cross-site <form> posts url-encoded or text/plain: not JSON
        async with http.post(f"{root}/_local/messages", data={"user_id": "1", "text": "hi"}) as r:
            assert r.status == 415
        async with http.post(
            f"{root}/_local/faults", data='{"kind": "error"}', headers={"Content-Type": "text/plain"}
        ) as r:
            assert r.status == 415
        # a fetch() from another site carries its Origin, JSON or not
        for path, body in (("/_local/reset", {}), ("/_local/messages", {"user_id": 1, "text": "hi"})):
            async with http.post(f"{root}{path}", json=body, headers={"Origin": EVIL}) as r:
                assert r.status == 403, path
        async with http.post(
            f"{root}/bot{token}/sendMessage", data={"chat_id": 1, "text": "x"}, headers={"Origin": EVIL}
        ) as r:
            assert r.status == 403  # the bot side too, should the page know the local token
        async with http.get(f"{root}/_local/chats", headers={"Origin": "null"}) as r:
            assert r.status == 403  # sandboxed iframes and file:// pages send "null"
        # DNS rebinding: the page's own name, resolving to 127.0.0.1
        async with http.get(f"{root}/_local/chats", headers={"Host": "evil.example:8081"}) as r:
            assert r.status == 403
        async with http.get(f"{root}/bot{token}/getUpdates", headers={"Host": "evil.example"}) as r:
            assert r.status == 403
    assert not server.state.chats  # nothing got through
    # what the bot, the user-side client and the page itself send still passes
    assert (await bot.get_me()).username
    async with LocalChatClient(root) as client:
        await client.send_text(5, "hello")
        await client.reset()
    async with aiohttp.ClientSession() as http:
        host = root.split("//", 1)[1]
        async with http.get(f"{root}/_local/chats", headers={"Origin": f"http://{host}"}) as r:
            assert r.status == 200


async def test_web_chat_refuses_to_listen_beyond_loopback(
    server: LocalBotApi, capsys: pytest.CaptureFixture[str]
) -> None:
    """No authentication on the page, so no --host 0.0.0.0: refused, loudly, before loading."""
    with pytest.raises(ValueError, match=r"refusing to serve the web test chat on 0\.0\.0\.0"):
        await start_web_chat(server, "0.0.0.0", 0)
    assert webchat_main(["--host", "0.0.0.0", "--port", "0"]) == 2
    assert "no authentication" in capsys.readouterr().err
