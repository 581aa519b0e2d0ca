"""Reading a data file without trusting what the path points at.

A facts or intents path may be a symlink an attacker (or a slip) pointed at /dev/zero, a FIFO,
a directory or a huge file. `Path.read_bytes()` would read /dev/zero until memory runs out and
block forever on a FIFO with no writer, so we open without blocking, check the *opened* file
(fstat on the descriptor, so the check and the read see the same file), and read at most the
limit plus one byte.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from jadbot.errors import DataError, Problem

MAX_BYTES = 5_000_000

_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _kind(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def read_data_file(path: Path | str, display: str | None = None, limit: int = MAX_BYTES) -> bytes:
    """The bytes of the regular file at `path`; DataError (`file:0: why`) for anything else.

    Symlinks to regular files are followed (Kubernetes ConfigMaps are symlinks); a link to a
    device, FIFO, socket or directory is refused before a single byte is read.
    """
    name = display or str(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise DataError([Problem(name, 0, f"cannot read file: {exc.strerror or exc}")]) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise DataError([Problem(name, 0, f"not a regular file: it is {_kind(info.st_mode)}")])
        if info.st_size > limit:
            raise DataError([_too_large(name, info.st_size, limit)])
        chunks: list[bytes] = []
        size = 0
        while size <= limit:  # st_size can lie (/proc files say 0): count what is really read
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            raise DataError([_too_large(name, size, limit, at_least=True)])
        return b"".join(chunks)
    except OSError as exc:
        raise DataError([Problem(name, 0, f"cannot read file: {exc.strerror or exc}")]) from None
    finally:
        os.close(fd)


def _too_large(name: str, size: int, limit: int, at_least: bool = False) -> Problem:
    more = "more than " if at_least else ""
    return Problem(name, 0, f"file is too large ({more}{size - at_least:,} bytes; the limit is {limit:,})")
