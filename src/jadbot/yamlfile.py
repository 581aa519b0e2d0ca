"""YAML loading that remembers where each value sits, so validation errors can name a line.

PyYAML silently keeps the last of duplicate keys and loses line numbers once data is built;
we compose the node tree ourselves to keep both.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

try:  # the C loader is several times faster; fall back where libyaml is missing
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

from jadbot.errors import DataError, Problem

Path_ = tuple[str | int, ...]
MAX_BYTES = 5_000_000


class Located:
    """Parsed YAML data plus the line of every mapping key and sequence item."""

    def __init__(self, file: str, data: Any, lines: dict[Path_, int]):
        self.file = file
        self.data = data
        self.lines = lines

    def line_of(self, path: Path_) -> int:
        """The line of `path`, or of its nearest ancestor that has one."""
        path = tuple(path)
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), 1)

    def problem(self, path: Path_, message: str) -> Problem:
        return Problem(self.file, self.line_of(path), message)


def _build(node: yaml.Node, path: Path_, lines: dict[Path_, int], problems: list[Problem], file: str) -> Any:
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = _scalar(key_node)
            if not isinstance(key, str | int | float | bool) or key is None:
                problems.append(
                    Problem(file, key_node.start_mark.line + 1, "mapping keys must be plain text")
                )
                continue
            if key in out:
                problems.append(Problem(file, key_node.start_mark.line + 1, f"duplicate key {key!r}"))
                continue
            lines[(*path, key)] = key_node.start_mark.line + 1
            out[key] = _build(value_node, (*path, key), lines, problems, file)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, (*path, i), lines, problems, file) for i, item in enumerate(node.value)]
    return _scalar(node)


_constructor = yaml.SafeLoader("")


_STR_TAG = "tag:yaml.org,2002:str"


def _scalar(node: yaml.Node) -> Any:
    if isinstance(node, yaml.ScalarNode):
        if node.tag == _STR_TAG:  # most scalars: the safe constructor returns the value as it is
            return node.value
        return _constructor.construct_object(node, deep=True)
    return node  # a non-scalar key: reported by the caller


def load(path: Path | str, display: str | None = None, raw: bytes | None = None) -> Located:
    """Read one YAML file (or parse `raw`, its bytes already read); raise DataError with
    `file:line: message` for anything unreadable."""
    path = Path(path)
    name = display or str(path)
    try:
        raw = path.read_bytes() if raw is None else raw
    except OSError as exc:
        raise DataError([Problem(name, 0, f"cannot read file: {exc.strerror or exc}")]) from None
    if len(raw) > MAX_BYTES:
        raise DataError(
            [Problem(name, 0, f"file is too large ({len(raw):,} bytes; the limit is {MAX_BYTES:,})")]
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DataError([Problem(name, line, "file is not valid UTF-8 text")]) from None
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        what = exc.problem or "invalid YAML"
        bad_line = text.splitlines()[line - 1] if 0 < line <= len(text.splitlines()) else ""
        if "\t" in bad_line[: len(bad_line) - len(bad_line.lstrip())] or "tab" in what:
            what = "tab character where YAML allows only spaces for indentation"
        raise DataError([Problem(name, line, f"YAML syntax error: {what}")]) from None
    except yaml.YAMLError as exc:
        raise DataError([Problem(name, 0, f"YAML error: {exc}")]) from None
    if node is None:
        raise DataError([Problem(name, 1, "file is empty")])
    lines: dict[Path_, int] = {}
    problems: list[Problem] = []
    data = _build(node, (), lines, problems, name)
    if problems:
        raise DataError(problems)
    return Located(name, data, lines)


def pydantic_problems(
    located: Located, exc: Any, prefix: Path_ = (), skip: tuple[str, ...] = ()
) -> list[Problem]:
    """Turn a pydantic ValidationError into located problems with readable messages.

    `skip` names union tags that pydantic puts in error paths but the YAML does not have.
    """
    problems = []
    for err in exc.errors(include_url=False):
        loc = tuple(
            p for p in err["loc"] if not (isinstance(p, str) and (p in skip or p.startswith("function-")))
        )
        where = ".".join(str(p) for p in (*prefix, *loc))
        msg = err["msg"]
        if err["type"] == "extra_forbidden":
            msg = f"unknown key {loc[-1]!r}" if loc else "unknown key"
            where = ".".join(str(p) for p in (*prefix, *loc[:-1]))
        elif err["type"] == "missing":
            msg = f"missing required key {loc[-1]!r}" if loc else "missing required key"
            where = ".".join(str(p) for p in (*prefix, *loc[:-1]))
        if err["type"] == "string_type" and (isinstance(err.get("input"), bool) or err.get("input") is None):
            msg += f" (YAML reads {err.get('input')!r} as a non-string: put the word in quotes)"
        problems.append(located.problem((*prefix, *loc), f"{where}: {msg}" if where else msg))
    return problems
