"""Assemble the local Bot API server: one aiohttp app with the bot side and the user side."""

from __future__ import annotations

import logging
from types import TracebackType
from typing import Any

from aiohttp import web

from .botapi import BotApi
from .faults import ApiCall, Fault, FaultKind
from .guard import is_loopback, same_site_only
from .state import BotIdentity, LocalState
from .useractions import UserActions
from .userapi import UserApi
from .webhook import WebhookDeliverer

log = logging.getLogger(__name__)

DEFAULT_BOT_ID = 7_000_000_001


def bot_id_from_token(token: str) -> int:
    """Telegram tokens start with the bot's user id (``123456:ABC...``)."""
    head = token.split(":", 1)[0]
    return int(head) if head.isdigit() else DEFAULT_BOT_ID


class LocalBotApi:
    """A local stand-in for ``api.telegram.org`` serving one bot token.

    Point ``telegram.Bot(token, base_url=server.bot_base_url)`` (or
    ``ApplicationBuilder().base_url(...)``) at it, and drive users through ``/_local/``
    (see :class:`jadbot.localapi.client.LocalChatClient`) or directly via :attr:`users`.
    """

    def __init__(
        self,
        token: str,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        bot_username: str = "jadbot_local_bot",
        bot_name: str = "JadBot Local",
        privacy_mode: bool = True,
        hang_seconds: float = 30.0,
        webhook_retry_initial: float = 0.1,
        webhook_retry_max: float = 2.0,
    ) -> None:
        if not token:
            raise ValueError("a bot token is required")
        self.host = host
        self.port = port
        self.state = LocalState(
            BotIdentity(
                id=bot_id_from_token(token),
                first_name=bot_name,
                username=bot_username,
                privacy_mode=privacy_mode,
            )
        )
        self.users = UserActions(self.state)
        self.bot_api = BotApi(self.state, token, hang_seconds=hang_seconds)
        self.user_api = UserApi(self.state, self.users)
        self.webhook = WebhookDeliverer(
            self.state, retry_initial=webhook_retry_initial, retry_max=webhook_retry_max
        )
        self.app = web.Application(client_max_size=50 * 1024 * 1024, middlewares=[same_site_only(host)])
        self.app.add_routes(self.bot_api.routes() + self.user_api.routes())
        self._runner: web.AppRunner | None = None
        self.root_url: str | None = None

    def __repr__(self) -> str:  # never show the token
        return f"<LocalBotApi {self.root_url or 'not started'} @{self.state.bot.username}>"

    @property
    def bot_base_url(self) -> str:
        """The ``base_url`` for PTB: ``{root}/bot`` (PTB appends the token and the method)."""
        return f"{self._root()}/bot"

    def _root(self) -> str:
        if self.root_url is None:
            raise RuntimeError("the server is not started")
        return self.root_url

    async def start(self) -> str:
        """Listen (port 0 picks a free port) and return the root URL, e.g. ``http://127.0.0.1:8081``."""
        if self._runner is not None:
            return self._root()
        if self.state.closing:
            raise RuntimeError("a stopped LocalBotApi cannot be restarted; create a new one")
        # No access log: request paths contain the bot token.
        runner = web.AppRunner(self.app, access_log=None, handler_cancellation=True, shutdown_timeout=2.0)
        await runner.setup()
        site = web.TCPSite(runner, self.host, self.port)
        await site.start()
        self._runner = runner
        self.port = runner.addresses[0][1]
        host = f"[{self.host}]" if ":" in self.host else self.host
        self.root_url = f"http://{host}:{self.port}"
        self.webhook.start()
        log.info("local Bot API listening on %s", self.root_url)
        if not is_loopback(self.host):
            log.warning(
                "the local Bot API server listens on %s, not loopback: anyone who can reach it can act"
                " as any user, read every chat and reset the state; it has no authentication",
                self.host,
            )
        return self.root_url

    async def stop(self) -> None:
        """Wake every long poll and stream so they finish, then close the listener."""
        if self._runner is None:
            return
        self.state.closing = True
        self.state.notify()
        self.state.events.close()
        await self.webhook.stop()
        await self._runner.cleanup()
        self._runner = None

    async def __aenter__(self) -> LocalBotApi:
        await self.start()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.stop()

    # -- conveniences for in-process tests ---------------------------------------------------

    def add_fault(self, kind: FaultKind | str, method: str = "*", count: int = 1, **options: Any) -> Fault:
        """Make the next ``count`` calls of ``method`` fail; see :class:`FaultInjector.add`."""
        return self.state.faults.add(kind, method, count, **options)

    def revoke_token(self) -> None:
        """What @BotFather's /revoke does: from now on the bot's token gets 401 Unauthorized."""
        self.bot_api._token = f"revoked-{self.bot_api._token}"
        self.state.notify()  # wake a long poll in progress, as Telegram ends it

    def calls(self, method: str | None = None) -> list[ApiCall]:
        """Bot API calls so far (optionally only one method), oldest first."""
        return self.state.calls.select(method)
