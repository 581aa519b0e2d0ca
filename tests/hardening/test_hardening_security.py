"""Security: the token stays secret, user text cannot inject markup, long messages are refused
politely, and one flooding user neither gets through nor slows the others down.

Covered elsewhere, not repeated here: webhook requests without the secret get 403
(tests/telegram/test_bot_webhook.py::test_requests_without_the_right_secret_are_refused), admin
commands refuse non-admins (tests/telegram/test_bot_reload.py::test_a_stranger_cannot_reload),
the per-user token bucket itself (tests/telegram/test_bot_flood.py). Every test in this folder
also checks its DEBUG log records for the token (conftest.token_never_logged).
"""

from __future__ import annotations

import asyncio
import json
import socket
import time
import traceback
from collections.abc import Callable
from pathlib import Path

import telegram
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from telegram.error import InvalidToken, NetworkError, TelegramError, TimedOut
from telegram.ext import Application
from telegram.request import HTTPXRequest

from jadbot.engine import Answer
from jadbot.localapi import LocalBotApi, LocalChatClient
from jadbot.localapi.errors import ApiError
from jadbot.localapi.formatting import format_text
from jadbot.settings import load_settings
from jadbot.telegram.app import build_application
from jadbot.telegram.flood import FloodGuard
from jadbot.telegram.render import answer_replies
from jadbot.telegram.run import running
from jadbot.telegram.services import Services
from tests.hardening.hardening_support import (
    Crowd,
    bot_process,
    check_chats,
    percentile,
    question,
    token_leaks,
)
from tests.telegram.bot_helpers import TOKEN, ask, buttons


def engine_text(key: str) -> str:
    """One of the chat's own texts, in English, from intents.yaml."""
    import yaml

    return yaml.safe_load((Path(__file__).parents[2] / "intents.yaml").read_text(encoding="utf-8"))["texts"][
        key
    ]


OTHER_TOKEN = "987654321:AAHsomebody-elses-token_abcdefghijk"


def exception_texts(exc: BaseException) -> list[str]:
    return [str(exc), repr(exc), "".join(traceback.format_exception(exc))]


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# ---------------------------------------------------------------- the token


async def test_exceptions_never_carry_the_token(server: LocalBotApi) -> None:
    """str, repr and the whole formatted chain (httpx causes included) of what PTB raises when
    the API is unreachable, refuses the token, times out, fails or drops the connection."""
    caught: list[TelegramError] = []
    try:  # `async with` initialises the bot (getMe) and shuts it down again when that fails
        async with telegram.Bot(TOKEN, base_url=f"http://127.0.0.1:{closed_port()}/bot"):
            pass
    except NetworkError as exc:
        caught.append(exc)
    async with LocalBotApi(OTHER_TOKEN) as elsewhere:
        try:
            async with telegram.Bot(TOKEN, base_url=elsewhere.bot_base_url):
                pass
        except InvalidToken as exc:
            rejected = exc
        async with HTTPXRequest() as request:  # a 401 after start-up
            try:
                await telegram.Bot(TOKEN, base_url=elsewhere.bot_base_url, request=request).get_me()
            except InvalidToken as exc:
                caught.append(exc)
    async with telegram.Bot(TOKEN, base_url=server.bot_base_url) as bot:
        server.add_fault("delay", "getMe", delay=1.0)
        try:
            await bot.get_me(read_timeout=0.2)
        except TimedOut as exc:
            caught.append(exc)
        for kind in ("error", "drop"):
            server.add_fault(kind, "getMe")
            try:
                await bot.get_me()
            except NetworkError as exc:
                caught.append(exc)
        # PTB's own repr(Bot) is "Bot[token=...]" (and repr(Application) embeds it): nothing of
        # ours logs or shows it, which token_never_logged checks for every test at DEBUG.
        assert token_leaks(repr(bot))
    assert [type(e) for e in caught] == [NetworkError, InvalidToken, TimedOut, NetworkError, NetworkError]
    leaks = [text for exc in caught for text in exception_texts(exc) if token_leaks(text)]
    assert leaks == []
    # The one exception that does carry it: PTB's start-up InvalidToken ("The token `...` was
    # rejected by the server."). `jadbot run` prints its own line instead (next test), and the
    # log Redactor drops such exception details (tests/telegram/test_bot_secrets.py).
    assert token_leaks(str(rejected))


