"""One async handler per user action; `app.py` registers them all, with the filters that route to them.

Handlers read the engine from `Services` on every update, so a reload takes effect at once.
Each conversation's context is read before an answer and stored after it (conversations.py):
per chat in private chats, per user within a group; a pressed button counts as the turn it
stands for, and /start begins afresh.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import TypeVar

from telegram import Message, MessageEntity, Update
from telegram.constants import ChatAction, ChatType
from telegram.error import BadRequest, NetworkError, TelegramError
from telegram.ext import ContextTypes, filters

from jadbot.conversations import conversation_key
from jadbot.dialogue import Context as Conversation
from jadbot.engine import Answer, Engine, Suggestion
from jadbot.telegram.flood import Verdict
from jadbot.telegram.reload import reload_engine
from jadbot.telegram.render import (
    answer_replies,
    html_text,
    inline_answers,
    inline_result,
    keyboard,
    source_html,
)
from jadbot.telegram.services import services
from jadbot.telegram.topics import CALLBACK, subject_markup, subjects_markup

log = logging.getLogger(__name__)

Context = ContextTypes.DEFAULT_TYPE
Handler = Callable[[Update, Context], Awaitable[None]]
T = TypeVar("T")

INLINE_CACHE_SECONDS = 300
SEND_RETRIES = 2  # an answer whose send failed in transit is sent again, at most this often
SEND_BACKOFF = 0.5  # seconds before the first retry; doubled before the second
TYPING_DELAY = 0.5  # seconds of work before the user is shown "typing…"


def guarded(handler: Handler) -> Handler:
    """Apply the per-user flood guard: over the limit, warn once, then stay silent."""

    @functools.wraps(handler)
    async def wrapper(update: Update, context: Context) -> None:
        user = update.effective_user
        verdict = await services(context).flood.verdict(user.id) if user else Verdict.ALLOW
        if verdict is Verdict.ALLOW:
            await handler(update, context)
            return
        slow_down = services(context).engine.text("slow_down", _hint(update, services(context).engine))
        if update.callback_query:
            await update.callback_query.answer(slow_down if verdict is Verdict.WARN else None)
        elif verdict is Verdict.WARN and update.effective_message:
            await update.effective_message.reply_text(slow_down)

    return wrapper


# ---------------------------------------------------------------- commands


@guarded
async def start(update: Update, context: Context) -> None:
    """Greet; the conversation starts afresh (a follow-up no longer refers to earlier questions)."""
    s = services(context)
    key = _conversation(update)
    if key is not None:
        await s.conversations.put(key, None, update.update_id)
    engine = s.engine
    code = _hint(update, engine)
    local = engine.in_language(code)
    examples = [Suggestion(s.intent, _as_question(local.example_of(s.intent))) for s in local.featured()[:6]]
    await _message(update).reply_text(
        engine.text("start", code, title=html_text(engine.store.title)), reply_markup=keyboard(examples)
    )


@guarded
async def help_command(update: Update, context: Context) -> None:
    engine = services(context).engine
    code = await _chat_language(update, context)
    await _message(update).reply_text(engine.text("help", code, bot=context.bot.username or "bot"))


@guarded
async def language(update: Update, context: Context) -> None:
    """`/language` shows the chat's language, `/language de` (or `Deutsch`) fixes it."""
    s = services(context)
    engine = s.engine
    key = _conversation(update)
    previous = await s.conversations.get(key) if key is not None else None
    current = await _chat_language(update, context, previous)
    choices = ", ".join(f"{c} ({engine.language_name(c)})" for c in engine.speaks())
    wanted = " ".join(context.args or []).strip().casefold()
    if not wanted:
        name = engine.language_name(current)
        await _message(update).reply_text(
            engine.text("language_current", current, language=name, choices=choices)
        )
        return
    code = next((c for c in engine.speaks() if wanted in (c, engine.language_name(c).casefold())), None)
    if code is None:
        await _message(update).reply_text(engine.text("language_unknown", current, choices=choices))
        return
    if key is not None:
        chosen = replace(previous or Conversation((), ()), language=code, chosen=True)
        await s.conversations.put(key, chosen, update.update_id)
    await _message(update).reply_text(engine.text("language_set", code, language=engine.language_name(code)))


