"""Calculations asked on the spot: the operation, the operand phrases and the qualifiers (pure text and numbers)."""

from __future__ import annotations

import pytest

from jadbot.arithmetic import Operand, combine, operand_phrases, operation


@pytest.mark.parametrize(
    ("question", "op"),
    [
        ("vehicles plus premises", "sum"),
        ("forged docs & illegal entries, all together", "sum"),
        ("weapons + targets = ?", "sum"),
        ("were there fewer parcels than premises", "difference"),
        ("difference between cocaine and cannabis", "difference"),
        ("how many rounds of ammo per gun", "ratio"),
        ("how many people per officer on average", "ratio"),
        ("what percentage of vehicles were premises", "share"),
        ("how many officers per country", None),  # a per-country question, not a ratio
        ("how many guns did each country seize", None),
        ("more than 600 kg of cocaine?", None),  # a claim to check, not a difference
        ("how many vehicles were checked", None),
        ("total drugs and what share was cocaine", None),  # two questions
    ],
)
def test_operation_is_read_from_the_words(question, op):
    assert operation(question) == op


def test_operand_phrases_drop_the_cue_words():
    assert operand_phrases("how many cars plus parcels were checked in total?") == ["cars", "parcels"]


def test_qualifiers_carry_through():
    exact = Operand(310, "exact", "310 weapons")
    more = Operand(20_000, "more_than", "more than 20,000 rounds")
    nearly = Operand(1_000, "nearly", "nearly a ton")
    assert combine("sum", [exact, exact]) == (620, "exact")
    assert combine("sum", [more, exact]) == (20_310, "more_than")
    assert combine("sum", [more, nearly]) == (21_000, "about")
    assert combine("ratio", [more, exact]) == (20_000 / 310, "more_than")
    assert combine("ratio", [exact, more]) == (310 / 20_000, "about")
    assert combine("difference", [exact, more]) == (20_000 - 310, "more_than")
    assert combine("share", [more, exact]) == (100 * 310 / 20_000, "about")
