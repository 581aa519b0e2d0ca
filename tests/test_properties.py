"""Property tests: the engine answers any string, deterministically, and slots are always real.

`make fuzz` runs the same properties with the `fuzz` profile (100,000 inputs each).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jadbot.engine import Engine
from jadbot.normalize import normalize
from tests.conftest import FACTS, INTENTS
from tests.engine_guard import engine_must_not_fail

settings.register_profile(
    "default", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "fuzz", max_examples=100_000, deadline=None, suppress_health_check=list(HealthCheck), database=None
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

ENGINE = Engine.load(FACTS, INTENTS)  # module level: hypothesis forbids function-scoped fixtures

SPECIAL = st.sampled_from(
    [
        "\u200b",
        "\u200d",
        "\u202e",
        "\u2066",
        "\x00",
        "\x1b",
        "\ufeff",
        "🙂",
        "👨‍👩‍👧",
        "ﷺ",
        "İ",
        "ß",
        "\u0301",
        "\n",
        "\t",
    ]
)
WORDS = st.sampled_from(
    [
        "cocaine",
        "how",
        "many",
        "did",
        "Greece",
        "take",
        "part",
        "and",
        "?",
        "22,400",
        "over",
        "a",
        "ton",
        "FBI",
        "EU",
    ]
)
MESSAGES = st.one_of(
    st.text(max_size=200),
    st.text(alphabet=st.characters(codec=None), max_size=2000),
    st.lists(st.one_of(WORDS, SPECIAL, st.text(max_size=5)), max_size=60).map(" ".join),
    st.integers(0, 100_000).map(lambda n: "x" * n),
)


@given(MESSAGES)
def test_every_string_gets_an_answer(message: str):
    with engine_must_not_fail():  # per example, so hypothesis shrinks to the input that raised
        answer = ENGINE.answer(message)
    assert isinstance(answer.text, str) and answer.text.strip()
    assert 0.0 <= answer.score <= 1.0


@given(MESSAGES)
def test_same_question_same_answer(message: str):
    with engine_must_not_fail():
        first = ENGINE.answer(message)
        ENGINE.analyzer.analyze.cache_clear()
        assert ENGINE.answer(message) == first


@given(st.text(max_size=300))
def test_normalisation_is_idempotent(message: str):
    once = normalize(message)
    assert normalize(once) == once


@given(MESSAGES)
def test_slots_are_real_countries_and_agencies(message: str):
    analysis = ENGINE.analyzer.analyze(message)
    assert set(analysis.countries) <= set(ENGINE.store.countries.names)
    assert set(analysis.agencies) <= set(ENGINE.store.agencies)
    assert analysis.letter is None or (len(analysis.letter) == 1 and analysis.letter.isalpha())