@guarded
async def topics(update: Update, context: Context) -> None:
    """A few subjects first (topics.yaml); pressing one shows its topics in the same message."""
    engine = services(context).engine
    code = await _chat_language(update, context)
    await _message(update).reply_text(
        engine.text("topics_prompt", code), reply_markup=subjects_markup(engine, code)
    )


async def _subject_pressed(update: Update, context: Context, key: str) -> None:
    """Swap the /topics message between the subjects and one subject's topics."""
    query = update.callback_query
    engine = services(context).engine
    code = await _chat_language(update, context)
    if not key:
        await query.answer()
        await query.edit_message_text(
            engine.text("topics_prompt", code), reply_markup=subjects_markup(engine, code)
        )
        return
    found = subject_markup(engine, key, code)
    if found is None:
        await query.answer(engine.text("button_outdated", code))
        return
    title, markup = found
    await query.answer()
    await query.edit_message_text(
        engine.text("subject_prompt", code, subject=html_text(title)), reply_markup=markup
    )


@guarded
async def source(update: Update, context: Context) -> None:
    chat = update.effective_chat
    last = await services(context).last_sources.recall(chat.id) if chat is not None else None
    code = await _chat_language(update, context)
    await _message(update).reply_text(source_html(services(context).engine, last, code))


@guarded
async def ask_command(update: Update, context: Context) -> None:
    """`/ask question`: the way to ask in groups where privacy mode hides plain messages."""
    question = " ".join(context.args or [])
    if not question:
        engine = services(context).engine
        await _message(update).reply_text(engine.text("ask_usage", await _chat_language(update, context)))
        return
    await _answer(update, context, question, quiet=False)


@guarded
async def reload_command(update: Update, context: Context) -> None:
    """Admins only: reload facts/ and intents.yaml, keeping the old data if the new is broken."""
    s = services(context)
    user = update.effective_user
    if user is None or user.id not in s.admin_ids:
        log.info("refused /reload from user id %s (not in JADBOT_ADMIN_IDS)", user.id if user else "?")
        await _message(update).reply_text("Sorry, only the bot's maintainers can use /reload.")
        return
    result = await _typing_while(update, context, reload_engine(s))
    if result.ok:
        text = f"Reloaded: {html_text(result.message)}."
    else:
        text = "Reload failed; I keep answering with the previous data.\n\n" + (
            f"<pre>{html_text(result.message[:3500])}</pre>"
        )
    await _message(update).reply_text(text)


@guarded
async def unknown_command(update: Update, context: Context) -> None:
    engine = services(context).engine
    await _message(update).reply_text(engine.text("unknown_command", await _chat_language(update, context)))


# ---------------------------------------------------------------- messages


@guarded
async def ask_private(update: Update, context: Context) -> None:
    await _answer(update, context, _message(update).text or "", quiet=False)


@guarded
async def ask_group(update: Update, context: Context) -> None:
    """A group message addressed to the bot (see ADDRESSED); silent when it has no real answer."""
    message = _message(update)
    question = message.text or ""
    for mention in _mentions(message):
        question = question.replace(mention, " ")
    await _answer(update, context, question.strip(" ,:;\n"), quiet=True)


@guarded
async def not_text(update: Update, context: Context) -> None:
    """Stickers, photos, voice, locations in a private chat: say what works instead."""
    engine = services(context).engine
    code = await _chat_language(update, context)
    local = engine.in_language(code)
    featured = local.featured()
    example = _as_question(local.example_of(featured[0].intent)) if featured else "?"
    await _message(update).reply_text(engine.text("not_text", code, example=html_text(example)))


