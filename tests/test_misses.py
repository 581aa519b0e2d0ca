"""The misses log and `jadbot misses`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from jadbot.cli import main
from jadbot.engine import Engine
from jadbot.misses import MissLog, cmd_misses, group_questions, is_miss, read_log

MISS = "blorp the zindle"  # nonsense: unmatched however the engine improves


def test_what_counts_as_a_miss(engine: Engine) -> None:
    assert is_miss(engine, engine.answer(MISS))
    assert is_miss(engine, engine.answer("what is the weather"))  # out of scope
    assert not is_miss(engine, engine.answer("how much coke"))
    assert not is_miss(engine, engine.answer("thanks"))


def test_log_lines_have_text_time_and_guesses_only(engine: Engine, tmp_path: Path) -> None:
    log = MissLog(tmp_path / "var" / "misses.jsonl")
    assert log.record(engine, engine.answer(MISS))
    assert not log.record(engine, engine.answer("how much coke"))
    (line,) = log.path.read_text().splitlines()
    entry = json.loads(line)
    assert entry["text"] == MISS and entry["time"].endswith("+00:00")
    assert all({"intent", "score"} == set(guess) for guess in entry["guesses"])


def test_disabled_or_unwritable_log_is_harmless(engine: Engine, tmp_path: Path) -> None:
    assert not MissLog(tmp_path / "off.jsonl", enabled=False).record(engine, engine.answer(MISS))
    assert not (tmp_path / "off.jsonl").exists()
    (tmp_path / "file").write_text("")
    assert not MissLog(tmp_path / "file" / "misses.jsonl").record(engine, engine.answer(MISS))


def test_similar_questions_are_grouped() -> None:
    groups = group_questions(
        [
            "how many cops",
            "How many cops?",
            "how many cop",
            "how many cops",
            "what's the weather in Skopje",
            "weather in skopje",
            "who won the football",
        ]
    )
    assert [g.count for g in groups] == [4, 2, 1]
    assert groups[0].representative == "how many cops"
    assert groups[2].representative == "who won the football"


def write_log(path: Path, texts: list[str]) -> None:
    path.write_text(
        "".join(json.dumps({"time": "2025-01-01T00:00:00+00:00", "text": t}) + "\n" for t in texts)
    )


def test_report(engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    log = tmp_path / "misses.jsonl"
    write_log(log, ["how many cop", "how many cops pls", "how many cop", "weather in skopje"])
    with log.open("a") as out:
        out.write("not json\n\n")
    assert cmd_misses(argparse.Namespace(log=log), engine) == 0
    out = capsys.readouterr().out
    assert "4 missed question(s) in 2 group(s)" in out
    assert "   3×  how many cop" in out
    assert "nearest intent: " in out
    assert "1 unreadable line(s) skipped" in out


def test_missing_or_empty_log_is_friendly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["misses", "--log", str(tmp_path / "none.jsonl")]) == 0
    assert "No misses log" in capsys.readouterr().out
    (tmp_path / "empty.jsonl").write_text("")
    assert main(["misses", "--log", str(tmp_path / "empty.jsonl")]) == 0
    assert "empty" in capsys.readouterr().out
    assert read_log(tmp_path / "empty.jsonl") == ([], 0)