async def test_run_with_a_bad_token_or_no_api_exits_without_showing_it(tmp_path: Path) -> None:
    """`jadbot run` (DEBUG logs) refused by the API, and with the API unreachable."""
    async with LocalBotApi(OTHER_TOKEN) as elsewhere:
        unreachable = f"http://127.0.0.1:{closed_port()}"
        async with (
            bot_process(elsewhere, tmp_path, ready=False, JADBOT_LOG_LEVEL="DEBUG") as refused,
            bot_process(
                elsewhere, tmp_path, ready=False, JADBOT_LOG_LEVEL="DEBUG", TELEGRAM_API_BASE_URL=unreachable
            ) as offline,
        ):
            codes = await asyncio.wait_for(
                asyncio.gather(refused.process.wait(), offline.process.wait()), timeout=20
            )
    assert codes == [2, 1]
    assert "Telegram rejected TELEGRAM_BOT_TOKEN" in refused.log_text()
    assert "Telegram API error" in offline.log_text()
    for bot in (refused, offline):
        assert not token_leaks(bot.log_text()), bot.log_text()[-2000:]
        assert "Traceback" not in bot.log_text()


async def test_no_reply_shows_the_token(
    bot: Application, server: LocalBotApi, client: LocalChatClient
) -> None:
    """/source and everything else the bot sends, as text, HTML and markup."""
    for text in ("/start", "/help", "/topics", "how much coke", "/source", "/reload", "blorp", "/nope"):
        await ask(client, 5, text)
    reply = await ask(client, 5, "how many weapons")
    await client.press(5, 5, reply["message_id"], data=buttons(reply)[0]["callback_data"])
    await client.wait_bot_messages(5, 1, after=reply["message_id"])
    source = await ask(client, 5, "/source")
    assert "Europol" in source["text"]
    await client.inline_answer((await client.inline_query(5, "weapons"))["inline_query_id"])
    sent = [json.dumps(c.params) for c in server.calls()]
    assert len(sent) > 20 and not any(token_leaks(s) for s in sent)


# ---------------------------------------------------------------- markup injection

INJECTIONS = (
    "<b>x</b>&<i>",
    "did Greece<b> take part",
    "was the <i>FBI</i> involved &amp; <a href='http://127.0.0.1/'>y</a>",
    "how much coke </code><pre>",
    "&lt;&gt;&amp; <tg-spoiler>s</tg-spoiler> <blockquote>q",
)


async def test_user_markup_is_never_interpreted(
    bot: Application, server: LocalBotApi, client: LocalChatClient
) -> None:
    """The bot never echoes raw user text (names it repeats come from the data), and whatever
    it sends is escaped: Telegram accepts every reply (no 400 "can't parse entities") and shows
    no formatting the user typed. Also through /ask in a group."""
    for number, text in enumerate(INJECTIONS):
        reply = await ask(client, 300 + number, text)
        assert reply["text"]
        assert not {e["type"] for e in reply["entities"]} & {
            "bold",
            "italic",
            "text_link",
            "code",
            "pre",
            "spoiler",
        }
    group = await ask(client, 310, f"/ask {INJECTIONS[0]}", chat_id=-1001, chat_type="supergroup")
    assert group["text"]
    rejected = [c for c in server.calls("sendMessage") if c.status != 200]
    assert rejected == []


def _answer(text: str) -> Answer:
    return Answer(question="q", text=text, intent=None, score=0.0, matched=True)