@guarded
async def button(update: Update, context: Context) -> None:
    query = update.callback_query
    engine = services(context).engine
    intent = query.data or ""
    if intent.startswith(CALLBACK):
        await _subject_pressed(update, context, intent.removeprefix(CALLBACK))
        return
    s = services(context)
    key = _conversation(update) if update.effective_chat is not None else None
    previous = await s.conversations.get(key) if key is not None else None
    code = await _chat_language(update, context, previous)
    if intent not in engine.intents.intents:
        await query.answer(engine.text("button_outdated", code))
        return
    await query.answer()
    if update.effective_chat is None:  # a button on a message sent via inline mode
        return
    answer = await _computed(context, engine.answer_intent, intent, code, previous)
    if key is not None:
        await s.conversations.put(key, answer.context, update.update_id)
    await _reply(update, context, answer, quote=False)


async def inline_query(update: Update, context: Context) -> None:
    """`@bot cocaine` in any chat. Not flood-guarded: clients send one query per keystroke."""
    query = update.inline_query
    engine = services(context).engine
    results = [
        inline_result(engine, a) for a in await _computed(context, inline_answers, engine, query.query)
    ]
    await query.answer(results, cache_time=INLINE_CACHE_SECONDS)


async def on_error(update: object, context: Context) -> None:
    """Log with enough context to debug, tell a private user something went wrong, keep running."""
    where = "while polling"
    if isinstance(update, Update):
        chat = update.effective_chat
        where = f"update {update.update_id}" + (f" in a {chat.type} chat" if chat else "")
    log.error("error %s: %s", where, type(context.error).__name__, exc_info=context.error)
    if (
        isinstance(update, Update)
        and update.effective_chat
        and update.effective_chat.type == ChatType.PRIVATE
    ):
        with contextlib.suppress(TelegramError):
            await context.bot.send_message(
                update.effective_chat.id,
                services(context).engine.text("error", _hint(update, services(context).engine)),
            )


# ---------------------------------------------------------------- helpers


async def _answer(update: Update, context: Context, question: str, *, quiet: bool) -> None:
    s = services(context)
    key = _conversation(update)
    previous = await s.conversations.get(key) if key is not None else None
    answer = await _computed(context, s.engine.answer, question, previous, hint=_hint(update, s.engine))
    if key is not None:  # stored even when a group stays quiet: a miss keeps the thread
        await s.conversations.put(key, answer.context, update.update_id)
    s.misses.record(s.engine, answer)
    if quiet and not answer.matched:
        return
    await _reply(update, context, answer, quote=True)


async def _computed(context: Context, work: Callable[..., T], *args: object, **kwargs: object) -> T:
    """`work(*args, **kwargs)`, one at a time, with the event loop's other work run in between.

    An answer takes a millisecond or a few. When sixty messages arrive at once, sixty handlers
    would compute theirs back to back in one turn of the loop, holding up the sends already let
    through by the rate limiter, which then reached the API bunched (32 in one second). Taking
    turns keeps that wait to about one answer, on one thread (a worker thread, tried, lost a
    fifth of the answers per second to the GIL hand-over; without the yield below, 33 in a second).
    """
    async with services(context).answering:
        result = work(*args, **kwargs)
        await asyncio.sleep(0)  # what became ready meanwhile (a send) runs before the next answer
    return result


async def _reply(update: Update, context: Context, answer: Answer, *, quote: bool) -> None:
    """Send an answer as HTML chunks, buttons on the last one.

    No typing indicator: answers are ready in about a millisecond, and under Telegram's 30
    requests/s an extra call per answer would halve how many users the bot can answer.
    """
    chat = update.effective_chat
    if chat is None:
        return
    await services(context).last_sources.remember(chat.id, answer.sources)  # not chat_data: never evicted
    message = update.effective_message if quote else None
    for reply in answer_replies(answer):
        if message is not None:
            send = functools.partial(message.reply_text, reply.html, reply_markup=reply.markup)
        else:
            send = functools.partial(context.bot.send_message, chat.id, reply.html, reply_markup=reply.markup)
        await _retrying(update, send)


