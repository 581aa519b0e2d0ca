"""A real `redis-server` (Debian package redis-server) for the tests, never a mock.

One server per test session on a free 127.0.0.1 port, emptied before each test that uses it;
tests that stop Redis on purpose start their own (`start_redis`). Without the binary the Redis
tests are skipped and the summary says so in one loud line, unless JADBOT_TEST_REDIS=require
(`.ci/run`, which installs the package) makes that a failure.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from redis.asyncio import Redis

SETTING = "JADBOT_TEST_REDIS"
SKIPPED: list[str] = []  # why the Redis tests were skipped, for the one summary line


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """One loud line, so nobody takes a green run without the Redis tests for a full one."""
    if SKIPPED:
        terminalreporter.write_line(f"REDIS TESTS SKIPPED: {SKIPPED[0]}", red=True, bold=True)


def redis_binary() -> str:
    """The redis-server to run, or a skip (a failure under JADBOT_TEST_REDIS=require)."""
    found = shutil.which("redis-server")
    if found:
        return found
    why = "no redis-server on this machine (apt-get install redis-server)"
    if os.environ.get(SETTING) == "require":
        pytest.fail(f"{why}, and {SETTING}=require")
    SKIPPED.append(why)
    pytest.skip(why)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RedisProcess:
    """One redis-server process on 127.0.0.1, no persistence; `stop` and `start` again on the same
    port to simulate an outage and its end."""

    def __init__(self, binary: str, workdir: Path) -> None:
        self.binary = binary
        self.workdir = workdir
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                *(self.binary, "--port", str(self.port), "--bind", "127.0.0.1"),
                *("--save", "", "--appendonly", "no", "--dir", str(self.workdir), "--loglevel", "warning"),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"redis-server exited with {self.process.returncode} at start")
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port), 0.2) as s:
                s.sendall(b"PING\r\n")
                if s.recv(16).startswith(b"+PONG"):
                    return
            time.sleep(0.02)
        self.stop()
        raise TimeoutError("redis-server did not answer PING within 10 s")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def flush(self) -> None:
        with socket.create_connection(("127.0.0.1", self.port), 2) as s:
            s.sendall(b"FLUSHALL\r\n")
            assert s.recv(16).startswith(b"+OK")


@contextlib.contextmanager
def start_redis() -> Iterator[RedisProcess]:
    """A fresh redis-server for one test (or the session), stopped afterwards."""
    binary = redis_binary()
    with tempfile.TemporaryDirectory(prefix="jadbot-redis-") as workdir:
        server = RedisProcess(binary, Path(workdir))
        server.start()
        try:
            yield server
        finally:
            server.stop()


@pytest.fixture(scope="session")
def redis_session_server() -> Iterator[RedisProcess]:
    with start_redis() as server:
        yield server


@pytest.fixture
def redis_server(redis_session_server: RedisProcess) -> RedisProcess:
    """The session's redis-server, empty."""
    redis_session_server.flush()
    return redis_session_server


@pytest.fixture
async def redis_client(redis_server: RedisProcess) -> AsyncIterator[Redis]:
    """An asyncio client on the test's event loop, configured as the bot configures its own."""
    from jadbot.conversations import connect

    client = connect(redis_server.url)
    try:
        yield client
    finally:
        await client.aclose()
