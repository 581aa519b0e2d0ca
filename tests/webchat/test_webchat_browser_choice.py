"""Which browser the browser tests use, and that a missing one skips locally but fails in CI."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from browser_choice import choose
from webchat_stack import ROOT


@pytest.fixture
def playwright_chromium(tmp_path: Path) -> Path:
    path = tmp_path / "ms-playwright" / "chrome"
    path.parent.mkdir()
    path.write_text("")
    return path


def test_playwright_browser_first_then_debian(playwright_chromium: Path, tmp_path: Path) -> None:
    debian = tmp_path / "chromium"
    debian.write_text("")
    assert choose(None, [playwright_chromium, debian]).executable == playwright_chromium
    assert choose("auto", [tmp_path / "not-installed", debian]).executable == debian


def test_no_browser_skips_unless_required(tmp_path: Path) -> None:
    none = [tmp_path / "not-installed", tmp_path / "no-chromium"]
    skipped = choose(None, none)
    assert skipped.executable is None and not skipped.required
    assert "playwright install chromium" in skipped.missing_message()
    assert "apt-get install chromium" in skipped.missing_message()
    required = choose("require", none)
    assert required.executable is None and required.required


def test_an_explicit_path_is_used_and_must_exist(playwright_chromium: Path, tmp_path: Path) -> None:
    assert choose(str(playwright_chromium), []).executable == playwright_chromium
    missing = choose(str(tmp_path / "nope"), [playwright_chromium])
    assert missing.executable is None and missing.required


def test_ci_requires_the_browser_tests() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "export JADBOT_TEST_CHROMIUM=require" in ci


def test_the_default_screenshot_is_git_ignored_and_untracked() -> None:
    """`make test` must leave the work tree clean: its screenshot goes to an ignored folder."""
    import test_webchat_browser

    target = test_webchat_browser.SCREENSHOT.resolve().relative_to(ROOT)
    ignored = subprocess.run(["git", "check-ignore", "-q", str(target)], cwd=ROOT, check=False)
    assert ignored.returncode == 0, f"{target} is not git-ignored"
