"""The load cache: what a start-up built from the data files, pickled under a key of everything it
depends on, so the next start-up reads it instead of validating and building again.

Loading validates every fact and template with pydantic, pycountry and YAML, then analyses every
intent example for the index: most of a `jadbot ask`'s start-up. A successful result is pickled
under a key that hashes everything it depends on: the data files' names and bytes (each caller
passes them); every module of the package (the loaders, and the classes whose instances are
stored) and the installed libraries that validate or build them, by file size and modification
time; the Python version. Any change to any of them is a different key, so a stale entry is never
used; broken data is never cached (callers store only what loaded completely).

JADBOT_CACHE_DIR sets the directory (empty: no cache); default ~/.cache/jadbot.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import sys
import time
from pathlib import Path
from typing import Any

try:  # Python's own BLAKE2, which hashlib.blake2b is: importing hashlib loads OpenSSL (~3 ms, ~4 MB)
    from _blake2 import blake2b
except ImportError:  # an interpreter built without it
    from hashlib import blake2b

_ENTRIES = 200  # facts, intents, engine, word index, and per language its file, symbols, names and gloss:
# room for a few versions of the code side by side (two checkouts sharing ~/.cache/jadbot); the
# entries least recently written or used (at most hourly) go first
# Libraries whose code decides what a load builds: validation, country names, number symbols, stems.
_PACKAGES = ("pydantic", "pydantic_core", "pycountry", "yaml", "babel", "snowballstemmer", "Stemmer")
_code_fingerprint: bytes | None = None


def cache_dir() -> Path | None:
    configured = os.environ.get("JADBOT_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "jadbot"


def _code() -> bytes:
    global _code_fingerprint
    if _code_fingerprint is None:
        _code_fingerprint = code_fingerprint(Path(__file__).parent)
    return _code_fingerprint


def code_fingerprint(package: Path) -> bytes:
    """The package's own modules and data, and the libraries it builds with, by each file's size
    and modification time: the test Python applies to its own bytecode of the very same files (an
    edit, a checkout, an upgrade rewrites them), without reading them at every start-up."""
    from importlib.machinery import PathFinder

    files = sorted((*package.glob("*.py"), package / "english_words.txt"))
    for name in _PACKAGES:
        spec = PathFinder.find_spec(name)
        files.append(Path(spec.origin) if spec is not None and spec.origin else Path(name))
    digest = blake2b(sys.version.encode(), digest_size=32)
    for path in files:
        try:
            stat = path.stat()
            digest.update(f"{path}:{stat.st_size}:{stat.st_mtime_ns}\0".encode())
        except OSError:
            digest.update(f"{path}:-\0".encode())
    return digest.digest()


def cache_key(kind: str, parts: list[bytes]) -> str:
    digest = blake2b(kind.encode() + _code(), digest_size=32)
    for part in parts:
        digest.update(len(part).to_bytes(8, "big") + part)
    return digest.hexdigest()


def cache_get(key: str, unpickler: type[pickle.Unpickler] | None = None) -> Any:
    """The object stored under `key`, or None (no cache, no entry, or an unreadable one)."""
    directory = cache_dir()
    if not key or directory is None:
        return None
    enabled = gc.isenabled()
    gc.disable()  # unpickling makes thousands of containers, none garbage: no collection meanwhile
    try:
        with open(directory / f"{key}.pickle", "rb") as file:
            value = (unpickler or pickle.Unpickler)(file).load()
            _used(file.fileno())
            return value
    except Exception:  # missing, truncated or from an incompatible build: load from the files
        return None
    finally:
        # What was loaded lives as long as the data: straight to the oldest generation, which the
        # collector scans only now and then, rather than through a scan of each younger one.
        gc.freeze()
        gc.unfreeze()
        if enabled:
            gc.enable()


def _used(fd: int) -> None:
    """Mark an entry used (its time is what eviction keeps the newest of), at most once an hour: an
    entry every start reads must not be evicted for being written long ago."""
    with contextlib.suppress(OSError):
        if os.fstat(fd).st_mtime < time.time() - 3600:
            os.utime(fd)


def cache_put(key: str, value: Any, pickler: type[pickle.Pickler] | None = None) -> None:
    """Store `value` atomically; a cache that cannot be written only costs the next start-up."""
    directory = cache_dir()
    if not key or directory is None:
        return
    partial = directory / f".{key}.{os.getpid()}.tmp"
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with open(partial, "wb") as file:
            (pickler or pickle.Pickler)(file, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
        os.replace(partial, directory / f"{key}.pickle")
        entries = sorted(directory.glob("*.pickle"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for old in entries[_ENTRIES:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass
    finally:  # nothing half-written stays behind, whatever failed
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