async def _retrying(update: Update, send: Callable[[], Awaitable[object]]) -> None:
    """Send one message of an answer; retry it after a network failure (5xx, dropped, timed out).

    PTB's rate limiter already waits out a 429 and retries. Other failures are retried here,
    because a lost answer leaves the user waiting. Telegram has no idempotency key: if it did
    send the message and only the response was lost, the user sees the answer twice
    (at-least-once delivery, at most 1 + SEND_RETRIES copies).
    """
    for attempt in range(1, SEND_RETRIES + 2):
        try:
            await send()
            return
        except BadRequest:  # a NetworkError subclass, but sending it again cannot help
            raise
        except NetworkError as exc:
            if attempt > SEND_RETRIES:
                raise
            delay = SEND_BACKOFF * 2 ** (attempt - 1)
            log.error(
                "answer to update %s failed (%s), retrying in %.1fs (%d of %d)",
                update.update_id,
                type(exc).__name__,
                delay,
                attempt,
                SEND_RETRIES,
            )
            await asyncio.sleep(delay)


async def _typing_while(update: Update, context: Context, work: Awaitable[T]) -> T:
    """Await `work`; show "typing…" only if it is not done within TYPING_DELAY (a slow reload)."""
    task = asyncio.ensure_future(work)
    done, _ = await asyncio.wait({task}, timeout=TYPING_DELAY)
    chat = update.effective_chat
    if not done and chat is not None:
        try:  # cosmetic: failing to show it must not cost the reply
            await context.bot.send_chat_action(chat.id, ChatAction.TYPING)
        except TelegramError as exc:
            log.warning("typing indicator failed (%s)", type(exc).__name__)
    return await task


def _hint(update: Update, engine: Engine) -> str:
    """The user's own language as Telegram reports it ("de", "sr-Latn"), if the bot speaks it."""
    user = update.effective_user
    code = (user.language_code or "")[:2].lower() if user is not None else ""
    return code if code in engine.speaks() else "en"


async def _chat_language(update: Update, context: Context, previous: Conversation | None = None) -> str:
    """The language this conversation was last answered in (or fixed to), else the user's."""
    s = services(context)
    if previous is None:
        key = _conversation(update)
        previous = await s.conversations.get(key) if key is not None else None
    if previous is not None:
        return previous.language
    return _hint(update, s.engine)


def _conversation(update: Update) -> str | None:
    """The conversation an update belongs to: the chat in private, the user within a group."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None:
        return None
    return conversation_key(chat.id, user.id if user else None, private=chat.type == ChatType.PRIVATE)


def _message(update: Update) -> Message:
    message = update.effective_message
    assert message is not None, "message handlers only run for updates with a message"
    return message


def _as_question(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:] + ("" if text.endswith("?") else "?")


def _mentions(message: Message) -> list[str]:
    """The parts of the message that mention this bot (@username, or a text mention of it)."""
    bot = message.get_bot()
    me = "@" + (bot.username or "").lower()
    return [
        text
        for entity, text in message.parse_entities(
            [MessageEntity.MENTION, MessageEntity.TEXT_MENTION]
        ).items()
        if text.lower() == me or (entity.user is not None and entity.user.id == bot.id)
    ]


class _AddressedToBot(filters.MessageFilter):
    """Group messages meant for the bot: replies to its own messages, or mentions of it."""

    def filter(self, message: Message) -> bool:
        reply = message.reply_to_message
        if reply is not None and reply.from_user is not None and reply.from_user.id == message.get_bot().id:
            return True
        return bool(_mentions(message))


ADDRESSED = _AddressedToBot(name="addressed_to_bot")
