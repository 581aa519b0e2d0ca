"""Telegram-flavoured HTML: parse ``parse_mode="HTML"`` text into entities, and render entities back.

The parser follows TDLib's ``parse_html`` so the bot meets the same errors here as in
production: unsupported tags, unclosed tags and mismatched end tags all fail with
Telegram's wording ("Unsupported start tag "br" at byte offset 5", ...). Only the named
entities ``&lt; &gt; &amp; &quot;`` and numeric ones are decoded; any other ``&`` is literal.
"""

from __future__ import annotations

from html import escape

from .entities import Entity, sort_entities, utf16_len

SUPPORTED_TAGS = frozenset(
    {
        "a",
        "b",
        "strong",
        "i",
        "em",
        "u",
        "ins",
        "s",
        "strike",
        "del",
        "span",
        "tg-spoiler",
        "tg-emoji",
        "code",
        "pre",
        "blockquote",
    }
)

_SIMPLE_TYPES = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "span": "spoiler",
    "tg-spoiler": "spoiler",
}

_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}


class HtmlParseError(ValueError):
    """The text is not valid Telegram HTML; ``str(error)`` is Telegram's description."""


def _byte_offset(source: str, index: int) -> int:
    return len(source[:index].encode("utf-8"))


def _decode_entity(source: str, index: int) -> tuple[str, int] | None:
    """Decode an HTML entity starting at ``source[index] == "&"``: (character, chars consumed)."""
    pos = index + 1
    if pos < len(source) and source[pos] == "#":
        pos += 1
        base = 10
        if pos < len(source) and source[pos] in "xX":
            base = 16
            pos += 1
        start = pos
        digits = "0123456789abcdefABCDEF" if base == 16 else "0123456789"
        while pos < len(source) and source[pos] in digits and pos - start < 8:
            pos += 1
        if pos == start:
            return None
        code = int(source[start:pos], base)
        if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            return None
        char = chr(code)
    else:
        start = pos
        while pos < len(source) and source[pos].isascii() and source[pos].isalnum():
            pos += 1
        name = source[start:pos]
        if name not in _NAMED_ENTITIES:
            return None
        char = _NAMED_ENTITIES[name]
    if pos < len(source) and source[pos] == ";":
        pos += 1
    return char, pos - index


class _Open:
    __slots__ = ("argument", "offset", "tag")

    def __init__(self, tag: str, argument: str, offset: int) -> None:
        self.tag = tag
        self.argument = argument
        self.offset = offset


def parse_html(source: str) -> tuple[str, list[Entity]]:
    """Return the plain text and its entities, or raise :class:`HtmlParseError`."""
    out: list[str] = []
    utf16_pos = 0
    nested: list[_Open] = []
    entities: list[Entity] = []
    n = len(source)
    i = 0

    def emit(text: str) -> None:
        nonlocal utf16_pos
        out.append(text)
        utf16_pos += utf16_len(text)

    while i < n:
        char = source[i]
        if char == "&":
            decoded = _decode_entity(source, i)
            if decoded is not None:
                emit(decoded[0])
                i += decoded[1]
                continue
        if char != "<":
            emit(char)
            i += 1
            continue

        begin = i
        i += 1
        if i >= n or source[i] != "/":
            tag, argument, i = _parse_start_tag(source, begin)
            nested.append(_Open(tag, argument, utf16_pos))
            continue

        # End tag.
        if not nested:
            raise HtmlParseError(f"Unexpected end tag at byte offset {_byte_offset(source, begin)}")
        j = i + 1
        while j < n and not source[j].isspace() and source[j] != ">":
            j += 1
        end_name = source[i + 1 : j].lower()
        while j < n and source[j].isspace():
            j += 1
        if j >= n or source[j] != ">":
            raise HtmlParseError(f"Unclosed end tag at byte offset {_byte_offset(source, begin)}")
        i = j + 1
        opened = nested.pop()
        if end_name and end_name != opened.tag:
            raise HtmlParseError(
                f"Unmatched end tag at byte offset {_byte_offset(source, begin)}, "
                f'expected "</{opened.tag}>", found "</{end_name}>"'
            )
        _close(opened, utf16_pos, "".join(out), entities)

    if nested:
        raise HtmlParseError(f'Can\'t find end tag corresponding to start tag "{nested[-1].tag}"')
    return "".join(out), _drop_nested_in_code(sort_entities(entities))


