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
