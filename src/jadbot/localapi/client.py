"""An async client for the ``/_local/`` user-side endpoints, for tests and the terminal chat.

It talks HTTP, so it works the same against an in-process :class:`LocalBotApi` and against
one started with ``python -m jadbot.localapi``.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from types import TracebackType
from typing import Any

import aiohttp


class LocalApiError(RuntimeError):
    """The local server refused a user-side request (``status`` and its ``error`` text)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(f"{status}: {message}")
        self.status = status
        self.message = message


class LocalChatClient:
    """Plays Telegram users against a local Bot API server.

    ``wait_bot_messages`` defaults ``after`` to the last message this client sent into that
    chat, so "send, then wait for the answer" needs no bookkeeping.
    """

    def __init__(self, root_url: str, session: aiohttp.ClientSession | None = None) -> None:
        self.root_url = root_url.rstrip("/")
        self._session = session
        self._own_session = session is None
        self._last_sent: dict[int, int] = {}

    async def __aenter__(self) -> LocalChatClient:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def close(self) -> None:
        if self._own_session and self._session is not None:
            await self._session.close()
        self._session = None

    @property
    def session(self) -> aiohttp.ClientSession:
        if self._session is None:
            self._session = aiohttp.ClientSession()
            self._own_session = True
        return self._session

    async def _request(
        self, verb: str, path: str, body: dict[str, Any] | None = None, /, *, wait: float = 0.0, **query: Any
    ) -> dict[str, Any]:
        params = {k: str(v) for k, v in query.items() if v is not None}
        if verb == "POST" and body is None:
            body = {}  # the server takes only JSON writes (see guard.py), even empty ones
        timeout = aiohttp.ClientTimeout(total=wait + 30.0)
        async with self.session.request(
            verb, f"{self.root_url}/_local{path}", json=body, params=params, timeout=timeout
        ) as response:
            data = await response.json(content_type=None)
            if response.status >= 400:
                raise LocalApiError(response.status, (data or {}).get("error", response.reason or ""))
            return data

    # -- sending as a user -------------------------------------------------------------------

    async def send(self, user_id: int, chat_id: int | None = None, **fields: Any) -> dict[str, Any]:
        """Send any user message (``text=``, ``sticker=``, ``photo=``, ``voice=``, ``location=``,
        ``caption=``, ``chat_type=``, ``chat_title=``, ``reply_to_message_id=``, ``user={...}``).

        Returns the stored message (see ``to_local``) with ``update_id`` (``None`` when privacy
        mode hid it from the bot).
        """
        data = await self._request("POST", "/messages", {"user_id": user_id, "chat_id": chat_id, **fields})
        message = data["message"]
        self._last_sent[message["chat_id"]] = message["message_id"]
        return {**message, "update_id": data["update_id"]}

    async def send_text(
        self,
        user_id: int,
        text: str,
        chat_id: int | None = None,
        chat_type: str = "private",
        *,
        reply_to_message_id: int | None = None,
        chat_title: str | None = None,
        user: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Send text (commands get bot_command entities) into a private chat or a group."""
        return await self.send(
            user_id,
            chat_id,
            text=text,
            chat_type=chat_type,
            reply_to_message_id=reply_to_message_id,
            chat_title=chat_title,
            user=user,
        )

    async def send_sticker(
        self, user_id: int, emoji: str = "👍", chat_id: int | None = None, **kw: Any
    ) -> dict[str, Any]:
        return await self.send(user_id, chat_id, sticker=emoji, **kw)

    async def send_photo(
        self, user_id: int, caption: str | None = None, chat_id: int | None = None, **kw: Any
    ) -> dict[str, Any]:
        return await self.send(user_id, chat_id, photo=True, caption=caption, **kw)

    async def send_voice(
        self, user_id: int, duration: int = 3, chat_id: int | None = None, **kw: Any
    ) -> dict[str, Any]:
        return await self.send(user_id, chat_id, voice={"duration": duration}, **kw)

    async def send_location(
        self, user_id: int, latitude: float, longitude: float, chat_id: int | None = None, **kw: Any
    ) -> dict[str, Any]:
        return await self.send(
            user_id, chat_id, location={"latitude": latitude, "longitude": longitude}, **kw
        )

    async def edit_text(self, user_id: int, chat_id: int, message_id: int, text: str) -> dict[str, Any]:
        """Edit one of the user's own messages (the bot gets ``edited_message``)."""
        data = await self._request(
            "POST",
            "/messages/edit",
            {"user_id": user_id, "chat_id": chat_id, "message_id": message_id, "text": text},
        )
        return {**data["message"], "update_id": data["update_id"]}

    async def channel_post(
        self, chat_id: int, text: str, title: str | None = None, username: str | None = None
    ) -> dict[str, Any]:
        data = await self._request(
            "POST", "/channel_posts", {"chat_id": chat_id, "text": text, "title": title, "username": username}
        )
        return {**data["message"], "update_id": data["update_id"]}

    async def set_user(self, user_id: int, **fields: Any) -> dict[str, Any]:
        """Create or update a user (``first_name``, ``last_name``, ``username``, ``language_code``)."""
        return (await self._request("POST", "/users", {"user_id": user_id, **fields}))["user"]

    async def create_chat(
        self, chat_id: int, chat_type: str = "group", title: str | None = None, username: str | None = None
    ) -> dict[str, Any]:
        body = {"chat_id": chat_id, "type": chat_type, "title": title, "username": username}
        return (await self._request("POST", "/chats", body))["chat"]

    async def block(self, user_id: int, blocked: bool = True) -> None:
        await self._request("POST", f"/users/{user_id}/block", {"blocked": blocked})

    # -- buttons and inline mode -------------------------------------------------------------

    async def press(
        self,
        user_id: int,
        chat_id: int,
        message_id: int,
        *,
        data: str | None = None,
        text: str | None = None,
    ) -> dict[str, Any]:
        """Press an inline button by its callback data or its label; returns the callback query."""
        body = {"user_id": user_id, "chat_id": chat_id, "message_id": message_id, "data": data, "text": text}
        result = await self._request("POST", "/callback_queries", body)
        return {**result["callback_query"], "update_id": result["update_id"]}

    async def callback_answer(self, callback_query_id: str, timeout: float = 5.0) -> dict[str, Any] | None:
        """The bot's answerCallbackQuery arguments, waiting up to ``timeout``; ``None`` if unanswered."""
        data = await self._request(
            "GET", f"/callback_queries/{callback_query_id}", wait=timeout, timeout=timeout
        )
        return data["callback_query"]["answer"]

    async def inline_query(self, user_id: int, query: str, offset: str = "") -> dict[str, Any]:
        result = await self._request(
            "POST", "/inline_queries", {"user_id": user_id, "query": query, "offset": offset}
        )
        return {**result["inline_query"], "update_id": result["update_id"]}

    async def inline_answer(self, inline_query_id: str, timeout: float = 5.0) -> dict[str, Any] | None:
        """The bot's answerInlineQuery (``results``, ``next_offset``, ...), or ``None`` on timeout."""
        data = await self._request("GET", f"/inline_queries/{inline_query_id}", wait=timeout, timeout=timeout)
        return data["inline_query"]["answer"]

    # -- reading chats -----------------------------------------------------------------------

    async def chats(self) -> list[dict[str, Any]]:
        return (await self._request("GET", "/chats"))["chats"]

    async def messages(
        self, chat_id: int, *, after: int = 0, sender: str | None = None
    ) -> list[dict[str, Any]]:
        """Messages of a chat (user and bot), oldest first; ``sender`` is "user", "bot" or "channel"."""
        return (await self._request("GET", f"/chats/{chat_id}/messages", after=after, sender=sender))[
            "messages"
        ]

    async def message(
        self, chat_id: int, message_id: int, *, edits: int = 0, timeout: float = 0.0
    ) -> dict[str, Any]:
        """One message; with ``edits=N`` wait up to ``timeout`` until it was edited N times."""
        data = await self._request(
            "GET", f"/chats/{chat_id}/messages/{message_id}", wait=timeout, edits=edits, timeout=timeout
        )
        if not data["complete"]:
            raise TimeoutError(f"message {message_id} was not edited {edits} times within {timeout}s")
        return data["message"]

    async def wait_bot_messages(
        self, chat_id: int, count: int = 1, timeout: float = 5.0, *, after: int | None = None
    ) -> list[dict[str, Any]]:
        """Wait for ``count`` bot messages newer than ``after`` (default: this client's last send).

        Raises ``TimeoutError`` listing what did arrive if fewer came within ``timeout``.
        """
        if after is None:
            after = self._last_sent.get(chat_id, 0)
        data = await self._request(
            "GET", f"/chats/{chat_id}/wait", wait=timeout, count=count, after=after, timeout=timeout
        )
        if not data["complete"]:
            texts = [m["text"] for m in data["messages"]]
            raise TimeoutError(
                f"expected {count} bot message(s) in chat {chat_id} within {timeout}s, got {texts}"
            )
        return data["messages"]

    async def chat_actions(self, chat_id: int) -> list[dict[str, Any]]:
        return (await self._request("GET", f"/chats/{chat_id}/actions"))["actions"]

    async def commands(
        self, chat_id: int, user_id: int | None = None, language_code: str = ""
    ) -> list[dict[str, str]]:
        """The bot's command menu as a Telegram client would show it in that chat."""
        data = await self._request(
            "GET", f"/chats/{chat_id}/commands", user_id=user_id, language_code=language_code
        )
        return data["commands"]

    # -- bot API calls, faults and state -----------------------------------------------------

    async def bot_info(self) -> dict[str, Any]:
        return await self._request("GET", "/bot")

    async def languages(self) -> list[dict[str, str]]:
        """English, then the languages the bot set a description or commands for: ``{code, name}``."""
        return (await self._request("GET", "/bot/languages"))["languages"]

    async def description(self, language_code: str = "") -> dict[str, str]:
        """The bot's description and short description a user of that language sees."""
        return await self._request("GET", "/bot/description", language_code=language_code)

    async def calls(self, method: str | None = None, since: int = 0) -> list[dict[str, Any]]:
        return (await self._request("GET", "/calls", method=method, since=since))["calls"]

    async def wait_calls(
        self, method: str | None = None, count: int = 1, timeout: float = 5.0, since: int = 0
    ) -> list[dict[str, Any]]:
        data = await self._request(
            "GET", "/calls/wait", wait=timeout, method=method, count=count, since=since, timeout=timeout
        )
        if not data["complete"]:
            raise TimeoutError(f"expected {count} {method or 'any'} call(s) within {timeout}s")
        return data["calls"]

    async def clear_calls(self) -> None:
        await self._request("DELETE", "/calls")

    async def add_fault(
        self,
        kind: str,
        method: str = "*",
        count: int = 1,
        *,
        retry_after: int = 1,
        delay: float = 0.0,
        execute: bool = False,
    ) -> dict[str, Any]:
        """Make the next ``count`` calls of ``method`` fail: kind is error, retry_after, timeout,
        drop or delay; ``execute=True`` applies the call before failing."""
        body = {
            "kind": kind,
            "method": method,
            "count": count,
            "retry_after": retry_after,
            "delay": delay,
            "execute": execute,
        }
        return (await self._request("POST", "/faults", body))["fault"]

    async def clear_faults(self) -> None:
        await self._request("DELETE", "/faults")

    async def reset(self) -> None:
        """Forget users, chats, updates, queries, calls and faults."""
        await self._request("POST", "/reset")
        self._last_sent.clear()

    async def events(
        self, chat_id: int | None = None, types: list[str] | None = None, since: int | None = None
    ) -> AsyncIterator[dict[str, Any]]:
        """Follow the server-sent event stream; yields ``{"id", "type", "time", "chat_id", "data"}``."""
        params = {
            k: str(v)
            for k, v in (("chat_id", chat_id), ("types", ",".join(types or [])), ("since", since))
            if v not in (None, "")
        }
        timeout = aiohttp.ClientTimeout(total=None, sock_read=None)
        async with self.session.get(
            f"{self.root_url}/_local/events", params=params, timeout=timeout
        ) as response:
            data_lines: list[str] = []
            async for raw in response.content:
                line = raw.decode("utf-8").rstrip("\r\n")
                if line.startswith("data:"):
                    data_lines.append(line[5:].lstrip())
                elif not line and data_lines:
                    yield json.loads("\n".join(data_lines))
                    data_lines = []