def _parse_start_tag(source: str, begin: int) -> tuple[str, str, int]:
    """Parse ``<tag attr="v" ...>`` at ``begin``; return (tag, argument, index after ``>``)."""
    n = len(source)
    offset = _byte_offset(source, begin)
    i = begin + 1
    while i < n and not source[i].isspace() and source[i] != ">":
        i += 1
    if i >= n:
        raise HtmlParseError(f"Unclosed start tag at byte offset {offset}")
    tag = source[begin + 1 : i].lower()
    if tag not in SUPPORTED_TAGS:
        raise HtmlParseError(f'Unsupported start tag "{tag}" at byte offset {offset}')

    argument = ""
    while True:
        while i < n and source[i].isspace():
            i += 1
        if i >= n:
            raise HtmlParseError(f"Unclosed start tag at byte offset {offset}")
        if source[i] == ">":
            break
        name_start = i
        while i < n and not source[i].isspace() and source[i] not in "=>":
            i += 1
        name = source[name_start:i].lower()
        if not name:
            raise HtmlParseError(f'Empty attribute name in the tag "{tag}" at byte offset {offset}')
        while i < n and source[i].isspace():
            i += 1
        if i < n and source[i] == ">" and tag == "blockquote" and name == "expandable":
            argument = "expandable"
            break
        if i >= n or source[i] != "=":
            if tag == "blockquote" and name == "expandable":
                argument = "expandable"
                continue
            raise HtmlParseError(
                "Expected equal sign in declaration of an attribute of the tag "
                f'"{tag}" at byte offset {offset}'
            )
        i += 1
        while i < n and source[i].isspace():
            i += 1
        if i >= n:
            raise HtmlParseError(f'Unclosed start tag "{tag}" at byte offset {offset}')
        if source[i] not in "'\"":
            token_start = i
            while i < n and ((source[i].isascii() and source[i].isalnum()) or source[i] in ".-"):
                i += 1
            value = source[token_start:i].lower()
            if i < n and not source[i].isspace() and source[i] != ">":
                raise HtmlParseError(
                    f"Unexpected end of name token at byte offset {_byte_offset(source, token_start)}"
                )
        else:
            quote = source[i]
            i += 1
            chars: list[str] = []
            while i < n and source[i] != quote:
                if source[i] == "&":
                    decoded = _decode_entity(source, i)
                    if decoded is not None:
                        chars.append(decoded[0])
                        i += decoded[1]
                        continue
                chars.append(source[i])
                i += 1
            if i < n:
                i += 1
            value = "".join(chars)
        if i >= n:
            raise HtmlParseError(f"Unclosed start tag at byte offset {offset}")
        if tag == "a" and name == "href":
            argument = value
        elif tag == "code" and name == "class" and value.startswith("language-"):
            argument = value[len("language-") :]
        elif tag == "span" and name == "class" and value.startswith("tg-"):
            argument = value[len("tg-") :]
        elif tag == "tg-emoji" and name == "emoji-id":
            argument = value
        elif tag == "blockquote" and name == "expandable":
            argument = "expandable"
    if tag == "span" and argument != "spoiler":
        raise HtmlParseError(f'Tag "span" must have class "tg-spoiler" at byte offset {offset}')
    return tag, argument, i + 1


def _close(opened: _Open, end: int, text_so_far: str, entities: list[Entity]) -> None:
    """Turn a closed tag into an entity (empty ranges produce none, as in Telegram)."""
    length = end - opened.offset
    if length <= 0:
        return
    tag, argument = opened.tag, opened.argument
    entity: Entity = {"offset": opened.offset, "length": length}
    if tag in _SIMPLE_TYPES:
        entity["type"] = _SIMPLE_TYPES[tag]
    elif tag == "a":
        url = argument or _tail_utf16(text_so_far, length)
        if not url.strip():
            return
        entity["type"] = "text_link"
        entity["url"] = url
    elif tag == "code":
        entity["type"] = "code"
        if argument:
            entity["language"] = argument
    elif tag == "pre":
        inner = next(
            (
                e
                for e in entities
                if e["type"] == "code" and e["offset"] == opened.offset and e["length"] == length
            ),
            None,
        )
        entity["type"] = "pre"
        if inner is not None:
            entities.remove(inner)
            if inner.get("language"):
                entity["language"] = inner["language"]
    elif tag == "blockquote":
        entity["type"] = "expandable_blockquote" if argument else "blockquote"
    elif tag == "tg-emoji":
        if not argument:
            return
        entity["type"] = "custom_emoji"
        entity["custom_emoji_id"] = argument
    entities.append(entity)


