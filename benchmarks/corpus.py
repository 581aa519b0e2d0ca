"""A question corpus of several thousand varied messages, built deterministically.

Starts from our own labelled set (tests/data/labelled.jsonl) and adds perturbed copies:
the typos, casing, punctuation, filler and word order real chat users produce. A fixed
seed keeps the corpus identical between runs, so latencies are comparable across commits.
Each perturbed copy keeps its source's labels, so the corpus can also measure robustness.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from jadbot.evaluate import Case, read_cases

SEED = 20240611
VARIANTS_PER_QUESTION = 10
FILLERS = ("please", "hey", "um", "so", "btw", "quick question:", "ok so", "hi,", "pls", "just wondering")


@dataclass(frozen=True)
class Question:
    """One message of the corpus and the labelled case it was derived from."""

    text: str
    case: Case
    perturbed: bool


def _words(text: str) -> list[str]:
    return text.split()


def _letter_edit(rng: random.Random, text: str, edit: str) -> str:
    """Swap, drop or duplicate one letter of one word of four letters or more."""
    words = _words(text)
    choices = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
    if not choices:
        return text
    i = rng.choice(choices)
    word = words[i]
    j = rng.randrange(1, len(word) - 1)  # keep the first letter: people rarely mistype it
    if edit == "swap":
        word = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
    elif edit == "drop":
        word = word[:j] + word[j + 1 :]
    else:
        word = word[:j] + word[j] + word[j:]
    words[i] = word
    return " ".join(words)


def _case(rng: random.Random, text: str) -> str:
    style = rng.randrange(3)
    if style == 0:
        return text.upper()
    if style == 1:
        return text.title()
    return text.lower()


def _punctuation(rng: random.Random, text: str) -> str:
    stripped = text.rstrip(string.punctuation + " ")
    return stripped + rng.choice(("?", "??", "!", "...", " ?", "", "?!"))


def _filler(rng: random.Random, text: str) -> str:
    filler = rng.choice(FILLERS)
    return f"{filler} {text}" if rng.random() < 0.7 else f"{text} {filler}"


def _word_order(rng: random.Random, text: str) -> str:
    """Swap two neighbouring words, or move the last few words to the front ("seized in total, how much")."""
    words = _words(text)
    if len(words) < 3:
        return text
    if rng.random() < 0.5:
        i = rng.randrange(len(words) - 1)
        words[i], words[i + 1] = words[i + 1], words[i]
        return " ".join(words)
    cut = rng.randrange(1, len(words) - 1)
    return " ".join(words[cut:] + words[:cut])


PERTURBATIONS: tuple[Callable[[random.Random, str], str], ...] = (
    lambda rng, t: _letter_edit(rng, t, "swap"),
    lambda rng, t: _letter_edit(rng, t, "drop"),
    lambda rng, t: _letter_edit(rng, t, "duplicate"),
    _case,
    _punctuation,
    _filler,
    _word_order,
)


def perturb(rng: random.Random, text: str) -> str:
    """One to three random perturbations of `text`."""
    for _ in range(rng.randint(1, 3)):
        text = rng.choice(PERTURBATIONS)(rng, text)
    return text


def build_corpus(labelled: Path, variants: int = VARIANTS_PER_QUESTION, seed: int = SEED) -> list[Question]:
    """The labelled questions plus `variants` distinct perturbed copies of each, all distinct strings.

    Distinct strings matter: the analyser caches per text, so a repeated string would time a cache hit.
    """
    rng = random.Random(seed)
    seen: set[str] = set()
    corpus: list[Question] = []
    cases = read_cases(labelled)
    for case in cases:
        if case.question not in seen:
            seen.add(case.question)
            corpus.append(Question(case.question, case, perturbed=False))
    for case in cases:
        made = 0
        for _ in range(variants * 4):  # short questions have few distinct perturbations
            text = perturb(rng, case.question)
            if text.strip() and text not in seen:
                seen.add(text)
                corpus.append(Question(text, case, perturbed=True))
                made += 1
                if made == variants:
                    break
    return corpus
