"""Telegram ``MarkdownV2`` and legacy ``Markdown`` parse modes, after TDLib's parsers.

The point is to reject what Telegram rejects (an unescaped ``.`` in MarkdownV2, an unclosed
``*``) with the same wording, and otherwise produce the same text and entities.
"""

from __future__ import annotations

from .entities import Entity, sort_entities, utf16_len


class MarkdownParseError(ValueError):
    """Not valid Telegram Markdown; ``str(error)`` is Telegram's description."""


_V2_RESERVED = "_*[]()~`>#+-=|{}.!"
_TYPE_NAMES = {
    "bold": "Bold",
    "italic": "Italic",
    "underline": "Underline",
    "strikethrough": "Strikethrough",
    "spoiler": "Spoiler",
    "code": "Code",
    "pre": "Pre",
    "text_link": "TextUrl",
    "custom_emoji": "CustomEmoji",
}


def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


def _at(text: str, index: int) -> str:
    return text[index] if 0 <= index < len(text) else ""


def _valid_url(url: str) -> bool:
    url = url.strip()
    return bool(url) and " " not in url and ("." in url or "://" in url)


class _Open:
    __slots__ = ("argument", "begin", "offset", "out_len", "type")

    def __init__(self, type_: str, argument: str, offset: int, begin: int, out_len: int) -> None:
        self.type = type_
        self.argument = argument
        self.offset = offset
        self.begin = begin
        self.out_len = out_len


def _skip_pre_language(text: str, i: int) -> tuple[str, int]:
    """After an opening triple backtick: read an optional language and one newline."""
    end = i
    while end < len(text) and not text[end].isspace() and text[end] != "`":
        end += 1
    language = ""
    if end != i and end < len(text) and text[end] != "`":
        language = text[i:end]
        i = end
    if _at(text, i) in ("\n", "\r"):
        if _at(text, i + 1) in ("\n", "\r") and text[i] != text[i + 1]:
            i += 2
        else:
            i += 1
    return language, i


def parse_markdown_v2(text: str) -> tuple[str, list[Entity]]:
    out: list[str] = []
    utf16_pos = 0
    nested: list[_Open] = []
    entities: list[Entity] = []
    quote_start: int | None = None
    n = len(text)
    i = 0

    def emit(chunk: str) -> None:
        nonlocal utf16_pos
        out.append(chunk)
        utf16_pos += utf16_len(chunk)

    def close_quote() -> None:
        nonlocal quote_start
        if quote_start is not None:
            end = utf16_pos - (1 if out and out[-1] == "\n" else 0)
            if end > quote_start:
                entities.append({"offset": quote_start, "length": end - quote_start, "type": "blockquote"})
        quote_start = None

    while i < n:
        char = text[i]
        line_start = i == 0 or text[i - 1] == "\n"
        in_code = bool(nested) and nested[-1].type in ("code", "pre")
        if line_start and not in_code:
            if char == ">":
                if quote_start is None:
                    quote_start = utf16_pos
                i += 1
                continue
            close_quote()
        if char == "\\" and i + 1 < n and 0 < ord(text[i + 1]) <= 126:
            emit(text[i + 1])
            i += 2
            continue
        reserved = "`" if in_code else _V2_RESERVED
        if char not in reserved:
            emit(char)
            i += 1
            continue

        top = nested[-1].type if nested else None
        is_end = (
            (top == "bold" and char == "*")
            or (top == "italic" and char == "_" and _at(text, i + 1) != "_")
            or (top == "code" and char == "`")
            or (top == "pre" and text[i : i + 3] == "```")
            or (top in ("text_link", "custom_emoji") and char == "]")
            or (top == "underline" and text[i : i + 2] == "__")
            or (top == "strikethrough" and char == "~")
            or (top == "spoiler" and text[i : i + 2] == "||")
        )
        if not is_end:
            begin = i
            argument = ""
            if char == "_":
                if _at(text, i + 1) == "_":
                    type_ = "underline"
                    i += 1
                else:
                    type_ = "italic"
            elif char == "*":
                type_ = "bold"
            elif char == "~":
                type_ = "strikethrough"
            elif char == "|" and _at(text, i + 1) == "|":
                type_ = "spoiler"
                i += 1
            elif char == "[":
                type_ = "text_link"
            elif char == "`":
                if text[i : i + 3] == "```":
                    type_ = "pre"
                    argument, i = _skip_pre_language(text, i + 3)
                    i -= 1
                else:
                    type_ = "code"
            elif char == "!" and _at(text, i + 1) == "[":
                type_ = "custom_emoji"
                i += 1
            else:
                raise MarkdownParseError(
                    f"Character '{char}' is reserved and must be escaped with the preceding '\\'"
                )
            nested.append(_Open(type_, argument, utf16_pos, _byte_offset(text, begin), len(out)))
            i += 1
            continue

        opened = nested.pop()
        skip = utf16_pos == opened.offset
        entity: Entity = {"offset": opened.offset, "length": utf16_pos - opened.offset, "type": opened.type}
        if opened.type in ("underline", "spoiler"):
            i += 1
        elif opened.type == "pre":
            i += 2
            if opened.argument:
                entity["language"] = opened.argument
        elif opened.type in ("text_link", "custom_emoji"):
            url = ""
            if _at(text, i + 1) != "(":
                if opened.type == "custom_emoji":
                    raise MarkdownParseError("Custom emoji entity must contain a tg://emoji URL")
                url = "".join(out[opened.out_len :])
            else:
                i += 2
                url_begin = i
                chars: list[str] = []
                while i < n and text[i] != ")":
                    if text[i] == "\\" and i + 1 < n and 0 < ord(text[i + 1]) <= 126:
                        chars.append(text[i + 1])
                        i += 2
                        continue
                    chars.append(text[i])
                    i += 1
                if i >= n:
                    raise MarkdownParseError(
                        f"Can't find end of a URL at byte offset {_byte_offset(text, url_begin)}"
                    )
                url = "".join(chars)
            if opened.type == "custom_emoji":
                prefix = "tg://emoji?id="
                if not url.startswith(prefix) or not url[len(prefix) :].isdigit():
                    raise MarkdownParseError("Custom emoji URL must have an emoji identifier")
                entity["custom_emoji_id"] = url[len(prefix) :]
            elif _valid_url(url):
                entity["url"] = url
            else:
                skip = True
        if not skip:
            entities.append(entity)
        i += 1

    if nested:
        last = nested[-1]
        raise MarkdownParseError(
            f"Can't find end of {_TYPE_NAMES[last.type]} entity at byte offset {last.begin}"
        )
    close_quote()
    return "".join(out), sort_entities(entities)


