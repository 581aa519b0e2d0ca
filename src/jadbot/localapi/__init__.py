"""A local Telegram Bot API server for end-to-end tests and test chats (no network to Telegram).

``LocalBotApi`` serves the bot side (``/bot{token}/{method}``) faithfully enough for
python-telegram-bot, and a user side under ``/_local/`` that ``LocalChatClient`` drives.
"""

from .client import LocalApiError, LocalChatClient
from .faults import ApiCall, Fault, FaultKind
from .server import LocalBotApi

__all__ = ["ApiCall", "Fault", "FaultKind", "LocalApiError", "LocalBotApi", "LocalChatClient"]
