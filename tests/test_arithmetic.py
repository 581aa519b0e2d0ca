"""Calculations asked on the spot: the operation, the operand phrases, qualifiers, and the engine's answers."""

from __future__ import annotations

import pytest

from jadbot.arithmetic import Operand, combine, operand_phrases, operation
from jadbot.engine import Engine
from tests.test_engine import plain


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


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("how many parcels plus premises were checked", "6224"),  # 5,225 + 999
        ("how many more vehicles than parcels were checked", "62052"),  # 67,277 - 5,225
        ("people and vehicles checked, in total?", "282550"),
        ("targets on marketplaces and on the dark web combined", "16"),
        ("how many more eu countries than non eu ones", "6"),
        ("how many bullets for each gun", "more than 64.5"),
        ("what fraction of all checks were premises", "0.3%"),  # 999 of 288,774: the whole is found
        ("the ratio of forged documents to illegal entries", "0.05"),
        ("how many times more parcels than premises roughly", "5.2"),  # 5,225 / 999
        ("dark web and messaging app together, how many targets", "99 targets together"),  # not + 120
    ],
)
def test_engine_calculates_what_is_asked(engine: Engine, question, result):
    text = plain(engine.answer(question).text)
    assert result in text, text


def test_a_declared_derived_figure_keeps_its_own_answer(engine: Engine):
    answer = engine.answer("illegal entries plus forged documents")
    assert answer.intents == ("detections",)
    assert "2343" in plain(answer.text)


def test_one_figure_is_no_calculation(engine: Engine):
    answer = engine.answer("how many vehicles in total")
    assert "67277" in plain(answer.text) and "together" not in answer.text


def test_kilos_and_pieces_are_not_added(engine: Engine):
    answer = engine.answer("cannabis plus guns, total?")
    text = plain(answer.text)
    assert "300" in text and "310" in text and "610" not in text
