"""The web test chat in real headless Chromium, against the real bot and the local Bot API server."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from webchat_stack import ROOT, Stack

from jadbot.engine import Engine
from tests.telegram.bot_helpers import until_processed

if TYPE_CHECKING:
    from playwright.async_api import Locator, Page

pytestmark = [pytest.mark.browser, pytest.mark.asyncio(loop_scope="session")]

ALICE = 1001  # the page's first test user; their private chat has the same id
# `make test` writes the screenshot to build/ (git-ignored); `make screenshot` points this at docs/chat.png.
SCREENSHOT = Path(os.environ.get("JADBOT_SCREENSHOT", ROOT / "build" / "chat.png"))


def expect(target: Locator | Page):  # type: ignore[no-untyped-def]
    """Playwright's auto-retrying assertions, imported late so a missing Playwright fails clearly."""
    from playwright.async_api import expect as playwright_expect

    return playwright_expect(target)


async def say(page: Page, text: str) -> None:
    """Type into the composer and press Enter, as a keyboard-only user would."""
    box = page.get_by_role("textbox", name="Message")
    await box.fill(text)
    await box.press("Enter")


def bot_messages(page: Page) -> Locator:
    return page.locator("#messages .from-bot")


def user_messages(page: Page) -> Locator:
    return page.locator("#messages .from-user")


async def test_question_shows_the_figure_and_recall(page: Page, stack: Stack) -> None:
    await say(page, "how much cocaine")
    await expect(user_messages(page)).to_have_count(1)
    # the bot sends no typing indicator for an answer (one API call per answer, issue 12)
    await expect(bot_messages(page).last).to_contain_text("626")
    await expect(page.locator("#typing")).to_have_text("")
    box = page.get_by_role("textbox", name="Message")
    await expect(box).to_have_value("")
    await box.press("ArrowUp")
    await expect(box).to_have_value("how much cocaine")
    await box.press("ArrowDown")
    await expect(box).to_have_value("")


async def test_typos_and_a_suggestion_button(page: Page, stack: Stack, engine: Engine) -> None:
    fallback = engine.answer("drgs sezed")  # first: later it would be read with the chat's context
    assert not fallback.matched and fallback.suggestions, "pick a typo question the bot cannot match"
    suggestion = fallback.suggestions[0]
    await say(page, "drgs sezed")
    await expect(bot_messages(page)).to_have_count(1)
    await expect(bot_messages(page).last).to_contain_text("I don't have an answer")
    await bot_messages(page).last.get_by_role("button", name=suggestion.title).click()
    await expect(bot_messages(page)).to_have_count(2)
    expected = engine.answer_intent(suggestion.intent).text.split("\n")[0]
    await expect(bot_messages(page).last).to_contain_text(expected)
    await say(page, "how mch cocane")
    await expect(bot_messages(page)).to_have_count(3)
    await expect(bot_messages(page).last).to_contain_text("626")
    (query,) = await stack.client.wait_calls("answerCallbackQuery")
    assert query["status"] is not None


async def test_start_command_menu_and_a_topic(page: Page, stack: Stack) -> None:
    await page.get_by_role("button", name="Start").click()
    await expect(bot_messages(page).last).to_contain_text("Hello!")
    await expect(bot_messages(page).last.locator("strong")).to_contain_text("EMPACT")  # bot HTML <b>
    menu_button = page.get_by_role("button", name="Menu")
    await menu_button.click()
    await expect(menu_button).to_have_attribute("aria-expanded", "true")
    await expect(page.get_by_role("button", name=re.compile(r"^\/start "))).to_be_focused()
    await page.keyboard.press("ArrowDown")  # the menu is keyboard-operable
    topics = page.get_by_role("button", name=re.compile(r"^\/topics "))
    await expect(topics).to_be_focused()
    await expect(page.get_by_role("button", name=re.compile(r"^\/help "))).to_be_visible()
    await page.keyboard.press("Escape")
    await expect(menu_button).to_have_attribute("aria-expanded", "false")
    await menu_button.click()
    await topics.click()
    await expect(bot_messages(page)).to_have_count(2)
    listing = bot_messages(page).last
    await expect(listing).to_contain_text("What would you like to know?")
    await listing.get_by_role("button", name="Seizures").click()  # subjects first, then topics
    await listing.get_by_role("button", name="Weapons seized").click()
    await expect(bot_messages(page)).to_have_count(3)
    await expect(bot_messages(page).last).to_contain_text("310")


