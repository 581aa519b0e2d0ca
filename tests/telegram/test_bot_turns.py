"""Answers take turns with the event loop's other work (handlers._computed): sixty answers computed
back to back held up sends the rate limiter had already let through, which then reached the API
bunched. The pacing itself, through the real process, is tests/hardening's."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

from jadbot.telegram.handlers import _computed
from jadbot.telegram.services import KEY


async def test_a_send_ready_between_answers_goes_before_the_next_answer() -> None:
    context = SimpleNamespace(bot_data={KEY: SimpleNamespace(answering=asyncio.Lock())})
    order: list[str] = []

    def answer(i: int) -> int:
        order.append(f"answer {i}")
        return i

    async def send() -> None:
        order.append("send")

    answers = [asyncio.create_task(_computed(context, answer, i)) for i in range(3)]  # type: ignore[arg-type]
    sending = asyncio.create_task(send())  # ready as soon as the first answer is computed
    assert await asyncio.gather(*answers) == [0, 1, 2]
    await sending
    assert order == ["answer 0", "send", "answer 1", "answer 2"]
