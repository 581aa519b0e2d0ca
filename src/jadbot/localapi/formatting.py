"""Turn a bot's ``text`` + ``parse_mode``/``entities`` into what Telegram stores, or fail like Telegram."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .entities import (
    MAX_CAPTION_LENGTH,
    MAX_TEXT_LENGTH,
    Entity,
    merge_detected,
    strip_text,
    validate_entities,
)
from .errors import bad_request
from .html import HtmlParseError, parse_html
from .markdown import MarkdownParseError, parse_markdown, parse_markdown_v2


@dataclass
class FormattedText:
    text: str
    entities: list[Entity]
    raw_text: str
    parse_mode: str | None


def format_text(
    text: str | None,
    parse_mode: str | None = None,
    entities: Any = None,
    *,
    empty_error: str = "message text is empty",
    too_long_error: str = "message is too long",
    max_length: int = MAX_TEXT_LENGTH,
) -> FormattedText:
    """Parse, trim and check a message text exactly in the order Telegram does."""
    if text is None or text == "":
        raise bad_request(empty_error)
    raw = text
    mode = (parse_mode or "").strip()
    if mode:
        try:
            match mode.lower():
                case "html":
                    text, parsed = parse_html(text)
                case "markdownv2":
                    text, parsed = parse_markdown_v2(text)
                case "markdown":
                    text, parsed = parse_markdown(text)
                case _:
                    raise bad_request("unsupported parse_mode")
        except (HtmlParseError, MarkdownParseError) as exc:
            raise bad_request(f"can't parse entities: {exc}") from None
    else:
        parsed = validate_entities(text, entities)
    text, parsed = strip_text(text, parsed)
    if not text:
        raise bad_request(empty_error)
    if len(text) > max_length:
        raise bad_request(too_long_error)
    return FormattedText(
        text=text, entities=merge_detected(text, parsed), raw_text=raw, parse_mode=mode or None
    )


def format_caption(
    caption: str | None, parse_mode: str | None = None, entities: Any = None
) -> FormattedText | None:
    if not caption:
        return None
    return format_text(
        caption,
        parse_mode,
        entities,
        too_long_error="message caption is too long",
        max_length=MAX_CAPTION_LENGTH,
    )
