"""What Telegram clients do on the user side: send and edit messages, press buttons, query inline.

Each action stores the message in its chat and, when the bot would see it, queues the
matching update (``message``, ``edited_message``, ``channel_post``, ``callback_query``,
``inline_query``). In groups the bot's privacy mode applies, as on Telegram: it only gets
commands, replies to its own messages and messages sent via it.
"""

from __future__ import annotations

import itertools
import time
from typing import Any

from .entities import command_entities, detect_entities
from .markup import find_button
from .state import CallbackQueryRecord, Chat, InlineQueryRecord, LocalState, StoredMessage, UserInfo, now


class UserActionError(ValueError):
    """A user-side request that cannot happen on Telegram (e.g. pressing a missing button)."""


class UserActions:
    def __init__(self, state: LocalState) -> None:
        self.state = state
        self._files = itertools.count(1)

    # -- helpers -----------------------------------------------------------------------------

    def chat_for(
        self,
        user: UserInfo,
        chat_id: int | None = None,
        chat_type: str = "private",
        title: str | None = None,
    ) -> Chat:
        """The private chat with ``user``, or a group/supergroup chat (created on first use)."""
        if chat_id is None or chat_id == user.id:
            if chat_type != "private":
                raise UserActionError("a group chat needs a negative chat_id")
            return self.state.private_chat(user)
        if chat_type == "private":
            chat_type = "group"
        if chat_type == "channel":
            raise UserActionError("users post into channels with channel_post")
        try:
            return self.state.group_chat(chat_id, chat_type, title)
        except ValueError as exc:
            raise UserActionError(str(exc)) from None

    def _file(self, prefix: str) -> tuple[str, str]:
        number = next(self._files)
        return f"{prefix}AAMCAgADGQEAA{number:06d}", f"AQAD{number:06d}"

    def _bot_sees(self, message: StoredMessage) -> bool:
        """Telegram's privacy mode for groups; private chats and channels are always seen."""
        chat = message.chat
        if chat.type in ("private", "channel") or not self.state.bot.privacy_mode:
            return True
        if message.reply_to is not None and message.reply_to.sender == "bot":
            return True
        text = message.text if message.text is not None else message.media.get("caption", "")
        entities = message.entities if message.text is not None else message.media.get("caption_entities", [])
        me = self.state.bot.username.lower()
        return any(name is None or name.lower() == me for _, name in command_entities(text, entities))

    def _deliver(self, kind: str, message: StoredMessage) -> int | None:
        message.delivered = self._bot_sees(message)
        if not message.delivered:
            return None
        return self.state.enqueue_update(kind, message.to_api())

    # -- messages ----------------------------------------------------------------------------

    def send(
        self,
        user_id: int,
        *,
        chat_id: int | None = None,
        chat_type: str = "private",
        chat_title: str | None = None,
        text: str | None = None,
        sticker: str | None = None,
        photo: dict[str, Any] | bool | None = None,
        voice: dict[str, Any] | bool | None = None,
        location: dict[str, float] | None = None,
        caption: str | None = None,
        reply_to_message_id: int | None = None,
        user: dict[str, Any] | None = None,
    ) -> tuple[StoredMessage, int | None]:
        """A user sends one message (text or one kind of media); returns it and its update id."""
        sender = self.state.user(user_id, **(user or {}))
        chat = self.chat_for(sender, chat_id, chat_type, chat_title)
        if chat.type == "private" and sender.blocked_bot:
            self.set_blocked(user_id, False)  # writing to a blocked bot means pressing "Restart"
        reply_to = None
        if reply_to_message_id is not None:
            reply_to = chat.messages.get(reply_to_message_id)
            if reply_to is None or reply_to.deleted:
                raise UserActionError(f"message {reply_to_message_id} not found in chat {chat.id}")
        fields: dict[str, Any] = {"from_user": sender, "reply_to": reply_to}
        given = [
            k for k, v in (("text", text), ("sticker", sticker), ("photo", photo), ("voice", voice)) if v
        ]
        if location is not None:
            given.append("location")
        if len(given) != 1:
            raise UserActionError("send exactly one of text, sticker, photo, voice or location")
        if text is not None and text != "":
            if not text.strip():
                raise UserActionError("text is empty")
            text = text.strip()
            fields["text"] = text
            fields["entities"] = detect_entities(text)
        else:
            fields["media"] = self._media(sticker, photo, voice, location, caption)
        message = self.state.add_message(chat, "user", **fields)
        update_id = self._deliver("message", message)
        self.state.publish("message", message.to_local(), chat.id)
        return message, update_id

    def _media(
        self,
        sticker: str | None,
        photo: dict[str, Any] | bool | None,
        voice: dict[str, Any] | bool | None,
        location: dict[str, float] | None,
        caption: str | None,
    ) -> dict[str, Any]:
        media: dict[str, Any] = {}
        if sticker:
            file_id, unique_id = self._file("CAACAgIAAxkBAAE")
            media["sticker"] = {
                "file_id": file_id,
                "file_unique_id": unique_id,
                "type": "regular",
                "width": 512,
                "height": 512,
                "is_animated": False,
                "is_video": False,
                "emoji": sticker,
                "set_name": "LocalTestStickers",
                "file_size": 24000,
            }
        elif photo:
            spec = photo if isinstance(photo, dict) else {}
            width, height = int(spec.get("width", 1280)), int(spec.get("height", 960))
            sizes = []
            for scale in (16, 4, 1):
                file_id, unique_id = self._file("AgACAgIAAxkBAAE")
                w, h = max(width // scale, 1), max(height // scale, 1)
                sizes.append(
                    {
                        "file_id": file_id,
                        "file_unique_id": unique_id,
                        "width": w,
                        "height": h,
                        "file_size": w * h // 8,
                    }
                )
            media["photo"] = sizes
        elif voice:
            spec = voice if isinstance(voice, dict) else {}
            file_id, unique_id = self._file("AwACAgIAAxkBAAE")
            duration = int(spec.get("duration", 3))
            media["voice"] = {
                "file_id": file_id,
                "file_unique_id": unique_id,
                "duration": duration,
                "mime_type": "audio/ogg",
                "file_size": 4000 * max(duration, 1),
            }
        elif location is not None:
            try:
                media["location"] = {
                    "latitude": float(location["latitude"]),
                    "longitude": float(location["longitude"]),
                }
            except (KeyError, TypeError, ValueError):
                raise UserActionError("location needs latitude and longitude") from None
        if caption and ("photo" in media or "voice" in media):
            caption = caption.strip()
            media["caption"] = caption
            entities = detect_entities(caption)
            if entities:
                media["caption_entities"] = entities
        return media

    def edit(
        self, user_id: int, chat_id: int, message_id: int, text: str
    ) -> tuple[StoredMessage, int | None]:
        """The user edits their own text message; the bot gets ``edited_message``."""
        chat = self.state.chats.get(chat_id)
        message = chat.messages.get(message_id) if chat else None
        if message is None or message.deleted:
            raise UserActionError(f"message {message_id} not found in chat {chat_id}")
        if message.sender != "user" or message.from_user is None or message.from_user.id != user_id:
            raise UserActionError("users can only edit their own messages")
        if message.text is None:
            raise UserActionError("only text messages can be edited here")
        text = text.strip()
        if not text or text == message.text:
            raise UserActionError("message is not modified")
        message.history.append(message.content())
        message.text = text
        message.entities = detect_entities(text)
        message.edit_date = now()
        update_id = self._deliver("edited_message", message)
        self.state.publish("edited_message", message.to_local(), chat_id)
        return message, update_id

    def channel_post(
        self, chat_id: int, text: str, title: str | None = None, username: str | None = None
    ) -> tuple[StoredMessage, int]:
        """A post in a channel where the bot is an administrator (``channel_post`` update)."""
        try:
            chat = self.state.group_chat(chat_id, "channel", title, username)
        except ValueError as exc:
            raise UserActionError(str(exc)) from None
        if chat.type != "channel":
            raise UserActionError(f"chat {chat_id} is a {chat.type}, not a channel")
        if not text.strip():
            raise UserActionError("text is empty")
        text = text.strip()
        message = self.state.add_message(chat, "channel", text=text, entities=detect_entities(text))
        message.delivered = True
        update_id = self.state.enqueue_update("channel_post", message.to_api())
        self.state.publish("message", message.to_local(), chat_id)
        return message, update_id

    # -- buttons and inline mode -------------------------------------------------------------

    def press(
        self,
        user_id: int,
        chat_id: int,
        message_id: int,
        *,
        data: str | None = None,
        text: str | None = None,
    ) -> tuple[CallbackQueryRecord, int]:
        """Press an inline button (found by callback_data or by label) of a bot message."""
        chat = self.state.chats.get(chat_id)
        message = chat.messages.get(message_id) if chat else None
        if chat is None or message is None or message.deleted:
            raise UserActionError(f"message {message_id} not found in chat {chat_id}")
        if data is None and text is None:
            raise UserActionError("give the button's callback data or its text")
        button = find_button(message.reply_markup, data, text)
        if button is None:
            raise UserActionError("the message has no such inline button")
        if "callback_data" not in button:
            raise UserActionError("that button does not send a callback query")
        user = self.state.user(user_id)
        record = CallbackQueryRecord(
            id=self.state.new_id(),
            user_id=user_id,
            chat_id=chat_id,
            message_id=message_id,
            data=button["callback_data"],
            created=time.time(),
        )
        self.state.callback_queries[record.id] = record
        update_id = self.state.enqueue_update(
            "callback_query",
            {
                "id": record.id,
                "from": user.to_api(),
                "message": message.to_api(),
                "chat_instance": chat.instance,
                "data": record.data,
            },
        )
        self.state.publish("callback_query", record.to_json(), chat_id)
        return record, update_id

    def inline_query(
        self, user_id: int, query: str, offset: str = "", chat_type: str | None = "sender"
    ) -> tuple[InlineQueryRecord, int]:
        """The user types ``@bot query`` somewhere; the bot gets an ``inline_query`` update."""
        if len(query) > 256:
            raise UserActionError("inline queries are at most 256 characters")
        user = self.state.user(user_id)
        record = InlineQueryRecord(
            id=self.state.new_id(), user_id=user_id, query=query, offset=offset, created=time.time()
        )
        self.state.inline_queries[record.id] = record
        payload: dict[str, Any] = {"id": record.id, "from": user.to_api(), "query": query, "offset": offset}
        if chat_type:
            payload["chat_type"] = chat_type
        update_id = self.state.enqueue_update("inline_query", payload)
        self.state.publish("inline_query", record.to_json())
        return record, update_id

    def set_blocked(self, user_id: int, blocked: bool = True) -> UserInfo:
        """Block or unblock the bot: sending to a blocker fails with 403 like on Telegram, and
        the bot gets a ``my_chat_member`` update (member <-> kicked) as it would there."""
        user = self.state.user(user_id)
        chat = self.state.private_chat(user)
        if user.blocked_bot != blocked:
            user.blocked_bot = blocked
            bot = self.state.bot.user_json()
            member = {"user": bot, "status": "member"}
            kicked = {"user": bot, "status": "kicked", "until_date": 0}
            self.state.enqueue_update(
                "my_chat_member",
                {
                    "chat": chat.to_api(),
                    "from": user.to_api(),
                    "date": now(),
                    "old_chat_member": member if blocked else kicked,
                    "new_chat_member": kicked if blocked else member,
                },
            )
        self.state.publish("user", {"user": user.to_api(), "blocked_bot": blocked}, user_id)
        return user
