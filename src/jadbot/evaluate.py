"""`jadbot eval FILE`: per-intent precision/recall/F1, confused pairs and misses, like `rasa test nlu`.

The file is JSON Lines: {"q": ..., "intent": id | "fallback"} or {"q": ..., "intents": [ids]} for
compound messages, with optional "must"/"must_not" regexes checked against the answer after
thousands separators are removed (so "22,400" matches "22400").
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jadbot.errors import DataError, Problem

if TYPE_CHECKING:
    from jadbot.engine import Answer, Engine

FALLBACK = "fallback"
_SEPARATOR = re.compile(r"(?<=\d)[,\u202f\u00a0 .'\u2009](?=\d{3}(?!\d))")


@dataclass(frozen=True)
class Case:
    question: str
    expected: tuple[str, ...]
    must: tuple[str, ...] = ()
    must_not: tuple[str, ...] = ()


@dataclass(frozen=True)
class Outcome:
    case: Case
    got: tuple[str, ...]
    answer: str
    problems: tuple[str, ...]
    score: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.problems


def read_cases(path: Path) -> list[Case]:
    """Parse a labelled file; a broken line is a DataError with its line number."""
    cases = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError([Problem(str(path), 0, f"cannot read labelled file: {exc}")]) from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            expected = tuple(raw["intents"]) if "intents" in raw else (raw["intent"],)
            cases.append(Case(raw["q"], expected, tuple(raw.get("must", ())), tuple(raw.get("must_not", ()))))
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise DataError([Problem(str(path), number, f"bad labelled case: {exc}")]) from None
    return cases


def plain_figures(text: str) -> str:
    previous = None
    while previous != text:
        previous, text = text, _SEPARATOR.sub("", text)
    return text


def judge(case: Case, answer: Answer, declines: frozenset[str] = frozenset()) -> Outcome:
    """`declines`: intents that honestly say "not covered"; without figures they count as a fallback."""
    got = answer.intents if answer.matched else (FALLBACK,)
    if case.expected == (FALLBACK,) and set(got) <= declines and not re.search(r"\d", answer.text):
        got = (FALLBACK,)
    problems = []
    if set(got) != set(case.expected):
        problems.append(f"expected {'+'.join(case.expected)}, got {'+'.join(got)}")
    text = plain_figures(answer.text)
    problems += [f"missing /{p}/" for p in case.must if not re.search(p, text, re.I | re.M)]
    problems += [f"forbidden /{p}/" for p in case.must_not if re.search(p, text, re.I | re.M)]
    return Outcome(case, got, answer.text, tuple(problems), answer.score)


def evaluate(engine: Engine, cases: list[Case]) -> list[Outcome]:
    declines = frozenset(i.intent for i in engine.intents.intents.values() if i.kind == "not_reported")
    return [judge(case, engine.answer(case.question), declines) for case in cases]


def accuracy(outcomes: list[Outcome]) -> float:
    return 100.0 * sum(o.ok for o in outcomes) / max(len(outcomes), 1)


def metrics(outcomes: list[Outcome]) -> dict[str, Any]:
    """Rasa's intent_report.json shape: per label precision, recall, f1-score, support and
    confused_with, plus accuracy and macro / weighted (by support) averages."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    confused: dict[str, Counter[str]] = {}
    for o in outcomes:
        expected, got = set(o.case.expected), set(o.got)
        for label in expected & got:
            tp[label] += 1
        for label in got - expected:
            fp[label] += 1
        for label in expected - got:
            fn[label] += 1
            for g in got - expected:
                confused.setdefault(label, Counter())[g] += 1
    per_label: dict[str, dict[str, Any]] = {}
    for label in sorted(set(tp) | set(fp) | set(fn)):
        p = tp[label] / max(tp[label] + fp[label], 1)
        r = tp[label] / max(tp[label] + fn[label], 1)
        per_label[label] = {
            "precision": p,
            "recall": r,
            "f1-score": 2 * p * r / (p + r) if p + r else 0.0,
            "support": tp[label] + fn[label],
            "confused_with": dict(confused.get(label, Counter()).most_common()),
        }
    support = sum(m["support"] for m in per_label.values())
    keys = ("precision", "recall", "f1-score")
    return {
        "intents": per_label,
        "accuracy": accuracy(outcomes) / 100.0,
        "macro avg": {
            **{k: sum(m[k] for m in per_label.values()) / max(len(per_label), 1) for k in keys},
            "support": support,
        },
        "weighted avg": {
            **{k: sum(m[k] * m["support"] for m in per_label.values()) / max(support, 1) for k in keys},
            "support": support,
        },
    }


