"""Container health check for the jadbot image (Docker HEALTHCHECK runs it every 30 s).

Webhook mode (`jadbot run --webhook`) serves `GET /healthz` on JADBOT_PORT: 200 once the bot
runs, 503 while it starts. Polling mode opens no port, so there the check can only say that
PID 1 is still the bot; a crash already ends the container. Standard library only.
"""

from __future__ import annotations

import os
import sys
import urllib.request
from collections.abc import Mapping, Sequence
from pathlib import Path


def main(cmdline: Sequence[str] | None = None, env: Mapping[str, str] = os.environ) -> int:
    """0 healthy, 1 not (Docker's convention)."""
    if cmdline is None:
        try:
            cmdline = Path("/proc/1/cmdline").read_bytes().decode(errors="replace").split("\0")
        except OSError:
            cmdline = []
    if "--webhook" not in cmdline:
        return 0
    listen = env.get("JADBOT_LISTEN", "0.0.0.0")
    host = "127.0.0.1" if listen in ("", "0.0.0.0", "::") else listen
    host = f"[{host}]" if ":" in host else host
    url = f"http://{host}:{env.get('JADBOT_PORT', '8443')}/healthz"
    try:
        with urllib.request.urlopen(url, timeout=4) as response:
            return 0 if response.status == 200 else 1
    except OSError as exc:
        print(f"unhealthy: {url}: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
