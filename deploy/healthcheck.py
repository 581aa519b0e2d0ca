"""Container health check for the jadbot image (Docker HEALTHCHECK runs it every 30 s).

Webhook mode (`jadbot run --webhook`) serves `GET /healthz` on JADBOT_PORT: 200 once the bot
runs and the Bot API answers, 503 while it starts or after the API has failed for
JADBOT_UNHEALTHY_AFTER seconds. Polling mode serves it on 127.0.0.1:JADBOT_HEALTH_PORT when that
is set (compose.yaml sets it); without it the check can only say that PID 1 is still the bot.
A revoked token ends the process (exit 2) in both modes. Standard library only.
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
    if "--webhook" in cmdline:
        listen = env.get("JADBOT_LISTEN", "0.0.0.0")
        host = "127.0.0.1" if listen in ("", "0.0.0.0", "::") else listen
        host = f"[{host}]" if ":" in host else host
        url = f"http://{host}:{env.get('JADBOT_PORT', '8443')}/healthz"
    elif env.get("JADBOT_HEALTH_PORT"):
        url = f"http://127.0.0.1:{env['JADBOT_HEALTH_PORT']}/healthz"
    else:
        return 0
    try:
        with urllib.request.urlopen(url, timeout=4) as response:
            return 0 if response.status == 200 else 1
    except OSError as exc:
        print(f"unhealthy: {url}: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
