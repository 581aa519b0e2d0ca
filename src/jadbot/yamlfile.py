"""YAML loading that remembers where each value sits, so validation errors can name a line.

PyYAML silently keeps the last of duplicate keys and loses line numbers once data is built;
we compose the node tree ourselves to keep both.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

try:  # the C loader is several times faster; fall back where libyaml is missing
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

from jadbot.datafile import MAX_BYTES, read_data_file
from jadbot.errors import DataError, Problem, did_you_mean

Path_ = tuple[str | int, ...]
__all__ = ["MAX_BYTES", "Located", "load", "pydantic_problems"]
MAX_DEPTH = 64  # our files nest five deep; libyaml alone allows ~1000, past Python's recursion limit
MAX_PROBLEMS = 50  # per file: a hostile file could otherwise yield one problem per line
_NAME = re.compile(r"[\w .@/()+-]{1,60}")
_INDENT_PROBLEMS = ("did not find expected", "mapping values are not allowed", "expected <block end>")


def quoted(value: object) -> str:
    """`value` for an error message, only when it looks like a name a maintainer typed.

    Error texts reach the admin over Telegram (/reload) and the logs; a data path symlinked to
    /etc/shadow must not have its lines echoed back as "unknown key 'root:$y$...'".
    """
    text = str(value)
    return repr(text) if _NAME.fullmatch(text) else "(a key that is not a name)"


def capped(problems: list[Problem]) -> list[Problem]:
    """At most MAX_PROBLEMS per file, plus one line saying how many more there were."""
    out: list[Problem] = []
    per_file: dict[str, int] = {}
    for problem in problems:
        per_file[problem.file] = per_file.get(problem.file, 0) + 1
        if per_file[problem.file] <= MAX_PROBLEMS:
            out.append(problem)
    out.extend(
        Problem(file, 0, f"... and {n - MAX_PROBLEMS:,} more problem(s) in this file")
        for file, n in per_file.items()
        if n > MAX_PROBLEMS
    )
    return out


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


class _Refused(Exception):
    """An alias or too deep a nesting: the whole file is refused at that line."""

    def __init__(self, line: int, message: str):
        self.line = line
        self.message = message


def _build(
    node: yaml.Node,
    path: Path_,
    lines: dict[Path_, int],
    problems: list[Problem],
    file: str,
    seen: set[int] | None = None,
    used_at: int | None = None,
) -> Any:
    """Plain data from the node tree, refusing what could blow up.

    An alias makes the composer hand us the same node object twice; expanding it is how a
    500-byte "billion laughs" file becomes gigabytes, and a recursive one a RecursionError. Our
    files never need aliases, so the second visit of any node is refused: linear in the file.
    """
    seen = set() if seen is None else seen
    line = node.start_mark.line + 1
    if id(node) in seen:
        raise _Refused(
            used_at or line,
            f"YAML aliases (*name) are not allowed in data files (this one repeats line {line}): "
            "write the value out",
        )
    seen.add(id(node))
    if len(path) > MAX_DEPTH:
        raise _Refused(line, f"nested more than {MAX_DEPTH} levels deep")
    lines.setdefault(path, line)
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
                problems.append(Problem(file, key_node.start_mark.line + 1, f"duplicate key {quoted(key)}"))
                continue
            lines[(*path, key)] = key_node.start_mark.line + 1
            out[key] = _build(
                value_node, (*path, key), lines, problems, file, seen, key_node.start_mark.line + 1
            )
        return out
    if isinstance(node, yaml.SequenceNode):
        return [  # an alias's own position is gone: the list's line is the nearest we have
            _build(item, (*path, i), lines, problems, file, seen, line) for i, item in enumerate(node.value)
        ]
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
    `file:line: message` for anything unreadable, hostile or malformed."""
    path = Path(path)
    name = display or str(path)
    raw = read_data_file(path, name) if raw is None else raw
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
        line, what = _syntax_error(exc, text)
        raise DataError([Problem(name, line, f"YAML syntax error: {what}")]) from None
    except yaml.YAMLError as exc:
        raise DataError([Problem(name, 0, f"YAML error: {str(exc)[:200]}")]) from None
    if node is None:
        raise DataError([Problem(name, 1, "file is empty")])
    lines: dict[Path_, int] = {}
    problems: list[Problem] = []
    try:
        data = _build(node, (), lines, problems, name)
    except _Refused as exc:
        raise DataError([Problem(name, exc.line, exc.message)]) from None
    if problems:
        raise DataError(capped(problems))
    return Located(name, data, lines)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _syntax_error(exc: yaml.MarkedYAMLError, text: str) -> tuple[int, str]:
    """The line and a message that keeps libyaml's context ("while parsing a flow sequence,
    line 533": where the unclosed thing began) and names bad indentation when that is likely."""
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark else 0
    what = exc.problem or "invalid YAML"
    all_lines = text.splitlines()
    bad_line = all_lines[line - 1] if 0 < line <= len(all_lines) else ""
    if "\t" in bad_line[: len(bad_line) - len(bad_line.lstrip())] or "tab" in what:
        return line, "tab character where YAML allows only spaces for indentation"
    if exc.context and exc.context_mark is not None:
        what += f" ({exc.context}, line {exc.context_mark.line + 1})"
    if what.startswith(_INDENT_PROBLEMS) and bad_line.strip():
        above = next(
            (ln for ln in reversed(all_lines[: line - 1]) if ln.strip() and not ln.lstrip().startswith("#")),
            None,
        )
        if above is not None and _indent(above) != _indent(bad_line):
            what += (
                f"; bad indentation? line {line} is indented {_indent(bad_line)} space(s),"
                f" the line above {_indent(above)}"
            )
    return line, what