def report(outcomes: list[Outcome]) -> str:
    """Per-intent precision/recall/F1 (by intent label), their averages, most confused pairs, misses."""
    scores = metrics(outcomes)
    lines = [f"{'intent':28} {'prec':>6} {'recall':>6} {'f1':>6} {'n':>4}"]
    rows = [*scores["intents"].items(), ("", None), *((k, scores[k]) for k in ("macro avg", "weighted avg"))]
    for label, m in rows:
        if m is None:
            lines.append("")
            continue
        lines.append(
            f"{label:28} {m['precision']:6.2f} {m['recall']:6.2f} {m['f1-score']:6.2f} {m['support']:4d}"
        )
    confused = Counter(
        {(e, g): n for e, m in scores["intents"].items() for g, n in m["confused_with"].items()}
    )
    if confused:
        lines.append("\nmost confused (expected -> got):")
        lines += [f"  {n:3d}  {e} -> {g}" for (e, g), n in confused.most_common(10)]
    misses = [o for o in outcomes if not o.ok]
    if misses:
        lines.append(f"\nmisses ({len(misses)}):")
        lines += [f"  {o.case.question!r}: {'; '.join(o.problems)}" for o in misses]
    lines.append(f"\naccuracy: {sum(o.ok for o in outcomes)}/{len(outcomes)} = {accuracy(outcomes):.1f}%")
    return "\n".join(lines)


def json_report(outcomes: list[Outcome]) -> dict[str, Any]:
    """Everything `--json` writes, to compare two runs: the metrics, the confused pairs and every
    error (the question, what was expected and got, the score and the answer), like Rasa's
    intent_report.json and errors.json in one file."""
    scores = metrics(outcomes)
    confusions = [
        {"expected": e, "got": g, "count": n}
        for e, m in scores["intents"].items()
        for g, n in m["confused_with"].items()
    ]
    errors = [
        {
            "text": o.case.question,
            "expected": list(o.case.expected),
            "got": list(o.got),
            "score": round(o.score, 4),
            "problems": list(o.problems),
            "answer": o.answer,
        }
        for o in outcomes
        if not o.ok
    ]
    return {
        "cases": len(outcomes),
        "passed": sum(o.ok for o in outcomes),
        **scores,
        "confusions": sorted(confusions, key=lambda c: (-c["count"], c["expected"], c["got"])),
        "errors": errors,
    }


def cmd_eval(args: argparse.Namespace, engine: Engine) -> int:
    outcomes = evaluate(engine, read_cases(args.file))
    print(report(outcomes))
    if args.json is not None:
        text = json.dumps(json_report(outcomes), ensure_ascii=False, indent=2)
        try:
            args.json.write_text(text + "\n", encoding="utf-8")
        except OSError as exc:
            print(f"jadbot eval: cannot write {args.json}: {exc.strerror or exc}", file=sys.stderr)
            return 2
        print(f"report written to {args.json}")
    score = accuracy(outcomes)
    if score < args.min:
        failed = len(outcomes) - sum(o.ok for o in outcomes)
        print(
            f"jadbot eval: failed: accuracy {score:.1f}% is below --min {args.min:g}% "
            f"({failed} of {len(outcomes)} case(s) missed; see 'misses' above)",
            file=sys.stderr,
        )
        return 1
    return 0
