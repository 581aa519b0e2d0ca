"""`jadbot misses` on a log of questions with nothing in common: the report once took minutes, as
each question was compared with every group; its time target lives here, not in a timed test."""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import random
import string
import tempfile
import time
from pathlib import Path

from jadbot.engine import Engine
from jadbot.misses import cmd_misses

from .report import verdict

QUESTIONS = 20_000
TARGET_SECONDS = 10.0


def measure(engine: Engine, questions: int = QUESTIONS) -> float:
    """Seconds for the report on `questions` distinct nonsense questions."""
    rng = random.Random(2)
    texts = [
        " ".join(
            "".join(rng.choices(string.ascii_lowercase, k=rng.randint(3, 9)))
            for _ in range(rng.randint(2, 6))
        )
        for _ in range(questions)
    ]
    with tempfile.TemporaryDirectory() as tmp:
        log = Path(tmp) / "misses.jsonl"
        log.write_text(
            "".join(json.dumps({"time": "2025-01-01T00:00:00+00:00", "text": t}) + "\n" for t in texts)
        )
        start = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()):
            cmd_misses(argparse.Namespace(log=log), engine)
        return time.perf_counter() - start


def section(seconds: float, questions: int = QUESTIONS) -> str:
    return (
        f"## Misses report\n\n`jadbot misses` on {questions:,} distinct questions: {seconds:.1f} s "
        f"(target < {TARGET_SECONDS:g} s: {verdict(seconds < TARGET_SECONDS)})."
    )