def parse_markdown(text: str) -> tuple[str, list[Entity]]:
    """Legacy ``Markdown``: ``*bold*``, ``_italic_``, ``[text](url)``, ``code`` and pre blocks."""
    out: list[str] = []
    utf16_pos = 0
    entities: list[Entity] = []
    n = len(text)
    i = 0
    while i < n:
        char = text[i]
        if char == "\\" and _at(text, i + 1) in ("_", "*", "`", "["):
            out.append(text[i + 1])
            utf16_pos += 1
            i += 2
            continue
        if char not in "_*`[":
            out.append(char)
            utf16_pos += utf16_len(char)
            i += 1
            continue
        begin = i
        end_char = "]" if char == "[" else char
        i += 1
        is_pre = False
        language = ""
        if char == "`" and text[i : i + 2] == "``":
            is_pre = True
            language, i = _skip_pre_language(text, i + 2)
        start_offset = utf16_pos
        start_out = len(out)
        while i < n and (text[i] != end_char or (is_pre and text[i + 1 : i + 3] != "``")):
            out.append(text[i])
            utf16_pos += utf16_len(text[i])
            i += 1
        if i >= n:
            raise MarkdownParseError(
                f"Can't find end of the entity starting at byte offset {_byte_offset(text, begin)}"
            )
        length = utf16_pos - start_offset
        entity: Entity | None = None
        if char == "_":
            entity = {"type": "italic"}
        elif char == "*":
            entity = {"type": "bold"}
        elif char == "[":
            url = "".join(out[start_out:])
            if _at(text, i + 1) == "(":
                i += 2
                chars = []
                while i < n and text[i] != ")":
                    chars.append(text[i])
                    i += 1
                url = "".join(chars)
            entity = {"type": "text_link", "url": url} if _valid_url(url) else None
        elif is_pre:
            entity = {"type": "pre", **({"language": language} if language else {})}
            i += 2
        else:
            entity = {"type": "code"}
        if entity is not None and length > 0:
            entities.append({"offset": start_offset, "length": length, **entity})
        i += 1
    return "".join(out), sort_entities(entities)
