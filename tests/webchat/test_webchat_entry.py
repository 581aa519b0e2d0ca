"""`python -m jadbot.webchat` and `serve_web_chat`, the way a developer starts the web chat."""

from __future__ import annotations

import asyncio
import io
import os
import re
import signal
import subprocess
import sys

import aiohttp

from jadbot.telegram.services import Services
from jadbot.webchat.local import serve_web_chat


def run_module(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "jadbot.webchat", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **env},
    )


def test_module_help_and_bad_settings() -> None:
    shown = run_module("--help")
    assert shown.returncode == 0 and "--port" in shown.stdout
    refused = run_module("--port", "0", JADBOT_LOG_LEVEL="LOUD")
    assert refused.returncode == 2
    assert "invalid setting JADBOT_LOG_LEVEL" in refused.stderr and "Traceback" not in refused.stderr


async def test_serve_web_chat_runs_the_bot_until_sigterm(services: Services) -> None:
    out = io.StringIO()
    task = asyncio.create_task(serve_web_chat(services, port=0, out=out))
    while "web test chat at" not in out.getvalue():
        assert not task.done(), task.exception()
        await asyncio.sleep(0.05)
    url = re.search(r"http://\S+", out.getvalue())[0]  # type: ignore[index]
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as page:
            assert page.status == 200 and "jadbot" in await page.text()
        async with session.post(
            f"{url}/_local/messages", json={"user_id": 5, "text": "how much coke"}
        ) as sent:
            assert sent.status == 200
        async with session.get(f"{url}/_local/chats/5/wait", params={"timeout": "5"}) as waited:
            (reply,) = (await waited.json())["messages"]
    assert "626" in reply["text"]
    os.kill(os.getpid(), signal.SIGTERM)  # handled by the running loop, as under systemd or Ctrl+C
    await asyncio.wait_for(task, 10)
