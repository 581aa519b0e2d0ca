"""What keeps `jadbot ask` fast to start (docs/benchmarks.md, issue 12): the command line parses its
commonest form without argparse, and a start-up served by the load cache imports no validation."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from jadbot.cli import build_parser, parse_args
from jadbot.languages import Vocabulary
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


def test_the_detector_s_word_index_reads_the_same_from_the_load_cache() -> None:
    """Stored as one chunk per initial letter and read back chunk by chunk (languages._ByInitial), the
    index knows every word it knew, with the same languages, and no other."""
    import pickle

    from jadbot.engine import Engine
    from tests.conftest import FACTS, INTENTS

    engine = Engine.load(FACTS, INTENTS)
    codes = [c for c in engine.speaks() if c != "en"]
    built = Vocabulary.build({c: g for c in codes if (g := engine._gloss(c)) is not None})
    stored = pickle.loads(pickle.dumps(built, pickle.HIGHEST_PROTOCOL))
    assert stored.bits == built.bits
    for name in ("exact", "prefix", "stems"):
        theirs, ours = getattr(built, name), getattr(stored, name)
        assert dict(ours) == theirs and len(ours) == len(theirs)
        assert all(ours.get(word, 0) == bits for word, bits in theirs.items())
        assert ours.get("zzzz-no-such-word", 0) == 0 and ours.get("ünknown", 0) == 0
