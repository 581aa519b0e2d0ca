"""Synthetic intents files of any size, for measuring how cost grows with the number of intents.

A generated file is the shipped intents.yaml (its synonyms, filler, responses and 70-odd real
intents) with made-up intents appended until it holds the requested number. Each made-up intent
has a two-word topic and ten examples phrased the way the real ones are ("how many X Y were
seized", "number of X Y in Z"), drawn from a vocabulary of the statement's words, the shipped
examples' words and 1,500 common English words (words.txt). So the stems are shared across intents the way a real
large bot's are: question words everywhere, topic words in a few intents. Answer templates
reference real facts, so the file passes the same validation as the shipped one.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

SEED = 7
EXAMPLES_PER_INTENT = 10

WORDS_FILE = Path(__file__).with_name("words.txt")  # common English content words

_FUNCTION_TEXT = """a an the of in on at to for from by with and or but not no is are was were be been did do does
    how many much what which who whom whose where when why that this these those it its they them
    their there here any some all each every per than then so as if about into over under more most
    can could would should will also just only very i you we he she me my our your"""
FUNCTION_WORDS = frozenset(_FUNCTION_TEXT.split())

VERBS = (
    "seized",
    "checked",
    "detected",
    "found",
    "reported",
    "stopped",
    "identified",
    "recovered",
    "counted",
)

FRAMES = (
    "how many {a} {b} were {v}",
    "number of {a} {b} {v}",
    "what about the {a} {b}",
    "{a} {b}",
    "how much {b} {a} {v}",
    "tell me about {a} {b} in {x}",
    "any {a} {b} {v} at {x}",
    "which {a} {b} were {v} in {y}",
    "total {a} {b} {x}",
    "figure for {a} {b} and {y}",
    "how many {b} of {a} {x}",
    "{a} {b} {v} by the {x}",
)


@dataclass(frozen=True)
class SyntheticIntent:
    intent: str
    title: str
    examples: tuple[str, ...]
    answer: str


def vocabulary(root: Path) -> list[str]:
    """Content words from the statement, the shipped examples and a common-English list, sorted."""
    lines = WORDS_FILE.read_text(encoding="utf-8").splitlines()
    words: set[str] = {w for line in lines if not line.startswith("#") for w in line.split()}
    sources = [root / "facts" / "statement.yaml", root / "intents.yaml"]
    for source in sources:
        words.update(re.findall(r"[a-z]{3,}", source.read_text(encoding="utf-8").lower()))
    special = {"yes", "true", "false", "null", "off", "on"}  # YAML would read these as non-strings
    return sorted(w for w in words if w not in FUNCTION_WORDS and w not in special)


def figure_refs(root: Path) -> list[str]:
    """Every `group.key` that holds a figure (has `value:`), to use in answer templates."""
    refs = []
    for path in sorted((root / "facts").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if path.stem in ("statement", "reference", "derived") or not isinstance(data, dict):
            continue
        refs += [
            f"{path.stem}.{key}" for key, fact in data.items() if isinstance(fact, dict) and "value" in fact
        ]
    return refs


def generate(count: int, words: list[str], refs: list[str], seed: int = SEED) -> list[SyntheticIntent]:
    """`count` intents with distinct two-word topics and ten distinct examples each."""
    rng = random.Random(seed)
    topics: set[tuple[str, str]] = set()
    intents = []
    while len(intents) < count:
        a, b = rng.sample(words, 2)
        if (a, b) in topics:
            continue
        topics.add((a, b))
        examples: list[str] = []
        for frame in rng.sample(FRAMES, len(FRAMES)):
            if len(examples) == EXAMPLES_PER_INTENT:
                break
            slots = {"a": a, "b": b, "v": rng.choice(VERBS), "x": rng.choice(words), "y": rng.choice(words)}
            example = frame.format(**slots)
            if example not in examples:
                examples.append(example)
        n = len(intents)
        intents.append(
            SyntheticIntent(
                intent=f"syn{n:05d}",
                title=f"{a} {b}".capitalize()[:40],
                examples=tuple(examples),
                answer=f"{a} {b}: {{{rng.choice(refs)}}}",
            )
        )
    return intents


def render(intents: list[SyntheticIntent]) -> str:
    """Compact YAML (flow-style example lists) so 10,000 intents stay under the loader's 5 MB cap."""
    lines = []
    for i in intents:
        lines.append(f"  - intent: {i.intent}")
        lines.append(f"    title: {i.title}")
        lines.append(f"    examples: [{', '.join(i.examples)}]")
        lines.append(f'    answer: "{i.answer}"')
    return "\n".join(lines) + "\n"


def write_intents_file(root: Path, total: int, target: Path) -> int:
    """The shipped intents.yaml plus synthetic intents up to `total`; returns the synthetic count."""
    shipped = (root / "intents.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(shipped)
    missing = max(0, total - len(data["intents"]))
    made = generate(missing, vocabulary(root), figure_refs(root))
    target.write_text(shipped.rstrip("\n") + "\n\n" + render(made), encoding="utf-8")
    return missing
