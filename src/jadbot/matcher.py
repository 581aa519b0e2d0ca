"""Scores a question against every intent's examples.

Each example becomes a bag of stems weighted by how rare the stem is across intents (so
"cocaine" decides and "how" barely counts). A question's score for an example blends
how much of the example it covers, how much of the question the example explains, and
rapidfuzz's token-set ratio of the two stem strings. An inverted index on stems means
only examples sharing a stem are scored, so cost follows the overlap, not the intent count.

The work per question is bounded. Up to EXACT_EXAMPLES examples, every example sharing an
informative stem is scored. Past that (hundreds of intents), when the informative stems' posting
lists together exceed POSTING_BUDGET, the rarest stems alone propose candidates, shortest
examples first. rapidfuzz runs on the best FINE_CANDIDATES only, and not at all for an example
that cannot change the result even with a perfect ratio.
"""

from __future__ import annotations

import heapq
import math
from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz

from jadbot.records import Record

UNKNOWN_WEIGHT = 1.2  # a stem no intent uses: it still counts against an easy match
UNKNOWN_CAP = 3.0  # ...but chatter around a real question ("hi, I'm a student from ...") is bounded
COVER_EXAMPLE = 0.5  # weight of "the example is all there" vs "the question is all explained"
FUZZ_WEIGHT = 0.15
FINE_CANDIDATES = 40  # examples re-scored with rapidfuzz after the weighted-overlap prefilter
MIN_EVIDENCE = 2.0  # shared weight below this (only common words in common) scales the score down
POINTING = frozenset({"that", "this", "it", "they", "them", "those", "these", "there"})  # stems
NO_TOPIC = 0.75  # the question names a topic, the example shares only function words with it
POSTING_BUDGET = 500  # postings walked per question past EXACT_EXAMPLES
EXACT_EXAMPLES = 2000  # up to this many examples every example sharing an informative stem is scored


@dataclass(frozen=True)
class Scored:
    """An intent's best score for a question, and the example that scored it."""

    intent: str
    score: float
    example: str


class _Example(Record):
    """An intent example as the index keeps it: its stems' weights, their sum and joined stems."""

    intent: str
    text: str
    weights: dict[str, float]
    total: float
    joined: str