def _shown(text: str, parse_mode: str | None) -> tuple[str, list[object]]:
    """What a Telegram client would show for this message, or Telegram's refusal."""
    try:
        formatted = format_text(text, parse_mode)
    except ApiError as exc:
        return f"refused: {exc.description}", []
    return formatted.text, formatted.entities


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=300))
def test_any_answer_text_renders_literally(text: str) -> None:
    """Whatever text an answer holds (user words included), what Telegram shows after parsing the
    bot's HTML equals that text sent with no parse mode at all: no tag, entity or `&` acts."""
    (reply,) = answer_replies(_answer(text))
    assert _shown(reply.html, "HTML") == _shown(text, None)


# ---------------------------------------------------------------- length cap


async def test_long_messages_get_a_polite_refusal(bot: Application, client: LocalChatClient) -> None:
    """The engine's cap is 1,000 characters (intents.yaml matcher.max_chars); Telegram's own is 4,096."""
    at_cap = ("how much coke " * 80)[:1000]
    assert "626" in (await ask(client, 400, at_cap))["text"]
    for length in (1001, 4096):
        reply = await ask(client, 401, ("how much coke " * 400)[:length])
        assert reply["text"].startswith("That message is too long for me"), reply["text"]


# ---------------------------------------------------------------- one user flooding


async def test_one_flooding_user_does_not_delay_the_others(
    server: LocalBotApi,
    client: LocalChatClient,
    make_services: Callable[..., Services],
    figures: Callable[[str], None],
) -> None:
    """Production limits (JADBOT_FLOOD_RATE 0.5/s, JADBOT_FLOOD_BURST 8) and production pacing.
    User A sends messages as fast as the HTTP client can while 20 other users ask a question each,
    one every 0.1 s; their latency is compared with 20 users asking the same way, nobody flooding."""
    defaults = load_settings(None)
    services = make_services(flood=FloodGuard(defaults.flood_rate, defaults.flood_burst))
    app = build_application(services, TOKEN, server.bot_base_url)
    flooder = 500
    async with running(app), Crowd(server) as crowd:

        async def others(first: int) -> list[float]:
            """20 users, one question every 0.1 s: under the 30 requests/s pacing (2 per answer)."""
            latencies = []
            for n in range(20):
                began = time.monotonic()
                latencies.append(await crowd.ask(first + n, question(n, 0)[0]))
                await asyncio.sleep(max(0.0, 0.1 - (time.monotonic() - began)))
            return latencies

        alone = await others(600)
        done = asyncio.Event()
        sent = 0
        began = time.monotonic()

        async def flood() -> None:
            nonlocal sent
            while sent < 200 or not done.is_set():
                await client.send_text(flooder, "how much coke")
                sent += 1

        flooding = asyncio.create_task(flood())
        await asyncio.sleep(0.05)
        flooded = await others(700)
        done.set()
        await flooding
        seconds = time.monotonic() - began
        await asyncio.sleep(0.5)
    assert check_chats(server, [*range(600, 620), *range(700, 720)]) == []
    replies = [m.text for m in server.state.chats[flooder].messages.values() if m.sender == "bot"]
    assert replies[:9] == [replies[0]] * 8 + [engine_text("slow_down")] and "626" in replies[0]
    refills = int(defaults.flood_rate * seconds) + 1
    assert len(replies) <= 9 + 2 * refills, (len(replies), seconds)
    p95_alone, p95_flooded = percentile(alone, 95), percentile(flooded, 95)
    bound = 0.25  # seconds
    assert p95_flooded <= bound, (alone, flooded)
    answers = sum(1 for r in replies if "626" in r)
    figures(
        f"flood: user A sent {sent} messages in {seconds:.1f} s -> {answers} answers + {len(replies) - answers}"
        " slow-down warnings (burst 8, then one per 2 s), the rest dropped silently; 20 other users' answers"
        f" p95 {p95_alone * 1000:.0f} ms with no flood, {p95_flooded * 1000:.0f} ms during it"
        f" (bound {bound * 1000:.0f} ms)"
    )
