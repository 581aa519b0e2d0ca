"""Validation of ``reply_markup``: inline keyboards as Telegram checks them, other keyboards as-is."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlparse

from .errors import bad_request
from .params import Params

_BUTTON_ACTIONS = (
    "url",
    "callback_data",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)
MAX_CALLBACK_DATA_BYTES = 64


def validate_inline_keyboard(markup: dict[str, Any]) -> dict[str, Any] | None:
    """Check an InlineKeyboardMarkup; an empty keyboard means "no keyboard" (``None``)."""
    rows = markup.get("inline_keyboard")
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request(
            'can\'t parse inline keyboard button: Field "inline_keyboard" must be of type Array'
        )
    for row in rows:
        for button in row:
            if not isinstance(button, dict):
                raise bad_request(
                    "can't parse inline keyboard button: InlineKeyboardButton must be an Object"
                )
            if not isinstance(button.get("text"), str):
                raise bad_request('can\'t parse inline keyboard button: Field "text" must be of type String')
            if not any(key in button for key in _BUTTON_ACTIONS):
                raise bad_request(
                    "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"
                )
            if "callback_data" in button:
                data = button["callback_data"]
                if not isinstance(data, str) or not 1 <= len(data.encode("utf-8")) <= MAX_CALLBACK_DATA_BYTES:
                    raise bad_request("BUTTON_DATA_INVALID")
            if "url" in button:
                url = button["url"]
                parsed = urlparse(url) if isinstance(url, str) else None
                if (
                    parsed is None
                    or parsed.scheme not in ("http", "https", "tg")
                    or not (parsed.netloc or parsed.scheme == "tg")
                ):
                    raise bad_request(f"inline keyboard button URL '{url}' is invalid: Wrong HTTP URL")
    if not any(rows):
        return None
    return {"inline_keyboard": rows}


def parse_reply_markup(params: Params) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """Split ``reply_markup`` into (inline keyboard, other keyboard) after validation."""
    markup = params.json("reply_markup", error="can't parse reply keyboard markup JSON object")
    if markup is None:
        return None, None
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" in markup:
        return validate_inline_keyboard(markup), None
    if "keyboard" in markup or markup.get("remove_keyboard") or markup.get("force_reply"):
        return None, markup
    raise bad_request("can't parse reply keyboard markup JSON object")


def find_button(markup: dict[str, Any] | None, data: str | None, text: str | None) -> dict[str, Any] | None:
    """The inline button a user presses, found by its callback_data or its label."""
    for row in (markup or {}).get("inline_keyboard", []):
        for button in row:
            if data is not None and button.get("callback_data") == data:
                return button
            if data is None and text is not None and button.get("text") == text:
                return button
    return None
