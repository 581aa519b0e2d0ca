"""Find examples the matcher would give to another intent, like `rasa data validate`."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jadbot.engine import Engine


def confusions(engine: Engine) -> list[str]:
    """One warning per pair of intents whose examples the matcher mixes up, with both lines.

    An example clashes when another intent ranks at least as high as its own (or above the
    `confusion_warning` score). A pair is reported once, at its worst example, whichever of the
    two the examples belong to: `intents.yaml:554: example 'vehicles checked' of 'parcels'
    (intents.yaml:548) also matches 'vehicles' (intents.yaml:533): 1.00 vs 1.00; ...`.
    """
    intents = engine.intents
    path = intents.path or "intents.yaml"
    clashes: dict[frozenset[str], list[tuple[float, str, int, str, float, float]]] = {}
    for intent in intents.intents.values():
        lines = intents.lines.get(intent.intent)
        for j, example in enumerate(intent.examples):
            ranked = engine.explain(example)
            own = next((s.score for s in ranked if s.intent == intent.intent), 0.0)
            other = next((s for s in ranked if s.intent != intent.intent), None)
            if other is None:
                continue
            if other.score >= own or other.score >= engine.settings.confusion_warning:
                line = lines.examples[j] if lines and j < len(lines.examples) else 0
                clashes.setdefault(frozenset((intent.intent, other.intent)), []).append(
                    (other.score - own, intent.intent, line, example, other.score, own)
                )
    warnings = []
    for pair, found in clashes.items():
        per_side = {name: sum(c[1] == name for c in found) for name in pair}
        # Ties (two identical examples score 1.00 both ways) go to the side with fewer clashes:
        # that is where a stray example usually sits.
        _, mine, line, example, score, own = max(
            found, key=lambda c: (round(c[0], 2), -per_side[c[1]], -c[2])
        )
        (theirs,) = pair - {mine}
        where = {name: intents.lines[name].intent if name in intents.lines else 0 for name in pair}
        counts = ", ".join(f"{n} of {name!r}" for name, n in sorted(per_side.items()) if n)
        warnings.append(
            (
                line,
                f"{path}:{line}: example {example!r} of {mine!r} ({path}:{where[mine]}) also matches "
                f"{theirs!r} ({path}:{where[theirs]}): {score:.2f} vs {own:.2f}; "
                f"{len(found)} example(s) of this pair clash ({counts}); make them more distinct",
            )
        )
    return [text for _, text in sorted(warnings)]
