"""What keeps `jadbot ask` fast to start (docs/benchmarks.md, issue 12): the command line parses its
commonest form without argparse, and a start-up served by the load cache imports no validation."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from jadbot.cli import build_parser, parse_args
from tests.conftest import ROOT

QUESTION = "how much cocaine was seized"


@pytest.mark.parametrize(
    "argv",
    [
        ["ask", QUESTION],
        ["ask", "how many", "vehicles?", ""],
        ["ask", "was it in Skopje? -- no, Belgrade", "  -5 kg "],
        ["ask", "Колико је оружја заплењено?", "a=b", "@file"],
    ],
)
def test_ask_with_questions_only_parses_as_argparse_does(argv: list[str]) -> None:
    assert vars(parse_args(argv)) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize(
    "argv",
    [["ask", "--json", QUESTION], ["ask", QUESTION, "--lang", "de"], ["ask", "-5"], ["ask"], ["check"]],
)
def test_anything_else_is_argparse_s(argv: list[str]) -> None:
    assert vars(parse_args(argv)) == vars(build_parser().parse_args(argv))


def test_ask_imports_neither_argparse_nor_validation_once_cached(tmp_path) -> None:
    script = (
        "import sys\n"
        "from jadbot.cli import main\n"
        f"main(['ask', {QUESTION!r}])\n"
        "print(sorted({m.split('.')[0] for m in sys.modules}"
        " & {'argparse', 'pydantic', 'yaml', 'pycountry', 'babel', 'json', 'logging', 'telegram'}))\n"
    )
    env = {**os.environ, "JADBOT_CACHE_DIR": str(tmp_path)}
    for _ in range(2):  # the first start fills the cache
        done = subprocess.run(
            [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, check=True
        )
    answer, imported = done.stdout.strip().splitlines()
    assert answer.startswith("626 kg")
    assert imported == "[]"
