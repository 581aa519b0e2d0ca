"""The README's worked example of adding an intent really works, with YAML edits only."""

from __future__ import annotations

import re
import shutil

from jadbot.engine import Engine
from tests.conftest import FACTS, INTENTS, ROOT


def test_readme_worked_example(tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Intents (`intents.yaml`)", 1)[1]
    intent_block, derived_block = re.findall(r"```yaml\n(.*?)```", section, re.S)[:2]
    facts = tmp_path / "facts"
    shutil.copytree(FACTS, facts)
    with (facts / "derived.yaml").open("a", encoding="utf-8") as out:
        out.write(derived_block)
    intents = tmp_path / "intents.yaml"
    shutil.copy(INTENTS, intents)
    with intents.open("a", encoding="utf-8") as out:
        out.write("\n" + intent_block)
    engine = Engine.load(facts, intents)
    answer = engine.answer("how many illegal entries were detected per officer on average?")
    assert answer.intent == "entries_per_officer"
    assert re.search(r"\d", answer.text)
