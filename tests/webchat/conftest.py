"""Fixtures: local Bot API server + the real bot + the web chat on free ports, and headless Chromium.

One Chromium serves the whole session (launching it is most of a test's cost), so these
fixtures and the tests run on the session's event loop; every test still gets its own server,
bot, page and browser context. Chromium is one Playwright installed (`playwright install
chromium`), else Debian's (browser_choice.py); with none the browser tests are skipped and the
summary says so in one line, unless JADBOT_TEST_CHROMIUM=require (`.ci/run`) makes that a failure.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import pytest_asyncio
from browser_choice import choose_from_environment
from webchat_stack import BOT_USERNAME, ROOT, TOKEN, Stack

from jadbot.engine import Engine
from jadbot.localapi import LocalBotApi, LocalChatClient
from jadbot.misses import MissLog
from jadbot.telegram.app import build_application
from jadbot.telegram.flood import FloodGuard
from jadbot.telegram.run import running
from jadbot.telegram.services import Services
from jadbot.webchat import start_web_chat
from tests.telegram.bot_helpers import track_processed

if TYPE_CHECKING:
    from playwright.async_api import Browser, Page

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
SKIPPED: list[str] = []  # why the browser tests were skipped, for the one summary line


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """One loud line, so nobody takes a green run without the browser tests for a full one."""
    if SKIPPED:
        terminalreporter.write_line(f"BROWSER TESTS SKIPPED: {SKIPPED[0]}", red=True, bold=True)


@pytest.fixture
def services(engine: Engine, tmp_path: Path) -> Services:
    """The shipped data, a throwaway misses log, and a flood guard tests never trip."""
    return Services(
        engine=engine,
        facts_dir=ROOT / "facts",
        intents_path=ROOT / "intents.yaml",
        misses=MissLog(tmp_path / "misses.jsonl"),
        flood=FloodGuard(rate=100.0, burst=100),
    )


@pytest_asyncio.fixture(loop_scope="session")
async def stack(services: Services) -> AsyncIterator[Stack]:
    """Privacy mode off, so group messages not meant for the bot do reach it (and must be ignored)."""
    async with LocalBotApi(TOKEN, privacy_mode=False, bot_username=BOT_USERNAME, hang_seconds=3.0) as api:
        app = build_application(services, TOKEN, api.bot_base_url, paced=False)
        track_processed(app)  # so tests can wait until the bot is done with an update
        async with running(app), LocalChatClient(api.root_url) as client:
            chat = await start_web_chat(api, port=0)
            try:
                yield Stack(api, app, client, chat.url)
            finally:
                await chat.stop()


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def browser() -> AsyncIterator[Browser]:
    try:
        from playwright.async_api import async_playwright
    except ImportError:
        pytest.fail("Playwright is missing: pip install -e '.[dev]' (it provides `playwright`)")
    async with async_playwright() as playwright:
        choice = choose_from_environment(playwright.chromium.executable_path)
        if choice.executable is None:
            if choice.required:
                pytest.fail(choice.missing_message())
            SKIPPED.append(choice.missing_message())
            pytest.skip(choice.missing_message())
        browser = await playwright.chromium.launch(executable_path=str(choice.executable), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            await browser.close()


@pytest_asyncio.fixture(loop_scope="session")
async def page(browser: Browser, stack: Stack) -> AsyncIterator[Page]:
    """The chat page, loaded and connected; any script error or CSP violation fails the test."""
    context = await browser.new_context(viewport={"width": 900, "height": 760}, reduced_motion="reduce")
    page = await context.new_page()
    page.set_default_timeout(10_000)
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    page.on("console", lambda msg: problems.append(f"console: {msg.text}") if msg.type == "error" else None)
    await page.goto(stack.url)
    await page.wait_for_selector("body[data-ready=yes]")
    yield page
    await context.close()
    assert not problems, problems
