"""Build the Application in one place: every handler, its filters, the rate limiter and the menus."""

from __future__ import annotations

import logging

from telegram import (
    BotCommand,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    LinkPreviewOptions,
)
from telegram.constants import ParseMode
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

from jadbot.telegram import handlers as h
from jadbot.telegram.delivery import UpdateTracker
from jadbot.telegram.ordering import ChatOrderedUpdates
from jadbot.telegram.services import KEY, Services

log = logging.getLogger(__name__)

# Telegram allows about 30 requests/s. AIORateLimiter's default bucket holds 30 and refills at
# 30/s, so a burst of 30 plus the refill put up to 60 requests in one sliding second. A bucket of
# one refilled 27 times a second spaces requests 1/27 s apart, so a tenth of a second of stall on
# the way (network, a busy receiver) still keeps any second within 30: at 29/s and 28/s a loaded
# machine put 31 in one second.
PACING_RATE = 27.0
TRACKER = "jadbot.tracker"  # bot_data key: the UpdateTracker of delivery.py

# The command menus: the commands each kind of chat shows, described in each language the bot speaks
# (intents.yaml and languages/*.yaml, `texts: commands:`).
PRIVATE_COMMANDS = ("start", "topics", "source", "language", "help")
GROUP_COMMANDS = ("ask", "topics", "source", "language", "help")


def build_application(services: Services, token: str, base_url: str, *, paced: bool = True) -> Application:
    """The one Application used by polling, webhook and local mode alike.

    `base_url` is the Bot API root plus `/bot` (PTB appends the token and the method).
    Chats are handled concurrently so a slow chat never holds up the others, and each chat's
    messages are answered in the order they were sent (ordering.py). PTB's Updater is left out:
    delivery.py polls instead, confirming updates only once handled. `paced` keeps the bot
    within Telegram's 30 requests/s; against the local Bot API server (`paced=False`) only 429s
    are waited out, so a round trip shows the bot's own cost.
    """
    tracker = UpdateTracker()
    limiter = (
        AIORateLimiter(overall_max_rate=1, overall_time_period=1 / PACING_RATE, max_retries=2)
        if paced
        else AIORateLimiter(overall_max_rate=0, group_max_rate=0, max_retries=2)
    )
    app = (
        ApplicationBuilder()
        .token(token)
        .base_url(base_url)
        .base_file_url(base_url.removesuffix("/bot") + "/file/bot")
        .defaults(
            Defaults(
                parse_mode=ParseMode.HTML,
                allow_sending_without_reply=True,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            )
        )
        .rate_limiter(limiter)
        .concurrent_updates(ChatOrderedUpdates(on_done=tracker.done))
        .updater(None)
        .post_init(post_init)
        .build()
    )
    app.bot_data[KEY] = services
    app.bot_data[TRACKER] = tracker
    register(app)
    return app


def register(app: Application) -> None:
    """Every handler of the bot. Edited messages and channel posts match none, so they are ignored."""
    new = filters.UpdateType.MESSAGE
    private = filters.ChatType.PRIVATE
    groups = filters.ChatType.GROUPS
    app.add_handler(CommandHandler("start", h.start, filters=new))
    app.add_handler(CommandHandler("help", h.help_command, filters=new))
    app.add_handler(CommandHandler("topics", h.topics, filters=new))
    app.add_handler(CommandHandler("source", h.source, filters=new))
    app.add_handler(CommandHandler("language", h.language, filters=new))
    app.add_handler(CommandHandler("ask", h.ask_command, filters=new))
    app.add_handler(CommandHandler("reload", h.reload_command, filters=new))
    app.add_handler(MessageHandler(new & private & filters.COMMAND, h.unknown_command))
    app.add_handler(MessageHandler(new & private & filters.TEXT, h.ask_private))
    app.add_handler(MessageHandler(new & groups & filters.TEXT & ~filters.COMMAND & h.ADDRESSED, h.ask_group))
    app.add_handler(MessageHandler(new & private & ~filters.TEXT & ~filters.StatusUpdate.ALL, h.not_text))
    app.add_handler(CallbackQueryHandler(h.button))
    app.add_handler(InlineQueryHandler(h.inline_query))
    app.add_error_handler(h.on_error)


async def post_init(app: Application) -> None:
    """Command menus per chat kind and the bot's descriptions ("What can this bot do?"), in every
    language the bot speaks (Telegram shows the user's, else the default); a failure is logged,
    never fatal."""
    engine = app.bot_data[KEY].engine
    for code in engine.speaks():
        language = None if code == "en" else code
        described = engine.text("commands", code)
        try:
            for names, scope in (
                (PRIVATE_COMMANDS, BotCommandScopeAllPrivateChats()),
                (GROUP_COMMANDS, BotCommandScopeAllGroupChats()),
            ):
                commands = [BotCommand(n, str(described.get(n, n))) for n in names]
                await app.bot.set_my_commands(commands, scope=scope, language_code=language)
            await app.bot.set_my_description(engine.text("description", code), language_code=language)
            await app.bot.set_my_short_description(
                engine.text("short_description", code), language_code=language
            )
        except Exception as exc:
            log.warning("could not set the menu and description (%s): %s", code, type(exc).__name__)
    log.info("bot @%s ready", app.bot.username)
