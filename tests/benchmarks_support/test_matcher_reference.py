"""The matcher's speed-ups change no score: it ranks exactly like the plain algorithm below.

`reference_rank` is the matcher before it was optimised (score every candidate, rapidfuzz on
the best 40, the no-topic discount): the optimised one must give the same intents, scores (bit for bit) and examples,
for any limit, on the shipped intents, where the posting budget never applies.
"""

from __future__ import annotations

import math
import random
from collections import defaultdict
from pathlib import Path

from rapidfuzz import fuzz

from jadbot.engine import Engine
from jadbot.evaluate import read_cases
from jadbot.matcher import (
    COVER_EXAMPLE,
    EXACT_EXAMPLES,
    FINE_CANDIDATES,
    FUZZ_WEIGHT,
    MIN_EVIDENCE,
    NO_TOPIC,
    UNKNOWN_CAP,
    UNKNOWN_WEIGHT,
    Matcher,
    Scored,
)

ROOT = Path(__file__).resolve().parents[2]


def reference_rank(m: Matcher, stems: list[str], limit: int = 5) -> list[Scored]:
    index: dict[str, list[int]] = defaultdict(list)
    for idx, ex in enumerate(m.examples):
        for stem in ex.weights:
            index[stem].append(idx)
    unique = dict.fromkeys(stems)
    if not unique:
        return []
    q_weights = {s: m.weight.get(s, UNKNOWN_WEIGHT) for s in unique}
    unknown = sum(1 for s in unique if s not in m.weight)
    q_total = sum(q_weights.values()) - unknown * UNKNOWN_WEIGHT + min(unknown * UNKNOWN_WEIGHT, UNKNOWN_CAP)
    common_cut = max(8, len(m.examples) // 6)
    rare = [s for s in unique if 0 < len(index.get(s, ())) <= common_cut]
    shared: dict[int, float] = defaultdict(float)
    for stem in rare or unique:
        w = q_weights[stem]
        for idx in index.get(stem, ()):
            shared[idx] += w
    if rare:
        common = [s for s in unique if s not in rare and s in m.weight]
        for idx in shared:
            weights = m.examples[idx].weights
            shared[idx] += sum(q_weights[s] for s in common if s in weights)
    coarse = []
    floor = 0.3 * max(shared.values(), default=0.0)
    for idx, hit in shared.items():
        if hit < floor:
            continue
        ex = m.examples[idx]
        cover_example = hit / ex.total
        cover_question = hit / q_total
        overlap = COVER_EXAMPLE * cover_example + (1 - COVER_EXAMPLE) * cover_question
        balance = 2 * (cover_example if cover_example < cover_question else cover_question)
        evidence = hit / MIN_EVIDENCE if hit < MIN_EVIDENCE else 1.0
        score = overlap * (math.sqrt(balance) if balance < 1.0 else 1.0) * evidence
        coarse.append((score, idx, overlap, evidence))
    coarse.sort(reverse=True)
    q_joined = " ".join(unique)
    topics = [s for s in unique if s not in m.function_stems]
    best: dict[str, Scored] = {}
    for score, idx, overlap, evidence in coarse[:FINE_CANDIDATES]:
        ex = m.examples[idx]
        fine = (1 - FUZZ_WEIGHT) * score
        fine += FUZZ_WEIGHT * fuzz.token_set_ratio(q_joined, ex.joined) / 100 * overlap * evidence
        if topics and not any(t in ex.weights for t in topics):
            fine *= NO_TOPIC
        current = best.get(ex.intent)
        if current is None or fine > current.score:
            best[ex.intent] = Scored(ex.intent, fine, ex.text)
    return sorted(best.values(), key=lambda s: (-s.score, s.intent))[:limit]


def test_ranks_exactly_like_the_reference(engine: Engine) -> None:
    m = engine.matcher
    assert len(m.examples) <= EXACT_EXAMPLES
    questions = [c.question for c in read_cases(ROOT / "tests" / "data" / "labelled.jsonl")]
    stem_lists = [engine.analyzer.analyze(q).stems for q in questions]
    rng = random.Random(5)
    vocabulary = sorted(m.weight)
    stem_lists += [
        rng.sample(vocabulary, rng.randint(1, 12)) + ["zzunknown"] * rng.randint(0, 2) for _ in range(300)
    ]
    for stems in stem_lists:
        for limit in (1, 5, 8, 100):
            assert m.rank(stems, limit) == reference_rank(m, stems, limit), (stems, limit)
