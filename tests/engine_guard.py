"""Make "the engine never raises" refutable.

`Engine.answer` turns any exception of `Engine._answer` into a fallback and logs "engine failed",
so a test that only looks at the answer passes whatever `_answer` does. `engine_must_not_fail`
fails on that log record instead; tests/conftest.py applies it to every test.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

ENGINE_LOGGER = "jadbot.engine"
MARK = "engine failed"


class _Failures(logging.Handler):
    """Collects the engine's "engine failed" records, whatever level the logger shows."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.getMessage().startswith(MARK):
            self.records.append(record)


_FAILURES = _Failures()


@contextmanager
def engine_must_not_fail() -> Iterator[None]:
    """Raise AssertionError (with the hidden traceback) if Engine._answer raised inside the block.

    Nested blocks each claim their own records, so a test can expect a failure inside one.
    """
    logger = logging.getLogger(ENGINE_LOGGER)
    if _FAILURES not in logger.handlers:
        logger.addHandler(_FAILURES)
    start = len(_FAILURES.records)
    try:
        yield
    finally:
        caught = _FAILURES.records[start:]
        del _FAILURES.records[start:]
    if caught:
        formatter = logging.Formatter()
        details = "\n".join(
            record.getMessage()
            + "\n"
            + (formatter.formatException(record.exc_info) if record.exc_info else "")
            for record in caught[:3]
        )
        raise AssertionError(f"Engine._answer raised {len(caught)} time(s), hidden by a fallback:\n{details}")
