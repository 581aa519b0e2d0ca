"""Runtime settings for `jadbot run`, from environment variables and an optional `.env` file.

Bad values become one `SettingsError` line (never a traceback, never the token's value), so a
typo in deployment fails fast with a message an operator can act on.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

# Matched with fullmatch: `$` would also accept a trailing newline, which HTTP headers cannot carry.
TOKEN_RE = re.compile(r"\d{3,20}:[A-Za-z0-9_-]{30,60}")
# Words of a template's placeholder ("123456789:REPLACE-with-the-token-from-BotFather"); each is
# long enough that a real, random token holds one about once in a billion.
PLACEHOLDER_RE = re.compile(r"replace|botfather|placeholder|example|changeme", re.IGNORECASE)
SECRET_RE = re.compile(r"[A-Za-z0-9_-]{1,256}")
URL_RE = re.compile(r"https?://[^/\s]+(/\S*)?")
# Seconds the bot gives the answers in hand after SIGTERM. The shipped grace periods (compose,
# systemd, k8s) are 20 s: this leaves time for start-up of the stop and the final confirmation.
DEFAULT_STOP_TIMEOUT = 10.0
LOCAL_MISSES_LOG = Path("var/local-misses.jsonl")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


class SettingsError(ValueError):
    """One printable line saying which setting is wrong and what is expected."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    token: SecretStr | None = Field(None, validation_alias="TELEGRAM_BOT_TOKEN")
    api_base_url: str = Field("https://api.telegram.org", validation_alias="TELEGRAM_API_BASE_URL")
    admin_ids: Annotated[frozenset[int], NoDecode] = Field(frozenset(), validation_alias="JADBOT_ADMIN_IDS")
    webhook_url: str | None = Field(None, validation_alias="JADBOT_WEBHOOK_URL")
    webhook_secret: SecretStr | None = Field(None, validation_alias="JADBOT_WEBHOOK_SECRET")
    listen: str = Field("0.0.0.0", validation_alias="JADBOT_LISTEN")
    port: int = Field(8443, ge=1, le=65535, validation_alias="JADBOT_PORT")
    facts_dir: Path | None = Field(None, validation_alias="JADBOT_FACTS_DIR")
    intents: Path | None = Field(None, validation_alias="JADBOT_INTENTS")
    misses_log: Path = Field(Path("var/misses.jsonl"), validation_alias="JADBOT_MISSES_LOG")
    log_misses: bool = Field(True, validation_alias="JADBOT_LOG_MISSES")
    # messages per second; inf or nan would switch the guard off silently
    flood_rate: float = Field(0.5, gt=0, allow_inf_nan=False, validation_alias="JADBOT_FLOOD_RATE")
    flood_burst: int = Field(8, ge=1, validation_alias="JADBOT_FLOOD_BURST")
    stop_timeout: float = Field(
        DEFAULT_STOP_TIMEOUT, ge=0, le=60, allow_inf_nan=False, validation_alias="JADBOT_STOP_TIMEOUT"
    )
    unhealthy_after: float = Field(60.0, gt=0, allow_inf_nan=False, validation_alias="JADBOT_UNHEALTHY_AFTER")
    health_port: int | None = Field(None, ge=1, le=65535, validation_alias="JADBOT_HEALTH_PORT")
    log_level: str = Field("INFO", validation_alias="JADBOT_LOG_LEVEL")
    # Shared state for several replicas; a URL may carry a password, hence a secret.
    redis_url: SecretStr | None = Field(None, validation_alias="JADBOT_REDIS_URL")
    conversation_ttl: int = Field(900, ge=1, validation_alias="JADBOT_CONVERSATION_TTL")  # seconds
    max_conversations: int = Field(50_000, ge=1, validation_alias="JADBOT_MAX_CONVERSATIONS")  # in process

    @field_validator("token", mode="before")
    @classmethod
    def _token(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = value.strip()
            if not value:
                return None
            if not TOKEN_RE.fullmatch(value):
                raise ValueError("does not look like a bot token from @BotFather (digits:35 characters)")
            if PLACEHOLDER_RE.search(value):
                raise ValueError("is a template's placeholder: put the token from @BotFather there")
        return value

    @field_validator("webhook_secret", mode="before")
    @classmethod
    def _secret(cls, value: Any) -> Any:
        if isinstance(value, str):
            if not value:
                return None
            if not SECRET_RE.fullmatch(value):
                raise ValueError("must be 1-256 characters of A-Z a-z 0-9 _ -")
        return value

    @field_validator("redis_url", mode="before")
    @classmethod
    def _redis(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = value.strip()
            if not value:
                return None
            if not re.match(r"^(?:rediss?|unix)://\S+$", value):
                raise ValueError("must be a redis://, rediss:// or unix:// URL")
        return value

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _admins(cls, value: Any) -> Any:
        if isinstance(value, str):
            parts = [p for p in re.split(r"[,\s]+", value) if p]
            if not all(re.fullmatch(r"-?\d+", p) for p in parts):
                raise ValueError("must be a comma-separated list of numeric Telegram user ids")
            return frozenset(int(p) for p in parts)
        if isinstance(value, int):
            return frozenset({value})
        return value

    @field_validator("api_base_url", "webhook_url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        if value is not None and not URL_RE.fullmatch(value):
            raise ValueError("must be an http(s):// URL without spaces or line breaks")
        return value.rstrip("/") if value else None

    @field_validator("log_level", mode="before")
    @classmethod
    def _level(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = value.strip().upper()
            if value not in LOG_LEVELS:
                raise ValueError("must be one of " + ", ".join(LOG_LEVELS))
        return value

    @property
    def bot_base_url(self) -> str:
        """What PTB wants as base_url: it appends `{token}/{method}`."""
        return f"{self.api_base_url}/bot"

    def for_local(self) -> Settings:
        """These settings for the local chat (`jadbot run --local`, `make run` without a token):
        its misses go to var/local-misses.jsonl unless JADBOT_MISSES_LOG names a file, so trying
        the bot never mixes test questions into production's var/misses.jsonl."""
        if "misses_log" in self.model_fields_set:
            return self
        return self.model_copy(update={"misses_log": LOCAL_MISSES_LOG})

    def require_webhook(self) -> None:
        """Webhook mode needs the public URL and a secret so forged updates are refused."""
        if self.token is None:
            raise SettingsError("webhook mode needs TELEGRAM_BOT_TOKEN")
        if not self.webhook_url:
            raise SettingsError(
                "webhook mode needs JADBOT_WEBHOOK_URL (the public https URL Telegram posts to)"
            )
        if self.webhook_secret is None:
            raise SettingsError(
                "webhook mode needs JADBOT_WEBHOOK_SECRET (1-256 characters of A-Z a-z 0-9 _ -)"
            )


def load_settings(env_file: Path | str | None = ".env", **overrides: Any) -> Settings:
    """Settings from the environment (and `env_file` when it exists), or one SettingsError line."""
    try:
        return Settings(_env_file=env_file, **overrides)  # type: ignore[call-arg]
    except ValidationError as exc:
        raise SettingsError(describe(exc)) from None


def describe(exc: ValidationError) -> str:
    """The first problem as `NAME: message`, without the offending value (it may be a secret)."""
    error = exc.errors(include_input=False, include_url=False)[0]
    field = str(error["loc"][0]) if error["loc"] else "settings"
    name = Settings.model_fields[field].validation_alias if field in Settings.model_fields else field
    message = str(error["msg"]).removeprefix("Value error, ")
    more = len(exc.errors()) - 1
    return f"invalid setting {name}: {message}" + (f" (and {more} more)" if more else "")


def configure_logging(settings: Settings, *, quiet: bool = False) -> None:
    """Log to stderr at the configured level (WARNING when `quiet`, e.g. beside the terminal chat)."""
    logging.basicConfig(
        level=logging.WARNING if quiet else settings.log_level,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        force=True,
    )
    quiet_http_loggers()
    if settings.token is not None:
        redact = Redactor(settings.token.get_secret_value())
        for handler in logging.getLogger().handlers:
            handler.addFilter(redact)


def quiet_http_loggers() -> None:
    """httpx logs every request URL at INFO, and Bot API URLs contain the token."""
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.WARNING)


class Redactor(logging.Filter):
    """Last line of defence: replace the token in any record that reaches our handlers."""

    def __init__(self, secret: str) -> None:
        super().__init__()
        self.secret = secret

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if self.secret in message:
            record.msg, record.args = message.replace(self.secret, "[token]"), None
        if record.exc_info and record.exc_info[1] and self.secret in str(record.exc_info[1]):
            record.exc_info, record.exc_text = None, None
            record.msg = f"{record.msg} (exception details hidden: they contained the token)"
        return True
