"""The misses log and `jadbot misses`."""

from __future__ import annotations

import argparse
import json
import random
import stat
import string
from pathlib import Path

import pytest

from jadbot.cli import main
from jadbot.engine import Engine
from jadbot.misses import MissLog, cmd_misses, group_questions, is_miss, read_log, redact, rotated

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
    assert "4 missed question(s) from" in out and "(fallback): 4 in 2 group(s):" in out
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


# ---------------------------------------------------------------- issue 13: privacy, size, robustness


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        ("zorp jo.doe+x@mail.example.com", "<email>", "jo.doe"),
        ("call me on +389 2 3112 345", "<phone>", "3112"),
        ("phone (02) 3112-3456 please", "<phone>", "3112"),
        ("my card is 4111111111111111", "<number>", "4111"),
        ("more than 288,774 or 22 400 officers in 2024?", "288,774 or 22 400 officers in 2024", "<"),
    ],
)
def test_personal_data_is_redacted_before_writing(
    engine: Engine, tmp_path: Path, text: str, kept: str, gone: str
) -> None:
    log = MissLog(tmp_path / "misses.jsonl")
    answer = engine.answer("blorp zindle " + text)
    assert log.record(engine, answer)
    written = log.path.read_text(encoding="utf-8")
    assert kept in written and gone not in written, written
    assert redact(text) in written


def test_the_log_is_private_even_when_an_older_one_was_not(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "misses.jsonl"
    path.write_text("")
    path.chmod(0o644)
    assert MissLog(path).record(engine, engine.answer(MISS))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    fresh = tmp_path / "new" / "misses.jsonl"
    assert MissLog(fresh).record(engine, engine.answer(MISS))
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o600


def test_the_log_rotates_by_size_and_both_parts_are_read(engine: Engine, tmp_path: Path) -> None:
    log = MissLog(tmp_path / "misses.jsonl", max_bytes=2000)
    for i in range(60):
        assert log.record(engine, engine.answer(f"{MISS} {i}"))
    assert log.path.stat().st_size <= 2000 and rotated(log.path).stat().st_size <= 2000
    entries, bad = read_log(log.path)
    assert not bad and 2 < len(entries) < 60 and entries[-1]["text"] == f"{MISS} 59"
    assert [p.name for p in sorted(tmp_path.iterdir())] == ["misses.jsonl", "misses.jsonl.1"]


def test_a_lone_surrogate_never_fails_the_write(engine: Engine, tmp_path: Path) -> None:
    log = MissLog(tmp_path / "misses.jsonl")
    assert log.record(engine, engine.answer(f"{MISS} \udc80 \ud800"))
    (entry,) = read_log(log.path)[0]
    assert entry["text"] == f"{MISS} ? ?"
    log.path.read_bytes().decode("utf-8")  # valid UTF-8


def test_misses_groups_20000_distinct_questions_apart(
    engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """20,000 questions with nothing in common make 20,000 groups (how long that takes is
    benchmarks/misses_report.py's target, `make bench`)."""
    rng = random.Random(2)
    texts = [
        " ".join(
            "".join(rng.choices(string.ascii_lowercase, k=rng.randint(3, 9)))
            for _ in range(rng.randint(2, 6))
        )
        for _ in range(20_000)
    ]
    log = tmp_path / "misses.jsonl"
    write_log(log, texts)
    assert cmd_misses(argparse.Namespace(log=log), engine) == 0
    out = capsys.readouterr().out
    assert "20000 in 20000 group(s), the 40 largest:" in out


def test_fallbacks_and_low_scores_are_separate_and_exported(
    engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log = tmp_path / "misses.jsonl"
    lines = [
        {"text": "how many cop", "matched": False},
        {"text": "how many cops pls", "matched": False},
        {"text": "weather in skopje", "matched": False},
        {"text": "coke amount roughly", "matched": True, "answered": "cocaine", "score": 0.5},
    ]
    log.write_text("".join(json.dumps(line) + "\n" for line in lines))
    export = tmp_path / "labelled.jsonl"
    assert main(["misses", "--log", str(log), "--export", str(export)]) == 0
    out = capsys.readouterr().out
    fallback, low = out.split("== Not answered (fallback): 3 in 2 group(s):")[1].split(
        "== Answered, but with a low score"
    )
    assert "how many cop" in fallback and "coke amount" not in fallback
    assert "1 in 1 group(s):" in low and "coke amount roughly" in low
    records = [json.loads(line) for line in export.read_text().splitlines()]
    assert {r["q"] for r in records} == {line["text"] for line in lines}
    assert {r["kind"] for r in records} == {"fallback", "low score"}
    assert main(["eval", str(export)]) in (0, 1)  # ready for `jadbot eval` as it is
    capsys.readouterr()


def test_log_option_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["misses", "--help"])
    help_text = capsys.readouterr().out
    assert "the misses log to read" in help_text and "--export FILE" in help_text
