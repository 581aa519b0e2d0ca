"""The web test chat: a Telegram-like page for a :class:`~jadbot.localapi.LocalBotApi`.

Developers see the bot as a user does (formatting, buttons, edits, typing, command menu,
private and group chats, several users) without Telegram. The page is static HTML, CSS and
JavaScript; everything it does goes through the local server's user side (``/_local/``).

Why a second listener instead of routes on ``api.app``: aiohttp freezes an application's
router once it is started, and the bot must already be polling the local server before the
page is useful. So :func:`start_web_chat` serves the page from its own small aiohttp app in
the same process and registers *the very same* ``/_local/`` handlers (``api.user_api``) on
it. The page therefore talks to the local Bot API server's code and state directly, with no
proxy hop and no second implementation; the bot side (``/bot{token}/...``) is not exposed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from aiohttp import web

from jadbot.localapi import LocalBotApi
from jadbot.localapi.guard import LOOPBACK_NAMES, is_loopback, same_site_only

__all__ = ["DEFAULT_HOST", "DEFAULT_PORT", "LOOPBACK_NAMES", "WebChat", "start_web_chat", "web_chat_app"]

STATIC_DIR = Path(__file__).with_name("static")
REMOTE_REFUSED = (
    "refusing to serve the web test chat on {host}: it has no authentication, and anyone who"
    " reaches it could post as any user, read every chat and reset the server. Serve it on"
    " 127.0.0.1 and reach it from elsewhere through an SSH tunnel"
    " (ssh -L 8080:127.0.0.1:8080 host)."
)
DEFAULT_HOST, DEFAULT_PORT = "127.0.0.1", 8080

# Nothing is fetched from elsewhere, and no inline script or style can run: a stray bit of
# bot or user text that became markup would be inert.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)


@dataclass
class WebChat:
    """A running web chat; ``url`` is the page's address."""

    runner: web.AppRunner
    url: str

    async def stop(self) -> None:
        await self.runner.cleanup()


def web_chat_app(api: LocalBotApi, host: str = DEFAULT_HOST) -> web.Application:
    """The page, its assets, and the local server's user-side routes under ``/_local/``."""
    app = web.Application(middlewares=[same_site_only(host)])
    app.add_routes(api.user_api.routes())
    app.add_routes([web.get("/", _index), web.get("/index.html", _index)])
    app.router.add_static("/static/", STATIC_DIR, append_version=False)
    app.on_response_prepare.append(_headers)
    return app


async def start_web_chat(api: LocalBotApi, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> WebChat:
    """Serve the chat page for ``api`` (which must run in this event loop); port 0 picks one.

    Only on loopback: the page has no authentication and can act as any user, so a listener
    anyone on the network reaches is refused (ValueError), not merely warned about."""
    if not is_loopback(host):
        raise ValueError(REMOTE_REFUSED.format(host=host))
    runner = web.AppRunner(
        web_chat_app(api, host), access_log=None, handler_cancellation=True, shutdown_timeout=1.0
    )
    await runner.setup()
    try:
        await web.TCPSite(runner, host, port).start()
    except BaseException:
        await runner.cleanup()
        raise
    bound = runner.addresses[0][1]
    shown = f"[{host}]" if ":" in host else host
    return WebChat(runner, f"http://{shown}:{bound}")


async def _index(request: web.Request) -> web.FileResponse:
    return web.FileResponse(STATIC_DIR / "index.html")


async def _headers(request: web.Request, response: web.StreamResponse) -> None:
    response.headers["Content-Security-Policy"] = CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    if not request.path.startswith("/_local/"):
        response.headers["Cache-Control"] = "no-cache"  # edits to the assets show on reload
