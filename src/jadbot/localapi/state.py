"""Everything the fake Telegram remembers: users, chats, messages, the update queue and more.

The state is plain data plus a change signal. Both the bot side and the user side mutate it,
and every waiter (long-polling ``getUpdates``, ``wait`` endpoints, webhook delivery) sleeps on
:meth:`LocalState.wait_for` instead of polling with sleeps.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .entities import Entity
from .events import EventBus
from .faults import CallLog, FaultInjector
from .html import render_html

UPDATE_TYPES = (
    "message",
    "edited_message",
    "channel_post",
    "edited_channel_post",
    "business_connection",
    "business_message",
    "edited_business_message",
    "deleted_business_messages",
    "message_reaction",
    "message_reaction_count",
    "inline_query",
    "chosen_inline_result",
    "callback_query",
    "shipping_query",
    "pre_checkout_query",
    "purchased_paid_media",
    "poll",
    "poll_answer",
    "my_chat_member",
    "chat_member",
    "chat_join_request",
    "chat_boost",
    "removed_chat_boost",
)
# Delivered only when asked for explicitly in allowed_updates.
OPT_IN_UPDATE_TYPES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})


def now() -> int:
    """Telegram dates are whole seconds since the epoch."""
    return int(time.time())


@dataclass
class BotIdentity:
    id: int
    first_name: str = "JadBot Local"
    username: str = "jadbot_local_bot"
    privacy_mode: bool = True
    supports_inline_queries: bool = True

    def user_json(self) -> dict[str, Any]:
        return {"id": self.id, "is_bot": True, "first_name": self.first_name, "username": self.username}

    def me_json(self) -> dict[str, Any]:
        return {
            **self.user_json(),
            "can_join_groups": True,
            "can_read_all_group_messages": not self.privacy_mode,
            "supports_inline_queries": self.supports_inline_queries,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }


@dataclass
class UserInfo:
    id: int
    first_name: str
    last_name: str | None = None
    username: str | None = None
    language_code: str | None = "en"
    blocked_bot: bool = False

    def to_api(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "is_bot": False, "first_name": self.first_name}
        if self.last_name:
            data["last_name"] = self.last_name
        if self.username:
            data["username"] = self.username
        if self.language_code:
            data["language_code"] = self.language_code
        return data


@dataclass
class Chat:
    id: int
    type: str  # "private", "group", "supergroup" or "channel"
    title: str | None = None
    username: str | None = None
    user: UserInfo | None = None  # the other side of a private chat
    messages: dict[int, StoredMessage] = field(default_factory=dict)
    actions: list[dict[str, Any]] = field(default_factory=list)
    reply_keyboard: dict[str, Any] | None = None  # last non-inline keyboard the bot showed
    next_message_id: int = 1

    def to_api(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id}
        if self.type == "private" and self.user is not None:
            data["first_name"] = self.user.first_name
            if self.user.last_name:
                data["last_name"] = self.user.last_name
            if self.user.username:
                data["username"] = self.user.username
        else:
            data["title"] = self.title or f"Chat {self.id}"
            if self.username:
                data["username"] = self.username
        data["type"] = self.type
        return data

    @property
    def instance(self) -> str:
        """Stable ``chat_instance`` for callback queries from this chat."""
        return str((self.id * 6364136223846793005 + 1442695040888963407) % (1 << 62))

    def visible_messages(self) -> list[StoredMessage]:
        return [m for m in self.messages.values() if not m.deleted]


@dataclass
class StoredMessage:
    chat: Chat
    message_id: int
    date: int
    sender: str  # "user", "bot" or "channel"
    from_user: UserInfo | None = None
    bot: BotIdentity | None = None
    text: str | None = None
    entities: list[Entity] = field(default_factory=list)
    raw_text: str | None = None  # text exactly as the bot sent it, before parse_mode
    parse_mode: str | None = None
    media: dict[str, Any] = field(default_factory=dict)  # sticker/photo/voice/location/caption fields
    reply_to: StoredMessage | None = None
    reply_markup: dict[str, Any] | None = None  # inline keyboards only, as Telegram returns them
    keyboard: dict[str, Any] | None = None  # reply keyboard / remove / force_reply sent along
    link_preview_options: dict[str, Any] | None = None
    edit_date: int | None = None
    history: list[dict[str, Any]] = field(default_factory=list)
    deleted: bool = False
    delivered: bool | None = None  # user messages: whether the bot got an update for it

    @property
    def kind(self) -> str:
        if self.text is not None:
            return "text"
        return next((k for k in ("sticker", "photo", "voice", "location") if k in self.media), "other")

    def to_api(self, nested: bool = True) -> dict[str, Any]:
        """The Telegram ``Message`` object."""
        data: dict[str, Any] = {"message_id": self.message_id}
        if self.sender == "bot" and self.bot is not None:
            data["from"] = self.bot.user_json()
        elif self.from_user is not None:
            data["from"] = self.from_user.to_api()
        if self.sender == "channel":
            data["sender_chat"] = self.chat.to_api()
        data["chat"] = self.chat.to_api()
        data["date"] = self.date
        if self.edit_date is not None:
            data["edit_date"] = self.edit_date
        if nested and self.reply_to is not None and not self.reply_to.deleted:
            data["reply_to_message"] = self.reply_to.to_api(nested=False)
        if self.text is not None:
            data["text"] = self.text
            if self.entities:
                data["entities"] = self.entities
            if self.link_preview_options:
                data["link_preview_options"] = self.link_preview_options
        data.update(self.media)
        if self.reply_markup and self.reply_markup.get("inline_keyboard"):
            data["reply_markup"] = self.reply_markup
        return data

    def content(self) -> dict[str, Any]:
        """What an edit can change; used for history and for "message is not modified"."""
        return {
            "text": self.text,
            "entities": self.entities,
            "raw_text": self.raw_text,
            "parse_mode": self.parse_mode,
            "reply_markup": self.reply_markup,
            "caption": self.media.get("caption"),
            "date": self.edit_date or self.date,
        }

    def to_local(self) -> dict[str, Any]:
        """The user-side view: the Telegram object plus raw text, rendered HTML and history."""
        text = self.text if self.text is not None else self.media.get("caption")
        entities = self.entities if self.text is not None else self.media.get("caption_entities", [])
        return {
            "chat_id": self.chat.id,
            "message_id": self.message_id,
            "sender": self.sender,
            "from": self.to_api(nested=False).get("from"),
            "date": self.date,
            "edit_date": self.edit_date,
            "kind": self.kind,
            "text": text,
            "entities": entities,
            "html": render_html(text, entities) if text is not None else None,
            "raw_text": self.raw_text,
            "parse_mode": self.parse_mode,
            "reply_markup": self.reply_markup,
            "keyboard": self.keyboard,
            "reply_to_message_id": self.reply_to.message_id if self.reply_to else None,
            "edits": list(self.history),
            "deleted": self.deleted,
            "delivered": self.delivered,
            "telegram": self.to_api(),
        }


@dataclass
class CallbackQueryRecord:
    id: str
    user_id: int
    chat_id: int
    message_id: int
    data: str | None
    created: float
    answer: dict[str, Any] | None = None
    answered_at: float | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "callback_query_id": self.id,
            "user_id": self.user_id,
            "chat_id": self.chat_id,
            "message_id": self.message_id,
            "data": self.data,
            "answered": self.answer is not None,
            "answer": self.answer,
        }


@dataclass
class InlineQueryRecord:
    id: str
    user_id: int
    query: str
    offset: str
    created: float
    answer: dict[str, Any] | None = None
    answered_at: float | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "inline_query_id": self.id,
            "user_id": self.user_id,
            "query": self.query,
            "offset": self.offset,
            "answered": self.answer is not None,
            "answer": self.answer,
        }


@dataclass
class WebhookConfig:
    url: str
    secret_token: str | None = None
    max_connections: int = 40
    ip_address: str | None = None
    last_error_date: int | None = None
    last_error_message: str | None = None
    delivered: int = 0


def scope_key(scope: dict[str, Any] | None) -> str:
    """A canonical key for a BotCommandScope, so equal scopes share their commands."""
    scope = scope or {"type": "default"}
    keep = {k: scope[k] for k in ("type", "chat_id", "user_id") if k in scope}
    if "chat_id" in keep:
        try:
            keep["chat_id"] = int(keep["chat_id"])
        except (TypeError, ValueError):
            keep["chat_id"] = str(keep["chat_id"])
    return json.dumps(keep, sort_keys=True)


class LocalState:
    """The in-memory Telegram seen by one bot."""

    def __init__(self, bot: BotIdentity) -> None:
        self.bot = bot
        self.users: dict[int, UserInfo] = {}
        self.chats: dict[int, Chat] = {}
        self.updates: list[dict[str, Any]] = []
        self.next_update_id = 1
        self.allowed_updates: list[str] = []
        self.webhook: WebhookConfig | None = None
        self.commands: dict[tuple[str, str], list[dict[str, str]]] = {}
        self.callback_queries: dict[str, CallbackQueryRecord] = {}
        self.inline_queries: dict[str, InlineQueryRecord] = {}
        self.description: dict[str, str] = {}
        self.short_description: dict[str, str] = {}
        self.closed_count = 0
        self.logged_out = False
        self.events = EventBus()
        self.faults = FaultInjector()
        self.calls = CallLog()
        self.closing = False
        self.poll_generation = 0
        self._ids = itertools.count(4_000_000_000_000_000_001)
        self._changed = asyncio.Event()

    # -- change signalling -------------------------------------------------------------------

    def notify(self) -> None:
        """Wake every waiter; they re-check their condition."""
        self._changed.set()
        self._changed = asyncio.Event()

    async def wait_for(self, predicate: Callable[[], bool], timeout: float) -> bool:
        """Wait until ``predicate()`` holds, the timeout expires or the server closes."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + max(0.0, timeout)
        while True:
            if predicate():
                return True
            remaining = deadline - loop.time()
            if remaining <= 0 or self.closing:
                return False
            changed = self._changed
            try:
                await asyncio.wait_for(changed.wait(), remaining)
            except TimeoutError:
                return predicate()

    async def sleep(self, seconds: float) -> None:
        """Sleep, but return early when the server shuts down."""
        await self.wait_for(lambda: self.closing, seconds)

    def new_id(self) -> str:
        """Ids for callback and inline queries, big numbers as strings like Telegram's."""
        return str(next(self._ids))

    # -- users and chats ---------------------------------------------------------------------

    def user(self, user_id: int, **fields: Any) -> UserInfo:
        """Get or create a user; given fields (first_name, username, ...) update it."""
        user = self.users.get(user_id)
        if user is None:
            user = UserInfo(id=user_id, first_name=f"User{user_id}", username=f"user{user_id}")
            self.users[user_id] = user
        for key, value in fields.items():
            if value is not None and hasattr(user, key):
                setattr(user, key, value)
        return user

    def private_chat(self, user: UserInfo) -> Chat:
        chat = self.chats.get(user.id)
        if chat is None:
            chat = Chat(id=user.id, type="private", user=user)
            self.chats[user.id] = chat
        return chat

    def group_chat(
        self, chat_id: int, chat_type: str = "group", title: str | None = None, username: str | None = None
    ) -> Chat:
        if chat_type not in ("group", "supergroup", "channel"):
            raise ValueError(f"unsupported chat type {chat_type!r}")
        if chat_id > 0:
            raise ValueError("group, supergroup and channel ids are negative")
        chat = self.chats.get(chat_id)
        if chat is None:
            chat = Chat(id=chat_id, type=chat_type, title=title or f"Test {chat_type} {abs(chat_id)}")
            self.chats[chat_id] = chat
        if title:
            chat.title = title
        if username:
            chat.username = username
        return chat

    def find_chat(self, chat_ref: int | str) -> Chat | None:
        if isinstance(chat_ref, str):
            name = chat_ref.lstrip("@").lower()
            return next(
                (
                    c
                    for c in self.chats.values()
                    if c.type != "private" and c.username and c.username.lower() == name
                ),
                None,
            )
        return self.chats.get(chat_ref)

    # -- messages ----------------------------------------------------------------------------

    def add_message(self, chat: Chat, sender: str, **fields: Any) -> StoredMessage:
        message = StoredMessage(
            chat=chat,
            message_id=chat.next_message_id,
            date=now(),
            sender=sender,
            bot=self.bot if sender == "bot" else None,
            **fields,
        )
        chat.next_message_id += 1
        chat.messages[message.message_id] = message
        return message

    def publish(self, type_: str, data: dict[str, Any], chat_id: int | None = None) -> None:
        self.events.publish(type_, data, chat_id)
        self.notify()

    # -- updates -----------------------------------------------------------------------------

    def enqueue_update(self, kind: str, payload: dict[str, Any]) -> int:
        update_id = self.next_update_id
        self.next_update_id += 1
        self.updates.append({"update_id": update_id, kind: payload})
        self.publish("update", {"update_id": update_id, "type": kind})
        return update_id

    def is_allowed(self, update: dict[str, Any], allowed: list[str] | None = None) -> bool:
        allowed = self.allowed_updates if allowed is None else allowed
        kind = next(k for k in update if k != "update_id")
        if not allowed:
            return kind not in OPT_IN_UPDATE_TYPES
        return kind in allowed

    def confirm(self, offset: int) -> None:
        """Forget updates before ``offset``; a negative offset keeps only the last ``-offset``."""
        if offset > 0:
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
        elif offset < 0:
            self.updates = self.updates[offset:]

    def pending(self) -> list[dict[str, Any]]:
        return [u for u in self.updates if self.is_allowed(u)]

    def drop_pending_updates(self) -> None:
        self.updates.clear()
        self.notify()

    # -- commands ----------------------------------------------------------------------------

    def effective_commands(
        self, chat: Chat, user_id: int | None, language_code: str = ""
    ) -> list[dict[str, str]]:
        """The command list a Telegram client would show in ``chat``, per Telegram's scope order."""
        if chat.type == "private":
            scopes: list[dict[str, Any]] = [
                {"type": "chat", "chat_id": chat.id},
                {"type": "all_private_chats"},
            ]
        else:
            scopes = [{"type": "chat", "chat_id": chat.id}, {"type": "all_group_chats"}]
            if user_id is not None:
                scopes.insert(0, {"type": "chat_member", "chat_id": chat.id, "user_id": user_id})
        scopes.append({"type": "default"})
        for scope in scopes:
            for language in dict.fromkeys((language_code, "")):
                commands = self.commands.get((scope_key(scope), language))
                if commands:
                    return commands
        return []

    # -- descriptions and languages ----------------------------------------------------------

    def bot_languages(self) -> list[str]:
        """The language codes the bot set a description, short description or command menu for, in
        the order it first did; the default ("", for every other language) is not among them."""
        codes = [*self.description, *self.short_description, *(language for _, language in self.commands)]
        return [code for code in dict.fromkeys(codes) if code]

    def bot_description(self, language_code: str) -> dict[str, str]:
        """What a client shows of the bot to a user of ``language_code``: that language's
        description and short description, each else the default one, as Telegram falls back;
        ``*_language`` says whose text it is ("" for the default)."""
        result = {"language_code": language_code}
        for name, texts in (("description", self.description), ("short_description", self.short_description)):
            language = language_code if texts.get(language_code) else ""
            result[name] = texts.get(language, "")
            result[f"{name}_language"] = language
        return result

    def reset(self) -> None:
        """Forget chats, updates, queries, calls and faults; keep bot identity and webhook."""
        self.users.clear()
        self.chats.clear()
        self.updates.clear()
        self.callback_queries.clear()
        self.inline_queries.clear()
        self.calls.clear()
        self.faults.clear()
        self.events.clear()
        self.notify()
