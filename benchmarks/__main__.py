"""`python -m benchmarks` (what `make bench` runs): every benchmark, a table, benchmarks/results.md.

Sections run in order and each prints its table as soon as it is done, so a slow machine still
shows partial results. `--quick` shrinks everything for a smoke run (not for results.md).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from jadbot.engine import Engine
from jadbot.evaluate import read_cases

from . import coldstart, engine_latency, languages, misses_report, peer, report, roundtrip, scaling
from .corpus import VARIANTS_PER_QUESTION, build_corpus

ROOT = Path(__file__).resolve().parents[1]
RESULTS = Path(__file__).with_name("results.md")
SECTIONS = ("engine", "languages", "scaling", "cold", "peer", "misses", "bot")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, no results.md (a smoke run)")
    parser.add_argument("--skip", nargs="*", default=[], choices=SECTIONS, help="sections to leave out")
    parser.add_argument("--only", nargs="*", default=[], choices=SECTIONS, help="run just these sections")
    parser.add_argument("--soak", type=int, default=0, help="bot: also send this many messages, report RSS")
    args = parser.parse_args(argv)
    skip = set(args.skip) | (set(SECTIONS) - set(args.only) if args.only else set())
    started = time.perf_counter()
    measured = report.machine()
    labelled = ROOT / "tests" / "data" / "labelled.jsonl"
    variants = 2 if args.quick else VARIANTS_PER_QUESTION
    corpus = build_corpus(labelled, variants=variants)
    engine = Engine.load(ROOT / "facts", ROOT / "intents.yaml")
    sections: list[str] = []

    def emit(section: str) -> None:
        sections.append(section)
        print(section + "\n", flush=True)

    if "engine" not in skip:
        emit(report.engine_section(engine_latency.measure(engine, corpus), len(corpus), variants))
        emit(
            report.follow_up_section(engine_latency.follow_up_cost(engine, rounds=20 if args.quick else 200))
        )
    if "languages" not in skip:
        emit(languages.section(languages.measure(ROOT, quick=args.quick)))
    if "scaling" not in skip:
        sizes = (
            (len(engine.intents.intents), 100, 300)
            if args.quick
            else (len(engine.intents.intents), *scaling.SIZES)
        )
        emit(report.scaling_section(scaling.measure(ROOT, corpus, len(engine.intents.intents), sizes)))
    if "cold" not in skip:
        emit(report.coldstart_section(coldstart.measure(ROOT, runs=3 if args.quick else coldstart.RUNS)))
    if "peer" not in skip:
        emit(report.peer_section(peer.compare(engine, read_cases(labelled), corpus)))
    if "misses" not in skip:
        questions = 2_000 if args.quick else misses_report.QUESTIONS
        emit(misses_report.section(misses_report.measure(engine, questions), questions))
    if "bot" not in skip:
        emit(roundtrip.section(roundtrip.measure(ROOT, quick=args.quick, soak=args.soak)))
    took = time.perf_counter() - started
    if not args.quick and not skip:
        report.write(sections, RESULTS, measured, took)
        print(f"wrote {RESULTS.relative_to(ROOT)} ({took:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
