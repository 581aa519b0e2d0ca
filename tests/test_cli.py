"""The CLI contract that evaluation tools depend on, and `check`'s exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

from jadbot.cli import main
from tests.conftest import FACTS, INTENTS, ROOT

JADBOT = [sys.executable, "-m", "jadbot"]


def test_ask_json_prints_one_object_per_stdin_line():
    questions = "how much coke\n\nwho won the cup final\ndid kosovo take part\n"
    out = subprocess.run(
        [*JADBOT, "ask", "--json"], input=questions, capture_output=True, text=True, cwd=ROOT, check=True
    )
    lines = out.stdout.splitlines()
    assert len(lines) == 4
    records = [json.loads(line) for line in lines]
    assert set(records[0]) == {"question", "answer", "intent", "score", "matched", "language", "reading"}
    assert records[0]["intent"] == "cocaine" and records[0]["matched"] is True
    assert records[1]["matched"] is False and records[2]["matched"] is False
    assert records[3]["answer"].startswith("Yes")


def test_ask_arguments(capsys):
    assert main(["ask", "--facts", str(FACTS), "--intents", str(INTENTS), "ammo?"]) == 0
    assert "20,000" in capsys.readouterr().out


def test_ask_does_not_import_telegram():
    code = (
        "import sys; from jadbot.cli import main; main(['ask', 'cocaine']); print('telegram' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip().endswith("False")


def test_check_clean_data(capsys):
    assert main(["check", "--facts", str(FACTS), "--intents", str(INTENTS)]) == 0
    assert capsys.readouterr().out.startswith("ok:")


def test_check_broken_data_exits_2_without_traceback(data_copy):
    facts, intents = data_copy("facts/checks.yaml", "value: 999", "value: 1000")
    out = subprocess.run(
        [*JADBOT, "check", "--facts", str(facts), "--intents", str(intents)], capture_output=True, text=True
    )
    assert out.returncode == 2
    assert "Traceback" not in out.stderr
    assert f"{facts / 'checks.yaml'}:" in out.stderr and "parts add up to" in out.stderr


def test_check_strict_fails_on_confusable_examples(data_copy, capsys):
    facts, intents = data_copy(
        "intents.yaml",
        "      - how many postal parcels were checked\n",
        "      - how many vehicles were checked\n",
    )
    assert main(["check", "--facts", str(facts), "--intents", str(intents)]) == 0
    assert main(["check", "--strict", "--facts", str(facts), "--intents", str(intents)]) == 1
    assert "also matches" in capsys.readouterr().err


def test_overlap_warning_names_both_lines_once_per_pair(data_copy, capsys):
    """Two of parcels' examples copied from vehicles clash both ways (8 examples): one warning,
    at the stray example's line, naming where both intents start."""
    facts, intents = data_copy(
        "intents.yaml",
        "      - how many postal parcels were checked\n",
        "      - how many vehicles were checked\n      - vehicles checked\n",
    )
    assert main(["check", "--facts", str(facts), "--intents", str(intents)]) == 0
    warnings = [line for line in capsys.readouterr().err.splitlines() if line.startswith("warning:")]
    lines = intents.read_text(encoding="utf-8").splitlines()
    parcels = lines.index("  - intent: parcels") + 1
    stray = lines.index("      - how many vehicles were checked", parcels) + 1
    vehicles = lines.index("  - intent: vehicles") + 1
    assert len(warnings) == 1, warnings
    assert warnings[0].startswith(f"warning: {intents}:{stray}: example 'how many vehicles were checked'")
    assert f"of 'parcels' ({intents}:{parcels}) also matches 'vehicles' ({intents}:{vehicles})" in warnings[0]


def test_eval_reports_per_intent_scores(tmp_path, capsys):
    labelled = tmp_path / "set.jsonl"
    labelled.write_text(
        '{"q": "coke?", "intent": "cocaine", "must": ["626"]}\n'
        '{"q": "weather tomorrow", "intent": "fallback"}\n'
        '{"q": "guns", "intent": "cocaine"}\n'
    )
    code = main(["eval", str(labelled), "--min", "60", "--facts", str(FACTS), "--intents", str(INTENTS)])
    out = capsys.readouterr().out
    assert code == 0 and "accuracy: 2/3" in out and "cocaine -> weapons" in out


