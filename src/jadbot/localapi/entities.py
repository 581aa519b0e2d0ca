"""Message entities: UTF-16 offsets, auto-detected entities and Telegram's text normalisation.

Telegram measures entity offsets and lengths in UTF-16 code units, so every helper here
converts between Python code-point indexes and UTF-16 positions.
"""

from __future__ import annotations

import re
from typing import Any

from .errors import bad_request

Entity = dict[str, Any]

MAX_TEXT_LENGTH = 4096
MAX_CAPTION_LENGTH = 1024

_COMMAND_RE = re.compile(r"(?<![\w/<>])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![\w/])")
_MENTION_RE = re.compile(r"(?<![\w@/])@[A-Za-z][A-Za-z0-9_]{3,31}(?![\w@])")
_HASHTAG_RE = re.compile(r"(?<![\w#])#\w*[^\W\d_]\w*")
_URL_RE = re.compile(r"(?<![\w@/.])(?:https?://|www\.)[^\s<>\"']+[^\s<>\"'.,;:!?)\]}]")
_EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w])")


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units, the unit of entity offsets."""
    return len(text.encode("utf-16-le")) // 2


def utf16_slice(text: str, offset: int, length: int) -> str:
    """The substring covered by an entity given in UTF-16 units."""
    data = text.encode("utf-16-le")
    return data[offset * 2 : (offset + length) * 2].decode("utf-16-le", errors="replace")


def _utf16_index(text: str) -> list[int]:
    """UTF-16 position of every code-point index (plus one past the end)."""
    positions = [0]
    for char in text:
        positions.append(positions[-1] + (2 if ord(char) > 0xFFFF else 1))
    return positions


def detect_entities(text: str) -> list[Entity]:
    """Entities Telegram finds by itself: commands, mentions, hashtags, URLs and e-mails."""
    positions = _utf16_index(text)
    found: list[Entity] = []
    for kind, pattern in (
        ("bot_command", _COMMAND_RE),
        ("url", _URL_RE),
        ("email", _EMAIL_RE),
        ("mention", _MENTION_RE),
        ("hashtag", _HASHTAG_RE),
    ):
        for match in pattern.finditer(text):
            start, end = positions[match.start()], positions[match.end()]
            if any(start < e["offset"] + e["length"] and e["offset"] < end for e in found):
                continue
            found.append({"offset": start, "length": end - start, "type": kind})
    return sort_entities(found)


def merge_detected(text: str, explicit: list[Entity]) -> list[Entity]:
    """Add auto-detected entities that do not overlap explicit ones (as Telegram does)."""
    extra = [
        d
        for d in detect_entities(text)
        if not any(
            d["offset"] < e["offset"] + e["length"] and e["offset"] < d["offset"] + d["length"]
            for e in explicit
        )
    ]
    return sort_entities([*explicit, *extra])


def sort_entities(entities: list[Entity]) -> list[Entity]:
    return sorted(entities, key=lambda e: (e["offset"], -e["length"]))


def strip_text(text: str, entities: list[Entity]) -> tuple[str, list[Entity]]:
    """Trim surrounding whitespace like Telegram, clipping entities to the kept text."""
    stripped = text.strip()
    if stripped == text:
        return text, entities
    lead = utf16_len(text[: len(text) - len(text.lstrip())])
    new_len = utf16_len(stripped)
    result: list[Entity] = []
    for entity in entities:
        start = max(entity["offset"] - lead, 0)
        end = min(entity["offset"] + entity["length"] - lead, new_len)
        if end > start:
            result.append({**entity, "offset": start, "length": end - start})
    return stripped, result


def command_entities(text: str, entities: list[Entity]) -> list[tuple[str, str | None]]:
    """``(command, addressed_username)`` for each bot_command entity, e.g. ``("/start", "jad_bot")``."""
    commands = []
    for entity in entities:
        if entity["type"] != "bot_command":
            continue
        word = utf16_slice(text, entity["offset"], entity["length"])
        name, _, username = word.partition("@")
        commands.append((name, username or None))
    return commands


def validate_entities(text: str, entities: Any) -> list[Entity]:
    """Check an explicit ``entities`` parameter and normalise it to plain dicts."""
    if entities is None:
        return []
    if not isinstance(entities, list):
        raise bad_request("can't parse entities JSON object")
    total = utf16_len(text)
    result = []
    for raw in entities:
        if not isinstance(raw, dict) or "type" not in raw:
            raise bad_request("can't parse MessageEntity JSON object")
        try:
            offset, length = int(raw["offset"]), int(raw["length"])
        except (KeyError, TypeError, ValueError):
            raise bad_request("can't parse MessageEntity JSON object") from None
        if offset < 0 or length <= 0 or offset + length > total:
            continue
        result.append({**raw, "offset": offset, "length": length})
    return sort_entities(result)
