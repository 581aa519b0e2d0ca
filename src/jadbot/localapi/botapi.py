"""The bot side: ``/bot{token}/{method}`` routes implementing the Bot API methods a bot uses.

Each method answers ``{"ok": true, "result": ...}`` with objects shaped like Telegram's, or
raises :class:`ApiError` with Telegram's status code and description. Method names are
case-insensitive, as in Telegram. Every call is recorded (without the token) and may be hit by
an injected fault first.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlparse

from aiohttp import web

from .errors import NOT_FOUND, UNAUTHORIZED, ApiError, bad_request, conflict, forbidden, too_many_requests
from .faults import ApiCall, Fault, FaultKind
from .formatting import format_text
from .markup import parse_reply_markup, validate_inline_keyboard
from .params import Params
from .state import UPDATE_TYPES, Chat, LocalState, StoredMessage, WebhookConfig, now, scope_key

log = logging.getLogger(__name__)

Handler = Callable[[Params], Awaitable[Any]]

CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
SCOPE_TYPES = frozenset(
    {
        "default",
        "all_private_chats",
        "all_group_chats",
        "all_chat_administrators",
        "chat",
        "chat_administrators",
        "chat_member",
    }
)
_COMMAND_RE = re.compile(r"^[a-z0-9_]{1,32}$")
_SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
QUERY_TOO_OLD = "query is too old and response timeout expired or query ID is invalid"
NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly the same "
    "as a current content and reply markup of the message"
)


class _Described:
    """A result with Telegram's optional top-level ``description`` (e.g. "Webhook was set")."""

    def __init__(self, result: Any, description: str) -> None:
        self.result = result
        self.description = description


