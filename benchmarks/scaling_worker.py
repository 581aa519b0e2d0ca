"""One scaling measurement in a fresh interpreter; prints one JSON line (see scaling.py).

Usage: python -m benchmarks.scaling_worker FACTS_DIR INTENTS QUESTIONS_JSON LABELLED_JSONL
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import asdict
from pathlib import Path

from jadbot.engine import Engine
from jadbot.evaluate import accuracy, evaluate, read_cases

from .engine_latency import text_cache_clearer
from .timing import peak_rss_mb, time_each


def main(facts: str, intents: str, questions_file: str, labelled: str) -> dict[str, object]:
    start = time.perf_counter()
    engine = Engine.load(facts, intents)
    load_s = time.perf_counter() - start
    rss_mb = peak_rss_mb()
    rows = json.loads(Path(questions_file).read_text(encoding="utf-8"))
    texts = [row["q"] for row in rows]
    for text in texts[:100]:  # warm up
        engine.answer(text)
    latency = time_each(texts, engine.answer, before=text_cache_clearer(engine))
    synthetic = [row for row in rows if row["intent"]]
    hits = sum(engine.answer(row["q"]).intent == row["intent"] for row in synthetic)
    outcomes = evaluate(engine, read_cases(Path(labelled)))
    return {
        "intents": len(engine.intents.intents),
        "examples": sum(len(i.examples) for i in engine.intents.intents.values()),
        "load_s": load_s,
        "rss_mb": rss_mb,
        "latency": asdict(latency),
        "synthetic_hit": 100.0 * hits / len(synthetic) if synthetic else None,
        "labelled_accuracy": accuracy(outcomes),
    }


if __name__ == "__main__":
    print(json.dumps(main(*sys.argv[1:5])))
