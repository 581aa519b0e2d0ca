"""Find examples the matcher would give to another intent, like `rasa data validate`."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jadbot.engine import Engine


def confusions(engine: Engine) -> list[str]:
    """One warning per example that ranks another intent at least as high as its own."""
    warnings = []
    for intent in engine.intents.intents.values():
        for example in intent.examples:
            ranked = engine.explain(example)
            own = next((s.score for s in ranked if s.intent == intent.intent), 0.0)
            for other in ranked:
                if other.intent == intent.intent:
                    continue
                if other.score >= own or other.score >= engine.settings.confusion_warning:
                    warnings.append(
                        f"intents.yaml: example {example!r} of {intent.intent!r} also matches "
                        f"{other.intent!r} ({other.score:.2f} vs {own:.2f}); make them more distinct"
                    )
                break
    return warnings
