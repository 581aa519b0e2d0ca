"""Accuracy on our own labelled set (tests/data/labelled.jsonl), kept above the level reached."""

from __future__ import annotations

import json
import re

import pytest

from jadbot.evaluate import accuracy, evaluate, read_cases
from tests.conftest import ROOT

LABELLED = ROOT / "tests" / "data" / "labelled.jsonl"
MIN_ACCURACY = 87.0  # measured 89.2 % (see README); a drop below this is a regression


def test_labelled_set_accuracy(engine):
    cases = read_cases(LABELLED)
    assert len(cases) >= 400
    outcomes = evaluate(engine, cases)
    assert accuracy(outcomes) >= MIN_ACCURACY


def test_no_answer_states_a_forbidden_figure_for_fallback_questions(engine):
    cases = [c for c in read_cases(LABELLED) if c.expected == ("fallback",)]
    outcomes = evaluate(engine, cases)
    wrong = [o.case.question for o in outcomes if any(p.startswith("forbidden") for p in o.problems)]
    assert len(wrong) <= 3, wrong


# Question sets written from the statement alone, in the grader's schema, by helpers who saw neither
# the intents nor the dev set: (file, size, minimum %). Measured with grade.py: fresh 283/300 = 94.3 %
# (first run 84.7 %), fresh2 225/240 = 93.8 % (first run 86.7 %), fresh3 189/200 = 94.5 % (first run 91.0 %),
# fresh4 182/200 = 91.0 % (first run 86.5 %); this test's shorter judge differs slightly.
FRESH_SETS = [
    ("fresh.jsonl", 300, 88.0),
    ("fresh2.jsonl", 240, 87.0),
    ("fresh3.jsonl", 200, 88.0),
    ("fresh4.jsonl", 200, 85.0),
]


def _fresh_ok(engine, case: dict) -> bool:
    """The grader's rules, in short: must / must_not on the answer with thousands separators
    removed; off-topic must not match; not-reported must say so and state no figure of its own."""
    answer = engine.answer(case["q"])
    text = re.sub(r"(?<=\d)[,.\u202f\u00a0 ](?=\d{3}\b)", "", answer.text)
    if case["kind"] == "oos":
        return not answer.matched
    if case["kind"] == "not_reported" and not re.search(r"\bnot\b|n't|\bno\b", text, re.I):
        return False
    return all(re.search(p, text, re.I) for p in case["must"]) and not any(
        re.search(p, text, re.I) for p in case["must_not"]
    )


@pytest.mark.parametrize(("name", "size", "minimum"), FRESH_SETS)
def test_fresh_sets_in_the_graders_schema(engine, name, size, minimum):
    path = ROOT / "tests" / "data" / name
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(cases) == size
    right = sum(_fresh_ok(engine, c) for c in cases)
    assert 100 * right / len(cases) >= minimum, f"{name}: {right}/{len(cases)}"
