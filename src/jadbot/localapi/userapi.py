"""The user side: JSON endpoints under ``/_local/`` that play the Telegram users and inspect the bot.

Tests, the terminal chat and the web test chat drive conversations through these. Waiting
endpoints (``wait``, ``?timeout=``) long-poll on state changes so callers never sleep.
Errors answer ``{"error": "..."}`` with status 400 (bad request) or 404 (unknown thing).
A "message" below is :meth:`StoredMessage.to_local`: ``chat_id, message_id, sender
("user"|"bot"|"channel"), from, date, edit_date, kind, text, entities, html, raw_text,
parse_mode, reply_markup, keyboard, reply_to_message_id, edits[], deleted, delivered, telegram``.

==========================================  ===============================================
``GET  /bot``                               ``{bot, webhook, pending_updates, allowed_updates, ...}``
``GET  /bot/languages``                     ``{languages: [{code, name}]}``: English (the
                                            default), then each language the bot set a
                                            description or commands for, by its own name
``GET  /bot/description?language_code``     ``{language_code, description, short_description,
                                            description_language, short_description_language}``
                                            (each the default one, language "", when the
                                            language has none)
``POST /reset``                             forget users, chats, updates, calls, faults
``POST /users`` ``{user_id, first_name?,    ``{user}``
last_name?, username?, language_code?}``
``POST /users/{id}/block`` ``{blocked}``    ``{user, blocked_bot}`` (+ my_chat_member update)
``GET  /chats``                             ``{chats: [chat + message_count, reply_keyboard]}``
``POST /chats`` ``{chat_id, type, title?}`` ``{chat}`` (group, supergroup or channel)
``POST /messages`` ``{user_id, chat_id?,    ``{message, update_id}`` (``update_id`` null when
chat_type?, chat_title?, text | sticker |   group privacy mode hides it from the bot)
photo | voice | location, caption?,
reply_to_message_id?, user?}``
``POST /messages/edit`` ``{user_id,         ``{message, update_id}`` (edited_message)
chat_id, message_id, text}``
``POST /channel_posts`` ``{chat_id, text,   ``{message, update_id}`` (channel_post)
title?, username?}``
``GET  /chats/{id}/messages?after&sender``  ``{chat, messages}``
``GET  /chats/{id}/messages/{mid}?edits&    ``{message, complete}``
timeout``
``GET  /chats/{id}/wait?count&after&        ``{messages, complete}``: bot messages after ``after``
timeout``
``GET  /chats/{id}/actions``                ``{actions: [{chat_id, action, time}]}``
``GET  /chats/{id}/commands?user_id&        ``{commands}`` as a client would show them
language_code``
``POST /callback_queries`` ``{user_id,      ``{callback_query, update_id}``
chat_id, message_id, data? | text?}``
``GET  /callback_queries/{id}?timeout``     ``{callback_query: {..., answered, answer}}``
``POST /inline_queries`` ``{user_id,        ``{inline_query, update_id}``
query, offset?, chat_type?}``
``GET  /inline_queries/{id}?timeout``       ``{inline_query: {..., answered, answer}}``
``GET  /updates``                           ``{updates}`` not yet confirmed by the bot
``GET  /calls?method&since``                ``{calls: [{seq, method, time, params, status,
                                            fault, duration, error}]}``
``GET  /calls/wait?method&count&since&      ``{calls, complete}``
timeout``
``DELETE /calls``                           clear the record
``GET|POST|DELETE /faults`` ``{kind,        ``{faults}`` / ``{fault}``; kind: error,
method?, count?, retry_after?, delay?,      retry_after, timeout, drop, delay
execute?}``
``GET  /events?chat_id&types&since``        Server-Sent Events: ``id``, ``event`` (type),
                                            ``data`` = ``{id, type, time, chat_id, data}``
==========================================  ===============================================

Event types: message, edited_message, deleted_message, chat_action, callback_query,
callback_answer, inline_query, inline_answer, update, api_call, commands, description, webhook,
webhook_delivered, webhook_error, user.
"""

from __future__ import annotations

import json
import re
from typing import Any

from aiohttp import web

