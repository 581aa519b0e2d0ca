"""Calculations over the facts, through the engine: operands found, totals, declared derived intents."""

from __future__ import annotations

import pytest

from jadbot.engine import Engine
from tests.test_engine import plain


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("how many parcels plus premises were checked", "6224"),  # 5,225 + 999
        ("how many more vehicles than parcels were checked", "62052"),  # 67,277 - 5,225
        ("people and vehicles checked, in total?", "282550"),
        ("targets on marketplaces and on the dark web combined", "16"),
        ("how many more eu countries than non eu ones", "6"),
        ("how many bullets for each gun", "more than 64.5"),
        ("what fraction of all checks were premises", "0.35%"),  # 999 of 288,774: the whole is found
        # a ratio asked without "per" is given the larger way round: 19.6 entries for each document
        ("the ratio of forged documents to illegal entries", "19.6"),
        ("forged documents per illegal entry", "0.05"),  # "per" fixes the way round
        ("how many times more parcels than premises roughly", "5.2"),  # 5,225 / 999
        ("by how much did people checks exceed vehicle checks", "147996"),
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


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("were more vehicles than parcels checked?", "Yes — "),
        ("did they find fewer illegal entries than forged documents", "No — "),
        ("were there more targets on marketplaces than on the dark web", "Yes — "),
        ("did police seize less cocaine than cannabis?", "No — "),  # a declared derived intent answers
    ],
)
def test_a_yes_no_comparison_gets_yes_or_no(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


def test_figures_typed_as_numbers_are_added_as_those_figures(engine: Engine) -> None:
    """ "do 94 + 11 + 10 + 5 add up to the targets?": the four platform figures, 120."""
    text = plain(engine.answer("do 94 + 11 + 10 + 5 add up to the number of targets?").text)
    assert "120" in text and "messaging" in text
    assert "288774" in plain(engine.answer("215,273 + 67,277 + 5,225 + 999 = ?").text)


def test_a_per_phrase_put_first_still_divides_by_it(engine: Engine) -> None:
    text = engine.answer("per weapon, how much ammunition?").text
    assert "64.5" in text


def test_the_number_of_separates_two_operands_said_verb_first() -> None:
    from jadbot import arithmetic

    phrases = arithmetic.operand_phrases("by how much outnumber the vehicles the number of parcels?")
    assert phrases == ["vehicles", "parcels"]
    assert "officers" in arithmetic.operand_phrases("people checked divided by the number of officers")[-1]


def test_a_texted_n_joins_two_operands() -> None:
    from jadbot import arithmetic

    assert arithmetic.operand_phrases("total of vehicles n parcels together") == ["vehicles", "parcels"]


def test_a_ratio_per_so_many_of_the_second_figure_is_scaled(engine: Engine):
    """ "Forged documents per 10,000 people checked": the 10,000 scales the ratio; it names no figure."""
    text = engine.answer("forged documents per 10,000 people checked").text
    assert "5.3" in text and "10,000" in text and "0.0005" not in text


def test_parts_listed_with_everything_ask_the_whole(engine) -> None:
    text = engine.answer("how many entities got checked overall: people, vehicles, parcels, everything?").text
    assert "288,774" in text and "72,502" not in text
