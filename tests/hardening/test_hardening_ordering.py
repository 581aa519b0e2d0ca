"""ChatOrderedUpdates (src/jadbot/telegram/ordering.py): one chat's updates run one after another,
in arrival order; chats run side by side; a failing update does not stall its chat; nothing is
kept once a chat is idle (the soak test watches the memory of the real process)."""

from __future__ import annotations

import asyncio

from telegram import Chat, Message, Update

from jadbot.telegram.ordering import ChatOrderedUpdates


def update(update_id: int, chat_id: int) -> Update:
    message = Message(update_id, None, Chat(chat_id, "private"), text="x")  # type: ignore[arg-type]
    return Update(update_id, message=message)


async def test_one_chat_in_order_chats_side_by_side_failures_contained() -> None:
    processor = ChatOrderedUpdates()
    log: list[tuple[str, int, int]] = []

    async def handle(chat: int, number: int, pause: float, fail: bool = False) -> None:
        log.append(("start", chat, number))
        await asyncio.sleep(pause)
        log.append(("end", chat, number))
        if fail:
            raise RuntimeError("handler bug")

    work = [  # (chat, pause, fails): updates 1, 2 and 4 in chat 1, the first slow and failing
        (1, 0.05, True),
        (1, 0.0, False),
        (2, 0.0, False),
        (1, 0.0, False),
    ]
    await asyncio.gather(
        *(
            processor.process_update(update(n, chat), handle(chat, n, pause, fail))
            for n, (chat, pause, fail) in enumerate(work, start=1)
        )
    )
    chat1 = [(kind, number) for kind, chat, number in log if chat == 1]
    assert chat1 == [("start", 1), ("end", 1), ("start", 2), ("end", 2), ("start", 4), ("end", 4)]
    assert log.index(("end", 2, 3)) < log.index(("end", 1, 1))  # chat 2 did not wait for chat 1
    assert processor._backlogs == {}
