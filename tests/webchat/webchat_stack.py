"""What the web chat tests share: the running pieces of one test and their constants."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from telegram.ext import Application

from jadbot.localapi import LocalBotApi, LocalChatClient

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "123456789:AAHjadbot-webchat-test_abcdefghijklm"
BOT_USERNAME = "jadbot_local_bot"


@dataclass
class Stack:
    """What a browser test may poke at besides the page: the server, the bot, a user-side client."""

    api: LocalBotApi
    bot: Application
    client: LocalChatClient
    url: str
