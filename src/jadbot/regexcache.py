"""Compiled regular expressions kept in the load cache, for the command line's start-up.

Python compiles a regular expression with a parser written in Python: the package's ~150 patterns
(message.py, readers.py, the intents' word lists...) cost about a fifth of a `jadbot ask` when
compiled afresh by every process. `re` keeps what it compiled in `re._cache`, keyed by the pattern
and its flags, and every `re.compile`, `re.search(pattern, ...)` looks there first. So after a
start-up the program each pattern compiled to is stored (`save`), and the next start-up puts them
back into `re._cache` before anything compiles (`preload`): the same patterns, the same programs,
without parsing them again.

The program is CPython's own (`_sre`) and is checked by `_sre.compile` when it is made; the key
includes the Python version and the package's code (loadcache). On an interpreter without these
internals both functions do nothing, and every pattern compiles as usual.
"""

from __future__ import annotations

import re
from array import array
from typing import Any

from jadbot.loadcache import cache_dir, cache_get, cache_key, cache_put

_KIND = "regex"
_CODE = "I" if array("I").itemsize >= 4 else "L"  # the programs' words: 32 bits (MAXREPEAT is 2**32 - 1)
_stored: frozenset[Any] = frozenset()  # the keys preloaded: what is stored already


def _internals() -> tuple[Any, Any, Any, dict[Any, Any]] | None:
    try:
        import _sre
        from re import _compiler, _parser  # type: ignore[attr-defined]

        cache = re._cache  # type: ignore[attr-defined]
        if not (isinstance(cache, dict) and callable(_parser.parse) and callable(_compiler._code)):
            return None
        return _sre, _compiler, _parser, cache
    except (ImportError, AttributeError):
        return None


def _key() -> str:
    internals = _internals()
    return cache_key(_KIND, [str(internals[0].MAGIC).encode()]) if internals else ""


def preload() -> bool:
    """Put the patterns a previous start-up compiled into `re`'s cache; whether there were any."""
    global _stored
    internals = _internals()
    stored = cache_get(_key()) if internals else None
    if internals is None or not isinstance(stored, list):
        return False
    _sre, _, _, cache = internals
    for key, (flags, code, groups, groupindex, indexgroup) in stored:
        if key in cache:
            continue
        try:
            program = array(_CODE, code).tolist()
            cache[key] = _sre.compile(key[1], flags, program, groups, groupindex, indexgroup)
        except Exception:  # a program this interpreter does not accept: it compiles as usual
            continue
    _stored = frozenset(key for key, _ in stored)
    return True


def save() -> None:
    """Store the program of every pattern `re` has compiled so far, unless all of them were
    preloaded (a start-up that compiled a pattern anew stores the set again: the readers' word
    lists are patterns made from the data, written anew when it changes)."""
    global _stored
    internals = _internals()
    if internals is None or cache_dir() is None:
        return
    _, _compiler, _parser, cache = internals
    keys = [key for key in cache if key[0] is str and isinstance(key[2], int) and not key[2] & re.DEBUG]
    if _stored.issuperset(keys):
        return
    stored = []
    for key in keys:
        _, pattern, flags = key
        try:
            parsed = _parser.parse(pattern, flags)
            code = array(_CODE, _compiler._code(parsed, flags)).tobytes()  # one object, not thousands
            state = parsed.state
            indexgroup = [None] * state.groups
            for name, index in state.groupdict.items():
                indexgroup[index] = name
            stored.append(
                (key, (flags | state.flags, code, state.groups - 1, dict(state.groupdict), tuple(indexgroup)))
            )
        except Exception:  # not ours to understand: left to compile as usual
            continue
    try:
        cache_put(_key(), stored)
    except Exception:  # a speed-up only: never a reason for a command to fail
        return
    _stored = frozenset(key for key, _ in stored)
