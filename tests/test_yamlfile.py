"""Unreadable YAML becomes `file:line: message`, never a traceback or silently merged keys."""

from __future__ import annotations

import pytest

from jadbot import yamlfile
from jadbot.errors import DataError


def load_text(tmp_path, content: bytes | str):
    path = tmp_path / "x.yaml"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    with pytest.raises(DataError) as info:
        yamlfile.load(path)
    (problem,) = info.value.problems
    return problem


@pytest.mark.parametrize(
    ("content", "line", "message"),
    [
        ("a: 1\nb: [1, 2\nc: 3\n", 3, "YAML syntax error"),
        ("a:\n\tb: 1\n", 2, "tab character"),
        ("a: 1\nb: 2\na: 3\n", 3, "duplicate key 'a'"),
        ("", 1, "file is empty"),
        ("# only a comment\n", 1, "file is empty"),
        (b"a: 1\nb: caf\xe9\n", 2, "not valid UTF-8"),
        ("a: 1\n" + "b: 2\n" * 0 + "x: " + "y" * (yamlfile.MAX_BYTES + 1), 0, "file is too large"),
    ],
)
def test_bad_yaml(tmp_path, content, line, message):
    problem = load_text(tmp_path, content)
    assert problem.line == line
    assert message in problem.message
    assert str(problem).startswith(f"{tmp_path / 'x.yaml'}:{line}: ")


def test_lines_are_kept_for_nested_paths(tmp_path):
    path = tmp_path / "ok.yaml"
    path.write_text("top:\n  inner:\n    - a\n    - b\n")
    located = yamlfile.load(path)
    assert located.data == {"top": {"inner": ["a", "b"]}}
    assert located.line_of(("top", "inner", 1)) == 4
    assert located.line_of(("top", "inner", 7)) == 2
    assert located.line_of(("top", "missing", "deeper")) == 1


@pytest.mark.parametrize(
    ("content", "line", "message"),
    [
        ("a: [1, 2\nb: 3\n", 2, "(while parsing a flow sequence, line 1)"),
        ("a:\n  b: 1\n c: 2\n", 3, "bad indentation? line 3 is indented 1 space(s), the line above 2"),
    ],
)
def test_syntax_errors_keep_the_context_and_name_bad_indentation(tmp_path, content, line, message):
    problem = load_text(tmp_path, content)
    assert problem.line == line and message in problem.message, problem
