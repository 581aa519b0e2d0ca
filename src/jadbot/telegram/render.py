"""Engine answers as Telegram HTML messages and inline keyboards.

Everything that reaches Telegram as HTML passes through `html.escape` here, so neither a
user's text nor a fact can inject markup; long answers are split under Telegram's limit.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
)

from jadbot.engine import Answer, Engine, Suggestion

MESSAGE_LIMIT = 4096  # Telegram's maximum message length
BUTTON_TEXT_LIMIT = 60
INLINE_RESULTS = 6
QUIET_KINDS = frozenset({"smalltalk", "out_of_scope"})


@dataclass(frozen=True)
class Reply:
    """One message to send: HTML text and, on the last message of an answer, its buttons."""

    html: str
    markup: InlineKeyboardMarkup | None = None


def html_text(text: str) -> str:
    return escape(text, quote=False)


def telegram_length(text: str) -> int:
    """Telegram counts UTF-16 code units; an emoji is two."""
    return len(text.encode("utf-16-le")) // 2


def split_text(
    text: str, limit: int = MESSAGE_LIMIT, separators: Sequence[str] = ("\n\n", "\n", " ")
) -> list[str]:
    """Split plain text so each piece stays under `limit` once escaped, preferring paragraph breaks."""

    def size(piece: str) -> int:
        return telegram_length(html_text(piece))

    if size(text) <= limit:
        return [text]
    if not separators:
        return _hard_split(text, limit, size)
    separator, finer = separators[0], separators[1:]
    pieces: list[str] = []
    current = ""
    for part in text.split(separator):
        candidate = f"{current}{separator}{part}" if current else part
        if size(candidate) <= limit:
            current = candidate
            continue
        if current:
            pieces.append(current)
        smaller = split_text(part, limit, finer) if size(part) > limit else [part]
        pieces.extend(smaller[:-1])
        current = smaller[-1]
    if current:
        pieces.append(current)
    return [p for p in pieces if p.strip()]


def _hard_split(text: str, limit: int, size: Callable[[str], int]) -> list[str]:
    pieces, current, used = [], [], 0
    for char in text:
        width = size(char)
        if used + width > limit:
            pieces.append("".join(current))
            current, used = [], 0
        current.append(char)
        used += width
    pieces.append("".join(current))
    return pieces


def keyboard(options: Sequence[Suggestion], columns: int = 1) -> InlineKeyboardMarkup | None:
    """One button per topic; pressing it sends the intent id back as callback data."""
    buttons = [InlineKeyboardButton(_label(o.title), callback_data=o.intent) for o in options]
    if not buttons:
        return None
    return InlineKeyboardMarkup([buttons[i : i + columns] for i in range(0, len(buttons), columns)])


def _label(text: str) -> str:
    return text if len(text) <= BUTTON_TEXT_LIMIT else text[: BUTTON_TEXT_LIMIT - 1] + "…"


def answer_replies(answer: Answer) -> list[Reply]:
    """The messages for one answer; related topics after a match, suggestions otherwise."""
    options = answer.related if answer.matched else answer.suggestions
    pieces = split_text(answer.text) or ["…"]
    replies = [Reply(html_text(p)) for p in pieces]
    replies[-1] = Reply(replies[-1].html, keyboard(options))
    return replies


def source_html(engine: Engine, sources: tuple[str, ...] | None, language: str = "en") -> str:
    """What /source says: whose statement this is, and the sentences behind the last answer
    (`sources` of that answer; None when this chat has no answer remembered)."""
    head = engine.text("source_head", language, title=html_text(engine.store.title))
    if sources is None:
        return f"{head}\n\n{engine.text('source_none', language)}"
    if not sources:
        return f"{head}\n\n{engine.text('source_no_sentence', language)}"
    quotes = "\n\n".join(f"• <i>“{html_text(s)}”</i>" for s in sources)
    return f"{head}\n\n{engine.text('source_intro', language)}\n\n{quotes}"


def inline_answers(engine: Engine, query: str, limit: int = INLINE_RESULTS) -> list[Answer]:
    """Answers worth offering for an inline query: the full answer first, then close topics."""
    query = query.strip()
    if not query:
        return [engine.answer_intent(s.intent) for s in engine.featured()[:limit]]
    answers: list[Answer] = []
    best = engine.answer(query)
    if best.matched:
        answers.append(best)
    seen = set(best.intents)
    for scored in engine.explain(query):
        if len(answers) >= limit or scored.score < engine.settings.threshold:
            break
        intent = engine.intents.intents[scored.intent]
        if scored.intent in seen or intent.kind in QUIET_KINDS or intent.slot:
            continue
        seen.add(scored.intent)
        answers.append(engine.answer_intent(scored.intent))
    return answers


def inline_result(engine: Engine, answer: Answer) -> InlineQueryResultArticle:
    titles = [engine.intents.intents[i].title for i in answer.intents if i in engine.intents.intents]
    key = "|".join(answer.intents) + "|" + answer.text
    return InlineQueryResultArticle(
        id=hashlib.sha1(key.encode()).hexdigest()[:32],
        title=" + ".join(titles) or "Answer",
        description=answer.text[:120],
        input_message_content=InputTextMessageContent(html_text(split_text(answer.text)[0])),
    )
