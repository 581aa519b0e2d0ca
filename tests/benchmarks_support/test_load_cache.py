"""The load cache (jadbot.facts) must never serve data that differs from what the files say."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from jadbot.errors import DataError
from jadbot.facts import load_facts
from jadbot.intents import load_intents

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "cache"
    monkeypatch.setenv("JADBOT_CACHE_DIR", str(directory))
    return directory


def test_a_second_load_comes_from_the_cache_and_equals_the_first(cache_dir: Path) -> None:
    first = load_facts(ROOT / "facts")
    intents = load_intents(ROOT / "intents.yaml", first)
    assert len(list(cache_dir.glob("*.pickle"))) == 2
    again = load_facts(ROOT / "facts")
    assert again is not first and again == first and again.fingerprint == first.fingerprint
    cached = load_intents(ROOT / "intents.yaml", again)
    assert cached.intents == intents.intents and cached.synonyms == intents.synonyms


def test_changed_facts_or_intents_are_loaded_afresh(
    cache_dir: Path, data_copy: Callable[[str, str, str], tuple[Path, Path]]
) -> None:
    original = load_facts(ROOT / "facts")
    load_intents(ROOT / "intents.yaml", original)
    facts, intents = data_copy("facts/statement.yaml", "title: ", "title: Changed ")
    changed = load_facts(facts)
    assert changed.title.startswith("Changed") and changed.fingerprint != original.fingerprint
    text = intents.read_text(encoding="utf-8")
    intents.write_text(
        text.replace("title: Officers taking part", "title: Officers on duty", 1), encoding="utf-8"
    )
    assert load_intents(intents, changed)["officers"].title == "Officers on duty"


def test_broken_data_is_never_served_from_the_cache(
    cache_dir: Path, data_copy: Callable[[str, str, str], tuple[Path, Path]]
) -> None:
    facts, _ = data_copy("facts/seizures.yaml", "value: 626", "value: 627")
    with pytest.raises(DataError):
        load_facts(facts)
    with pytest.raises(DataError):  # the same broken bytes again: still validated, still refused
        load_facts(facts)


def test_an_empty_cache_dir_setting_turns_the_cache_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JADBOT_CACHE_DIR", "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    load_facts(ROOT / "facts")
    assert not any(tmp_path.rglob("*.pickle"))