from .events import TooManySubscribers
from .faults import FaultKind
from .state import Chat, LocalState
from .useractions import UserActionError, UserActions

MAX_WAIT = 120.0
DEFAULT_LANGUAGE = "en"  # what the bot's default ("" language) description and commands are in
# The languages' own names (docs/languages.md), for the web chat's Language select; a language
# not listed is shown by its code.
LANGUAGE_NAMES = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "it": "Italiano",
    "sr": "Srpski",
    "hr": "Hrvatski",
    "bs": "Bosanski",
    "sq": "Shqip",
    "mk": "Македонски",
    "el": "Ελληνικά",
    "tr": "Türkçe",
}


class UserApi:
    def __init__(self, state: LocalState, actions: UserActions, *, heartbeat: float = 15.0) -> None:
        self.state = state
        self.actions = actions
        self.heartbeat = heartbeat

    def routes(self) -> list[web.RouteDef]:
        p = "/_local"
        return [
            web.get(f"{p}/bot", self.bot_info),
            web.get(f"{p}/bot/languages", self.bot_languages),
            web.get(f"{p}/bot/description", self.bot_description),
            web.post(f"{p}/reset", self.reset),
            web.post(f"{p}/users", self.upsert_user),
            web.post(f"{p}/users/{{user_id}}/block", self.block_user),
            web.get(f"{p}/chats", self.list_chats),
            web.post(f"{p}/chats", self.upsert_chat),
            web.get(f"{p}/chats/{{chat_id}}/messages", self.chat_messages),
            web.get(f"{p}/chats/{{chat_id}}/messages/{{message_id}}", self.chat_message),
            web.get(f"{p}/chats/{{chat_id}}/wait", self.wait_bot_messages),
            web.get(f"{p}/chats/{{chat_id}}/actions", self.chat_actions),
            web.get(f"{p}/chats/{{chat_id}}/commands", self.chat_commands),
            web.post(f"{p}/messages", self.send_message),
            web.post(f"{p}/messages/edit", self.edit_message),
            web.post(f"{p}/channel_posts", self.channel_post),
            web.post(f"{p}/callback_queries", self.press_button),
            web.get(f"{p}/callback_queries/{{query_id}}", self.callback_query),
            web.post(f"{p}/inline_queries", self.inline_query),
            web.get(f"{p}/inline_queries/{{query_id}}", self.inline_query_answer),
            web.get(f"{p}/updates", self.pending_updates),
            web.get(f"{p}/calls", self.list_calls),
            web.get(f"{p}/calls/wait", self.wait_calls),
            web.delete(f"{p}/calls", self.clear_calls),
            web.get(f"{p}/faults", self.list_faults),
            web.post(f"{p}/faults", self.add_fault),
            web.delete(f"{p}/faults", self.clear_faults),
            web.get(f"{p}/events", self.events),
        ]

    # -- helpers -----------------------------------------------------------------------------

    def _chat(self, request: web.Request) -> Chat:
        chat_id = _int(request.match_info["chat_id"], "chat_id")
        chat = self.state.chats.get(chat_id)
        if chat is None:
            raise _error(404, f"chat {chat_id} not found")
        return chat

    def _chat_json(self, chat: Chat) -> dict[str, Any]:
        return {
            **chat.to_api(),
            "message_count": len(chat.visible_messages()),
            "reply_keyboard": chat.reply_keyboard,
            "blocked_bot": bool(chat.user and chat.user.blocked_bot),
        }

    # -- bot and state -----------------------------------------------------------------------

    async def bot_info(self, request: web.Request) -> web.Response:
        hook = self.state.webhook
        return web.json_response(
            {
                "bot": self.state.bot.me_json(),
                "webhook": None
                if hook is None
                else {
                    "url": hook.url,
                    "has_secret_token": hook.secret_token is not None,
                    "delivered": hook.delivered,
                    "last_error_message": hook.last_error_message,
                },
                "pending_updates": len(self.state.pending()),
                "allowed_updates": self.state.allowed_updates,
                "logged_out": self.state.logged_out,
                "closed_count": self.state.closed_count,
            }
        )

    async def bot_languages(self, request: web.Request) -> web.Response:
        codes = dict.fromkeys([DEFAULT_LANGUAGE, *self.state.bot_languages()])
        return web.json_response(
            {"languages": [{"code": code, "name": LANGUAGE_NAMES.get(code, code)} for code in codes]}
        )

    async def bot_description(self, request: web.Request) -> web.Response:
        """``language_code`` as Telegram reports a user's ("de", "pt-BR"): its first part counts."""
        language = request.query.get("language_code", "").split("-")[0].lower()
        if language and not re.fullmatch(r"[a-z]{2}", language):
            raise _error(400, "language_code must be a two-letter language code")
        return web.json_response(self.state.bot_description(language))

    async def reset(self, request: web.Request) -> web.Response:
        self.state.reset()
        return web.json_response({"reset": True})

    async def pending_updates(self, request: web.Request) -> web.Response:
        return web.json_response({"updates": self.state.pending()})

    # -- users and chats ---------------------------------------------------------------------

    async def upsert_user(self, request: web.Request) -> web.Response:
        body = await _body(request)
        user_id = _int(body.get("user_id"), "user_id")
        fields = {k: body[k] for k in ("first_name", "last_name", "username", "language_code") if k in body}
        return web.json_response({"user": self.state.user(user_id, **fields).to_api()})

    async def block_user(self, request: web.Request) -> web.Response:
        body = await _body(request)
        user = self.actions.set_blocked(
            _int(request.match_info["user_id"], "user_id"), bool(body.get("blocked", True))
        )
        return web.json_response({"user": user.to_api(), "blocked_bot": user.blocked_bot})

    async def list_chats(self, request: web.Request) -> web.Response:
        return web.json_response({"chats": [self._chat_json(c) for c in self.state.chats.values()]})

    async def upsert_chat(self, request: web.Request) -> web.Response:
        body = await _body(request)
        try:
            chat = self.state.group_chat(
                _int(body.get("chat_id"), "chat_id"),
                str(body.get("type", "group")),
                body.get("title"),
                body.get("username"),
            )
        except ValueError as exc:
            raise _error(400, str(exc)) from None
        return web.json_response({"chat": self._chat_json(chat)})

    async def chat_messages(self, request: web.Request) -> web.Response:
        chat = self._chat(request)
        after = _int(request.query.get("after", 0), "after")
        sender = request.query.get("sender")
        include_deleted = request.query.get("deleted") in ("1", "true")
        messages = [
            m.to_local()
            for m in chat.messages.values()
            if m.message_id > after
            and (sender is None or m.sender == sender)
            and (include_deleted or not m.deleted)
        ]
        return web.json_response({"chat": self._chat_json(chat), "messages": messages})

    async def chat_message(self, request: web.Request) -> web.Response:
        """One message; ``?edits=N&timeout=T`` waits until it has been edited N times."""
        chat = self._chat(request)
        message_id = _int(request.match_info["message_id"], "message_id")
        message = chat.messages.get(message_id)
        if message is None:
            raise _error(404, f"message {message_id} not found in chat {chat.id}")
        edits = _int(request.query.get("edits", 0), "edits")
        complete = await self.state.wait_for(lambda: len(message.history) >= edits, _timeout(request))
        return web.json_response({"message": message.to_local(), "complete": complete})

    async def wait_bot_messages(self, request: web.Request) -> web.Response:
        """Wait for ``count`` bot messages with ids above ``after`` (default: any), up to ``timeout``."""
        chat_id = _int(request.match_info["chat_id"], "chat_id")
        count = _int(request.query.get("count", 1), "count")
        after = _int(request.query.get("after", 0), "after")

        def found() -> list[Any]:
            chat = self.state.chats.get(chat_id)
            if chat is None:
                return []
            return [m for m in chat.visible_messages() if m.sender == "bot" and m.message_id > after]

        complete = await self.state.wait_for(lambda: len(found()) >= count, _timeout(request, 5.0))
        return web.json_response({"messages": [m.to_local() for m in found()], "complete": complete})

    async def chat_actions(self, request: web.Request) -> web.Response:
        return web.json_response({"actions": self._chat(request).actions})

    async def chat_commands(self, request: web.Request) -> web.Response:
        chat = self._chat(request)
        user_id = request.query.get("user_id")
        commands = self.state.effective_commands(
            chat, _int(user_id, "user_id") if user_id else None, request.query.get("language_code", "")
        )
        return web.json_response({"commands": commands})

    # -- user actions ------------------------------------------------------------------------

    async def send_message(self, request: web.Request) -> web.Response:
        body = await _body(request)
        try:
            message, update_id = self.actions.send(
                _int(body.get("user_id"), "user_id"),
                chat_id=_optional_int(body.get("chat_id"), "chat_id"),
                chat_type=str(body.get("chat_type", "private")),
                chat_title=body.get("chat_title"),
                text=body.get("text"),
                sticker=body.get("sticker"),
                photo=body.get("photo"),
                voice=body.get("voice"),
                location=body.get("location"),
                caption=body.get("caption"),
                reply_to_message_id=_optional_int(body.get("reply_to_message_id"), "reply_to_message_id"),
                user=body.get("user"),
            )
        except UserActionError as exc:
            raise _error(400, str(exc)) from None
        return web.json_response({"message": message.to_local(), "update_id": update_id})

    async def edit_message(self, request: web.Request) -> web.Response:
        body = await _body(request)
        try:
            message, update_id = self.actions.edit(
                _int(body.get("user_id"), "user_id"),
                _int(body.get("chat_id"), "chat_id"),
                _int(body.get("message_id"), "message_id"),
                str(body.get("text", "")),
            )
        except UserActionError as exc:
            raise _error(400, str(exc)) from None
        return web.json_response({"message": message.to_local(), "update_id": update_id})

    async def channel_post(self, request: web.Request) -> web.Response:
        body = await _body(request)
        try:
            message, update_id = self.actions.channel_post(
                _int(body.get("chat_id"), "chat_id"),
                str(body.get("text", "")),
                body.get("title"),
                body.get("username"),
            )
        except UserActionError as exc:
            raise _error(400, str(exc)) from None
        return web.json_response({"message": message.to_local(), "update_id": update_id})

    async def press_button(self, request: web.Request) -> web.Response:
        body = await _body(request)
        try:
            record, update_id = self.actions.press(
                _int(body.get("user_id"), "user_id"),
                _int(body.get("chat_id"), "chat_id"),
                _int(body.get("message_id"), "message_id"),
                data=body.get("data"),
                text=body.get("text"),
            )
        except UserActionError as exc:
            raise _error(400, str(exc)) from None
        return web.json_response({"callback_query": record.to_json(), "update_id": update_id})

    async def callback_query(self, request: web.Request) -> web.Response:
        """A callback query and the bot's answer; ``?timeout=T`` waits for the answer."""
        record = self.state.callback_queries.get(request.match_info["query_id"])
        if record is None:
            raise _error(404, "callback query not found")
        await self.state.wait_for(lambda: record.answer is not None, _timeout(request))
        return web.json_response({"callback_query": record.to_json()})

    async def inline_query(self, request: web.Request) -> web.Response:
        body = await _body(request)
        try:
            record, update_id = self.actions.inline_query(
                _int(body.get("user_id"), "user_id"),
                str(body.get("query", "")),
                str(body.get("offset", "")),
                body.get("chat_type", "sender"),
            )
        except UserActionError as exc:
            raise _error(400, str(exc)) from None
        return web.json_response({"inline_query": record.to_json(), "update_id": update_id})

    async def inline_query_answer(self, request: web.Request) -> web.Response:
        record = self.state.inline_queries.get(request.match_info["query_id"])
        if record is None:
            raise _error(404, "inline query not found")
        await self.state.wait_for(lambda: record.answer is not None, _timeout(request))
        return web.json_response({"inline_query": record.to_json()})

    # -- calls and faults --------------------------------------------------------------------

    async def list_calls(self, request: web.Request) -> web.Response:
        calls = self.state.calls.select(
            request.query.get("method"), _int(request.query.get("since", 0), "since")
        )
        return web.json_response({"calls": [c.to_json() for c in calls]})

    async def wait_calls(self, request: web.Request) -> web.Response:
        """Wait until ``count`` finished calls of ``method`` (after seq ``since``) were made."""
        method = request.query.get("method")
        since = _int(request.query.get("since", 0), "since")
        count = _int(request.query.get("count", 1), "count")

        def finished() -> list[Any]:
            return [c for c in self.state.calls.select(method, since) if c.status is not None]

        complete = await self.state.wait_for(lambda: len(finished()) >= count, _timeout(request, 5.0))
        return web.json_response({"calls": [c.to_json() for c in finished()], "complete": complete})

    async def clear_calls(self, request: web.Request) -> web.Response:
        self.state.calls.clear()
        return web.json_response({"cleared": True})

    async def list_faults(self, request: web.Request) -> web.Response:
        return web.json_response({"faults": [f.to_json() for f in self.state.faults.active()]})

    async def add_fault(self, request: web.Request) -> web.Response:
        body = await _body(request)
        try:
            fault = self.state.faults.add(
                FaultKind(str(body.get("kind", ""))),
                str(body.get("method") or "*"),
                _int(body.get("count", 1), "count"),
                retry_after=_int(body.get("retry_after", 1), "retry_after"),
                delay=float(body.get("delay", 0.0)),
                execute=bool(body.get("execute", False)),
            )
        except (ValueError, TypeError) as exc:
            kinds = ", ".join(k.value for k in FaultKind)
            raise _error(400, f"bad fault ({exc}); kind is one of {kinds}") from None
        return web.json_response({"fault": fault.to_json()})

    async def clear_faults(self, request: web.Request) -> web.Response:
        self.state.faults.clear()
        return web.json_response({"cleared": True})

    # -- server-sent events ------------------------------------------------------------------

    async def events(self, request: web.Request) -> web.StreamResponse:
        """SSE stream of every event; filter with ``?chat_id=`` and ``?types=a,b``, resume with
        ``Last-Event-ID`` or ``?since=``."""
        chat_filter = request.query.get("chat_id")
        chat_id = _int(chat_filter, "chat_id") if chat_filter else None
        types = {t for t in request.query.get("types", "").split(",") if t}
        last = request.headers.get("Last-Event-ID") or request.query.get("since")
        response = web.StreamResponse(
            headers={
                "Content-Type": "text/event-stream",
                "Cache-Control": "no-cache",
                "X-Accel-Buffering": "no",
            }
        )
        try:
            subscription = self.state.events.subscribe(_int(last, "since") if last else None)
        except TooManySubscribers as exc:
            raise web.HTTPServiceUnavailable(
                text=json.dumps({"error": str(exc)}), content_type="application/json"
            ) from None
        with subscription:
            await response.prepare(request)
            await response.write(b": connected\n\n")
            while True:
                try:
                    event = await subscription.get(self.heartbeat)
                except EOFError:
                    break
                if event is None:
                    await response.write(b": keep-alive\n\n")
                    continue
                if chat_id is not None and event.chat_id != chat_id:
                    continue
                if types and event.type not in types:
                    continue
                payload = json.dumps(event.to_json(), ensure_ascii=False)
                await response.write(f"id: {event.id}\nevent: {event.type}\ndata: {payload}\n\n".encode())
        return response


def _error(status: int, message: str) -> web.HTTPException:
    cls = web.HTTPNotFound if status == 404 else web.HTTPBadRequest
    return cls(text=json.dumps({"error": message}), content_type="application/json")


def _int(value: Any, name: str) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise _error(400, f"{name} must be an integer") from None


def _optional_int(value: Any, name: str) -> int | None:
    return None if value is None or value == "" else _int(value, name)


def _timeout(request: web.Request, default: float = 0.0) -> float:
    try:
        return min(max(float(request.query.get("timeout", default)), 0.0), MAX_WAIT)
    except ValueError:
        raise _error(400, "timeout must be a number") from None


async def _body(request: web.Request) -> dict[str, Any]:
    if not request.body_exists:
        return {}
    try:
        body = await request.json()
    except ValueError:
        raise _error(400, "the body must be a JSON object") from None
    if not isinstance(body, dict):
        raise _error(400, "the body must be a JSON object")
    return body
