"""Webhook delivery: POST queued updates to the URL given to ``setWebhook``, retrying like Telegram.

Updates go out one at a time in ``update_id`` order, each with the
``X-Telegram-Bot-Api-Secret-Token`` header when a secret was set. A failed delivery is kept
and retried with backoff; the error shows up in ``getWebhookInfo`` as on Telegram.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

import aiohttp

from .state import LocalState, now

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


class WebhookDeliverer:
    def __init__(
        self,
        state: LocalState,
        *,
        retry_initial: float = 0.1,
        retry_max: float = 2.0,
        request_timeout: float = 10.0,
    ) -> None:
        self.state = state
        self.retry_initial = retry_initial
        self.retry_max = retry_max
        self.request_timeout = request_timeout
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="local-bot-api-webhook")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    def _ready(self) -> bool:
        return self.state.closing or (self.state.webhook is not None and bool(self.state.pending()))

    async def _run(self) -> None:
        state = self.state
        backoff = self.retry_initial
        timeout = aiohttp.ClientTimeout(total=self.request_timeout)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            while not state.closing:
                if not await state.wait_for(self._ready, 3600):
                    continue
                hook = state.webhook
                pending = state.pending()
                if state.closing or hook is None or not pending:
                    continue
                update = pending[0]
                headers = {SECRET_HEADER: hook.secret_token} if hook.secret_token else {}
                error: str | None = None
                try:
                    async with session.post(hook.url, json=update, headers=headers) as response:
                        await response.read()
                        if not 200 <= response.status < 300:
                            error = f"Wrong response from the webhook: {response.status} {response.reason}"
                except (aiohttp.ClientError, TimeoutError, OSError) as exc:
                    # Never echo the URL: bots often put their token in the webhook path.
                    error = "Connection timed out" if isinstance(exc, TimeoutError) else _describe(exc)
                if error is None:
                    if state.webhook is hook:
                        state.confirm(update["update_id"] + 1)
                        hook.delivered += 1
                    backoff = self.retry_initial
                    state.publish("webhook_delivered", {"update_id": update["update_id"]})
                    continue
                hook.last_error_date = now()
                hook.last_error_message = error
                log.info("webhook delivery of update %s failed: %s", update["update_id"], error)
                state.publish("webhook_error", {"update_id": update["update_id"], "error": error})
                await state.sleep(backoff)
                backoff = min(backoff * 2, self.retry_max)


def _describe(exc: BaseException) -> str:
    if isinstance(exc, aiohttp.ClientConnectorError):
        return "Connection refused"
    return f"Connection error: {type(exc).__name__}"
