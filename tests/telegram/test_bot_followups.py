"""Follow-ups through the real bot and the local Bot API server, with each store: the in-process
one and Redis (a real redis-server). The third turn ("what is the total of the two?") has no
answer without the context, so a bot that forgets, or mixes up whose context is whose, fails."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator, Callable

import pytest
from bot_helpers import ask, buttons
from telegram.ext import Application

from jadbot.conversations import MemoryConversations
from jadbot.localapi import LocalChatClient
from jadbot.telegram.services import Services, shared_state
from jadbot.telegram.terminal import TerminalChat

GROUP = -1004321
ALICE, BOB = 21, 22
TOTAL = "what is the total of the two?"
PER_OFFICER = "how much is that per officer?"


@pytest.fixture(params=["memory", "redis"])
async def services(
    request: pytest.FixtureRequest, make_services: Callable[..., Services]
) -> AsyncIterator[Services]:
    """The bot fixture's services, with the in-process stores or everything in Redis."""
    if request.param == "memory":
        yield make_services()
        return
    server = request.getfixturevalue("redis_server")
    state = shared_state(server.url, flood_rate=100.0, flood_burst=100)
    made = make_services(
        flood=state.flood,
        last_sources=state.last_sources,
        conversations=state.conversations,
        redis=state.redis,
    )
    try:
        yield made
    finally:
        await made.close()


async def test_a_follow_up_uses_the_previous_question(bot: Application, client: LocalChatClient) -> None:
    assert "626 kg" in (await ask(client, 1001, "how much cocaine was seized?"))["text"]
    assert "300 kg" in (await ask(client, 1001, "and cannabis?"))["text"]
    assert "926 kg together" in (await ask(client, 1001, TOTAL))["text"]


async def test_two_private_chats_do_not_share_a_context(bot: Application, client: LocalChatClient) -> None:
    await ask(client, 1001, "how much cocaine was seized?")
    await ask(client, 1002, "how many weapons were seized?")
    mine, theirs = await ask(client, 1001, PER_OFFICER), await ask(client, 1002, PER_OFFICER)
    assert "626 kg of cocaine" in mine["text"] and "310" not in mine["text"]
    assert "310 pieces of various weapons" in theirs["text"] and "626" not in theirs["text"]
    fresh = await ask(client, 1003, PER_OFFICER)  # a chat that asked nothing yet
    assert "626" not in fresh["text"] and "310" not in fresh["text"]


async def test_two_users_interleaving_in_a_group_keep_their_own_threads(
    bot: Application, client: LocalChatClient
) -> None:
    async def group(user: int, text: str) -> str:
        return (await ask(client, user, f"/ask {text}", chat_id=GROUP, chat_type="supergroup"))["text"]

    await group(ALICE, "how much cocaine was seized?")
    await group(BOB, "how many weapons were seized?")
    await group(ALICE, "and cannabis?")
    bob = await group(BOB, PER_OFFICER)
    alice = await group(ALICE, TOTAL)
    assert "310 pieces of various weapons" in bob and "cannabis" not in bob
    assert "926 kg together" in alice
    # the group's other members, and the same users in private, start with nothing
    assert "310" not in (await ask(client, BOB, PER_OFFICER))["text"]


async def test_a_pressed_button_is_the_turn_it_stands_for(bot: Application, client: LocalChatClient) -> None:
    start = await ask(client, 1001, "/start")
    assert "drugs_total" in [b["callback_data"] for b in buttons(start)]
    await client.press(1001, 1001, start["message_id"], data="drugs_total")
    (pressed,) = await client.wait_bot_messages(1001, 1, after=start["message_id"])
    assert "ton of drugs" in pressed["text"]
    assert "1,000 kg of drugs for more than 22,400 officers" in (await ask(client, 1001, PER_OFFICER))["text"]


async def test_a_chosen_suggestion_is_the_turn_it_stands_for(
    bot: Application, client: LocalChatClient
) -> None:
    missed = await ask(client, 1001, "blorp the zindle")
    assert missed["text"].startswith("Sorry")
    choice = buttons(missed)[0]["callback_data"]
    await client.press(1001, 1001, missed["message_id"], data=choice)
    await client.wait_bot_messages(1001, 1, after=missed["message_id"])
    follow_up = await ask(client, 1001, "and in Serbia?")  # a figure was chosen: no per-country split
    without = await ask(client, 1002, "and in Serbia?")  # nothing chosen: did Serbia take part?
    assert follow_up["text"] != without["text"], (choice, follow_up["text"])
    assert "per-country" in follow_up["text"], (choice, follow_up["text"])


async def test_start_begins_afresh(bot: Application, client: LocalChatClient) -> None:
    await ask(client, 1001, "how much cocaine was seized?")
    await ask(client, 1001, "and cannabis?")
    await ask(client, 1001, "/start")
    assert "926" not in (await ask(client, 1001, TOTAL))["text"]


async def test_the_terminal_chat_goes_through_the_bot_and_keeps_the_thread(
    bot: Application, client: LocalChatClient
) -> None:
    out = io.StringIO()
    chat = TerminalChat(client, out, user_id=4242)
    await chat.step("how much cocaine was seized?")
    await chat.step("and cannabis?")
    (reply,) = await chat.step(TOTAL)
    assert "926 kg together" in reply["text"] and "926 kg together" in out.getvalue()


@pytest.mark.parametrize("services", ["memory"], indirect=True)
async def test_silence_expires_the_context(
    bot: Application, client: LocalChatClient, services: Services
) -> None:
    """15 minutes of silence, on a fake clock (in process; Redis' TTL: test_conversations_redis.py)."""
    now = [0.0]
    services.conversations = MemoryConversations(clock=lambda: now[0])
    await ask(client, 1001, "how much cocaine was seized?")
    now[0] += 14 * 60
    assert "626 kg of cocaine" in (await ask(client, 1001, PER_OFFICER))["text"]
    now[0] += 15 * 60 + 1
    assert "626" not in (await ask(client, 1001, PER_OFFICER))["text"]
