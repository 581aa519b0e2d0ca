"""Scores a question against every intent's examples.

Each example becomes a bag of stems weighted by how rare the stem is across intents (so
"cocaine" decides and "how" barely counts). A question's score for an example blends
how much of the example it covers, how much of the question the example explains, and
rapidfuzz's token-set ratio of the two stem strings. An inverted index on stems means
only examples sharing a stem are scored, so cost follows the overlap, not the intent count.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz

UNKNOWN_WEIGHT = 1.2  # a stem no intent uses: it still counts against an easy match
UNKNOWN_CAP = 3.0  # ...but chatter around a real question ("hi, I'm a student from ...") is bounded
COVER_EXAMPLE = 0.5  # weight of "the example is all there" vs "the question is all explained"
FUZZ_WEIGHT = 0.15
FINE_CANDIDATES = 40  # examples re-scored with rapidfuzz after the weighted-overlap prefilter
MIN_EVIDENCE = 2.0  # shared weight below this (only common words in common) scales the score down


@dataclass(frozen=True)
class Scored:
    intent: str
    score: float
    example: str


@dataclass(frozen=True)
class _Example:
    intent: str
    text: str
    weights: dict[str, float]
    total: float
    joined: str


class Matcher:
    def __init__(self, examples: list[tuple[str, str, list[str]]]):
        """`examples`: (intent id, example text, analysed stems)."""
        intents_with: dict[str, set[str]] = defaultdict(set)
        for intent, _, stems in examples:
            for stem in stems:
                intents_with[stem].add(intent)
        n_intents = len({intent for intent, _, _ in examples}) or 1
        self.weight = {s: math.log((n_intents + 1) / len(ids)) + 0.05 for s, ids in intents_with.items()}
        self.examples: list[_Example] = []
        self.index: dict[str, list[int]] = defaultdict(list)
        for intent, text, stems in examples:
            unique = dict.fromkeys(stems)
            weights = {s: self.weight[s] for s in unique}
            idx = len(self.examples)
            self.examples.append(
                _Example(intent, text, weights, sum(weights.values()) or 1.0, " ".join(unique))
            )
            for stem in unique:
                self.index[stem].append(idx)

    def rank(self, stems: list[str], limit: int = 5) -> list[Scored]:
        """Best score per intent, highest first.

        Candidates come from the question's informative stems (those not in most examples);
        shared weight is summed by walking posting lists; rapidfuzz runs on the best few only.
        """
        unique = dict.fromkeys(stems)
        if not unique:
            return []
        q_weights = {s: self.weight.get(s, UNKNOWN_WEIGHT) for s in unique}
        unknown = sum(1 for s in unique if s not in self.weight)
        q_total = (
            sum(q_weights.values()) - unknown * UNKNOWN_WEIGHT + min(unknown * UNKNOWN_WEIGHT, UNKNOWN_CAP)
        )
        common_cut = max(8, len(self.examples) // 6)
        rare = [s for s in unique if 0 < len(self.index.get(s, ())) <= common_cut]
        shared: dict[int, float] = defaultdict(float)
        for stem in rare or unique:
            w = q_weights[stem]
            for idx in self.index.get(stem, ()):
                shared[idx] += w
        if rare:
            common = [s for s in unique if s not in rare and s in self.weight]
            for idx in shared:
                weights = self.examples[idx].weights
                shared[idx] += sum(q_weights[s] for s in common if s in weights)
        coarse: list[tuple[float, int, float, float]] = []
        floor = 0.3 * max(shared.values(), default=0.0)  # far weaker than the best: cannot win
        examples = self.examples
        for idx, hit in shared.items():
            if hit < floor:
                continue
            ex = examples[idx]
            cover_example = hit / ex.total
            cover_question = hit / q_total
            overlap = COVER_EXAMPLE * cover_example + (1 - COVER_EXAMPLE) * cover_question
            balance = 2 * (cover_example if cover_example < cover_question else cover_question)
            evidence = hit / MIN_EVIDENCE if hit < MIN_EVIDENCE else 1.0
            score = overlap * (math.sqrt(balance) if balance < 1.0 else 1.0) * evidence
            coarse.append((score, idx, overlap, evidence))
        coarse.sort(reverse=True)
        q_joined = " ".join(unique)
        best: dict[str, Scored] = {}
        for score, idx, overlap, evidence in coarse[:FINE_CANDIDATES]:
            ex = self.examples[idx]
            fine = (1 - FUZZ_WEIGHT) * score
            fine += FUZZ_WEIGHT * fuzz.token_set_ratio(q_joined, ex.joined) / 100 * overlap * evidence
            current = best.get(ex.intent)
            if current is None or fine > current.score:
                best[ex.intent] = Scored(ex.intent, fine, ex.text)
        return sorted(best.values(), key=lambda s: (-s.score, s.intent))[:limit]
