"""Through the real bot: many distinct chats leave the per-chat state at its cap, and PTB's
chat_data / user_data (never evicted) stay empty. tests/test_bounded_state.py has the 100,000."""

from __future__ import annotations

from bot_helpers import ask
from telegram.ext import Application

from jadbot.conversations import MemoryConversations
from jadbot.localapi import LocalChatClient
from jadbot.telegram.flood import FloodGuard
from jadbot.telegram.services import MemorySources, Services

CHATS = 40
CAP = 10


async def test_many_chats_keep_per_chat_state_at_its_cap(
    bot: Application, client: LocalChatClient, services: Services
) -> None:
    services.last_sources = MemorySources(CAP)
    services.flood = FloodGuard(rate=100.0, burst=100, max_users=CAP)
    services.conversations = MemoryConversations(CAP)
    for user in range(5000, 5000 + CHATS):
        assert "626" in (await ask(client, user, "how much coke"))["text"]
    assert len(services.last_sources) == CAP and len(services.flood._buckets) == CAP
    assert len(services.conversations) == CAP
    assert not bot.chat_data and not bot.user_data  # nothing kept per chat outside the caps
    recent = await ask(client, 5000 + CHATS - 1, "/source")
    assert "My last answer rests on" in recent["text"]
    forgotten = await ask(client, 5000, "/source")
    assert "Ask a question first" in forgotten["text"]
