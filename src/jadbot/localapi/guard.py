"""What keeps a web page the developer happens to visit away from the local servers.

Both the local Bot API server and the web test chat listen on loopback without a password,
and their user side can post messages as anyone, reset the state and inject faults. A page
elsewhere can still send requests there (the browser lets it send, only not read), and a
DNS-rebinding page can even read. So every request must pass three checks:

* ``Host`` names loopback when the listener is on loopback (a rebound name does not);
* an ``Origin`` header, which browsers add to cross-site writes and fetches, names this very
  server (PTB, httpx and curl send none, so they pass);
* a write to the user side (``/_local/``) is JSON: a cross-site form cannot send that, and a
  ``fetch`` could only after a CORS preflight that is never granted.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from aiohttp import web
from aiohttp.typedefs import Handler, Middleware

LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})
USER_SIDE = "/_local/"


def is_loopback(host: str) -> bool:
    return host in LOOPBACK_NAMES or host.startswith("127.")


def host_name(host: str) -> str:
    """``127.0.0.1:8080`` -> ``127.0.0.1``; ``[::1]:8080`` -> ``[::1]``."""
    if host.startswith("["):
        return host[: host.find("]") + 1]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def refusal(request: web.Request, loopback: bool) -> str | None:
    """Why `request` is refused, or None when it passes all three checks."""
    if loopback and not is_loopback(host_name(request.host)):
        return "this local server only answers requests addressed to localhost"
    origin = request.headers.get("Origin")
    if origin is not None:
        parts = urlsplit(origin)
        if parts.scheme not in ("http", "https") or parts.netloc.lower() != request.host.lower():
            return "cross-site requests are refused"
    if (
        request.method == "POST"  # other writes (DELETE, PUT) always need a preflight: never granted
        and request.path.startswith(USER_SIDE)
        and request.content_type != "application/json"
    ):
        return "send JSON"
    return None


def same_site_only(listen_host: str) -> Middleware:
    """The middleware for a server listening on `listen_host`."""
    loopback = is_loopback(listen_host)

    @web.middleware
    async def middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        why = refusal(request, loopback)
        if why == "send JSON":
            raise web.HTTPUnsupportedMediaType(text=why)
        if why is not None:
            raise web.HTTPForbidden(text=why)
        return await handler(request)

    return middleware
