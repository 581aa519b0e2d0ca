"""How start-up, latency, memory and accuracy change with 100, 1,000 and 10,000 intents.

Each size runs in a fresh interpreter (`python -m benchmarks.scaling_worker`): the per-word
caches are class-level and would otherwise carry over from one size to the next, and peak RSS
would mix the sizes. The parent writes the intents file and the questions, the worker loads
the engine (`Engine.load`: parse + validate + index, with the load cache off), then times answers with the text caches
cleared before each question.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .corpus import Question, perturb
from .synthetic import SEED, figure_refs, generate, vocabulary, write_intents_file
from .timing import Latency

SIZES = (100, 1_000, 10_000)
CORPUS_QUESTIONS = 1_000  # from our labelled set, perturbed
SYNTHETIC_QUESTIONS = 1_000  # perturbed examples of the synthetic intents


@dataclass(frozen=True)
class ScalingRow:
    intents: int
    examples: int
    file_kb: int
    load_s: float
    rss_mb: float
    latency: Latency
    synthetic_hit: float | None  # % of synthetic questions answered by the intent they came from
    labelled_accuracy: float  # % of tests/data/labelled.jsonl judged right (answers and intents)


def questions_for(root: Path, size: int, corpus: list[Question], n_shipped: int) -> list[dict[str, str]]:
    """The timed questions for one size: labelled-set variants plus synthetic-intent variants."""
    rng = random.Random(SEED + size)
    picked = rng.sample(corpus, min(CORPUS_QUESTIONS, len(corpus)))
    rows = [{"q": q.text, "intent": ""} for q in picked]
    synthetic = generate(max(0, size - n_shipped), vocabulary(root), figure_refs(root))
    seen = {r["q"] for r in rows}
    while synthetic and len(rows) < CORPUS_QUESTIONS + SYNTHETIC_QUESTIONS:
        intent = rng.choice(synthetic)
        text = perturb(rng, rng.choice(intent.examples))
        if text not in seen:
            seen.add(text)
            rows.append({"q": text, "intent": intent.intent})
    return rows


def run_size(root: Path, size: int, corpus: list[Question], n_shipped: int, workdir: Path) -> ScalingRow:
    intents_path = workdir / f"intents_{size}.yaml"
    write_intents_file(root, size, intents_path)
    questions_path = workdir / f"questions_{size}.json"
    questions_path.write_text(json.dumps(questions_for(root, size, corpus, n_shipped)), encoding="utf-8")
    command = [
        sys.executable,
        "-m",
        "benchmarks.scaling_worker",
        str(root / "facts"),
        str(intents_path),
        str(questions_path),
        str(root / "tests" / "data" / "labelled.jsonl"),
    ]
    uncached = {**os.environ, "JADBOT_CACHE_DIR": ""}  # start-up = parse + validate + index, every time
    done = subprocess.run(command, cwd=root, env=uncached, capture_output=True, text=True, check=True)
    data = json.loads(done.stdout.strip().splitlines()[-1])
    return ScalingRow(
        intents=data["intents"],
        examples=data["examples"],
        file_kb=intents_path.stat().st_size // 1024,
        load_s=data["load_s"],
        rss_mb=data["rss_mb"],
        latency=Latency(**data["latency"]),
        synthetic_hit=data["synthetic_hit"],
        labelled_accuracy=data["labelled_accuracy"],
    )


def measure(
    root: Path, corpus: list[Question], n_shipped: int, sizes: tuple[int, ...] = SIZES
) -> list[ScalingRow]:
    with tempfile.TemporaryDirectory(prefix="jadbot-bench-") as tmp:
        return [run_size(root, size, corpus, n_shipped, Path(tmp)) for size in sizes]
