"""Settings: env vars and .env, and one clear stderr line (exit 2) for anything malformed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from jadbot.cli import main
from jadbot.settings import Settings, SettingsError, load_settings
from tests.conftest import FACTS, INTENTS

TOKEN = "123456789:AAHjadbot-test-token_abcdefghijklmn"
NAMES = [f.validation_alias for f in Settings.model_fields.values()]


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in NAMES:
        monkeypatch.delenv(str(name), raising=False)
    monkeypatch.chdir(tmp_path)  # no stray .env


def test_defaults_mean_local_mode() -> None:
    settings = load_settings()
    assert settings.token is None
    assert settings.api_base_url == "https://api.telegram.org"
    assert settings.bot_base_url == "https://api.telegram.org/bot"
    assert (settings.listen, settings.port, settings.log_misses) == ("0.0.0.0", 8443, True)
    assert settings.misses_log == Path("var/misses.jsonl")
    assert settings.admin_ids == frozenset()


def test_env_file_and_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".env").write_text(
        f"TELEGRAM_BOT_TOKEN={TOKEN}\nJADBOT_ADMIN_IDS=1, 2 3\nJADBOT_LOG_MISSES=false\n"
        "TELEGRAM_API_BASE_URL=http://127.0.0.1:8081/\n"
    )
    monkeypatch.setenv("JADBOT_PORT", "8080")
    monkeypatch.setenv("PORT", "1")  # generic names are not ours
    settings = load_settings()
    assert settings.token is not None and settings.token.get_secret_value() == TOKEN
    assert TOKEN not in repr(settings)
    assert settings.admin_ids == frozenset({1, 2, 3})
    assert settings.log_misses is False
    assert settings.port == 8080
    assert settings.bot_base_url == "http://127.0.0.1:8081/bot"


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("TELEGRAM_BOT_TOKEN", "not-a-token"),
        ("TELEGRAM_BOT_TOKEN", "123456:short"),
        ("TELEGRAM_API_BASE_URL", "api.telegram.org"),
        ("JADBOT_ADMIN_IDS", "alice,bob"),
        ("JADBOT_WEBHOOK_SECRET", "has spaces!"),
        ("JADBOT_WEBHOOK_SECRET", "x" * 257),
        ("JADBOT_PORT", "eighty"),
        ("JADBOT_PORT", "70000"),
        ("JADBOT_LOG_MISSES", "maybe"),
        ("JADBOT_FLOOD_RATE", "0"),
        ("JADBOT_FLOOD_BURST", "-1"),
        ("JADBOT_LOG_LEVEL", "loud"),
        ("JADBOT_WEBHOOK_SECRET", "good_secret\n"),  # `$` matched before a trailing newline
        ("JADBOT_WEBHOOK_URL", "https://bot.example.org/hook\nX-Injected: 1"),
        ("JADBOT_WEBHOOK_URL", "https://bot.example.org/a b"),
        ("TELEGRAM_API_BASE_URL", "https://api.telegram.org\n"),
        ("JADBOT_FLOOD_RATE", "inf"),  # would switch the flood guard off
        ("JADBOT_FLOOD_RATE", "nan"),
        ("JADBOT_STOP_TIMEOUT", "120"),  # longer than any shipped grace period
        ("JADBOT_UNHEALTHY_AFTER", "inf"),
    ],
)
def test_bad_values_name_the_setting(monkeypatch: pytest.MonkeyPatch, name: str, value: str) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as caught:
        load_settings()
    message = str(caught.value)
    assert name in message and "\n" not in message
    assert value not in message or len(value) < 4


def test_bad_token_is_one_stderr_line_and_exit_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "12345:secret-but-malformed")
    assert main(["run"]) == 2
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1 and "TELEGRAM_BOT_TOKEN" in captured.err
    assert "secret-but-malformed" not in captured.err + captured.out


def test_webhook_without_secret_is_exit_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("JADBOT_WEBHOOK_URL", "https://bot.example.org/hook")
    assert main(["run", "--webhook"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "JADBOT_WEBHOOK_SECRET" in err and TOKEN not in err


def test_no_traceback_from_the_real_command(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in NAMES} | {"JADBOT_PORT": "http"}
    result = subprocess.run(
        [sys.executable, "-m", "jadbot", "run"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("jadbot: invalid setting JADBOT_PORT: ")
    assert "Traceback" not in result.stderr


def test_local_chat_keeps_its_misses_out_of_production_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`jadbot run --local` (and `make run` without a token) wires var/local-misses.jsonl into
    the bot; JADBOT_MISSES_LOG, from the environment or .env, still wins."""
    import jadbot.telegram.run as run

    used: list[Path] = []

    async def fake_local(services: object, web: bool = False) -> None:
        used.append(services.misses.path)  # type: ignore[attr-defined]

    monkeypatch.setattr(run, "run_local", fake_local)
    data = ["--facts", str(FACTS), "--intents", str(INTENTS)]
    assert main(["run", "--local", *data]) == 0
    assert main(["run", *data]) == 0  # no token: local as well
    (tmp_path / ".env").write_text("JADBOT_MISSES_LOG=chosen.jsonl\n")
    assert main(["run", "--local", *data]) == 0
    (tmp_path / ".env").unlink()
    monkeypatch.setenv("JADBOT_MISSES_LOG", "also-chosen.jsonl")
    assert main(["run", "--local", *data]) == 0
    assert used == [
        Path("var/local-misses.jsonl"),
        Path("var/local-misses.jsonl"),
        Path("chosen.jsonl"),
        Path("also-chosen.jsonl"),
    ]
    monkeypatch.delenv("JADBOT_MISSES_LOG")
    assert load_settings().misses_log == Path("var/misses.jsonl")  # production's default is unchanged
