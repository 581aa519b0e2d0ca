"""The load cache (jadbot.facts) must never serve data that differs from what the files say."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from jadbot.engine import Engine
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


def test_the_built_engine_comes_from_the_cache_and_answers_alike(cache_dir: Path) -> None:
    """A start-up served by the cache builds nothing and answers exactly as the one that built."""
    questions = [
        "how much cocaine was seized",
        "so 288,774 people were checked?",
        "excluding the dark web, how many targets?",
        "was the centre in Belgrade?",
    ]
    built = Engine.load(ROOT / "facts", ROOT / "intents.yaml")
    entries = set(cache_dir.glob("*.pickle"))
    assert len(entries) == 3  # facts, intents, the built parts
    cached = Engine.load(ROOT / "facts", ROOT / "intents.yaml")
    assert set(cache_dir.glob("*.pickle")) == entries
    assert cached.analyzer is not built.analyzer and cached.intents.path == built.intents.path
    for question in questions:
        assert cached.answer(question).text == built.answer(question).text
        assert cached.read(question) == built.read(question)


def test_a_start_up_served_by_the_cache_imports_no_validation(cache_dir: Path) -> None:
    """pydantic, YAML and pycountry are for reading the files: a cache hit needs none of them."""
    script = (
        "import sys\n"
        "from jadbot.engine import Engine\n"
        f"engine = Engine.load({str(ROOT / 'facts')!r}, {str(ROOT / 'intents.yaml')!r})\n"
        "engine.answer('how much cocaine was seized')\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'pydantic', 'yaml', 'pycountry', 'babel'}))\n"
    )
    env = {**os.environ, "JADBOT_CACHE_DIR": str(cache_dir)}
    first = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    assert "pydantic" in first.stdout  # the first start validated the files
    again = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    assert again.stdout.strip() == "[]"


def test_changed_intents_rebuild_the_engine(
    cache_dir: Path, data_copy: Callable[[str, str, str], tuple[Path, Path]]
) -> None:
    Engine.load(ROOT / "facts", ROOT / "intents.yaml")
    facts, intents = data_copy(
        "intents.yaml", "- how many vehicles were checked", "- how many lorries were checked"
    )
    changed = Engine.load(facts, intents)
    assert "how many lorries were checked" in changed.intents["vehicles"].examples
    assert changed.answer("how many lorries were checked").intent == "vehicles"
    # the same facts' bytes are one entry; the changed intents and what is built from them are new
    assert len(list(cache_dir.glob("*.pickle"))) == 5


def test_broken_data_builds_no_engine_and_caches_nothing(
    cache_dir: Path, data_copy: Callable[[str, str, str], tuple[Path, Path]]
) -> None:
    facts, intents = data_copy("intents.yaml", "title: Officers taking part", "title: {seizures.cocaine}")
    for _ in range(2):  # the same broken bytes again: validated again, refused again
        with pytest.raises(DataError):
            Engine.load(facts, intents)
    assert len(list(cache_dir.glob("*.pickle"))) == 1  # the facts, which are fine


def test_any_module_of_the_package_is_part_of_the_key(tmp_path: Path) -> None:
    """The cache stores built objects of most modules (the readers, the replier...): editing any
    of them must change every key."""
    from jadbot import loadcache

    package = tmp_path / "jadbot"
    shutil.copytree(ROOT / "src" / "jadbot", package, ignore=shutil.ignore_patterns("__pycache__"))
    before = loadcache.code_fingerprint(package)
    assert loadcache.code_fingerprint(package) == before
    readers = package / "readers.py"
    readers.write_text(readers.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert loadcache.code_fingerprint(package) != before


def test_an_entry_in_use_is_not_evicted_for_being_old(cache_dir: Path) -> None:
    """Eviction keeps the newest entries: one every start reads counts as new (refreshed hourly)."""
    load_facts(ROOT / "facts")
    (entry,) = cache_dir.glob("*.pickle")
    long_ago = entry.stat().st_mtime - 2 * 86400
    os.utime(entry, (long_ago, long_ago))
    load_facts(ROOT / "facts")
    assert entry.stat().st_mtime > long_ago + 86400