async def test_group_chat_silence_commands_replies_and_users(page: Page, stack: Stack) -> None:
    await page.get_by_role("combobox", name="Chat").select_option("group")
    await expect(page.locator("#chat-title")).to_have_text("JadBot test group")
    await say(page, "how much cocaine")  # not addressed to the bot: it must stay silent
    await expect(user_messages(page)).to_have_count(1)
    await until_processed(stack.bot, stack.api.state.next_update_id - 1)  # the bot is done with it
    assert not [m for c in stack.api.state.chats.values() for m in c.messages.values() if m.sender == "bot"]
    await expect(bot_messages(page)).to_have_count(0)

    await page.get_by_role("combobox", name="User").select_option(label="Bob")
    await expect(user_messages(page).first.locator(".author")).to_have_text("Alice")
    await say(page, "/ask how much cocaine")
    await expect(bot_messages(page)).to_have_count(1)
    answer = bot_messages(page).last
    await expect(answer).to_contain_text("626")
    await expect(answer.locator(".reply-ref")).to_contain_text("Bob (you)")  # the bot quoted Bob

    await answer.get_by_role("button", name=re.compile("^Reply to")).click()
    await expect(page.locator("#reply-bar")).to_be_visible()
    await say(page, "and how many weapons")  # a reply to the bot is addressed to it
    await expect(bot_messages(page)).to_have_count(2)
    await expect(bot_messages(page).last).to_contain_text("310")
    await page.get_by_role("button", name="Menu").click()
    await expect(page.get_by_role("button", name=re.compile(r"^\/ask "))).to_be_visible()  # group menu


async def test_user_markup_stays_text(page: Page, stack: Stack) -> None:
    await say(page, "<b>x</b>")
    await say(page, '<img src=x onerror="document.body.dataset.pwned=1">')
    await expect(user_messages(page)).to_have_count(2)
    await expect(user_messages(page).first.locator(".text")).to_have_text("<b>x</b>")
    await expect(page.locator("#messages b, #messages img, #messages strong")).to_have_count(0)
    await expect(bot_messages(page)).to_have_count(2)
    assert await page.evaluate("document.body.dataset.pwned") is None


async def test_bot_formatting_rendered_like_telegram_and_edits_in_place(page: Page, stack: Stack) -> None:
    await say(page, "hello")
    await expect(bot_messages(page)).to_have_count(1)
    html = (
        '<b>bold <i>both</i></b> <i>italic</i> <u>under</u> <s>strike</s> <a href="https://example.org/x">'
        "link</a> <code>code</code> <tg-spoiler>secret</tg-spoiler> &lt;i&gt;literal&lt;/i&gt;\n"
        '<pre><code class="language-python">print(1)</code></pre><blockquote>quoted</blockquote>'
    )
    sent = await stack.bot.bot.send_message(ALICE, html, parse_mode="HTML")
    await expect(bot_messages(page)).to_have_count(2)
    message = bot_messages(page).last.locator(".text")
    await expect(message.locator("strong")).to_have_text("bold both")
    await expect(message.locator("strong em")).to_have_text("both")
    await expect(message.locator("u")).to_have_text("under")
    await expect(message.locator("s")).to_have_text("strike")
    link = message.get_by_role("link", name="link")
    await expect(link).to_have_attribute("href", "https://example.org/x")
    await expect(link).to_have_attribute("rel", "noopener noreferrer")
    await expect(message.locator(":scope > code")).to_have_text("code")
    await expect(message.locator("pre[data-language=python]")).to_have_text("print(1)")
    await expect(message.locator("blockquote")).to_have_text("quoted")
    spoiler = message.locator(".spoiler")
    await expect(spoiler).to_have_attribute("aria-pressed", "false")
    await spoiler.press("Enter")
    await expect(spoiler).to_have_attribute("aria-pressed", "true")
    await expect(message).to_contain_text("<i>literal</i>")  # escaped text stays text
    await expect(message.locator("em")).to_have_count(2)  # "both" and "italic", not "literal"

    await stack.bot.bot.edit_message_text("<b>changed</b>", chat_id=ALICE, message_id=sent.message_id)
    await expect(bot_messages(page).last.locator(".text strong")).to_have_text("changed")
    await expect(bot_messages(page).last.locator(".edited")).to_have_text("edited")
    await expect(bot_messages(page)).to_have_count(2)  # updated in place, not appended


async def test_phone_sized_and_labelled(page: Page, stack: Stack) -> None:
    await page.set_viewport_size({"width": 360, "height": 640})
    await expect(page.get_by_role("textbox", name="Message")).to_be_focused()
    log = page.get_by_role("log", name="Messages")
    await expect(log).to_have_attribute("aria-live", "polite")
    await say(page, "/topics")
    await expect(bot_messages(page)).to_have_count(1)
    fits = await page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert fits, "the page scrolls sideways on a phone-sized window"
    await expect(page.get_by_role("button", name="Send")).to_be_in_viewport()
    await expect(page.get_by_role("combobox", name="User")).to_be_in_viewport()


async def test_screenshot_for_the_docs(page: Page, stack: Stack) -> None:
    await page.set_viewport_size({"width": 760, "height": 900})
    await say(page, "/help")
    await expect(bot_messages(page)).to_have_count(1)
    await say(page, "how much coke?")
    await expect(bot_messages(page)).to_have_count(2)
    await say(page, "drgs sezed")
    await expect(bot_messages(page)).to_have_count(3)
    await page.get_by_role("textbox", name="Message").fill("did Bosnia take part?")
    await page.mouse.move(0, 0)
    # A fixed clock in the bubbles keeps the PNG byte-identical from run to run (no git churn).
    await page.evaluate("document.querySelectorAll('time').forEach(t => { t.textContent = '10:24'; })")
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    await page.screenshot(path=str(SCREENSHOT))
    assert SCREENSHOT.stat().st_size > 10_000


