"""Fault injection and the record of bot API calls, for reliability tests.

A fault makes the next ``count`` calls of one method (or of every method, ``"*"``) fail in a
chosen way. With ``execute=True`` the call still takes effect before failing, which is how a
test reproduces "Telegram sent the message but the bot never saw the answer".
"""

from __future__ import annotations

import itertools
import time
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any


class FaultKind(StrEnum):
    ERROR = "error"  # HTTP 500 Internal Server Error
    RETRY_AFTER = "retry_after"  # HTTP 429 with parameters.retry_after (flood control)
    TIMEOUT = "timeout"  # hang longer than the client waits, then 502
    DROP = "drop"  # close the connection without any response
    DELAY = "delay"  # answer normally after ``delay`` seconds


@dataclass
class Fault:
    kind: FaultKind
    method: str = "*"
    count: int = 1
    retry_after: int = 1
    delay: float = 0.0
    execute: bool = False
    id: int = 0
    triggered: int = 0

    def matches(self, method: str) -> bool:
        return self.count > 0 and (self.method == "*" or self.method.lower() == method.lower())

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


class FaultInjector:
    """Faults waiting to hit upcoming calls; the oldest matching one fires first."""

    def __init__(self) -> None:
        self._faults: list[Fault] = []
        self._ids = itertools.count(1)

    def add(
        self,
        kind: FaultKind | str,
        method: str = "*",
        count: int = 1,
        *,
        retry_after: int = 1,
        delay: float = 0.0,
        execute: bool = False,
    ) -> Fault:
        if count < 1:
            raise ValueError("count must be at least 1")
        fault = Fault(
            kind=FaultKind(kind),
            method=method or "*",
            count=count,
            retry_after=max(1, int(retry_after)),
            delay=max(0.0, float(delay)),
            execute=execute,
            id=next(self._ids),
        )
        self._faults.append(fault)
        return fault

    def take(self, method: str) -> Fault | None:
        """Consume one use of the first fault matching ``method``."""
        for fault in self._faults:
            if fault.matches(method):
                fault.count -= 1
                fault.triggered += 1
                if fault.count == 0:
                    self._faults.remove(fault)
                return fault
        return None

    def active(self) -> list[Fault]:
        return list(self._faults)

    def clear(self) -> None:
        self._faults.clear()


@dataclass
class ApiCall:
    """One bot API call as seen by the server. The token is never part of it."""

    seq: int
    method: str
    time: float
    params: dict[str, Any]
    status: int | None = None
    fault: str | None = None
    duration: float | None = None
    error: str | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class CallLog:
    calls: list[ApiCall] = field(default_factory=list)
    _seq: itertools.count = field(default_factory=lambda: itertools.count(1))

    def start(self, method: str, params: dict[str, Any], at: float | None = None) -> ApiCall:
        """`at`: when the request arrived (before its body was read), as Telegram would count it."""
        call = ApiCall(seq=next(self._seq), method=method, time=at or time.time(), params=params)
        self.calls.append(call)
        return call

    def select(self, method: str | None = None, since: int = 0) -> list[ApiCall]:
        return [
            c for c in self.calls if c.seq > since and (method is None or c.method.lower() == method.lower())
        ]

    def clear(self) -> None:
        self.calls.clear()
