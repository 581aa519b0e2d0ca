"""Hostile data files: each attack from issue 13 gives `file:line: message` and exit 2, fast,
without a traceback, without reading past the size limit and without echoing the file back.

The attacks that could exhaust memory or hang run in a real `jadbot check` process under a
memory limit and a timeout, so a regression fails the test instead of taking the suite down.
The same files go through /reload in tests/hardening/test_hardening_hostile.py.
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from jadbot.cli import main
from tests.conftest import FACTS, INTENTS
from tests.test_broken_files import LOCATED

BILLION_LAUGHS = (
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    + "".join(
        f"{chr(c)}: &{chr(c)} [{', '.join(['*' + chr(c - 1)] * 9)}]\n" for c in range(ord("b"), ord("j") + 1)
    )
    + "version: 1\n"
)
RECURSIVE_ALIAS = "version: 1\nloop: &loop [*loop]\n"
DEEP = "version: 1\nx: " + "[" * 900 + "]" * 900 + "\n"
SECRET = "$y$j9T$SECRETSALT$SECRETHASHSECRETHASH"
SHADOW = f"root:{SECRET}:20228:0:99999:7:::\ndaemon:*:20228:0:99999:7:::\n" * 3
MEMORY_LIMIT = 1 << 30  # 1 GiB: the billion laughs took 3 GB before the fix


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def check_process(*argv: str, timeout: float = 30) -> tuple[int, str, float]:
    """A real `jadbot check` under a 1 GiB address-space limit: exit code, stderr, seconds."""
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-m", "jadbot", "check", *argv],
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=_limit_memory,
        env={**os.environ, "JADBOT_CACHE_DIR": ""},
    )
    return out.returncode, out.stderr, time.perf_counter() - start


def assert_located(stderr: str, message: str) -> list[str]:
    lines = stderr.strip().splitlines()
    assert "Traceback" not in stderr, stderr[-2000:]
    assert lines and all(LOCATED.match(line) for line in lines), lines[:5]
    assert any(message in line for line in lines), lines[:5]
    return lines


def intents_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "intents.yaml"
    path.write_text(text)
    return path


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        (BILLION_LAUGHS, 2, "YAML aliases (*name) are not allowed"),
        (RECURSIVE_ALIAS, 2, "YAML aliases (*name) are not allowed"),
        (DEEP, 2, "nested more than 64 levels deep"),
    ],
    ids=["billion-laughs", "recursive-alias", "deep-nesting"],
)
def test_alias_and_nesting_attacks_in_a_real_process(
    tmp_path: Path, text: str, line: int, message: str
) -> None:
    code, err, seconds = check_process("--intents", str(intents_file(tmp_path, text)))
    assert code == 2, err[-2000:]
    (only,) = assert_located(err, message)
    assert LOCATED.match(only)["line"] == str(line)
    assert seconds < 20


def test_alias_in_a_facts_file_is_refused_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    facts = tmp_path / "facts"
    shutil.copytree(FACTS, facts)
    (facts / "laughs.yaml").write_text(BILLION_LAUGHS)
    assert main(["check", "--facts", str(facts), "--intents", str(INTENTS)]) == 2
    assert_located(capsys.readouterr().err, "laughs.yaml:2: YAML aliases")


Maker = Callable[[Path], None]


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _link(target: str) -> Maker:
    return lambda path: path.symlink_to(target)


NON_REGULAR: dict[str, tuple[Maker, str]] = {
    "dev-zero": (_link("/dev/zero"), "not a regular file: it is a character device"),
    "fifo": (_fifo, "not a regular file: it is a FIFO"),
    "directory": (_link("/tmp"), "not a regular file: it is a directory"),
}


@pytest.mark.parametrize("where", ["intents", "facts"])
@pytest.mark.parametrize("case", list(NON_REGULAR))
def test_non_regular_files_are_refused_before_reading(tmp_path: Path, where: str, case: str) -> None:
    """/dev/zero used to be read whole before the size check; a FIFO hung `check` forever."""
    make, message = NON_REGULAR[case]
    facts, intents = FACTS, INTENTS
    if where == "intents":
        intents = tmp_path / "intents.yaml"
        make(intents)
    else:
        facts = tmp_path / "facts"
        shutil.copytree(FACTS, facts)
        (facts / "operation.yaml").unlink()
        make(facts / "operation.yaml")
    code, err, seconds = check_process("--facts", str(facts), "--intents", str(intents), timeout=20)
    assert code == 2
    lines = assert_located(err, message)
    assert any(
        line.startswith(f"{facts / 'operation.yaml' if where == 'facts' else intents}:0: ") for line in lines
    )
    assert seconds < 15


def test_a_file_larger_than_it_says_is_cut_at_the_limit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """/proc files report size 0: the reader counts bytes, it does not trust st_size."""
    from jadbot import datafile

    path = tmp_path / "grows.yaml"
    path.write_bytes(b"a: 1\n" * 100)
    with pytest.raises(datafile.DataError) as info:
        datafile.read_data_file(path, limit=50)
    assert "file is too large" in str(info.value)
    if Path("/proc/self/status").exists():  # a regular file whose st_size is 0
        assert os.stat("/proc/self/status").st_size == 0
        with pytest.raises(datafile.DataError, match="more than 10 bytes"):
            datafile.read_data_file("/proc/self/status", limit=10)


@pytest.mark.parametrize("where", ["intents", "facts"])
def test_a_secret_file_behind_a_symlink_is_not_echoed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    """A data path symlinked to a shadow-like file: errors say what is wrong, not what it holds."""
    secret = tmp_path / "shadow"
    secret.write_text(SHADOW)
    facts, intents = FACTS, INTENTS
    if where == "intents":
        intents = tmp_path / "intents.yaml"
        intents.symlink_to(secret)
    else:
        facts = tmp_path / "facts"
        shutil.copytree(FACTS, facts)
        (facts / "shadow.yaml").symlink_to(secret)
    assert main(["check", "--facts", str(facts), "--intents", str(intents)]) == 2
    lines = assert_located(capsys.readouterr().err, "a key that is not a name")
    said = " ".join(LOCATED.match(line)["message"] for line in lines)
    assert "SECRET" not in said and "root" not in said and "daemon" not in said, said


@pytest.mark.skipif(not os.access("/etc/shadow", os.R_OK), reason="/etc/shadow is not readable here")
def test_the_real_etc_shadow_is_not_echoed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    intents = tmp_path / "intents.yaml"
    intents.symlink_to("/etc/shadow")
    assert main(["check", "--intents", str(intents)]) == 2
    lines = assert_located(capsys.readouterr().err, "a key that is not a name")
    said = " ".join(LOCATED.match(line)["message"] for line in lines)
    assert "root" not in said and "$" not in said, said[:500]


def test_problems_per_file_are_capped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "version: 1\n" + "".join(f"key{i}: x\nkey{i}: y\n" for i in range(5000))
    assert main(["check", "--intents", str(intents_file(tmp_path, text))]) == 2
    lines = assert_located(capsys.readouterr().err, "and 4,950 more problem(s) in this file")
    assert len(lines) == 51
