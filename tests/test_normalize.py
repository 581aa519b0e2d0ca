"""Normalisation: what collapses together, and that doing it twice changes nothing."""

from __future__ import annotations

import pytest

from jadbot.normalize import normalize


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  COCAINE??  ", "cocaine"),
        ("Türkiye’s  officers", "turkiye officers"),
        ("22,400 / 22.400 / 22 400 / 22\u202f400", "22400 22400 22400 22400"),
        ("about 20k rounds", "about 20000 rounds"),
        ("they don't know", "they do not know"),
        ("zero\u200bwidth\u0007bell", "zero width bell"),
        ("vehicles + parcels = ?", "vehicles plus parcels equals"),
        ("non-EU", "non eu"),
        ("1.5 tons", "1.5 tons"),
    ],
)
def test_normalize(raw, expected):
    assert normalize(raw) == expected


@pytest.mark.parametrize("raw", ["Ünïcödé, 1,000,000 'quotes' & more", "مرحبا 22,400", "", "🙂🙂 ammo?!"])
def test_normalize_is_idempotent(raw):
    assert normalize(normalize(raw)) == normalize(raw)


@pytest.mark.parametrize(
    ("spoken", "digits"),
    [
        ("two hundred and ten targets", "210 targets"),
        ("six thousand four hundred and twenty four", "6424"),
        ("twenty-two thousand officers", "22000 officers"),
        ("ninety four on the app", "94 on the app"),
    ],
)
def test_numbers_said_in_words_become_digits(spoken: str, digits: str) -> None:
    assert normalize(spoken) == digits


def test_small_number_words_alone_stay_words() -> None:
    """ "the two", "one of them", "both" are not figures."""
    assert normalize("the total of the two, one of them") == "the total of the two one of them"


def test_thousands_in_words_after_digits_are_the_number() -> None:
    assert normalize("50 thousand vehicles") == "50000 vehicles"
    assert normalize("about 2.5 thousand entries") == "about 2500 entries"


def test_times_after_a_spelled_number_is_a_multiple_but_twice_is_not() -> None:
    assert normalize("more than three times the vehicles") == "more than 3 times the vehicles"
    assert normalize("spain is written two times") == "spain is written two times"


def test_with_and_without_slashed() -> None:
    assert normalize("which ones start w/ P") == "which ones start with p"
    assert normalize("answer w/o filters") == "answer without filters"


def test_then_after_a_comparative_is_than() -> None:
    assert normalize("is it more then 600?") == "is it more than 600"
    assert normalize("and then how many?") == "and then how many"