class Matcher:
    def __init__(
        self, examples: list[tuple[str, str, list[str]]], function_stems: frozenset[str] = frozenset()
    ):
        """`examples`: (intent id, example text, analysed stems). `function_stems`: stems that name
        no topic ("what", "is", "the"): "what is the speed of light" shares only those with "what
        is the name of the operation", which must not make it a match."""
        self.function_stems = function_stems
        intents_with: dict[str, set[str]] = defaultdict(set)
        for intent, _, stems in examples:
            for stem in stems:
                intents_with[stem].add(intent)
        n_intents = len({intent for intent, _, _ in examples}) or 1
        self.weight = {s: math.log((n_intents + 1) / len(ids)) + 0.05 for s, ids in intents_with.items()}
        self.examples: list[_Example] = []
        postings: dict[str, list[int]] = defaultdict(list)
        for intent, text, stems in examples:
            unique = dict.fromkeys(stems)
            weights = {s: self.weight[s] for s in unique}
            idx = len(self.examples)
            self.examples.append(
                _Example(intent, text, weights, sum(weights.values()) or 1.0, " ".join(unique))
            )
            for stem in unique:
                postings[stem].append(idx)
        self._totals = [ex.total for ex in self.examples]
        self._weights = [ex.weights for ex in self.examples]
        self._common_cut = max(8, len(self.examples) // 6)
        # Shortest examples first: for the same shared weight a shorter example scores higher, so a
        # posting list cut at the budget keeps the examples that stem matches best. (Order within a
        # list does not change any score: sums run in question order, ties break on the index.)
        totals = self._totals
        self.index: dict[str, list[int]] = {
            stem: sorted(ids, key=lambda i: (totals[i], i)) for stem, ids in postings.items()
        }

    def intents_of(self, stem: str) -> set[str]:
        """The intents whose examples use the stem."""
        return {self.examples[i].intent for i in self.index.get(stem, ())}

    def rank(self, stems: list[str], limit: int = 5) -> list[Scored]:
        """Best score per intent, highest first.

        Candidates come from the question's informative stems (those not in most examples);
        shared weight is summed by walking posting lists; rapidfuzz runs on the best few only.
        """
        unique = dict.fromkeys(stems)
        if not unique or unique.keys() <= POINTING:
            return []  # "thats less than 1000": only a word pointing back, which names nothing by itself
        q_weights = {s: self.weight.get(s, UNKNOWN_WEIGHT) for s in unique}
        unknown = sum(1 for s in unique if s not in self.weight)
        q_total = (
            sum(q_weights.values()) - unknown * UNKNOWN_WEIGHT + min(unknown * UNKNOWN_WEIGHT, UNKNOWN_CAP)
        )
        shared = self._shared(unique, q_weights)
        if not shared:
            return []
        coarse = self._coarse(shared, q_total)
        if len(coarse) > FINE_CANDIDATES:
            top = heapq.nlargest(FINE_CANDIDATES, coarse)  # same as sorted(reverse=True)[:n], cheaper
        else:
            top = sorted(coarse, reverse=True)
        topics = [s for s in unique if s not in self.function_stems]
        return self._fine(top, " ".join(unique), limit, topics)

    def _shared(self, unique: dict[str, None], q_weights: dict[str, float]) -> dict[int, float]:
        """Shared weight per candidate example: generator stems' postings, then the other known stems."""
        index = self.index
        known = [s for s in unique if s in index]
        rare = [s for s in known if len(index[s]) <= self._common_cut]
        generators = rare or known
        probes = [s for s in known if s not in rare] if rare else []
        cap = None
        if len(self.examples) > EXACT_EXAMPLES and sum(len(index[s]) for s in generators) > POSTING_BUDGET:
            generators, cap = self._within_budget(known)
            probes = [s for s in known if s not in generators]
        shared: dict[int, float] = {}
        for stem in generators:  # question order: the sums below add up in the same order every time
            w = q_weights[stem]
            postings = index[stem] if cap is None or stem != generators[0] else index[stem][:cap]
            if not shared:
                shared = dict.fromkeys(postings, w)
                continue
            get = shared.get
            for idx in postings:
                shared[idx] = get(idx, 0.0) + w
        if probes:
            shared = self._add_probes(shared, probes, q_weights)
        return shared

    def _within_budget(self, known: list[str]) -> tuple[list[str], int | None]:
        """The rarest stems whose postings fit the budget (in question order), and a cut for the first
        when even the rarest alone is too common."""
        index = self.index
        chosen: set[str] = set()
        left = POSTING_BUDGET
        for stem in sorted(known, key=lambda s: len(index[s])):
            if chosen and len(index[stem]) > left:
                break
            chosen.add(stem)
            left -= len(index[stem])
        generators = [s for s in known if s in chosen]
        cap = POSTING_BUDGET if len(generators) == 1 and left < 0 else None
        return generators, cap

    def _add_probes(
        self, shared: dict[int, float], probes: list[str], q_weights: dict[str, float]
    ) -> dict[int, float]:
        """Add the weight of the non-generator stems each candidate has (one sum per candidate).

        A candidate that stays under 0.3 x the best generator weight even with every probe stem is
        dropped first: `_coarse` would skip it anyway, since its floor can only be higher.
        """
        reach = sum(q_weights[s] for s in probes)
        floor = 0.3 * max(shared.values()) * (1 - 1e-9)  # the margin absorbs rounding in the sums
        shared = {idx: hit for idx, hit in shared.items() if hit + reach >= floor}
        weights_of = self._weights
        if len(probes) == 1:
            s0, w0 = probes[0], q_weights[probes[0]]
            for idx, hit in shared.items():
                if s0 in weights_of[idx]:
                    shared[idx] = hit + w0
        elif len(probes) == 2:
            (s0, s1), w0, w1 = probes, q_weights[probes[0]], q_weights[probes[1]]
            both = sum((w0, w1))
            for idx, hit in shared.items():
                weights = weights_of[idx]
                if s0 in weights:
                    shared[idx] = hit + (both if s1 in weights else w0)
                elif s1 in weights:
                    shared[idx] = hit + w1
        else:
            probe_set = frozenset(probes)
            for idx, hit in shared.items():
                found = probe_set.intersection(weights_of[idx])
                if not found:
                    continue
                if len(found) == 1:
                    shared[idx] = hit + q_weights[next(iter(found))]
                elif len(found) == 2:  # two floats add up the same in either order
                    first, second = found
                    shared[idx] = hit + (q_weights[first] + q_weights[second])
                else:  # three or more: in question order, as always
                    shared[idx] = hit + sum(q_weights[s] for s in probes if s in found)
        return shared

    def _coarse(self, shared: dict[int, float], q_total: float) -> list[tuple[float, int, float, float]]:
        """(score, example index, overlap, evidence) for every candidate not far below the best."""
        floor = 0.3 * max(shared.values())  # far weaker than the best: cannot win
        totals = self._totals
        sqrt = math.sqrt
        cover_example_weight, cover_question_weight = COVER_EXAMPLE, 1 - COVER_EXAMPLE
        coarse = []
        for idx, hit in shared.items():
            if hit < floor:
                continue
            cover_example = hit / totals[idx]
            cover_question = hit / q_total
            overlap = cover_example_weight * cover_example + cover_question_weight * cover_question
            balance = 2 * (cover_example if cover_example < cover_question else cover_question)
            evidence = hit / MIN_EVIDENCE if hit < MIN_EVIDENCE else 1.0
            score = overlap * (sqrt(balance) if balance < 1.0 else 1.0) * evidence
            coarse.append((score, idx, overlap, evidence))
        return coarse

    def _fine(
        self, top: list[tuple[float, int, float, float]], q_joined: str, limit: int, topics: list[str]
    ) -> list[Scored]:
        """Blend in rapidfuzz's ratio; skip examples that cannot change the best `limit` intents.

        `bound` is the score with a perfect ratio of 100, computed with the same operations, so it
        is never below the real score: an example whose bound does not beat its intent's best, or
        falls below the `limit`-th best intent, cannot change the result.
        """
        best: dict[str, tuple[float, str]] = {}
        keep = 1 - FUZZ_WEIGHT
        kth = -math.inf
        examples = self.examples
        for score, idx, overlap, evidence in top:
            ex = examples[idx]
            base = keep * score
            bound = base + FUZZ_WEIGHT * 100 / 100 * overlap * evidence
            current = best.get(ex.intent)
            if (current is not None and bound <= current[0]) or bound < kth:
                continue
            fine = base + FUZZ_WEIGHT * fuzz.token_set_ratio(q_joined, ex.joined) / 100 * overlap * evidence
            if topics and not any(t in ex.weights for t in topics):
                fine *= NO_TOPIC
            if current is None or fine > current[0]:
                best[ex.intent] = (fine, ex.text)
                if 0 < limit <= len(best):
                    kth = sorted([s for s, _ in best.values()], reverse=True)[limit - 1]
        ranked = sorted(best.items(), key=lambda item: (-item[1][0], item[0]))[:limit]
        return [Scored(intent, fine, text) for intent, (fine, text) in ranked]