class BotApi:
    """Implements the Bot API methods over a :class:`LocalState`."""

    def __init__(self, state: LocalState, token: str, *, hang_seconds: float = 30.0) -> None:
        self.state = state
        self._token = token
        self.hang_seconds = hang_seconds
        self.methods: dict[str, tuple[str, Handler]] = {}
        for name in (
            "getMe",
            "getUpdates",
            "setWebhook",
            "deleteWebhook",
            "getWebhookInfo",
            "sendMessage",
            "editMessageText",
            "editMessageReplyMarkup",
            "deleteMessage",
            "answerCallbackQuery",
            "answerInlineQuery",
            "sendChatAction",
            "setMyCommands",
            "getMyCommands",
            "deleteMyCommands",
            "setMyDescription",
            "getMyDescription",
            "setMyShortDescription",
            "getMyShortDescription",
            "close",
            "logOut",
        ):
            handler = getattr(self, "_" + re.sub(r"(?<!^)([A-Z])", r"_\1", name).lower())
            self.methods[name.lower()] = (name, handler)

    def routes(self) -> list[web.RouteDef]:
        return [web.route("*", "/bot{token}/{method}", self.handle)]

    # -- request plumbing --------------------------------------------------------------------

    async def handle(self, request: web.Request) -> web.StreamResponse:
        """Authenticate, parse, apply faults, run the method and answer like Telegram."""
        if request.match_info["token"] != self._token:
            return _json(UNAUTHORIZED.to_json(), 401)
        arrived = time.time()  # before the body is read: a busy event loop must not bunch arrivals up
        name = request.match_info["method"]
        entry = self.methods.get(name.lower())
        try:
            params = Params(await _read_params(request))
        except ApiError as exc:
            return _json(exc.to_json(), exc.status)
        call = self.state.calls.start(entry[0] if entry else name, params.public(), at=arrived)
        started = time.monotonic()
        try:
            if entry is None:
                raise NOT_FOUND
            response = await self._run(request, entry[1], params, call)
        except ApiError as exc:
            call.error = exc.description
            response = _json(exc.to_json(), exc.status)
        except asyncio.CancelledError:
            call.error = "client went away"
            raise
        except Exception:
            log.exception("local Bot API method %s failed", call.method)
            exc = ApiError(500, "Internal Server Error")
            call.error = exc.description
            response = _json(exc.to_json(), 500)
        call.status = response.status
        call.duration = time.monotonic() - started
        self.state.publish("api_call", call.to_json())
        return response

    async def _run(
        self, request: web.Request, handler: Handler, params: Params, call: ApiCall
    ) -> web.StreamResponse:
        fault = self.state.faults.take(call.method)
        if fault is not None:
            call.fault = fault.kind.value
            if fault.kind is FaultKind.DELAY:
                await self.state.sleep(fault.delay)
                fault = None
            elif not fault.execute:
                return await self._fail(request, fault)
        result = await handler(params)
        if fault is not None:
            return await self._fail(request, fault)
        body: dict[str, Any] = {"ok": True}
        if isinstance(result, _Described):
            body["result"] = result.result
            body["description"] = result.description
        else:
            body["result"] = result
        return _json(body, 200)

    async def _fail(self, request: web.Request, fault: Fault) -> web.StreamResponse:
        if fault.kind is FaultKind.RETRY_AFTER:
            raise too_many_requests(fault.retry_after)
        if fault.kind is FaultKind.ERROR:
            raise ApiError(500, "Internal Server Error")
        if fault.kind is FaultKind.TIMEOUT:
            await self.state.sleep(self.hang_seconds)
            raise ApiError(502, "Bad Gateway")
        # DROP: close the socket without an HTTP response; aiohttp then cancels this handler.
        if request.transport is not None:
            request.transport.abort()
        await self.state.sleep(1.0)
        raise ApiError(502, "Bad Gateway")

    def _chat(self, params: Params, *, sending: bool = False) -> Chat:
        ref = params.chat_id()
        if ref is None:
            raise bad_request("chat_id is empty")
        chat = self.state.find_chat(ref)
        if chat is None:
            raise bad_request("chat not found")
        if sending and chat.type == "private" and chat.user is not None and chat.user.blocked_bot:
            raise forbidden("bot was blocked by the user")
        return chat

    def _bot_message(self, params: Params, chat: Chat, *, missing: str) -> StoredMessage:
        if "inline_message_id" in params:
            raise bad_request("MESSAGE_ID_INVALID")
        message_id = params.integer("message_id")
        if message_id is None:
            raise bad_request("message identifier is not specified")
        message = chat.messages.get(message_id)
        if message is None or message.deleted:
            raise bad_request(missing)
        if message.sender != "bot":
            raise bad_request("message can't be edited")
        return message

    # -- identity and updates ----------------------------------------------------------------

    async def _get_me(self, params: Params) -> dict[str, Any]:
        return self.state.bot.me_json()

    async def _get_updates(self, params: Params) -> list[dict[str, Any]]:
        state = self.state
        if state.webhook is not None:
            raise conflict(
                "can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first"
            )
        offset = params.integer("offset", 0) or 0
        limit = min(max(params.integer("limit", 100) or 100, 1), 100)
        timeout = max(params.number("timeout", 0.0) or 0.0, 0.0)
        allowed = self._allowed_updates(params)
        if allowed is not None:
            state.allowed_updates = allowed
        state.confirm(offset)
        state.poll_generation += 1
        generation = state.poll_generation
        state.notify()
        await state.wait_for(
            lambda: generation != state.poll_generation or state.webhook is not None or bool(state.pending()),
            timeout,
        )
        if generation != state.poll_generation:
            raise conflict(
                "terminated by other getUpdates request; make sure that only one bot instance is running"
            )
        if state.webhook is not None:
            return []
        return state.pending()[:limit]

    def _allowed_updates(self, params: Params) -> list[str] | None:
        allowed = params.json("allowed_updates")
        if allowed is None:
            return None
        if not isinstance(allowed, list):
            raise bad_request("can't parse allowed_updates JSON array")
        return [str(kind) for kind in allowed if str(kind) in UPDATE_TYPES]

    async def _set_webhook(self, params: Params) -> _Described:
        url = (params.text("url") or "").strip()
        if not url:
            return await self._delete_webhook(params)
        parsed = urlparse(url)
        if parsed.scheme not in ("http", "https") or not parsed.hostname:
            raise bad_request("invalid webhook URL specified")
        secret = params.text("secret_token")
        if secret is not None and secret != "" and not _SECRET_RE.match(secret):
            raise bad_request("secret token contains unallowed characters")
        max_connections = params.integer("max_connections", 40) or 40
        if not 1 <= max_connections <= 100:
            raise bad_request("invalid max_connections specified")
        allowed = self._allowed_updates(params)
        if allowed is not None:
            self.state.allowed_updates = allowed
        if params.flag("drop_pending_updates"):
            self.state.drop_pending_updates()
        existing = self.state.webhook
        self.state.webhook = WebhookConfig(
            url=url,
            secret_token=secret or None,
            max_connections=max_connections,
            ip_address=params.text("ip_address"),
        )
        self.state.publish("webhook", {"url_set": True})
        if existing is not None and existing.url == url:
            return _Described(True, "Webhook is already set")
        return _Described(True, "Webhook was set")

    async def _delete_webhook(self, params: Params) -> _Described:
        if params.flag("drop_pending_updates"):
            self.state.drop_pending_updates()
        if self.state.webhook is None:
            return _Described(True, "Webhook is already deleted")
        self.state.webhook = None
        self.state.publish("webhook", {"url_set": False})
        return _Described(True, "Webhook was deleted")

    async def _get_webhook_info(self, params: Params) -> dict[str, Any]:
        hook = self.state.webhook
        info: dict[str, Any] = {
            "url": hook.url if hook else "",
            "has_custom_certificate": False,
            "pending_update_count": len(self.state.pending()),
        }
        if hook is not None:
            info["max_connections"] = hook.max_connections
            if hook.ip_address:
                info["ip_address"] = hook.ip_address
            if hook.last_error_date is not None:
                info["last_error_date"] = hook.last_error_date
                info["last_error_message"] = hook.last_error_message
        if self.state.allowed_updates:
            info["allowed_updates"] = list(self.state.allowed_updates)
        return info

    # -- messages ----------------------------------------------------------------------------

    async def _send_message(self, params: Params) -> dict[str, Any]:
        chat = self._chat(params, sending=True)
        formatted = format_text(params.text("text"), params.text("parse_mode"), params.json("entities"))
        reply_to = self._reply_target(chat, params)
        inline, keyboard = parse_reply_markup(params)
        preview = params.json("link_preview_options")
        message = self.state.add_message(
            chat,
            "bot",
            text=formatted.text,
            entities=formatted.entities,
            raw_text=formatted.raw_text,
            parse_mode=formatted.parse_mode,
            reply_to=reply_to,
            reply_markup=inline,
            keyboard=keyboard,
            link_preview_options=preview if isinstance(preview, dict) else None,
        )
        if keyboard is not None:
            chat.reply_keyboard = keyboard if "keyboard" in keyboard else None
        self.state.publish("message", message.to_local(), chat.id)
        return message.to_api()

    def _reply_target(self, chat: Chat, params: Params) -> StoredMessage | None:
        reply = params.json("reply_parameters")
        if isinstance(reply, dict):
            message_id = reply.get("message_id")
            allow_missing = bool(reply.get("allow_sending_without_reply"))
        else:
            message_id = params.integer("reply_to_message_id")
            allow_missing = params.flag("allow_sending_without_reply")
        if message_id is None:
            return None
        try:
            target = chat.messages.get(int(message_id))
        except (TypeError, ValueError):
            target = None
        if target is None or target.deleted:
            if allow_missing:
                return None
            raise bad_request("message to be replied not found")
        return target

    async def _edit_message_text(self, params: Params) -> dict[str, Any]:
        chat = self._chat(params)
        message = self._bot_message(params, chat, missing="message to edit not found")
        if message.text is None:
            raise bad_request("there is no text in the message to edit")
        formatted = format_text(params.text("text"), params.text("parse_mode"), params.json("entities"))
        inline = self._inline_markup_for_edit(params)
        if (formatted.text, formatted.entities, inline) == (
            message.text,
            message.entities,
            message.reply_markup,
        ):
            raise bad_request(NOT_MODIFIED)
        message.history.append(message.content())
        message.text = formatted.text
        message.entities = formatted.entities
        message.raw_text = formatted.raw_text
        message.parse_mode = formatted.parse_mode
        message.reply_markup = inline
        message.edit_date = now()
        self.state.publish("edited_message", message.to_local(), chat.id)
        return message.to_api()

    async def _edit_message_reply_markup(self, params: Params) -> dict[str, Any]:
        chat = self._chat(params)
        message = self._bot_message(params, chat, missing="message to edit not found")
        inline = self._inline_markup_for_edit(params)
        if inline == message.reply_markup:
            raise bad_request(NOT_MODIFIED)
        message.history.append(message.content())
        message.reply_markup = inline
        message.edit_date = now()
        self.state.publish("edited_message", message.to_local(), chat.id)
        return message.to_api()

    def _inline_markup_for_edit(self, params: Params) -> dict[str, Any] | None:
        markup = params.json("reply_markup", error="can't parse reply keyboard markup JSON object")
        if markup is None:
            return None
        if not isinstance(markup, dict) or "inline_keyboard" not in markup:
            raise bad_request("inline keyboard expected")
        return validate_inline_keyboard(markup)

    async def _delete_message(self, params: Params) -> bool:
        chat = self._chat(params)
        message_id = params.integer("message_id")
        message = chat.messages.get(message_id) if message_id is not None else None
        if message is None or message.deleted:
            raise bad_request("message to delete not found")
        message.deleted = True
        self.state.publish("deleted_message", {"chat_id": chat.id, "message_id": message.message_id}, chat.id)
        return True

    async def _send_chat_action(self, params: Params) -> bool:
        chat = self._chat(params, sending=True)
        action = params.text("action") or ""
        if action not in CHAT_ACTIONS:
            raise bad_request("wrong parameter action in request")
        record = {"chat_id": chat.id, "action": action, "time": time.time()}
        chat.actions.append(record)
        self.state.publish("chat_action", record, chat.id)
        return True

    # -- queries -----------------------------------------------------------------------------

    async def _answer_callback_query(self, params: Params) -> bool:
        query = self.state.callback_queries.get(params.text("callback_query_id") or "")
        if query is None or query.answer is not None:
            raise bad_request(QUERY_TOO_OLD)
        text = params.text("text")
        if text is not None and len(text) > 200:
            raise bad_request("MESSAGE_TOO_LONG")
        query.answer = {
            "text": text,
            "show_alert": params.flag("show_alert"),
            "url": params.text("url"),
            "cache_time": params.integer("cache_time", 0),
        }
        query.answered_at = time.time()
        self.state.publish("callback_answer", query.to_json(), query.chat_id)
        return True

    async def _answer_inline_query(self, params: Params) -> bool:
        query = self.state.inline_queries.get(params.text("inline_query_id") or "")
        if query is None or query.answer is not None:
            raise bad_request(QUERY_TOO_OLD)
        results = params.json("results", error="can't parse results JSON object")
        if not isinstance(results, list):
            raise bad_request("can't parse results JSON object")
        if len(results) > 50:
            raise bad_request("RESULTS_TOO_MUCH")
        seen: set[str] = set()
        for result in results:
            if not isinstance(result, dict) or "type" not in result:
                raise bad_request("can't parse InlineQueryResult JSON object")
            result_id = str(result.get("id", ""))
            if not 1 <= len(result_id.encode("utf-8")) <= 64:
                raise bad_request("RESULT_ID_INVALID")
            if result_id in seen:
                raise bad_request("RESULT_ID_DUPLICATE")
            seen.add(result_id)
            content = result.get("input_message_content")
            if isinstance(content, dict) and "message_text" in content:
                format_text(content.get("message_text"), content.get("parse_mode"), content.get("entities"))
            if isinstance(result.get("reply_markup"), dict):
                validate_inline_keyboard(result["reply_markup"])
        query.answer = {
            "results": results,
            "cache_time": params.integer("cache_time", 300),
            "is_personal": params.flag("is_personal"),
            "next_offset": params.text("next_offset", ""),
            "button": params.json("button"),
        }
        query.answered_at = time.time()
        self.state.publish("inline_answer", query.to_json())
        return True

    # -- commands and profile ----------------------------------------------------------------

    def _scope(self, params: Params) -> str:
        scope = params.json("scope", error="can't parse BotCommandScope JSON object")
        if scope is None:
            return scope_key(None)
        if not isinstance(scope, dict) or scope.get("type") not in SCOPE_TYPES:
            raise bad_request("can't parse BotCommandScope JSON object")
        if scope["type"] in ("chat", "chat_administrators", "chat_member"):
            if "chat_id" not in scope:
                raise bad_request("chat_id is empty")
            chat_ref = scope["chat_id"]
            if isinstance(chat_ref, str) and chat_ref.startswith("@"):
                found = self.state.find_chat(chat_ref)
                if found is None:
                    raise bad_request("chat not found")
                scope = {**scope, "chat_id": found.id}
        if scope["type"] == "chat_member" and "user_id" not in scope:
            raise bad_request("user not found")
        return scope_key(scope)

    @staticmethod
    def _language(params: Params) -> str:
        language = params.text("language_code", "") or ""
        if language and not re.fullmatch(r"[a-z]{2}", language):
            raise bad_request("invalid language code specified")
        return language

    async def _set_my_commands(self, params: Params) -> bool:
        commands = params.json("commands", error="can't parse commands JSON object")
        if not isinstance(commands, list):
            raise bad_request("can't parse commands JSON object")
        if len(commands) > 100:
            raise bad_request("BOT_COMMANDS_TOO_MUCH")
        cleaned = []
        for command in commands:
            if not isinstance(command, dict):
                raise bad_request("can't parse BotCommand JSON object")
            name = str(command.get("command", ""))
            description = str(command.get("description", ""))
            if not _COMMAND_RE.match(name):
                raise bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(description) <= 256:
                raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
            cleaned.append({"command": name, "description": description})
        key = (self._scope(params), self._language(params))
        if cleaned:
            self.state.commands[key] = cleaned
        else:
            self.state.commands.pop(key, None)
        self.state.publish(
            "commands", {"scope": json.loads(key[0]), "language_code": key[1], "commands": cleaned}
        )
        return True

    async def _get_my_commands(self, params: Params) -> list[dict[str, str]]:
        return list(self.state.commands.get((self._scope(params), self._language(params)), []))

    async def _delete_my_commands(self, params: Params) -> bool:
        key = (self._scope(params), self._language(params))
        self.state.commands.pop(key, None)
        self.state.publish("commands", {"scope": json.loads(key[0]), "language_code": key[1], "commands": []})
        return True

    async def _set_my_description(self, params: Params) -> bool:
        text = params.text("description", "") or ""
        if len(text) > 512:
            raise bad_request("BOT_DESCRIPTION_INVALID")
        self._describe(self.state.description, "description", params, text)
        return True

    async def _get_my_description(self, params: Params) -> dict[str, str]:
        return {"description": self.state.description.get(self._language(params), "")}

    async def _set_my_short_description(self, params: Params) -> bool:
        text = params.text("short_description", "") or ""
        if len(text) > 120:
            raise bad_request("BOT_SHORT_DESCRIPTION_INVALID")
        self._describe(self.state.short_description, "short_description", params, text)
        return True

    async def _get_my_short_description(self, params: Params) -> dict[str, str]:
        return {"short_description": self.state.short_description.get(self._language(params), "")}

    def _describe(self, texts: dict[str, str], field: str, params: Params, text: str) -> None:
        """Set or, with "", remove a (short) description for a language, as Telegram does, and
        tell the user side (the web chat's "What can this bot do?" card)."""
        language = self._language(params)
        if text:
            texts[language] = text
        else:
            texts.pop(language, None)
        self.state.publish("description", {"language_code": language, field: text})

    async def _close(self, params: Params) -> bool:
        self.state.closed_count += 1
        return True

    async def _log_out(self, params: Params) -> bool:
        self.state.logged_out = True
        return True


async def _read_params(request: web.Request) -> dict[str, Any]:
    """Merge query-string and body parameters (JSON, urlencoded or multipart)."""
    params: dict[str, Any] = dict(request.query)
    if not request.body_exists:
        return params
    if request.content_type == "application/json":
        try:
            body = await request.json()
        except ValueError:
            raise bad_request("can't parse JSON object") from None
        if not isinstance(body, dict):
            raise bad_request("can't parse JSON object")
        params.update(body)
    elif request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        form = await request.post()
        for key, value in form.items():
            params[key] = value if isinstance(value, str) else f"<file {getattr(value, 'filename', '')}>"
    return params


def _json(body: dict[str, Any], status: int) -> web.Response:
    return web.Response(
        text=json.dumps(body, ensure_ascii=False), status=status, content_type="application/json"
    )