def contrast(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio of two computed CSS `rgb(...)` colours."""

    def luminance(css: str) -> float:
        channels = [int(v) / 255 for v in re.findall(r"\d+", css)[:3]]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("scheme", ["light", "dark"])
async def test_inline_keyboard_as_wide_as_its_message_and_readable(
    page: Page, stack: Stack, scheme: str
) -> None:
    await page.emulate_media(color_scheme=scheme)
    await say(page, "how much cocaine")  # a short answer with related-topic buttons under it
    message = bot_messages(page).last
    await expect(message.locator(".keyboard")).to_be_visible()
    bubble = await message.locator(".bubble").bounding_box()
    board = await message.locator(".keyboard").bounding_box()
    assert bubble and board
    assert abs(board["width"] - bubble["width"]) <= 1, (bubble, board)
    assert abs(board["x"] - bubble["x"]) <= 1, (bubble, board)
    for button in await message.locator(".kb").all():
        colours = await button.evaluate(
            "b => { const s = getComputedStyle(b); return [s.color, s.backgroundColor]; }"
        )
        assert contrast(*colours) >= 4.5, (scheme, colours)  # WCAG AA for normal text


def description_card(page: Page) -> Locator:
    return page.get_by_role("region", name="What can this bot do?")


async def test_language_choice_is_the_users_language_code_for_card_menu_and_bot(
    page: Page, stack: Stack, engine: Engine
) -> None:
    german_only = "Wie viele Waffen wurden beschlagnahmt?"
    assert "de" in engine.speaks(), "languages/de.yaml is missing"
    card, language = description_card(page), page.get_by_role("combobox", name="Language")
    await expect(card).to_contain_text(engine.text("description", "en"))
    await expect(language).to_have_value("en")
    names = ["English", *(engine.languages.get(code).name for code in engine.speaks()[1:])]
    await expect(language.locator("option")).to_have_text(names)  # the languages the bot set texts for

    await language.select_option(label="Deutsch")
    await expect(card).to_contain_text(engine.text("description", "de"))
    await expect(card.locator("p")).to_have_attribute("lang", "de")  # read out with German rules
    assert stack.api.state.users[ALICE].language_code == "de"
    user = page.get_by_role("combobox", name="User")  # the choice is per user
    await user.select_option(label="Bob")
    await expect(language).to_have_value("en")
    await expect(card).to_contain_text(engine.text("description", "en"))
    await user.select_option(label="Alice")
    await expect(language).to_have_value("de")
    await expect(card).to_contain_text(engine.text("description", "de"))
    assert stack.api.state.users[1002].language_code == "en"

    # /start is answered in the language of from.language_code, so the bot did see Deutsch
    greeting = engine.text("start", "de", title="").split("<b>")[0].strip()
    assert greeting and not engine.text("start", "en", title="").startswith(greeting)
    await page.get_by_role("button", name="Start").click()
    await expect(bot_messages(page).last).to_contain_text(greeting)
    await expect(card).to_be_hidden()  # the chat has begun

    await page.get_by_role("button", name="Menu").click()
    german, english = engine.text("commands", "de"), engine.text("commands", "en")
    assert german["topics"] != english["topics"]
    await expect(page.get_by_role("button", name=f"/topics {german['topics']}")).to_be_visible()
    await expect(page.get_by_role("button", name=f"/help {german['help']}")).to_be_visible()
    await expect(page.get_by_role("button", name=f"/topics {english['topics']}")).to_have_count(0)
    await page.keyboard.press("Escape")

    expected = engine.answer(german_only).text.split("\n")[0]
    assert (
        "310" in expected and expected != engine.answer("How many weapons were seized?").text.split("\n")[0]
    )
    await say(page, german_only)
    await expect(bot_messages(page)).to_have_count(2)
    await expect(bot_messages(page).last).to_contain_text("310")
    await expect(bot_messages(page).last).to_contain_text(expected)


@pytest.mark.parametrize("scheme", ["light", "dark"])
async def test_description_card_is_a_readable_heading_and_only_in_private_chats(
    page: Page, stack: Stack, engine: Engine, scheme: str
) -> None:
    await page.emulate_media(color_scheme=scheme)
    card = description_card(page)
    await expect(card.get_by_role("heading", name="What can this bot do?", level=2)).to_be_visible()
    await expect(card).to_contain_text(engine.text("description", "en"))
    background = await card.evaluate("c => getComputedStyle(c).backgroundColor")
    for part in ("h2", "p"):
        colour = await card.locator(part).evaluate("e => getComputedStyle(e).color")
        assert contrast(colour, background) >= 4.5, (scheme, part, colour, background)  # WCAG AA
    await page.get_by_role("combobox", name="Chat").select_option("group")
    await expect(page.locator("#chat-title")).to_have_text("JadBot test group")
    await expect(card).to_be_hidden()  # Telegram shows a bot's description in its private chat