def pydantic_problems(
    located: Located,
    exc: Any,
    prefix: Path_ = (),
    skip: tuple[str, ...] = (),
    rename: Callable[[Path_], Path_] | None = None,
) -> list[Problem]:
    """Turn a pydantic ValidationError into located problems with readable messages.

    `skip` names union tags that pydantic puts in error paths but the YAML does not have;
    `rename` turns a path into the one the message shows (`intents.19.kind` -> `cocaine.kind`),
    while the line still comes from the real path.
    """
    shown = rename or (lambda path: path)
    problems = []
    for err in exc.errors(include_url=False):
        loc = tuple(
            p for p in err["loc"] if not (isinstance(p, str) and (p in skip or p.startswith("function-")))
        )
        where = _where(shown((*prefix, *loc)))
        msg = err["msg"]
        if err["type"] == "extra_forbidden":
            msg = f"unknown key {quoted(loc[-1])}" if loc else "unknown key"
            where = _where(shown((*prefix, *loc[:-1])))
        elif err["type"] == "missing":
            msg = f"missing required key {quoted(loc[-1])}" if loc else "missing required key"
            where = _where(shown((*prefix, *loc[:-1])))
        elif err["type"] == "literal_error" and isinstance(err.get("input"), str):
            allowed = re.findall(r"'([^']*)'", str(err.get("ctx", {}).get("expected", "")))
            msg += f", not {quoted(err['input'])}{did_you_mean(err['input'], allowed)}"
        if err["type"] == "string_type" and (isinstance(err.get("input"), bool) or err.get("input") is None):
            msg += f" (YAML reads {err.get('input')!r} as a non-string: put the word in quotes)"
        problems.append(located.problem((*prefix, *loc), f"{where}: {msg}" if where else msg))
    return capped(problems)


def _where(path: Path_) -> str:
    """A dotted path for a message; a part that is not a name is not quoted (see `quoted`)."""
    return ".".join(str(p) if isinstance(p, int) or _NAME.fullmatch(str(p)) else "(key)" for p in path)