def _tail_utf16(text: str, length: int) -> str:
    data = text.encode("utf-16-le")
    return data[len(data) - length * 2 :].decode("utf-16-le", errors="replace")


def _drop_nested_in_code(entities: list[Entity]) -> list[Entity]:
    """Code and pre cannot contain other formatting; Telegram drops what is strictly inside them."""
    blocks = [e for e in entities if e["type"] in ("code", "pre")]
    kept = []
    for e in entities:
        if any(_strictly_inside(e, b) for b in blocks if b is not e):
            continue
        if e["type"] == "code":
            e.pop("language", None)
        kept.append(e)
    return kept


def _strictly_inside(inner: Entity, outer: Entity) -> bool:
    start, end = inner["offset"], inner["offset"] + inner["length"]
    outer_start, outer_end = outer["offset"], outer["offset"] + outer["length"]
    if not (outer_start <= start and end <= outer_end):
        return False
    return (start, end) != (outer_start, outer_end) or inner["type"] in ("code", "pre")


_OPEN_TAGS = {
    "bold": "<b>",
    "italic": "<i>",
    "underline": "<u>",
    "strikethrough": "<s>",
    "spoiler": "<tg-spoiler>",
    "code": "<code>",
    "blockquote": "<blockquote>",
    "expandable_blockquote": "<blockquote expandable>",
}
_CLOSE_TAGS = {
    "bold": "</b>",
    "italic": "</i>",
    "underline": "</u>",
    "strikethrough": "</s>",
    "spoiler": "</tg-spoiler>",
    "code": "</code>",
    "blockquote": "</blockquote>",
    "expandable_blockquote": "</blockquote>",
    "text_link": "</a>",
    "text_mention": "</a>",
    "pre": "</pre>",
    "custom_emoji": "</tg-emoji>",
}


def _open_tag(entity: Entity) -> str:
    kind = entity["type"]
    if kind in _OPEN_TAGS:
        return _OPEN_TAGS[kind]
    if kind == "text_link":
        return f'<a href="{escape(entity.get("url", ""), quote=True)}">'
    if kind == "text_mention":
        return f'<a href="tg://user?id={int(entity.get("user", {}).get("id", 0))}">'
    if kind == "pre":
        language = entity.get("language")
        if language:
            return f'<pre><code class="language-{escape(language, quote=True)}">'
        return "<pre>"
    if kind == "custom_emoji":
        return f'<tg-emoji emoji-id="{escape(str(entity.get("custom_emoji_id", "")), quote=True)}">'
    return ""


def _close_tag(entity: Entity) -> str:
    if entity["type"] == "pre" and entity.get("language"):
        return "</code></pre>"
    return _CLOSE_TAGS.get(entity["type"], "")


def render_html(text: str, entities: list[Entity] | None) -> str:
    """Render text plus entities as Telegram HTML (a web test chat can show it directly).

    Entities that only detect things (commands, URLs, mentions) are not marked up. Entities
    that overlap without nesting are split so the output is always well-formed.
    """
    data = text.encode("utf-16-le")
    formatting = [e for e in sort_entities(list(entities or [])) if _open_tag(e)]
    boundaries = {0, len(data) // 2}
    for e in formatting:
        boundaries.update((e["offset"], e["offset"] + e["length"]))
    points = sorted(b for b in boundaries if 0 <= b <= len(data) // 2)

    parts: list[str] = []
    stack: list[Entity] = []
    for index, pos in enumerate(points):
        # Close everything ending here; close and later reopen entities above them on the stack.
        ending = [e for e in stack if e["offset"] + e["length"] <= pos]
        if ending:
            lowest = min(stack.index(e) for e in ending)
            reopen = [e for e in stack[lowest:] if e not in ending]
            for e in reversed(stack[lowest:]):
                parts.append(_close_tag(e))
            del stack[lowest:]
        else:
            reopen = []
        starting = [e for e in formatting if e["offset"] == pos]
        for e in sorted(reopen + starting, key=lambda e: -(e["offset"] + e["length"])):
            parts.append(_open_tag(e))
            stack.append(e)
        if index + 1 < len(points):
            chunk = data[pos * 2 : points[index + 1] * 2].decode("utf-16-le", errors="replace")
            parts.append(escape(chunk, quote=False))
    for e in reversed(stack):
        parts.append(_close_tag(e))
    return "".join(parts)
