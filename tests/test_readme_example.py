"""The README's worked example of adding an intent really works, with a YAML edit only: without the
block the bot answers a wh-question with a Yes, with it the honest not-reported answer."""

from __future__ import annotations

import re

from jadbot.engine import Engine
from tests.conftest import FACTS, INTENTS, ROOT

QUESTION = "what did Frontex do in the operation?"


def _readme_block() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Intents (`intents.yaml`)", 1)[1]
    return re.findall(r"```yaml\n(.*?)```", section, re.S)[0]


def _without(intents_text: str, intent_id: str) -> str:
    """intents.yaml with one intent's block taken out (the state before the README's edit)."""
    blocks = re.split(r"(?m)^(?=  - intent: )", intents_text)
    return "".join(b for b in blocks if not b.startswith(f"  - intent: {intent_id}\n"))


def test_readme_worked_example(tmp_path):
    block = _readme_block()
    intent_id = re.search(r"- intent: (\w+)", block).group(1)
    before_text = _without(INTENTS.read_text(encoding="utf-8"), intent_id)
    assert f"intent: {intent_id}\n" not in before_text
    before_file = tmp_path / "before.yaml"
    before_file.write_text(before_text, encoding="utf-8")
    before = Engine.load(FACTS, before_file).answer(QUESTION)
    assert before.text.startswith("Yes — Frontex"), before.text  # the miss the README shows

    after_file = tmp_path / "after.yaml"
    after_file.write_text(before_text.rstrip("\n") + "\n\n" + block, encoding="utf-8")
    engine = Engine.load(FACTS, after_file)
    after = engine.answer(QUESTION)
    assert after.intent == intent_id
    assert "does not say what each of them did" in after.text
    assert engine.answer("did Frontex take part?").text.startswith("Yes — Frontex")