def test_ask_json_keeps_a_conversation_per_chat_id():
    """`{"chat", "text"}` lines share a context per chat, in input order; plain lines stand alone."""
    lines = [
        {"chat": "a", "text": "how much cocaine was seized?"},
        {"chat": "b", "text": "how many vehicles were checked?"},
        {"chat": "a", "text": "and cannabis?"},
        {"chat": "b", "text": "and premises?"},
    ]
    stdin = "\n".join(json.dumps(line) for line in lines) + "\nand premises?\n"
    out = subprocess.run(
        [*JADBOT, "ask", "--json"], input=stdin, capture_output=True, text=True, cwd=ROOT, check=True
    )
    records = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["question"] for r in records][2:4] == ["and cannabis?", "and premises?"]
    assert "300" in records[2]["answer"] and "626" not in records[2]["answer"]
    assert "999" in records[3]["answer"] and "67,277" not in records[3]["answer"]
    assert records[4]["reading"]["outcome"] in ("answer", "fallback")  # alone: no chat, no context
    assert "resolved" not in records[4]["reading"]


def test_ask_json_prints_valid_utf8_for_any_bytes():
    out = subprocess.run(
        [*JADBOT, "ask", "--json"], input=b"\xff\xfe bad \xed\xa0\x80 bytes\n", capture_output=True, cwd=ROOT
    )
    assert out.returncode == 0
    record = json.loads(out.stdout.decode("utf-8"))  # raises if the output is not valid UTF-8
    assert record["answer"]


def _three_cases(tmp_path):
    labelled = tmp_path / "set.jsonl"
    labelled.write_text(
        '{"q": "coke?", "intent": "cocaine", "must": ["626"]}\n'
        '{"q": "weather tomorrow", "intent": "fallback"}\n'
        '{"q": "guns", "intent": "cocaine"}\n'
    )
    return labelled


def test_eval_prints_macro_and_weighted_averages(tmp_path, capsys):
    """cocaine p=1 r=.5 (n=2), fallback 1/1 (n=1), weapons 0/0 (n=0): the macro average counts
    weapons, the weighted one weighs by support."""
    data = ["--facts", str(FACTS), "--intents", str(INTENTS)]
    assert main(["eval", str(_three_cases(tmp_path)), *data]) == 0
    rows = {line[:28].strip(): line[28:].split() for line in capsys.readouterr().out.splitlines()}
    assert rows["macro avg"] == ["0.67", "0.50", "0.56", "3"]
    assert rows["weighted avg"] == ["1.00", "0.67", "0.78", "3"]


def test_eval_min_says_why_it_failed(tmp_path, capsys):
    data = ["--facts", str(FACTS), "--intents", str(INTENTS)]
    assert main(["eval", str(_three_cases(tmp_path)), "--min", "70", *data]) == 1
    err = capsys.readouterr().err
    assert "accuracy 66.7% is below --min 70%" in err and "1 of 3 case(s) missed" in err


def test_eval_json_report_to_compare_runs(tmp_path, capsys):
    out = tmp_path / "report.json"
    data = ["--facts", str(FACTS), "--intents", str(INTENTS)]
    assert main(["eval", str(_three_cases(tmp_path)), "--json", str(out), *data]) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert (report["cases"], report["passed"]) == (3, 2)
    assert report["intents"]["cocaine"] == {
        "precision": 1.0,
        "recall": 0.5,
        "f1-score": 2 / 3,
        "support": 2,
        "confused_with": {"weapons": 1},
    }
    assert round(report["weighted avg"]["f1-score"], 3) == 0.778
    assert report["confusions"] == [{"expected": "cocaine", "got": "weapons", "count": 1}]
    (error,) = report["errors"]
    assert (error["text"], error["expected"], error["got"]) == ("guns", ["cocaine"], ["weapons"])
    assert "310" in error["answer"] and error["score"] > 0


def test_eval_json_unwritable_is_one_line_exit_2(tmp_path, capsys):
    data = ["--facts", str(FACTS), "--intents", str(INTENTS)]
    target = tmp_path / "missing" / "report.json"
    assert main(["eval", str(_three_cases(tmp_path)), "--json", str(target), *data]) == 2
    assert capsys.readouterr().err.startswith(f"jadbot eval: cannot write {target}")
