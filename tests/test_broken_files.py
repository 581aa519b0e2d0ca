"""Every broken data file in tests/data/broken gives `file:line: message` and exit 2, never a traceback.

Facts cases overlay one broken file on a copy of the shipped facts; intents cases are whole small
files. The same files go through /reload and SIGHUP in the Telegram tests.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from jadbot.cli import main
from tests.conftest import FACTS, INTENTS, ROOT

BROKEN = ROOT / "tests" / "data" / "broken"
LOCATED = re.compile(r"^(?P<file>[^:\n]+\.yaml):(?P<line>\d+): (?P<message>.+)$")

INTENT_CASES = {
    "syntax_error": "YAML syntax error",
    "wrong_type": "examples: Input should be a valid",
    "unknown_key": "unknown key 'colour'",
    "missing_field": "missing required key 'title'",
    "unknown_reference": "unknown fact reference {seizures.crack}",
    "duplicate_id": "duplicate intent id 'cocaine'",
    "typed_figure": "typed-in figure",
    "tabs": "tab character",
    "wrong_encoding": "not valid UTF-8",
    "empty": "file is empty",
    "duplicate_key": "duplicate key 'title'",
    "missing_slot_answer": "needs answers for: non_eu, absent, missing",
    "unknown_related": "related intent 'heroin' does not exist",
    "unknown_links_intent": "reading.links: no intent 'shipments'",
    "wrong_version": "version: Input should be 1",
    "not_a_mapping": "Input should be a valid dictionary",
    "unknown_term": "refuse: no term {drugz} in reading.terms (known: guns)",
    "bad_refuse_pattern": "terms written out, is not a valid regular expression: missing )",
    "zero_unit": "per_kg: Input should be greater than 0",
}
FACT_CASES = {
    "sum_mismatch": "parts add up to 215,273 (215,273), not 288,775",
    "missing_provenance": "missing required key 'source'",
    "unknown_key": "unknown key 'confidence'",
    "wrong_type": "officers.value: Input should be a valid integer",
    "duplicate_country": "'Spain' is listed twice",
    "non_member_in_eu": "eu: 'Serbia' is not an EU member state",
    "member_in_non_eu": "non_eu: 'Greece' is an EU member state",
    "syntax_error": "YAML syntax error",
    "empty": "file is empty",
    "unknown_derivation": "operand 'checks.unicorns' does not exist",
    "quote_not_in_sentence": "cocaine: quote does not occur in sentence 'seizures'",
}


def broken_data(tmp_path: Path, kind: str, case: str) -> tuple[Path, Path]:
    """A facts dir and intents file with exactly one broken file in place."""
    facts = tmp_path / "facts"
    shutil.copytree(FACTS, facts)
    if kind == "intents":
        return facts, BROKEN / "intents" / f"{case}.yaml"
    for broken in (BROKEN / "facts" / case).iterdir():
        shutil.copy(broken, facts / broken.name)
    return facts, INTENTS


def cases() -> list[tuple[str, str, str]]:
    return [("intents", c, m) for c, m in INTENT_CASES.items()] + [
        ("facts", c, m) for c, m in FACT_CASES.items()
    ]


def test_every_broken_file_is_covered():
    assert {p.stem for p in (BROKEN / "intents").glob("*.yaml")} == set(INTENT_CASES)
    assert {p.name for p in (BROKEN / "facts").iterdir()} == set(FACT_CASES)
    assert len(INTENT_CASES) + len(FACT_CASES) + 1 >= 20  # +1: the generated huge file below


@pytest.mark.parametrize(("kind", "case", "message"), cases())
def test_check_and_start_up_report_file_line_and_exit_2(tmp_path, capsys, kind, case, message):
    facts, intents = broken_data(tmp_path, kind, case)
    data = ["--facts", str(facts), "--intents", str(intents)]
    for argv in (["check", *data], ["ask", *data, "how much cocaine"]):
        assert main(argv) == 2
        lines = capsys.readouterr().err.strip().splitlines()
        assert lines and all(LOCATED.match(line) for line in lines), lines
        assert any(message in line for line in lines), lines
        if kind == "facts":
            broken_names = {p.name for p in (BROKEN / "facts" / case).iterdir()}
            assert any(Path(LOCATED.match(line)["file"]).name in broken_names for line in lines)


def test_huge_file_is_refused(tmp_path, capsys):
    huge = tmp_path / "huge.yaml"
    huge.write_text("version: 1\nintents:\n" + "  - intent: x\n    title: X\n    examples: [a]\n" * 120_000)
    assert main(["check", "--facts", str(FACTS), "--intents", str(huge)]) == 2
    assert "file is too large" in capsys.readouterr().err


def test_no_traceback_from_a_real_process(tmp_path):
    facts, intents = broken_data(tmp_path, "facts", "sum_mismatch")
    out = subprocess.run(
        [sys.executable, "-m", "jadbot", "check", "--facts", str(facts), "--intents", str(intents)],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert LOCATED.match(out.stderr.strip().splitlines()[0])
